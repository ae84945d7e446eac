"""Show user-facing errors as translated message boxes instead of tracebacks."""

from contextlib import contextmanager

import streamlit as st

from dlviz.errors import UserFacingError
from dlviz.ui.i18n import tr


def error_text(error: UserFacingError) -> str:
    """Return the translated message of an error, translating parameters that are keys too."""
    params = {
        name: tr(value) if name.endswith("_key") else value for name, value in error.params.items()
    }
    params = {name.removesuffix("_key"): value for name, value in params.items()}
    return tr(error.key, **params)


def show_error(error: UserFacingError) -> None:
    """Draw a translated error box."""
    st.error(error_text(error), icon="⚠️")


@contextmanager
def user_errors():
    """Run a block; a UserFacingError inside it becomes a translated error box and the page goes on."""
    try:
        yield
    except UserFacingError as error:
        show_error(error)
