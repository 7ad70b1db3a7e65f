"""Run every benchmark, write bench/results/latest.json and print one table (`make bench`).

Each script runs in its own process (Qt, memory peaks and import costs stay
apart); the stores of 10,000 and 100,000 inquiries are built once and shared.
Usage: .venv/bin/python bench/run.py [--only NAME ...] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS_DIR, RESULTS_ENV, ROOT, format_table, load_jsonl, write_json
from bench.corpus import store_path

SCRIPTS = (
    "bench_docx_export",
    "bench_pdf_export",
    "bench_processes",
    "bench_load",
    "bench_startup",
    "bench_window",
    "bench_search",
    "bench_list_model",
    "bench_typing",
    "bench_memory",
    "bench_preview",
    "bench_many_notes",
    "bench_import_answer",
    "bench_server_store",
)


def main() -> int:
    """Run the chosen benchmarks and report; the exit status says whether one crashed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=SCRIPTS, help="run only these")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the built stores in")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "latest.json")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="desk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    lines = folder / "results.jsonl"
    lines.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", RESULTS_ENV: str(lines)}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    failed = []
    begin = time.perf_counter()
    try:
        for rows in (10_000, 100_000):
            env[f"BENCH_DB_{rows}"] = str(store_path(rows, folder))
        for name in args.only or SCRIPTS:
            print(f"\n== {name}", flush=True)
            done = subprocess.run([sys.executable, f"bench/{name}.py"], cwd=ROOT, env=env)
            if done.returncode != 0:
                failed.append(name)
        results = load_jsonl(lines)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    minutes = (time.perf_counter() - begin) / 60
    write_json(args.out, results, {"failed": failed, "minutes": round(minutes, 1)})
    print(f"\n{format_table(results)}")
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"\n{len(results)} figures in {minutes:.1f} min → {shown}")
    if failed:
        print(f"crashed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
