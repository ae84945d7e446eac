"""Jobs in worker processes: messages and results, stop and kill, memory limits, private random state."""

import os
import threading
from dataclasses import replace

import pytest
import torch

from dlviz.errors import UserFacingError
from dlviz.jobs.process import JobCrashed, WorkerJob
from dlviz.jobs.worker import WORKER_NICENESS
from dlviz.models.registry import ModelSpec
from dlviz.training.datasets import DataSpec, prepare_data
from dlviz.training.experiment import ExperimentConfig, build_experiment, data_spec_for
from dlviz.training.job import TrainingRequest, TrainingResult, train_job, validation_fits
from dlviz.training.trained import TrainedModel
from tests import job_fixtures


def run_to_end(job: WorkerJob, timeout: float = 60) -> list:
    messages = []
    while not job.finished:
        messages += job.receive(timeout)
    return messages


def test_messages_arrive_in_order_and_the_result_comes_last():
    job = WorkerJob(job_fixtures.echo, [1, 2, 3])
    assert run_to_end(job) == [1, 2, 3]
    assert job.outcome.result == 6 and job.outcome.error is None
    assert job.process.exitcode == 0


def test_a_worker_runs_nicer_than_the_server_so_pages_answer_first():
    job = WorkerJob(job_fixtures.niceness, None)
    run_to_end(job)
    assert job.outcome.result == min(os.nice(0) + WORKER_NICENESS, 19)  # 19: the nicest there is


def test_stop_reaches_the_job_which_still_returns_its_result():
    job = WorkerJob(job_fixtures.wait_for_stop, None)
    assert job.receive(30) == ["ready"]
    job.finish(grace=10)
    assert job.outcome.error is None and job.outcome.result >= 0


def test_a_job_that_ignores_stop_is_killed_after_the_grace_and_says_so():
    job = WorkerJob(job_fixtures.ignore_stop, None)
    assert job.receive(30) == ["ready"]
    job.finish(grace=0.3)
    assert job.outcome.error.key == "jobs.err.stopped_hard"
    assert not job.process.is_alive()


def test_a_killed_job_over_its_time_reports_the_time_limit():
    job = WorkerJob(job_fixtures.ignore_stop, None)
    assert job.receive(30) == ["ready"]
    job.kill("time")
    run_to_end(job, 10)
    assert job.outcome.error.key == "jobs.err.time_killed"


def test_memory_above_the_limit_fails_cleanly_with_a_translated_error():
    job = WorkerJob(job_fixtures.allocate, 400, memory_mb=100)
    run_to_end(job)
    assert job.outcome.error.key == "jobs.err.memory"
    within = WorkerJob(job_fixtures.allocate, 20, memory_mb=100)
    run_to_end(within)
    assert within.outcome.result == 20 * 1024 * 1024 / 4


def test_user_facing_errors_cross_the_process_boundary():
    job = WorkerJob(job_fixtures.refuse, 7)
    run_to_end(job)
    assert isinstance(job.outcome.error, UserFacingError)
    assert job.outcome.error.key == "limits.exceeded" and job.outcome.error.params["requested"] == 7


def test_a_bug_in_a_job_is_raised_in_the_server_with_its_traceback():
    job = WorkerJob(job_fixtures.crash, None)
    with pytest.raises(JobCrashed, match="ZeroDivisionError: a bug in a job"):
        run_to_end(job)


def test_each_worker_has_its_own_global_generator():
    before = torch.get_rng_state()
    jobs = [WorkerJob(job_fixtures.global_random, seed) for seed in (0, 1, 0, 1)]
    for job in jobs:
        run_to_end(job)
    expected = {
        seed: torch.rand(5, generator=torch.Generator().manual_seed(seed)).tolist() for seed in (0, 1)
    }
    assert [job.outcome.result for job in jobs] == [expected[0], expected[1], expected[0], expected[1]]
    assert torch.equal(before, torch.get_rng_state())


CONFIG = ExperimentConfig(
    data=DataSpec("spiral", samples=300, classes=3),
    model=ModelSpec(depth=2, width=16, dropout=0.3),
    epochs=4,
    batch_size=16,
    seed=3,
)


def train_in_worker(config: ExperimentConfig) -> tuple[list[float], TrainingResult]:
    data = prepare_data(data_spec_for(config), config.seed)
    job = WorkerJob(train_job, TrainingRequest(config, data, "cpu", config.epochs, 60, flush_seconds=0))
    messages = run_to_end(job)
    losses = [loss for kind, rows in messages if kind == "steps" for _, loss, _, _ in rows]
    return losses, job.outcome.result


def test_a_worker_run_equals_the_engine_run_in_this_process():
    losses, result = train_in_worker(CONFIG)
    steps = []

    class Recorder:
        def on_step(self, event):
            steps.append(event.loss)

    experiment = build_experiment(CONFIG, callbacks=[Recorder()])
    experiment.trainer.fit(CONFIG.epochs)
    assert losses == steps and result.status == "finished"
    for name, tensor in experiment.model.state_dict().items():
        assert torch.equal(tensor, result.last_state[name]), name


def test_concurrent_runs_with_dropout_and_shuffling_equal_a_solo_run():
    solo, _ = train_in_worker(CONFIG)
    other = replace(CONFIG, seed=9)
    results: dict[int, list[float]] = {}

    def visitor(index: int) -> None:
        results[index] = train_in_worker(CONFIG if index % 2 == 0 else other)[0]

    threads = [threading.Thread(target=visitor, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results[0] == solo and results[2] == solo
    assert results[1] == results[3] != solo


def test_a_finished_run_brings_the_validation_outputs_the_server_would_compute():
    _, result = train_in_worker(CONFIG)
    data = prepare_data(data_spec_for(CONFIG), CONFIG.seed)
    here = TrainedModel.from_state(CONFIG, data, result.last_state, "cpu")
    assert here.known_outputs is None
    assert result.val_outputs.shape == (len(data.val_x), 3)
    assert torch.equal(result.val_outputs, here.validation_outputs())
    sent = TrainedModel.from_state(CONFIG, data, result.last_state, "cpu", result.val_outputs)
    assert sent.validation_outputs() is result.val_outputs
    sent.load_state(result.last_state)
    assert sent.known_outputs is None  # other weights: computed here again


def test_a_run_with_no_time_left_leaves_the_validation_pass_to_the_server():
    data = prepare_data(data_spec_for(CONFIG), CONFIG.seed)
    request = TrainingRequest(CONFIG, data, "cpu", CONFIG.epochs, 1.0)
    assert validation_fits(request, 0.5)
    assert not validation_fits(request, 0.999)
