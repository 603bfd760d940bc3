"""The `netralitas` command line: a thin layer over the core."""

from netralitas_desktop.cli.main import main

__all__ = ["main"]
