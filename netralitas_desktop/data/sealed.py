"""Sealed files: what a protected store keeps outside its database (evidence, drafts, sync scratch files) is
age-encrypted (pyrage, X25519) to the store's own key, whose identity is kept wrapped under the store key.

age authenticates every 64 KiB chunk: a changed or cut file fails to decrypt (pyrage raises `DecryptError`, or
an `OSError` without errno from the streaming calls), it never yields altered bytes. Files are streamed, never
read whole: pyrage pulls from a reader and pushes into a writer, and where a caller wants to push (a writer) or
pull (a reader) the other side runs on a thread through an `os.pipe()`, so no plaintext touches a disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, cast

import pyrage

CHUNK = 1024 * 1024
AGE_MAGIC = b"age-encryption.org/v1\n"
IN_MEMORY_LIMIT = 64 * 1024 * 1024  # evidence up to this size is decrypted into memory (seekable) when read


def is_decrypt_error(err: BaseException) -> bool:
    """True for what pyrage raises on a changed, cut or foreign file (as opposed to a disk error)."""
    return isinstance(err, pyrage.DecryptError) or (isinstance(err, OSError) and err.errno is None)


class HashingReader(io.RawIOBase):
    """Reads from `source` and hashes (SHA-256) and counts what it gave; `check` (called per chunk) may raise to
    stop (a cancel)."""

    def __init__(self, source: BinaryIO, check: Callable[[int], None] | None = None):
        self.source = source
        self.digest = hashlib.sha256()
        self.size = 0
        self.check = check

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        data = self.source.read(len(view))
        count = len(data)
        view[:count] = data
        if count:
            self.digest.update(data)
            self.size += count
            if self.check is not None:
                self.check(count)
        return count


class HashSink(io.RawIOBase):
    """A writer that keeps only the SHA-256 and size of what it is given (`check` decrypts into it)."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.digest.update(data)
        count = len(memoryview(data))
        self.size += count
        return count


class _PipeReader(io.RawIOBase):
    """The read end of a pipe fed by a thread; at the end it re-raises what the thread failed with (so a cut
    stream is never taken for a whole one)."""

    def __init__(self, fd: int, thread: threading.Thread, failures: list[BaseException]):
        self._file = open(fd, "rb", buffering=0)  # noqa: SIM115 - closed in close()
        self._thread = thread
        self._failures = failures

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self._file.readinto(buffer) or 0
        if count == 0:
            self._thread.join()
            if self._failures:
                raise self._failures[0]
        return count

    def close(self) -> None:
        if not self.closed:
            self._file.close()  # a thread still writing gets a broken pipe instead of waiting for ever
            self._thread.join()
        super().close()


class Sealer:
    """Encrypts to and decrypts with one store's own age key."""

    def __init__(self, identity: pyrage.x25519.Identity):
        self.identity = identity
        self.recipient = identity.to_public()

    def encrypt_io(self, reader: BinaryIO | io.RawIOBase, writer: BinaryIO | io.RawIOBase) -> None:
        pyrage.encrypt_io(reader, writer, [self.recipient])

    def decrypt_io(self, reader: BinaryIO | io.RawIOBase, writer: BinaryIO | io.RawIOBase) -> None:
        pyrage.decrypt_io(reader, writer, [self.identity])

    def encrypt_bytes(self, data: bytes) -> bytes:
        return cast(bytes, pyrage.encrypt(data, [self.recipient]))

    def decrypt_bytes(self, data: bytes) -> bytes:
        return cast(bytes, pyrage.decrypt(data, [self.identity]))

    def read_stream(self, path: Path) -> BinaryIO:
        """The plaintext of a sealed file as a stream (not seekable), decrypted on a thread as it is read; an
        altered file raises when its bad chunk is reached, at the latest at the end."""
        read_end, write_end = os.pipe()
        failures: list[BaseException] = []
        source = open(path, "rb")  # noqa: SIM115 - closed by the thread; opened here so a missing file raises here

        def produce() -> None:
            try:
                with source, open(write_end, "wb", buffering=CHUNK) as pipe:
                    self.decrypt_io(source, pipe)
            except BrokenPipeError:
                pass  # the reader stopped early: nothing to report
            except BaseException as err:  # noqa: BLE001 - re-raised by the reader
                failures.append(err)

        thread = threading.Thread(target=produce, name="sealed-read", daemon=True)
        thread.start()
        return io.BufferedReader(_PipeReader(read_end, thread, failures), CHUNK)

    def read_blob(self, path: Path, size_hint: int | None = None) -> BinaryIO:
        """The plaintext of a sealed file, seekable (in memory) up to IN_MEMORY_LIMIT, else streamed."""
        size = size_hint if size_hint is not None else path.stat().st_size
        if size <= IN_MEMORY_LIMIT:
            return io.BytesIO(self.decrypt_bytes(path.read_bytes()))
        return self.read_stream(path)

    @contextmanager
    def writer(self, target: Path) -> Iterator[BinaryIO]:
        """Write plaintext; `target` receives it sealed (fsynced when the block ends). On an error the file is
        removed."""
        read_end, write_end = os.pipe()
        failures: list[BaseException] = []

        def consume() -> None:
            try:
                with open(read_end, "rb", buffering=CHUNK) as pipe, open(target, "wb") as out:
                    self.encrypt_io(pipe, out)
                    out.flush()
                    os.fsync(out.fileno())
            except BaseException as err:  # noqa: BLE001 - re-raised on the writing thread
                failures.append(err)

        thread = threading.Thread(target=consume, name="sealed-write", daemon=True)
        thread.start()
        pipe = open(write_end, "wb", buffering=CHUNK)  # noqa: SIM115 - closed below
        try:
            try:
                yield pipe
                pipe.close()
            except BaseException as err:
                _close_quietly(pipe)
                thread.join()
                if isinstance(err, BrokenPipeError) and failures:
                    raise failures[0] from None  # the thread's own error says what went wrong (a full disk)
                raise
            thread.join()
            if failures:
                raise failures[0]
        except BaseException:
            Path(target).unlink(missing_ok=True)
            raise

    def hash_of(self, path: Path) -> tuple[str, int]:
        """SHA-256 and size of a sealed file's plaintext (decrypted into a hash, never written anywhere)."""
        sink = HashSink()
        with open(path, "rb") as handle:
            self.decrypt_io(handle, sink)
        return sink.digest.hexdigest(), sink.size


def _close_quietly(handle: BinaryIO) -> None:
    try:
        handle.close()
    except OSError:
        pass  # a broken pipe: the reading thread is gone
