"""Module anatomy: layer outputs through hooks, softmax dim, parameters, devices, hooks vs forward()."""

import pytest
import torch
import torch.nn.functional as F

from dlviz.blocks.anatomy import (
    SeedParameterModel,
    SeedTensorModel,
    anatomy_code,
    hook_firings,
    registration_check,
    run_anatomy,
)
from dlviz.data.images import sample_images
from dlviz.i18n import t
from dlviz.models.log_softmax_check import cross_entropy_after_log_softmax, log_softmax_params
from dlviz.models.seed_models import DigitRecognizer, NeuralNetwork
from tests.conftest import LANGUAGES, OTHER_LANGUAGES, text_pattern
from tests.test_blocks_support import chart, open_section, run_code, texts, values


def reference_outputs(images, seed):
    """Recompute every layer of the seeded NeuralNetwork with torch.nn.functional."""
    torch.manual_seed(seed)
    params = dict(NeuralNetwork().named_parameters())
    flat = torch.flatten(images, 1)
    h0 = F.linear(flat, params["linear_relu_stack.0.weight"], params["linear_relu_stack.0.bias"])
    h1 = F.relu(h0)
    h2 = F.linear(h1, params["linear_relu_stack.2.weight"], params["linear_relu_stack.2.bias"])
    h3 = F.relu(h2)
    h4 = F.linear(h3, params["linear_relu_stack.4.weight"], params["linear_relu_stack.4.bias"])
    return [t.detach() for t in (flat, h0, h1, h2, h3, h4)]


def test_hooks_capture_every_layer_equal_to_the_functional_computation():
    images = torch.rand(3, 1, 28, 28, generator=torch.Generator().manual_seed(0))
    run = run_anatomy(images, seed=7, device="cpu")
    names = [layer.name for layer in run.layers]
    assert names == ["flatten", *(f"linear_relu_stack.{i}" for i in range(5))]
    for layer, expected in zip(run.layers, reference_outputs(images, 7), strict=True):
        torch.testing.assert_close(layer.output, expected)
    torch.testing.assert_close(run.probabilities, F.softmax(run.logits, dim=1))
    torch.testing.assert_close(run.probabilities.sum(dim=1), torch.ones(3))


def test_softmax_over_dim_0_normalises_across_the_batch():
    images = torch.rand(3, 1, 28, 28, generator=torch.Generator().manual_seed(1))
    run = run_anatomy(images, seed=0, device="cpu", softmax_dim=0)
    torch.testing.assert_close(run.probabilities, F.softmax(run.logits, dim=0))
    torch.testing.assert_close(run.probabilities.sum(dim=0), torch.ones(10))


def test_parameter_table_matches_named_parameters():
    run = run_anatomy(torch.zeros(3, 1, 28, 28), seed=0, device="cpu")
    model = NeuralNetwork()
    assert [(r.name, r.shape, r.count) for r in run.parameters] == [
        (name, tuple(p.shape), p.numel()) for name, p in model.named_parameters()
    ]
    assert run.total_parameters == 784 * 512 + 512 + 512 * 512 + 512 + 512 * 10 + 10 == 669_706
    assert run.device_before == "cpu" and run.device_after == "cpu"


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_model_to_cuda_moves_every_parameter_and_matches_the_cpu_numbers():
    images = torch.rand(3, 1, 28, 28)
    gpu = run_anatomy(images, seed=0, device="cuda")
    cpu = run_anatomy(images, seed=0, device="cpu")
    assert gpu.device_after.startswith("cuda") and all(r.device.startswith("cuda") for r in gpu.parameters)
    torch.testing.assert_close(gpu.logits, cpu.logits, atol=1e-4, rtol=1e-4)


def test_the_models_own_hook_fires_through_the_call_but_not_through_forward():
    firings = {f.name: f for f in hook_firings(NeuralNetwork(), torch.zeros(2, 1, 28, 28))}
    assert (firings["model"].through_call, firings["model"].through_forward) == (1, 0)
    for name, firing in firings.items():
        if name != "model":
            assert (firing.through_call, firing.through_forward) == (1, 1), name


def test_plain_tensors_are_not_parameters_but_nn_parameter_is():
    plain = registration_check(SeedTensorModel())
    assert plain.parameters == [] and "empty parameter list" in plain.optimizer_error
    registered = registration_check(SeedParameterModel())
    assert [r.name for r in registered.parameters] == [
        "w1",
        "w2",
        "w3",
    ] and registered.optimizer_error is None
    assert plain.output == registered.output == 5.0 * max(0.0, 4.0 * 3.0 * 2.0)


def test_code_panel_reproduces_the_outputs_and_parameters(mnist_root):
    sample = sample_images(3, root=mnist_root, seed=2)
    assert sample.source == "mnist"
    run = run_anatomy(sample.images, seed=2, device="cpu")
    namespace = run_code(anatomy_code(3, 2, "cpu", 1, root=str(mnist_root)))
    torch.testing.assert_close(namespace["probabilities"], run.probabilities)
    assert list(namespace["outputs"]) == [layer.name for layer in run.layers]


def test_page_shows_every_layer_softmax_parameters_and_hooks():
    at = open_section("anatomy")
    assert not at.error
    markdown = texts(at.markdown)
    for shape in ("(3, 784)", "(3, 512)", "(3, 10)"):
        assert shape in markdown
    assert {m.label: m.value for m in at.metric}["Trainable numbers"] == "669,706"
    assert "row sums 1.0000, 1.0000, 1.0000" in markdown
    hooks = at.dataframe[1].value
    assert hooks.iloc[0].tolist() == ["model", 1, 0]
    logits_chart = values(chart(at, "blocks_anat_layer_5").data[0].z)
    namespace = run_code(at.code[0].value)
    torch.testing.assert_close(torch.from_numpy(logits_chart).float(), namespace["logits"])
    assert "empty parameter list" in at.warning[0].value


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_page_switches_softmax_dim_in_another_language(lang):
    at = open_section("anatomy", lang)
    at.radio(key="blocks_anat_dim").set_value(0).run()
    assert not at.exception
    assert text_pattern("blocks.anat.dim0_note", lang).search(texts(at.markdown))
    probabilities = values(chart(at, "blocks_anat_softmax").data[0].z)
    assert probabilities.sum(axis=0) == pytest.approx([1.0] * 10)


