"""Plain PyTorch code reproducing each section's numbers for the current settings."""

from __future__ import annotations

import inspect

from dlviz.code_source import plain_source
from dlviz.graphs import seed_functions
from dlviz.graphs.scripting import INIT_SCALE, SIZES
from dlviz.graphs.timing import SEED_SIZES, WORKLOADS


def source(*objects) -> str:
    """Return the source of the functions and classes the page runs, so a panel cannot drift from them."""
    return "\n\n".join(inspect.getsource(item) for item in objects)


SEED_MODEL = source(seed_functions.model)

SEED_DATA = f"""generator = torch.Generator().manual_seed({{seed}})
N, D_in, H, D_out = {SIZES["N"]}, {SIZES["D_in"]}, {SIZES["H"]}, {SIZES["D_out"]}
x = torch.randn(N, D_in, generator=generator)
y = torch.randn(N, D_out, generator=generator)
w1 = (torch.randn(D_in, H, generator=generator) * {INIT_SCALE}).requires_grad_()
w2a = (torch.randn(H, D_out, generator=generator) * {INIT_SCALE}).requires_grad_()
w2b = (torch.randn(H, D_out, generator=generator) * {INIT_SCALE}).requires_grad_()
"""


def eager_code(x_values: list[float], threshold: float) -> str:
    """Return code running dynamic_model eagerly and printing y and x.grad."""
    return f"""import torch


{source(seed_functions.dynamic_model)}

x = torch.tensor({[float(v) for v in x_values]!r}, requires_grad=True)
threshold = {float(threshold)!r}
y = dynamic_model(x, threshold)
y.backward(torch.ones_like(x))
print("branch:", "x * 2" if x.sum() > threshold else "x / 2")
print("y =", y)
print("grad_fn:", y.grad_fn.name())
print("x.grad =", x.grad)
"""


def script_code(seed: int, steps: int, lr: float) -> str:
    """Return the tutorial's scripted training loop, corrected, printing each step's branch and loss."""
    return f"""import warnings

import torch

{SEED_MODEL}

with warnings.catch_warnings():
    warnings.simplefilter("ignore", FutureWarning)  # torch.jit.script is deprecated
    scripted = torch.jit.script(model)
print(scripted.code)
print("prim::If in graph:", "prim::If" in str(scripted.graph))

{SEED_DATA.format(seed=seed)}
prev_loss, learning_rate, losses = 5.0, {lr!r}, []
for t in range({steps}):
    loss = scripted(x, y, w1, w2a, w2b, prev_loss)
    loss.backward()
    got_grad = [name for name, w in (("w1", w1), ("w2a", w2a), ("w2b", w2b)) if w.grad is not None]
    print(t + 1, "w2a" if prev_loss < 5.0 else "w2b", round(loss.item(), 4), "grads:", got_grad)
    prev_loss = loss.item()
    losses.append(prev_loss)
    with torch.no_grad():
        for w in (w1, w2a, w2b):
            if w.grad is not None:  # only the branch taken has a gradient
                w -= learning_rate * w.grad
                w.grad = None
"""


def trace_code(seed: int, prev_loss_at_trace: float, prev_loss: float) -> str:
    """Return code tracing the tutorial's model at one prev_loss and comparing it with eager at another."""
    return f"""import warnings

import torch

{SEED_MODEL}

{SEED_DATA.format(seed=0)}
example = (x, y, w1.detach(), w2a.detach(), w2b.detach(), torch.tensor({prev_loss_at_trace!r}))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    traced = torch.jit.trace(model, example)
for warning in caught:
    print(warning.category.__name__, warning.message)
print(traced.code)

{SEED_DATA.format(seed=seed)}
args = (x, y, w1.detach(), w2a.detach(), w2b.detach())
with torch.no_grad():
    eager_loss = model(*args, {prev_loss!r}).item()
    traced_loss = traced(*args, torch.tensor({prev_loss!r})).item()
print("eager:", eager_loss, "traced:", traced_loss)
"""


