"""Fixtures shared by the tests; the helpers themselves live in cli_helpers.py (a module name of its own, so
tests/gui/conftest.py cannot shadow it)."""

from cli_helpers import catalog_copy, data_dir, finding_id, screenshot  # noqa: F401 - registers the fixtures
