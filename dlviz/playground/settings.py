"""Every Playground setting in one object, with its choices, and its round trip through a URL query string."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from dlviz.components.activations import ACTIVATIONS
from dlviz.data.toys import MULTICLASS, REGRESSION, TOYS
from dlviz.playground.features import DEFAULT_FEATURES, FEATURES, ordered_features
from dlviz.url_state import Choice, Custom, Range, UrlSetting, UrlTable

PLAYGROUND_DATASETS = tuple(name for name in TOYS if name != "curve")  # the Playground's toys: all 2-D ones
ACTIVATION_NAMES = tuple(ACTIVATIONS)  # every shared activation
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


def _list_text(values: tuple) -> str:
    """Return a tuple as 'a,b,c' ('none' when empty)."""
    return ",".join(str(value) for value in values) or "none"


# The Playground's settings in the URL (short names, like the TensorFlow Playground's hash); each key is a
# PlaygroundSettings field (the widgets map fields to their own keys, features and layers being several).
PLAYGROUND_URL = UrlTable.of(
    [
        UrlSetting("dataset", "dataset", Choice(PLAYGROUND_DATASETS, DEFAULTS.dataset)),
        UrlSetting("classes", "classes", Choice(CLASS_COUNTS, DEFAULTS.classes)),
        UrlSetting("noise", "noise", Range(*NOISE_RANGE, DEFAULTS.noise)),
        UrlSetting("ratio", "train_percent", Range(*TRAIN_PERCENT_RANGE, DEFAULTS.train_percent, int)),
        UrlSetting("n", "samples", Range(*SAMPLE_RANGE, DEFAULTS.samples, int)),
        UrlSetting("features", "features", Custom(_parse_features, _list_text)),
        UrlSetting("hidden", "hidden", Custom(_parse_hidden, _list_text)),
        UrlSetting("activation", "activation", Choice(ACTIVATION_NAMES, DEFAULTS.activation)),
        UrlSetting("optimizer", "optimizer", Choice(OPTIMIZER_NAMES, DEFAULTS.optimizer)),
        UrlSetting("lr", "learning_rate", Choice(LEARNING_RATES, DEFAULTS.learning_rate)),
        UrlSetting("reg", "regularization", Choice(REGULARIZATIONS, DEFAULTS.regularization)),
        UrlSetting("reg_rate", "reg_rate", Choice(REG_RATES, DEFAULTS.reg_rate)),
        UrlSetting("batch", "batch_size", Choice(BATCH_SIZES, DEFAULTS.batch_size)),
        UrlSetting("dropout", "dropout", Choice(DROPOUTS, DEFAULTS.dropout)),
        UrlSetting("seed", "seed", Range(0, 2**31 - 1, 1, DEFAULTS.seed, int)),
    ]
)
URL_NAMES = {setting.key: setting.name for setting in PLAYGROUND_URL.settings}  # settings field -> URL name


def to_query(settings: PlaygroundSettings) -> dict[str, str]:
    """Return the URL query parameters that describe settings."""
    return PLAYGROUND_URL.write(asdict(settings))


def from_query(query, base: PlaygroundSettings = DEFAULTS) -> tuple[PlaygroundSettings, list[str]]:
    """Return the settings a URL query describes (base for absent values) and the parameters it rejected."""
    changes, rejected = PLAYGROUND_URL.read(query)
    return replace(base, **changes), rejected
