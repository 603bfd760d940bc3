-- The office's own changes to the national holiday list shipped in resources/catalog/holidays.json: days added or
-- renamed, days it does not keep (removed = 1), and the years whose list it loaded whole from a file.
CREATE TABLE holidays (
    date TEXT PRIMARY KEY,          -- YYYY-MM-DD
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    provisional INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    removed INTEGER NOT NULL DEFAULT 0,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);
CREATE TABLE holiday_years (
    year INTEGER PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    provisional INTEGER NOT NULL DEFAULT 0,
    loaded_at TEXT NOT NULL,
    loaded_by TEXT NOT NULL
);
