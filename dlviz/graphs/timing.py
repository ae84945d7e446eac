"""Section 6: eager vs torch.jit.script vs torch.compile timings — measured by the benchmark, read by the page."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import torch

from dlviz.device import Timer, device_label, synchronize
from dlviz.graphs.jit_support import call_catching_warnings, torchscript_available
from dlviz.graphs.seed_functions import model

TIMINGS_PATH = Path(__file__).with_name("timings.json")
MODES = ("eager", "script", "compile")
SEED_SIZES = {"D_in": 1000, "H": 100, "D_out": 10}


def pointwise_gelu(x: torch.Tensor) -> torch.Tensor:
    """Return GELU (tanh form) written as a chain of pointwise ops: what a fusing compiler can merge."""
    return x * 0.5 * (1.0 + torch.tanh(0.7978845608 * (x + 0.044715 * x * x * x)))


def seed_model_loss(x: torch.Tensor, y: torch.Tensor, w1: torch.Tensor, w2: torch.Tensor) -> torch.Tensor:
    """Return the tutorial's loss with the tutorial's layer sizes: two matmuls that dominate the time."""
    return model(x, y, w1, w2, w2, 0.0)


@dataclass(frozen=True)
class Workload:
    """A function to time, its sizes, and how to build inputs of a size on a device."""

    name: str
    function: Callable
    sizes: tuple[int, ...]
    make_inputs: Callable[[int, torch.device], tuple]


def _pointwise_inputs(size: int, device: torch.device) -> tuple:
    """Return one vector of size elements."""
    return (torch.randn(size, generator=torch.Generator().manual_seed(0)).to(device),)


def _seed_inputs(size: int, device: torch.device) -> tuple:
    """Return x, y, w1, w2 of the tutorial's sizes with a batch of size rows."""
    generator = torch.Generator().manual_seed(0)
    d_in, hidden, d_out = SEED_SIZES["D_in"], SEED_SIZES["H"], SEED_SIZES["D_out"]
    shapes = [(size, d_in), (size, d_out), (d_in, hidden), (hidden, d_out)]
    return tuple(torch.randn(*shape, generator=generator).to(device) for shape in shapes)


WORKLOADS = {
    "pointwise": Workload(
        "pointwise", pointwise_gelu, (256, 4_096, 65_536, 1_048_576, 4_194_304), _pointwise_inputs
    ),
    "seed_model": Workload("seed_model", seed_model_loss, (1, 16, 256, 2_048, 8_192), _seed_inputs),
}


def cpp_compiler() -> str | None:
    """Return the path of the C++ compiler torch.compile would use on CPU here, or None if there is none."""
    candidates = [os.environ.get("CXX", ""), "g++", "c++", "clang++"]
    return next((found for name in candidates if name and (found := shutil.which(name))), None)


def cpu_name() -> str:
    """Return the CPU's model name (from /proc/cpuinfo where there is one)."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def machine_info(device: torch.device) -> dict:
    """Return what identifies the machine a timing run came from."""
    return {
        "cpu": cpu_name(),
        "cpu_count": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "python": platform.python_version(),
        "device": str(device),
        "device_name": device_label(device),
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def run_label(run: dict) -> str:
    """Return a one-line label of a timing run's machine."""
    machine = run["machine"]
    threads = machine.get("torch_threads", "?")
    return (
        f"{machine['device_name']} · {machine['cpu']} ({machine['cpu_count']} cores, {threads} torch threads)"
        f" · torch {machine['torch']}"
    )


def _first_call_seconds(fn: Callable[[], object], device: torch.device) -> float:
    """Return the wall time of one call (for compiled functions: compiling included)."""
    synchronize(device)
    start = time.perf_counter()
    fn()
    synchronize(device)
    return time.perf_counter() - start


