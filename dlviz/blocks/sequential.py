"""An nn.Sequential described as data: layer specs, shape propagation and why a shape breaks."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import torch
from torch import nn

from dlviz import limits
from dlviz.errors import UserFacingError


@dataclass(frozen=True)
class Param:
    """One constructor argument of a layer: its name, default and allowed range."""

    name: str
    default: int | float
    lo: int | float
    hi: int | float

    @property
    def is_float(self) -> bool:
        """Return whether the argument is a float (else an int)."""
        return isinstance(self.default, float)


@dataclass(frozen=True)
class LayerKind:
    """A layer type the builder offers: its constructor arguments and how to build it."""

    name: str
    params: tuple[Param, ...]
    build: Callable[..., nn.Module]


def _sizes(name: str, default: int) -> Param:
    return Param(name, default, 1, limits.MAX_LAYER_FEATURES.value)


def _width(name: str, default: int) -> Param:
    return Param(name, default, 1, limits.MAX_LAYER_WIDTH.value)


KERNEL = Param("kernel_size", 3, 1, 15)
STRIDE = Param("stride", 1, 1, 8)
PADDING = Param("padding", 0, 0, 8)

LAYER_KINDS: dict[str, LayerKind] = {
    kind.name: kind
    for kind in (
        LayerKind("Linear", (_sizes("in_features", 784), _width("out_features", 10)), nn.Linear),
        LayerKind(
            "Conv2d",
            (_width("in_channels", 1), _width("out_channels", 8), KERNEL, STRIDE, PADDING),
            nn.Conv2d,
        ),
        LayerKind(
            "MaxPool2d", (Param("kernel_size", 2, 1, 15), Param("stride", 2, 1, 8), PADDING), nn.MaxPool2d
        ),
        LayerKind("Dropout", (Param("p", 0.5, 0.0, 0.99),), nn.Dropout),
        LayerKind("BatchNorm1d", (_width("num_features", 10),), nn.BatchNorm1d),
        LayerKind("BatchNorm2d", (_width("num_features", 8),), nn.BatchNorm2d),
        LayerKind("ReLU", (), nn.ReLU),
        LayerKind("Sigmoid", (), nn.Sigmoid),
        LayerKind("Tanh", (), nn.Tanh),
        LayerKind("LeakyReLU", (Param("negative_slope", 0.01, 0.0, 1.0),), nn.LeakyReLU),
        LayerKind("GELU", (), nn.GELU),
        LayerKind("Softmax", (Param("dim", 1, -1, 3),), nn.Softmax),
        LayerKind("Flatten", (), nn.Flatten),
    )
}


@dataclass(frozen=True)
class LayerSpec:
    """A layer as data: its kind and constructor arguments."""

    kind: str
    args: tuple = ()

    @property
    def label(self) -> str:
        """Return the layer as PyTorch code, e.g. Conv2d(1, 8, kernel_size=3, stride=1, padding=0)."""
        kind = LAYER_KINDS[self.kind]
        parts = []
        for index, (param, value) in enumerate(zip(kind.params, self.args, strict=True)):
            positional = index < 2 and self.kind in ("Linear", "Conv2d")
            parts.append(repr(value) if positional else f"{param.name}={value!r}")
        return f"{self.kind}({', '.join(parts)})"


def make_spec(kind: str, *args) -> LayerSpec:
    """Return a checked layer spec: unknown kinds and out-of-range arguments raise a clear error."""
    if kind not in LAYER_KINDS:
        raise UserFacingError("blocks.err.unknown_layer", kind=kind)
    params = LAYER_KINDS[kind].params
    values = list(args) + [p.default for p in params[len(args) :]]
    if len(values) != len(params):
        raise UserFacingError("blocks.err.arg_count", kind=kind, count=len(params))
    checked = []
    for param, value in zip(params, values, strict=True):
        try:
            value = float(value) if param.is_float else int(value)
        except (TypeError, ValueError, OverflowError):
            value = None
        if value is None or not param.lo <= value <= param.hi:
            raise UserFacingError(
                "blocks.err.param_range", kind=kind, name=param.name, value=value, lo=param.lo, hi=param.hi
            )
        checked.append(value)
    return LayerSpec(kind, tuple(checked))


@dataclass(frozen=True)
class ShapeStep:
    """One layer with the shape going in, the shape coming out (None if it breaks) and why it broke."""

    index: int
    spec: LayerSpec
    in_shape: tuple[int, ...]
    out_shape: tuple[int, ...] | None
    parameters: int = 0
    problem: str | None = None
    problem_params: dict = field(default_factory=dict)
    hint: str | None = None
    hint_params: dict = field(default_factory=dict)


def shape_text(shape: tuple[int, ...]) -> str:
    """Return a shape as (8, 1, 28, 28)."""
    return "(" + ", ".join(str(n) for n in shape) + ")"


def _window_problem(spec: LayerSpec, shape: tuple[int, ...]) -> tuple | None:
    """Return why a Conv2d/MaxPool2d window does not fit the image, or None."""
    kernel, stride, padding = spec.args[-3:]
    if spec.kind == "MaxPool2d" and 2 * padding > kernel:
        return (
            "blocks.shape.pool_padding",
            {"padding": padding, "kernel": kernel},
            "blocks.hint.pool_padding",
            {},
        )
    for axis, size in (("H", shape[2]), ("W", shape[3])):
        if kernel > size + 2 * padding:
            params = {
                "layer": spec.kind,
                "kernel": kernel,
                "axis": axis,
                "size": size,
                "padding": padding,
                "padded": size + 2 * padding,
            }
            return ("blocks.shape.window", params, "blocks.hint.window", {})
    return None


def shape_problem(spec: LayerSpec, shape: tuple[int, ...], training: bool = True) -> tuple | None:
    """Return (problem key, params, hint key, hint params) when spec cannot take shape, else None."""
    ndim = len(shape)
    common = {"layer": spec.label, "shape": shape_text(shape), "ndim": ndim}
    if spec.kind == "Linear":
        expected = spec.args[0]
        if shape[-1] != expected:
            problem = ("blocks.shape.linear_in", {**common, "expected": expected, "actual": shape[-1]})
            if ndim > 2:
                flat = math.prod(shape[1:])
                formula = " × ".join(str(n) for n in shape[1:])
                return (*problem, "blocks.hint.flatten", {"flat": flat, "formula": formula})
            return (*problem, "blocks.hint.in_features", {"actual": shape[-1]})
        return None
    if spec.kind in ("Conv2d", "MaxPool2d", "BatchNorm2d") and ndim != 4:
        return ("blocks.shape.needs_image", common, "blocks.hint.needs_image", {})
    if spec.kind == "BatchNorm1d" and ndim not in (2, 3):
        return ("blocks.shape.needs_features", common, "blocks.hint.needs_features", {})
    if spec.kind in ("Conv2d", "BatchNorm1d", "BatchNorm2d") and shape[1] != spec.args[0]:
        name = "in_channels" if spec.kind == "Conv2d" else "num_features"
        params = {**common, "expected": spec.args[0], "actual": shape[1]}
        return ("blocks.shape.channels", params, "blocks.hint.channels", {"name": name, "actual": shape[1]})
    if spec.kind in ("Conv2d", "MaxPool2d"):
        return _window_problem(spec, shape)
    if spec.kind.startswith("BatchNorm") and training and shape[0] * math.prod(shape[2:]) == 1:
        return ("blocks.shape.bn_batch", common, "blocks.hint.bn_batch", {})
    if spec.kind == "Softmax" and not -ndim <= spec.args[0] < ndim:
        return ("blocks.shape.dim", {**common, "dim": spec.args[0]}, "blocks.hint.dim", {"last": ndim - 1})
    return None


def check_input_shape(shape: tuple[int, ...]) -> tuple[int, ...]:
    """Return the input shape if it is (N, F) or (N, C, H, W) within the caps, else raise."""
    if len(shape) not in (2, 4) or any(n < 1 for n in shape):
        raise UserFacingError("blocks.err.input_shape", shape=shape_text(shape))
    limits.MAX_LAYER_FEATURES.check(math.prod(shape[1:]))
    limits.MAX_BLOCKS_BATCH.check(shape[0])
    return tuple(shape)


def propagate_shapes(
    specs: list[LayerSpec], input_shape: tuple[int, ...], training: bool = True
) -> list[ShapeStep]:
    """Run the layers on a shape-only (meta) tensor; stop at the first layer the shape breaks, saying why."""
    limits.MAX_SEQUENTIAL_LAYERS.check(len(specs))
    shape = check_input_shape(input_shape)
    steps = []
    with torch.device("meta"):
        x = torch.empty(shape)
        for index, spec in enumerate(specs):
            problem = shape_problem(spec, shape, training)
            if problem:
                key, params, hint, hint_params = problem
                steps.append(ShapeStep(index, spec, shape, None, 0, key, params, hint, hint_params))
                break
            layer = LAYER_KINDS[spec.kind].build(*spec.args).train(training)
            try:
                x = layer(x)
            except (RuntimeError, ValueError, IndexError) as error:
                message = str(error).splitlines()[0]
                steps.append(
                    ShapeStep(index, spec, shape, None, 0, "blocks.shape.torch", {"message": message})
                )
                break
            count = sum(p.numel() for p in layer.parameters())
            steps.append(ShapeStep(index, spec, shape, tuple(x.shape), count))
            shape = tuple(x.shape)
    return steps


def sequential_code(specs: list[LayerSpec], input_shape: tuple[int, ...]) -> str:
    """Return plain PyTorch code that builds the Sequential and prints each layer's output shape."""
    layers = "".join(f"    nn.{spec.label},\n" for spec in specs)
    return (
        "import torch\nfrom torch import nn\n\n"
        f"model = nn.Sequential(\n{layers})\n"
        f"x = torch.zeros{shape_text(input_shape)}\n"
        "for index, layer in enumerate(model):\n"
        "    try:\n"
        "        x = layer(x)\n"
        "    except RuntimeError as error:  # the layer the page marks in red: its input does not fit\n"
        "        print(index, layer, 'error:', str(error).splitlines()[0])\n"
        "        break\n"
        "    print(index, layer, tuple(x.shape))\n"
    )


