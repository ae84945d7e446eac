"""Each autograd example of the seed tutorials, run as the app runs it, beside the result the seed states or implies."""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from dlviz.autograd.accumulate import backward_repeatedly
from dlviz.autograd.by_hand import DEFAULT_LR, train_by_hand
from dlviz.autograd.custom_function import compare_sigmoid
from dlviz.autograd.descent import descend, train_w2_only
from dlviz.autograd.expression import parse_expression
from dlviz.autograd.presets import PRESETS
from dlviz.autograd.run import run_expression
from dlviz.autograd.trace import format_values
from dlviz.autograd.tracking import compare_updates


@dataclass(frozen=True)
class SeedExample:
    """One seed example: where it is from, what it should give, what the app gives."""

    seed: str
    example: str
    expected: str
    got: str
    matches: bool
    section: str


def _close(got: list[float], expected: list[float], tolerance: float = 1e-4) -> bool:
    """Return whether two lists of numbers agree to a relative tolerance."""
    return len(got) == len(expected) and all(
        math.isclose(a, b, rel_tol=tolerance, abs_tol=tolerance) for a, b in zip(got, expected, strict=True)
    )


def _preset_grads(key: str) -> dict[str, list[float]]:
    """Return the leaf gradients the app computes for a preset."""
    preset = PRESETS[key]
    run = run_expression(preset.expression, list(preset.variables), seed=0)
    return {name: grad.flatten().tolist() for name, grad in run.gradients().items()}


def seed_examples() -> list[SeedExample]:
    """Return every autograd example of seeds 001-003 with its expected and reproduced result."""
    examples = []

    def add(seed, example, expected, got, section):
        expected, got = [float(v) for v in expected], [float(v) for v in got]
        examples.append(
            SeedExample(
                seed, example, format_values(expected), format_values(got), _close(got, expected), section
            )
        )

    add("001", "linear", [2.0], _preset_grads("linear")["x"], "expression")
    x = [1.0, 2.0]
    analytic = [math.cos(v) * math.exp(v) + math.sin(v) * math.exp(v) + 3 * v * v for v in x]
    add("001", "sin_exp", analytic, _preset_grads("sin_exp")["x"], "expression")
    records = backward_repeatedly(
        parse_expression("x * 2"), {"x": torch.tensor([1.0], requires_grad=True)}, 3, "grad_zero"
    )
    add("001", "accumulate", [2.0, 2.0, 2.0], [r.grads["x"].item() for r in records], "accumulate")
    x_leaf = torch.tensor([1.0], requires_grad=True)
    with torch.no_grad():
        tracked = (x_leaf * 2).requires_grad
    examples.append(
        SeedExample(
            "001", "no_grad", "requires_grad=False", f"requires_grad={tracked}", not tracked, "tracking"
        )
    )
    add("002", "square_cube", [4.0, 27.0], _preset_grads("square_cube")["x"], "expression")
    preset = PRESETS["two_layer"]
    two_layer = run_expression(preset.expression, list(preset.variables), seed=0).gradients()
    shapes = f"w1.grad {tuple(two_layer['w1'].shape)}, w2.grad {tuple(two_layer['w2'].shape)}"
    expected_shapes = "w1.grad (1000, 100), w2.grad (100, 10)"
    examples.append(
        SeedExample("002", "two_layer", expected_shapes, shapes, shapes == expected_shapes, "graph")
    )
    trained = train_by_hand(0, DEFAULT_LR)
    got = f"{trained.losses[0]:.4g} → {trained.final_loss:.4g}"
    examples.append(
        SeedExample(
            "002",
            "two_layer_train",
            "losses[-1] < losses[0]",
            got,
            trained.final_loss < trained.losses[0],
            "by_hand",
        )
    )
    sigmoid = compare_sigmoid([1.0, 2.0, 3.0])
    add("002", "sigmoid", sigmoid.torch_grad, sigmoid.custom_grad, "custom")
    add("003", "power", [8 * math.log(2)], _preset_grads("power")["w1"], "expression")
    chain = _preset_grads("chain")
    loss_grad = 2 * (5 * 4 * 3 * 2 - 1)
    add(
        "003",
        "chain",
        [loss_grad * 5 * 4 * 2, loss_grad * 5 * 6, loss_grad * 24],
        chain["w1"] + chain["w2"] + chain["w3"],
        "expression",
    )
    updates = compare_updates(0.01)
    add("003", "data_update", updates.with_no_grad, updates.with_data, "tracking")
    hand, sgd = descend(5, 1e-4, True), descend(5, 1e-4, False)
    add("003", "optimizer", hand.params[-1], sgd.params[-1], "descent")
    w2_only = train_w2_only(20, 0.01)
    add("003", "w2_only", [1.0, 2 - 0.98**20], [w2_only.w1[-1], w2_only.w2[-1]], "descent")
    return examples
