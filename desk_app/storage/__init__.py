"""The only place with SQL: inquiries, revisions and sources, in a SQLite file or on a server."""

from desk_app.model.codec import FORMAT_VERSION, decode, encode
from desk_app.model.location import Location, ServerAddress, parse_location
from desk_app.storage.backup import backups
from desk_app.storage.conflict import StaleInquiry
from desk_app.storage.database import (
    fts5_available,
    open_database,
    resolve_location,
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
    "Location",
    "Revision",
    "RevisionEvent",
    "ServerAddress",
    "StaleInquiry",
    "backups",
    "decode",
    "encode",
    "fts5_available",
    "open_database",
    "parse_location",
    "resolve_location",
    "stored_due",
]
