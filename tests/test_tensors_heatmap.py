"""The tensor heatmap: strips, grids, stacked slices, summaries of big tensors, and highlighted cells."""

import numpy as np
import torch

from dlviz.figures.heatmap import heatmap_plan, tensor_heatmap


def heat(figure):
    return figure.data[0]


def test_1d_tensor_is_one_row_strip_with_values_as_text():
    figure = tensor_heatmap(torch.tensor([1, 2, 3]))
    assert np.array_equal(np.asarray(heat(figure).z), [[1, 2, 3]])
    assert list(heat(figure).text[0]) == ["1", "2", "3"]


def test_2d_tensor_is_a_grid_with_float_labels():
    figure = tensor_heatmap(torch.tensor([[0.5, 1.25], [3.0, 4.0]]), title="x")
    assert np.asarray(heat(figure).z).shape == (2, 2)
    assert heat(figure).text[0][1] == "1.25"
    assert figure.layout.title.text == "x"


def test_3d_tensor_draws_slices_side_by_side_with_a_gap():
    t = torch.arange(12).reshape(3, 2, 2)
    z = np.asarray(heat(tensor_heatmap(t)).z, dtype=float)
    assert z.shape == (2, 3 * 2 + 2)
    assert np.isnan(z[:, 2]).all()
    assert np.array_equal(z[:, 3:5], t[1].numpy())


def test_big_tensor_is_downsampled_within_the_cell_budget():
    plan = heatmap_plan((40, 40, 40), max_cells=400)
    assert plan.summarized and plan.shown_slices == 4
    assert plan.shown_slices * -((-40 // plan.step) ** 2) <= 400
    z = np.asarray(heat(tensor_heatmap(torch.rand(40, 40, 40), max_cells=400)).z)
    assert np.count_nonzero(~np.isnan(z)) <= 400


def test_small_tensor_is_not_summarized():
    assert not heatmap_plan((4, 4)).summarized


def test_highlight_fades_other_cells_and_outlines_the_selected_ones():
    t = torch.arange(4).reshape(2, 2)
    figure = tensor_heatmap(t, highlight=t > 1)
    fade = np.asarray(figure.data[1].z, dtype=float)
    assert np.array_equal(np.isnan(fade), (t > 1).numpy())
    outline = figure.data[2]
    assert sum(x is None for x in outline.x) == 2


def test_bool_and_scalar_tensors_are_drawn():
    assert np.asarray(heat(tensor_heatmap(torch.tensor([True, False]))).z).tolist() == [[1.0, 0.0]]
    assert np.asarray(heat(tensor_heatmap(torch.tensor(3.5))).z).tolist() == [[3.5]]
