"""Device resolution (auto: CUDA, then Apple MPS, then CPU) and a timer that synchronizes first."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

import torch

AUTO = "auto"
DEFAULT_TORCH_THREADS = 1


def configure_torch_threads() -> int:
    """Set torch's CPU threads per op from DLVIZ_TORCH_THREADS (default 1) and return it.

    A shared server runs many small ops for many visitors at once: one thread per op avoids
    oversubscribing the cores, which made small ops 100x slower under load here.
    """
    threads = int(os.environ.get("DLVIZ_TORCH_THREADS", DEFAULT_TORCH_THREADS))
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
    return threads


def available_devices() -> list[str]:
    """Return the device names this machine can use, best first, always ending with 'cpu'."""
    names = []
    if torch.cuda.is_available():
        names += [f"cuda:{i}" for i in range(torch.cuda.device_count())]
    if torch.backends.mps.is_available():
        names.append("mps")
    return names + ["cpu"]


def resolve_device(choice: str = AUTO) -> torch.device:
    """Return the device for a choice: 'auto' picks the best available; unavailable falls back to CPU."""
    names = available_devices()
    if choice == AUTO:
        return torch.device(names[0])
    return torch.device(choice if choice in names else "cpu")


def device_label(device: torch.device | str) -> str:
    """Return a human-readable name: the GPU's model for CUDA, 'Apple MPS', or the CPU."""
    device = torch.device(device)
    if device.type == "cuda":
        return f"{device} · {torch.cuda.get_device_name(device)}"
    if device.type == "mps":
        return "mps · Apple Metal"
    return "cpu"


def synchronize(device: torch.device | str) -> None:
    """Wait until queued kernels on the device have finished (a no-op on CPU)."""
    device = torch.device(device)
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    elif device.type == "mps":
        torch.mps.synchronize()


class Timer:
    """Context manager measuring wall time, synchronizing the device before each clock read."""

    def __init__(self, device: torch.device | str = "cpu"):
        self.device = torch.device(device)
        self.seconds = 0.0

    def __enter__(self) -> Timer:
        synchronize(self.device)
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        synchronize(self.device)
        self.seconds = time.perf_counter() - self._start


def median_seconds(fn: Callable[[], object], device="cpu", repeats: int = 7, warmup: int = 2) -> float:
    """Return the median wall time of fn over repeats, after warmup calls that are not counted."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        with Timer(device) as timer:
            fn()
        times.append(timer.seconds)
    return statistics.median(times)
