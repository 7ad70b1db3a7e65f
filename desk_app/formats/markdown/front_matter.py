"""The YAML front matter of the Markdown form: one `key: <JSON value>` per line.

JSON is valid YAML, so pandoc reads the block as metadata, while we read it
line by line with `json.loads` and never need a YAML parser.
"""

from __future__ import annotations

import json
import re
from typing import Any

_DELIMITER = "---"
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):[ \t]*(.*)")
# Characters YAML treats as line breaks or forbids even inside quoted strings.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def front_matter(values: dict[str, Any]) -> str:
    """Return the front matter block for some values, with its delimiters."""
    lines = [f"{key}: {_dump(value)}" for key, value in values.items()]
    return "\n".join([_DELIMITER, *lines, _DELIMITER])


def _dump(value: Any) -> str:
    """Return a value as one line of JSON that YAML reads as the same value."""
    text = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """Return the front matter values, the body after it, and the keys that were unreadable.

    A value that is not JSON is kept as its plain string, as YAML would read
    an unquoted scalar. Without front matter, the whole text is the body.
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _DELIMITER:
        return {}, text, []
    end = next(
        (
            index
            for index, line in enumerate(lines[1:], start=1)
            if line.rstrip() in (_DELIMITER, "...")
        ),
        None,
    )
    if end is None or end == 1:
        return {}, text, []
    entries = [_KEY.fullmatch(line) for line in lines[1:end] if line.strip()]
    if not all(entries):
        # Not a metadata block we can read: a rule, or YAML beyond one line per key.
        return {}, text, []
    values: dict[str, Any] = {}
    unreadable: list[str] = []
    for entry in entries:
        assert entry is not None
        key, raw = entry.group(1), entry.group(2).strip()
        try:
            values[key] = json.loads(raw)
        except ValueError:
            values[key] = raw
            if raw[:1] in ("[", "{", '"'):
                unreadable.append(key)
    return values, "\n".join(lines[end + 1 :]), unreadable
