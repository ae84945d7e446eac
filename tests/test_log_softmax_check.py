"""log_softmax before CrossEntropyLoss is redundant, not wrong: same loss, same gradients (torch as the reference)."""

import math

import pytest
import torch
import torch.nn.functional as F

from dlviz.models.log_softmax_check import (
    CHECK_BATCH,
    cross_entropy_after_log_softmax,
    digit_recognizer_check,
    log_softmax_params,
)
from dlviz.models.seed_models import DigitRecognizer


def test_log_softmax_is_idempotent():
    z = torch.randn(5, 10, generator=torch.Generator().manual_seed(1), dtype=torch.float64)
    torch.testing.assert_close(F.log_softmax(F.log_softmax(z, dim=1), dim=1), F.log_softmax(z, dim=1))


def test_cross_entropy_after_log_softmax_equals_cross_entropy_on_logits():
    z = 4 * torch.randn(6, 10, generator=torch.Generator().manual_seed(2))
    targets = torch.tensor([0, 3, 9, 1, 1, 7])
    check = cross_entropy_after_log_softmax(z, targets)
    assert check.loss_on_logits == pytest.approx(F.cross_entropy(z, targets).item(), rel=1e-7)
    assert check.loss_on_log_softmax == pytest.approx(check.loss_on_logits, rel=1e-6)
    z64 = z.double().requires_grad_(True)
    F.cross_entropy(z64, targets).backward()
    expected = (F.softmax(z.double(), dim=1) - F.one_hot(targets, 10)) / len(targets)
    torch.testing.assert_close(z64.grad, expected)
    assert 0 <= check.max_grad_difference < 1e-7


def test_the_gap_is_the_largest_difference_of_the_two_gradients_torch_computes():
    z = 3 * torch.randn(4, 10, generator=torch.Generator().manual_seed(3))
    targets = torch.tensor([1, 2, 3, 4])
    plain, twice = z.clone().requires_grad_(True), z.clone().requires_grad_(True)
    (grad_plain,) = torch.autograd.grad(F.cross_entropy(plain, targets), [plain])
    (grad_twice,) = torch.autograd.grad(F.cross_entropy(F.log_softmax(twice, dim=1), targets), [twice])
    expected = (grad_plain - grad_twice).abs().max().item()
    assert cross_entropy_after_log_softmax(z, targets).max_grad_difference == expected


def test_digit_recognizer_check_is_the_tutorials_form_on_a_seeded_network():
    check = digit_recognizer_check(5)
    torch.manual_seed(5)
    tutorial_form = DigitRecognizer(log_softmax=True).eval()
    images = torch.rand(CHECK_BATCH, 1, 28, 28)
    targets = torch.arange(CHECK_BATCH) % 10
    with torch.no_grad():
        expected = F.cross_entropy(tutorial_form(images), targets).item()
    assert check.loss_on_log_softmax == pytest.approx(expected, rel=1e-6)
    assert check.loss_on_logits == pytest.approx(expected, rel=1e-6)
    assert check.max_grad_difference < 1e-7
    assert digit_recognizer_check(5) == check


def test_params_show_six_decimals_and_the_gap():
    check = cross_entropy_after_log_softmax(torch.zeros(2, 10), torch.tensor([0, 1]))
    params = log_softmax_params(check)
    assert params["on_logits"] == params["on_log_softmax"] == f"{math.log(10):.6f}"
    assert params["grad_diff"] == f"{check.max_grad_difference:.1e}"
