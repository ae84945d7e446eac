"""A visitor's Playground on a shared server: its run, its turn in the server's line, the worker that trains it.

Training never runs in the server process. Play is one worker job at a time that streams snapshots
(the full training state after an epoch, a few dozen a second); Step is a short job. The page calls
`tick()` a few times a second while something is under way: a tick starts the worker once the line
lets it, takes the snapshots it sent, hands the slot to those waiting after a turn, and ends a run at
its budget. No call waits for long, so Pause, Step and Reset act at once. Pause can go back to the
snapshot the visitor was looking at, so what was on screen is exactly where training goes on.
A runner that nobody ticks for a lease (a closed tab) is suspended by a reaper thread: its worker
stops and it leaves the line; a later tick picks up where it was.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field

import torch

from dlviz import limits
from dlviz.errors import UserFacingError
from dlviz.jobs.admission import AdmissionQueue, Ticket, server_queue
from dlviz.jobs.process import WorkerJob
from dlviz.playground.experiment import LossHistory, SplitData, check_settings, split_data
from dlviz.playground.job import JobEnd, Snapshot, TrainRequest, train_job
from dlviz.playground.network import build_network
from dlviz.playground.settings import PlaygroundSettings
from dlviz.playground.state import TrainState, flat_weights

IDLE, PLAYING, STEPPING = "idle", "playing", "stepping"
SNAPSHOT_SECONDS = 1 / 30  # a worker sends the state this often: the browser paints each one
SNAPSHOT_WEIGHTS_PER_SECOND = 50_000  # bigger networks send fewer snapshots (bytes to the browser)
FRAME_KEEP_SECONDS = 6.0  # snapshots kept for Pause to go back to: longer than the canvas lags behind
STOP_GRACE_SECONDS = 3.0  # a stopped worker finishes its epoch and says goodbye within this
KILL_GRACE_SECONDS = (
    30.0  # a worker checks its budget between epochs; one still going this long after is killed
)
STARTUP_SECONDS = (
    60.0  # how long a worker may take to send its first snapshot (a cold server, a busy machine)
)
REAP_EVERY_SECONDS = 1.0


@dataclass(frozen=True)
class Budgets:
    """What one visitor's Playground may use of the shared server."""

    step_seconds: float
    play_seconds: float
    turn_seconds: float
    max_epochs: int
    memory_mb: float
    lease_seconds: float = 10.0

    @classmethod
    def from_limits(cls) -> Budgets:
        """Return the budgets set in dlviz.limits (read now: a worker cannot see later changes)."""
        return cls(
            step_seconds=float(limits.MAX_PLAYGROUND_STEP_SECONDS.value),
            play_seconds=float(limits.MAX_PLAYGROUND_PLAY_SECONDS.value),
            turn_seconds=float(limits.MAX_PLAYGROUND_TURN_SECONDS.value),
            max_epochs=int(limits.MAX_PLAYGROUND_EPOCHS.value),
            memory_mb=float(limits.MAX_JOB_MEMORY_MB.value),
        )


@dataclass(frozen=True)
class Frame:
    """One snapshot as the browser plays it: seconds of training so far, the state, that epoch's losses."""

    clock: float
    state: TrainState
    losses: tuple[float, float, float] | None


@dataclass(frozen=True)
class Notice:
    """A message for the visitor: an i18n key and its parameters."""

    key: str
    params: dict = field(default_factory=dict)


def initial_state(settings: PlaygroundSettings) -> TrainState:
    """Return the untrained network's state (initialised from the seed, off torch's shared generator)."""
    check_settings(settings)
    outputs = settings.num_classes or 1
    model = build_network(
        len(settings.features), settings.hidden, outputs, settings.activation, settings.dropout, settings.seed
    )
    return TrainState(epoch=0, global_step=0, weights=flat_weights(model))