def measure_workload(
    workload: Workload,
    device: torch.device,
    repeats: int = 7,
    sizes: tuple[int, ...] | None = None,
    progress=print,
) -> dict:
    """Return eager, scripted and compiled median times per size (warm-up excluded, device synchronized)."""
    rows, errors = [], {}
    scripted = None
    if torchscript_available():
        scripted, _ = call_catching_warnings(lambda: torch.jit.script(workload.function))
    else:
        errors["script"] = "torch.jit is not available in this torch"
    torch._dynamo.reset()
    compiled = torch.compile(workload.function, dynamic=False)
    with torch.no_grad():
        for size in sizes or workload.sizes:
            rows.append(_measure_size(workload, size, device, repeats, scripted, compiled, errors))
            progress(workload.name, rows[-1])
    return {"workload": workload.name, "rows": rows, "errors": errors}


def interleaved_medians(
    calls: dict[str, Callable[[], object]], device, repeats: int, warmup: int = 3
) -> dict:
    """Return each call's median time; calls alternate in every round so that load hits all of them alike."""
    for fn in calls.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(repeats):
        for name, fn in calls.items():
            with Timer(device) as timer:
                fn()
            samples[name].append(timer.seconds)
    return {name: statistics.median(times) for name, times in samples.items()}


def _measure_size(
    workload: Workload, size: int, device, repeats: int, scripted, compiled, errors: dict
) -> dict:
    """Return the eager, scripted and compiled times of one size; a compile failure goes into errors."""
    inputs = workload.make_inputs(size, device)
    calls = {"eager": lambda: workload.function(*inputs)}
    if scripted is not None:
        calls["script"] = lambda: scripted(*inputs)
    row = {"size": size, "compile_first_call_s": None}
    if "compile" not in errors:
        try:
            row["compile_first_call_s"] = _first_call_seconds(lambda: compiled(*inputs), device)
            calls["compile"] = lambda: compiled(*inputs)
        except Exception as error:
            errors["compile"] = f"{type(error).__name__}: {str(error).strip().splitlines()[0]}"
    medians = interleaved_medians(calls, device, repeats)
    row.update({f"{mode}_s": medians.get(mode) for mode in MODES})
    return row


def measure_run(
    device: torch.device,
    repeats: int = 7,
    workloads: tuple[str, ...] = tuple(WORKLOADS),
    cold_compile: bool = True,
    progress=print,
) -> dict:
    """Return one timing run: the machine and every workload's table (cold_compile: no inductor caches)."""
    import torch._inductor.config as inductor_config

    inductor_config.force_disable_caches = cold_compile
    tables = [measure_workload(WORKLOADS[name], device, repeats, progress=progress) for name in workloads]
    return {
        "machine": machine_info(device),
        "repeats": repeats,
        "cold_compile": cold_compile,
        "tables": tables,
    }


def load_timing_runs(path: Path = TIMINGS_PATH) -> list[dict]:
    """Return the timing runs saved in a JSON file (an empty list when there is none)."""
    if not path.exists():
        return []
    runs = json.loads(path.read_text())
    return runs if isinstance(runs, list) else []


def save_timing_run(run: dict, path: Path = TIMINGS_PATH, fresh: bool = False) -> list[dict]:
    """Add a run to the JSON list (replacing an earlier run of the same label) and return the list."""
    runs = [] if fresh else [old for old in load_timing_runs(path) if run_label(old) != run_label(run)]
    runs.append(run)
    path.write_text(json.dumps(runs, indent=1) + "\n")
    return runs


def table_of(run: dict, workload: str) -> dict:
    """Return the table of one workload in a run."""
    return next(table for table in run["tables"] if table["workload"] == workload)


def row_for(table: dict, size: int) -> dict:
    """Return the row of a size in a workload's table."""
    return next(row for row in table["rows"] if row["size"] == size)


def speedup(row: dict, mode: str) -> float | None:
    """Return eager time / mode time for a row (above 1: faster than eager), None if not measured."""
    seconds = row.get(f"{mode}_s")
    return row["eager_s"] / seconds if seconds else None


def break_even_calls(row: dict) -> float | None:
    """Return how many calls repay compiling (first call minus a normal call, over the time saved each call)."""
    compiled, first = row.get("compile_s"), row.get("compile_first_call_s")
    if compiled is None or first is None or compiled >= row["eager_s"]:
        return None
    return (first - compiled) / (row["eager_s"] - compiled)
