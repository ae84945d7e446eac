"""Every cap in one place: a hosted server is shared, and these keep one visitor's work bounded.

Each cap can be overridden by an environment variable named DLVIZ_<NAME> (for example
DLVIZ_MAX_EPOCHS=50) on a server that can afford more.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

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


def _cap(name: str, default: int | float) -> Limit:
    """Build a Limit whose value an environment variable may override."""
    raw = os.environ.get(f"DLVIZ_{name}")
    kind = type(default)
    return Limit(name, kind(raw) if raw else default)


MAX_TENSOR_ELEMENTS = _cap("MAX_TENSOR_ELEMENTS", 100_000)
MAX_TENSOR_DIMS = _cap("MAX_TENSOR_DIMS", 6)
MAX_HEATMAP_CELLS = _cap("MAX_HEATMAP_CELLS", 400)
MAX_TEXT_INPUT_CHARS = _cap("MAX_TEXT_INPUT_CHARS", 2_000)
MAX_EXPONENT = _cap("MAX_EXPONENT", 64)
MAX_GRAPH_NODES = _cap("MAX_GRAPH_NODES", 300)
MAX_SAMPLES = _cap("MAX_SAMPLES", 70_000)
MAX_TOY_SAMPLES = _cap("MAX_TOY_SAMPLES", 5_000)
MAX_EPOCHS = _cap("MAX_EPOCHS", 30)
MAX_PLAYGROUND_EPOCHS = _cap("MAX_PLAYGROUND_EPOCHS", 5_000)
MAX_TRAIN_SECONDS = _cap("MAX_TRAIN_SECONDS", 120.0)
MAX_LAYER_WIDTH = _cap("MAX_LAYER_WIDTH", 1_024)
MAX_DEPTH = _cap("MAX_DEPTH", 8)
MAX_BATCH_SIZE = _cap("MAX_BATCH_SIZE", 4_096)
MAX_UPLOAD_BYTES = _cap("MAX_UPLOAD_BYTES", 50 * 1024 * 1024)
MAX_OPTIMIZER_STEPS = _cap("MAX_OPTIMIZER_STEPS", 1_000)
MAX_LOOP_ITERATIONS = _cap("MAX_LOOP_ITERATIONS", 64)
MAX_IMAGE_SIDE = _cap("MAX_IMAGE_SIDE", 128)
