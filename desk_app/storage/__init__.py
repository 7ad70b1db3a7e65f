"""The only place with SQL: inquiries, revisions and sources in one SQLite file."""

from desk_app.model.codec import FORMAT_VERSION, decode, encode
from desk_app.storage.backup import backups
from desk_app.storage.database import (
    fts5_available,
    open_database,
    refuse_address,
    resolve_db_path,
)
from desk_app.storage.records import ORDERS, InquirySummary, Revision, RevisionEvent
from desk_app.storage.rows import stored_due
from desk_app.storage.store import InquiryStore
from desk_app.storage.trash import DeletedInquiry

__all__ = [
    "FORMAT_VERSION",
    "ORDERS",
    "DeletedInquiry",
    "InquiryStore",
    "InquirySummary",
    "Revision",
    "RevisionEvent",
    "backups",
    "decode",
    "encode",
    "fts5_available",
    "open_database",
    "refuse_address",
    "resolve_db_path",
    "stored_due",
]
