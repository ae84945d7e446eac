"""The Autograd Lab page: every section, driven through its widgets, shows numbers torch agrees with."""

import pytest
import torch

from dlviz.i18n import t
from tests.conftest import LANGUAGES, OTHER_LANGUAGES, open_page, text_pattern

PAGE = "pages/autograd_lab.py"


@pytest.fixture(scope="module")
def at():
    return open_page(PAGE, "en")


def texts(at):
    return "\n".join(m.value for m in at.markdown)


def show(at, section):
    at.radio(key="autograd_section").set_value(section).run()
    assert not at.exception
    return at


def test_expression_section_shows_the_seed_002_gradient(at):
    show(at, "expression")
    at.selectbox(key="autograd_preset").set_value("square_cube").run()
    assert "**`x.grad`** = `[4., 27.]` — same as `torch.autograd.grad`: ✓" in texts(at)
    assert "from `SelectBackward0`" in texts(at)
    code = at.code[0].value
    namespace = {}
    exec(compile(code, "panel", "exec"), namespace)  # noqa: S102
    assert namespace["x"].grad.tolist() == [4.0, 27.0]


def test_typing_an_expression_and_values_updates_the_gradient(at):
    show(at, "expression")
    at.text_input(key="autograd_expr").set_value("sin(x)*exp(x) + x**3").run()
    at.text_input(key="autograd_var_value_x").set_value("[1.0, 2.0]").run()
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    (torch.sin(x) * torch.exp(x) + x**3).sum().backward()
    assert "x.grad`** = `[6.756, 15.644]`" in texts(at)
    assert "This leaf is used 3 times" in "\n".join(c.value for c in at.caption)
    assert any("ones_like" in i.value for i in at.info)


def test_chain_preset_says_what_was_corrected(at):
    show(at, "expression")
    at.selectbox(key="autograd_preset").set_value("chain").run()
    info = "\n".join(i.value for i in at.info)
    assert "torch.functional.relu" in info and "parentheses" in info
    shown = texts(at)
    assert "`w1.grad`** = `[9520.]`" in shown and "`w3.grad`** = `[5712.]`" in shown


def test_hostile_expression_shows_a_message_and_nothing_runs(at):
    show(at, "expression")
    at.text_input(key="autograd_expr").set_value("__import__('os').system('rm -rf /')").run()
    assert at.error and "method .system() is not available" in at.error[0].value
    at.text_input(key="autograd_expr").set_value("torch.functional.relu(x)").run()
    assert "torch.functional.relu does not exist" in at.error[0].value


def test_integer_variable_with_requires_grad_shows_a_message(at):
    show(at, "expression")
    at.selectbox(key="autograd_preset").set_value("square_cube").run()
    at.selectbox(key="autograd_var_dtype_x").set_value("int64").run()
    assert "only floating-point tensors can require gradients" in at.error[0].value
    at.selectbox(key="autograd_var_dtype_x").set_value("float32").run()
    assert not at.error


def test_shape_mismatch_shows_a_message(at):
    show(at, "expression")
    at.text_input(key="autograd_expr").set_value("x + y").run()
    at.text_input(key="autograd_var_value_x").set_value("[1.0, 2.0]").run()
    at.text_input(key="autograd_var_value_y").set_value("[1.0, 2.0, 3.0]").run()
    assert "cannot be broadcast" in at.error[0].value


def test_graph_section_draws_both_graphs_and_toggles_torchviz(at):
    show(at, "expression")
    at.selectbox(key="autograd_preset").set_value("two_layer").run()
    show(at, "graph")
    charts = at.get("graphviz_chart")
    assert len(charts) == 2
    own, torchviz = charts[0].proto.spec, charts[1].proto.spec
    assert "MmBackward0" in own and "w1|is_leaf=True, grad_fn=None|requires_grad=True|1000×100 float32" in own
    assert "w1\n (1000, 100)" in torchviz and "mat2" not in torchviz
    at.toggle(key="autograd_show_saved").set_value(True).run()
    assert "mat2" in at.get("graphviz_chart")[1].proto.spec
    assert "Not in the graph: x, y" in "\n".join(c.value for c in at.caption)


def test_step_slider_walks_backward_in_engine_order(at):
    show(at, "expression")
    at.selectbox(key="autograd_preset").set_value("square_cube").run()
    show(at, "steps")
    assert "**Step 1 of 6: `AddBackward0`**" in texts(at)
    at.slider(key="autograd_step").set_value(6).run()
    assert "**Step 6 of 6: `torch::autograd::AccumulateGrad`**" in texts(at)
    assert "Gradient arriving: `[4., 27.]`" in texts(at)
    spec = at.get("graphviz_chart")[0].proto.spec
    highlighted = [line for line in spec.splitlines() if "penwidth=3" in line]
    assert len(highlighted) == 1 and "{x|" in highlighted[0]


def test_check_section_compares_with_finite_differences(at):
    show(at, "expression")
    at.selectbox(key="autograd_preset").set_value("power").run()
    show(at, "check")
    frame = at.dataframe[0].value
    assert frame.iloc[0, 0] == "w1[0]"
    assert abs(frame.iloc[0, 1] - 8 * torch.log(torch.tensor(2.0)).item()) < 1e-5
    assert frame.iloc[0, 3] < 1e-6
    assert "gradcheck on float64 inputs: passed" in at.success[0].value


