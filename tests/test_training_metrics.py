"""Metrics agree with scikit-learn; the overfitting flag and the best epoch follow their definitions."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn import metrics as skm

from dlviz.training.figures import confusion_figure
from dlviz.training.metrics import (
    best_epoch,
    check_overfitting,
    classification_metrics,
    confusion_matrix,
    sklearn_comparison,
)

labels = st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(labels)
def test_metrics_equal_scikit_learn_weighted_averages(pairs):
    actual = torch.tensor([a for a, _ in pairs])
    predicted = torch.tensor([p for _, p in pairs])
    ours = classification_metrics(actual, predicted)
    assert ours["accuracy"] == pytest.approx(skm.accuracy_score(actual, predicted))
    for name, function in (
        ("precision", skm.precision_score),
        ("recall", skm.recall_score),
        ("f1", skm.f1_score),
    ):
        assert ours[name] == pytest.approx(function(actual, predicted, average="weighted", zero_division=0))


def test_confusion_matrix_equals_scikit_learn():
    rng = np.random.default_rng(0)
    actual, predicted = rng.integers(0, 10, 300), rng.integers(0, 10, 300)
    ours = confusion_matrix(torch.as_tensor(actual), torch.as_tensor(predicted), 10)
    assert np.array_equal(ours.numpy(), skm.confusion_matrix(actual, predicted, labels=range(10)))


def test_sklearn_comparison_rows_agree():
    actual, predicted = torch.tensor([0, 1, 2, 2, 1]), torch.tensor([0, 2, 2, 2, 1])
    for _, ours, theirs in sklearn_comparison(actual, predicted):
        assert ours == pytest.approx(theirs)


def test_overfitting_is_flagged_when_validation_rises_while_training_falls():
    report = check_overfitting([1.0, 0.8, 0.6, 0.4, 0.3, 0.2], [1.0, 0.7, 0.75, 0.8, 0.9, 1.0])
    assert report.overfitting and report.best_epoch == 1 and report.since_epoch == 2


def test_no_overfitting_while_validation_keeps_falling_or_training_rises_too():
    assert not check_overfitting([1.0, 0.8, 0.6, 0.4, 0.3], [1.0, 0.7, 0.701, 0.702, 0.703]).overfitting
    assert not check_overfitting([1.0, 0.8, 0.6], [1.0, 0.9, 0.8]).overfitting
    assert not check_overfitting([0.5, 0.6, 0.7, 0.8], [0.5, 0.6, 0.7, 0.8]).overfitting
    assert not check_overfitting([1.0, 0.9], [None, None]).overfitting


def test_best_epoch_uses_validation_loss_else_training_loss():
    assert best_epoch([3, 2, 1], [2, 1, 3]) == 1
    assert best_epoch([3, 2, 1], [None, None, None]) == 2


def test_confusion_figure_shows_the_counts_with_actual_classes_as_rows():
    actual, predicted = [0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2]
    matrix = confusion_matrix(torch.as_tensor(actual), torch.as_tensor(predicted), 3)
    figure = confusion_figure(matrix, ("a", "b", "c"), ("actual", "predicted"))
    heatmap = figure.data[0]
    assert np.array_equal(np.asarray(heatmap.z), skm.confusion_matrix(actual, predicted))
    assert list(heatmap.y) == ["a", "b", "c"] and figure.layout.yaxis.autorange == "reversed"  # row 0 on top
    assert heatmap.texttemplate == "%{z}" and figure.layout.yaxis.title.text == "actual"
