"""Read the printed forms of answers (resources/reading/answers.toml), shared and per parliament."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from desk_app.paths import resources_dir

# One question label: "1", "1.", "4 a)", "1.2" (Bayern numbers questions within groups);
# a list joins labels with commas, "und", "bis".
_LABEL = r"\d{1,3}(?:\.\d{1,2})*\.?(?:\s*[a-z]\))?"
LABELS = rf"{_LABEL}(?:\s*(?:,|und|bis|sowie|–|-)\s*{_LABEL})*"
DATE = r"\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[A-Za-zäÄ]+\.?\s+\d{4})"
_FLAGS = re.IGNORECASE | re.DOTALL


@dataclass(frozen=True, slots=True)
class AnswerForms:
    """Hold the compiled wording by which one parliament's answers are read."""

    preliminary: tuple[re.Pattern[str], ...]
    inquiry_remark: tuple[re.Pattern[str], ...]
    answer_to: tuple[re.Pattern[str], ...]
    subanswer_to: tuple[re.Pattern[str], ...]
    answer_word: tuple[re.Pattern[str], ...]
    joint: tuple[re.Pattern[str], ...]
    question_head: tuple[re.Pattern[str], ...]
    answer_head: tuple[re.Pattern[str], ...]
    answered_by: tuple[re.Pattern[str], ...]
    answer_dated: tuple[re.Pattern[str], ...]
    issued: tuple[re.Pattern[str], ...]
    notice_end: tuple[re.Pattern[str], ...]
    ministry_lines: tuple[re.Pattern[str], ...]
    page_header: tuple[re.Pattern[str], ...]
    closing: tuple[re.Pattern[str], ...]
    answer_head_until_body: bool = False


def lead(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    """Return the match of the first form a whole text takes (its `rest` group: what follows)."""
    for pattern in patterns:
        if found := pattern.fullmatch(text):
            return found
    return None


def find(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    """Return the first match of any form anywhere in a text."""
    for pattern in patterns:
        if found := pattern.search(text):
            return found
    return None


# Forms that open a paragraph: what follows them on its line is the paragraph's text.
_LEADING = {
    "preliminary",
    "inquiry_remark",
    "answer_to",
    "subanswer_to",
    "answer_word",
    "question_head",
    "answer_head",
}


@functools.cache
def _data() -> dict[str, Any]:
    with (resources_dir() / "reading" / "answers.toml").open("rb") as handle:
        return tomllib.load(handle)


def _compile(name: str, pattern: str) -> re.Pattern[str]:
    """Compile one form, putting in the label and date grammar."""
    text = pattern.replace("{labels}", f"(?P<labels>{LABELS})(?!\\d)").replace("{date}", DATE)
    if name in _LEADING:
        text = rf"(?:{text})\s*(?P<rest>.*)"
    return re.compile(text, _FLAGS)


@functools.cache
def answer_forms(parliament_id: str) -> AnswerForms:
    """Return the answer forms of a parliament: the shared ones, then its own first."""
    data = _data()
    own = data.get("parliaments", {}).get(parliament_id, {})
    values: dict[str, Any] = {}
    for name in AnswerForms.__dataclass_fields__:
        if name == "answer_head_until_body":
            continue
        patterns = [*own.get(name, []), *data.get(name, [])]
        values[name] = tuple(_compile(name, pattern) for pattern in patterns)
    return AnswerForms(**values, answer_head_until_body=bool(own.get("answer_head_until_body")))
