"""Every cap in one place: a hosted server is shared, and these keep one visitor's work bounded.

Each cap can be overridden by an environment variable named DLVIZ_<NAME> (for example
DLVIZ_MAX_EPOCHS=50) on a server that can afford more.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from dlviz.errors import UserFacingError


@dataclass(frozen=True)
class Limit:
    """A named cap with the i18n key of the message shown when it is hit."""

    name: str
    value: int | float

    def check(self, requested: int | float) -> None:
        """Raise LimitExceeded if requested is above the cap."""
        if requested > self.value:
            raise LimitExceeded(self, requested)


class LimitExceeded(UserFacingError):
    """A request went over a cap; the message names the cap and the value asked for."""

    def __init__(self, limit: Limit, requested: int | float):
        super().__init__(
            "limits.exceeded",
            what_key=f"limits.{limit.name.lower()}",
            requested=requested,
            cap=limit.value,
        )
        self.limit = limit


class BudgetExceeded(UserFacingError):
    """An action would need more memory than its budget; the message names both sizes and what to change."""

    def __init__(self, needed: int, hint_key: str):
        super().__init__(
            "limits.memory_budget",
            needed=format_bytes(needed),
            cap=format_bytes(MAX_ACTION_BYTES.value),
            hint_key=hint_key,
        )
        self.needed = needed


def format_bytes(count: int | float) -> str:
    """Return a byte count as a short text: 812 B, 3.1 KiB, 64 MiB, 1.5 GiB."""
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if count >= size:
            value = count / size
            return f"{value:.1f} {unit}".replace(".0 ", " ")
    return f"{int(count)} B"


def check_action_bytes(needed: int, hint_key: str) -> None:
    """Raise BudgetExceeded when one action would allocate more than MAX_ACTION_BYTES in all."""
    if needed > MAX_ACTION_BYTES.value:
        raise BudgetExceeded(needed, hint_key)


def _cap(name: str, default: int | float) -> Limit:
    """Build a Limit whose value an environment variable may override."""
    raw = os.environ.get(f"DLVIZ_{name}")
    kind = type(default)
    return Limit(name, kind(raw) if raw else default)


def usable_cores() -> int:
    """Return the CPU cores this process may use: its affinity, lowered by a cgroup CPU quota if one is set."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            cores = min(cores, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError):
        pass
    return max(1, cores)


# A shared server: heavy jobs (training runs, Playground play and steps) run at most this many at once,
# each in a worker process of its own with a memory budget; the others wait in line.
MAX_CONCURRENT_JOBS = _cap("MAX_CONCURRENT_JOBS", usable_cores())
MAX_JOB_MEMORY_MB = _cap("MAX_JOB_MEMORY_MB", 600)

MAX_TENSOR_ELEMENTS = _cap("MAX_TENSOR_ELEMENTS", 100_000)
MAX_TENSOR_DIMS = _cap("MAX_TENSOR_DIMS", 6)
MAX_HEATMAP_CELLS = _cap("MAX_HEATMAP_CELLS", 400)
MAX_TEXT_INPUT_CHARS = _cap("MAX_TEXT_INPUT_CHARS", 2_000)
MAX_EXPONENT = _cap("MAX_EXPONENT", 64)
MAX_GRAPH_NODES = _cap("MAX_GRAPH_NODES", 300)
MAX_SAMPLES = _cap("MAX_SAMPLES", 70_000)
MAX_TOY_SAMPLES = _cap("MAX_TOY_SAMPLES", 5_000)
MAX_EPOCHS = _cap("MAX_EPOCHS", 30)
MAX_PLAYGROUND_EPOCHS = _cap("MAX_PLAYGROUND_EPOCHS", 20_000)
# Playground: seconds of training one Step may take, one press of Play may train, and one turn of
# a player holding a shared slot while others wait in line
MAX_PLAYGROUND_STEP_SECONDS = _cap("MAX_PLAYGROUND_STEP_SECONDS", 5.0)
MAX_PLAYGROUND_PLAY_SECONDS = _cap("MAX_PLAYGROUND_PLAY_SECONDS", 120.0)
MAX_PLAYGROUND_TURN_SECONDS = _cap("MAX_PLAYGROUND_TURN_SECONDS", 10.0)
MAX_TRAIN_SECONDS = _cap("MAX_TRAIN_SECONDS", 120.0)
MAX_LAYER_WIDTH = _cap("MAX_LAYER_WIDTH", 1_024)
MAX_DEPTH = _cap("MAX_DEPTH", 8)
MAX_BATCH_SIZE = _cap("MAX_BATCH_SIZE", 4_096)
MAX_OPTIMIZER_STEPS = _cap("MAX_OPTIMIZER_STEPS", 1_000)
MAX_LOOP_ITERATIONS = _cap("MAX_LOOP_ITERATIONS", 64)
MAX_IMAGE_SIDE = _cap("MAX_IMAGE_SIDE", 128)
# Budgets of one visitor action (Tensor and Autograd labs): all bytes it allocates, intermediates and the
# backward pass included, checked by a dry run on the meta device before anything is allocated; and the
# seconds one expression evaluation may run. Sized for a 2.7 GB server shared by 30 visitors: about 0.7 GB
# for the process itself (torch, Streamlit, shared data) leaves 2 GB, ~68 MB for each visitor acting at once.
MAX_ACTION_BYTES = _cap("MAX_ACTION_BYTES", 64 * 1024 * 1024)
MAX_EVALUATION_SECONDS = _cap("MAX_EVALUATION_SECONDS", 3.0)

