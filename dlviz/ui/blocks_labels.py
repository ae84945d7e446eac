"""Option labels for the lab's radios and select boxes that map a label to itself as well."""

from dlviz.i18n import catalog, t
from dlviz.ui.i18n import current_lang


def option_text(prefix: str):
    """Return a format_func: option -> text of key prefix.option in the current language; other values unchanged.

    Like dlviz.ui.i18n.option_label, the language is bound now. A value that is already a label (as AppTest
    and the monkey tool pass back) maps to itself, so formatting a label twice is harmless.
    """
    lang = current_lang()

    def label(option) -> str:
        key = f"{prefix}.{option}"
        return t(key, lang) if key in catalog() else str(option)

    return label
