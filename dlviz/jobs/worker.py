"""What runs inside a worker process: a lower priority, a memory limit, one torch thread, the job, its last word.

A job is a function ``job(request, channel)`` of a module the worker can import. It reports through
``channel.send(message)`` (plain picklable values), polls ``channel.should_stop()`` and returns its
result. The parent receives ``("message", m)``, then one of ``("done", result)``,
``("error", (key, params))`` for a UserFacingError, or ``("crash", traceback)``.
"""

from __future__ import annotations

import gc
import os
import pickle
import resource
import traceback
from collections.abc import Callable
from pathlib import Path

from dlviz.device import configure_torch_threads
from dlviz.errors import UserFacingError

OUT_OF_MEMORY_TEXTS = ("can't allocate memory", "out of memory")
# Workers yield the CPU to the Streamlit process, so pages and health checks answer while every core trains.
WORKER_NICENESS = 10


class Channel:
    """The job's side of the pipe: send messages, ask whether the parent wants it to stop."""

    def __init__(self, connection, stop_event):
        self._connection = connection
        self._stop = stop_event

    def send(self, message) -> None:
        """Send one message to the parent."""
        self._connection.send_bytes(pickle.dumps(("message", message)))

    def should_stop(self) -> bool:
        """Return whether the parent asked the job to stop."""
        return self._stop.is_set()


def data_segment_bytes() -> int:
    """Return this process's data segment size (VmData), which RLIMIT_DATA caps."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmData:"):
            return int(line.split()[1]) * 1024
    return 0


def lower_priority() -> None:
    """Make this process nicer than the server (the scheduler then serves the server first)."""
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)


def limit_memory(megabytes: float | None) -> None:
    """Let this process allocate at most megabytes more (RLIMIT_DATA); over it, allocations fail cleanly."""
    if not megabytes:
        return
    ceiling = data_segment_bytes() + int(megabytes * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_DATA, (ceiling, ceiling))


def out_of_memory(error: Exception) -> bool:
    """Return whether an error says an allocation failed (Python's, torch's CPU or CUDA allocator)."""
    if isinstance(error, MemoryError):
        return True
    return isinstance(error, RuntimeError) and any(text in str(error) for text in OUT_OF_MEMORY_TEXTS)


def run_job(job: Callable, payload: bytes, connection, stop_event, memory_mb: float | None) -> None:
    """Run job(request, channel) in this worker process and send how it ended."""
    gc.freeze()  # what the forkserver preloaded: the collector never walks it, nor copies its pages on write
    configure_torch_threads()
    lower_priority()
    ending: tuple[str, object]
    try:
        limit_memory(memory_mb)
        result = job(pickle.loads(payload), Channel(connection, stop_event))
        ending = ("done", result)
    except UserFacingError as error:
        ending = ("error", (error.key, error.params))
    except Exception as error:
        if out_of_memory(error):
            ending = ("error", ("jobs.err.memory", {"megabytes": memory_mb or 0}))
        else:
            ending = ("crash", traceback.format_exc())
    try:
        connection.send_bytes(pickle.dumps(ending))
    except (MemoryError, pickle.PicklingError, RuntimeError):
        connection.send_bytes(pickle.dumps(("crash", traceback.format_exc())))
    finally:
        connection.close()
