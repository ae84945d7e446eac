"""Single layers at work on an image: Conv2d, MaxPool2d, Dropout and BatchNorm, train vs eval."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from dlviz import limits
from dlviz.code_source import plain_source
from dlviz.data import standalone
from dlviz.errors import UserFacingError
from dlviz.rng import seeded


@dataclass(frozen=True)
class OutputSize:
    """The numbers of floor((n + 2p - d(k - 1) - 1) / s) + 1 and its result."""

    size: int
    kernel: int
    stride: int
    padding: int
    dilation: int

    @property
    def value(self) -> int:
        """Return the output length along one spatial axis."""
        return (self.size + 2 * self.padding - self.dilation * (self.kernel - 1) - 1) // self.stride + 1

    @property
    def numerator(self) -> int:
        """Return n + 2p - d(k - 1) - 1."""
        return self.size + 2 * self.padding - self.dilation * (self.kernel - 1) - 1


def resize_image(image: torch.Tensor, side: int) -> torch.Tensor:
    """Return an image batch (N, C, H, W) resized to side × side (bilinear), side capped."""
    limits.MAX_IMAGE_SIDE.check(side)
    if side < 1:
        raise UserFacingError("blocks.err.side_too_small", side=side)
    if image.shape[-1] == side and image.shape[-2] == side:
        return image
    return F.interpolate(image, size=(side, side), mode="bilinear", align_corners=False)


def check_window(size: int, kernel: int, stride: int, padding: int, layer: str) -> OutputSize:
    """Return the output-size numbers, or raise a clear error when the window cannot fit."""
    if stride < 1:
        raise UserFacingError("blocks.err.stride", stride=stride)
    if layer == "MaxPool2d" and 2 * padding > kernel:
        raise UserFacingError("blocks.err.pool_padding", padding=padding, kernel=kernel)
    if kernel > size + 2 * padding:
        raise UserFacingError(
            "blocks.err.kernel_too_big",
            layer=layer,
            kernel=kernel,
            size=size,
            padding=padding,
            padded=size + 2 * padding,
        )
    return OutputSize(size, kernel, stride, padding, 1)


@dataclass(frozen=True)
class ConvResult:
    """A Conv2d applied to one image: the input, the kernels, the feature maps and the size formula."""

    image: torch.Tensor
    weight: torch.Tensor
    bias: torch.Tensor
    output: torch.Tensor
    formula: OutputSize


def run_conv(
    image: torch.Tensor, out_channels: int, kernel: int, stride: int, padding: int, seed: int
) -> ConvResult:
    """Apply a freshly initialised (seeded) nn.Conv2d to one image (1, C, H, W)."""
    limits.MAX_CONV_CHANNELS.check(out_channels)
    formula = check_window(image.shape[-1], kernel, stride, padding, "Conv2d")
    with seeded(seed):
        conv = nn.Conv2d(image.shape[1], out_channels, kernel_size=kernel, stride=stride, padding=padding)
    with torch.no_grad():
        output = conv(image)
    return ConvResult(image, conv.weight.detach(), conv.bias.detach(), output, formula)


@dataclass(frozen=True)
class PoolResult:
    """A MaxPool2d applied to an image, with the size formula."""

    image: torch.Tensor
    output: torch.Tensor
    formula: OutputSize


def run_maxpool(image: torch.Tensor, kernel: int, stride: int, padding: int) -> PoolResult:
    """Apply nn.MaxPool2d to an image (N, C, H, W)."""
    formula = check_window(image.shape[-1], kernel, stride, padding, "MaxPool2d")
    output = nn.MaxPool2d(kernel_size=kernel, stride=stride, padding=padding)(image)
    return PoolResult(image, output, formula)


@dataclass(frozen=True)
class DropoutResult:
    """nn.Dropout(p) on an image in train mode (zeros, survivors scaled) and in eval mode (identity)."""

    image: torch.Tensor
    train_output: torch.Tensor
    eval_output: torch.Tensor
    p: float

    @property
    def zeroed_fraction(self) -> float:
        """Return the share of pixels that were non-zero and became zero in train mode."""
        nonzero = self.image != 0
        return float((self.train_output[nonzero] == 0).float().mean()) if nonzero.any() else 0.0


def run_dropout(image: torch.Tensor, p: float, seed: int) -> DropoutResult:
    """Apply nn.Dropout(p) to an image in train mode (seeded) and in eval mode."""
    if not 0.0 <= p < 1.0:
        raise UserFacingError("blocks.err.dropout_p", p=p)
    dropout = nn.Dropout(p)
    with seeded(seed):
        train_output = dropout.train()(image)
    eval_output = dropout.eval()(image)
    return DropoutResult(image, train_output, eval_output, p)


@dataclass(frozen=True)
class BatchNormRun:
    """BatchNorm2d over several train-mode batches: statistics per step, then train vs eval outputs."""

    batch_means: list[float]
    batch_vars: list[float]
    running_means: list[float]
    running_vars: list[float]
    last_batch: torch.Tensor
    train_output: torch.Tensor
    eval_output: torch.Tensor
    momentum: float


def run_batchnorm(batches: torch.Tensor, momentum: float) -> BatchNormRun:
    """Feed batches (steps, N, 1, H, W) through nn.BatchNorm2d(1) in train mode, then the last one in eval mode."""
    bn = nn.BatchNorm2d(1, momentum=momentum)
    batch_means, batch_vars, running_means, running_vars = [], [], [], []
    with torch.no_grad():
        for batch in batches:
            train_output = bn.train()(batch)
            batch_means.append(float(batch.mean()))
            batch_vars.append(float(batch.var(unbiased=True)))
            running_means.append(float(bn.running_mean[0]))
            running_vars.append(float(bn.running_var[0]))
        eval_output = bn.eval()(batches[-1])
    return BatchNormRun(
        batch_means, batch_vars, running_means, running_vars, batches[-1], train_output, eval_output, momentum
    )


def _with_sample_images() -> str:
    """Return the imports and the sample_images function the layer demos' code starts with."""
    return f"{standalone.IMPORTS}from torch import nn\n\n\n{plain_source(standalone.sample_images)}\n\n"


