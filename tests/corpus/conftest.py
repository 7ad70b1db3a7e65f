"""Print the corpus tables (document × fields right) at the end of every run that made them."""

from __future__ import annotations

from tests.corpus.fidelity import FIELDS, RESULTS, DocumentResult
from tests.corpus.pairs import CHECKS, PAIR_RESULTS


def _table(write, results: dict[str, DocumentResult], columns: tuple[str, ...]) -> None:
    width = max(len(name) for name in results)
    write(" " * width + "  " + " ".join(f"{n:>2}" for n in range(1, len(columns) + 1)) + "   right")
    total_right = total = 0
    for name in sorted(results):
        result = results[name]
        marks = {f.name: (" ✓" if f.right else " ✗") for f in result.fields}
        right = sum(f.right for f in result.fields)
        total_right += right
        total += len(result.fields)
        row = " ".join(marks.get(column, " ·") for column in columns)
        write(f"{name:<{width}}  {row}   {right}/{len(result.fields)}")
    write(f"total: {total_right}/{total} fields right ({100 * total_right // max(total, 1)} %)")
    per_column = []
    for column in columns:
        checked = [f.right for r in results.values() for f in r.fields if f.name == column]
        if checked:
            per_column.append(f"{column} {sum(checked)}/{len(checked)}")
    write("right per field: " + ", ".join(per_column))
    write("columns: " + ", ".join(f"{n} {c}" for n, c in enumerate(columns, start=1)))


def pytest_terminal_summary(terminalreporter):
    write = terminalreporter.write_line
    if RESULTS:
        terminalreporter.section("corpus: fields right per document")
        _table(write, RESULTS, FIELDS)
        write("✓ right, ✗ wrong, · not expected (the document does not print it)")
    if PAIR_RESULTS:
        terminalreporter.section("corpus: inquiry, then its separate answer")
        _table(write, PAIR_RESULTS, CHECKS)
