"""Find the links in user text that exports may make clickable (the model holds the rule)."""

from __future__ import annotations

from desk_app.model.links import is_safe_link, split_links

__all__ = ["is_safe_link", "split_links"]