def test_accumulation_section_grows_and_zeroes(at):
    show(at, "expression")
    at.selectbox(key="autograd_preset").set_value("linear").run()
    show(at, "accumulate")
    at.slider(key="autograd_repeats").set_value(4).run()
    at.radio(key="autograd_zero_mode").set_value("none").run()
    assert "`x.grad` after call 4: `[8.]`" in texts(at)
    at.radio(key="autograd_zero_mode").set_value("optimizer_zero_grad").run()
    assert "`x.grad` after call 4: `[2.]`; after zeroing: `None`" in texts(at)
    at.checkbox(key="autograd_retain_graph").set_value(False).run()
    assert "Trying to backward through the graph a second time" in at.code[0].value
    at.checkbox(key="autograd_retain_graph").set_value(True).run()
    assert "after the second: `[4.]`" in texts(at)


def test_tracking_section_switches_modes(at):
    show(at, "tracking")
    at.radio(key="autograd_tracking_mode").set_value("no_grad").run()
    assert [m.value for m in at.metric][:2] == ["False", "None"]
    at.radio(key="autograd_tracking_mode").set_value("tracked").run()
    assert [m.value for m in at.metric][0] == "True"
    assert "leaf Variable that requires grad" in "\n".join(c.value for c in at.code)


def test_custom_section_compares_with_torch_sigmoid(at):
    show(at, "custom")
    at.text_input(key="autograd_sigmoid_values").set_value("[0.0, -1.5]").run()
    frame = at.dataframe[0].value
    s = torch.sigmoid(torch.tensor([0.0, -1.5]))
    assert frame["x.grad (custom)"].tolist() == pytest.approx((s * (1 - s)).tolist(), abs=1e-7)
    assert "ctx.saved_tensors[0]" in at.get("graphviz_chart")[0].proto.spec
    at.text_input(key="autograd_sigmoid_values").set_value("os.system('x')").run()
    assert "list of 1 to 16 numbers" in at.error[0].value


def test_descent_section_compares_hand_and_sgd(at):
    show(at, "descent")
    at.select_slider(key="autograd_lr").set_value(0.01).run()
    assert "diverges" in at.warning[0].value
    at.select_slider(key="autograd_lr").set_value(1e-4).run()
    at.slider(key="autograd_descent_steps").set_value(10).run()
    assert float(at.metric[0].value) < 1e-5
    at.slider(key="autograd_w2_epochs").set_value(20).run()
    values = {m.label: m.value for m in at.metric}
    assert values["w1 (frozen)"] == "1.0000" and values["w2"] == f"{2 - 0.98**20:.4f}"
    assert "empty parameter list" in "\n".join(c.value for c in at.code)


def test_seed_section_lists_every_example_as_matching(at):
    show(at, "seeds")
    frame = at.dataframe[0].value
    assert len(frame) == 13 and set(frame["✓"]) == {"✓"}
    assert "`torch.functional.relu` does not exist" in texts(at)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_page_is_translated(lang):
    at = open_page(PAGE, lang)
    assert not at.exception
    at.radio(key="autograd_section").set_value("steps").run()
    assert text_pattern("autograd.step_title", lang, index=1).search(texts(at))
    at.radio(key="autograd_section").set_value("seeds").run()
    assert t("autograd.col_expected", lang) in at.dataframe[0].value.columns


@pytest.mark.parametrize("lang", LANGUAGES)
def test_examples_name_their_tutorial_by_its_title(lang):
    at = open_page(PAGE, lang)
    at.radio(key="autograd_section").set_value("seeds").run()
    frame = at.dataframe[0].value
    titles = {t(f"tutorials.{slug}.title", lang) for slug in ("kitchen", "graphs", "byhand")}
    assert set(frame[t("autograd.col_seed", lang)]) == titles
    at.radio(key="autograd_section").set_value("expression").run()
    at.selectbox(key="autograd_preset").set_value("chain").run()
    shown = "\n".join(c.value for c in at.caption)
    assert t("autograd.from_seed", lang, tutorial=t("tutorials.byhand.title", lang)) in shown


def test_graph_code_panel_draws_the_same_torchviz_graph(at, capsys):
    show(at, "expression")
    at.selectbox(key="autograd_preset").set_value("chain").run()
    show(at, "graph")
    at.toggle(key="autograd_show_saved").set_value(True).run()
    namespace = {}
    exec(compile(at.code[0].value, "panel", "exec"), namespace)  # noqa: S102
    assert namespace["w1"].grad.item() == 9520.0
    printed = capsys.readouterr().out
    assert "w1\n (1)" in printed and "AccumulateGrad" in printed and "fillcolor=orange" in printed


def test_a_graph_over_the_node_cap_gives_the_limit_message(at):
    show(at, "graph")
    at.text_input(key="autograd_expr").set_value("x" + "*1.01" * 310).run()
    assert "The number of graph nodes" in at.error[0].value and "300" in at.error[0].value
    at.text_input(key="autograd_expr").set_value("x" + "*1.01" * 290).run()
    assert not at.error
