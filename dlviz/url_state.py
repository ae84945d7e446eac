"""One way for every lab to keep its settings in the URL: a table of settings, each with its parser.

A lab declares its table once (pure Python, tested without a browser): each setting's URL name, the
session key of the widget that shows it, and how to read its text. `dlviz.ui.url_state` reads a link
into the widgets once per session and writes the widgets back into the URL on every run; a value that
does not parse is named and the widget keeps its default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from dlviz.url_values import number_text


@dataclass(frozen=True)
class UrlSetting:
    """One setting kept in the URL: its query name, its widget's session key, how to read and write its text."""

    name: str
    key: str
    parse: Callable[[str], object]
    text: Callable[[object], str] = number_text


@dataclass(frozen=True)
class UrlTable:
    """A lab's settings in the URL."""

    settings: tuple[UrlSetting, ...]

    def __post_init__(self):
        names = [setting.name for setting in self.settings]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate URL names in {names}")

    @classmethod
    def of(cls, settings: Iterable[UrlSetting]) -> UrlTable:
        """Return a table of these settings."""
        return cls(tuple(settings))

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
        return {setting.name: setting.text(state[setting.key]) for setting in self.settings if setting.key in state}
