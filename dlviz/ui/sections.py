"""A lab's section selector: a horizontal radio whose choice round-trips through the URL."""

from collections.abc import Sequence

import streamlit as st

from dlviz.ui.i18n import option_label, tr


def section_selector(prefix: str, sections: Sequence[str], url_key: str = "section", **radio_options) -> str:
    """Draw the radio keyed <prefix>_section (labels <prefix>.section.<name>), seeded from ?<url_key>=; return the choice."""
    key = f"{prefix}_section"
    if key not in st.session_state:
        from_url = st.query_params.get(url_key)
        st.session_state[key] = from_url if from_url in sections else sections[0]
    section = st.radio(
        tr(f"{prefix}.section"),
        list(sections),
        format_func=option_label(f"{prefix}.section"),
        key=key,
        horizontal=True,
        **radio_options,
    )
    st.query_params[url_key] = section
    return section
