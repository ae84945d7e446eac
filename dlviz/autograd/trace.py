"""Collect an autograd graph from a tensor's grad_fn chain (data first, drawing second)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import torch

from dlviz import limits
from dlviz.limits import Limit

SMALL_TENSOR_ELEMENTS = 16
NodeKind = Literal["leaf", "op", "output"]


@dataclass
class GraphNode:
    """One node of an autograd graph: a leaf tensor, a backward function, or the output."""

    id: str
    op: str
    kind: NodeKind
    shape: tuple
    value: list | float | None = None
    grad: list | float | None = None
    is_leaf: bool = False
    requires_grad: bool = True
    saved: list[str] = field(default_factory=list)
    name: str | None = None
    dtype: str = ""
    grad_fn: str | None = None


@dataclass
class AutogradGraph:
    """Nodes and (input -> consumer) edges of an autograd graph."""

    nodes: list[GraphNode]
    edges: list[tuple[str, str]]

    def node(self, node_id: str) -> GraphNode:
        """Return the node with this id."""
        return next(node for node in self.nodes if node.id == node_id)


def small_values(tensor: torch.Tensor | None) -> list | float | None:
    """Return a tensor's values as nested lists when it is small, else None (also on the meta device: no values)."""
    if tensor is None or tensor.is_meta or tensor.numel() > SMALL_TENSOR_ELEMENTS:
        return None
    return tensor.detach().cpu().tolist()


def grad_functions(root: torch.Tensor, max_nodes: int | None = None) -> list:
    """Return the backward functions reachable from root.grad_fn, in depth-first discovery order."""
    cap = Limit(limits.MAX_GRAPH_NODES.name, limits.MAX_GRAPH_NODES.value if max_nodes is None else max_nodes)
    ordered, seen, stack = [], set(), [root.grad_fn] if root.grad_fn is not None else []
    while stack:
        fn = stack.pop()
        if fn in seen:
            continue
        seen.add(fn)
        ordered.append(fn)
        if len(ordered) > cap.value:
            cap.check(_count_functions(root))
        stack.extend(next_fn for next_fn, _ in reversed(fn.next_functions) if next_fn is not None)
    return ordered


def _count_functions(root: torch.Tensor) -> int:
    """Return how many backward functions are reachable from root (for the over-cap message)."""
    seen, stack = set(), [root.grad_fn]
    while stack:
        fn = stack.pop()
        if fn not in seen:
            seen.add(fn)
            stack.extend(next_fn for next_fn, _ in fn.next_functions if next_fn is not None)
    return len(seen) + 1


def saved_tensor_descriptions(fn) -> list[str]:
    """Return 'name: shape' (or 'name = value') for each tensor or value a backward function saved."""
    described = []
    for attr in sorted(dir(fn)):
        if not attr.startswith("_saved_") or attr.endswith(("_sym_sizes", "_sym_strides")):
            continue
        try:
            saved = getattr(fn, attr)
        except RuntimeError:
            described.append(f"{attr[7:]}: freed")
            continue
        if saved is not None:
            described.append(f"{attr[7:]}: {_describe_saved(saved)}")
    if hasattr(fn, "saved_tensors"):
        try:
            saved_tensors = fn.saved_tensors
        except RuntimeError:
            return [*described, "saved_tensors: freed"]
        described.extend(f"ctx.saved_tensors[{i}]: {_describe_saved(t)}" for i, t in enumerate(saved_tensors))
    return described


def _describe_saved(saved) -> str:
    """Return a short description of one saved value."""
    if isinstance(saved, torch.Tensor):
        shape = "×".join(str(s) for s in saved.shape) or "scalar"
        values = small_values(saved)
        return f"{shape} {format_values(values)}" if values is not None and saved.numel() <= 4 else shape
    if isinstance(saved, tuple) and saved and all(isinstance(s, torch.Tensor) for s in saved):
        return f"{len(saved)} tensors"
    return str(saved)


def format_values(values, digits: int = 5) -> str:
    """Return nested values printed compactly with a fixed number of significant digits."""
    if isinstance(values, list):
        return "[" + ", ".join(format_values(v, digits) for v in values) + "]"
    if isinstance(values, bool):
        return str(values)
    if isinstance(values, float):
        text = f"{values:.{digits}g}"
        return text if any(c in text for c in ".eni") else f"{text}."
    return str(values)


def trace_autograd_graph(
    root: torch.Tensor,
    names: dict[str, torch.Tensor] | None = None,
    max_nodes: int = limits.MAX_GRAPH_NODES.value,
) -> AutogradGraph:
    """Return the autograd graph behind root: leaves, backward functions, the output, and edges."""
    names = names or {}
    name_of_tensor = {id(tensor): name for name, tensor in names.items()}
    tensor_of_fn = {
        tensor.grad_fn: (name, tensor) for name, tensor in names.items() if tensor.grad_fn is not None
    }
    functions = grad_functions(root, max_nodes)
    nodes: list[GraphNode] = []
    edges: list[tuple[str, str]] = []
    node_id: dict = {}
    for index, fn in enumerate(functions):
        node_id[fn] = f"n{index}"
        nodes.append(_function_node(fn, node_id[fn], name_of_tensor, tensor_of_fn))
    for fn in functions:
        for next_fn, _ in fn.next_functions:
            if next_fn is not None:
                edges.append((node_id[next_fn], node_id[fn]))
    root_name = name_of_tensor.get(id(root))
    if root.grad_fn is None:
        nodes.append(_leaf_node(root, "out", root_name, kind="output"))
    else:
        output = _tensor_node(root, "out", root_name or "output", "output", root_name)
        nodes.append(output)
        edges.append((node_id[root.grad_fn], "out"))
    return AutogradGraph(nodes, edges)


