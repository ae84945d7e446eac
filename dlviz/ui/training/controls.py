"""Training Lab settings widgets (main area), returning one ExperimentConfig."""

from __future__ import annotations

import streamlit as st

from dlviz import limits
from dlviz.data.images import data_dir
from dlviz.hosting import hosted_mode
from dlviz.models.registry import ACTIVATIONS, IMAGE_ONLY, MODELS, ModelSpec
from dlviz.training.components import LOSSES, OPTIMIZERS, SCHEDULERS, OptimizerSpec
from dlviz.training.datasets import DATASETS, IMAGE_DATASETS, DataSpec
from dlviz.training.experiment import ExperimentConfig
from dlviz.ui.i18n import option_label, tr

LEARNING_RATES = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0]
BATCH_SIZES = [8, 16, 32, 64, 128, 256, 512, 1024]
MLP_WIDTHS = [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024]
SIMPLE_NN_WIDTHS = [8, 16, 32, 64, 128, 256, 512]
WEIGHT_DECAYS = [0.0, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1]
IMAGE_DEFAULTS = {
    "training_lr": 0.001,
    "training_batch_size": 64,
    "training_epochs": 2,
    "training_auto": False,
}
TOY_DEFAULTS = {"training_lr": 0.03, "training_batch_size": 32, "training_epochs": 20}
MLP_WIDTH_DEFAULT = 32
OPTION_PREFIXES = {  # setting -> i18n prefix of its options' labels (selectboxes and run labels)
    "data.name": "training.opt.dataset",
    "model.name": "training.opt.model",
    "loss": "training.opt.loss",
    "optimizer.name": "training.opt.optimizer",
    "optimizer.scheduler": "training.opt.scheduler",
}


def _dataset_changed() -> None:
    """Switch to sensible defaults when moving between toy and image data."""
    image = st.session_state["training_dataset"] in IMAGE_DATASETS
    st.session_state.update(IMAGE_DEFAULTS if image else TOY_DEFAULTS)
    if not image and st.session_state.get("training_model") in IMAGE_ONLY:
        st.session_state["training_model"] = "mlp"


def _init_defaults() -> None:
    """Put the widgets that _dataset_changed may set into session state once (no widget defaults then)."""
    for key, value in {**TOY_DEFAULTS, "training_auto": True}.items():
        st.session_state.setdefault(key, value)


def data_controls() -> DataSpec:
    """Draw the dataset widgets; return the DataSpec."""
    name = st.selectbox(
        tr("training.dataset"),
        DATASETS,
        format_func=option_label(OPTION_PREFIXES["data.name"]),
        key="training_dataset",
        on_change=_dataset_changed,
    )
    if name in IMAGE_DATASETS:
        samples = st.slider(
            tr("training.samples"),
            200,
            int(limits.MAX_TRAINING_IMAGES.value),
            2000,
            100,
            key="training_images",
        )
        normalize = st.checkbox(tr("training.normalize"), True, key="training_normalize")
        root, download = "", False
        if name != "digits":
            root = data_folder_input()
            download = st.checkbox(tr("training.download"), False, key="training_download")
        spec = DataSpec(name=name, samples=samples, normalize=normalize, root=root.strip(), download=download)
    else:
        samples = st.slider(
            tr("training.samples"), 50, int(limits.MAX_TOY_SAMPLES.value), 500, 50, key="training_points"
        )
        noise = st.slider(tr("training.noise"), 0.0, 1.0, 0.2, 0.05, key="training_noise")
        classes = 2
        if name in ("spiral", "gaussian"):
            classes = st.slider(tr("training.classes"), 2, 5, 2, key="training_classes")
        spec = DataSpec(name=name, samples=samples, noise=noise, classes=classes)
    val = st.slider(tr("training.val_fraction"), 0.1, 0.5, 0.2, 0.05, key="training_val")
    return DataSpec(**{**spec.__dict__, "val_fraction": val})


def data_folder_input() -> str:
    """Draw the data-folder box and return its text; in hosted mode there is no box, only the server's folder."""
    if hosted_mode():
        st.caption(tr("training.data_dir_hosted"))
        return ""
    return st.text_input(
        tr("training.data_dir"),
        str(data_dir()),
        key="training_data_dir",
        max_chars=int(limits.MAX_TEXT_INPUT_CHARS.value),
    )


