"""A standalone script (plain torch, torchvision, numpy, scikit-learn) that reproduces a Training Lab run."""

from __future__ import annotations

import inspect
import math
import textwrap

from dlviz.components.activations import ACTIVATIONS
from dlviz.components.losses import NEEDS_LOG_SOFTMAX, loss_code
from dlviz.components.optimizers import OPTIMIZERS
from dlviz.data import toys
from dlviz.models import registry, seed_models
from dlviz.training import components, datasets
from dlviz.training.experiment import ExperimentConfig, data_spec_for

VISION_CLASSES = {"mnist": "MNIST", "fashion_mnist": "FashionMNIST"}


def _toy_code(spec: datasets.DataSpec) -> str:
    """Return the toy generator's source and the code turning its arrays into tensors x, y."""
    generator = toys.TOYS[spec.name]
    source = inspect.getsource(generator)
    if spec.name in toys.REGRESSION:
        call = f"points, values = {spec.name}({spec.samples}, {spec.noise!r}, rng)"
        tensors = (
            "x = torch.as_tensor(points, dtype=torch.float32)\n"
            "y = torch.as_tensor(values, dtype=torch.float32).unsqueeze(1)"
        )
    else:
        classes = spec.classes if spec.name in toys.MULTICLASS else 2
        call = f"points, labels = {spec.name}({spec.samples}, {spec.noise!r}, rng, {classes})"
        tensors = (
            "x = torch.as_tensor(points, dtype=torch.float32)\ny = torch.as_tensor(labels, dtype=torch.int64)"
        )
    return f"{source}\n\nrng = np.random.default_rng(SEED)\n{call}\n{tensors}\n"


def _transform_code(spec: datasets.DataSpec) -> str:
    """Return the torchvision transform pipeline as code."""
    steps = ["transforms.ToTensor()"]
    if spec.resize_to_28 and spec.name == "digits":
        steps.append("transforms.Lambda(upscale_to_28)")
    if spec.normalize:
        mean, std = datasets.NORMALIZATION[spec.name]
        steps.append(f"transforms.Normalize({mean!r}, {std!r})")
    return "transform = transforms.Compose([\n" + "".join(f"    {s},\n" for s in steps) + "])\n"


def _image_code(spec: datasets.DataSpec) -> str:
    """Return code loading spec.samples transformed images into tensors x, y."""
    code = ""
    if spec.resize_to_28 and spec.name == "digits":
        code += inspect.getsource(datasets.upscale_to_28) + "\n\n"
    code += _transform_code(spec)
    pick = "chosen = torch.randperm(len(labels), generator=torch.Generator().manual_seed(SEED))[:{n}]\n"
    if spec.name == "digits":
        code += (
            "# scikit-learn's bundled 8x8 digits, as 8-bit grey images like MNIST's\n"
            "bunch = skdata.load_digits()\n"
            "pixels = np.round(bunch.images * (255.0 / 16.0)).astype(np.uint8)\n"
            "labels = bunch.target.astype(np.int64)\n"
            + pick.format(n=spec.samples)
            + "x = torch.stack([transform(Image.fromarray(pixels[int(i)])) for i in chosen])\n"
            "y = torch.as_tensor([int(labels[int(i)]) for i in chosen], dtype=torch.int64)\n"
        )
    else:
        root = spec.root or "data"
        code += (
            f"dataset = datasets.{VISION_CLASSES[spec.name]}({root!r}, train=True, "
            f"download={spec.download!r}, transform=transform)\n"
            "labels = dataset.targets\n"
            + pick.format(n=spec.samples)
            + "x = torch.stack([dataset[int(i)][0] for i in chosen])\n"
            "y = torch.as_tensor([int(labels[int(i)]) for i in chosen], dtype=torch.int64)\n"
        )
    return code


def _model_code(config: ExperimentConfig, input_shape: tuple[int, ...], outputs: int) -> tuple[str, str]:
    """Return (class definitions, the expression building the model)."""
    spec = config.model
    definitions = ""
    if spec.name == "mlp":
        layers = ["nn.Flatten()"]
        features = math.prod(input_shape)
        for _ in range(spec.depth):
            layers.append(f"nn.Linear({features}, {spec.width})")
            if spec.batch_norm:
                layers.append(f"nn.BatchNorm1d({spec.width})")
            layers.append(ACTIVATIONS[spec.activation].code())
            if spec.dropout > 0:
                layers.append(f"nn.Dropout({spec.dropout!r})")
            features = spec.width
        layers.append(f"nn.Linear({features}, {outputs})")
        expression = "nn.Sequential(\n" + "".join(f"    {layer},\n" for layer in layers) + ")"
    elif spec.name == "simple_nn":
        definitions = inspect.getsource(seed_models.SimpleNN)
        expression = f"SimpleNN({math.prod(input_shape)}, {spec.width}, {outputs})"
    else:
        cls = {"neural_network": seed_models.NeuralNetwork, "digit_recognizer": seed_models.DigitRecognizer}[
            spec.name
        ]
        definitions = inspect.getsource(cls)
        expression = f"{cls.__name__}()"
    if config.loss in NEEDS_LOG_SOFTMAX:
        definitions += ("\n\n" if definitions else "") + inspect.getsource(registry.WithLogSoftmax)
        expression = f"WithLogSoftmax({expression})"
    return definitions, expression


