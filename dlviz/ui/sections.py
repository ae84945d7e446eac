"""A lab's section selector: a horizontal radio whose choice round-trips through the URL."""

from collections.abc import Sequence

from dlviz.ui import url_state as url
from dlviz.ui.i18n import option_label, tr
from dlviz.url_state import Choice, UrlSetting, UrlTable


def section_table(prefix: str, sections: Sequence[str], url_key: str = "section") -> UrlTable:
    """Return the lab's section setting: ?<url_key>=<name>, widget key <prefix>_section, the first by default."""
    return UrlTable.of([UrlSetting(url_key, f"{prefix}_section", Choice(tuple(sections), sections[0]))])


def section_selector(prefix: str, sections: Sequence[str], url_key: str = "section", **radio_options) -> str:
    """Draw the radio keyed <prefix>_section (labels <prefix>.section.<name>), seeded from the URL; return the choice."""
    table = section_table(prefix, sections, url_key)
    url.load_from_url(table, f"{prefix}_section_url_loaded")
    section = url.radio(
        tr(f"{prefix}.section"),
        table[url_key],
        format_func=option_label(f"{prefix}.section"),
        horizontal=True,
        **radio_options,
    )
    url.write_to_url(table)
    return section
