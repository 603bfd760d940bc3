"""Python classes compiled from the Qt Designer forms in `ui/` (do not edit: run `python -m
netralitas_desktop.gui.forms.build` after changing a .ui file; a test checks they are up to date)."""
