"""The house's hygiene, run with the tests so CI and a newcomer's machine check the same things:
ruff's lint and format, mypy on the three packages (--strict on the core), the import contracts in pyproject.toml (the
core never imports the window or Qt, the central never imports the window, the window reaches
storage only through the core), and no source file over 500 lines."""

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
        ("mypy", "lapor_desk", "central", "ui"),
        # The Qt-free core is held to --strict: every function typed, no Any leaking out.
        ("mypy", "--strict", "lapor_desk"),
    ],
    ids=["ruff-check", "ruff-format", "import-contracts", "mypy", "mypy-strict-core"],
)
def test_tool_passes(argv: tuple[str, ...]) -> None:
    done = run_tool(*argv)
    assert done.returncode == 0, f"{' '.join(argv)} failed:\n{done.stdout}\n{done.stderr}"


MAX_LINES = 500


def test_no_source_file_is_over_500_lines() -> None:
    """Split a file by what it does before it grows past this (migrations excepted: each is
    one revision, written once)."""
    long = {}
    for package in ("lapor_desk", "ui", "central"):
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_LINES:
                long[str(path.relative_to(ROOT))] = lines
    assert not long, f"over {MAX_LINES} lines: {long}"
