"""The corpus store: one DuckDB file holding every analysed report in typed tables.

Modules: :mod:`.schema` (tables, version, opening, migrations, the lock),
:mod:`.rows` (dossiers to columns), :mod:`.writer` (incremental, atomic
adding), :mod:`.reader` (dossiers and exports back out), :mod:`.stats`,
:mod:`.graph` (the corpus as one graph), :mod:`.version` (the extractor
version). See docs/store.md for the schema and example queries.
"""

from backchannel.store.schema import SCHEMA_VERSION, StoreError, StoreInUse, connect
from backchannel.store.version import extractor_version

__all__ = ["SCHEMA_VERSION", "StoreError", "StoreInUse", "connect", "extractor_version"]
