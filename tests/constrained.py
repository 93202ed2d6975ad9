"""Run `lapor-desk` in a real subprocess under a real constraint: a file-size limit (how a
full disk looks to the process: writes past it fail with EFBIG/short writes) or without
root's permission override (so a folder's mode 0500 really makes it read-only)."""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

PR_CAPBSET_DROP = 24
# CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER: what lets root write into a 0500 folder.
DAC_CAPS = (1, 2, 3)


def _drop_root_overrides() -> None:
    """In the child, before exec: drop the capabilities from the bounding set, so the exec'd
    process (still uid 0) obeys file modes like any user."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in DAC_CAPS:
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _limit_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def run_cli(
    args: Sequence[str],
    home: Path,
    *,
    file_size_limit: int | None = None,
    honour_modes: bool = False,
    timeout: float = 180,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    steps: list[Callable[[], None]] = []
    if honour_modes and os.geteuid() == 0:
        steps.append(_drop_root_overrides)
    if file_size_limit is not None:
        steps.append(_limit_file_size(file_size_limit))

    def preexec() -> None:
        for step in steps:
            step()

    env = {**os.environ, "LAPOR_DESK_HOME": str(home), **(extra_env or {})}
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        preexec_fn=preexec if steps else None,
    )