def _optimizer_code(config: ExperimentConfig) -> str:
    kwargs = ", ".join(f"{k}={v!r}" for k, v in components.optimizer_kwargs(config.optimizer).items())
    code = f"optimizer = torch.optim.{OPTIMIZERS[config.optimizer.name].__name__}(model.parameters(), {kwargs})\n"
    scheduler = components.scheduler_call(config.optimizer, config.epochs)
    code += f"scheduler = {scheduler}\n" if scheduler else "scheduler = None\n"
    return code


LOOP = """
torch.manual_seed(SEED)
generator = torch.Generator().manual_seed(SEED)
train_x, train_y = train_x.to(DEVICE), train_y.to(DEVICE)
val_x, val_y = val_x.to(DEVICE), val_y.to(DEVICE)
classification = not torch.is_floating_point(train_y)

for epoch in range(EPOCHS):
    # train
    model.train()
    loss_sum, seen = torch.zeros((), device=DEVICE), 0
    n = len(train_x)
    order = torch.randperm(n, generator=generator) if SHUFFLE else torch.arange(n)
    for start in range(0, n, BATCH_SIZE):
        index = order[start : start + BATCH_SIZE].to(DEVICE)
        inputs, targets = train_x[index], train_y[index]
        output = model(inputs)
        loss = loss_fn(output, targets)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        loss_sum += loss.detach() * len(inputs)
        seen += len(inputs)
    train_loss = loss_sum.item() / seen

    # validate
    model.eval()
    val_sum, correct = torch.zeros((), device=DEVICE), 0
    with torch.no_grad():
        for start in range(0, len(val_x), 1000):
            inputs, targets = val_x[start : start + 1000], val_y[start : start + 1000]
            output = model(inputs)
            val_sum += loss_fn(output, targets) * len(inputs)
            if classification:
                correct += (output.argmax(dim=1) == targets).sum().item()
    val_loss = val_sum.item() / max(len(val_x), 1)
    report = f"epoch {epoch + 1}: train loss {train_loss:.6f}, validation loss {val_loss:.6f}"
    if classification and len(val_x):
        report += f", validation accuracy {correct / len(val_x):.4f}"
    print(report)

    if isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
        scheduler.step(val_loss if len(val_x) else train_loss)
    elif scheduler is not None:
        scheduler.step()

print(f"final train loss {train_loss:.8f}")
"""


def export_script(
    config: ExperimentConfig, input_shape: tuple[int, ...], outputs: int, device: str = "cpu"
) -> str:
    """Return a Python script reproducing config's run (same data, model, hyperparameters and seed)."""
    spec = data_spec_for(config)
    image = spec.name in datasets.IMAGE_DATASETS
    imports = ["import math", "", "import numpy as np", "import torch", "import torch.nn.functional as F"]
    imports += ["from sklearn import datasets as skdata", "from torch import nn"]
    if image:
        imports += ["from PIL import Image", "from torchvision import datasets, transforms"]
    data_code = _image_code(spec) if image else _toy_code(spec)
    definitions, model_expression = _model_code(config, input_shape, outputs)
    device_line = '"cpu"' if device == "cpu" else f'"{device}" if torch.cuda.is_available() else "cpu"'
    if device == "mps":
        device_line = '"mps" if torch.backends.mps.is_available() else "cpu"'
    header = textwrap.dedent(f'''\
        """Reproduce a dlviz Training Lab run: {spec.name}, {config.model.name}, {config.loss}, {config.optimizer.name}, seed {config.seed}.

        Needs torch, torchvision, numpy and scikit-learn; run with `python this_file.py`.
        """
        ''')
    settings = (
        f"SEED = {config.seed}\nEPOCHS = {config.epochs}\nBATCH_SIZE = {config.batch_size}\n"
        f"SHUFFLE = {config.shuffle!r}\nVAL_FRACTION = {spec.val_fraction!r}\nDEVICE = {device_line}\n"
    )
    split = (
        "order = torch.randperm(len(x), generator=torch.Generator().manual_seed(SEED))\n"
        "n_val = int(round(len(x) * VAL_FRACTION))\n"
        "train_x, train_y = x[order[n_val:]], y[order[n_val:]]\n"
        "val_x, val_y = x[order[:n_val]], y[order[:n_val]]\n"
    )
    model_section = (definitions + "\n\n" if definitions else "") + (
        f"torch.manual_seed(SEED)\nmodel = {model_expression}.to(DEVICE)\n"
        f"loss_fn = {loss_code(config.loss)}\n" + _optimizer_code(config)
    )
    return (
        header
        + "\n"
        + "\n".join(imports)
        + "\n\n"
        + settings
        + "\n# --- data ---\n"
        + data_code
        + split
        + "\n# --- model, loss, optimizer ---\n"
        + model_section
        + "\n# --- training loop: train, then validate, each epoch ---"
        + LOOP
    )
