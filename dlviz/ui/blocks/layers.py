"""Layers section: Conv2d, MaxPool2d, Dropout and BatchNorm at work on real images."""

import streamlit as st
import torch

from dlviz import limits
from dlviz.blocks.figures import batchnorm_figure, image_grid
from dlviz.blocks.layers import (
    OutputSize,
    batchnorm_code,
    conv_code,
    dropout_code,
    pool_code,
    resize_image,
    run_batchnorm,
    run_conv,
    run_dropout,
    run_maxpool,
)
from dlviz.blocks.sequential import shape_text
from dlviz.ui.blocks.data import cached_images, code_dataset, code_root, source_caption
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.sidebar import current_seed

LAYERS = ("conv", "pool", "dropout", "batchnorm")
MAX_SIDE_SLIDER = min(64, limits.MAX_IMAGE_SIDE.value)


def render_layers() -> None:
    """Draw the chosen layer's demo."""
    layer = st.radio(
        tr("blocks.layers.pick"),
        LAYERS,
        format_func=option_label("blocks.layers.name"),
        key="blocks_layer",
        horizontal=True,
    )
    {"conv": _conv, "pool": _pool, "dropout": _dropout, "batchnorm": _batchnorm}[layer]()


def _formula(formula: OutputSize, out_shape: tuple[int, ...]) -> None:
    """Show the output-size formula with the numbers filled in, next to the real output shape."""
    f = formula
    st.markdown(tr("blocks.layers.formula_title"))
    st.latex(
        r"H_{out} = \left\lfloor \frac{H + 2p - d(k-1) - 1}{s} \right\rfloor + 1"
        rf" = \left\lfloor \frac{{{f.size} + 2\cdot{f.padding} - 1\cdot({f.kernel}-1) - 1}}{{{f.stride}}} \right\rfloor + 1"
        rf" = \left\lfloor \frac{{{f.numerator}}}{{{f.stride}}} \right\rfloor + 1 = {f.value}"
    )
    mark = "✅" if out_shape[-1] == f.value and out_shape[-2] == f.value else "❌"
    st.markdown(tr("blocks.layers.formula_check", shape=shape_text(out_shape), value=f.value, mark=mark))


def _window_sliders(prefix: str, kernel_default: int, stride_default: int) -> tuple[int, int, int, int]:
    """Return image side, kernel size, stride and padding from four sliders."""
    c1, c2, c3, c4 = st.columns(4)
    side = c1.slider(tr("blocks.layers.side"), 4, MAX_SIDE_SLIDER, 28, key=f"blocks_{prefix}_side")
    kernel = c2.slider(tr("blocks.layers.kernel"), 1, 11, kernel_default, key=f"blocks_{prefix}_kernel")
    stride = c3.slider(tr("blocks.layers.stride"), 1, 4, stride_default, key=f"blocks_{prefix}_stride")
    padding = c4.slider(tr("blocks.layers.padding"), 0, 5, 0, key=f"blocks_{prefix}_padding")
    return side, kernel, stride, padding


def _conv() -> None:
    """Conv2d: kernels, feature maps and the output-size formula."""
    seed = current_seed()
    side, kernel, stride, padding = _window_sliders("conv", 3, 1)
    channels = st.slider(
        tr("blocks.layers.channels"), 1, min(8, limits.MAX_CONV_CHANNELS.value), 4, key="blocks_conv_channels"
    )
    sample = cached_images(1, seed)
    source_caption(sample)
    image = resize_image(sample.images, side)
    result = run_conv(image, channels, kernel, stride, padding, seed)
    _formula(result.formula, tuple(result.output.shape))
    left, right = st.columns([1, 3])
    left.plotly_chart(
        image_grid(image[0], [tr("blocks.layers.input", shape=shape_text(tuple(image.shape)))]),
        key="blocks_conv_input",
    )
    titles = [tr("blocks.layers.kernel_n", n=i) for i in range(channels)]
    right.plotly_chart(
        image_grid(result.weight[:, 0], titles, colorscale="RdBu_r", zmid=0.0, height=200),
        key="blocks_conv_kernels",
    )
    titles = [tr("blocks.layers.map_n", n=i) for i in range(channels)]
    st.plotly_chart(
        image_grid(result.output[0], titles, colorscale="RdBu_r", zmid=0.0, height=260),
        key="blocks_conv_maps",
    )
    st.caption(
        tr(
            "blocks.layers.conv_note",
            shape=shape_text(tuple(result.output.shape)),
            weight=shape_text(tuple(result.weight.shape)),
        )
    )
    code_panel(
        conv_code(side, channels, kernel, stride, padding, seed, code_root(), code_dataset()),
        name="blocks_conv2d",
    )


