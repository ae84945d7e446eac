"""The training engine matches a bare PyTorch loop and reports what it promises."""

import pytest
import torch
from torch import nn
from torch.utils.data import TensorDataset

from dlviz.training.engine import Trainer


def make_data(n=120, seed=0):
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 2, generator=generator)
    y = (x[:, 0] * x[:, 1] > 0).long()
    return x, y


def make_model(seed=0, dropout=0.0):
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Dropout(dropout), nn.Linear(8, 2))


def bare_loop(model, x, y, epochs, batch_size, seed, lr=0.1):
    """The seed tutorial's train loop, shuffled the way the engine promises (randperm, seeded generator)."""
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    torch.manual_seed(seed)
    generator = torch.Generator().manual_seed(seed)
    losses, step_losses = [], []
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(x), generator=generator)
        total, seen = 0.0, 0
        for start in range(0, len(x), batch_size):
            index = order[start : start + batch_size]
            output = model(x[index])
            loss = loss_fn(output, y[index])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(index)
            seen += len(index)
            step_losses.append(loss.item())
        losses.append(total / seen)
    return losses, step_losses


class StepLog:
    def __init__(self):
        self.steps, self.epochs = [], []

    def on_step(self, event):
        self.steps.append(event)

    def on_epoch(self, event):
        self.epochs.append(event)


@pytest.mark.parametrize("batch_size", [16, 120])
@pytest.mark.parametrize("dropout", [0.0, 0.3])
def test_engine_and_bare_loop_give_identical_losses(batch_size, dropout):
    x, y = make_data()
    reference, reference_steps = bare_loop(make_model(dropout=dropout), x, y, 4, batch_size, seed=5)
    model = make_model(dropout=dropout)
    log = StepLog()
    trainer = Trainer(
        model,
        nn.CrossEntropyLoss(),
        torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9),
        (x, y),
        batch_size=batch_size,
        seed=5,
        callbacks=[log],
    )
    history = trainer.fit(4)
    assert [e.train_loss for e in history] == pytest.approx(reference, rel=1e-6)
    assert [s.loss for s in log.steps] == pytest.approx(reference_steps, rel=1e-6)


def test_same_seed_gives_the_same_run_and_another_seed_does_not():
    x, y = make_data()

    def losses(seed):
        model = make_model(dropout=0.2)
        trainer = Trainer(
            model,
            nn.CrossEntropyLoss(),
            torch.optim.Adam(model.parameters()),
            (x, y),
            batch_size=10,
            seed=seed,
        )
        return [e.train_loss for e in trainer.fit(3)]

    assert losses(1) == losses(1)
    assert losses(1) != losses(2)


def test_dataset_input_gives_the_same_losses_as_tensors():
    x, y = make_data()
    results = []
    for data in ((x, y), TensorDataset(x, y)):
        model = make_model()
        trainer = Trainer(
            model,
            nn.CrossEntropyLoss(),
            torch.optim.SGD(model.parameters(), lr=0.1),
            data,
            batch_size=32,
            seed=3,
        )
        results.append([e.train_loss for e in trainer.fit(3)])
    assert results[0] == pytest.approx(results[1], rel=1e-6)


def frozen_trainer(**options) -> tuple[Trainer, nn.Module, StepLog, tuple]:
    """Return a trainer with lr 0 (the weights never move, so gradients can be recomputed) and its step log."""
    x, y = make_data()
    model = make_model()
    log = StepLog()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.0)
    trainer = Trainer(
        model, nn.CrossEntropyLoss(), optimizer, (x, y), shuffle=False, callbacks=[log], **options
    )
    return trainer, model, log, (x, y)


