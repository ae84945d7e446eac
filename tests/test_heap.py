"""The server's long-lived heap is frozen after imports, only while one session is here; later garbage is still collected."""

import gc
import sys
import types
import weakref

import pytest

from dlviz.ui import heap


class Node:
    """A cyclic object the collector has to find."""


@pytest.fixture
def fresh_module():
    """Import a new module for the duration of a test; unfreeze what the test froze (the rest of the suite runs here)."""
    sys.modules["dlviz_test_fresh_module"] = types.ModuleType("dlviz_test_fresh_module")
    yield
    del sys.modules["dlviz_test_fresh_module"]
    gc.unfreeze()


def test_freeze_follows_new_imports_while_one_session_is_here(monkeypatch, fresh_module):
    monkeypatch.setattr(heap, "only_session", lambda: True)
    monkeypatch.setattr(heap, "_modules_at_freeze", len(sys.modules) - 1)
    assert heap.freeze_imported() is True
    assert gc.get_freeze_count() > 0
    assert heap.freeze_imported() is False  # nothing imported since


def test_no_freeze_while_other_sessions_are_here(monkeypatch, fresh_module):
    monkeypatch.setattr(heap, "only_session", lambda: False)
    monkeypatch.setattr(heap, "_modules_at_freeze", len(sys.modules) - 1)
    assert heap.freeze_imported() is False


def test_outside_a_server_no_session_is_known():
    assert heap.only_session() is False


def test_cycles_made_after_a_freeze_are_collected(monkeypatch, fresh_module):
    monkeypatch.setattr(heap, "only_session", lambda: True)
    monkeypatch.setattr(heap, "_modules_at_freeze", 0)
    heap.freeze_imported()
    node = Node()
    node.self = node
    alive = weakref.ref(node)
    del node
    gc.collect()
    assert alive() is None