def _pool() -> None:
    """MaxPool2d: the image before and after, with the output-size formula."""
    seed = current_seed()
    side, kernel, stride, padding = _window_sliders("pool", 2, 2)
    sample = cached_images(1, seed)
    source_caption(sample)
    image = resize_image(sample.images, side)
    result = run_maxpool(image, kernel, stride, padding)
    _formula(result.formula, tuple(result.output.shape))
    titles = [
        tr("blocks.layers.input", shape=shape_text(tuple(image.shape))),
        tr("blocks.layers.pooled", shape=shape_text(tuple(result.output.shape))),
    ]
    left, right = st.columns(2)
    left.plotly_chart(image_grid(image[0], titles[:1], height=320), key="blocks_pool_input")
    right.plotly_chart(image_grid(result.output[0], titles[1:], height=320), key="blocks_pool_output")
    st.caption(tr("blocks.layers.pool_note"))
    code_panel(
        pool_code(side, kernel, stride, padding, seed, code_root(), code_dataset()),
        name="blocks_maxpool2d",
    )


def _dropout() -> None:
    """Dropout: zeros and 1/(1-p) scaling in train mode, identity in eval mode."""
    seed = current_seed()
    p = st.slider(tr("blocks.layers.p"), 0.0, 0.95, 0.5, step=0.05, key="blocks_dropout_p")
    sample = cached_images(1, seed)
    source_caption(sample)
    result = run_dropout(sample.images, p, seed)
    titles = [
        tr("blocks.layers.input", shape=shape_text(tuple(sample.images.shape))),
        tr("blocks.layers.train_mode"),
        tr("blocks.layers.eval_mode"),
    ]
    maps = [sample.images[0, 0], result.train_output[0, 0], result.eval_output[0, 0]]
    st.plotly_chart(image_grid(torch.stack(maps), titles, height=300), key="blocks_dropout_maps")
    c1, c2, c3 = st.columns(3)
    c1.metric(
        tr("blocks.layers.zeroed"), f"{result.zeroed_fraction:.1%}", help=tr("blocks.layers.zeroed_help")
    )
    c2.metric(tr("blocks.layers.scale"), f"{1 / (1 - p):.4g}")
    c3.metric(
        tr("blocks.layers.eval_equal"), "✅" if bool((result.eval_output == sample.images).all()) else "❌"
    )
    st.caption(tr("blocks.layers.dropout_note"))
    code_panel(dropout_code(p, seed, code_root(), code_dataset()), name="blocks_dropout")


def _batchnorm() -> None:
    """BatchNorm2d: running statistics over train-mode steps, then train vs eval outputs."""
    seed = current_seed()
    c1, c2, c3 = st.columns(3)
    batch = c1.slider(tr("blocks.layers.bn_batch"), 2, 32, 8, key="blocks_bn_batch")
    steps = c2.slider(
        tr("blocks.layers.bn_steps"), 1, limits.MAX_BATCHNORM_STEPS.value, 10, key="blocks_bn_steps"
    )
    momentum = c3.slider(tr("blocks.layers.bn_momentum"), 0.05, 1.0, 0.1, step=0.05, key="blocks_bn_momentum")
    limits.MAX_BATCHNORM_STEPS.check(steps)
    sample = cached_images(batch * steps, seed)
    source_caption(sample)
    run = run_batchnorm(sample.images.view(steps, batch, 1, 28, 28), momentum)
    labels = {
        "mean": tr("blocks.layers.bn_mean"),
        "var": tr("blocks.layers.bn_var"),
        "batch": tr("blocks.layers.bn_batch_stat"),
        "running": tr("blocks.layers.bn_running"),
        "step": tr("blocks.layers.bn_step"),
    }
    st.plotly_chart(
        batchnorm_figure(run.batch_means, run.running_means, run.batch_vars, run.running_vars, labels),
        key="blocks_bn_chart",
    )
    st.markdown(tr("blocks.layers.bn_update", m=momentum))
    titles = [
        tr("blocks.layers.input", shape=shape_text(tuple(run.last_batch.shape))),
        tr("blocks.layers.train_mode"),
        tr("blocks.layers.eval_mode"),
    ]
    maps = torch.stack([run.last_batch[0, 0], run.train_output[0, 0], run.eval_output[0, 0]])
    st.plotly_chart(image_grid(maps, titles, colorscale="RdBu_r", zmid=0.0, height=280), key="blocks_bn_maps")
    m1, m2, m3, m4 = st.columns(4)
    m1.metric(tr("blocks.layers.bn_train_mean"), f"{float(run.train_output.mean()):.4f}")
    m2.metric(tr("blocks.layers.bn_train_std"), f"{float(run.train_output.std()):.4f}")
    m3.metric(tr("blocks.layers.bn_eval_mean"), f"{float(run.eval_output.mean()):.4f}")
    m4.metric(tr("blocks.layers.bn_eval_std"), f"{float(run.eval_output.std()):.4f}")
    st.caption(tr("blocks.layers.bn_note"))
    code_panel(
        batchnorm_code(batch, steps, momentum, seed, code_root(), code_dataset()),
        name="blocks_batchnorm",
    )
