"""Playground runs on a shared server: private random streams, state round trips, worker jobs, the line, budgets."""

import gc
import math
import pickle
import threading
import time
from dataclasses import replace

import numpy as np
import pytest
import torch
from torch import nn

from dlviz.jobs.admission import AdmissionQueue
from dlviz.jobs.process import WorkerJob
from dlviz.playground.experiment import PlaygroundExperiment
from dlviz.playground.job import JobEnd, Snapshot, TrainRequest, train_job
from dlviz.playground.network import build_network
from dlviz.playground.pace import SnapshotPace
from dlviz.playground.runner import IDLE, PLAYING, Budgets, PlaygroundRunner, initial_state
from dlviz.playground.settings import DEFAULTS
from dlviz.playground.state import flat_weights

SMALL = replace(DEFAULTS, samples=200)
NOISY = replace(DEFAULTS, samples=300, dropout=0.3, batch_size=10, classes=3, dataset="gaussian", noise=0.3)
BUDGETS = Budgets(step_seconds=30.0, play_seconds=60.0, turn_seconds=30.0, max_epochs=20_000, memory_mb=600)
WAIT = 120.0  # seconds a test waits for a worker at most (the first one starts the forkserver)


def weights_of(experiment: PlaygroundExperiment) -> list[torch.Tensor]:
    return [tensor.clone() for tensor in experiment.model.state_dict().values()]


def test_the_network_equals_torch_seeded_init_and_leaves_the_global_generator_alone():
    before = torch.get_rng_state()
    model = build_network(3, (5, 4), 2, "relu", dropout=0.2, seed=7)
    assert torch.equal(before, torch.get_rng_state())
    torch.manual_seed(7)
    reference = nn.Sequential(
        nn.Linear(3, 5),
        nn.ReLU(),
        nn.Dropout(0.2),
        nn.Linear(5, 4),
        nn.ReLU(),
        nn.Dropout(0.2),
        nn.Linear(4, 2),
    )
    for mine, theirs in zip(model.parameters(), reference.parameters(), strict=True):
        assert torch.equal(mine, theirs)


def test_a_new_run_draws_nothing_from_the_global_generator():
    before = torch.get_rng_state()
    runner = PlaygroundRunner(NOISY, queue=AdmissionQueue(1), budgets=BUDGETS)
    assert torch.equal(before, torch.get_rng_state())
    assert runner.epoch == 0 and runner.mode == IDLE


@pytest.mark.parametrize("optimizer", ["adam", "momentum", "rmsprop"])
def test_training_in_chunks_with_state_round_trips_equals_one_go_bit_for_bit(optimizer):
    settings = replace(NOISY, optimizer=optimizer)
    whole = PlaygroundExperiment(settings)
    whole.step(7)
    first = PlaygroundExperiment(settings)
    first.step(3)
    state = pickle.loads(pickle.dumps(first.train_state()))
    torch.manual_seed(12345)  # another visitor's draws in between change nothing
    torch.rand(100)
    second = PlaygroundExperiment(settings, state=state)
    second.step(4)
    assert first.history.train_loss + second.history.train_loss == whole.history.train_loss
    assert first.history.test_loss + second.history.test_loss == whole.history.test_loss
    for mine, theirs in zip(weights_of(second), weights_of(whole), strict=True):
        assert torch.equal(mine, theirs)
    assert np.array_equal(second.train_state().weights, whole.train_state().weights)


def test_measuring_accuracy_and_gradient_norms_changes_no_number():
    measured = PlaygroundExperiment(
        NOISY
    )  # one after the other: in one process both would share its dropout generator
    for _ in range(5):
        measured.run_epoch(measure=True)
    plain = PlaygroundExperiment(NOISY)
    for _ in range(5):
        plain.run_epoch(measure=False)
    assert measured.history.train_loss == plain.history.train_loss
    assert measured.history.test_loss == plain.history.test_loss
    assert np.array_equal(measured.train_state().weights, plain.train_state().weights)
    assert not any(math.isnan(a) for a in measured.history.test_accuracy)
    assert all(math.isnan(a) for a in plain.history.test_accuracy)
    assert plain.accuracy() == measured.history.test_accuracy[-1]


