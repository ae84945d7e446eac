"""Benchmarks of the Training Lab, one line per figure.

    .venv/bin/python -m benchmarks.training [--device cuda] [--skip-mnist] [--threads N]

1. Engine overhead: the Trainer with the callbacks the page uses (run record + a throttled live
   view, gradient norms on at most 8 steps an epoch as the page measures them, detailed validation metrics)
   against a bare PyTorch loop doing the same steps and the same validation pass, same model, data,
   seed and torch thread setting as the app (--threads overrides); median of pairs whose order
   alternates (bare first, then engine first).
2. The seeds' DigitRecognizer (corrected: logits + CrossEntropyLoss, Adam 1e-3, batch 64) for one
   epoch on the real MNIST files in ../shared/data: test accuracy and training samples/s.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch
from torch import nn

from dlviz.device import configure_torch_threads, synchronize
from dlviz.models.seed_models import DigitRecognizer, NeuralNetwork
from dlviz.training.datasets import DataSpec, image_transform
from dlviz.training.engine import Trainer
from dlviz.training.experiment import GRAD_NORM_STEPS
from dlviz.training.history import RunRecord
from dlviz.ui.training.live import REFRESH_SECONDS

MNIST_ROOT = Path(__file__).resolve().parents[2] / "shared" / "data"


class ThrottledView:
    """What the page's live view does per step without Streamlit: a clock check, a redraw every REFRESH_SECONDS."""

    def __init__(self):
        self.last = 0.0
        self.redraws = 0

    def on_step(self, event) -> None:
        if time.monotonic() - self.last >= REFRESH_SECONDS:
            self.last = time.monotonic()
            self.redraws += 1


def overhead_data(device):
    """Return 4,000 random 28×28 'images' with 10 labels, and 1,000 for validation."""
    generator = torch.Generator().manual_seed(0)
    x = torch.rand(5000, 1, 28, 28, generator=generator)
    y = torch.randint(0, 10, (5000,), generator=generator)
    return (x[:4000].to(device), y[:4000].to(device)), (x[4000:].to(device), y[4000:].to(device))


def bare_run(train, val, epochs, device) -> float:
    """The seed's train_model loop (train, then validate, each epoch) with the engine's shuffling."""
    torch.manual_seed(0)
    model = NeuralNetwork().to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(0)
    x, y = train
    synchronize(device)
    started = time.perf_counter()
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(x), generator=generator)
        total = 0.0
        for start in range(0, len(x), 64):
            index = order[start : start + 64].to(device)
            loss = loss_fn(model(x[index]), y[index])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item()
        model.eval()
        with torch.no_grad():
            output = model(val[0])
            loss_fn(output, val[1]).item()
            (output.argmax(1) == val[1]).float().mean().item()
    synchronize(device)
    return time.perf_counter() - started


def engine_run(train, val, epochs, device) -> float:
    """The engine as the page drives it."""
    torch.manual_seed(0)
    model = NeuralNetwork().to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    run = RunRecord(config=None, label="bench")
    trainer = Trainer(
        model,
        nn.CrossEntropyLoss(),
        optimizer,
        train,
        val,
        batch_size=64,
        seed=0,
        device=device,
        callbacks=[run, ThrottledView()],
        grad_norm_steps=GRAD_NORM_STEPS,
    )
    synchronize(device)
    started = time.perf_counter()
    trainer.fit(epochs, should_stop=lambda: False)
    synchronize(device)
    return time.perf_counter() - started


def engine_overhead(device, repeats: int = 15, epochs: int = 2) -> None:
    """Time bare and engine runs in pairs, alternating which goes first (ABBA), and print the median ratio."""
    train, val = overhead_data(device)
    bare_run(train, val, 1, device)
    engine_run(train, val, 1, device)
    bare_times, engine_times, ratios = [], [], []
    for index in range(repeats):
        if index % 2:
            engine_times.append(engine_run(train, val, epochs, device))
            bare_times.append(bare_run(train, val, epochs, device))
        else:
            bare_times.append(bare_run(train, val, epochs, device))
            engine_times.append(engine_run(train, val, epochs, device))
        ratios.append(engine_times[-1] / bare_times[-1])
    threads = torch.get_num_threads() if torch.device(device).type == "cpu" else "-"
    print(
        f"engine overhead ({device}, threads {threads}, NeuralNetwork, 4000 samples x {epochs} epochs, batch 64, "
        f"{repeats} alternating pairs): engine {statistics.median(engine_times):.3f} s vs bare "
        f"{statistics.median(bare_times):.3f} s, median ratio {statistics.median(ratios):.3f} (target <= 1.05; "
        f"pairs: {', '.join(f'{r:.3f}' for r in ratios)})"
    )


def mnist_tensors(train: bool, device):
    """Return the real MNIST split transformed with ToTensor + Normalize((0.1307,), (0.3081,))."""
    from dlviz.data.images import load_vision_dataset

    dataset = load_vision_dataset(
        "mnist", MNIST_ROOT, train=train, transform=image_transform(DataSpec("mnist"))
    )
    x = torch.stack([dataset[i][0] for i in range(len(dataset))])
    return x.to(device), dataset.targets.clone().to(device)


def digit_recognizer_epoch(device) -> None:
    if not (MNIST_ROOT / "MNIST" / "raw" / "train-images-idx3-ubyte").exists():
        print(f"DigitRecognizer on MNIST: skipped, no MNIST files at {MNIST_ROOT}")
        return
    train, test = mnist_tensors(True, device), mnist_tensors(False, device)
    torch.manual_seed(0)
    model = DigitRecognizer().to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    trainer = Trainer(
        model, nn.CrossEntropyLoss(), optimizer, train, batch_size=64, seed=0, device=device, grad_norms=False
    )
    event = trainer.run_epoch()
    _, metrics = trainer.evaluate(test)
    threads = torch.get_num_threads() if torch.device(device).type == "cpu" else "-"
    print(
        f"DigitRecognizer, 1 epoch on MNIST ({device}, threads {threads}): test accuracy "
        f"{metrics['accuracy']:.2%} (target >= 98%), {event.samples / event.seconds:,.0f} samples/s "
        f"({event.seconds:.1f} s for {event.samples:,} training samples)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cpu", help="cpu, cuda, cuda:0 or mps")
    parser.add_argument("--skip-mnist", action="store_true", help="only the engine overhead")
    parser.add_argument("--skip-overhead", action="store_true", help="only the MNIST epoch")
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (0: the app's setting)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    else:
        configure_torch_threads()
    if not args.skip_overhead:
        engine_overhead(args.device)
    if not args.skip_mnist:
        digit_recognizer_epoch(args.device)


if __name__ == "__main__":
    main()
