"""Translation in the current session's language."""

import streamlit as st

from dlviz.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

LANG_KEY = "shared_lang"


def current_lang() -> str:
    """Return the session's language code, from session state or the URL's ?lang=."""
    if LANG_KEY not in st.session_state:
        from_url = st.query_params.get("lang", DEFAULT_LANGUAGE)
        st.session_state[LANG_KEY] = from_url if from_url in LANGUAGES else DEFAULT_LANGUAGE
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
