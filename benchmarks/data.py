"""Benchmark of the Data lab: median AppTest rerun per widget change, section by section.

    .venv/bin/python -m benchmarks.data

Each line is one widget change: its section, the widget, the median rerun time over the values tried
(the whole app script, sidebar included, as AppTest runs it) and the worst one. Reruns alternate
between two values so every run recomputes. The target is under 200 ms median. The last lines time
the heaviest computations alone, at their caps.
"""

from __future__ import annotations

import statistics
import time

import torch

from dlviz.data.augmentations import AugmentSettings, augmented_draws
from dlviz.data.batching import batch_indices
from dlviz.data.figures import image_grid_figure
from dlviz.data.gallery import fake_view
from dlviz.data.lesson import image_source, lesson_dataset
from tests.conftest import open_page

PAGE = "pages/data_lab.py"
CHANGES = [
    ("dataset", "number_input", "data_index", [5, 900]),
    ("dataset", "checkbox", "data_ds_one_hot", [True, False]),
    ("loader", "slider", "data_ld_batch_size", [4, 9]),
    ("loader", "slider", "data_ld_size", [256, 40]),
    ("loader", "checkbox", "data_ld_shuffle", [False, True]),
    ("loader", "selectbox", "data_ld_batch_no", [1, 2]),
    ("transforms", "slider", "data_tf_mean", [0.5, 0.1307]),
    ("transforms", "number_input", "data_index", [7, 70]),
    ("augment", "slider", "data_au_rotation", [90, 10]),
    ("augment", "slider", "data_au_count", [32, 8]),
    ("compose", "slider", "data_cp_angle", [45, -30]),
    ("compose", "selectbox", "data_cp_preset", ["crop_resize", "flip_rotate"]),
    ("gallery", "slider", "data_gl_count", [64, 16]),
    ("gallery", "selectbox", "data_gl_name", ["toys", "digits"]),
]
REPEATS = 8


def time_change(section: str, kind: str, key: str, values: list) -> list[float]:
    """Return the rerun times (ms) of REPEATS changes of one widget, alternating two values."""
    at = open_page(PAGE)
    at.radio(key="data_section").set_value(section).run()
    times = []
    for repeat in range(REPEATS):
        widget = getattr(at, kind)(key=key)
        start = time.perf_counter()
        widget.set_value(values[repeat % 2]).run()
        times.append((time.perf_counter() - start) * 1000)
        assert not at.exception, [e.value for e in at.exception]
    return times


def time_call(function, repeats: int = 5) -> float:
    """Return the median time (ms) of calling function."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print one line per widget change, then the heavy computations, then the overall median."""
    medians = []
    for section, kind, key, values in CHANGES:
        times = time_change(section, kind, key, values)
        medians.append(statistics.median(times))
        print(
            f"{section:<11} {key:<20} median {statistics.median(times):6.0f} ms   worst {max(times):6.0f} ms"
        )
    image = lesson_dataset(image_source("digits"), to_tensor=False)[0][0].resize((28, 28))
    heavy = {
        "batch_indices(256, batch 1, 6 epochs)": lambda: batch_indices(256, 1, True, False, 0, 6),
        "image_grid_figure(64 images)": lambda: image_grid_figure(torch.rand(64, 1, 28, 28), ["7"] * 64),
        "augmented_draws(32 draws)": lambda: augmented_draws(image, AugmentSettings(30, 0.5, 0.5), 32, 0),
        "fake_view(1000) uncached": lambda: fake_view(1000, 64, 0),
    }
    for name, function in heavy.items():
        print(f"compute     {name:<40} median {time_call(function, 3):6.0f} ms")
    print(f"overall median of the widget changes: {statistics.median(medians):.0f} ms (target < 200 ms)")


if __name__ == "__main__":
    main()
