"""The server's SQL where it differs from SQLite's (storage/dialect.py)."""

from __future__ import annotations

from desk_app.storage.dialect import Dialect
from desk_app.storage.records import ORDERS
from desk_app.storage.server.search import TsvectorIndex

# Any number that is this app's own: the lock that lets one writer at a time pick a new id.
_ID_LOCK_KEY = 0x4445534B  # "DESK"

# The stored JSON as the server reads it. Its json functions refuse the escape of
# NUL (\u0000) wherever it stands, even in a field not asked for: it reads as U+FFFD.
_JSON = "replace(data, '\\u0000', '\\ufffd')::json"

# The fields of the stored JSON the statistics read (see storage/query.TRACKING_SQL).
_TRACKING = (
    "SELECT id, parliament, kind, term, d ->> 'dates', d ->> 'faction', d ->> 'originators', "
    "d ->> 'lead_ministry', coalesce((d ->> 'withdrawn')::boolean, false), "
    "json_typeof(d -> 'answer'), d #>> '{answer,date}', d #>> '{answer,ministry}', "
    "(SELECT coalesce(json_agg(part -> 'questions'), '[]'::json)::text "
    "FROM json_array_elements(CASE WHEN json_typeof(d #> '{answer,parts}') = 'array' "
    "THEN d #> '{answer,parts}' ELSE '[]'::json END) AS part) "
    f"FROM (SELECT id, parliament, kind, term, {_JSON} AS d FROM inquiries) AS stored "
    "ORDER BY id"
)

POSTGRES = Dialect(
    name="postgresql",
    begin="BEGIN",
    begin_snapshot="BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    # Read committed with the row locked: a colleague's save of the same inquiry waits.
    row_lock=" FOR UPDATE",
    id_lock=f"SELECT pg_advisory_xact_lock({_ID_LOCK_KEY})",
    no_limit=None,  # LIMIT NULL is no limit
    # SQLite's NOCASE folds ASCII letters and compares bytes; "C" keeps byte order.
    orders={**ORDERS, "title": 'lower(title) COLLATE "C", id'},
    # The schema's CHECK keeps `data` valid JSON: no row can be unreadable here.
    open_dates_sql=(
        "SELECT id, parliament, kind, term, number, drucksache, title, "
        f"{_JSON} ->> 'dates' "
        "FROM inquiries WHERE status NOT IN (?, ?) ORDER BY id"
    ),
    tracking_sql=_TRACKING,
    index=TsvectorIndex(),
    # Revisions copied in kept their ids; the next one must come after them.
    after_load=(
        "SELECT setval(pg_get_serial_sequence('revisions', 'id'), "
        "coalesce((SELECT max(id) FROM revisions), 0) + 1, false)",
    ),
)
