"""torchviz's make_dot view of an expression, beside the project's own graph."""

from __future__ import annotations

import torch
from torchviz import make_dot

from dlviz.autograd.expression import Expression, evaluate_expression
from dlviz.budget import check_dry_run
from dlviz.errors import value_errors


@value_errors()
def torchviz_dot(
    expression: Expression, variables: dict[str, torch.Tensor], show_attrs: bool, show_saved: bool
) -> str:
    """Return torchviz's DOT source for a fresh forward pass (saved tensors still alive), parameters named.

    Refused above MAX_ACTION_BYTES, measured by a dry run of the forward pass on the meta device.
    """
    check_dry_run("limits.hint.expression", evaluate_expression, expression, variables)
    output = evaluate_expression(expression, variables)
    params = {name: value for name, value in variables.items() if value.requires_grad}
    return make_dot(output, params=params, show_attrs=show_attrs, show_saved=show_saved).source


def torchviz_code(torch_source: str, leaf_names: list[str], show_attrs: bool, show_saved: bool) -> str:
    """Return the lines that redo the forward pass and draw its torchviz graph with the named parameters."""
    params = ", ".join(f'"{name}": {name}' for name in leaf_names)
    return (
        "\nfrom torchviz import make_dot\n\n"
        f"out = {torch_source}  # a fresh forward pass: backward freed the saved tensors\n"
        f"dot = make_dot(out, params={{{params}}}, show_attrs={show_attrs}, show_saved={show_saved})\n"
        "print(dot.source)\n"
    )
