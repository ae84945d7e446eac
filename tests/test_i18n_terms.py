"""Chinese terms are used one way: 原地 for in-place, 前向传播, 自动微分（自动求导） where autograd is introduced."""

from dlviz.i18n import language_texts, t

AVOIDED = ("就地", "正向传播", "前向计算", "求导求导")


def test_the_chinese_catalogue_avoids_the_other_words():
    offenders = {key: text for key, text in language_texts("zh").items() if any(w in text for w in AVOIDED)}
    assert not offenders


def test_in_place_is_yuandi_everywhere():
    assert "原地" in t("tensors.section.inplace", "zh")
    assert "原地" in t("lab.tensors.summary", "zh")


def test_autograd_is_introduced_with_both_names_where_pages_introduce_it():
    for key in ("lab.autograd.summary", "graphs.eager.intro", "tensors.intro.inplace"):
        text = t(key, "zh")
        first = min(
            i for i in (text.find("自动微分"), text.find("自动求导"), text.lower().find("autograd")) if i >= 0
        )
        assert text[first:].startswith("自动微分（自动求导）"), key
    assert "有向无环图" in t("lab.autograd.summary", "zh")