# Building blocks lab
MAX_LAYER_FEATURES = _cap("MAX_LAYER_FEATURES", 65_536)
MAX_SEQUENTIAL_LAYERS = _cap("MAX_SEQUENTIAL_LAYERS", 16)
MAX_BLOCKS_BATCH = _cap("MAX_BLOCKS_BATCH", 64)
MAX_CONV_CHANNELS = _cap("MAX_CONV_CHANNELS", 16)
MAX_BATCHNORM_STEPS = _cap("MAX_BATCHNORM_STEPS", 20)
# Optimizer arena
MAX_ARENA_LEARNING_RATE = _cap("MAX_ARENA_LEARNING_RATE", 10.0)
MAX_ARENA_SCHEDULE_EPOCHS = _cap("MAX_ARENA_SCHEDULE_EPOCHS", 1_000)
# Autograd Lab
MAX_EXPRESSION_NODES = _cap("MAX_EXPRESSION_NODES", 1_000)
MAX_EXPRESSION_DEPTH = _cap("MAX_EXPRESSION_DEPTH", 400)
MAX_BACKWARD_REPEATS = _cap("MAX_BACKWARD_REPEATS", 20)
MAX_FINITE_DIFF_ENTRIES = _cap("MAX_FINITE_DIFF_ENTRIES", 64)
MAX_DESCENT_STEPS = _cap("MAX_DESCENT_STEPS", 200)
# Data lab
MAX_DATA_LOADER_SAMPLES = _cap("MAX_DATA_LOADER_SAMPLES", 256)
MAX_DATA_EPOCHS = _cap("MAX_DATA_EPOCHS", 6)
MAX_DATA_GRID_IMAGES = _cap("MAX_DATA_GRID_IMAGES", 64)
MAX_DATA_FAKE_SAMPLES = _cap("MAX_DATA_FAKE_SAMPLES", 1_000)
# Training lab
MAX_TRAINING_IMAGES = _cap("MAX_TRAINING_IMAGES", 12_000)
MAX_AUTO_RUN_EPOCHS = _cap("MAX_AUTO_RUN_EPOCHS", 10)
MAX_AUTO_RUN_SECONDS = _cap("MAX_AUTO_RUN_SECONDS", 15.0)
MAX_CHECKPOINT_BYTES = _cap("MAX_CHECKPOINT_BYTES", 20 * 1024 * 1024)
# torch.save stores its zip entries uncompressed, so a real checkpoint unpacks to about its own size.
MAX_CHECKPOINT_UNPACKED_BYTES = _cap("MAX_CHECKPOINT_UNPACKED_BYTES", 24 * 1024 * 1024)

# Dynamic vs static graphs lab
MAX_GRAPHS_TRAIN_STEPS = _cap("MAX_GRAPHS_TRAIN_STEPS", 100)
MAX_GRAPHS_INPUT_ABS = _cap("MAX_GRAPHS_INPUT_ABS", 1_000.0)
# Lessons (tutorial 002's two-layer net by hand, SimpleNet's SGD step, residual stacks)
MAX_HAND_STEPS = _cap("MAX_HAND_STEPS", 500)
MAX_HAND_LEARNING_RATE = _cap("MAX_HAND_LEARNING_RATE", 1e-5)
MAX_STEP_LEARNING_RATE = _cap("MAX_STEP_LEARNING_RATE", 1.0)
MAX_RESIDUAL_DEPTH = _cap("MAX_RESIDUAL_DEPTH", 50)

# Transfer learning (Training Lab): images of classes 0–4 the base CNN learns from, the few images of
# classes 5–9 the new head and the from-scratch CNN learn from, and the epochs of that second phase
MAX_TRANSFER_BASE_IMAGES = _cap("MAX_TRANSFER_BASE_IMAGES", 6_000)
MAX_TRANSFER_SHOTS = _cap("MAX_TRANSFER_SHOTS", 1_000)
MAX_TRANSFER_EPOCHS = _cap("MAX_TRANSFER_EPOCHS", 30)