def model_controls() -> ModelSpec:
    """Draw the model widgets; return the ModelSpec."""
    name = st.selectbox(
        tr("training.model"),
        list(MODELS),
        format_func=option_label(OPTION_PREFIXES["model.name"]),
        key="training_model",
    )
    if name == "mlp":
        depth = st.slider(tr("training.depth"), 1, int(limits.MAX_DEPTH.value), 2, key="training_depth")
        width = st.select_slider(
            tr("training.width"),
            [w for w in MLP_WIDTHS if w <= limits.MAX_LAYER_WIDTH.value],
            MLP_WIDTH_DEFAULT,
            key="training_width",
        )
        activation = st.selectbox(tr("training.activation"), list(ACTIVATIONS), key="training_activation")
        dropout = st.slider(tr("training.dropout"), 0.0, 0.8, 0.0, 0.05, key="training_dropout")
        batch_norm = st.checkbox(tr("training.batch_norm"), False, key="training_batch_norm")
        return ModelSpec(name, depth, width, activation, dropout, batch_norm)
    if name == "simple_nn":
        width = st.select_slider(tr("training.width"), SIMPLE_NN_WIDTHS, 128, key="training_simple_width")
        return ModelSpec(name, width=width)
    if name == "digit_recognizer":
        st.info(tr("training.digit_fix"), icon="🩹")
    return ModelSpec(name)


def optimizer_controls() -> tuple[str, OptimizerSpec, int, int, bool]:
    """Draw loss, optimizer, scheduler and loop widgets; return (loss, optimizer spec, epochs, batch, shuffle)."""
    loss = st.selectbox(
        tr("training.loss"),
        list(LOSSES),
        format_func=option_label(OPTION_PREFIXES["loss"]),
        key="training_loss",
    )
    name = st.selectbox(
        tr("training.optimizer"),
        list(OPTIMIZERS),
        index=1,
        format_func=option_label(OPTION_PREFIXES["optimizer.name"]),
        key="training_optimizer",
    )
    lr = st.select_slider(tr("training.lr"), LEARNING_RATES, key="training_lr")
    momentum, nesterov = 0.0, False
    if name in ("sgd", "rmsprop"):
        momentum = st.slider(
            tr("training.momentum"),
            0.0,
            0.99,
            0.9 if name == "sgd" else 0.0,
            0.01,
            key=f"training_momentum_{name}",
        )
    if name == "sgd":
        nesterov = st.checkbox(tr("training.nesterov"), False, key="training_nesterov")
    decay = st.select_slider(tr("training.weight_decay"), WEIGHT_DECAYS, 0.0, key="training_weight_decay")
    scheduler = st.selectbox(
        tr("training.scheduler"),
        SCHEDULERS,
        format_func=option_label(OPTION_PREFIXES["optimizer.scheduler"]),
        key="training_scheduler",
    )
    step_size, gamma = 5, 0.5
    if scheduler != "none":
        columns = st.columns(2)
        if scheduler == "step":
            step_size = columns[0].slider(tr("training.step_size"), 1, 20, 5, key="training_step_size")
        if scheduler in ("step", "plateau"):
            gamma = columns[1].slider(tr("training.gamma"), 0.1, 0.9, 0.5, 0.1, key="training_gamma")
    epochs = st.slider(tr("training.epochs"), 1, int(limits.MAX_EPOCHS.value), key="training_epochs")
    batch = st.select_slider(
        tr("training.batch_size"),
        [b for b in BATCH_SIZES if b <= limits.MAX_BATCH_SIZE.value],
        key="training_batch_size",
    )
    shuffle = st.checkbox(tr("training.shuffle"), True, key="training_shuffle")
    spec = OptimizerSpec(name, lr, momentum, nesterov, decay, scheduler, step_size, gamma)
    return loss, spec, epochs, batch, shuffle


def experiment_controls(seed: int) -> ExperimentConfig:
    """Draw the three settings columns; return the experiment they define."""
    _init_defaults()
    data_column, model_column, optim_column = st.columns(3, gap="medium")
    with data_column:
        st.subheader(tr("training.section.data"))
        data = data_controls()
    with model_column:
        st.subheader(tr("training.section.model"))
        model = model_controls()
    with optim_column:
        st.subheader(tr("training.section.optim"))
        loss, optimizer, epochs, batch, shuffle = optimizer_controls()
    return ExperimentConfig(data, model, optimizer, loss, epochs, batch, shuffle, seed)


def describe_change(setting: str, old, new) -> str:
    """Return one run-label change in the session's language, e.g. '学习率 0.01→0.1' (options by their labels)."""
    if setting in OPTION_PREFIXES:
        label = option_label(OPTION_PREFIXES[setting])
        old, new = label(old), label(new)
    elif isinstance(new, bool):
        old, new = (tr("training.short.on") if v else tr("training.short.off") for v in (old, new))
    return f"{tr(f'training.short.{setting}')} {old}→{new}"
