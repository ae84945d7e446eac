"""The labs, in the suggested learning order: one record feeds navigation, home page and tests."""

from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True)
class Lab:
    """A lab page: its file, URL path, icon and the i18n keys of its title and summary."""

    slug: str
    file: str
    icon: str

    @property
    def url_path(self) -> str:
        """Return the page's URL path: its file's stem, as Streamlit's legacy pages/ mode names it too."""
        return PurePath(self.file).stem

    @property
    def title_key(self) -> str:
        """Return the i18n key of the lab's title."""
        return f"lab.{self.slug}.title"

    @property
    def summary_key(self) -> str:
        """Return the i18n key of the lab's one-paragraph summary."""
        return f"lab.{self.slug}.summary"


LABS = (
    Lab("tensors", "pages/tensor_lab.py", "🧊"),
    Lab("autograd", "pages/autograd_lab.py", "🔁"),
    Lab("graphs", "pages/graphs_lab.py", "🕸️"),
    Lab("blocks", "pages/building_blocks.py", "🧱"),
    Lab("data", "pages/data_lab.py", "🗂️"),
    Lab("optimizers", "pages/optimizer_arena.py", "⛰️"),
    Lab("training", "pages/training_lab.py", "📈"),
    Lab("playground", "pages/playground.py", "🎛️"),
)

HOME_FILE = "pages/home.py"
