"""Sync bundles: signed, optionally encrypted files carried between levels (see docs/bundle-format.md).

The functions below are what the GUI calls; none imports Qt and none needs the event loop. Each takes an open
`Store`. The long ones (`export_bundle`, `inspect_bundle`, `import_bundle`) are meant for a worker thread, with a
`Store` of its own opened in that thread (its own SQLite connection: the GUI's connection must not see, or take
part in, the import's open transaction):

- `progress(done, total)` is called as work advances (`total` is 1000, `done` only grows); it may be called from
  a helper thread of the job, so it should only emit a signal;
- `cancelled()` is polled between chunks; when it returns True the job stops with `Cancelled` and nothing
  is left behind (no output file, no change to the store). An import can no longer be cancelled once its
  transaction has committed; the last progress steps (moving evidence files into the vault) run to the end.

Export:   `export_bundle(store, output, *, full=False, recipients=(), destination=None, progress=None,
          cancelled=None) -> ExportResult` — `output` may be a folder (a file name is chosen);
          `destination` an office id/region code for a return bundle.
Preview:  `inspect_bundle(store, path) -> ImportPlan` — full verification plus what would change; shows
          `plan.fingerprint`, `plan.device_known` and `plan.identity_changes` (old and new level and region of
          an office, `plan.needs_retrust`) for the trust prompt. Raises BundleError if refused.
Import:   `import_bundle(store, path, *, trust_new_device=False, retrust=False, progress=None, cancelled=None)
          -> ImportReport` — raises `UntrustedDeviceError` (a BundleError) for an unknown signer without
          `trust_new_device` or an office claiming a new identity without `retrust`;
          `save_receipt(report, path)` writes the tanda terima (text, or JSON for *.json).
Conflicts: `list_conflicts(store) -> list[Conflict]`, `resolve_conflict(store, conflict_id, keep)` with keep
          one of "current", "incoming" (owner office only), "both".
Keys:     `keys_for(store) -> DeviceKeys` (device id, fingerprint, public keys), `fingerprint(key)`,
          `recipients(store)`, `set_recipient(store, key, name)`, `remove_recipient(store, key_or_name)`,
          `trusted_devices(store)`, `forget_device(store, device_id)`.
Notes:    `add_note(store, finding_id, text)`, `notes_for(store, finding_id)`.
Ledger:   `exports(store)`, `imports(store)`.
Startup:  `recover_interrupted_imports(store)` finishes or cleans up after an import that was killed (import and
          export also call it).
"""

from netralitas_desktop.data.keys import (
    DeviceKeys,
    create_device_keys,
    fingerprint,
    keys_for,
    parse_recipient,
    recipients,
    remove_recipient,
    set_recipient,
)
from netralitas_desktop.data.sync_workdir import recover_interrupted_imports
from netralitas_desktop.domain.errors import Cancelled
from netralitas_desktop.sync.conflicts import Conflict, get_conflict, list_conflicts, resolve_conflict
from netralitas_desktop.sync.export import ExportResult, destination_office, export_bundle
from netralitas_desktop.sync.format import BundleError, UntrustedDeviceError
from netralitas_desktop.sync.importer import ImportPlan, ImportReport, import_bundle, inspect_bundle, save_receipt
from netralitas_desktop.sync.ledger import exports, forget_device, imports, trusted_devices
from netralitas_desktop.sync.notes import Note, add_note, notes_for

__all__ = [
    "BundleError", "Cancelled", "Conflict", "DeviceKeys", "ExportResult", "ImportPlan", "ImportReport", "Note",
    "UntrustedDeviceError", "add_note", "create_device_keys", "destination_office", "export_bundle", "exports",
    "fingerprint", "forget_device", "get_conflict", "import_bundle", "imports", "inspect_bundle", "keys_for",
    "list_conflicts", "notes_for", "parse_recipient", "recipients", "recover_interrupted_imports",
    "remove_recipient", "resolve_conflict", "save_receipt", "set_recipient", "trusted_devices",
]