@pytest.mark.parametrize(
    ("network", "names", "total"),
    [
        ("simple_nn", ["layer1", "layer2"], 784 * 128 + 128 + 128 * 10 + 10),
        ("digit_recognizer", ["conv1", "conv2", "pool", "dropout1", "fc1", "dropout2", "fc2"], 1_199_882),
    ],
)
def test_other_seed_networks_show_their_module_outputs(network, names, total):
    images = torch.rand(3, 1, 28, 28, generator=torch.Generator().manual_seed(4))
    run = run_anatomy(images, seed=1, device="cpu", network=network)
    assert [layer.name for layer in run.layers] == names
    assert run.total_parameters == total
    namespace = run_code(anatomy_code(3, 1, "cpu", 1, network))
    assert list(namespace["outputs"]) == names


def test_digit_recognizer_runs_in_eval_mode_so_its_outputs_equal_the_functional_pipeline():
    images = torch.rand(3, 1, 28, 28, generator=torch.Generator().manual_seed(5))
    run = run_anatomy(images, seed=2, device="cpu", network="digit_recognizer")
    torch.manual_seed(2)
    p = dict(DigitRecognizer().named_parameters())
    x = F.max_pool2d(
        F.relu(
            F.conv2d(
                F.relu(F.conv2d(images, p["conv1.weight"], p["conv1.bias"])),
                p["conv2.weight"],
                p["conv2.bias"],
            )
        ),
        2,
    )
    x = F.relu(F.linear(torch.flatten(x, 1), p["fc1.weight"], p["fc1.bias"]))
    torch.testing.assert_close(run.logits, F.linear(x, p["fc2.weight"], p["fc2.bias"]).detach())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cnn_shows_that_log_softmax_before_cross_entropy_changes_nothing(lang):
    at = open_section("anatomy", lang)
    at.selectbox(key="blocks_anat_network").set_value("digit_recognizer").run()
    assert not at.exception
    sample = sample_images(3, seed=0)
    run = run_anatomy(sample.images, seed=0, device="cpu", network="digit_recognizer")
    check = cross_entropy_after_log_softmax(run.logits, torch.as_tensor(sample.labels))
    assert check.loss_on_log_softmax == pytest.approx(check.loss_on_logits, rel=1e-6)
    assert check.loss_on_logits == pytest.approx(
        F.cross_entropy(run.logits, torch.as_tensor(sample.labels)).item()
    )
    note = t("blocks.anat.log_softmax_note", lang, **log_softmax_params(check))
    assert note in texts(at.markdown)
    assert "Corrected" not in texts(at.markdown)


def test_page_switches_to_the_cnn_and_shows_feature_maps():
    at = open_section("anatomy")
    at.selectbox(key="blocks_anat_network").set_value("digit_recognizer").run()
    assert not at.exception
    assert "(3, 32, 26, 26)" in texts(at.markdown)
    assert {m.label: m.value for m in at.metric}["Trainable numbers"] == "1,199,882"
    assert "DigitRecognizer().eval()" in at.code[0].value


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hooks_note_states_the_counts_computed_and_what_each_tutorial_does(lang):
    at = open_section("anatomy", lang)
    hooks = at.dataframe[1].value
    call, forward = hooks.iloc[0].tolist()[1:]
    firings = {f.name: f for f in hook_firings(NeuralNetwork(), torch.zeros(3, 1, 28, 28))}
    assert (call, forward) == (firings["model"].through_call, firings["model"].through_forward) == (1, 0)
    note = t("blocks.anat.hooks_note", lang, call=call, forward=forward)
    assert note in texts(at.markdown)
    assert t("tutorials.quickstart.title", lang) in note and t("tutorials.byhand.title", lang) in note
    assert "my_model.forward(x1)" in note


# The MyModel snippet of the tutorial, only its syntax repaired (colons, parentheses, torch.relu).
TUTORIAL_MYMODEL = """
import torch
x1 = torch.tensor([2.0])
class MyModel(torch.nn.Module):
    def __init__(self):
        super(MyModel, self).__init__()
        self.w1 = torch.tensor([3.0], requires_grad=True)
        self.w2 = torch.tensor([4.0], requires_grad=True)
        self.w3 = torch.tensor([5.0], requires_grad=True)
    def forward(self, x):
        x2 = w1 * x
        x3 = torch.relu(w2 * x2)
        x4 = w3 * x3
        return x4
my_model = MyModel()
"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_tutorials_bare_w1_raises_the_name_error_both_labs_state(lang):
    namespace = {}
    exec(TUTORIAL_MYMODEL, namespace)  # noqa: S102 - the test runs the tutorial's own snippet
    with pytest.raises(ValueError, match="empty parameter list"):
        torch.optim.SGD(namespace["my_model"].parameters(), lr=0.01)
    with pytest.raises(NameError) as info:
        namespace["my_model"].forward(namespace["x1"])
    message = f"NameError: {info.value}"
    assert message == "NameError: name 'w1' is not defined"
    for key in ("blocks.anat.registration_fixes", "autograd.fix.bare_w1"):
        assert message in t(key, lang), key
        assert not any(word in t(key, lang) for word in ("silently", "悄悄")), key
