"""One server-wide line for heavy work: at most `slots` jobs run at once, the others wait in order.

A ticket joins the line with an estimate of its work; `wait` returns once it holds a slot. The line
knows each waiting visitor's place and an expected wait, from the running jobs' time left (their
reported progress) and the estimates of the tickets ahead. A ticket that leaves (Stop, a closed tab,
the end of the job) frees its place or its slot at once.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from dataclasses import dataclass, field

from dlviz import limits


@dataclass(eq=False)
class Ticket:
    """One visitor's job in the line: what it is, its estimate, and when it joined and started."""

    kind: str
    estimate: float
    number: int
    joined: float = field(default_factory=time.monotonic)
    started: float | None = None
    progress: float = 0.0

    def remaining(self, now: float) -> float:
        """Return the expected seconds of work left: from progress once running, else the estimate."""
        if self.started is None:
            return self.estimate
        elapsed = now - self.started
        if self.progress > 0.02:
            return elapsed * (1 - self.progress) / self.progress
        return max(self.estimate - elapsed, 0.0)


class AdmissionQueue:
    """A first-come, first-served line with a fixed number of slots (thread-safe)."""

    def __init__(self, slots: int):
        self.slots = max(1, int(slots))
        self._condition = threading.Condition()
        self._waiting: list[Ticket] = []
        self._running: list[Ticket] = []
        self._numbers = itertools.count(1)

    def join(self, kind: str, estimate: float) -> Ticket:
        """Return a new ticket at the end of the line (admitted at once when a slot is free)."""
        with self._condition:
            ticket = Ticket(kind, max(float(estimate), 0.0), next(self._numbers))
            self._waiting.append(ticket)
            self._admit()
            return ticket

    def wait(self, ticket: Ticket, timeout: float) -> bool:
        """Wait up to timeout seconds for the ticket's slot; return whether it holds one."""
        with self._condition:
            if ticket.started is None and ticket in self._waiting:
                self._condition.wait_for(lambda: ticket.started is not None, timeout)
            return ticket.started is not None and ticket in self._running

    def leave(self, ticket: Ticket) -> None:
        """Take the ticket out of the line or free its slot; the next in line starts."""
        with self._condition:
            if ticket in self._waiting:
                self._waiting.remove(ticket)
            if ticket in self._running:
                self._running.remove(ticket)
            self._admit()

    def report(self, ticket: Ticket, progress: float) -> None:
        """Record a running job's progress (0..1), which sharpens the others' expected wait."""
        ticket.progress = min(max(float(progress), 0.0), 1.0)

    def place(self, ticket: Ticket) -> int:
        """Return the ticket's place in line (1 = next), or 0 once it runs or has left."""
        with self._condition:
            return self._waiting.index(ticket) + 1 if ticket in self._waiting else 0

    def expected_wait(self, ticket: Ticket) -> float:
        """Return the seconds until the ticket is expected to start (0 once it runs)."""
        with self._condition:
            if ticket not in self._waiting:
                return 0.0
            now = time.monotonic()
            free_at = [running.remaining(now) for running in self._running]
            free_at += [0.0] * (self.slots - len(free_at))
            heapq.heapify(free_at)
            for ahead in self._waiting[: self._waiting.index(ticket)]:
                heapq.heappush(free_at, heapq.heappop(free_at) + ahead.estimate)
            return free_at[0]

    def others_waiting(self) -> int:
        """Return how many tickets are waiting."""
        with self._condition:
            return len(self._waiting)

    def running(self) -> int:
        """Return how many tickets hold a slot."""
        with self._condition:
            return len(self._running)

    def _admit(self) -> None:
        """Start waiting tickets in order while slots are free (the caller holds the lock)."""
        while self._waiting and len(self._running) < self.slots:
            ticket = self._waiting.pop(0)
            ticket.started = time.monotonic()
            self._running.append(ticket)
        self._condition.notify_all()


_SERVER_QUEUE: AdmissionQueue | None = None
_SERVER_QUEUE_LOCK = threading.Lock()


def server_queue() -> AdmissionQueue:
    """Return this process's line for heavy jobs, with MAX_CONCURRENT_JOBS slots."""
    global _SERVER_QUEUE
    with _SERVER_QUEUE_LOCK:
        if _SERVER_QUEUE is None:
            _SERVER_QUEUE = AdmissionQueue(int(limits.MAX_CONCURRENT_JOBS.value))
        return _SERVER_QUEUE
