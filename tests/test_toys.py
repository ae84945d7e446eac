"""Generated toy datasets: shapes, labels, determinism and caps."""

import pytest
import torch

from dlviz.data.toys import CLASSIFICATION, REGRESSION, make_toy
from dlviz.limits import MAX_TOY_SAMPLES, LimitExceeded


@pytest.mark.parametrize("name", sorted(CLASSIFICATION))
def test_classification_toys_have_points_and_balanced_labels(name):
    data = make_toy(name, n=400, noise=0.2, seed=1)
    assert data.x.shape == (400, 2) and data.x.dtype == torch.float32
    assert data.y.shape == (400,) and data.y.dtype == torch.int64
    counts = torch.bincount(data.y, minlength=2)
    assert counts.min() >= 150, counts
    assert data.x.abs().max() < 2.5


@pytest.mark.parametrize("name", sorted(REGRESSION))
def test_regression_toys_have_real_targets(name):
    data = make_toy(name, n=100, seed=1)
    assert data.is_regression and data.y.shape == (100, 1)


@pytest.mark.parametrize("name", ["spiral", "gaussian"])
def test_multiclass_variants_have_every_class(name):
    data = make_toy(name, n=300, seed=0, classes=4)
    assert data.num_classes == 4 and set(data.y.tolist()) == {0, 1, 2, 3}


def test_same_seed_same_points_other_seed_other_points():
    a, b, c = make_toy("moons", seed=3), make_toy("moons", seed=3), make_toy("moons", seed=4)
    assert torch.equal(a.x, b.x) and not torch.equal(a.x, c.x)


def test_xor_labels_follow_the_quadrant_rule_without_noise():
    data = make_toy("xor", n=200, noise=0.0, seed=0)
    assert torch.equal(data.y, (data.x[:, 0] * data.x[:, 1] < 0).long())


def test_sample_count_is_capped():
    with pytest.raises(LimitExceeded):
        make_toy("spiral", n=MAX_TOY_SAMPLES.value + 1)