def _function_node(fn, node_id: str, name_of_tensor: dict, tensor_of_fn: dict) -> GraphNode:
    """Return the node for one backward function (a leaf's AccumulateGrad becomes the leaf)."""
    if hasattr(fn, "variable"):
        leaf = fn.variable
        return _leaf_node(leaf, node_id, name_of_tensor.get(id(leaf)))
    name, tensor = tensor_of_fn.get(fn, (None, None))
    if tensor is not None:
        node = _tensor_node(tensor, node_id, fn.name(), "op", name)
    else:
        node = GraphNode(
            node_id, fn.name(), "op", _output_shape(fn), grad_fn=fn.name(), dtype=_output_dtype(fn)
        )
    node.saved = saved_tensor_descriptions(fn)
    return node


def _leaf_node(tensor: torch.Tensor, node_id: str, name: str | None, kind: NodeKind = "leaf") -> GraphNode:
    """Return the node of a leaf tensor."""
    return GraphNode(
        node_id,
        name or "leaf",
        kind,
        tuple(tensor.shape),
        small_values(tensor),
        small_values(tensor.grad),
        is_leaf=True,
        requires_grad=tensor.requires_grad,
        name=name,
        dtype=str(tensor.dtype).removeprefix("torch."),
    )


def _tensor_node(tensor: torch.Tensor, node_id: str, op: str, kind: NodeKind, name: str | None) -> GraphNode:
    """Return the node of a non-leaf tensor (its grad only when retain_grad() was asked for)."""
    grad = tensor.grad if tensor.retains_grad else None
    return GraphNode(
        node_id,
        op,
        kind,
        tuple(tensor.shape),
        small_values(tensor),
        small_values(grad),
        is_leaf=tensor.is_leaf,
        requires_grad=tensor.requires_grad,
        name=name,
        dtype=str(tensor.dtype).removeprefix("torch."),
        grad_fn=tensor.grad_fn.name() if tensor.grad_fn is not None else None,
    )


def _output_shape(fn) -> tuple:
    """Return the shape of the tensor a backward function's forward produced (empty if unknown)."""
    metadata = getattr(fn, "_input_metadata", None)
    return tuple(metadata[0].shape) if metadata else ()


def _output_dtype(fn) -> str:
    """Return the dtype of the tensor a backward function's forward produced."""
    metadata = getattr(fn, "_input_metadata", None)
    return str(metadata[0].dtype).removeprefix("torch.") if metadata else ""


NODE_COLORS = {"leaf": "#dbeafe", "op": "#fef9c3", "output": "#dcfce7", "frozen": "#e5e7eb"}
HIGHLIGHT_COLOR = "#fb923c"
RECORD_SPECIALS = str.maketrans({c: f"\\{c}" for c in '{}|<>"\\'})


def record_escape(text: str) -> str:
    """Return text safe inside a DOT record label."""
    return str(text).translate(RECORD_SPECIALS)


def shorten(text: str, width: int = 32) -> str:
    """Return text cut to width characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def node_label_fields(node: GraphNode) -> list[str]:
    """Return the lines of a node's record: name/op, flags, shape, value, grad, saved tensors."""
    shape = "×".join(str(s) for s in node.shape) or "scalar"
    if node.kind == "op":
        fields = [f"{shorten(node.name, 26)} = {node.op}" if node.name else node.op]
    else:
        fields = [
            shorten(node.name or node.op, 26),
            f"is_leaf={node.is_leaf}, grad_fn={node.grad_fn}",
            f"requires_grad={node.requires_grad}",
        ]
    fields.append(f"{shape} {node.dtype}".strip())
    if node.value is not None:
        fields.append(f"data {format_values(node.value)}")
    if node.grad is not None:
        fields.append(f"grad {format_values(node.grad)}")
    fields.extend(f"saved {line}" for line in node.saved)
    return fields


def autograd_graph_dot(graph: AutogradGraph, highlight: str | None = None, rankdir: str = "LR") -> str:
    """Return DOT source drawing the graph micrograd-style: one record per node with op, shape, value, grad."""
    lines = [
        "digraph autograd {",
        f"  rankdir={rankdir if rankdir in ('LR', 'RL', 'TB', 'BT') else 'LR'};",
        '  node [shape=record, style="filled,rounded", fontname="Helvetica", fontsize=11];',
        '  edge [color="#6b7280"];',
    ]
    for node in graph.nodes:
        fields = "|".join(record_escape(field) for field in node_label_fields(node))
        fill = NODE_COLORS["frozen" if node.kind == "leaf" and not node.requires_grad else node.kind]
        extra = ""
        if node.id == highlight:
            fill, extra = HIGHLIGHT_COLOR, ", penwidth=3"
        lines.append(f'  "{node.id}" [label="{{{fields}}}", fillcolor="{fill}"{extra}];')
    for source, target in graph.edges:
        lines.append(f'  "{source}" -> "{target}";')
    lines.append("}")
    return "\n".join(lines)


def tensor_summary(tensor: torch.Tensor | None) -> str:
    """Return a tensor's values when small, else its shape, mean and norm (language-neutral)."""
    if tensor is None:
        return "None"
    values = small_values(tensor)
    if values is not None:
        return format_values(values)
    shape = "×".join(str(s) for s in tensor.shape)
    data = tensor.detach().double()
    return f"{shape}: mean {data.mean().item():.4g}, ‖·‖ {data.norm().item():.4g}"
