"""Try a store's location before a desk is set to use it: can it be opened, and how."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.storage import InquiryStore, Location


@dataclass(frozen=True, slots=True)
class StoreCheck:
    """Say what opening a store found: may we write, which schema, how many inquiries."""

    read_only: bool
    schema_version: int
    inquiries: int


def check_store(location: Location) -> StoreCheck:
    """Open the store at location (creating or upgrading it, as a start would) and report."""
    with InquiryStore(location) as store:
        return StoreCheck(store.read_only, store.schema_version, store.count())