def export_code(threshold: float, inputs: list[list[float]]) -> str:
    """Return code showing torch.fx and torch.export fail on the plain if, and torch.cond exporting."""
    classes = source(
        seed_functions.dynamic_model, seed_functions.SeedDynamicModel, seed_functions.CondDynamicModel
    )
    return f"""import torch
import torch.fx


{classes}

try:
    torch.fx.symbolic_trace(dynamic_model, concrete_args={{"threshold": {threshold!r}}})
except Exception as error:
    print("torch.fx:", type(error).__name__, error)

example = (torch.tensor([1.0, 2.0, 3.0]),)
try:
    torch.export.export(SeedDynamicModel({threshold!r}), example)
except Exception as error:
    print("torch.export:", type(error).__name__, str(error).splitlines()[0])

program = torch.export.export(CondDynamicModel({threshold!r}), example)
print(program)
outputs = [program.module()(torch.tensor(x)).tolist() for x in {inputs!r}]
print(outputs)
"""


def loop_code(scale: float, k: float) -> str:
    """Return code running the data-dependent loop eagerly and scripted, counting graph nodes."""
    return f"""import warnings

import torch


{source(seed_functions.double_while_small)}

x = (torch.tensor([1.0, 2.0, 2.0]) * {scale!r}).requires_grad_()
y = double_while_small(x, {k!r})
y.backward(torch.ones_like(y))


def count_backward_nodes(fn, seen=None):
    seen = set() if seen is None else seen
    if fn is not None and fn not in seen:
        seen.add(fn)
        for next_fn, _ in fn.next_functions:
            count_backward_nodes(next_fn, seen)
    return len(seen)


steps = count_backward_nodes(y.grad_fn) - 1 if y.grad_fn is not None else 0  # minus the leaf's AccumulateGrad
print("doublings recorded by autograd:", steps, "x.grad =", x.grad)

with warnings.catch_warnings():
    warnings.simplefilter("ignore", FutureWarning)  # torch.jit.script is deprecated
    scripted = torch.jit.script(double_while_small)
loops = [node for node in scripted.graph.nodes() if node.kind() == "prim::Loop"]
print("prim::Loop nodes in the scripted graph:", len(loops))
print(scripted.graph)
"""


TIMING_HELPER = """def median_seconds(fn, repeats=7, warmup=3):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
"""


def _timing_inputs(workload: str, size: int) -> str:
    """Return the line building a workload's inputs of a size, as dlviz.graphs.timing does."""
    if workload == "pointwise":
        return f"inputs = (torch.randn({size}, generator=generator),)\n"
    d_in, hidden, d_out = SEED_SIZES["D_in"], SEED_SIZES["H"], SEED_SIZES["D_out"]
    shapes = [(size, d_in), (size, d_out), (d_in, hidden), (hidden, d_out)]
    return f"inputs = tuple(torch.randn(*shape, generator=generator) for shape in {shapes})  # x, y, w1, w2\n"


def timing_code(workload: str, size: int) -> str:
    """Return the command that measured the table, and code timing one size by hand on the CPU."""
    function = WORKLOADS[workload].function
    helpers = plain_source(seed_functions.model) + "\n\n" if workload == "seed_model" else ""
    return (
        "# The table was measured with:  python -m benchmarks.graphs --device cpu   (or cuda:0)\n"
        "import statistics\nimport time\n\nimport torch\n\n\n"
        f"{helpers}{plain_source(function)}\n\n{TIMING_HELPER}\n\n"
        "generator = torch.Generator().manual_seed(0)\n"
        f"{_timing_inputs(workload, size)}"
        f"scripted = torch.jit.script({function.__name__})\n"
        f"compiled = torch.compile({function.__name__}, dynamic=False)  # needs a C++ compiler on CPU\n"
        "with torch.no_grad():\n"
        f"    for name, fn in [('eager', {function.__name__}), ('script', scripted), ('compile', compiled)]:\n"
        "        try:\n"
        "            print(name, median_seconds(lambda: fn(*inputs)), 's')\n"
        "        except Exception as error:  # torch.compile fails without a working C++ compiler\n"
        "            print(name, 'failed:', type(error).__name__)\n"
    )
