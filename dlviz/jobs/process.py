"""Start a heavy job in a worker process of its own and talk to it: messages in, stop and kill out.

Why processes: a hosted server runs every visitor in one Python process, where torch has one
random generator, one heap and one GIL. A job in its own process seeds its own generator (the same
seed gives the same curve whoever else trains), gets a memory limit, can be stopped for real, and
leaves the server free to answer. Workers come from a forkserver that has torch imported already,
so a job starts in tens of milliseconds.
"""

from __future__ import annotations

import multiprocessing
import pickle
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import forkserver, spawn

from dlviz.errors import UserFacingError
from dlviz.jobs.worker import run_job

PRELOAD = [
    "torch",
    "dlviz.jobs.worker",
    "dlviz.training.job",
    "dlviz.training.transfer",
    "dlviz.playground.job",
]
_CONTEXT = None
_CONTEXT_LOCK = threading.Lock()
_WARMED = threading.Event()
_LAUNCHING = threading.local()
_preparation_data = spawn.get_preparation_data


def _without_main(name):
    """Return multiprocessing's preparation data, without the main module when dlviz starts a worker.

    Streamlit installs each page as sys.modules["__main__"], so a new process would re-run the app's
    script before its job. A worker needs only the job's module, which it imports by name.
    """
    data = _preparation_data(name)
    if getattr(_LAUNCHING, "active", False):
        data.pop("init_main_from_path", None)
        data.pop("init_main_from_name", None)
    return data


spawn.get_preparation_data = _without_main


@contextmanager
def _launching() -> Iterator[None]:
    """Mark this thread as starting a dlviz worker (or the forkserver) while the block runs."""
    _LAUNCHING.active = True
    try:
        yield
    finally:
        _LAUNCHING.active = False


def _context():
    """Return the forkserver context, preloading torch and the job modules once per server."""
    global _CONTEXT
    with _CONTEXT_LOCK:
        if _CONTEXT is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            _CONTEXT = context
        return _CONTEXT


def warm_up() -> None:
    """Start the forkserver in the background once per server, so the first job does not wait for torch."""
    if _WARMED.is_set():
        return
    _WARMED.set()
    _context()

    def start() -> None:
        with _launching():
            forkserver.ensure_running()

    threading.Thread(target=start, name="dlviz-forkserver-start", daemon=True).start()


class JobCrashed(RuntimeError):
    """A job raised an unexpected exception in its worker (a bug, not a visitor's mistake)."""


@dataclass
class Outcome:
    """How a job ended: its result, or the user-facing error that ended it."""

    result: object = None
    error: UserFacingError | None = None


class WorkerJob:
    """One job running job(request, channel) in a fresh worker process."""

    def __init__(self, job: Callable, request, memory_mb: float | None = None):
        context = _context()
        self._receiver, sender = context.Pipe(duplex=False)
        self._stop = context.Event()
        self.process = context.Process(
            target=run_job,
            args=(job, pickle.dumps(request), sender, self._stop, memory_mb),
            daemon=True,
            name=f"dlviz-{job.__name__}",
        )
        with _launching():
            self.process.start()
        sender.close()
        self.outcome: Outcome | None = None
        self.killed_for: str | None = None

    @property
    def finished(self) -> bool:
        """Return whether the job has ended (its outcome is known)."""
        return self.outcome is not None

    def receive(self, timeout: float) -> list:
        """Return the messages that arrive within timeout (all that are ready, once one is); note the end."""
        messages: list = []
        deadline = time.monotonic() + timeout
        while self.outcome is None:
            wait = 0.0 if messages else max(deadline - time.monotonic(), 0.0)
            try:
                if not self._receiver.poll(wait):
                    break
                kind, value = pickle.loads(self._receiver.recv_bytes())
            except (EOFError, OSError):
                self._ended_silently()
                break
            if kind == "message":
                messages.append(value)
            elif kind == "done":
                self.outcome = Outcome(result=value)
            elif kind == "error":
                key, params = value
                self.outcome = Outcome(error=UserFacingError(key, **params))
            else:
                self.outcome = Outcome()
                self._close()
                raise JobCrashed(value)
        if self.outcome is not None:
            self._close()
        return messages

    def stop(self) -> None:
        """Ask the job to stop at its next check (it still sends its result)."""
        self._stop.set()

    def kill(self, reason: str) -> None:
        """End the worker at once; the job's outcome becomes a user-facing error naming the reason."""
        self.killed_for = reason
        if self.process.is_alive():
            self.process.kill()

    def finish(self, grace: float) -> list:
        """Stop the job and collect what it sends within grace seconds; kill it after that."""
        self.stop()
        messages: list = []
        deadline = time.monotonic() + grace
        while not self.finished and time.monotonic() < deadline:
            messages += self.receive(max(deadline - time.monotonic(), 0.0))
        if not self.finished:
            self.kill("stopped")
            messages += self.receive(1.0)
        return messages

    def _ended_silently(self) -> None:
        """Record the end of a worker that closed its pipe without a last word (killed, or it died)."""
        self.process.join(timeout=2)
        reason = self.killed_for
        if reason == "time":
            error = UserFacingError("jobs.err.time_killed")
        elif reason == "stopped":
            error = UserFacingError("jobs.err.stopped_hard")
        else:
            error = UserFacingError("jobs.err.died", code=str(self.process.exitcode))
        self.outcome = Outcome(error=error)
        self._close()

    def _close(self) -> None:
        """Release the pipe and reap the worker."""
        self._receiver.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
