"""The functions code panels write out whole give what the app's own functions give."""

import inspect

import pytest
import torch

from dlviz.code_source import plain_source
from dlviz.data import standalone
from dlviz.data.images import sample_images
from dlviz.models.seed_models import NeuralNetwork


@pytest.mark.parametrize(("n", "seed"), [(1, 0), (7, 3), (2000, 1)])
def test_sample_images_written_out_equals_the_apps_without_mnist(tmp_path, n, seed):
    images, labels = standalone.sample_images(n, seed, str(tmp_path))
    sample = sample_images(n, root=tmp_path, seed=seed)
    assert sample.source == "digits"
    assert torch.equal(images, sample.images) and torch.equal(labels, sample.labels)


def test_sample_images_written_out_equals_the_apps_on_mnist(mnist_root):
    images, labels = standalone.sample_images(5, 2, str(mnist_root))
    sample = sample_images(5, root=mnist_root, seed=2)
    assert sample.source == "mnist"
    assert torch.equal(images, sample.images) and torch.equal(labels, sample.labels)


def test_plain_source_drops_the_docstring_and_keeps_the_code():
    source = plain_source(NeuralNetwork)
    assert '"""' not in source and "Seed" not in source
    assert source.startswith("class NeuralNetwork(nn.Module):\n    def __init__(self):")
    full = inspect.getsource(NeuralNetwork)
    kept = [line for line in full.splitlines() if line.strip() and '"""' not in line]
    assert kept == [line for line in source.splitlines() if line.strip()]


def test_plain_source_of_a_function_without_docstring_is_its_source():
    def bare(x):
        return x + 1

    assert plain_source(bare) == "def bare(x):\n    return x + 1\n"
