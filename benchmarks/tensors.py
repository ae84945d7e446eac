"""Tensor Lab speed: median AppTest rerun per widget change in each section, and heatmap build times.

Run: .venv/bin/python -m benchmarks.tensors   (one line per figure; compare ratios within one run)
"""

from __future__ import annotations

import statistics
import time

import torch

from dlviz.figures.heatmap import tensor_heatmap
from tests.conftest import open_page

REPEATS = 5
TARGET_MS = 150

# (section, widget kind, key, values cycled through); the last value is left set.
CHANGES = [
    ("create", "radio", "tensors_create_mode", ["numpy", "like", "data"]),
    ("create", "text_input", "tensors_data", ["[[1, 2], [3, 4], [5, 6]]", "[1.5, 2.5]"]),
    ("attributes", "selectbox", "tensors_attr_target", ["int8", "float16", "bool"]),
    ("index", "text_input", "tensors_index_expr", ["t[t > 5]", "t[..., 0]", "t[1:, ::2]"]),
    ("index", "slider", "tensors_index_shape_1", [12, 7, 4]),
    ("join", "slider", "tensors_join_b_0", [5, 3, 2]),
    ("arithmetic", "selectbox", "tensors_op", ["*", "-", "+"]),
    ("reshape", "selectbox", "tensors_reshape_op", ["permute", "flatten", "reshape"]),
    ("inplace", "radio", "tensors_inplace_op", ["mul_", "zero_", "add_"]),
    ("numpy", "selectbox", "tensors_bridge_direction", ["from_numpy", "tensor", "numpy"]),
    ("devices", "text_input", "tensors_device_data", ["[4, 5]", "[1, 2, 3]"]),
    ("shape_errors", "text_input", "tensors_shape_b", ["(4, 5)", "(3, 5)"]),
]


def widget(at, kind: str, key: str):
    """Return the AppTest element of that kind and key."""
    return getattr(at, kind)(key=key)


def section_medians() -> None:
    """Print the median rerun time of widget changes, per section and widget."""
    at = open_page("pages/tensor_lab.py", "en")
    current = "create"
    for section, kind, key, values in CHANGES:
        if section != current:
            at.radio(key="tensors_section").set_value(section).run()
            current = section
        times = []
        for repeat in range(REPEATS):
            for value in values:
                start = time.perf_counter()
                widget(at, kind, key).set_value(value).run()
                if repeat:
                    times.append(time.perf_counter() - start)
        assert not at.exception, [e.value for e in at.exception]
        median_ms = statistics.median(times) * 1000
        verdict = "ok" if median_ms < TARGET_MS else "SLOW"
        print(
            f"rerun {section:12s} {key:28s} median {median_ms:6.1f} ms over {len(times)} changes ({verdict}, target < {TARGET_MS} ms)"
        )


def cap_size_rerun() -> None:
    """Print the rerun time with the biggest factory tensor the sliders allow (40 x 40 x 40 = 64,000 elements)."""
    at = open_page("pages/tensor_lab.py", "en")
    at.radio(key="tensors_create_mode").set_value("factory").run()
    at.selectbox(key="tensors_factory").set_value("randn").run()
    at.slider(key="tensors_shape_dims").set_value(3).run()
    for dim in range(3):
        at.slider(key=f"tensors_shape_{dim}").set_value(40).run()
    times = []
    for seed in range(1, 1 + 3 * REPEATS):
        at.session_state["shared_seed"] = seed
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
    print(
        f"rerun create/factory 40x40x40 seed change   median {statistics.median(times) * 1000:6.1f} ms over {len(times)} changes"
    )


def heatmap_times() -> None:
    """Print heatmap build + JSON time for small and cap-sized tensors (the big one is downsampled)."""
    for shape in [(2, 2), (12, 12), (40, 40, 40)]:
        tensor = torch.rand(shape)
        times = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            tensor_heatmap(tensor, title="x", highlight=tensor > 0.5).to_json()
            times.append(time.perf_counter() - start)
        print(f"heatmap {str(shape):14s} build+json median {statistics.median(times) * 1000:6.1f} ms")


if __name__ == "__main__":
    heatmap_times()
    section_medians()
    cap_size_rerun()
