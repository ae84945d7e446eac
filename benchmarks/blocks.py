"""Benchmark of the Building blocks lab: median AppTest rerun per widget change, section by section.

    .venv/bin/python -m benchmarks.blocks

Each line is one widget change: its section, the widget, the median rerun time over the values tried
(the whole app script, sidebar included, as AppTest runs it) and the worst one. Reruns alternate
between two values so every run recomputes. The target is under 200 ms median.
"""

from __future__ import annotations

import statistics
import time

from tests.conftest import open_page

PAGE = "pages/building_blocks.py"
CHANGES = [
    ("anatomy", None, "radio", "blocks_anat_dim", [0, 1]),
    ("sequential", None, "number_input", "blocks_in_N", [4, 16]),
    (
        "sequential",
        None,
        "selectbox",
        "blocks_preset",
        ["seed001_digit_recognizer", "seed000_neural_network"],
    ),
    ("layers", ("blocks_layer", "conv"), "slider", "blocks_conv_kernel", [5, 3]),
    ("layers", ("blocks_layer", "conv"), "slider", "blocks_conv_channels", [8, 2]),
    ("layers", ("blocks_layer", "pool"), "slider", "blocks_pool_kernel", [3, 2]),
    ("layers", ("blocks_layer", "dropout"), "slider", "blocks_dropout_p", [0.2, 0.7]),
    ("layers", ("blocks_layer", "batchnorm"), "slider", "blocks_bn_steps", [20, 5]),
    ("activations", None, "slider", "blocks_act_range", [(-8.0, 8.0), (-2.0, 2.0)]),
    ("activations", None, "selectbox", "blocks_act_name", ["gelu", "softmax"]),
    ("losses", None, "slider", "blocks_loss_target", [2.0, -1.0]),
    ("losses", ("blocks_loss_part", "cross_entropy"), "slider", "blocks_loss_count", [8, 3]),
    ("losses", ("blocks_loss_part", "cross_entropy"), "slider", "blocks_loss_scale", [30.0, 5.0]),
]
REPEATS = 8


def main() -> None:
    """Open the page once, then time each widget change, printing one line per change."""
    at = open_page(PAGE, "en")
    medians = []
    for section, sub, kind, key, values in CHANGES:
        at.radio(key="blocks_section").set_value(section).run()
        if sub:
            at.radio(key=sub[0]).set_value(sub[1]).run()
        times = []
        for index in range(REPEATS + 2):
            widget = getattr(at, kind)(key=key)
            widget.set_value(values[index % 2])
            start = time.perf_counter()
            at.run()
            elapsed = time.perf_counter() - start
            assert not at.exception, [e.value for e in at.exception]
            if index >= 2:
                times.append(elapsed)
        median = statistics.median(times)
        medians.append(median)
        print(
            f"rerun {section:11s} {key:22s} median={median * 1e3:7.1f}ms max={max(times) * 1e3:7.1f}ms",
            flush=True,
        )
    print(f"rerun all-changes median={statistics.median(medians) * 1e3:.1f}ms (target < 200 ms)")


if __name__ == "__main__":
    main()
