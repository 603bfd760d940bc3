"""Pure rules, no I/O beyond reading packaged resources: model, catalog, validation, deadlines, regions,
Indonesian formats."""
