"""Benchmark of the Dynamic vs static graphs lab: the eager/script/compile timing table and page reruns.

    .venv/bin/python -m benchmarks.graphs                  # table on the best device, appended to timings.json
    .venv/bin/python -m benchmarks.graphs --device cuda:0  # a GPU run, added beside the CPU run
    .venv/bin/python -m benchmarks.graphs --page-only      # only the page's rerun times

Times are medians of repeated calls after warm-up calls; the modes alternate call by call so that
load from elsewhere hits them alike, and the device is synchronized around each call
(dlviz.device.Timer). Each figure is printed on one line. The table is a JSON list of runs; a run with the same machine
label replaces the earlier one, --fresh starts a new list.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch

from dlviz.device import resolve_device
from dlviz.graphs.timing import TIMINGS_PATH, WORKLOADS, measure_run, run_label, save_timing_run
from dlviz.i18n import t

PAGE = "pages/graphs_lab.py"
PAGE_CHANGES = [
    ("eager", "slider", "graphs_eager_threshold", [2.0, 8.0]),
    ("eager", "slider", "graphs_eager_x0", [0.5, 3.0]),
    ("script", "slider", "graphs_script_steps", [10, 30]),
    ("script", "select_slider", "graphs_script_lr", [0.01, 0.05]),
    ("trace", "slider", "graphs_trace_at", [3.0, 7.0]),
    ("trace", "slider", "graphs_trace_call", [2.0, 8.0]),
    ("loops", "slider", "graphs_loop_k", [10.0, 500.0]),
    ("timing", "radio", "graphs_timing_workload", ["seed_model", "pointwise"]),
]


def print_row(workload: str, row: dict) -> None:
    """Print one measured size of a workload."""
    parts = [
        f"{mode}={row[f'{mode}_s'] * 1e3:.4f}ms"
        for mode in ("eager", "script", "compile")
        if row[f"{mode}_s"]
    ]
    first = row.get("compile_first_call_s")
    compile_note = f" compile_first_call={first:.2f}s" if first else ""
    print(f"table {workload} size={row['size']}: " + " ".join(parts) + compile_note, flush=True)


def measure_page_reruns(rounds: int = 3) -> None:
    """Print the median rerun time of the page after each kind of widget change (AppTest, in process)."""
    from tests.conftest import open_page

    start = time.perf_counter()
    at = open_page(PAGE, "en")
    print(f"page first render (cold caches): {time.perf_counter() - start:.2f}s", flush=True)
    all_times = []
    for tab in ("script", "trace", "export", "loops", "timing", "eager"):
        at.session_state["graphs_tab"] = t(f"graphs.tab.{tab}")
        start = time.perf_counter()
        at.run()
        print(
            f"page open tab {tab} (first time, cold caches): {(time.perf_counter() - start) * 1e3:.0f} ms",
            flush=True,
        )
    for tab, kind, key, values in PAGE_CHANGES:
        at.session_state["graphs_tab"] = t(f"graphs.tab.{tab}")
        at.run()
        times = []
        for index in range(rounds * len(values)):
            widget = getattr(at, kind)(key=key)
            widget.set_value(values[index % len(values)])
            start = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - start)
        assert not at.exception, [e.value for e in at.exception]
        all_times += times
        print(f"page rerun after {key}: median {statistics.median(times) * 1e3:.0f} ms", flush=True)
    print(f"page rerun, all widget changes: median {statistics.median(all_times) * 1e3:.0f} ms", flush=True)


def main() -> None:
    """Parse options, measure, print one line per figure and save the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--device", default="auto", help="auto, cpu, cuda:0, mps (default: auto)")
    parser.add_argument("--out", type=Path, default=TIMINGS_PATH, help="JSON list of runs to add this run to")
    parser.add_argument("--fresh", action="store_true", help="start a new list instead of adding to --out")
    parser.add_argument("--repeats", type=int, default=7, help="timed calls per figure (median reported)")
    parser.add_argument("--workloads", nargs="+", default=list(WORKLOADS), choices=list(WORKLOADS))
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (default: torch's choice)")
    parser.add_argument(
        "--warm-caches", action="store_true", help="let torch.compile reuse its on-disk caches"
    )
    parser.add_argument("--page-only", action="store_true", help="only measure the page's rerun times")
    parser.add_argument("--table-only", action="store_true", help="only measure the timing table")
    args = parser.parse_args()
    if not args.table_only:
        measure_page_reruns()
    if args.page_only:
        return
    if args.threads:
        torch.set_num_threads(args.threads)
    device = resolve_device(args.device)
    run = measure_run(device, args.repeats, tuple(args.workloads), not args.warm_caches, progress=print_row)
    for table in run["tables"]:
        for mode, error in table["errors"].items():
            print(f"table {table['workload']}: {mode} failed: {error}", flush=True)
    runs = save_timing_run(run, args.out, fresh=args.fresh)
    print(f"saved run '{run_label(run)}' to {args.out} ({len(runs)} runs)", flush=True)


if __name__ == "__main__":
    main()
