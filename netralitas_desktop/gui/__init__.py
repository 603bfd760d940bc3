"""The desktop application: everything that imports Qt. It calls the core and never runs SQL itself."""
