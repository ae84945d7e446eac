"""The lesson's custom Dataset: __len__, __getitem__, ToTensor and the one-hot Lambda."""

import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torchvision import transforms

from dlviz.data.code import dataset_code
from dlviz.data.images import data_dir
from dlviz.data.lesson import ImageLabelDataset, image_source, lesson_dataset, one_hot
from tests.test_data_support import run_code


def test_len_and_getitem_follow_the_source():
    source = image_source("digits")
    dataset = lesson_dataset(source, to_tensor=True)
    assert len(dataset) == len(load_digits().target)
    image, label = dataset[10]
    assert label == int(source.labels[10])
    assert torch.equal(image, transforms.ToTensor()(transforms.ToPILImage()(source.images[10])))


def test_without_transform_items_are_pil_images():
    source = image_source("digits")
    image, label = lesson_dataset(source, to_tensor=False)[3]
    assert image.size == (8, 8)
    assert isinstance(label, int)


def test_one_hot_lambda_equals_torch_one_hot():
    for label in range(10):
        assert torch.equal(one_hot(10)(label), F.one_hot(torch.tensor(label), 10).float())


def test_target_transform_applies_to_labels():
    source = image_source("digits")
    _, label = lesson_dataset(source, to_tensor=True, one_hot_labels=True)[0]
    assert label.shape == (10,) and label[int(source.labels[0])] == 1 and label.sum() == 1


def test_dataset_code_reads_the_same_item_as_the_page():
    source = image_source("digits")
    namespace = run_code(dataset_code("digits", data_dir(), 42, True, True, 10))
    image, label = lesson_dataset(source, to_tensor=True, one_hot_labels=True)[42]
    assert torch.equal(namespace["image"], image)
    assert torch.equal(namespace["label"], label)
    assert isinstance(namespace["dataset"], object) and len(namespace["dataset"]) == len(source.labels)


def test_the_class_runs_on_mnist_like_torchvision(mnist_root):
    from torchvision import datasets

    reference = datasets.MNIST(mnist_root, train=False, transform=transforms.ToTensor())
    dataset = ImageLabelDataset(reference.data, reference.targets, transform=transforms.ToTensor())
    image, label = dataset[123]
    expected_image, expected_label = reference[123]
    assert label == expected_label and torch.equal(image, expected_image)
