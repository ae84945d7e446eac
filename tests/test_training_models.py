"""Model registry: the seeds' networks, the MLP, parameter counts, layer shapes and loss/task checks."""

import pytest
import torch
from torch import nn

from dlviz import limits
from dlviz.components.losses import check_loss_fits_task
from dlviz.errors import UserFacingError
from dlviz.models.registry import ModelSpec, build_model, layer_output_shapes, parameter_count
from dlviz.models.seed_models import DigitRecognizer, NeuralNetwork, SimpleNN
from dlviz.training.components import OptimizerSpec, build_optimizer


def test_digit_recognizer_has_the_pytorch_example_size_and_returns_logits():
    model = DigitRecognizer()
    assert parameter_count(model) == 1_199_882
    out = model.eval()(torch.randn(3, 1, 28, 28))
    assert out.shape == (3, 10)
    assert not torch.allclose(out.exp().sum(1), torch.ones(3))


def test_digit_recognizer_log_softmax_form_returns_log_probabilities():
    out = DigitRecognizer(log_softmax=True).eval()(torch.randn(2, 1, 28, 28))
    assert torch.allclose(out.exp().sum(1), torch.ones(2))


def test_neural_network_is_the_fashion_mnist_stack():
    model = NeuralNetwork()
    assert parameter_count(model) == 784 * 512 + 512 + 512 * 512 + 512 + 512 * 10 + 10
    assert model(torch.rand(4, 1, 28, 28)).shape == (4, 10)


def test_simple_nn_matches_its_two_linear_layers():
    model = SimpleNN(5, 7, 3)
    x = torch.randn(2, 5)
    expected = model.layer2(torch.relu(model.layer1(x)))
    assert torch.equal(model(x), expected)


def test_mlp_layers_and_shapes():
    model = build_model(
        ModelSpec("mlp", depth=2, width=16, activation="tanh", dropout=0.1, batch_norm=True), (2,), 3
    )
    kinds = [type(m).__name__ for m in model]
    assert kinds == [
        "Flatten",
        "Linear",
        "BatchNorm1d",
        "Tanh",
        "Dropout",
        "Linear",
        "BatchNorm1d",
        "Tanh",
        "Dropout",
        "Linear",
    ]
    rows = layer_output_shapes(model, (2,))
    assert rows[-1].output_shape == (2, 3)
    assert sum(r.parameters for r in rows) == parameter_count(model)


def test_digit_recognizer_layer_shapes():
    rows = {r.name: r.output_shape for r in layer_output_shapes(DigitRecognizer(), (1, 28, 28))}
    assert rows["conv1"] == (2, 32, 26, 26) and rows["pool"] == (2, 64, 12, 12) and rows["fc2"] == (2, 10)


def test_nll_choice_wraps_the_model_in_log_softmax():
    model = build_model(ModelSpec(), (2,), 3, log_softmax=True)
    assert torch.allclose(model(torch.randn(4, 2)).exp().sum(1), torch.ones(4))


def test_image_networks_refuse_other_inputs():
    with pytest.raises(UserFacingError) as error:
        build_model(ModelSpec("digit_recognizer"), (2,), 2)
    assert error.value.key == "training.err.needs_images"


def test_caps_on_depth_and_width():
    with pytest.raises(limits.LimitExceeded):
        build_model(ModelSpec(depth=int(limits.MAX_DEPTH.value) + 1), (2,), 2)


def test_losses_that_do_not_fit_the_task_are_explained():
    with pytest.raises(UserFacingError) as error:
        check_loss_fits_task("mse", regression=False)
    assert error.value.key == "training.err.value_loss_on_classes"
    with pytest.raises(UserFacingError) as error:
        check_loss_fits_task("cross_entropy", regression=True)
    assert error.value.key == "training.err.class_loss_on_values"


def test_optimizer_registry_builds_each_with_its_options():
    params = [nn.Parameter(torch.zeros(2))]
    sgd = build_optimizer(
        OptimizerSpec("sgd", lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01), params
    )
    assert (
        sgd.defaults["nesterov"] and sgd.defaults["momentum"] == 0.9 and sgd.defaults["weight_decay"] == 0.01
    )
    for name in ("adam", "adamw", "rmsprop", "adagrad", "adadelta"):
        assert build_optimizer(OptimizerSpec(name, lr=0.01), params).defaults["lr"] == 0.01
    with pytest.raises(UserFacingError):
        build_optimizer(OptimizerSpec("sgd", momentum=0.0, nesterov=True), params)
