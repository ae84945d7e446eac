"""Training Lab settings widgets (main area), returning one ExperimentConfig."""

from __future__ import annotations

import streamlit as st

from dlviz.data.images import dataset_present
from dlviz.hosting import hosted_mode
from dlviz.models.log_softmax_check import CHECK_BATCH, digit_recognizer_check, log_softmax_params
from dlviz.models.registry import IMAGE_ONLY, ModelSpec
from dlviz.training.components import OptimizerSpec
from dlviz.training.datasets import IMAGE_DATASETS, DataSpec
from dlviz.training.experiment import ExperimentConfig
from dlviz.training.settings import IMAGE_DEFAULTS, TOY_DEFAULTS, TRAINING_URL
from dlviz.ui import url_state as url
from dlviz.ui.data_folder import current_data_root, offer_download
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.sidebar import current_seed

MLP_WIDTH_DEFAULT = TRAINING_URL["width"].values.default
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
    name = url.selectbox(
        tr("training.dataset"),
        TRAINING_URL["dataset"],
        format_func=option_label(OPTION_PREFIXES["data.name"]),
        on_change=_dataset_changed,
    )
    if name in IMAGE_DATASETS:
        samples = url.slider(tr("training.samples"), TRAINING_URL["images"])
        normalize = url.checkbox(tr("training.normalize"), TRAINING_URL["normalize"])
        root = ""
        if name != "digits":
            root = "" if hosted_mode() else str(current_data_root())
            if not dataset_present(name, current_data_root()):
                offer_download(name, "training_download")
        spec = DataSpec(name=name, samples=samples, normalize=normalize, root=root.strip())
    else:
        samples = url.slider(tr("training.samples"), TRAINING_URL["points"])
        noise = url.slider(tr("training.noise"), TRAINING_URL["noise"])
        classes = 2
        if name in ("spiral", "gaussian"):
            classes = url.slider(tr("training.classes"), TRAINING_URL["classes"])
        spec = DataSpec(name=name, samples=samples, noise=noise, classes=classes)
    val = url.slider(tr("training.val_fraction"), TRAINING_URL["val"])
    return DataSpec(**{**spec.__dict__, "val_fraction": val})


def model_controls() -> ModelSpec:
    """Draw the model widgets; return the ModelSpec."""
    name = url.selectbox(
        tr("training.model"), TRAINING_URL["model"], format_func=option_label(OPTION_PREFIXES["model.name"])
    )
    if name == "mlp":
        depth = url.slider(tr("training.depth"), TRAINING_URL["depth"])
        width = url.select_slider(tr("training.width"), TRAINING_URL["width"])
        activation = url.selectbox(tr("training.activation"), TRAINING_URL["activation"])
        dropout = url.slider(tr("training.dropout"), TRAINING_URL["dropout"])
        batch_norm = url.checkbox(tr("training.batch_norm"), TRAINING_URL["batch_norm"])
        return ModelSpec(name, depth, width, activation, dropout, batch_norm)
    if name == "simple_nn":
        return ModelSpec(name, width=url.select_slider(tr("training.width"), TRAINING_URL["simple_width"]))
    if name == "digit_recognizer":
        check = _digit_recognizer_check(current_seed())
        with st.expander(tr("training.digit_fix_title"), icon="ℹ️"):  # a long note: folded in a narrow column
            st.info(tr("training.digit_fix", images=CHECK_BATCH, **log_softmax_params(check)))
    return ModelSpec(name)


def optimizer_controls() -> tuple[str, OptimizerSpec, int, int, bool]:
    """Draw loss, optimizer, scheduler and loop widgets; return (loss, optimizer spec, epochs, batch, shuffle)."""
    loss = url.selectbox(
        tr("training.loss"), TRAINING_URL["loss"], format_func=option_label(OPTION_PREFIXES["loss"])
    )
    name = url.selectbox(
        tr("training.optimizer"),
        TRAINING_URL["optimizer"],
        format_func=option_label(OPTION_PREFIXES["optimizer.name"]),
    )
    lr = url.select_slider(tr("training.lr"), TRAINING_URL["lr"])
    momentum, nesterov = 0.0, False
    if name in ("sgd", "rmsprop"):
        momentum = url.slider(tr("training.momentum"), TRAINING_URL[f"{name}_momentum"])
    if name == "sgd":
        nesterov = url.checkbox(tr("training.nesterov"), TRAINING_URL["nesterov"])
    decay = url.select_slider(tr("training.weight_decay"), TRAINING_URL["weight_decay"])
    scheduler = url.selectbox(
        tr("training.scheduler"),
        TRAINING_URL["scheduler"],
        format_func=option_label(OPTION_PREFIXES["optimizer.scheduler"]),
    )
    step_size, gamma = TRAINING_URL["step_size"].values.default, TRAINING_URL["gamma"].values.default
    if scheduler != "none":
        columns = st.columns(2)
        if scheduler == "step":
            with columns[0]:
                step_size = url.slider(tr("training.step_size"), TRAINING_URL["step_size"])
        if scheduler in ("step", "plateau"):
            with columns[1]:
                gamma = url.slider(tr("training.gamma"), TRAINING_URL["gamma"])
    epochs = url.slider(tr("training.epochs"), TRAINING_URL["epochs"])
    batch = url.select_slider(tr("training.batch_size"), TRAINING_URL["batch"])
    shuffle = url.checkbox(tr("training.shuffle"), TRAINING_URL["shuffle"])
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


@st.cache_data(show_spinner=False, max_entries=16)
def _digit_recognizer_check(seed: int):
    """Return the log_softmax-then-CrossEntropy check on the seeded, untrained DigitRecognizer (cached per seed)."""
    return digit_recognizer_check(seed)
