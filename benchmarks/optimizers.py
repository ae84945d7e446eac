"""Benchmark of the Optimizer arena: what one widget change costs, part by part and as a whole page rerun.

    .venv/bin/python -m benchmarks.optimizers

Each line is one figure: a median over repeats after warm-up calls. The issue's target is a widget change in
the loss-surface section under 300 ms median with 200 steps of 7 optimizers; the `page rerun` lines measure
that through AppTest. `optimizers_steps` takes a new value every rerun, so all 7 paths are recomputed; a rate
or momentum change recomputes only the optimizers that use it (the page keeps the others per session).
"""

from __future__ import annotations

import itertools
import statistics
import time

import plotly.io
import torch

from dlviz.device import median_seconds
from dlviz.optim.arena_figures import arena_figure, loss_figure
from dlviz.optim.minibatch import gradient_noise, line_data, sgd_run
from dlviz.optim.optimizers import RACERS, OptimizerSettings
from dlviz.optim.schedules import SCHEDULES, ScheduleSettings, schedule_run
from dlviz.optim.surfaces import SURFACE_NAMES, get_surface
from dlviz.optim.trajectory import run_trajectories

STEPS = 200
TEXT = {key: key for key in ("minimum", "start", "play", "pause", "step", "diverged", "loss_axis")}


def ms(seconds: float) -> str:
    """Format seconds as milliseconds."""
    return f"{seconds * 1e3:.1f} ms"


def bare_sgd_loop(steps: int = 7 * STEPS) -> None:
    """Run the plainest real optimizer loop: 1400 zero_grad/forward/backward/SGD steps on one 2-vector."""
    p = torch.tensor([-1.5, 2.0], dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([p], lr=1e-3)
    for _ in range(steps):
        optimizer.zero_grad()
        ((1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2).backward()
        optimizer.step()


def reference() -> None:
    """Print the time of the bare loop: the floor for 7 x 200 real optimizer steps on this machine, now."""
    print(
        f"reference: bare loop of {7 * STEPS} torch.optim.SGD steps = {ms(median_seconds(bare_sgd_loop))} "
        "(machine-load yardstick)",
        flush=True,
    )


def arena_parts() -> None:
    """Print compute, figure-building and serialization times of the arena for each surface."""
    names = tuple(RACERS)
    labels = {n: n for n in names}
    for name in SURFACE_NAMES:
        surface = get_surface(name)
        settings = OptimizerSettings(sgd_lr=surface.sgd_lr, adaptive_lr=surface.adaptive_lr)
        runs = run_trajectories(surface, names, surface.start, settings, STEPS)
        compute = median_seconds(
            lambda s=surface, st=settings: run_trajectories(s, names, s.start, st, STEPS)
        )
        figures = median_seconds(
            lambda s=surface, r=runs: (arena_figure(s, r, labels, TEXT), loss_figure(s, r, labels, TEXT))
        )
        paths = arena_figure(surface, runs, labels, TEXT)
        losses = loss_figure(surface, runs, labels, TEXT)
        to_json = median_seconds(lambda p=paths, q=losses: (plotly.io.to_json(p), plotly.io.to_json(q)))
        size = len(plotly.io.to_json(paths)) / 1e3
        print(
            f"arena {name}: 7 optimizers x {STEPS} steps compute={ms(compute)} figures={ms(figures)} "
            f"to_json={ms(to_json)} total={ms(compute + figures + to_json)} (paths figure {size:.0f} kB)",
            flush=True,
        )


def other_parts() -> None:
    """Print the compute time of the schedules and batch-size sections."""
    settings = ScheduleSettings()
    total = median_seconds(lambda: [schedule_run(name, settings) for name in SCHEDULES])
    print(f"schedules: all 6 x {settings.epochs} epochs compute={ms(total)}", flush=True)
    x, y = line_data(0)
    for batch in (1, 8, 128):
        run = median_seconds(lambda b=batch: sgd_run(x, y, b, 0.1, 3, 0), repeats=3, warmup=1)
        print(f"batch size {batch}: 3 epochs of SGD compute={ms(run)}", flush=True)
    noise = median_seconds(lambda: gradient_noise(x, y, (-1.5, -1.5), 8, 0))
    print(f"gradient noise: 8 batch sizes x 300 batches compute={ms(noise)}", flush=True)


def page_reruns(section: str, changes, repeats: int = 9) -> None:
    """Print the median AppTest rerun time of a section as one widget changes value every rerun."""
    from tests.conftest import open_page

    at = open_page("pages/optimizer_arena.py", "en")
    if section != "arena":
        at.radio(key="optimizers_section").set_value(section).run()
    kind, key, values = changes
    times = []
    for value in (
        values[: repeats + 1]
        if len(values) > repeats
        else itertools.islice(itertools.cycle(values), repeats + 1)
    ):
        start = time.perf_counter()
        getattr(at, kind)(key=key).set_value(value).run()
        times.append(time.perf_counter() - start)
        assert not at.exception, at.exception
    print(
        f"page rerun {section} ({key}): median={ms(statistics.median(times[1:]))} over {repeats} changes",
        flush=True,
    )


def main() -> None:
    """Print every figure."""
    reference()
    arena_parts()
    other_parts()
    page_reruns("arena", ("slider", "optimizers_steps", [190, 200, 210, 220, 180, 170, 230, 160, 240, 150]))
    page_reruns(
        "arena", ("select_slider", "optimizers_adaptive_lr_bowl", [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0])
    )
    page_reruns("arena", ("slider", "optimizers_momentum", [0.5, 0.6, 0.7, 0.8, 0.85, 0.95, 0.97]))
    page_reruns("schedules", ("slider", "optimizers_sched_epochs", [50, 60, 70, 80, 90, 110, 120]))
    page_reruns("batch", ("select_slider", "optimizers_batch_lr", [0.01, 0.02, 0.05, 0.2, 0.5, 1.0, 1.5]))


if __name__ == "__main__":
    main()
