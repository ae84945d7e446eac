"""Transfer learning: frozen features stay put, counts are the head's, same seed same curves, in a worker too."""

import pytest
import torch
from sklearn.metrics import accuracy_score
from torchvision import datasets

from dlviz.errors import UserFacingError
from dlviz.jobs.process import WorkerJob
from dlviz.training import transfer
from dlviz.training.transfer import (
    TransferData,
    TransferRequest,
    TransferResult,
    TransferSettings,
    fit,
    freeze_and_replace_head,
    new_model,
    run_transfer,
    select_data,
    trainable_count,
    transfer_job,
)
from dlviz.training.transfer_code import transfer_code
from tests.test_blocks_support import run_code
from tests.test_jobs_worker import run_to_end

TINY = TransferSettings(base_images=48, base_epochs=1, shots=24, epochs=2, seed=5)


def synthetic(n: int = 64, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """Return n random 28×28 uint8 images whose label (0–9) sets the brightness of a band, so it can be learned."""
    generator = torch.Generator().manual_seed(seed)
    labels = torch.arange(n) % 10
    images = torch.randint(0, 60, (n, 28, 28), generator=generator, dtype=torch.uint8)
    for i, label in enumerate(labels):
        images[i, 2 * int(label) : 2 * int(label) + 3] = 250
    return images, labels


def tiny_data(settings: TransferSettings = TINY) -> TransferData:
    train_x, train_y = synthetic(120, 1)
    test_x, test_y = synthetic(60, 2)
    return select_data(train_x, train_y, test_x, test_y, settings)


def test_selected_images_are_the_right_classes_relabelled():
    data = tiny_data()
    assert len(data.base_y) == 48 and len(data.few_y) == 24
    for x, y, offset in ((data.base_x, data.base_y, 0), (data.few_x, data.few_y, 5)):
        assert x.shape[1:] == (1, 28, 28) and x.dtype == torch.uint8
        assert set(y.tolist()) <= set(range(5))
        for image, label in zip(
            x, y, strict=True
        ):  # each image is a train image of the label (the band sits at 2 × label)
            assert image[0, 2 * (int(label) + offset)].tolist() == [250] * 28


def test_frozen_features_do_not_change_and_only_the_head_is_trainable():
    data = tiny_data()
    model = new_model(0)
    fit(model, data.base_x, data.base_y, 1, 0)
    features = {name: p.detach().clone() for name, p in model.features.named_parameters()}
    old_head = model.head.weight.detach().clone()
    freeze_and_replace_head(model, 1)
    head = {name: p.detach().clone() for name, p in model.head.named_parameters()}
    fit(model, data.few_x, data.few_y, 3, 2)
    for name, p in model.features.named_parameters():
        assert not p.requires_grad and torch.equal(p, features[name]), name
    assert not torch.equal(model.head.weight, head["weight"]) and not torch.equal(
        model.head.bias, head["bias"]
    )
    assert not torch.equal(model.head.weight, old_head)
    assert trainable_count(model) == sum(p.numel() for p in model.head.parameters()) == 16 * 7 * 7 * 5 + 5


def test_a_run_reports_both_curves_and_counts_and_the_same_seed_repeats_it():
    data = tiny_data()
    reports = []
    first = run_transfer(TINY, data, lambda: False, lambda kind, value: reports.append((kind, value)))
    second = run_transfer(TINY, data, lambda: False, lambda kind, value: None)
    assert first.status == "finished" and first == second
    assert len(first.transfer_curve) == len(first.scratch_curve) == TINY.epochs + 1
    assert [kind for kind, _ in reports] == ["base"] + ["transfer"] * 3 + ["scratch"] * 3
    scratch = new_model(0)
    assert first.scratch_trainable == sum(p.numel() for p in scratch.parameters())
    assert first.transfer_trainable == sum(p.numel() for p in scratch.head.parameters())
    assert first.frozen == sum(p.numel() for p in scratch.features.parameters())


def test_accuracy_equals_scikit_learns():
    data = tiny_data()
    model = new_model(3)
    predictions = model(transfer.inputs(data.val_x)).argmax(1)
    assert transfer.accuracy(model, data.val_x, data.val_y) == pytest.approx(
        accuracy_score(data.val_y, predictions)
    )


def test_no_draw_from_the_global_generator():
    before = torch.default_generator.get_state()
    run_transfer(TINY, tiny_data(), lambda: False, lambda kind, value: None)
    assert torch.equal(before, torch.default_generator.get_state())


def test_a_stop_ends_the_run_with_what_it_has():
    calls = []
    result = run_transfer(
        TINY, tiny_data(), lambda: calls.append(1) or len(calls) > 4, lambda kind, value: None
    )
    assert result.status == "stopped"


def test_caps_refuse_more_images_than_allowed():
    with pytest.raises(UserFacingError):
        TransferSettings(shots=10**7).check()


def test_the_worker_gives_the_same_curves_for_the_same_seed_and_sends_them_as_it_goes():
    request = TransferRequest(TINY, tiny_data(), 60.0)
    results = []
    for _ in range(2):
        job = WorkerJob(transfer_job, request, memory_mb=600)
        messages = run_to_end(job)
        assert job.outcome.error is None and isinstance(job.outcome.result, TransferResult)
        results.append(job.outcome.result)
        assert [kind for kind, _ in messages] == ["base"] + ["transfer"] * 3 + ["scratch"] * 3
        assert [value for kind, value in messages if kind == "scratch"] == job.outcome.result.scratch_curve
    assert results[0].transfer_curve == results[1].transfer_curve
    assert results[0].scratch_curve == results[1].scratch_curve


def test_stop_reaches_a_worker_run():
    settings = TransferSettings(base_images=48, base_epochs=30, shots=24, epochs=30, seed=1)
    job = WorkerJob(transfer_job, TransferRequest(settings, tiny_data(settings), 60.0))
    job.finish(grace=10)  # asked at once: the worker sees the stop before its first step
    assert job.outcome.error is None and job.outcome.result.status == "stopped"


def test_code_panel_reproduces_the_curves(mnist_root):
    settings = TransferSettings(base_images=300, base_epochs=1, shots=40, epochs=2, seed=4)
    train = datasets.MNIST(str(mnist_root), train=True)
    test = datasets.MNIST(str(mnist_root), train=False)
    data = select_data(train.data, train.targets, test.data, test.targets, settings)
    result = run_transfer(settings, data, lambda: False, lambda kind, value: None)
    namespace = run_code(transfer_code(settings, mnist_root))
    assert namespace["curves"] == {"transfer": result.transfer_curve, "scratch": result.scratch_curve}
