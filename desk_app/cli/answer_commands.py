"""`desk import ANSWER --answer-to ID`, and answers recognised without it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk_app.cli.context import Context
from desk_app.formats.read.answer.reader import AnswerKey, import_answer, recognise_answer
from desk_app.formats.read.result import ImportResult
from desk_app.model import Inquiry


def cmd_import_answer(args: argparse.Namespace, ctx: Context) -> int:
    """Attach an answer to an inquiry (given or found), print the inquiry's id and the report."""
    path = Path(args.path)
    answer_to = getattr(args, "answer_to", None)
    if answer_to is not None:
        result = import_answer(path, ctx.store.get(int(answer_to)), ctx.registry)
    else:
        result = recognise_answer(
            path, ctx.registry, lambda key: _stored(ctx, key), getattr(args, "parliament", None)
        )
    inquiry_id = _save(ctx, result)
    for line in result.report:
        print(line, file=sys.stderr)
    print(inquiry_id)
    return 0


def _stored(ctx: Context, key: AnswerKey) -> Inquiry | None:
    """Return the stored inquiry an answer names: same parliament, and number or Drucksache."""
    for summary in ctx.store.list(parliament=key.parliament):
        same_drucksache = key.drucksache is not None and summary.drucksache == key.drucksache
        same_number = (
            key.number is not None
            and summary.number == key.number
            and (key.term is None or summary.term in (None, key.term))
            and (key.kind is None or summary.kind == key.kind)
        )
        if same_drucksache or same_number:
            return ctx.store.get(summary.id)
    return None


def _save(ctx: Context, result: ImportResult) -> int:
    """Save an updated inquiry, or add one the answer created; return its id."""
    if result.inquiry.id is not None:
        ctx.store_for_changes().save(result.inquiry)
        return result.inquiry.id
    return ctx.store.add(result.inquiry)  # the store remembers its sources
