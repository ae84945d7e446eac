"""Collect a TorchScript graph (nodes, edges, control-flow clusters) and draw it as DOT."""

from __future__ import annotations

from dataclasses import dataclass, field

import torch

CONTROL_FLOW = ("prim::If", "prim::Loop")
HIDDEN_KINDS = ("prim::Constant",)
FILL = {"input": "#dbeafe", "op": "#fef9c3", "control": "#fb923c", "return": "#dcfce7", "block": "#f3f4f6"}


@dataclass
class ScriptNode:
    """A node to draw: a graph input, an op, a control-flow header, or a block's parameters/return."""

    id: str
    label: str
    role: str
    cluster: str | None = None


@dataclass
class ScriptCluster:
    """A box around a control-flow node or one of its blocks."""

    id: str
    label: str
    parent: str | None
    highlighted: bool


@dataclass
class ScriptGraph:
    """What a TorchScript graph holds, ready to draw."""

    nodes: list[ScriptNode] = field(default_factory=list)
    edges: list[tuple[str, str]] = field(default_factory=list)
    clusters: list[ScriptCluster] = field(default_factory=list)

    def kinds(self) -> list[str]:
        """Return the op kinds of the drawn nodes."""
        return [node.label.split("\n")[0] for node in self.nodes if node.role in ("op", "control")]


def count_kind(nodes, kind: str) -> int:
    """Return how many nodes of a kind a TorchScript graph's nodes hold, inside blocks too."""
    total = 0
    for node in nodes:
        total += node.kind() == kind
        total += sum(count_kind(block.nodes(), kind) for block in node.blocks())
    return total


def lines_with(text: str, kind: str) -> list[tuple[int, str]]:
    """Return (1-based line number, line) of the lines of a graph's text naming kind."""
    return [(number, line.strip()) for number, line in enumerate(text.splitlines(), 1) if kind in line]


def collect_script_graph(graph: torch._C.Graph) -> ScriptGraph:
    """Return the drawable nodes, data edges and control-flow clusters of a TorchScript graph."""
    collected = ScriptGraph()
    producer: dict[str, str] = {}
    for index, value in enumerate(graph.inputs()):
        node_id = f"in{index}"
        collected.nodes.append(ScriptNode(node_id, value.debugName(), "input"))
        producer[value.debugName()] = node_id
    _collect_block_nodes(graph.nodes(), None, collected, producer, [0])
    _add_return(graph.return_node(), "ret", "return", None, collected, producer)
    return collected


def _collect_block_nodes(nodes, cluster, collected: ScriptGraph, producer: dict, counter: list) -> None:
    """Add the nodes of one block (recursing into control-flow blocks) to collected."""
    for node in nodes:
        kind = node.kind()
        if kind in HIDDEN_KINDS:
            continue
        counter[0] += 1
        node_id = f"op{counter[0]}"
        outputs = ", ".join(f"%{value.debugName()}" for value in node.outputs())
        control = kind in CONTROL_FLOW
        label = f"{kind}\n→ {outputs}" if outputs else kind
        if control:
            collected.clusters.append(ScriptCluster(f"cluster_{node_id}", kind, cluster, True))
            inner = f"cluster_{node_id}"
        else:
            inner = cluster
        collected.nodes.append(ScriptNode(node_id, label, "control" if control else "op", inner))
        _link_inputs(node.inputs(), node_id, collected, producer)
        if control:
            for block_index, block in enumerate(node.blocks()):
                _collect_block(block, node_id, block_index, inner, collected, producer, counter)
        for value in node.outputs():
            producer[value.debugName()] = node_id


def _collect_block(block, owner: str, index: int, parent: str, collected, producer, counter) -> None:
    """Add one block of a prim::If / prim::Loop: its parameters, nodes and returned values."""
    cluster = f"cluster_{owner}_b{index}"
    collected.clusters.append(ScriptCluster(cluster, f"block{index}", parent, False))
    params = list(block.inputs())
    if params:
        params_id = f"{owner}_b{index}_in"
        names = ", ".join(f"%{value.debugName()}" for value in params)
        collected.nodes.append(ScriptNode(params_id, f"block{index}({names})", "block", cluster))
        collected.edges.append((owner, params_id))
        for value in params:
            producer[value.debugName()] = params_id
    _collect_block_nodes(block.nodes(), cluster, collected, producer, counter)
    _add_return(block.returnNode(), f"{owner}_b{index}_out", "->", cluster, collected, producer)
    collected.edges.append((f"{owner}_b{index}_out", owner))


def _add_return(node, node_id: str, word: str, cluster, collected: ScriptGraph, producer: dict) -> None:
    """Add the node listing the values a graph or block returns."""
    names = ", ".join(f"%{value.debugName()}" for value in node.inputs())
    collected.nodes.append(ScriptNode(node_id, f"{word} ({names})", "return", cluster))
    _link_inputs(node.inputs(), node_id, collected, producer)


def _link_inputs(values, node_id: str, collected: ScriptGraph, producer: dict) -> None:
    """Add an edge from the producer of each input value (constants are not drawn)."""
    for value in values:
        source = producer.get(value.debugName())
        if source is not None and (source, node_id) not in collected.edges:
            collected.edges.append((source, node_id))


def _dot_escape(text: str) -> str:
    """Return text safe inside a double-quoted DOT label."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def script_graph_dot(graph: ScriptGraph, rankdir: str = "TB") -> str:
    """Return DOT source of a collected TorchScript graph, control flow boxed and highlighted."""
    lines = [
        "digraph torchscript {",
        f"  rankdir={rankdir};",
        '  node [shape=box, style="filled,rounded", fontname="Helvetica", fontsize=11];',
        '  edge [color="#6b7280"];',
    ]
    lines += _cluster_lines(graph, None, "  ")
    for source, target in graph.edges:
        lines.append(f'  "{source}" -> "{target}";')
    lines.append("}")
    return "\n".join(lines)


def _cluster_lines(graph: ScriptGraph, parent: str | None, indent: str) -> list[str]:
    """Return the DOT lines of the nodes and nested clusters directly inside parent."""
    lines = []
    for node in graph.nodes:
        if node.cluster == parent:
            shape = ", shape=ellipse" if node.role == "input" else ""
            extra = ", penwidth=3" if node.role == "control" else ""
            lines.append(
                f'{indent}"{node.id}" [label="{_dot_escape(node.label)}", fillcolor="{FILL[node.role]}"{shape}{extra}];'
            )
    for cluster in graph.clusters:
        if cluster.parent == parent:
            color = FILL["control"] if cluster.highlighted else "#9ca3af"
            width = 3 if cluster.highlighted else 1
            lines.append(f'{indent}subgraph "{cluster.id}" {{')
            lines.append(
                f'{indent}  label="{_dot_escape(cluster.label)}"; color="{color}"; penwidth={width};'
            )
            lines += _cluster_lines(graph, cluster.id, indent + "  ")
            lines.append(f"{indent}}}")
    return lines
