"""What this store has sent and received: the export ledger, imported bundles, and trusted devices."""

from __future__ import annotations

from netralitas_desktop.data import sync_tables
from netralitas_desktop.data.sync_tables import exports, imports, trusted_devices


def forget_device(store, device_id: str) -> dict:
    """Stop trusting a device (by id or unique prefix); its next bundle needs trusting again."""
    device = sync_tables.find_trusted_device(store, device_id.strip())
    sync_tables.forget_device(store, device)
    return device


__all__ = ["exports", "forget_device", "imports", "trusted_devices"]