class PlaygroundRunner:
    """One visitor's Playground run: state, loss history, and the line ticket and worker while training."""

    def __init__(
        self,
        settings: PlaygroundSettings,
        device: str | torch.device = "cpu",
        queue: AdmissionQueue | None = None,
        budgets: Budgets | None = None,
    ):
        self.settings = settings
        self.device = str(device)
        self.queue = queue if queue is not None else server_queue()
        self.budgets = budgets if budgets is not None else Budgets.from_limits()
        self.state = initial_state(settings)
        self.data: SplitData = split_data(settings)
        self.history = LossHistory()
        self.grad_norm_epochs: list[int] = []
        self.layer_grad_norms: dict[str, list[float]] = {}
        self.mode = IDLE
        self.version = 0  # changes whenever the state moves other than by streamed snapshots
        self.notice: Notice | None = None
        self.frames: deque[Frame] = deque([Frame(0.0, self.state, None)])
        self.ticket: Ticket | None = None
        self.job: WorkerJob | None = None
        self.job_started = 0.0
        self.job_heard: float | None = None  # when the worker started its clock, as this process sees it
        self.job_max_seconds = 0.0
        self.job_clock = 0.0
        self.played = 0.0  # seconds this play session has trained (holding a slot)
        self.step_epochs = 0
        self.last_seen = time.monotonic()
        self.lock = threading.RLock()

    @property
    def epoch(self) -> int:
        """Return the number of epochs trained so far."""
        return self.state.epoch

    @property
    def waiting(self) -> bool:
        """Return whether this run is waiting in the server's line."""
        return self.ticket is not None and self.queue.place(self.ticket) > 0

    def place(self) -> tuple[int, int, float]:
        """Return (place in line, jobs running now, expected seconds to wait)."""
        ticket = self.ticket
        if ticket is None:
            return 0, self.queue.running(), 0.0
        return self.queue.place(ticket), self.queue.running(), self.queue.expected_wait(ticket)

    def play(self, ticket: Ticket | None = None) -> None:
        """Train until paused (or a budget ends it), once the line lets this run start (or with ticket's place)."""
        with self.lock:
            self.notice = None
            if self.mode == PLAYING:
                return
            self._end_job()
            if self.state.epoch >= self.budgets.max_epochs:
                self.notice = Notice("playground.at_cap", {"cap": self.budgets.max_epochs})
                self.mode = IDLE
                self._leave()
                return
            self.mode = PLAYING
            self.played = 0.0
            if ticket is not None and self.ticket is None:
                self.ticket = ticket
                _watch(self)
            self._join()

    def pause(self, shown_epoch: int | None = None) -> None:
        """Stop training and leave the line; go back to the snapshot at shown_epoch when it is still kept."""
        with self.lock:
            self._end_job()
            self._leave()
            if shown_epoch is not None:
                self._rewind(int(shown_epoch))
            if self.mode != IDLE:
                self.version += 1
            self.mode = IDLE
            self._trim_frames(keep_last_only=True)

    def step(self, epochs: int, shown_epoch: int | None = None) -> None:
        """Pause, then train epochs more epochs (a short job) once the line lets it."""
        with self.lock:
            self.pause(shown_epoch)
            self.notice = None
            if self.state.epoch >= self.budgets.max_epochs:
                self.notice = Notice("playground.at_cap", {"cap": self.budgets.max_epochs})
                return
            self.mode = STEPPING
            self.step_epochs = int(epochs)
            self._join()

    def reset(self) -> None:
        """Start again from the untrained network; while playing, go on playing it, keeping the place in line."""
        with self.lock:
            self._end_job()
            if self.mode != PLAYING:
                self._leave()
                self.mode = IDLE
            self.state = initial_state(self.settings)
            self.history = LossHistory()
            self.grad_norm_epochs, self.layer_grad_norms = [], {}
            self.frames = deque([Frame(0.0, self.state, None)])
            self.notice = None
            self.version += 1

    def hand_over(self) -> Ticket | None:
        """Stop the worker and give up this run's place in line to the run that replaces it (a new setting)."""
        with self.lock:
            self._end_job()
            ticket, self.ticket = self.ticket, None
            _forget(self)
            self.mode = IDLE
            return ticket

    def close(self) -> None:
        """Stop the worker and leave the line (the run keeps what it learned)."""
        with self.lock:
            self._end_job()
            self._leave()
            self.mode = IDLE

    def tick(self) -> None:
        """Move the run on: start the worker when the line allows, take its snapshots, end or yield its turn."""
        with self.lock:
            self.last_seen = time.monotonic()
            if self.mode == IDLE:
                return
            if self.job is None:
                self._join()
                if not self.queue.wait(self.ticket, 0):
                    return
                self._start_job()
            self._take(self.job.receive(0))
            if self.job.finished:
                self._job_ended()
                return
            held = time.monotonic() - self.job_started
            self.queue.report(self.ticket, min(held / max(self.budgets.turn_seconds, 1e-9), 1.0))
            if held > self._job_deadline():
                self.job.kill("time")
            elif self.mode == PLAYING and held >= self.budgets.turn_seconds and self.queue.others_waiting():
                self._end_job()  # a turn is over and others wait: back to the end of the line
                self._leave()
                self._join()

    def expire(self, now: float) -> None:
        """Suspend the run when nobody has ticked it for the lease: stop its worker, leave the line."""
        if not self.lock.acquire(timeout=0.1):
            return
        try:
            busy = self.job is not None or self.ticket is not None
            if busy and now - self.last_seen > self.budgets.lease_seconds:
                self._end_job()
                self._leave()
        finally:
            self.lock.release()

    def _join(self) -> None:
        """Take a place in the server's line unless this run has one."""
        if self.ticket is None:
            estimate = self.budgets.turn_seconds if self.mode == PLAYING else self.budgets.step_seconds
            self.ticket = self.queue.join("playground", estimate)
            _watch(self)

    def _leave(self) -> None:
        """Give back the place or the slot in the line."""
        if self.ticket is not None:
            self.queue.leave(self.ticket)
            self.ticket = None
            _forget(self)

    def _start_job(self) -> None:
        """Start the worker that trains this run's next stretch."""
        playing = self.mode == PLAYING
        self.job_max_seconds = (
            max(self.budgets.play_seconds - self.played, 0.0) if playing else self.budgets.step_seconds
        )
        request = TrainRequest(
            self.settings,
            self.state,
            self.device,
            None if playing else self.step_epochs,
            self.job_max_seconds,
            self.budgets.max_epochs,
            max(SNAPSHOT_SECONDS, len(self.state.weights) / SNAPSHOT_WEIGHTS_PER_SECOND),
        )
        on_cpu = torch.device(self.device).type == "cpu"
        self.job = WorkerJob(train_job, request, self.budgets.memory_mb if on_cpu else None)
        self.job_started = time.monotonic()
        self.job_heard = None
        self.job_clock = self.frames[-1].clock if self.frames else 0.0

    def _job_deadline(self) -> float:
        """Return the seconds after its start past which the worker is killed: its budget, a grace, its start-up."""
        startup = self.job_heard - self.job_started if self.job_heard is not None else STARTUP_SECONDS
        return startup + self.job_max_seconds + KILL_GRACE_SECONDS

    def _take(self, messages: list) -> None:
        """Apply the worker's snapshots: state, loss history, gradient norms and frames for the browser."""
        for message in messages:
            if not isinstance(message, Snapshot):
                continue
            for losses in message.losses:
                self.history.add(losses)
            if message.grad_norms:
                self.grad_norm_epochs.append(message.state.epoch)
                for name, value in message.grad_norms.items():
                    self.layer_grad_norms.setdefault(name, []).append(value)
            self.state = message.state
            if self.job_heard is None:
                self.job_heard = time.monotonic() - message.seconds
            self.frames.append(Frame(self.job_clock + message.seconds, message.state, message.losses[-1]))
        self._trim_frames()

    def _end_job(self) -> None:
        """Stop the worker (if any), keeping every snapshot it sent."""
        if self.job is None:
            return
        self._take(self.job.finish(STOP_GRACE_SECONDS))
        self._settle(self.job)

    def _job_ended(self) -> None:
        """Note how a job that ended by itself ended, and go idle."""
        end = self._settle(self.job)
        self._leave()
        if self.notice is None and isinstance(end, JobEnd):
            if end.reason == "cap":
                self.notice = Notice("playground.at_cap", {"cap": self.budgets.max_epochs})
            elif end.reason == "time" and self.mode == STEPPING:
                self.notice = Notice(
                    "playground.step_budget",
                    {
                        "seconds": f"{self.budgets.step_seconds:g}",
                        "ran": end.epochs,
                        "asked": self.step_epochs,
                    },
                )
            elif end.reason == "time":
                self.notice = Notice("playground.play_budget", {"seconds": f"{self.budgets.play_seconds:g}"})
        if self.mode == STEPPING:
            self.version += 1
        self.mode = IDLE
        self._trim_frames(keep_last_only=True)

    def _settle(self, job: WorkerJob) -> JobEnd | None:
        """Forget the finished job; count its time; keep its user-facing error as the notice."""
        self.job = None
        self.played += time.monotonic() - self.job_started
        outcome = job.outcome
        if outcome is not None and isinstance(outcome.error, UserFacingError):
            self.notice = Notice(outcome.error.key, dict(outcome.error.params))
        return outcome.result if outcome is not None else None

    def _rewind(self, epoch: int) -> None:
        """Go back to the kept snapshot after epoch epochs (the one on the visitor's screen), if there is one."""
        kept = [frame for frame in self.frames if frame.state.epoch == epoch]
        if not kept or epoch >= self.state.epoch:
            return
        self.state = kept[-1].state
        self.history.keep_first(epoch)
        while self.grad_norm_epochs and self.grad_norm_epochs[-1] > epoch:
            self.grad_norm_epochs.pop()
            for values in self.layer_grad_norms.values():
                values.pop()
        while self.frames and self.frames[-1].state.epoch > epoch:
            self.frames.pop()

    def _trim_frames(self, keep_last_only: bool = False) -> None:
        """Drop snapshots too old for Pause to go back to."""
        newest = self.frames[-1].clock
        while len(self.frames) > 1 and (keep_last_only or self.frames[0].clock < newest - FRAME_KEEP_SECONDS):
            self.frames.popleft()


# Runs holding a place in line (and maybe a worker), held here too: a session that ends drops its run,
# and the reaper must still stop its worker and free its place.
_HOLDING: set[PlaygroundRunner] = set()
_HOLDING_LOCK = threading.Lock()
_REAPER: threading.Thread | None = None


def _watch(runner: PlaygroundRunner) -> None:
    """Keep a run that holds a place in line in the reaper's sight (starting the reaper once per process)."""
    global _REAPER
    with _HOLDING_LOCK:
        _HOLDING.add(runner)
        if _REAPER is None:
            _REAPER = threading.Thread(target=_reap_forever, name="dlviz-playground-reaper", daemon=True)
            _REAPER.start()


def _forget(runner: PlaygroundRunner) -> None:
    """Let the reaper forget a run that no longer holds a place in line."""
    with _HOLDING_LOCK:
        _HOLDING.discard(runner)


def reap(now: float | None = None) -> None:
    """Suspend every run that nobody has ticked for its lease."""
    with _HOLDING_LOCK:
        runners = list(_HOLDING)
    for runner in runners:
        runner.expire(time.monotonic() if now is None else now)


def _reap_forever() -> None:
    while True:
        time.sleep(REAP_EVERY_SECONDS)
        reap()
