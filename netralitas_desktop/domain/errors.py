"""Errors a user can meet. Each carries an Indonesian message the CLI prints and the GUI shows."""


class NetralitasError(Exception):
    """Base of every user-facing error; `str(err)` is the Indonesian message."""


class ValidationError(NetralitasError):
    """Input that breaks a rule of the domain (missing field, unknown code, dates out of order)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFoundError(NetralitasError):
    """A finding, evidence item or other record that does not exist."""


class StoreError(NetralitasError):
    """The database cannot be used: locked, read-only, full disk, corrupt or missing."""


class EvidenceError(NetralitasError):
    """An evidence file that cannot be read or stored."""


class Cancelled(NetralitasError):
    """The user stopped a long job (export, import, report, backup); nothing was changed or written. The one
    cancel exception of the core and the GUI."""

    def __init__(self, message: str = "Dibatalkan; tidak ada yang berubah."):
        super().__init__(message)
