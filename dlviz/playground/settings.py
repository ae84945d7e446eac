"""Every Playground setting in one object, with its choices, and its round trip through a URL query string."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from dlviz.data.toys import MULTICLASS, REGRESSION
from dlviz.playground.features import DEFAULT_FEATURES, FEATURES, ordered_features
from dlviz.url_values import number_text, parse_choice, parse_in_range

DATASETS = ("spiral", "moons", "circles", "xor", "gaussian", "plane")
ACTIVATION_NAMES = ("relu", "tanh", "sigmoid", "leaky_relu", "gelu")
OPTIMIZER_NAMES = ("sgd", "momentum", "adam", "rmsprop", "adamw")
REGULARIZATIONS = ("none", "l1", "l2")
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REG_RATES = (0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
BATCH_SIZES = (0, 1, 5, 10, 25, 50, 100)  # 0: the whole training set in one batch
DROPOUTS = (0.0, 0.1, 0.2, 0.3, 0.5)
CLASS_COUNTS = (2, 3, 4, 5)
NOISE_RANGE = (0.0, 1.0, 0.05)
TRAIN_PERCENT_RANGE = (10, 90, 10)
SAMPLE_RANGE = (100, 2000, 100)
MAX_HIDDEN_LAYERS = 6
MAX_NEURONS = 16


@dataclass(frozen=True)
class PlaygroundSettings:
    """One experiment: data, input features, network shape and training hyper-parameters, and the seed."""

    dataset: str = "spiral"
    classes: int = 2
    noise: float = 0.0
    train_percent: int = 50
    samples: int = 500
    features: tuple[str, ...] = DEFAULT_FEATURES
    hidden: tuple[int, ...] = (8, 8)
    activation: str = "tanh"
    optimizer: str = "adam"
    learning_rate: float = 0.03
    regularization: str = "none"
    reg_rate: float = 0.0
    batch_size: int = 0
    dropout: float = 0.0
    seed: int = 0

    @property
    def is_regression(self) -> bool:
        """Return whether the dataset asks for a real value rather than a class."""
        return self.dataset in REGRESSION

    @property
    def num_classes(self) -> int:
        """Return the number of classes (0 for regression); only spiral and gaussian take more than 2."""
        if self.is_regression:
            return 0
        return self.classes if self.dataset in MULTICLASS else 2


DEFAULTS = PlaygroundSettings()

# settings field -> URL parameter name (short, like the TensorFlow Playground's hash)
URL_NAMES = {
    "dataset": "dataset",
    "classes": "classes",
    "noise": "noise",
    "train_percent": "ratio",
    "samples": "n",
    "features": "features",
    "hidden": "hidden",
    "activation": "activation",
    "optimizer": "optimizer",
    "learning_rate": "lr",
    "regularization": "reg",
    "reg_rate": "reg_rate",
    "batch_size": "batch",
    "dropout": "dropout",
    "seed": "seed",
}


def to_query(settings: PlaygroundSettings) -> dict[str, str]:
    """Return the URL query parameters that describe settings."""
    values = asdict(settings)
    query = {}
    for name, url_name in URL_NAMES.items():
        value = values[name]
        if name == "features":
            text = ",".join(value) or "none"
        elif name == "hidden":
            text = ",".join(str(width) for width in value) or "none"
        elif isinstance(value, (int, float)):
            text = number_text(value)
        else:
            text = str(value)
        query[url_name] = text
    return query


def _parse_features(text: str) -> tuple[str, ...]:
    """Return the feature names listed in text; raise ValueError on an unknown one."""
    names = () if text == "none" else tuple(text.split(","))
    if any(name not in FEATURES for name in names) or not names:
        raise ValueError(text)
    return ordered_features(names)


def _parse_hidden(text: str) -> tuple[int, ...]:
    """Return the hidden-layer widths listed in text; raise ValueError if out of range."""
    widths = () if text == "none" else tuple(int(part) for part in text.split(","))
    if len(widths) > MAX_HIDDEN_LAYERS or any(not 1 <= w <= MAX_NEURONS for w in widths):
        raise ValueError(text)
    return widths


def _parse_seed(text: str) -> int:
    """Return a seed in 0..2**31-1."""
    seed = int(text)
    if not 0 <= seed < 2**31:
        raise ValueError(text)
    return seed


PARSERS = {
    "dataset": lambda text: parse_choice(text, DATASETS),
    "classes": lambda text: parse_choice(text, CLASS_COUNTS),
    "noise": lambda text: parse_in_range(text, NOISE_RANGE, float),
    "train_percent": lambda text: parse_in_range(text, TRAIN_PERCENT_RANGE, int),
    "samples": lambda text: parse_in_range(text, SAMPLE_RANGE, int),
    "features": _parse_features,
    "hidden": _parse_hidden,
    "activation": lambda text: parse_choice(text, ACTIVATION_NAMES),
    "optimizer": lambda text: parse_choice(text, OPTIMIZER_NAMES),
    "learning_rate": lambda text: parse_choice(text, LEARNING_RATES),
    "regularization": lambda text: parse_choice(text, REGULARIZATIONS),
    "reg_rate": lambda text: parse_choice(text, REG_RATES),
    "batch_size": lambda text: parse_choice(text, BATCH_SIZES),
    "dropout": lambda text: parse_choice(text, DROPOUTS),
    "seed": _parse_seed,
}


def from_query(query, base: PlaygroundSettings = DEFAULTS) -> tuple[PlaygroundSettings, list[str]]:
    """Return the settings a URL query describes (base for absent values) and the parameters it rejected."""
    changes, rejected = {}, []
    for field in fields(PlaygroundSettings):
        url_name = URL_NAMES[field.name]
        if url_name not in query:
            continue
        text = str(query[url_name]).strip()
        try:
            changes[field.name] = PARSERS[field.name](text)
        except (ValueError, TypeError, OverflowError):
            rejected.append(url_name)
    return replace(base, **changes), rejected
