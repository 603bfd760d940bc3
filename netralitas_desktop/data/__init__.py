"""The data layer: the only code that runs SQL or writes the data dir (database, migrations, store, vault, audit
chain, device keys, sync tables). Import the modules themselves (`data.store.Store`); this package stays empty so
that importing one of them does not load the others."""
