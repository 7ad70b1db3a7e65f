"""Turn what a user types into a safe FTS5 query: every word a quoted string."""

from __future__ import annotations

# bm25 weights of the FTS columns title, preamble, questions, footnotes:
# a hit in the title says most about what an inquiry is about.
BM25_WEIGHTS = (10.0, 1.0, 2.0, 0.5)


def fts_query(text: str) -> str | None:
    """Return an FTS5 MATCH expression for user text, or None if it has no words.

    Every whitespace-separated word becomes a quoted string (inner quotes
    doubled), so `AND`, `(`, `-` or `"` are just characters; words are ANDed.
    A `*` the user typed at the very end makes the last word a prefix search.
    """
    # SQLite ends a query string at NUL ("unterminated string"); it is never a word character.
    stripped = text.replace("\x00", " ").strip()
    prefix = stripped.endswith("*")
    words = [word for word in stripped.rstrip("*").split() if _has_token(word)]
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    if prefix and _has_token(stripped.rstrip("*").split()[-1]):
        quoted[-1] += " *"
    return " ".join(quoted)


def _has_token(word: str) -> bool:
    # unicode61 indexes letters and digits only; a word of punctuation alone
    # would be an empty phrase that can never match.
    return any(char.isalnum() for char in word)
