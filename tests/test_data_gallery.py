"""The dataset gallery: seeded samples and class balance against torchvision, scikit-learn and the toys."""

import pytest
import torch
from sklearn.datasets import load_digits
from torchvision import datasets, transforms

from dlviz.data.code import gallery_code
from dlviz.data.gallery import fake_view, image_view, seeded_indices, toy_view
from dlviz.data.images import data_dir
from dlviz.data.toys import make_toy
from dlviz.errors import UserFacingError
from dlviz.limits import LimitExceeded
from tests.test_data_support import run_code


def test_digits_view_counts_every_class_like_numpy():
    view = image_view("digits", 16, seed=0)
    reference = load_digits()
    assert view.length == 1797 and view.sample_shape == (1, 8, 8)
    assert view.counts == torch.bincount(torch.from_numpy(reference.target)).tolist()
    assert sum(view.counts) == 1797


def test_digits_sample_is_seeded_and_matches_the_images():
    view = image_view("digits", 8, seed=2)
    index = seeded_indices(1797, 8, 2)
    reference = load_digits()
    assert torch.equal(view.labels, torch.from_numpy(reference.target[index.numpy()]))
    expected = torch.from_numpy(reference.images[index.numpy()] * 255 / 16).round() / 255
    assert torch.allclose(view.images[:, 0], expected.float(), atol=1e-6)


def test_fake_view_equals_torchvision_fakedata():
    view = fake_view(40, 8, seed=3)
    fake = datasets.FakeData(40, (1, 28, 28), 10, transform=transforms.ToTensor(), random_offset=3)
    labels = torch.tensor([fake[i][1] for i in range(40)])
    assert view.counts == torch.bincount(labels, minlength=10).tolist()
    assert torch.equal(view.images, torch.stack([fake[i][0] for i in range(8)]))
    assert torch.equal(view.labels, labels[:8])


def test_toy_view_counts_the_generated_classes():
    view = toy_view("gaussian", 300, seed=1)
    data = make_toy("gaussian", n=300, noise=0.1, seed=1)
    assert torch.equal(view.points, data.x)
    assert view.counts == torch.bincount(data.y).tolist()


def test_mnist_view_from_the_folder(mnist_root):
    view = image_view("mnist", 16, seed=0, root=mnist_root, train=True)
    reference = datasets.MNIST(mnist_root, train=True)
    assert view.length == 60_000
    assert view.counts == torch.bincount(reference.targets).tolist()


def test_missing_folder_is_a_message(tmp_path):
    with pytest.raises(UserFacingError) as caught:
        image_view("fashion_mnist", 8, seed=0, root=tmp_path)
    assert caught.value.key == "data.err.missing"


def test_sizes_are_capped():
    with pytest.raises(LimitExceeded):
        fake_view(10**6, 8, 0)
    with pytest.raises(LimitExceeded):
        image_view("digits", 10**4, 0)


@pytest.mark.parametrize("name", ["digits", "fake_data", "toys"])
def test_gallery_code_reproduces_the_view(name):
    size, count, seed = 60, 8, 4
    namespace = run_code(gallery_code(name, data_dir(), False, count, seed, "moons", size))
    if name == "digits":
        view = image_view("digits", count, seed)
        assert torch.allclose(namespace["sample"], view.images)
        assert namespace["counts"].tolist() == view.counts
    elif name == "fake_data":
        view = fake_view(size, count, seed)
        assert torch.equal(namespace["sample"], view.images)
        assert namespace["counts"].tolist() == view.counts
    else:
        view = toy_view("moons", size, seed)
        assert namespace["counts"].tolist() == view.counts
