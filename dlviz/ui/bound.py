"""Widgets whose value lives in a plain session key, so it survives runs that never reach the widget."""

import streamlit as st


def bound(store_key: str, default) -> dict:
    """Return widget kwargs that keep the value in store_key, a plain session key Streamlit never drops.

    A widget's own key is removed when a run ends before reaching it (e.g. a page switch
    mid-run); the plain key survives, and the widget is re-seeded from it on every run.
    """
    widget_key = f"{store_key}_widget"
    st.session_state.setdefault(store_key, default)
    st.session_state[widget_key] = st.session_state[store_key]

    def store() -> None:
        st.session_state[store_key] = st.session_state[widget_key]

    return {"key": widget_key, "on_change": store}
