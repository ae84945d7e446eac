"""Record the backward pass node by node, in the order autograd's engine runs it."""

from __future__ import annotations

from dataclasses import dataclass, replace

import torch

from dlviz.autograd.trace import AutogradGraph, grad_functions, small_values
from dlviz.budget import Deadline

LOCAL_DERIVATIVE_KEYS = {
    "AddBackward0": "add",
    "AddBackward1": "add",
    "SubBackward0": "sub",
    "SubBackward1": "sub",
    "RsubBackward1": "rsub",
    "MulBackward0": "mul",
    "MulBackward1": "mul_const",
    "DivBackward0": "div",
    "DivBackward1": "mul_const",
    "PowBackward0": "pow",
    "PowBackward1": "pow_tensor",
    "SinBackward0": "sin",
    "CosBackward0": "cos",
    "ExpBackward0": "exp",
    "LogBackward0": "log",
    "SqrtBackward0": "sqrt",
    "TanhBackward0": "tanh",
    "SigmoidBackward0": "sigmoid",
    "ReluBackward0": "relu",
    "ClampMinBackward0": "relu",
    "ClampBackward1": "clamp",
    "NegBackward0": "neg",
    "AbsBackward0": "abs",
    "SumBackward0": "sum",
    "SumBackward1": "sum",
    "MeanBackward0": "mean",
    "MeanBackward1": "mean",
    "MmBackward0": "mm",
    "MvBackward0": "mm",
    "DotBackward0": "mm",
    "SelectBackward0": "select",
    "SliceBackward0": "select",
    "IndexBackward0": "select",
    "TBackward0": "transpose",
    "TransposeBackward0": "transpose",
    "PermuteBackward0": "transpose",
    "ViewBackward0": "reshape",
    "ReshapeAliasBackward0": "reshape",
    "UnsqueezeBackward0": "reshape",
    "SqueezeBackward0": "reshape",
    "ExpandBackward0": "sum",
    "torch::autograd::AccumulateGrad": "accumulate",
}


@dataclass
class BackwardStep:
    """One backward function run: the gradient it received and the gradients it sent on."""

    index: int
    node_id: str
    op: str
    local_key: str
    grad_output: torch.Tensor | None
    grad_inputs: list[tuple[str | None, torch.Tensor | None]]
    local_derivatives: list[torch.Tensor | None]


def local_derivative_key(op: str) -> str:
    """Return the i18n key explaining the local derivative of a backward function."""
    if op.endswith("Backward") and not op.endswith("Backward0"):
        return "autograd.local.custom"
    return f"autograd.local.{LOCAL_DERIVATIVE_KEYS.get(op, 'other')}"


def record_backward(
    root: torch.Tensor,
    gradient: torch.Tensor | None = None,
    deadline: Deadline | None = None,
    **backward_kwargs,
) -> list[BackwardStep]:
    """Run root.backward(gradient) and return each backward function's step in execution order.

    The pass stops with a translated message once the deadline (MAX_EVALUATION_SECONDS by default) passes.
    """
    functions = grad_functions(root)
    node_ids = {fn: f"n{index}" for index, fn in enumerate(functions)}
    steps: list[BackwardStep] = []
    deadline = deadline or Deadline()
    handles = [fn.register_hook(_step_recorder(fn, node_ids, steps, deadline)) for fn in functions]
    try:
        root.backward(gradient, **backward_kwargs)
    finally:
        for handle in handles:
            handle.remove()
    return steps


def _step_recorder(fn, node_ids: dict, steps: list[BackwardStep], deadline: Deadline):
    """Return a hook that appends the step of fn when the engine runs it."""

    def record(grad_inputs, grad_outputs):
        deadline.check()
        grad_output = _detached(grad_outputs[0]) if grad_outputs else None
        targets = [node_ids.get(next_fn) if next_fn is not None else None for next_fn, _ in fn.next_functions]
        sent = [(target, _detached(grad)) for target, grad in zip(targets, grad_inputs, strict=False)]
        locals_ = [_elementwise_local(grad_output, grad) for _, grad in sent]
        op = fn.name()
        steps.append(
            BackwardStep(len(steps), node_ids[fn], op, local_derivative_key(op), grad_output, sent, locals_)
        )

    return record


def _detached(grad) -> torch.Tensor | None:
    """Return a detached copy of a gradient (or None)."""
    return None if grad is None else grad.detach().clone()


def _elementwise_local(grad_output, grad_input) -> torch.Tensor | None:
    """Return grad_input / grad_output when both are the same shape with no zero, i.e. the local derivative."""
    if grad_output is None or grad_input is None:
        return None
    if grad_output.is_meta:
        return _meta_local(grad_output, grad_input)
    if grad_output.shape != grad_input.shape:
        if grad_output.numel() == 1 and grad_output.item() != 0:
            return grad_input / grad_output.reshape(())
        return None
    if bool((grad_output == 0).any()):
        return None
    return grad_input / grad_output


def _meta_local(grad_output: torch.Tensor, grad_input: torch.Tensor) -> torch.Tensor | None:
    """Allocate on the meta device what _elementwise_local may allocate (the zero test, the quotient): a dry run counts it."""
    if grad_output.shape != grad_input.shape:
        return torch.empty_like(grad_input) if grad_output.numel() == 1 else None
    torch.empty_like(grad_output, dtype=torch.bool)
    torch.empty((), dtype=torch.bool)
    return torch.empty_like(grad_input, dtype=torch.result_type(grad_input, grad_output))


def graph_with_flowing_grads(
    graph: AutogradGraph, steps: list[BackwardStep], root_grad=None
) -> AutogradGraph:
    """Return a copy of graph where each op node shows the gradient that flowed into it."""
    received = {step.node_id: step.grad_output for step in steps}
    nodes = []
    for node in graph.nodes:
        if node.kind == "op" and node.grad is None and received.get(node.id) is not None:
            node = replace(node, grad=small_values(received[node.id]))
        if node.kind == "output" and node.grad is None and root_grad is not None:
            node = replace(node, grad=small_values(root_grad))
        nodes.append(node)
    return AutogradGraph(nodes, list(graph.edges))


@dataclass
class Contribution:
    """One term of a leaf's gradient: the gradient a backward function sent to it."""

    step: BackwardStep
    sent: torch.Tensor
    local: torch.Tensor | None


def gradient_contributions(steps: list[BackwardStep], node_id: str) -> list[Contribution]:
    """Return the terms that autograd summed into a node's gradient, in execution order."""
    terms = []
    for step in steps:
        for (target, grad), local in zip(step.grad_inputs, step.local_derivatives, strict=True):
            if target == node_id and grad is not None:
                terms.append(Contribution(step, grad, local))
    return terms
