"""The tutorials' own tensors as presets, corrected where the tutorial's code does not run, with what was corrected."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    """Texts for the inputs of a section, and the i18n key of the correction made to the tutorial's code (or None)."""

    texts: tuple[str, ...]
    correction_key: str | None = None


DATA_PRESETS = {
    "seed000_x_data": Preset(("[[1, 2], [3, 4]]",)),
    "seed001_x": Preset(("[1, 2, 3]",)),
    "seed001_c": Preset(("[[1, 2, 3], [4, 5, 6]]",)),
    "seed003_w1": Preset(("[[2., 0.], [2., 0.]]",), "tensors.correction.seed003_w1"),
    "floats": Preset(("[[1.5, -2.7], [300.25, 0.1]]",)),
    "cube": Preset(("[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]",)),
}

COMBINE_PRESETS = {
    "seed001_add": Preset(("[1, 2, 3]", "[4, 5, 6]", "+")),
    "seed001_mul": Preset(("[1, 2, 3]", "[4, 5, 6]", "*")),
    "broadcast_row": Preset(("[[1, 2, 3], [4, 5, 6]]", "[10, 20, 30]", "+")),
    "broadcast_column": Preset(("[[1], [2]]", "[10, 20, 30]", "*")),
    "seed003_matmul": Preset(
        ("[[2., 0.], [2., 0.]]", "[1., 2.]", "matmul"), "tensors.correction.seed003_matmul"
    ),
    "matrix_product": Preset(("[[1, 2, 3], [4, 5, 6]]", "[[1, 0], [0, 1], [1, 1]]", "@")),
    "shape_error": Preset(("[[1, 2, 3], [4, 5, 6]]", "[1, 2, 3, 4]", "+")),
}

REDUCE_PRESETS = {
    "seed000_sum": Preset(
        ("[[1., 0., 1., 1.], [1., 0., 1., 1.], [1., 0., 1., 1.], [1., 0., 1., 1.]]", "sum")
    ),
    "seed001_mean": Preset(("[1, 2, 3]", "mean"), "tensors.correction.seed001_mean"),
    "grid_max": Preset(("[[3, 7, 1], [9, 2, 8]]", "max")),
}
