"""Plain PyTorch code that reproduces what the Autograd Lab shows."""

from __future__ import annotations

import ast

from dlviz.autograd.expression import parse_expression
from dlviz.autograd.functions import torch_spelling
from dlviz.autograd.variables import VariableSpec, variable_code


class _TorchSpelling(ast.NodeTransformer):
    """Rewrite bare whitelisted calls like sin(x) into torch.sin(x) / F.gelu(x)."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name):
            node.func = ast.parse(torch_spelling(node.func.id), mode="eval").body
        return node


def torch_expression(source: str) -> str:
    """Return the expression spelled as plain PyTorch."""
    tree = _TorchSpelling().visit(parse_expression(source).tree)
    return ast.unparse(ast.fix_missing_locations(tree))


def variables_code(specs: list[VariableSpec], seed: int) -> list[str]:
    """Return the lines that build the variables (a seeded generator first when any is random)."""
    lines = [variable_code(spec) for spec in specs]
    if any("generator=g" in line for line in lines):
        lines.insert(0, f"g = torch.Generator().manual_seed({seed})")
    return lines


def expression_code(source: str, specs: list[VariableSpec], seed: int, seeded_with_ones: bool) -> str:
    """Return code that builds the variables, evaluates the expression, runs backward and prints the grads."""
    lines = ["import torch", "import torch.nn.functional as F", ""]
    lines += variables_code(specs, seed)
    lines.append(f"out = {torch_expression(source)}")
    lines.append("out.backward(torch.ones_like(out))" if seeded_with_ones else "out.backward()")
    lines.append("print(out)")
    lines += [f"print({spec.name}.grad)" for spec in specs if spec.requires_grad]
    return "\n".join(lines) + "\n"
