"""Autograd Lab speed: the two-layer net's graph, a graph at the node cap, and AppTest reruns per widget change.

Run: .venv/bin/python -m benchmarks.autograd   (one line per figure; compare ratios within one run)
"""

from __future__ import annotations

import statistics
import time

from dlviz import limits
from dlviz.autograd.graphs import torchviz_dot
from dlviz.autograd.presets import PRESETS
from dlviz.autograd.run import run_expression
from dlviz.autograd.trace import autograd_graph_dot
from dlviz.autograd.variables import VariableSpec, build_variables
from tests.conftest import open_page

REPEATS = 7
CAP_EXPRESSION = "x" + "*1.01" * (limits.MAX_GRAPH_NODES.value - 3)


def median_ms(function, repeats: int = REPEATS) -> float:
    """Return the median wall time of function() in milliseconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def two_layer_graph() -> str:
    """Build, run backward on, trace and draw the seed's 64×1000 → 100 → 10 net."""
    preset = PRESETS["two_layer"]
    return autograd_graph_dot(run_expression(preset.expression, list(preset.variables), 0).graph)


def two_layer_torchviz() -> str:
    """Draw the same net with torchviz's make_dot."""
    preset = PRESETS["two_layer"]
    run = run_expression(preset.expression, list(preset.variables), 0, backward=False)
    return torchviz_dot(run.expression, build_variables(list(preset.variables), 0), True, True)


def cap_graph() -> str:
    """Build, run backward on, trace and draw a chain at the graph-node cap."""
    run = run_expression(CAP_EXPRESSION, [VariableSpec("x", "[1.0]", True)], 0)
    return autograd_graph_dot(run.graph)


def rerun_ms(at, change) -> float:
    """Return the median AppTest rerun time of a widget change cycled over its values."""
    kind, key, values = change
    times = []
    for index in range(REPEATS):
        element = getattr(at, kind)(key=key).set_value(values[index % len(values)])
        start = time.perf_counter()
        element.run()
        times.append((time.perf_counter() - start) * 1000)
        assert not at.exception, at.exception
    return statistics.median(times)


def main() -> None:
    """Print one line per figure."""
    cap_nodes = len(run_expression(CAP_EXPRESSION, [VariableSpec("x", "[1.0]", True)], 0).graph.nodes)
    print(
        f"two-layer net graph (run + backward + trace + DOT): {median_ms(two_layer_graph):.1f} ms (target < 1000)"
    )
    print(f"two-layer net torchviz make_dot (show_attrs, show_saved): {median_ms(two_layer_torchviz):.1f} ms")
    print(f"graph at the node cap ({cap_nodes} nodes), run + trace + DOT: {median_ms(cap_graph):.1f} ms")
    at = open_page("pages/autograd_lab.py", "en")
    for preset, section, change in [
        ("square_cube", "steps", ("slider", "autograd_step", [3, 5, 1])),
        ("two_layer", "graph", ("toggle", "autograd_show_saved", [True, False])),
        ("two_layer", "steps", ("slider", "autograd_step", [2, 6, 8])),
        ("chain", "expression", ("text_input", "autograd_var_value_w1", ["[2.0]", "[3.0]"])),
        ("chain", "accumulate", ("slider", "autograd_repeats", [5, 10, 3])),
        ("chain", "tracking", ("radio", "autograd_tracking_mode", ["no_grad", "detach", "tracked"])),
        ("chain", "check", ("selectbox", "autograd_var_dtype_x1", ["float64", "float32"])),
    ]:
        at.radio(key="autograd_section").set_value(section).run()
        at.selectbox(key="autograd_preset").set_value(preset).run()
        print(
            f"rerun, {preset} / {section} / {change[1]}: median {rerun_ms(at, change):.0f} ms (target < 200)"
        )
    at.radio(key="autograd_section").set_value("steps").run()
    at.text_input(key="autograd_expr").set_value(CAP_EXPRESSION).run()
    print(
        f"rerun, {cap_nodes}-node graph / steps / autograd_step: median "
        f"{rerun_ms(at, ('slider', 'autograd_step', [10, 150, 290])):.0f} ms (target < 200)"
    )
    at.radio(key="autograd_section").set_value("graph").run()
    print(
        f"rerun, {cap_nodes}-node graph / graph / show_attrs: median "
        f"{rerun_ms(at, ('toggle', 'autograd_show_attrs', [True, False])):.0f} ms (target < 200)"
    )
    for section, change in [
        ("custom", ("text_input", "autograd_sigmoid_values", ["[0.5, 1.0]", "[1.0, 2.0, 3.0]"])),
        ("descent", ("slider", "autograd_descent_steps", [20, 80, 50])),
        ("descent", ("slider", "autograd_w2_epochs", [10, 40, 20])),
        ("seeds", ("radio", "autograd_section", ["seeds"])),
    ]:
        at.radio(key="autograd_section").set_value(section).run()
        print(f"rerun, {section} / {change[1]}: median {rerun_ms(at, change):.0f} ms (target < 200)")


if __name__ == "__main__":
    main()
