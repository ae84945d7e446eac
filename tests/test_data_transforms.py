"""ToTensor, Normalize, Lambda, augmentations and Compose order, each against torchvision called directly."""

import numpy as np
import pytest
import torch
from torchvision import transforms
from torchvision.transforms import functional as TF

from dlviz.data.augmentations import AugmentSettings, augmentation_pipeline, augmented_draws
from dlviz.data.code import augment_code, compose_code, transforms_code
from dlviz.data.images import data_dir
from dlviz.data.lesson import image_source, lesson_dataset, one_hot
from dlviz.data.pipelines import StepSettings, check_order, compare, run_pipeline
from dlviz.data.pixel_transforms import (
    brightest_window,
    normalize_view,
    pixel_mean_std,
    to_tensor_view,
    window,
)
from dlviz.errors import UserFacingError
from tests.test_data_support import run_code


@pytest.fixture(scope="module")
def digit():
    """One 8×8 digit as a PIL image, with its label."""
    return lesson_dataset(image_source("digits"), to_tensor=False)[17]


@pytest.fixture(scope="module")
def large_digit(digit):
    """The digit enlarged to 28×28 so rotations and crops have room."""
    return digit[0].resize((28, 28))


def test_to_tensor_scales_0_255_to_0_1(digit):
    view = to_tensor_view(digit[0])
    assert view.pil_pixels.dtype == np.uint8
    assert torch.equal(view.tensor, TF.to_tensor(digit[0]))
    assert torch.allclose(view.tensor[0], torch.from_numpy(view.pil_pixels).float() / 255)
    assert view.tensor.shape == (1, 8, 8)


def test_normalize_equals_torchvision_and_the_formula(digit):
    tensor = TF.to_tensor(digit[0])
    view = normalize_view(tensor, 0.1307, 0.3081)
    assert torch.equal(view.after, transforms.Normalize((0.1307,), (0.3081,))(tensor))
    assert torch.allclose(view.after, (tensor - 0.1307) / 0.3081)


def test_normalize_with_the_image_statistics_gives_mean_0_std_1(digit):
    tensor = TF.to_tensor(digit[0])
    stats = normalize_view(tensor, float(tensor.mean()), float(tensor.std())).stats()
    assert stats["after"][0] == pytest.approx(0.0, abs=1e-6)
    assert stats["after"][1] == pytest.approx(1.0, abs=1e-5)
    assert stats["before"] == pytest.approx(
        (float(tensor.mean()), float(tensor.std()), float(tensor.min()), float(tensor.max()))
    )


def test_normalize_refuses_a_zero_std(digit):
    with pytest.raises(UserFacingError) as caught:
        normalize_view(TF.to_tensor(digit[0]), 0.1, 0.0)
    assert caught.value.key == "data.err.std_positive"


def test_pixel_mean_std_equals_to_tensor_statistics():
    source = image_source("digits")
    everything = torch.stack([TF.to_tensor(TF.to_pil_image(img)) for img in source.images[:50]]).double()
    mean, std = pixel_mean_std(source.images[:50])
    assert mean == pytest.approx(float(everything.mean()))
    assert std == pytest.approx(float(everything.std()))


def test_brightest_window_has_the_largest_sum():
    array = np.zeros((28, 28))
    array[5:13, 17:25] = 1
    top, left = brightest_window(array)
    assert (top, left) == (5, 17)
    assert window(array, top, left).sum() == 64


def test_augmented_draws_equal_torchvision_with_the_same_seed(large_digit):
    settings = AugmentSettings(rotation_degrees=40, flip_p=0.5, crop_scale_min=0.5)
    draws = augmented_draws(large_digit, settings, 6, seed=3)
    reference = transforms.Compose(
        [
            transforms.RandomRotation(40),
            transforms.RandomHorizontalFlip(0.5),
            transforms.RandomResizedCrop(28, scale=(0.5, 1.0)),
            transforms.ToTensor(),
        ]
    )
    torch.manual_seed(3)
    expected = torch.stack([reference(large_digit) for _ in range(6)])
    assert torch.equal(draws, expected)
    assert not torch.equal(draws[0], draws[1]), "each draw is a new random variant"


def test_augmentations_switched_off_leave_the_image(large_digit):
    pipeline = augmentation_pipeline(AugmentSettings(0, 0, 1.0), 28)
    assert len(pipeline.transforms) == 1
    assert torch.equal(augmented_draws(large_digit, AugmentSettings(), 2, 0)[1], TF.to_tensor(large_digit))


