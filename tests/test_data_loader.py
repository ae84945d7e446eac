"""DataLoader batches: the index table equals a real DataLoader over the images, seed by seed."""

import pytest
import torch
from torch.utils.data import DataLoader

from dlviz.data.batching import batch_indices, batch_of_each_sample, batch_table
from dlviz.data.code import loader_code
from dlviz.data.images import data_dir
from dlviz.data.lesson import image_source, lesson_dataset
from dlviz.data.loader_view import batch_by_indexing
from dlviz.limits import LimitExceeded
from tests.test_data_support import run_code


@pytest.fixture(scope="module")
def digits_dataset():
    source = image_source("digits")
    return lesson_dataset(source, to_tensor=True)


@pytest.mark.parametrize("shuffle, drop_last, seed", [(True, False, 0), (True, True, 5), (False, False, 1)])
def test_batches_equal_manual_indexing_of_the_dataset(digits_dataset, shuffle, drop_last, seed):
    size, batch_size, epochs = 23, 5, 3
    table = batch_indices(size, batch_size, shuffle, drop_last, seed, epochs)
    subset = torch.utils.data.Subset(digits_dataset, range(size))
    loader = DataLoader(
        subset,
        batch_size=batch_size,
        shuffle=shuffle,
        drop_last=drop_last,
        generator=torch.Generator().manual_seed(seed),
    )
    for epoch in range(epochs):
        real_batches = list(loader)
        assert len(real_batches) == len(table[epoch])
        for (images, labels), indices in zip(real_batches, table[epoch], strict=True):
            manual_images, manual_labels = batch_by_indexing(digits_dataset, indices)
            assert torch.equal(images, manual_images)
            assert torch.equal(labels, manual_labels)


def test_without_shuffle_batches_are_consecutive_and_repeat():
    table = batch_indices(10, 4, shuffle=False, drop_last=False, seed=0, epochs=2)
    assert table[0] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    assert table[1] == table[0]


def test_shuffle_reorders_every_epoch_and_keeps_every_sample():
    table = batch_indices(30, 7, shuffle=True, drop_last=False, seed=0, epochs=3)
    orders = [sum(batches, []) for batches in table]
    assert all(sorted(order) == list(range(30)) for order in orders)
    assert orders[0] != orders[1] != orders[2]


def test_same_seed_same_order_other_seed_other_order():
    first = batch_indices(30, 7, True, False, seed=4, epochs=2)
    assert first == batch_indices(30, 7, True, False, seed=4, epochs=2)
    assert first != batch_indices(30, 7, True, False, seed=5, epochs=2)


def test_drop_last_drops_the_short_batch():
    table = batch_indices(10, 4, shuffle=True, drop_last=True, seed=0, epochs=1)
    assert [len(b) for b in table[0]] == [4, 4]
    grid = batch_of_each_sample(table, 10)
    assert grid[0].count(None) == 2


def test_batch_table_has_a_row_per_batch_and_a_column_per_epoch():
    table = batch_indices(10, 4, shuffle=False, drop_last=False, seed=0, epochs=2)
    frame = batch_table(table, "batch", "epoch")
    assert list(frame.columns) == ["epoch 1", "epoch 2"]
    assert list(frame.index) == ["batch 0", "batch 1", "batch 2"]
    assert frame.iloc[2, 0] == "8, 9"


def test_sizes_are_capped():
    with pytest.raises(LimitExceeded):
        batch_indices(10**6, 4, True, False, 0, 1)
    with pytest.raises(LimitExceeded):
        batch_indices(10, 4, True, False, 0, 10**3)


def test_loader_code_reproduces_the_table_and_the_shown_batch(digits_dataset):
    size, batch_size, seed, epochs, shown = 17, 4, 2, 3, (2, 1)
    namespace = run_code(
        loader_code("digits", data_dir(), size, batch_size, True, False, seed, epochs, shown)
    )
    table = batch_indices(size, batch_size, True, False, seed, epochs)
    assert namespace["table"] == table
    images, labels = batch_by_indexing(digits_dataset, table[shown[0]][shown[1]])
    assert torch.equal(namespace["shown_images"], images)
    assert torch.equal(namespace["shown_labels"], labels)
