"""Show user-facing errors as translated message boxes instead of tracebacks, and guard each lab section."""

from __future__ import annotations

import os
from contextlib import contextmanager

import streamlit as st
from streamlit.logger import get_logger

from dlviz.errors import UserFacingError, clean_message
from dlviz.ui.i18n import tr

RAISE_UNEXPECTED = "DLVIZ_RAISE_UNEXPECTED"
REASON_CHARS = 160
LOGGER = get_logger("dlviz")


def error_text(error: UserFacingError) -> str:
    """Return the translated message of an error, translating parameters that are keys too."""
    params = {name: tr(value) if name.endswith("_key") else value for name, value in error.params.items()}
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


def raise_unexpected() -> bool:
    """Return whether unexpected exceptions should propagate (tests set DLVIZ_RAISE_UNEXPECTED=1)."""
    return os.environ.get(RAISE_UNEXPECTED, "") not in ("", "0")


@contextmanager
def section_guard():
    """Run a lab section: translated boxes for UserFacingErrors, a short note (and a logged traceback) for the rest.

    Streamlit's own control flow (st.stop, st.rerun) derives from BaseException and passes through untouched.
    """
    try:
        with user_errors():
            yield
    except Exception as error:
        LOGGER.exception("A lab section failed")
        if raise_unexpected():
            raise
        st.error(tr("errors.unexpected", reason=one_line_reason(error)), icon="🧯")


def one_line_reason(error: BaseException) -> str:
    """Return 'TypeName: message' on one line, cleaned and cut to REASON_CHARS."""
    return clean_message(f"{type(error).__name__}: {error}".removesuffix(": "), REASON_CHARS)
