"""Match the questions an answer restates to the inquiry's questions, allowing for rewording."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from desk_app.i18n import say
from desk_app.model import Question, plain_text, question_label

SAME = 0.55  # above this a restated question is the inquiry's question, reworded at most
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class QuestionMap:
    """Map each label the answer uses to the inquiry's label, with what looked doubtful."""

    labels: dict[str, str] = field(default_factory=dict)
    doubts: list[str] = field(default_factory=list)


def similarity(a: str, b: str) -> float:
    """Return how alike two wordings are (0–1), by their lower-case words in order."""
    left = _WORD.findall(a.casefold())
    right = _WORD.findall(b.casefold())
    if not left or not right:
        return 0.0
    return SequenceMatcher(None, left, right, autojunk=False).ratio()


def match_questions(restated: dict[str, str], questions: list[Question]) -> QuestionMap:
    """Map restated questions to the inquiry's, by number or else by wording."""
    result = QuestionMap()
    texts = {question_label(i): plain_text(q.text) for i, q in enumerate(questions)}
    free = dict(texts)
    for label, wording in restated.items():
        own = texts.get(label)
        if own is not None and (not wording or similarity(wording, own) >= SAME):
            result.labels[label] = label
            free.pop(label, None)
    for label, wording in restated.items():
        if label in result.labels:
            continue
        best = max(free, key=lambda key: similarity(wording, free[key]), default=None)
        if best is not None and similarity(wording, free[best]) >= SAME:
            result.labels[label] = best
            free.pop(best)
            if best != label:
                result.doubts.append(
                    say(
                        "Die Antwort nennt als Frage {label}, was in der Anfrage Frage {best} ist.",
                        label=label,
                        best=best,
                    )
                )
        elif label in texts:
            result.labels[label] = label
            result.doubts.append(
                say("Frage {label} ist in der Antwort deutlich anders gefasst.", label=label)
            )
        else:
            result.doubts.append(
                say("Die Antwort nennt eine Frage {label}, die die Anfrage nicht hat.", label=label)
            )
    return result


def map_labels(labels: list[str], mapping: QuestionMap, count: int) -> list[str]:
    """Return the inquiry's labels for an answer's labels; unrestated numbers keep their number."""
    result = []
    for label in labels:
        mapped = mapping.labels.get(label, label)
        if mapped.isdigit() and 1 <= int(mapped) <= count and mapped not in result:
            result.append(mapped)
    return result
