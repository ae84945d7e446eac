"""Selectbox/radio labels for the Optimizer arena, bound to the session language."""

from collections.abc import Callable

from dlviz.i18n import t
from dlviz.ui.i18n import current_lang


def option_text(prefix: str) -> Callable[[object], str]:
    """Return a format_func mapping option -> text of key prefix.option; a value without a key stays as it is.

    Like dlviz.ui.i18n.option_label, and safe to call with an already formatted label (test harnesses do).
    """
    lang = current_lang()

    def label(option) -> str:
        key = f"{prefix}.{option}"
        text = t(key, lang)
        return str(option) if text == key else text

    return label