def gradient_norms(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
    """Return each parameter's gradient norm for one batch, straight from torch."""
    model.zero_grad()
    nn.CrossEntropyLoss()(model(x), y).backward()
    return {name: p.grad.norm().item() for name, p in model.named_parameters()}


def test_step_gradient_norms_are_the_norms_of_each_parameter_gradient():
    trainer, model, log, (x, y) = frozen_trainer()
    trainer.run_epoch()
    expected = gradient_norms(model, x, y)
    assert log.steps[0].grad_norms == pytest.approx(expected, rel=1e-5)
    assert log.steps[0].lr == 0.0 and log.steps[0].samples_per_second > 0


def test_gradient_norms_on_some_steps_average_the_measured_steps():
    trainer, model, log, (x, y) = frozen_trainer(batch_size=len(make_data()[0]) // 4, grad_norm_steps=2)
    event = trainer.run_epoch()
    assert [s.grad_norms is not None for s in log.steps] == [True, False, True, False]
    quarter = len(x) // 4
    first, third = (gradient_norms(model, x[i : i + quarter], y[i : i + quarter]) for i in (0, 2 * quarter))
    expected = {name: (first[name] + third[name]) / 2 for name in first}
    assert event.grad_norms == pytest.approx(expected, rel=1e-5)


@pytest.mark.parametrize(
    ("steps", "wanted", "measured"), [(7, 2, [0, 4]), (8, 3, [0, 3, 6]), (5, 8, [0, 1, 2, 3, 4])]
)
def test_gradient_norms_are_measured_on_at_most_the_wanted_steps_evenly_spread(steps, wanted, measured):
    x, _ = make_data()
    trainer, _, log, _ = frozen_trainer(batch_size=-(-len(x) // steps), grad_norm_steps=wanted)
    trainer.run_epoch()
    assert len(log.steps) == steps
    assert [i for i, s in enumerate(log.steps) if s.grad_norms is not None] == measured


def test_validation_metrics_match_a_hand_computation():
    x, y = make_data()
    model = make_model()
    trainer = Trainer(
        model, nn.CrossEntropyLoss(), torch.optim.SGD(model.parameters(), lr=0.1), (x, y), (x[:50], y[:50])
    )
    event = trainer.run_epoch()
    with torch.no_grad():
        output = model.eval()(x[:50])
    assert event.val_loss == pytest.approx(nn.CrossEntropyLoss()(output, y[:50]).item(), rel=1e-5)
    assert event.metrics["accuracy"] == pytest.approx((output.argmax(1) == y[:50]).float().mean().item())
    assert {"precision", "recall", "f1", "train_accuracy"} <= set(event.metrics)


def test_should_stop_ends_mid_epoch_and_keeps_the_partial_run():
    x, y = make_data()
    model = make_model()
    before = [p.detach().clone() for p in model.parameters()]
    log = StepLog()
    trainer = Trainer(
        model,
        nn.CrossEntropyLoss(),
        torch.optim.SGD(model.parameters(), lr=0.1),
        (x, y),
        batch_size=10,
        callbacks=[log],
    )
    history = trainer.fit(5, should_stop=lambda: len(log.steps) >= 3)
    assert trainer.stopped and len(log.steps) == 3
    assert len(history) == 1 and history[0].partial and history[0].samples == 30
    assert any(not torch.equal(b, p) for b, p in zip(before, model.parameters(), strict=True))


def test_step_lr_halves_the_learning_rate_after_each_epoch():
    x, y = make_data()
    model = make_model()
    optimizer = torch.optim.SGD(model.parameters(), lr=1.0)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
    trainer = Trainer(model, nn.CrossEntropyLoss(), optimizer, (x, y), scheduler=scheduler)
    assert [e.lr for e in trainer.fit(3)] == [1.0, 0.5, 0.25]
    assert optimizer.param_groups[0]["lr"] == 0.125


def test_plateau_scheduler_steps_on_the_validation_loss_and_lowers_the_rate_on_a_plateau():
    class Recording(torch.optim.lr_scheduler.ReduceLROnPlateau):
        def step(self, metrics, *args, **kwargs):
            seen.append(float(metrics))
            super().step(metrics, *args, **kwargs)

    seen = []
    x, y = make_data()
    val_x, val_y = make_data(seed=1)
    model = make_model()
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-12)  # too small to move: the loss stays flat
    plateau = Recording(optimizer, patience=0, factor=0.1)
    history = Trainer(model, nn.CrossEntropyLoss(), optimizer, (x, y), (val_x, val_y), scheduler=plateau).fit(
        3
    )
    assert seen == [e.val_loss for e in history] and seen != [e.train_loss for e in history]
    assert optimizer.param_groups[0]["lr"] == pytest.approx(1e-14)  # two epochs without improvement


def test_penalty_is_added_to_the_objective_but_not_the_reported_loss():
    x, y = make_data()
    runs = []
    for penalty in (None, lambda m: 10.0 * sum(p.pow(2).sum() for p in m.parameters())):
        model = make_model()
        trainer = Trainer(
            model,
            nn.CrossEntropyLoss(),
            torch.optim.SGD(model.parameters(), lr=0.01),
            (x, y),
            penalty=penalty,
        )
        runs.append((trainer.fit(2)[-1].train_loss, sum(p.norm().item() for p in model.parameters())))
    assert runs[1][1] < runs[0][1]
    assert runs[0][0] != runs[1][0]


def test_regression_reports_loss_and_no_accuracy():
    x = torch.linspace(-1, 1, 50).unsqueeze(1)
    model = nn.Linear(1, 1)
    trainer = Trainer(
        model, nn.MSELoss(), torch.optim.SGD(model.parameters(), lr=0.1), (x, 2 * x), (x, 2 * x)
    )
    event = trainer.run_epoch()
    assert event.metrics == {} and event.val_loss is not None


def test_fast_path_reports_accuracy_only():
    x, y = make_data()
    model = make_model()
    trainer = Trainer(
        model,
        nn.CrossEntropyLoss(),
        torch.optim.SGD(model.parameters(), lr=0.1),
        (x, y),
        (x, y),
        detailed_metrics=False,
        grad_norms=False,
    )
    event = trainer.run_epoch()
    assert set(event.metrics) == {"accuracy", "train_accuracy"}
    assert event.grad_norms is None and event.weight_norms is None
