"""Streams that hash what passes through them, on a second thread (hashlib releases the GIL), so that hashing
a gigabyte overlaps reading, encrypting and writing it."""

from __future__ import annotations

import hashlib
import queue
import threading


class BackgroundHash:
    """SHA-256 fed from one thread and computed on another."""

    def __init__(self):
        self.digest = hashlib.sha256()
        self.queue: queue.Queue = queue.Queue(maxsize=64)
        self.thread = threading.Thread(target=self._run, name="bundle-hash", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (data := self.queue.get()) is not None:
            self.digest.update(data)

    def update(self, data) -> None:
        self.queue.put(bytes(data))  # a copy: the caller may reuse its buffer

    def close(self) -> None:
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()

    def hexdigest(self) -> str:
        self.close()
        return self.digest.hexdigest()


class HashingWriter:
    """A write-only stream that hashes and counts what passes through it (so zipfile streams, never seeks)."""

    def __init__(self, target):
        self.target = target
        self.hash = BackgroundHash()
        self.size = 0

    def write(self, data) -> int:
        self.target.write(data)
        self.hash.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self.target.flush()
