"""The four tutorials have one title each, shown on Home and used everywhere; no text calls a tutorial a seed."""

import re
import warnings

import pytest
import torch

from dlviz.i18n import LANGUAGES, TUTORIAL_PLACEHOLDER, language_texts, t
from dlviz.labs import HOME_FILE, LABS
from dlviz.tutorials import TUTORIALS, tutorial
from tests.conftest import open_page

# Ways of naming a tutorial by its file number or as a "seed" that a visitor would not understand.
SEED_WORDING = re.compile(
    r"seed[ -]?0\d\d|seeds? 0\d\d|seed tutorial|seed network|the seeds?'s?\b|tutorial 0\d\d"
    r"|种子 ?0\d\d|种子(教程|代码|网络)|教程 ?0\d\d",
    re.IGNORECASE,
)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_no_text_calls_a_tutorial_a_seed_or_a_number(lang):
    offenders = {key: text for key, text in language_texts(lang).items() if SEED_WORDING.search(t(key, lang))}
    assert not offenders


def test_the_seed_wording_pattern_catches_the_old_texts():
    for old in (
        "Seed 001 · SimpleNN",
        "the seed's model",
        "种子 000 · NeuralNetwork",
        "种子教程",
        "Tutorial 003: x1",
    ):
        assert SEED_WORDING.search(old), old
    for fine in ("Random seed", "the sidebar's seed", "随机种子", "种子 {seed} 来自链接", "seed=0"):
        assert not SEED_WORDING.search(fine), fine


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_each_tutorial_has_a_distinct_title_and_summary(lang):
    titles = [t(item.title_key, lang) for item in TUTORIALS]
    assert len(set(titles)) == len(TUTORIALS)
    for item in TUTORIALS:
        assert t(item.title_key, lang) != item.title_key
        assert t(item.summary_key, lang) != item.summary_key
        assert set(item.labs) <= {lab.slug for lab in LABS}


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_tutorial_placeholders_become_titles(lang):
    slugs = {item.slug for item in TUTORIALS}
    used = set()
    for key, text in language_texts(lang).items():
        for slug in TUTORIAL_PLACEHOLDER.findall(text):
            assert slug in slugs, (key, slug)
            used.add(slug)
            assert t(f"tutorials.{slug}.title", lang) in t(key, lang)
        assert "{tutorial_" not in t(key, lang), key
    assert used == slugs
    assert t("tutorials.byhand.title", lang) in t("autograd.preset.chain", lang)


def test_tutorial_numbers():
    assert [item.number for item in TUTORIALS] == ["000", "001", "002", "003"]
    assert tutorial("002").slug == "graphs"


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_home_introduces_the_four_tutorials(lang):
    at = open_page(HOME_FILE, lang)
    assert not at.exception
    assert t("tutorials.heading", lang) in [s.value for s in at.subheader]
    shown = " ".join(m.value for m in at.markdown)
    for item in TUTORIALS:
        assert t(item.title_key, lang) in shown
        assert t(item.summary_key, lang) in shown
        for slug in item.labs:
            assert t(f"lab.{slug}.title", lang) in shown
    line = next(m.value for m in at.markdown if t("tutorials.graphs.title", lang) in m.value)
    assert t("lab.graphs.title", lang) in line
    assert t("lab.training.title", lang) not in line


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_the_tutorials_list_call_is_a_runtime_type_error_as_the_tensor_lab_says(lang):
    source = "torch.tensor([2,0](2,0))"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        code = compile(source, "<tutorial>", "eval")
    with pytest.raises(TypeError) as info:
        eval(code, {"torch": torch})  # noqa: S307 - the test runs the tutorial's own line
    text = t("tensors.correction.seed003_w1", lang)
    assert f"TypeError（{info.value}）" in text or f"TypeError ({info.value})" in text
    assert "syntax" not in text.lower() and "语法错误" not in text
