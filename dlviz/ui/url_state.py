"""A lab's URL table (dlviz.url_state) at work: a link sets the widgets once per session; widgets write the URL."""

from __future__ import annotations

import streamlit as st

from dlviz.url_state import UrlSetting, UrlTable


def load_from_url(table: UrlTable, once_key: str) -> list[str]:
    """Once per session (once_key), set the table's widgets from the URL; return the names it rejected."""
    if st.session_state.get(once_key):
        return []
    st.session_state[once_key] = True
    values, rejected = table.read(st.query_params.to_dict())
    for key, value in values.items():
        st.session_state[key] = value
    return rejected


def write_to_url(table: UrlTable) -> None:
    """Put the table's current widget values into the URL, leaving other parameters alone."""
    for name, text in table.write(st.session_state.to_dict()).items():
        if st.query_params.get(name) != text:
            st.query_params[name] = text


def _initial(setting: UrlSetting, name: str = "value") -> dict:
    """Return the widget's default as a keyword, unless session state (a link, a reset) already holds its value."""
    return {} if setting.key in st.session_state else {name: setting.values.default}


def slider(label: str, setting: UrlSetting, **options):
    """Draw a slider over the setting's range."""
    values = setting.values
    kind = values.kind
    return st.slider(
        label,
        kind(values.start),
        values.top,
        step=kind(values.step),
        key=setting.key,
        **_initial(setting),
        **options,
    )


def select_slider(label: str, setting: UrlSetting, **options):
    """Draw a select slider over the setting's choices."""
    return st.select_slider(label, setting.values.values, key=setting.key, **_initial(setting), **options)


def selectbox(label: str, setting: UrlSetting, **options):
    """Draw a select box over the setting's choices."""
    values = setting.values.values
    index = {} if setting.key in st.session_state else {"index": values.index(setting.values.default)}
    return st.selectbox(label, values, key=setting.key, **index, **options)


def checkbox(label: str, setting: UrlSetting, **options) -> bool:
    """Draw a checkbox for the setting's flag."""
    return st.checkbox(label, key=setting.key, **_initial(setting), **options)


def radio(label: str, setting: UrlSetting, **options):
    """Draw a radio over the setting's choices."""
    values = setting.values.values
    index = {} if setting.key in st.session_state else {"index": values.index(setting.values.default)}
    return st.radio(label, values, key=setting.key, **index, **options)


def clear_from_url(table: UrlTable) -> None:
    """Take the table's settings out of the URL (a section that is not showing leaves no trace in a link)."""
    for setting in table.settings:
        st.query_params.pop(setting.name, None)
