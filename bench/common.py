"""Shared helpers of the benchmarks: timing, medians and p95, verdicts, JSON and the table.

Each benchmark script calls `report(...)` with its results. Run alone it
prints them; run by bench/run.py (which sets BENCH_RESULTS) it also appends
them as JSON lines, from which the runner writes bench/results/latest.json.
"""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
RESULTS_ENV = "BENCH_RESULTS"


@dataclass(slots=True)
class Result:
    """Hold one measured figure beside its target (an upper bound, or None for "shown only")."""

    bench: str
    name: str
    value: float
    unit: str = "ms"
    target: float | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        """Return PASS or MISS against the target, or "–" when the figure has none."""
        if self.target is None or math.isnan(self.value):
            return "–"
        return "PASS" if self.value <= self.target else "MISS"

    def as_dict(self) -> dict[str, object]:
        """Return the result as a JSON-ready dict, verdict included."""
        data = {**asdict(self), "verdict": self.verdict}
        if math.isnan(self.value):
            data["value"] = None  # a tool that is not installed; NaN is not JSON
        return data


def time_ms(action: Callable[[], object]) -> float:
    """Return the wall time of one call in milliseconds."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def samples_ms(
    action: Callable[[], object],
    runs: int,
    warmup: int = 1,
    prepare: Callable[[], object] | None = None,
) -> list[float]:
    """Return `runs` timings in ms after `warmup` untimed calls; prepare() runs untimed first."""
    times = []
    for index in range(warmup + runs):
        if prepare is not None:
            prepare()
        elapsed = time_ms(action)
        if index >= warmup:  # the first calls pay for imports and caches
            times.append(elapsed)
    return times


def median(values: Iterable[float]) -> float:
    """Return the median of the values."""
    return statistics.median(list(values))


def p95(values: Iterable[float]) -> float:
    """Return the 95th percentile (nearest rank) of the values."""
    ordered = sorted(values)
    rank = max(1, math.ceil(0.95 * len(ordered)))
    return ordered[rank - 1]


def peak_rss_mb() -> float:
    """Return this process's peak resident memory in MB (VmHWM, else getrusage)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> dict[str, object]:
    """Describe the machine the figures were taken on (cores, CPU, RAM, Python)."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram_gb = None
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total_kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
        ram_gb = round(total_kb / 1024 / 1024, 1)
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def report(results: list[Result]) -> None:
    """Print the results and, under the runner, append them to its JSON-lines file."""
    print(format_table(results))
    target = os.environ.get(RESULTS_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as stream:
            for result in results:
                stream.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")


def format_value(value: float, unit: str) -> str:
    """Format a figure with its unit, e.g. "12.3 ms" or "0.41 ×"."""
    if math.isnan(value):
        return "n/a"
    digits = 2 if abs(value) < 10 else 1 if abs(value) < 1000 else 0
    return f"{value:,.{digits}f} {unit}"


def format_table(results: Iterable[Result]) -> str:
    """Return an aligned table: benchmark, figure, result, target, verdict, note."""
    rows = [("bench", "figure", "result", "target", "", "note")]
    for result in results:
        target = "" if result.target is None else "≤ " + format_value(result.target, result.unit)
        value = format_value(result.value, result.unit)
        rows.append((result.bench, result.name, value, target, result.verdict, result.note))
    widths = [max(len(row[column]) for row in rows) for column in range(5)]
    lines = []
    for row in rows:
        cells = [row[c].ljust(widths[c]) if c != 2 else row[c].rjust(widths[c]) for c in range(5)]
        lines.append("  ".join(cells) + ("  " + row[5] if row[5] else ""))
    return "\n".join(lines)


def write_json(path: Path, results: list[Result], extra: dict[str, object]) -> None:
    """Write all results with the machine description to a JSON file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "taken": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": machine(),
        **extra,
        "results": [result.as_dict() for result in results],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def load_jsonl(path: Path) -> list[Result]:
    """Read the results a script appended under the runner."""
    if not path.exists():
        return []
    results = []
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        data.pop("verdict", None)
        if data["value"] is None:
            data["value"] = float("nan")
        results.append(Result(**data))
    return results


def add_root_to_path() -> None:
    """Make `desk_app` and `tests` importable when a script runs from bench/."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
