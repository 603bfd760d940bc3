"""Netralitas Desktop: offline supervision of ASN and village-official neutrality for Bawaslu."""

__version__ = "0.1.0"
