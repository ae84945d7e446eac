"""Helpers shared by the round-2 lesson tests (this module holds no tests itself)."""

import subprocess
import sys
from pathlib import Path


def run_script(code: str, folder: Path) -> str:
    """Run a code panel's text as a script of its own (trusted: the app generated it) and return its stdout."""
    script = folder / "panel.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run(  # noqa: S603 - runs this interpreter on code the app generated
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=folder, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def metrics(at) -> dict[str, str]:
    """Return label -> value of the metrics on the page."""
    return {m.label: m.value for m in at.metric}