def run_job(request: TrainRequest) -> tuple[list[Snapshot], JobEnd]:
    job = WorkerJob(train_job, request)
    messages = []
    deadline = time.monotonic() + WAIT
    while not job.finished and time.monotonic() < deadline:
        messages += job.receive(1.0)
    assert job.finished and job.outcome.error is None
    return messages, job.outcome.result


def test_a_worker_step_equals_the_same_epochs_in_this_process_and_sends_every_epochs_losses():
    snapshots, end = run_job(TrainRequest(NOISY, None, "cpu", 6, 60.0, 20_000, 0.0))
    reference = PlaygroundExperiment(NOISY)
    reference.step(6)
    assert end.reason == "done" and end.epochs == 6
    losses = [loss for snapshot in snapshots for loss in snapshot.losses]
    assert [loss[0] for loss in losses] == reference.history.train_loss
    assert np.array_equal(snapshots[-1].state.weights, reference.train_state().weights)
    assert snapshots[-1].grad_norms is not None


def test_two_worker_jobs_chained_through_their_state_equal_one_job():
    first, _ = run_job(TrainRequest(NOISY, None, "cpu", 3, 60.0, 20_000, 0.0))
    second, _ = run_job(TrainRequest(NOISY, first[-1].state, "cpu", 4, 60.0, 20_000, 0.0))
    whole, _ = run_job(TrainRequest(NOISY, None, "cpu", 7, 60.0, 20_000, 0.0))
    assert np.array_equal(second[-1].state.weights, whole[-1].state.weights)
    chained = [loss for snapshot in first + second for loss in snapshot.losses]
    assert chained == [loss for snapshot in whole for loss in snapshot.losses]


def test_the_epoch_cap_in_the_request_ends_a_job_there():
    snapshots, end = run_job(TrainRequest(SMALL, None, "cpu", None, 60.0, 5, 0.0))
    assert end.reason == "cap" and snapshots[-1].state.epoch == 5


