"""`netralitas report …`."""


def add_commands(commands) -> None:
    """Register the report subcommands on the main parser's subparsers."""
