"""Broadcasting step by step: align shapes from the right, pad with 1, stretch size-1 dimensions, or find the clash."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BroadcastColumn:
    """One aligned dimension: the two sizes (1 where padded), the result size, and what happened."""

    a: int
    b: int
    result: int | None
    action: str  # "same", "stretch_a", "stretch_b", "clash"
    padded_a: bool
    padded_b: bool


@dataclass(frozen=True)
class Broadcast:
    """The aligned columns of a broadcast and the result shape (None when the shapes clash)."""

    shape_a: tuple[int, ...]
    shape_b: tuple[int, ...]
    columns: tuple[BroadcastColumn, ...]

    @property
    def ok(self) -> bool:
        """Return whether every column broadcasts."""
        return all(column.action != "clash" for column in self.columns)

    @property
    def result_shape(self) -> tuple[int, ...] | None:
        """Return the broadcast shape, or None when a column clashes."""
        return tuple(column.result for column in self.columns) if self.ok else None

    @property
    def padded_a(self) -> tuple[int, ...]:
        """Return a's shape padded on the left with 1s to the common rank."""
        return tuple(column.a for column in self.columns)

    @property
    def padded_b(self) -> tuple[int, ...]:
        """Return b's shape padded on the left with 1s to the common rank."""
        return tuple(column.b for column in self.columns)

    @property
    def clash_dims(self) -> tuple[int, ...]:
        """Return the positions (counted from the left of the padded shape) that clash."""
        return tuple(i for i, column in enumerate(self.columns) if column.action == "clash")


def broadcast_steps(shape_a: tuple[int, ...], shape_b: tuple[int, ...]) -> Broadcast:
    """Return the aligned columns of two shapes under NumPy/PyTorch broadcasting rules."""
    rank = max(len(shape_a), len(shape_b))
    padded_a = (1,) * (rank - len(shape_a)) + tuple(shape_a)
    padded_b = (1,) * (rank - len(shape_b)) + tuple(shape_b)
    columns = []
    for i, (a, b) in enumerate(zip(padded_a, padded_b, strict=True)):
        if a == b:
            action, result = "same", a
        elif a == 1:
            action, result = "stretch_a", b
        elif b == 1:
            action, result = "stretch_b", a
        else:
            action, result = "clash", None
        columns.append(
            BroadcastColumn(a, b, result, action, i < rank - len(shape_a), i < rank - len(shape_b))
        )
    return Broadcast(tuple(shape_a), tuple(shape_b), tuple(columns))