def tick_until(runner: PlaygroundRunner, done, timeout: float = WAIT) -> None:
    """Tick a runner (as the page does) until done() holds."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, f"gave up waiting: mode {runner.mode}, epoch {runner.epoch}"
        runner.tick()
        time.sleep(0.01)


def stepped(settings, epochs: int, queue: AdmissionQueue) -> PlaygroundRunner:
    runner = PlaygroundRunner(settings, queue=queue, budgets=BUDGETS)
    runner.step(epochs)
    tick_until(runner, lambda: runner.mode == IDLE)
    return runner


def test_same_seed_and_settings_give_identical_numbers_whatever_others_run_at_the_same_time():
    solo = stepped(NOISY, 8, AdmissionQueue(4))
    queue = AdmissionQueue(4)
    other = replace(NOISY, seed=9, dropout=0.5)
    results: dict[int, PlaygroundRunner] = {}

    def visitor(index: int) -> None:
        results[index] = stepped(NOISY if index % 2 == 0 else other, 8, queue)

    players = [PlaygroundRunner(other, queue=queue, budgets=BUDGETS) for _ in range(2)]
    finished = threading.Event()

    def play() -> None:  # two more visitors keep training meanwhile
        for player in players:
            player.play()
        while not finished.is_set():
            for player in players:
                player.tick()
            time.sleep(0.01)

    threads = [threading.Thread(target=play)] + [
        threading.Thread(target=visitor, args=(i,)) for i in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads[1:]:
        thread.join()
    finished.set()
    threads[0].join()
    assert all(player.epoch > 0 for player in players)
    for player in players:
        player.close()
    for index in (0, 2):
        assert results[index].history.train_loss == solo.history.train_loss
        assert np.array_equal(results[index].state.weights, solo.state.weights)
    assert results[1].history.train_loss == results[3].history.train_loss != solo.history.train_loss


def test_play_streams_snapshots_and_pause_goes_back_to_the_epoch_on_screen():
    runner = PlaygroundRunner(NOISY, queue=AdmissionQueue(1), budgets=BUDGETS)
    runner.play()
    tick_until(runner, lambda: len(runner.frames) >= 6)
    shown = runner.frames[-4].state
    runner.pause(shown.epoch)
    assert runner.mode == IDLE and runner.ticket is None and runner.queue.running() == 0
    assert runner.epoch == shown.epoch and len(runner.history.epochs) == shown.epoch
    assert all(epoch <= shown.epoch for epoch in runner.grad_norm_epochs)
    runner.step(3)
    tick_until(runner, lambda: runner.mode == IDLE)
    straight = PlaygroundExperiment(NOISY)
    straight.step(shown.epoch + 3)
    assert runner.history.train_loss == straight.history.train_loss
    assert np.array_equal(runner.state.weights, straight.train_state().weights)


def test_a_step_stops_at_its_time_budget_and_says_how_many_epochs_ran():
    budgets = replace(BUDGETS, step_seconds=0.5)
    big = replace(DEFAULTS, samples=2000, train_percent=90, batch_size=1, hidden=(16,) * 6, dropout=0.5)
    runner = PlaygroundRunner(big, queue=AdmissionQueue(1), budgets=budgets)
    runner.step(100)
    tick_until(runner, lambda: runner.mode == IDLE)
    assert runner.notice.key == "playground.step_budget"
    assert 0 < runner.notice.params["ran"] == runner.epoch < 100 and runner.notice.params["asked"] == 100
    assert runner.queue.running() == 0


def test_play_stops_at_its_time_budget_with_a_message():
    runner = PlaygroundRunner(SMALL, queue=AdmissionQueue(1), budgets=replace(BUDGETS, play_seconds=0.5))
    runner.play()
    tick_until(runner, lambda: runner.mode == IDLE)
    assert runner.notice.key == "playground.play_budget" and runner.epoch > 0
    assert not math.isnan(runner.history.test_accuracy[-1])  # the last epoch's accuracy is shown
    assert runner.queue.running() == 0 and runner.queue.others_waiting() == 0


def test_play_stops_at_the_epoch_cap_with_a_message():
    runner = PlaygroundRunner(SMALL, queue=AdmissionQueue(1), budgets=replace(BUDGETS, max_epochs=40))
    runner.play()
    tick_until(runner, lambda: runner.mode == IDLE)
    assert runner.epoch == 40 and runner.notice.key == "playground.at_cap"
    runner.play()
    assert runner.mode == IDLE and runner.notice.key == "playground.at_cap"


def test_a_player_waits_while_others_hold_the_slots_and_pause_leaves_the_line():
    queue = AdmissionQueue(1)
    other = queue.join("training", 30.0)
    runner = PlaygroundRunner(SMALL, queue=queue, budgets=BUDGETS)
    runner.play()
    runner.tick()
    assert runner.waiting and runner.job is None and runner.place()[0] == 1
    runner.pause()
    assert queue.others_waiting() == 0 and not runner.waiting
    runner.play()
    runner.tick()
    assert runner.waiting
    queue.leave(other)
    tick_until(runner, lambda: runner.epoch > 0)
    assert runner.mode == PLAYING and not runner.waiting
    runner.close()
    assert queue.running() == 0


def test_after_a_turn_a_player_yields_the_slot_to_those_waiting_and_rejoins_the_line():
    queue = AdmissionQueue(1)
    budgets = replace(BUDGETS, turn_seconds=0.3)
    first = PlaygroundRunner(SMALL, queue=queue, budgets=budgets)
    second = PlaygroundRunner(SMALL, queue=queue, budgets=budgets)
    first.play()
    tick_until(first, lambda: first.epoch > 0)
    second.play()
    second.tick()
    assert second.waiting
    tick_until(first, lambda: first.waiting)
    assert first.mode == PLAYING and first.job is None
    tick_until(second, lambda: second.epoch > 0)
    first.close()
    second.close()


def test_a_run_nobody_ticks_for_its_lease_leaves_the_line_and_picks_up_where_it_was():
    queue = AdmissionQueue(1)
    runner = PlaygroundRunner(SMALL, queue=queue, budgets=replace(BUDGETS, lease_seconds=1.0))
    runner.play()
    tick_until(runner, lambda: runner.epoch > 0)
    runner.expire(time.monotonic() + 5.0)
    assert runner.job is None and runner.ticket is None and queue.running() == 0
    epoch = runner.epoch
    tick_until(runner, lambda: runner.epoch > epoch)
    assert runner.mode == PLAYING
    runner.close()


def test_the_reaper_thread_frees_the_place_of_a_closed_tab_even_once_its_session_is_gone():
    queue = AdmissionQueue(1)
    session = {"run": PlaygroundRunner(SMALL, queue=queue, budgets=replace(BUDGETS, lease_seconds=0.5))}
    session["run"].play()
    tick_until(session["run"], lambda: session["run"].epoch > 0)
    worker = session["run"].job.process
    session.clear()  # the session ends: nothing but the reaper knows the run any more
    gc.collect()
    deadline = time.monotonic() + 30
    while (queue.running() or worker.is_alive()) and time.monotonic() < deadline:
        time.sleep(0.1)  # nobody ticks: as a closed tab
    assert queue.running() == 0 and not worker.is_alive()


def test_reset_goes_back_to_the_untrained_network():
    runner = stepped(SMALL, 3, AdmissionQueue(1))
    runner.reset()
    assert runner.epoch == 0 and runner.history.epochs == []
    assert np.array_equal(runner.state.weights, initial_state(SMALL).weights)
    assert np.array_equal(initial_state(SMALL).weights, flat_weights(PlaygroundExperiment(SMALL).model))


def test_reset_while_playing_plays_the_fresh_network_on_in_the_same_place():
    queue = AdmissionQueue(1)
    runner = PlaygroundRunner(SMALL, queue=queue, budgets=BUDGETS)
    runner.play()
    tick_until(runner, lambda: runner.epoch > 20)
    ticket = runner.ticket
    runner.reset()
    assert runner.epoch == 0 and runner.mode == PLAYING and runner.ticket is ticket
    tick_until(runner, lambda: runner.epoch > 0)
    runner.close()
    assert queue.running() == 0


def test_a_new_setting_while_playing_takes_over_the_place_in_line():
    queue = AdmissionQueue(1)
    old = PlaygroundRunner(SMALL, queue=queue, budgets=BUDGETS)
    old.play()
    tick_until(old, lambda: old.epoch > 0)
    behind = queue.join("training", 10.0)
    new = PlaygroundRunner(replace(SMALL, activation="relu"), queue=queue, budgets=BUDGETS)
    new.play(old.hand_over())
    old.close()
    tick_until(new, lambda: new.epoch > 0)
    assert queue.place(behind) == 1 and old.job is None
    new.close()
    queue.leave(behind)


def paced(epoch_times: list[float], period: float = 1 / 30) -> tuple[list[int], list[float]]:
    """Run SnapshotPace over epochs finishing at epoch_times; return the epochs sent and their stamps."""
    pace = SnapshotPace(period, 0.0)
    sent, stamps, started = [], [], 0.0
    for epoch, finished in enumerate(epoch_times, start=1):
        wanted = pace.wants(started)
        pace.done(finished)
        if wanted:
            sent.append(epoch)
            stamps.append(pace.stamp(finished))
        started = finished
    return sent, stamps


def test_snapshots_follow_the_training_speed_about_thirty_a_second_evenly_stamped():
    sent, stamps = paced([i / 1000 for i in range(1, 3001)])  # 1,000 epochs/s for 3 s
    assert sent[0] == 1 and 80 <= len(sent) <= 100
    gaps = np.diff(sent[10:])
    assert gaps.min() >= 30 and gaps.max() <= 36
    assert np.allclose(np.diff(stamps[10:]), gaps / 1000, rtol=0.05)


def test_a_worker_running_in_bursts_still_sends_evenly_spaced_snapshots():
    times, now = [], 0.0
    for _ in range(30):  # 100 epochs in 50 ms, then descheduled for 100 ms: ~667 epochs/s on average
        times += [now + (i + 1) * 0.0005 for i in range(100)]
        now += 0.15
    sent, stamps = paced(times)
    gaps = np.diff(sent[20:])
    assert gaps.max() <= 1.3 * gaps.min()  # by epochs, not by the clumps the wall clock would give
    steps = np.diff(stamps[20:])
    assert (
        steps.min() > 0.015 and steps.max() < 0.05
    )  # the clock advances steadily (wall time: 0.5 ms or 100 ms)
    assert all(abs(stamp - times[e - 1]) <= 1.0 for e, stamp in zip(sent, stamps, strict=True))


def test_slow_epochs_are_all_sent():
    sent, _ = paced([i * 0.2 for i in range(1, 21)])  # 5 epochs/s
    assert sent == list(range(1, 21))