def test_augmented_draws_do_not_disturb_the_global_generator(large_digit):
    torch.manual_seed(9)
    expected = torch.rand(3)
    torch.manual_seed(9)
    augmented_draws(large_digit, AugmentSettings(30, 0.5, 0.5), 4, seed=1)
    assert torch.equal(torch.rand(3), expected)


def test_rotation_before_or_after_normalize_differs_in_the_corners(large_digit):
    settings = StepSettings(angle=30)
    a = run_pipeline(large_digit, ["to_tensor", "normalize", "rotate"], settings)
    b = run_pipeline(large_digit, ["to_tensor", "rotate", "normalize"], settings)
    expected_b = transforms.Normalize((0.1307,), (0.3081,))(TF.rotate(TF.to_tensor(large_digit), 30))
    assert torch.equal(b, expected_b)
    assert a[0, 0, 0] == 0 and b[0, 0, 0] == pytest.approx(-0.1307 / 0.3081)
    assert compare(a, b) == pytest.approx(0.1307 / 0.3081, rel=1e-5)


def test_crop_then_resize_differs_from_resize_then_crop(large_digit):
    settings = StepSettings(crop=20, resize=14)
    a = run_pipeline(large_digit, ["center_crop", "resize", "to_tensor"], settings)
    b = run_pipeline(large_digit, ["resize", "center_crop", "to_tensor"], settings)
    assert torch.equal(a, TF.to_tensor(TF.resize(TF.center_crop(large_digit, 20), 14)))
    assert torch.equal(b, TF.to_tensor(TF.center_crop(TF.resize(large_digit, 14), 20)))
    assert a.shape == (1, 14, 14) and b.shape == (1, 20, 20), "CenterCrop pads a smaller image"
    assert compare(a, b) is None


def test_flip_and_rotate_do_not_commute(large_digit):
    settings = StepSettings(angle=30)
    a = run_pipeline(large_digit, ["flip", "rotate", "to_tensor"], settings)
    b = run_pipeline(large_digit, ["rotate", "flip", "to_tensor"], settings)
    assert compare(a, b) > 0.1


@pytest.mark.parametrize(
    "steps, key",
    [
        (["normalize", "to_tensor"], "data.err.needs_tensor"),
        (["to_tensor", "to_tensor"], "data.err.needs_pil"),
        ([], "data.err.empty_pipeline"),
    ],
)
def test_wrong_orders_give_a_message_instead_of_a_traceback(large_digit, steps, key):
    with pytest.raises(UserFacingError) as caught:
        run_pipeline(large_digit, steps, StepSettings())
    assert caught.value.key == key


def test_the_needs_tensor_check_matches_torchvision(large_digit):
    with pytest.raises(TypeError):
        transforms.Compose([transforms.Normalize((0.1307,), (0.3081,)), transforms.ToTensor()])(large_digit)
    check_order(["to_tensor", "normalize", "rotate"])


def test_transforms_code_reproduces_the_section(digit):
    namespace = run_code(transforms_code("digits", data_dir(), 17, 0.2, 0.4, 10))
    image, label = digit
    tensor = TF.to_tensor(image)
    assert torch.equal(namespace["tensor"], tensor)
    assert torch.equal(namespace["normalized"], normalize_view(tensor, 0.2, 0.4).after)
    assert torch.equal(namespace["one_hot"], one_hot(10)(label))
    assert torch.equal(namespace["pixels"], torch.from_numpy(to_tensor_view(image).pil_pixels))


def test_augment_code_reproduces_the_draws(digit):
    settings = AugmentSettings(rotation_degrees=25, flip_p=0.5, crop_scale_min=0.6)
    namespace = run_code(augment_code("digits", data_dir(), 17, settings, 8, 4))
    assert torch.equal(namespace["draws"], augmented_draws(digit[0], settings, 8, 4))


def test_compose_code_reproduces_both_results(digit):
    settings = StepSettings(angle=45, crop=6, resize=12)
    first, second = ["to_tensor", "normalize", "rotate"], ["flip", "to_tensor", "rotate", "normalize"]
    namespace = run_code(compose_code("digits", data_dir(), 17, first, second, settings))
    assert torch.equal(namespace["result_a"], run_pipeline(digit[0], first, settings))
    assert torch.equal(namespace["result_b"], run_pipeline(digit[0], second, settings))
