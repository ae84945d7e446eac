"""Keep long-lived objects (imported modules) out of the garbage collector's full passes.

A server with torch, plotly and Streamlit imported holds ~500,000 objects that live as long as the
process. Python's full collection walks all of them (250-350 ms on a small host) while holding the
GIL, so every visitor's page and the health check stall. Freezing them after a burst of imports makes
later full collections walk only what visitors create.

A frozen object is never collected as part of a reference cycle, so the server freezes only while a
single session exists (typically the teacher trying each lab before class): what that one session
holds at that moment is all a freeze can keep alive for good.
"""

from __future__ import annotations

import gc
import sys
import threading

from streamlit import runtime

_lock = threading.Lock()
_modules_at_freeze = 0


def only_session() -> bool:
    """Return whether this Streamlit server has exactly one session (False where that is unknown)."""
    if not runtime.exists():
        return False
    manager = getattr(runtime.get_instance(), "_session_mgr", None)
    return manager is not None and manager.num_sessions() == 1


def freeze_imported() -> bool:
    """Collect and freeze the heap when modules were imported since the last freeze and no one else is here."""
    global _modules_at_freeze
    with _lock:
        if len(sys.modules) <= _modules_at_freeze or not only_session():
            return False
        _modules_at_freeze = len(sys.modules)
        gc.collect()
        gc.freeze()
        return True
