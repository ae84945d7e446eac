"""One way for every lab to keep its settings in the URL: a table of settings, each with its values.

A lab declares its table once (pure Python, tested without a browser): each setting's URL name, the
session key of the widget that shows it, and its values — a range on a grid, a list of choices, a
flag, or a parser of its own. The widgets take their ranges and options from the same entries, so a
link can only set what a widget could show. `dlviz.ui.url_state` reads a link into the widgets once
per session and writes the widgets back into the URL on every run; a value that does not parse is
named and the widget keeps its default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from dlviz.url_values import number_text, parse_choice, parse_flag, parse_in_range


def _now(value):
    """Return value, or what it returns when it is a callable (a cap read when asked)."""
    return value() if callable(value) else value


@dataclass(frozen=True)
class Range:
    """Numbers start..stop by step (stop may be a cap read when asked), and the default."""

    start: float
    stop: float | Callable[[], float]
    step: float
    default: float
    kind: type = float

    @property
    def top(self):
        """Return the largest value, as the range's kind."""
        return self.kind(_now(self.stop))

    def parse(self, text: str):
        """Return text as a value on the grid; raise ValueError otherwise."""
        return parse_in_range(text, (self.start, self.top, self.step), self.kind)


@dataclass(frozen=True)
class Choice:
    """One of some options (which may be read when asked, e.g. filtered by a cap), and the default."""

    options: Sequence | Callable[[], Sequence]
    default: object = None

    @property
    def values(self) -> list:
        """Return the options now."""
        return list(_now(self.options))

    def parse(self, text: str):
        """Return the option equal to text; raise ValueError if none."""
        return parse_choice(text, self.values)


@dataclass(frozen=True)
class Flag:
    """On or off, written 1 or 0."""

    default: bool = False

    def parse(self, text: str) -> bool:
        return parse_flag(text)


@dataclass(frozen=True)
class Custom:
    """Values with a parser and a writer of their own."""

    parse: Callable[[str], object]
    text: Callable[[object], str] = number_text


@dataclass(frozen=True)
class UrlSetting:
    """One setting kept in the URL: its query name, its widget's session key and its values."""

    name: str
    key: str
    values: Range | Choice | Flag | Custom

    def parse(self, text: str):
        return self.values.parse(text)

    def text(self, value) -> str:
        writer = getattr(self.values, "text", number_text)
        return writer(value)


@dataclass(frozen=True)
class UrlTable:
    """A lab's settings in the URL."""

    settings: tuple[UrlSetting, ...] = field(default_factory=tuple)

    def __post_init__(self):
        names = [setting.name for setting in self.settings]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate URL names in {names}")

    @classmethod
    def of(cls, settings: Iterable[UrlSetting]) -> UrlTable:
        """Return a table of these settings."""
        return cls(tuple(settings))

    def __getitem__(self, name: str) -> UrlSetting:
        """Return the setting with this URL name."""
        return next(setting for setting in self.settings if setting.name == name)

    def read(self, query: Mapping[str, str]) -> tuple[dict[str, object], list[str]]:
        """Return (session key -> value) for the query's valid settings, and the URL names it rejected."""
        values, rejected = {}, []
        for setting in self.settings:
            if setting.name not in query:
                continue
            try:
                values[setting.key] = setting.parse(str(query[setting.name]).strip())
            except (ValueError, TypeError, OverflowError, KeyError):
                rejected.append(setting.name)
        return values, rejected

    def write(self, state: Mapping[str, object]) -> dict[str, str]:
        """Return the URL query text of every setting whose session key is in state."""
        return {
            setting.name: setting.text(state[setting.key])
            for setting in self.settings
            if setting.key in state
        }
