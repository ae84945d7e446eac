"""Plain PyTorch code reproducing what each section of the arena shows."""

from __future__ import annotations

from dlviz.optim.optimizers import RACERS, OptimizerSettings
from dlviz.optim.surfaces import Surface
from dlviz.optim.trajectory import DIVERGENCE_BOUND


def arena_code(
    surface: Surface, names: list[str], start: tuple[float, float], settings: OptimizerSettings, steps: int
) -> str:
    """Return code that runs each optimizer from start and fills `paths` and `losses` as the page does."""
    makers = "\n".join(
        f'    "{name}": lambda params: {RACERS[name].source(settings, "params")},' for name in names
    )
    return f"""import math

import torch


def loss_fn(p):
    x, y = p[0], p[1]
    return {surface.expression}


optimizers = {{
{makers}
}}
paths, losses = {{}}, {{}}
for name, make_optimizer in optimizers.items():
    p = torch.tensor([{float(start[0])!r}, {float(start[1])!r}], dtype=torch.float64, requires_grad=True)
    optimizer = make_optimizer([p])
    paths[name], losses[name] = [], []
    for step in range({steps} + 1):
        loss = loss_fn(p)
        paths[name].append(p.detach().clone())
        if not math.isfinite(loss.item()) or p.abs().max().item() > {DIVERGENCE_BOUND:g}:
            print(f"{{name}} diverged at step {{step}}: loss is infinite from here on")
            break
        losses[name].append(loss.item())
        if step < {steps}:
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    print(f"{{name:9}} loss {{losses[name][-1]:.6g}} at {{paths[name][-1].tolist()}}")
"""
