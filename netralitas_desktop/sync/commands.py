"""`netralitas keys …` and `netralitas bundle …`."""


def add_commands(commands) -> None:
    """Register the sync subcommands on the main parser's subparsers."""
