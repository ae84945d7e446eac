"""Translation in the current session's language."""

import streamlit as st

from dlviz.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from dlviz.url_state import Choice, UrlSetting, UrlTable

LANG_KEY = "shared_lang"


LANGUAGE_URL = UrlTable.of([UrlSetting("lang", LANG_KEY, Choice(tuple(LANGUAGES), DEFAULT_LANGUAGE))])


def current_lang() -> str:
    """Return the session's language code, from session state or the URL's ?lang=."""
    if LANG_KEY not in st.session_state:
        values, _ = LANGUAGE_URL.read(st.query_params.to_dict())
        st.session_state[LANG_KEY] = values.get(LANG_KEY, DEFAULT_LANGUAGE)
    return st.session_state[LANG_KEY]


def tr(key: str, **params) -> str:
    """Return the text for key in the session's language."""
    return t(key, current_lang(), **params)


def option_label(prefix: str):
    """Return a selectbox format_func mapping option -> text of key prefix.option, bound to the current language.

    Bind the language now: Streamlit (and AppTest) may call format_func outside the script run.
    """
    lang = current_lang()

    def label(option) -> str:
        key = f"{prefix}.{option}"
        text = t(key, lang)
        return str(option) if text == key else text

    return label
