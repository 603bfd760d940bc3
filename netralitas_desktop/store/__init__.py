"""The local store: database, queries and full-text search."""

from netralitas_desktop.store.query import FindingFilter
from netralitas_desktop.store.store import Store

__all__ = ["FindingFilter", "Store"]
