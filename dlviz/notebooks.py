"""Turn a code panel's script into a Jupyter notebook: imports, setup, and one cell per printed result."""

from __future__ import annotations

import ast

import nbformat
from nbformat import v4

NOTEBOOK_METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def _statement_spans(tree: ast.Module) -> list[tuple[ast.stmt, int]]:
    """Return each top-level statement with its last line (1-based)."""
    return [(node, node.end_lineno or node.lineno) for node in tree.body]


def _prints(node: ast.stmt) -> bool:
    """Return whether a statement calls print anywhere inside it."""
    return any(
        isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "print"
        for inner in ast.walk(node)
    )


def _is_docstring(node: ast.stmt) -> bool:
    """Return whether a statement is a bare string (a module docstring when it comes first)."""
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _trimmed(lines: list[str]) -> str:
    """Return lines joined, without leading and trailing blank lines."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return "\n".join(lines)


def split_cells(code: str) -> list[str]:
    """Split a script into cells: imports, then up to each statement that prints; functions and classes alone."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return [code.strip("\n")]
    lines = code.splitlines()
    cells: list[list[str]] = []
    current: list[str] = []
    start = 0
    in_imports = True
    for index, (node, end) in enumerate(_statement_spans(tree)):
        is_import = isinstance(node, ast.Import | ast.ImportFrom) or (index == 0 and _is_docstring(node))
        own_cell = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        if (in_imports and not is_import) or own_cell:
            in_imports = in_imports and is_import
            if current:
                cells.append(current)
            current = []
        current += lines[start:end]
        start = end
        if own_cell or (not in_imports and _prints(node)):
            cells.append(current)
            current = []
    current += lines[start:]
    cells.append(current)
    return [text for text in (_trimmed(cell) for cell in cells) if text]


def to_notebook(code: str, title: str = "") -> str:
    """Return a notebook (nbformat 4 JSON) whose code cells, in order, are the script split by split_cells."""
    cells = [v4.new_markdown_cell(title)] if title else []
    cells += [v4.new_code_cell(cell) for cell in split_cells(code)]
    notebook = v4.new_notebook(cells=cells, metadata=NOTEBOOK_METADATA)
    nbformat.validate(notebook)
    return nbformat.writes(notebook)


def code_cells(notebook_json: str) -> list[str]:
    """Return the sources of a notebook's code cells."""
    notebook = nbformat.reads(notebook_json, as_version=4)
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]
