"""Print the corpus table (document × fields right) at the end of every run that imported one."""

from __future__ import annotations

from tests.corpus.fidelity import FIELDS, RESULTS


def pytest_terminal_summary(terminalreporter):
    if not RESULTS:
        return
    write = terminalreporter.write_line
    terminalreporter.section("corpus: fields right per document")
    short = {name: f"{index:>2}" for index, name in enumerate(FIELDS, start=1)}
    width = max(len(name) for name in RESULTS)
    write(" " * width + "  " + " ".join(short.values()) + "   right")
    total_right = total = 0
    for name in sorted(RESULTS):
        result = RESULTS[name]
        marks = {f.name: (" ✓" if f.right else " ✗") for f in result.fields}
        right = sum(f.right for f in result.fields)
        total_right += right
        total += len(result.fields)
        row = " ".join(marks.get(field, " ·") for field in FIELDS)
        write(f"{name:<{width}}  {row}   {right}/{len(result.fields)}")
    write(f"total: {total_right}/{total} fields right ({100 * total_right // max(total, 1)} %)")
    write("columns: " + ", ".join(f"{short[n].strip()} {n}" for n in FIELDS))
    write("✓ right, ✗ wrong, · not expected (not printed in the document)")
