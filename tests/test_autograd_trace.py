"""The graph traced from grad_fn.next_functions matches what autograd recorded, and its DOT drawing."""

import pytest
import torch

from dlviz import limits
from dlviz.autograd.custom_function import SigmoidFunction
from dlviz.autograd.trace import (
    AutogradGraph,
    GraphNode,
    autograd_graph_dot,
    format_values,
    trace_autograd_graph,
)
from dlviz.limits import LimitExceeded


def square_cube():
    x = torch.tensor([2.0, 3.0], requires_grad=True)
    return x, x[0] ** 2 + x[1] ** 3


def test_nodes_are_the_backward_functions_the_leaf_and_the_output():
    x, y = square_cube()
    graph = trace_autograd_graph(y, {"x": x, "y": y})
    ops = sorted(node.op for node in graph.nodes if node.kind == "op")
    assert ops == ["AddBackward0", "PowBackward0", "PowBackward0", "SelectBackward0", "SelectBackward0"]
    leaf = next(node for node in graph.nodes if node.kind == "leaf")
    assert (leaf.op, leaf.is_leaf, leaf.requires_grad, leaf.grad_fn) == ("x", True, True, None)
    assert leaf.shape == (2,) and leaf.value == [2.0, 3.0]
    output = graph.node("out")
    assert output.kind == "output" and output.value == 31.0 and output.grad_fn == "AddBackward0"


def test_edges_follow_next_functions_from_inputs_to_consumers():
    x, y = square_cube()
    graph = trace_autograd_graph(y, {"x": x})
    by_id = {node.id: node for node in graph.nodes}
    for _source, target in graph.edges:
        if target == "out":
            continue
        consumer = by_id[target]
        assert consumer.kind == "op"
    leaf_id = next(node.id for node in graph.nodes if node.kind == "leaf")
    assert sum(1 for source, _ in graph.edges if source == leaf_id) == 2
    assert len(graph.edges) == 7  # six between functions, one into the output


def test_every_traced_function_is_reachable_from_grad_fn():
    x, y = square_cube()
    reachable, stack = set(), [y.grad_fn]
    while stack:
        fn = stack.pop()
        if fn not in reachable:
            reachable.add(fn)
            stack.extend(f for f, _ in fn.next_functions if f is not None)
    graph = trace_autograd_graph(y)
    assert len([n for n in graph.nodes if n.kind != "output"]) == len(reachable)


def test_leaf_gradient_is_shown_after_backward():
    x, y = square_cube()
    y.backward()
    graph = trace_autograd_graph(y, {"x": x})
    leaf = next(node for node in graph.nodes if node.kind == "leaf")
    assert leaf.grad == x.grad.tolist() == [4.0, 27.0]


def test_shapes_of_unnamed_intermediates_come_from_the_function():
    w = torch.randn(3, 4, requires_grad=True)
    out = (torch.ones(5, 3) @ w).relu().sum()
    graph = trace_autograd_graph(out, {"w": w})
    shapes = {node.op: node.shape for node in graph.nodes if node.kind == "op"}
    assert shapes["MmBackward0"] == (5, 4)
    assert shapes["ReluBackward0"] == (5, 4)
    assert shapes["SumBackward0"] == ()


def test_large_values_are_not_copied_into_nodes():
    w = torch.randn(100, 10, requires_grad=True)
    graph = trace_autograd_graph(w.sum(), {"w": w})
    leaf = next(node for node in graph.nodes if node.kind == "leaf")
    assert leaf.value is None and leaf.shape == (100, 10)


def test_saved_tensors_are_listed_before_backward_and_freed_after():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = (x * x.exp()).sum()
    graph = trace_autograd_graph(y)
    exp = next(node for node in graph.nodes if node.op == "ExpBackward0")
    assert exp.saved == ["result: 2 [2.7183, 7.3891]"]
    y.backward()
    exp = next(node for node in trace_autograd_graph(y).nodes if node.op == "ExpBackward0")
    assert exp.saved == ["result: freed"]


def test_custom_function_shows_its_saved_tensor():
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = SigmoidFunction.apply(x)
    node = next(node for node in trace_autograd_graph(y).nodes if node.kind == "op")
    assert node.op == "SigmoidFunctionBackward"
    assert node.saved == [f"ctx.saved_tensors[0]: 3 {format_values(torch.sigmoid(x).tolist())}"]


def test_a_leaf_root_is_a_single_output_node():
    x = torch.tensor([1.0], requires_grad=True)
    graph = trace_autograd_graph(x, {"x": x})
    assert [(n.id, n.kind, n.is_leaf) for n in graph.nodes] == [("out", "output", True)]
    assert graph.edges == []


def test_more_nodes_than_the_cap_raise_limit_exceeded():
    x = torch.tensor([1.0], requires_grad=True)
    y = x
    for _ in range(40):
        y = y * 1.01
    with pytest.raises(LimitExceeded) as info:
        trace_autograd_graph(y, max_nodes=10)
    assert info.value.params["what_key"] == "limits.max_graph_nodes"
    assert info.value.params["requested"] == 42
    assert len(trace_autograd_graph(y).nodes) == 42 <= limits.MAX_GRAPH_NODES.value


def test_dot_has_one_record_per_node_and_one_line_per_edge():
    x, y = square_cube()
    y.backward()
    graph = trace_autograd_graph(y, {"x": x})
    dot = autograd_graph_dot(graph, highlight="n0")
    assert dot.startswith("digraph") and "rankdir=LR" in dot
    assert dot.count("shape=record") == 1 and dot.count("fillcolor=") == len(graph.nodes)
    assert dot.count(" -> ") == len(graph.edges)
    assert "grad [4., 27.]" in dot and "data [2., 3.]" in dot
    assert "penwidth=3" in dot.split('"n0" [')[1].split("\n")[0]


def test_dot_escapes_record_characters():
    node = GraphNode("a", "op", "op", (2,), name='x{|}<>"', grad_fn="op")
    dot = autograd_graph_dot(AutogradGraph([node], []))
    assert 'x\\{\\|\\}\\<\\>\\"' in dot


def test_dot_rankdir_is_limited_to_graphviz_values():
    assert "rankdir=LR" in autograd_graph_dot(AutogradGraph([], []), rankdir="evil];")
    assert "rankdir=TB" in autograd_graph_dot(AutogradGraph([], []), rankdir="TB")
