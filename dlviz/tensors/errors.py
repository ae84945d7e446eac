"""ShapeError: two shapes an operation cannot combine, explained by the shape-error explainer instead of a traceback."""

from __future__ import annotations

from dlviz.errors import UserFacingError


class ShapeError(UserFacingError):
    """Shapes that op (an operator symbol or 'cat') cannot combine along dim."""

    def __init__(self, op: str, shape_a: tuple[int, ...], shape_b: tuple[int, ...], dim: int = 0):
        super().__init__("tensors.err.shapes", op=op, a=tuple(shape_a), b=tuple(shape_b))
        self.op = op
        self.shape_a = tuple(shape_a)
        self.shape_b = tuple(shape_b)
        self.dim = dim
