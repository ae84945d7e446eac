"""Source text of plain functions and classes, to write them out in code panels that must run alone."""

from __future__ import annotations

import ast
import inspect
import textwrap


def plain_source(obj) -> str:
    """Return the source of a function or class without its docstring (code panels show the code, not our notes)."""
    source = textwrap.dedent(inspect.getsource(obj))
    node = ast.parse(source).body[0]
    body = getattr(node, "body", [])
    if (
        not body
        or not isinstance(body[0], ast.Expr)
        or not isinstance(getattr(body[0], "value", None), ast.Constant)
    ):
        return source
    lines = source.splitlines(keepends=True)
    first, last = body[0].lineno - 1, body[0].end_lineno or body[0].lineno
    rest = lines[last + 1 :] if last < len(lines) and not lines[last].strip() else lines[last:]
    return "".join(lines[:first] + rest)
