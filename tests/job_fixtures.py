"""Small jobs for the worker-process tests (a worker imports them by module, so they live in a file)."""

import os
import time

import torch

from dlviz.errors import UserFacingError


def echo(request, channel):
    """Send each item of the request, then return their sum."""
    for item in request:
        channel.send(item)
    return sum(request)


def wait_for_stop(request, channel):
    """Send 'ready', then wait until asked to stop; return how long it waited."""
    started = time.monotonic()
    channel.send("ready")
    while not channel.should_stop():
        time.sleep(0.01)
    return time.monotonic() - started


def ignore_stop(request, channel):
    """Send 'ready', then never look at the stop flag."""
    channel.send("ready")
    while True:
        time.sleep(0.01)


def allocate(request, channel):
    """Allocate request megabytes of float32 and return their sum."""
    return float(torch.ones(int(request * 1024 * 1024 / 4)).sum())


def refuse(request, channel):
    """Raise a user-facing error."""
    raise UserFacingError("limits.exceeded", what_key="limits.max_epochs", requested=request, cap=1)


def crash(request, channel):
    """Raise an unexpected error (a bug)."""
    raise ZeroDivisionError("a bug in a job")


def global_random(request, channel):
    """Seed torch's process-wide generator with request and return draws from it."""
    torch.manual_seed(request)
    time.sleep(0.05)
    return torch.rand(5).tolist()


def niceness(request, channel):
    """Return this worker's niceness (os.nice(0) reads it)."""
    return os.nice(0)
