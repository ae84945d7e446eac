"""Which epochs a Playground worker sends, and a steady clock to play them by.

A worker on a busy machine runs in bursts: stamped with wall time, its snapshots would come in clumps
and the browser would show one picture per clump. Instead the worker sends one epoch in every k,
k following its average speed over the last second (so one snapshot about every `period` seconds), and
stamps each with a clock that advances by those epochs at that speed: evenly spaced, and never more
than a second off the wall clock.
"""

from __future__ import annotations

from collections import deque

WINDOW_SECONDS = 1.0  # the speed is measured over this much of the recent past
MIN_WINDOW_SECONDS = 0.05  # before this much has passed, the speed is not known: snapshots go by the clock


class SnapshotPace:
    """Picks the epochs to send (one about every period seconds at the worker's average speed) and their clock."""

    def __init__(self, period: float, now: float):
        self.period = period
        self.started = now
        self.recent: deque[tuple[float, int]] = deque([(now, 0)])
        self.epochs = 0
        self.sent_at: int | None = None  # epochs done at the last snapshot
        self.clock = 0.0

    def speed(self, now: float) -> float | None:
        """Return epochs per second over the last WINDOW_SECONDS, or None while too little has passed."""
        while len(self.recent) > 1 and now - self.recent[1][0] >= WINDOW_SECONDS:
            self.recent.popleft()
        since, epochs = self.recent[0]
        if now - since < MIN_WINDOW_SECONDS or self.epochs == epochs:
            return None
        return (self.epochs - epochs) / (now - since)

    def wants(self, now: float) -> bool:
        """Return whether the coming epoch is one to send (by the clock until the speed is known)."""
        if self.sent_at is None:
            return True
        speed = self.speed(now)
        if speed is None:
            return now - self.started - self.clock >= self.period
        return self.epochs + 1 - self.sent_at >= max(1, round(speed * self.period))

    def done(self, now: float) -> None:
        """Count an epoch that has just finished."""
        self.epochs += 1
        self.recent.append((now, self.epochs))

    def stamp(self, now: float) -> float:
        """Return the clock of the snapshot of the epoch just done: steady, within a second of the wall clock."""
        wall = now - self.started
        speed = self.speed(now)
        if self.sent_at is None or speed is None:
            self.clock = wall
        else:
            self.clock = min(
                wall, max(wall - WINDOW_SECONDS, self.clock + (self.epochs - self.sent_at) / speed)
            )
        self.sent_at = self.epochs
        return self.clock