def flow_dot(steps: list[ShapeStep], input_shape: tuple[int, ...], input_label: str) -> str:
    """Return a DOT graph: input shape, then each layer and the shape it hands on; a broken layer in red."""
    lines = [
        "digraph G {",
        "rankdir=TB; nodesep=0.2; ranksep=0.18;",
        'node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];',
        'edge [fontname="Helvetica", fontsize=10];',
        f'in [label="{input_label}\\n{shape_text(input_shape)}", fillcolor="#e8f0fe"];',
    ]
    previous = "in"
    for step in steps:
        node = f"l{step.index}"
        color = "#fde2e1" if step.out_shape is None else "#f1f3f4"
        label = f"{step.index}: {step.spec.label}"
        lines.append(f'{node} [label="{label}", fillcolor="{color}"];')
        lines.append(f"{previous} -> {node};")
        if step.out_shape is not None:
            shape_node = f"s{step.index}"
            lines.append(f'{shape_node} [label="{shape_text(step.out_shape)}", shape=plaintext, style=""];')
            lines.append(f"{node} -> {shape_node} [arrowhead=none];")
            previous = shape_node
        else:
            lines.append(
                f'x{step.index} [label="✗", shape=plaintext, style="", fontcolor="#c5221f", fontsize=18];'
            )
            lines.append(f'{node} -> x{step.index} [color="#c5221f"];')
    lines.append("}")
    return "\n".join(lines)


