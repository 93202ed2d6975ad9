"""The house's hygiene, run with the tests so CI and a newcomer's machine check the same things:
ruff's lint and format, and the import contracts in pyproject.toml (the core never imports the
window or Qt, the central never imports the window, the window reaches storage only through the core)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run_tool(*argv: str) -> subprocess.CompletedProcess[str]:
    tool = BIN / argv[0]
    assert tool.exists(), f"{argv[0]} is missing from the test environment: pip install -e '.[test]'"
    return subprocess.run([str(tool), *argv[1:]], cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(
    "argv",
    [
        ("ruff", "check", "--no-cache", "."),
        ("ruff", "format", "--no-cache", "--check", "."),
        ("lint-imports", "--no-cache"),
    ],
    ids=["ruff-check", "ruff-format", "import-contracts"],
)
def test_tool_passes(argv: tuple[str, ...]) -> None:
    done = run_tool(*argv)
    assert done.returncode == 0, f"{' '.join(argv)} failed:\n{done.stdout}\n{done.stderr}"
