"""Waiting in the server's line for heavy work: the visitor sees their place and the expected wait."""

from __future__ import annotations

from dlviz.jobs.admission import AdmissionQueue, Ticket
from dlviz.ui.i18n import tr

POLL_SECONDS = 0.25


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