PRESETS: dict[str, tuple[tuple[int, ...], list[LayerSpec]]] = {
    "seed000_neural_network": (
        (8, 1, 28, 28),
        [
            make_spec("Flatten"),
            make_spec("Linear", 784, 512),
            make_spec("ReLU"),
            make_spec("Linear", 512, 512),
            make_spec("ReLU"),
            make_spec("Linear", 512, 10),
        ],
    ),
    "seed001_digit_recognizer": (
        (8, 1, 28, 28),
        [
            make_spec("Conv2d", 1, 32, 3, 1, 0),
            make_spec("ReLU"),
            make_spec("Conv2d", 32, 64, 3, 1, 0),
            make_spec("ReLU"),
            make_spec("MaxPool2d", 2, 2, 0),
            make_spec("Dropout", 0.25),
            make_spec("Flatten"),
            make_spec("Linear", 9216, 128),
            make_spec("ReLU"),
            make_spec("Dropout", 0.5),
            make_spec("Linear", 128, 10),
        ],
    ),
    "seed001_common_layers": (
        (8, 3, 32, 32),
        [
            make_spec("Conv2d", 3, 16, 3, 1, 0),
            make_spec("MaxPool2d", 2, 2, 0),
            make_spec("Linear", 100, 50),
            make_spec("ReLU"),
            make_spec("BatchNorm1d", 50),
            make_spec("Dropout", 0.5),
        ],
    ),
    "seed002_simple_net": (
        (5, 10),
        [make_spec("Linear", 10, 50), make_spec("ReLU"), make_spec("Linear", 50, 1)],
    ),
}


def encode_specs(specs: list[LayerSpec]) -> str:
    """Return layers as URL text, e.g. Conv2d:1,8,3,1,0;ReLU;Flatten."""
    return ";".join(
        spec.kind + (":" + ",".join(str(a) for a in spec.args) if spec.args else "") for spec in specs
    )


def _number(text: str) -> int | float:
    """Return an int or float parsed from text, or raise a clear error."""
    try:
        return float(text) if any(c in text for c in ".eE") else int(text)
    except ValueError:
        raise UserFacingError("blocks.err.url_layers", text=text[:40]) from None


def decode_specs(text: str) -> list[LayerSpec]:
    """Return the layers encoded by encode_specs; malformed text raises a clear error, sizes are checked."""
    limits.MAX_TEXT_INPUT_CHARS.check(len(text))
    specs = []
    for part in filter(None, text.split(";")):
        kind, _, args = part.partition(":")
        specs.append(make_spec(kind.strip(), *(_number(a.strip()) for a in filter(None, args.split(",")))))
    limits.MAX_SEQUENTIAL_LAYERS.check(len(specs))
    return specs


def decode_shape(text: str) -> tuple[int, ...]:
    """Return an input shape from URL text like 8,1,28,28, checked."""
    limits.MAX_TEXT_INPUT_CHARS.check(len(text))
    values = [_number(part.strip()) for part in text.split(",") if part.strip()]
    if any(isinstance(v, float) for v in values):
        raise UserFacingError("blocks.err.input_shape", shape=text[:40])
    return check_input_shape(tuple(values))
