"""Device resolution and the synchronizing timer."""

import time

import torch

from dlviz.device import AUTO, Timer, available_devices, device_label, median_seconds, resolve_device


def test_cpu_is_always_available_and_last():
    assert available_devices()[-1] == "cpu"


def test_auto_prefers_cuda_then_mps_then_cpu():
    expected = "cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu"
    assert resolve_device(AUTO).type == expected


def test_unavailable_choice_falls_back_to_cpu():
    choice = "cuda:7" if not torch.cuda.is_available() or torch.cuda.device_count() < 8 else "mps"
    assert resolve_device(choice) == torch.device("cpu")


def test_explicit_cpu_is_honoured():
    assert resolve_device("cpu") == torch.device("cpu")


def test_device_label_names_the_device():
    assert device_label("cpu") == "cpu"
    if torch.cuda.is_available():
        assert torch.cuda.get_device_name(0) in device_label("cuda:0")


def test_timer_measures_elapsed_time():
    with Timer("cpu") as timer:
        time.sleep(0.05)
    assert 0.04 < timer.seconds < 1.0


def test_median_seconds_excludes_warmup_calls():
    calls = []

    def work():
        calls.append(1)
        time.sleep(0.2 if len(calls) == 1 else 0.001)

    assert median_seconds(work, repeats=5, warmup=1) < 0.1
    assert len(calls) == 6