def _one_image(side: int, seed: int, root: str, dataset: str) -> str:
    """Return lines loading the demo's image, resized to side×side when it is not 28."""
    resize = (
        f"image = F.interpolate(image, size=({side}, {side}), mode='bilinear', align_corners=False)\n"
        if side != 28
        else ""
    )
    return f"image, label = sample_images(1, seed={seed}, root={root!r}, dataset={dataset!r})  # (1, 1, 28, 28), values in [0, 1]\n{resize}"


def conv_code(
    side: int,
    out_channels: int,
    kernel: int,
    stride: int,
    padding: int,
    seed: int,
    root: str = "data",
    dataset: str = "MNIST",
) -> str:
    """Return plain PyTorch code reproducing the Conv2d demo."""
    return (
        f"{_with_sample_images()}{_one_image(side, seed, root, dataset)}"
        f"torch.manual_seed({seed})\n"
        f"conv = nn.Conv2d(1, {out_channels}, kernel_size={kernel}, stride={stride}, padding={padding})\n"
        "with torch.no_grad():\n    feature_maps = conv(image)\n"
        "# floor((H + 2*padding - (kernel_size - 1) - 1) / stride) + 1\n"
        f"print(tuple(feature_maps.shape), ({side} + 2*{padding} - ({kernel} - 1) - 1) // {stride} + 1)\n"
    )


def pool_code(
    side: int, kernel: int, stride: int, padding: int, seed: int, root: str = "data", dataset: str = "MNIST"
) -> str:
    """Return plain PyTorch code reproducing the MaxPool2d demo."""
    return (
        f"{_with_sample_images()}{_one_image(side, seed, root, dataset)}"
        f"pooled = nn.MaxPool2d(kernel_size={kernel}, stride={stride}, padding={padding})(image)\n"
        "print(tuple(pooled.shape))\n"
    )


def dropout_code(p: float, seed: int, root: str = "data", dataset: str = "MNIST") -> str:
    """Return plain PyTorch code reproducing the Dropout demo."""
    return (
        f"{_with_sample_images()}{_one_image(28, seed, root, dataset)}"
        f"dropout = nn.Dropout({p!r})\n"
        f"torch.manual_seed({seed})\n"
        f"train_output = dropout.train()(image)  # zeros, survivors times 1/(1-p) = {1 / (1 - p):.4g}\n"
        "eval_output = dropout.eval()(image)    # identity: eval_output equals image\n"
        "nonzero = image != 0  # the share of lit pixels that train mode zeroed:\n"
        "print(f'zeroed {(train_output[nonzero] == 0).float().mean().item():.1%}', torch.equal(eval_output, image))\n"
    )


def batchnorm_code(
    batch_size: int, steps: int, momentum: float, seed: int, root: str = "data", dataset: str = "MNIST"
) -> str:
    """Return plain PyTorch code reproducing the BatchNorm demo."""
    return (
        f"{_with_sample_images()}"
        f"images, labels = sample_images({batch_size * steps}, seed={seed}, root={root!r}, dataset={dataset!r})\n"
        f"batches = images.view({steps}, {batch_size}, 1, 28, 28)\n"
        f"bn = nn.BatchNorm2d(1, momentum={momentum!r})\n"
        "with torch.no_grad():\n"
        "    for batch in batches:\n"
        "        train_output = bn.train()(batch)  # normalises with this batch's mean and variance\n"
        "        # running = (1 - momentum) * running + momentum * batch statistic (unbiased variance)\n"
        "        print(bn.running_mean.item(), bn.running_var.item())\n"
        "    eval_output = bn.eval()(batches[-1])  # normalises with the running statistics\n"
        "print(f'train mean {train_output.mean().item():.4f}, train std {train_output.std().item():.4f}')\n"
        "print(f'eval mean {eval_output.mean().item():.4f}, eval std {eval_output.std().item():.4f}')\n"
    )
