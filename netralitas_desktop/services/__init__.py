"""Work built on the data layer that is neither sync nor reports: backup, demo data, statistics, drafts,
self-test, logs, file association. No Qt."""
