"""The error net turns what torch, NumPy and Python raise into translated messages; the section guard keeps pages alive."""

import logging

import numpy as np
import pytest
import torch
from streamlit.testing.v1 import AppTest

from dlviz.errors import UserFacingError, as_user_error, clean_message, reason_key, value_errors
from dlviz.i18n import LANGUAGES, catalog, t
from dlviz.ui.errors import RAISE_UNEXPECTED


def test_clean_message_drops_terminal_escapes_joins_lines_and_cuts():
    text = "Weights only load failed, \x1b[1mdo those steps only if you trust it\x1b[0m.\n\t(1) In PyTorch 2.6 ..."
    cleaned = clean_message(text, limit=60)
    assert "\x1b" not in cleaned and "\n" not in cleaned and "\t" not in cleaned
    assert cleaned.startswith("Weights only load failed, do those steps") and len(cleaned) <= 60
    assert cleaned.endswith("…")
    assert clean_message(KeyError()) == "KeyError"


def _raised(function):
    try:
        function()
    except Exception as error:
        return error
    raise AssertionError("nothing was raised")


@pytest.mark.parametrize(
    ("function", "key"),
    [
        (lambda: torch.tensor([2**63]), "errors.overflow"),
        (lambda: torch.tensor([300], dtype=torch.uint8), "errors.overflow"),
        (lambda: torch.tensor([True]) - torch.tensor([True]), "errors.unsupported_dtype"),
        (lambda: torch.tensor([[True]]) @ torch.tensor([[True]]), "errors.unsupported_dtype"),
        (lambda: torch.tensor([]).max(), "errors.empty"),
        (lambda: torch.tensor(float((-1) ** 0.5)), "errors.complex"),
        (lambda: 1 / 0, "errors.division_by_zero"),
        (lambda: torch.arange(3)[5], "errors.index"),
        (lambda: torch.from_numpy(np.array([10**30])), "errors.invalid"),
        (lambda: float(10**400), "errors.overflow"),
    ],
)
def test_each_kind_of_refusal_gets_its_translated_reason(function, key):
    error = as_user_error(_raised(function))
    assert error.key == key == reason_key(_raised(function))
    assert error.key in catalog()
    for lang in LANGUAGES:
        assert error.params["detail"] in t(error.key, lang, **error.params)


def test_the_net_translates_value_errors_and_lets_bugs_and_its_own_errors_through():
    with pytest.raises(UserFacingError) as caught, value_errors():
        torch.tensor([1, 2]) @ torch.tensor([1.0])
    assert caught.value.key in catalog()
    with pytest.raises(UserFacingError) as caught, value_errors():
        raise UserFacingError("tensors.err.empty")
    assert caught.value.key == "tensors.err.empty"
    with pytest.raises(KeyError), value_errors():
        raise KeyError("a bug, not a bad value")


@value_errors()
def _decorated(value):
    return torch.tensor([value], dtype=torch.int8)


def test_the_net_works_as_a_decorator():
    assert _decorated(3).item() == 3
    with pytest.raises(UserFacingError):
        _decorated(1000)


def _guarded_page():
    import streamlit as st

    from dlviz.ui.errors import section_guard

    with section_guard():
        st.write("before")
        failure = st.session_state.get("failure")
        if failure == "bug":
            {}["missing"]
        elif failure == "user":
            from dlviz.errors import UserFacingError

            raise UserFacingError("tensors.err.empty")
        elif failure == "stop":
            st.stop()
        st.write("not reached when it fails")
    st.write("after the section")


def _page(failure: str) -> AppTest:
    at = AppTest.from_function(_guarded_page, default_timeout=30)
    at.session_state["failure"] = failure
    return at.run()


def _texts(at) -> list[str]:
    return [element.value for element in at.markdown]


def test_an_unexpected_exception_becomes_a_short_note_and_the_page_goes_on(monkeypatch, caplog):
    monkeypatch.setenv(RAISE_UNEXPECTED, "0")
    with caplog.at_level(logging.ERROR, logger="dlviz"):
        logging.getLogger("dlviz").addHandler(caplog.handler)
        at = _page("bug")
    assert not at.exception
    assert len(at.error) == 1 and "KeyError: 'missing'" in at.error[0].value
    assert at.error[0].value.startswith("This part could not be shown")
    assert _texts(at) == ["before", "after the section"]
    assert any("Traceback" in record.exc_text or record.exc_info for record in caplog.records)


def test_tests_see_unexpected_exceptions_as_failures():
    at = _page("bug")
    assert at.exception and "missing" in at.exception[0].value


def test_user_facing_errors_are_translated_boxes_and_streamlit_control_flow_passes(monkeypatch):
    monkeypatch.setenv(RAISE_UNEXPECTED, "0")
    at = _page("user")
    assert at.error[0].value == t("tensors.err.empty", "en") and _texts(at)[-1] == "after the section"
    at = _page("stop")
    assert not at.error and not at.exception and _texts(at) == ["before"]
    at = _page("none")
    assert _texts(at) == ["before", "not reached when it fails", "after the section"]
