"""Every autograd example of the seed tutorials as a preset, with the result the seed states."""

from __future__ import annotations

from dataclasses import dataclass, field

from dlviz.autograd.variables import VariableSpec


@dataclass(frozen=True)
class Preset:
    """An expression with its variables, the seed it comes from, its stated gradients and what was corrected."""

    key: str
    seed: str
    expression: str
    variables: tuple[VariableSpec, ...]
    stated_grads: dict[str, list[float]] = field(default_factory=dict)
    corrections: tuple[str, ...] = ()


PRESETS = {
    preset.key: preset
    for preset in (
        Preset(
            "linear",
            "001",
            "x * 2 + 1",
            (VariableSpec("x", "[2.0]", True),),
            {"x": [2.0]},
        ),
        Preset(
            "sin_exp",
            "001",
            "(x.sin() * x.exp() + x.pow(3)).sum()",
            (VariableSpec("x", "[1.0, 2.0]", True),),
        ),
        Preset(
            "square_cube",
            "002",
            "x[0]**2 + x[1]**3",
            (VariableSpec("x", "[2.0, 3.0]", True),),
            {"x": [4.0, 27.0]},
        ),
        Preset(
            "two_layer",
            "002",
            "(x.mm(w1).clamp(min=0).mm(w2) - y).pow(2).sum()",
            (
                VariableSpec("x", "randn(64, 1000)"),
                VariableSpec("y", "randn(64, 10)"),
                VariableSpec("w1", "randn(1000, 100)", True),
                VariableSpec("w2", "randn(100, 10)", True),
            ),
        ),
        Preset(
            "power",
            "003",
            "x1 ** w1",
            (VariableSpec("x1", "[2.0]"), VariableSpec("w1", "[3.0]", True)),
        ),
        Preset(
            "chain",
            "003",
            "(w3 * torch.relu(w2 * (w1 * x1)) - target) ** 2",
            (
                VariableSpec("x1", "[2.0]"),
                VariableSpec("w1", "[3.0]", True),
                VariableSpec("w2", "[4.0]", True),
                VariableSpec("w3", "[5.0]", True),
                VariableSpec("target", "[1.0]"),
            ),
            corrections=("autograd.fix.parentheses", "autograd.fix.functional_relu"),
        ),
        Preset(
            "playground",
            "",
            "w3*relu(w2*(w1*x))",
            (
                VariableSpec("x", "[1.0, -2.0]"),
                VariableSpec("w1", "[0.5, 1.5]", True),
                VariableSpec("w2", "2.0", True),
                VariableSpec("w3", "[[1.0, -1.0]]", True),
            ),
        ),
    )
}
DEFAULT_PRESET = "square_cube"
