"""In-place operations (add_, mul_, zero_): who sees the change through shared memory, and when autograd refuses."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz.errors import UserFacingError, value_errors
from dlviz.tensors.codegen import literal_source, program
from dlviz.tensors.info import shares_memory, shares_memory_with_array

INPLACE_OPS = ("add_", "mul_", "zero_")
AUTOGRAD_CASES = ("leaf", "saved", "no_grad")


@dataclass(frozen=True)
class Observer:
    """Another name for (or copy of) t, its values before and after t changed, and whether it shares t's memory."""

    name: str
    before: torch.Tensor
    after: torch.Tensor
    shares_memory: bool

    @property
    def changed(self) -> bool:
        """Return whether the observer's values differ after the in-place operation."""
        return not torch.equal(self.before, self.after)


@dataclass(frozen=True)
class InPlace:
    """The observers of t (t itself, a row view, t.numpy(), a clone) before and after op, and the code."""

    observers: tuple[Observer, ...]
    code: str


def _call(op: str, value: float) -> str:
    """Return the source of the call, e.g. 'add_(5.0)' or 'zero_()'."""
    return f"{op}()" if op == "zero_" else f"{op}({value!r})"


@value_errors()
def apply_inplace(data, op: str, value: float) -> InPlace:
    """Return how t, v = t[0], n = t.numpy() and c = t.clone() look before and after t.<op>(value)."""
    if op not in INPLACE_OPS:
        raise UserFacingError("tensors.err.unknown_option", option=op)
    t = torch.tensor(data, dtype=torch.float32)
    if t.dim() == 0:
        raise UserFacingError("tensors.err.needs_dims", rank=1)
    v, n, c = t[0], t.numpy(), t.clone()
    before = {"t": t.clone(), "v": v.clone(), "n": torch.from_numpy(n.copy()), "c": c.clone()}
    getattr(t, op)(*([] if op == "zero_" else [value]))
    after = {"t": t, "v": v, "n": torch.from_numpy(n), "c": c}
    sharing = {
        "t": True,
        "v": shares_memory(v, t),
        "n": shares_memory_with_array(t, n),
        "c": shares_memory(c, t),
    }
    observers = tuple(Observer(name, before[name], after[name], sharing[name]) for name in before)
    code = program(
        f"t = torch.tensor({literal_source(data)}, dtype=torch.float32)",
        "v = t[0]          # a view: same storage",
        "n = t.numpy()     # a NumPy array on the same memory",
        "c = t.clone()     # a copy",
        f"t.{_call(op, value)}",
        "print(t)",
        "print(v)",
        "print(torch.from_numpy(n))",
        "print(c)",
        numpy=True,
    )
    return InPlace(observers, code)


@dataclass(frozen=True)
class AutogradCase:
    """What happened when an in-place op met autograd: torch's own message (None when it worked) and the code."""

    case: str
    error: str | None
    gradient: torch.Tensor | None
    code: str


_CASE_LINES = {
    "leaf": [
        "w = torch.tensor({data}, requires_grad=True)",
        "w.{call}",
    ],
    "saved": [
        "w = torch.tensor({data}, requires_grad=True)",
        "y = w.exp()       # exp saves its output for backward",
        "y.{call}",
        "y.sum().backward()",
    ],
    "no_grad": [
        "w = torch.tensor({data}, requires_grad=True)",
        "y = (w * w).sum()",
        "y.backward()",
        "with torch.no_grad():",
        "    w.{call}",
    ],
}


@value_errors()
def autograd_case(data, case: str, op: str, value: float) -> AutogradCase:
    """Run one in-place-with-autograd case; return torch's error message or w.grad after it worked."""
    if case not in AUTOGRAD_CASES or op not in INPLACE_OPS:
        raise UserFacingError("tensors.err.unknown_option", option=f"{case}/{op}")
    w = torch.tensor(data, dtype=torch.float32, requires_grad=True)
    call = _call(op, value)
    error = None
    gradient = None
    try:
        if case == "leaf":
            getattr(w, op)(*([] if op == "zero_" else [value]))
        elif case == "saved":
            y = w.exp()
            getattr(y, op)(*([] if op == "zero_" else [value]))
            y.sum().backward()
        else:
            (w * w).sum().backward()
            gradient = w.grad.clone()
            with torch.no_grad():
                getattr(w, op)(*([] if op == "zero_" else [value]))
    except RuntimeError as failure:
        error = str(failure).splitlines()[0]
    lines = [line.format(data=literal_source(data), call=call) for line in _CASE_LINES[case]]
    lines[0] = lines[0].replace("requires_grad=True", "dtype=torch.float32, requires_grad=True")
    body = ["try:", *(f"    {line}" for line in lines), "    print('ok')"]
    if case == "no_grad":
        body.append("    print(w.grad)")
    body += ["except RuntimeError as error:", "    print(str(error).splitlines()[0])"]
    return AutogradCase(case, error, gradient, program(*body))
