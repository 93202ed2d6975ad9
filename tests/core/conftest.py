"""Fixtures of the core tests' own."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_desk import make_cli_desk


@pytest.fixture(scope="module")
def cli_desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A desk folder for the command-line tests (see cli_desk.make_cli_desk), one per test module."""
    return make_cli_desk(tmp_path_factory.mktemp("desk"))
