"""Image datasets: torchvision's MNIST from a folder, scikit-learn digits, seeded samples."""

from pathlib import Path

import numpy as np
import pytest
import torch
from sklearn.datasets import load_digits
from torchvision import datasets, transforms

from dlviz.data import images
from dlviz.errors import UserFacingError
from dlviz.limits import LimitExceeded


def test_data_dir_defaults_to_project_data_folder(monkeypatch):
    monkeypatch.delenv("DLVIZ_DATA_DIR", raising=False)
    assert images.data_dir() == Path(__file__).resolve().parents[1] / "data"


def test_data_dir_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DLVIZ_DATA_DIR", str(tmp_path))
    assert images.data_dir() == tmp_path


def test_missing_files_give_the_missing_message(tmp_path):
    with pytest.raises(UserFacingError) as caught:
        images.load_vision_dataset("fashion_mnist", tmp_path)
    assert caught.value.key == "data.err.missing"
    assert caught.value.params["folder"] == str(tmp_path / "FashionMNIST" / "raw")


def test_unknown_dataset_name_gives_a_message(tmp_path):
    with pytest.raises(UserFacingError) as caught:
        images.load_vision_dataset("cifar", tmp_path)
    assert caught.value.key == "data.err.unknown_dataset"


def test_failed_download_gives_the_download_message(tmp_path, monkeypatch):
    def offline(*args, **kwargs):
        raise RuntimeError("Error downloading train-images-idx3-ubyte.gz:\nTried x, got:\nno network")

    monkeypatch.setattr(datasets.MNIST, "download", offline)
    with pytest.raises(UserFacingError) as caught:
        images.load_vision_dataset("mnist", tmp_path, download=True)
    assert caught.value.key == "data.err.download_failed"
    assert caught.value.params["reason"] == "no network"


def test_mnist_from_folder_equals_torchvision(mnist_root):
    ours = images.load_vision_dataset("mnist", mnist_root, train=False, transform=transforms.ToTensor())
    reference = datasets.MNIST(mnist_root, train=False, transform=transforms.ToTensor())
    assert len(ours) == len(reference) == 10_000
    image, label = ours[7]
    expected_image, expected_label = reference[7]
    assert label == expected_label
    assert torch.equal(image, expected_image)


def test_transform_of_one_copy_does_not_leak_into_another(mnist_root):
    with_tensor = images.load_vision_dataset(
        "mnist", mnist_root, train=False, transform=transforms.ToTensor()
    )
    plain = images.load_vision_dataset("mnist", mnist_root, train=False)
    assert isinstance(with_tensor[0][0], torch.Tensor)
    assert not isinstance(plain[0][0], torch.Tensor)


def test_digits_dataset_matches_scikit_learn():
    reference = load_digits()
    digits = images.digits_dataset(transforms.ToTensor())
    assert len(digits) == len(reference.target) == 1797
    image, label = digits[5]
    assert image.shape == (1, 8, 8)
    assert label == reference.target[5]
    expected = np.round(reference.images[5] * 255 / 16) / 255
    assert np.allclose(image[0].numpy(), expected, atol=1e-6)


def test_digits_without_transform_are_pil_images_like_mnist():
    image, label = images.digits_dataset()[0]
    assert image.mode == "L" and image.size == (8, 8)
    assert isinstance(label, int)


def test_sample_images_uses_real_mnist_when_present(mnist_root):
    sample = images.sample_images(12, mnist_root, seed=3)
    test_set = datasets.MNIST(mnist_root, train=False)
    index = torch.randperm(10_000, generator=torch.Generator().manual_seed(3))[:12]
    assert sample.source == "mnist"
    assert sample.images.shape == (12, 1, 28, 28) and sample.images.dtype == torch.float32
    assert torch.equal(sample.images[:, 0], test_set.data[index].float() / 255)
    assert torch.equal(sample.labels, test_set.targets[index])


def test_sample_images_falls_back_to_upscaled_digits(tmp_path):
    sample = images.sample_images(5, tmp_path, seed=0)
    assert sample.source == "digits"
    assert sample.images.shape == (5, 1, 28, 28)
    assert sample.labels.dtype == torch.int64
    assert 0.0 <= sample.images.min() and sample.images.max() <= 1.0
    assert sample.images[:, :, :4].abs().sum() == 0, "a 4-pixel border like MNIST"


def test_sample_images_is_seeded(tmp_path):
    first = images.sample_images(8, tmp_path, seed=1)
    again = images.sample_images(8, tmp_path, seed=1)
    other = images.sample_images(8, tmp_path, seed=2)
    assert torch.equal(first.images, again.images)
    assert not torch.equal(first.labels, other.labels)


def test_sample_images_count_is_capped(tmp_path):
    with pytest.raises(LimitExceeded):
        images.sample_images(10**9, tmp_path)
