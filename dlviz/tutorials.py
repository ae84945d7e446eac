"""The four tutorials the labs are built from: one record feeds the home page, the labs' references and tests."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Tutorial:
    """A tutorial: its slug (texts refer to it as {tutorial_<slug>}), its number and the labs that use it."""

    slug: str
    number: str
    labs: tuple[str, ...]

    @property
    def title_key(self) -> str:
        """Return the i18n key of the tutorial's title."""
        return f"tutorials.{self.slug}.title"

    @property
    def summary_key(self) -> str:
        """Return the i18n key of the one line saying what the tutorial covers."""
        return f"tutorials.{self.slug}.summary"


TUTORIALS = (
    Tutorial("quickstart", "000", ("tensors", "data", "blocks", "training")),
    Tutorial("kitchen", "001", ("tensors", "autograd", "blocks", "data", "optimizers", "training")),
    Tutorial("graphs", "002", ("autograd", "graphs", "blocks")),
    Tutorial("byhand", "003", ("tensors", "autograd", "blocks", "optimizers")),
)


def tutorial(number: str) -> Tutorial:
    """Return the tutorial with this number ("000" to "003")."""
    return next(item for item in TUTORIALS if item.number == number)
