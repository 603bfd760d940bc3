"""Data files shipped with the app (catalog, region data, fonts, icons, translations). In the repository they
live in the top-level resources/ folder; the wheel and the frozen app install them as this package
(netralitas_desktop.resources), read through importlib.resources by netralitas_desktop.paths.resources_dir()."""
