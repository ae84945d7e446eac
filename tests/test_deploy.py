"""What the README's hosting guide claims and this machine can check: secrets, CPU-only pins, HAProxy configs."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
SECRET_PROBE = """
from streamlit.runtime.secrets import secrets_singleton
from dlviz.hosting import hosted_mode
assert secrets_singleton.load_if_toml_exists()
print(hosted_mode())
"""


def requirement_lines(path: Path) -> list[str]:
    """Return a requirements file's lines that are neither blank nor comments."""
    return [
        line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")
    ]


@pytest.mark.parametrize(
    ("line", "hosted"),
    [('DLVIZ_HOSTED = "1"', True), ("DLVIZ_HOSTED = 1", True), ("DLVIZ_HOSTED = true", False)],
)
def test_a_root_level_secret_turns_hosted_mode_on_unless_it_is_a_toml_boolean(tmp_path, line, hosted):
    """Streamlit copies root-level string and number secrets into os.environ when it loads them."""
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(line + "\n")
    env = {k: v for k, v in os.environ.items() if k != "DLVIZ_HOSTED"} | {
        "HOME": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", SECRET_PROBE],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(hosted)


def test_cpu_only_pins_are_the_tested_torch_pair_and_satisfy_requirements():
    pins = {r.name: r for r in map(Requirement, requirement_lines(DEPLOY / "requirements-cpu.txt")[1:-1])}
    ranges = {r.name: r.specifier for r in map(Requirement, requirement_lines(ROOT / "requirements.txt"))}
    assert set(pins) == {"torch", "torchvision"}
    for name, pin in pins.items():
        version = Version(next(iter(pin.specifier)).version)
        assert version.local == "cpu"
        assert ranges[name].contains(version), f"{pin} is outside requirements.txt's {name}{ranges[name]}"
        installed = Version(importlib.metadata.version(name))
        assert version.public == installed.public, (
            f"update {pin} to the {name} the tests run with ({installed})"
        )


def test_the_readme_shows_the_cpu_only_lines_of_deploy_requirements():
    lines = requirement_lines(DEPLOY / "requirements-cpu.txt")
    assert lines[0] == "--extra-index-url https://download.pytorch.org/whl/cpu"
    assert lines[-1] == "-r ../requirements.txt"
    readme = (ROOT / "README.md").read_text()
    for line in lines[:-1]:
        assert re.search(rf"^{re.escape(line)}$", readme, re.MULTILINE), line


@pytest.mark.parametrize(
    "arguments",
    [
        ["--servers", "127.0.0.1:85{i}1", "--bind", "127.0.0.1:8080"],  # what `replicas.py run` writes
        ["--servers", "dlviz-app-{i}:8501", "--bind", ":8080", "--resolver", "127.0.0.11:53"],  # compose
    ],
)
def test_the_generated_balancer_configuration_passes_haproxys_check(tmp_path, arguments):
    if not Path(HAPROXY).exists():
        pytest.skip("haproxy is not installed (apt-get install -y haproxy)")
    command = [
        sys.executable,
        str(DEPLOY / "replicas.py"),
        "balancer",
        "--print",
        "--replicas",
        "3",
        *arguments,
    ]
    config = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert "cookie DLVIZ_REPLICA insert" in config and "uri /_stcore/health" in config
    (tmp_path / "haproxy.cfg").write_text(config)
    check = subprocess.run(
        [HAPROXY, "-c", "-f", str(tmp_path / "haproxy.cfg")], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
