"""Sync bundles: signed, optionally encrypted files carried between levels (see docs/bundle-format.md)."""
