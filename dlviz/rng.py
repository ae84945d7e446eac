"""Seeded work on torch's process-wide CPU generator that no other visitor can disturb or see.

A hosted server runs every visitor's script in one process, and torch has one default CPU
generator per process. Work that must draw from it (a module's initialisation, nn.Dropout,
torchvision's v1 random transforms) runs inside ``seeded(seed)``: one lock for the process, the
generator seeded for the block and its earlier state restored after it, so the same seed gives
the same numbers whoever else is computing. Long runs (training, the Playground) do not hold this
lock: they run in worker processes of their own (``dlviz.jobs``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import torch

_LOCK = threading.RLock()


@contextmanager
def seeded(seed: int) -> Iterator[None]:
    """Run a block with torch's CPU generator seeded with seed, alone, restoring its state afterwards."""
    with _LOCK:
        generator = torch.default_generator
        saved = generator.get_state()
        generator.manual_seed(seed)
        try:
            yield
        finally:
            generator.set_state(saved)
