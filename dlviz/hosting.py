"""Hosted mode: the switch an operator turns on for a server shared by a class.

In hosted mode no visitor names a server path (the data folder is the configured one) and no
server path is ever shown. Turn it on with the environment variable DLVIZ_HOSTED=1, or on
Streamlit Community Cloud with the root-level secret ``DLVIZ_HOSTED = "1"`` (Streamlit copies
root-level secrets into the environment when it loads them).
"""

from __future__ import annotations

import os

HOSTED_ENV = "DLVIZ_HOSTED"
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})


def hosted_mode() -> bool:
    """Return whether this server runs in hosted mode."""
    return os.environ.get(HOSTED_ENV, "").strip().lower() in TRUE_WORDS
