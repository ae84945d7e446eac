"""The tutorial's custom autograd Function: a Sigmoid that saves its result for backward."""

from __future__ import annotations

import ast
import inspect
import math
from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.autograd.trace import AutogradGraph, trace_autograd_graph
from dlviz.errors import UserFacingError, value_errors

MAX_SIGMOID_INPUTS = 16


class SigmoidFunction(torch.autograd.Function):
    """sigmoid(x) = 1 / (1 + exp(-x)); backward uses the saved result: grad * s * (1 - s)."""

    @staticmethod
    def forward(ctx, input):
        result = 1 / (1 + torch.exp(-input))
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        (result,) = ctx.saved_tensors
        return grad_output * result * (1 - result)


def parse_sigmoid_inputs(text: str) -> list[float]:
    """Return a non-empty flat list of at most 16 numbers from a literal, or raise UserFacingError."""
    limits.MAX_TEXT_INPUT_CHARS.check(len(text))
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise UserFacingError("autograd.err.number_list") from None
    value = [value] if isinstance(value, (int, float)) and not isinstance(value, bool) else value
    if not isinstance(value, (list, tuple)) or not value or len(value) > MAX_SIGMOID_INPUTS:
        raise UserFacingError("autograd.err.number_list")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
        raise UserFacingError("autograd.err.number_list")
    for number in value:
        if isinstance(number, int) and abs(number) > 1.7e308:
            text = str(number)
            raise UserFacingError("autograd.err.sigmoid_number", value=text[:8] + f"… ({len(text)} digits)")
        if isinstance(number, float) and math.isnan(number):
            raise UserFacingError("autograd.err.number_list")
    return [float(v) for v in value]


@dataclass
class SigmoidComparison:
    """The custom Sigmoid beside torch.sigmoid: forward values, gradients, gradcheck and the graph."""

    inputs: list[float]
    custom_forward: list[float]
    torch_forward: list[float]
    custom_grad: list[float]
    torch_grad: list[float]
    gradcheck_passed: bool
    graph: AutogradGraph


@value_errors()
def compare_sigmoid(values: list[float]) -> SigmoidComparison:
    """Return the custom Function and torch.sigmoid on the same inputs, backward with ones_like as the seed does."""
    x = torch.tensor(values, requires_grad=True)
    y = SigmoidFunction.apply(x)
    graph = trace_autograd_graph(y, {"x": x, "y": y})
    y.backward(torch.ones_like(x))
    reference_input = torch.tensor(values, requires_grad=True)
    reference = torch.sigmoid(reference_input)
    reference.backward(torch.ones_like(reference_input))
    double = torch.tensor(values, dtype=torch.float64, requires_grad=True)
    passed = torch.autograd.gradcheck(SigmoidFunction.apply, (double,))
    return SigmoidComparison(
        list(values),
        y.detach().tolist(),
        reference.detach().tolist(),
        x.grad.tolist(),
        reference_input.grad.tolist(),
        bool(passed),
        graph,
    )


SIGMOID_DRIVER = """
x = torch.tensor({values}, requires_grad=True)
y = SigmoidFunction.apply(x)
print(y.grad_fn, y.grad_fn.saved_tensors)
y.backward(torch.ones_like(x))
print(y)
print(x.grad)
print(torch.sigmoid(x))
double = torch.tensor({values}, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(SigmoidFunction.apply, (double,)))
"""


def sigmoid_code(values: list[float]) -> str:
    """Return the plain PyTorch code of the custom Sigmoid comparison."""
    source = inspect.getsource(SigmoidFunction)  # the class the page runs, so the panel cannot drift from it
    return f"import torch\n\n\n{source}\n" + SIGMOID_DRIVER.format(values=[float(v) for v in values])
