"""Heavy work from a page: wait in the server's line (place and expected wait shown), run in a worker, always leave."""

from __future__ import annotations

import time
from collections.abc import Callable

from dlviz.jobs.admission import AdmissionQueue, Ticket, server_queue
from dlviz.jobs.process import WorkerJob
from dlviz.ui.i18n import tr

POLL_SECONDS = 0.25
STOP_GRACE_SECONDS = 3.0  # how long a stopped worker may take to send what it has
KILL_GRACE_SECONDS = 10.0  # past its time budget, a worker that has not stopped is killed
SETTLE_WAIT_SECONDS = STOP_GRACE_SECONDS + 3.0  # how long a new script run waits for an interrupted one


def wait_for_turn(queue: AdmissionQueue, ticket: Ticket, slot) -> None:
    """Return once the ticket holds a slot, showing the place in line and the expected wait meanwhile.

    The slot is redrawn on every poll: each draw is where Streamlit ends this script run when the
    visitor presses Stop, changes a setting or closes the tab, and the caller's `finally` then leaves
    the line.
    """
    while not queue.wait(ticket, POLL_SECONDS):
        slot.info(
            tr(
                "jobs.waiting",
                place=queue.place(ticket),
                running=queue.running(),
                seconds=f"{queue.expected_wait(ticket):.0f}",
            ),
            icon="⏳",
        )


def run_in_line(
    kind: str,
    estimate: float,
    max_seconds: float,
    progress_slot,
    start: Callable[[], WorkerJob],
    apply: Callable[[list], None],
    progress: Callable[[], float],
    draw: Callable[[], None],
    settle: Callable[[WorkerJob | None], None],
    refresh_seconds: float,
) -> WorkerJob:
    """Wait for a slot, start() the worker, then apply its messages, report progress() and draw() until it ends.

    Whatever ends this script run (Stop, any widget, a closed tab) lands in `finally`: the worker is told
    to stop and its last messages applied, the ticket leaves the line and settle(job) records the outcome.
    Past max_seconds plus a grace the worker is killed.
    """
    queue = server_queue()
    ticket = queue.join(kind, estimate)
    job = None
    try:
        wait_for_turn(queue, ticket, progress_slot)
        job = start()
        deadline = time.monotonic() + max_seconds + KILL_GRACE_SECONDS
        while not job.finished:
            apply(job.receive(refresh_seconds))
            queue.report(ticket, progress())
            if time.monotonic() > deadline:
                job.kill("time")
            draw()
    finally:  # no Streamlit call here: this thread may already be replaced by the next script run
        try:
            if job is not None and not job.finished:
                apply(job.finish(STOP_GRACE_SECONDS))
        finally:
            queue.leave(ticket)
            settle(job)
    return job
