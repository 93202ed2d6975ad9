"""The real desk on Qt's X11 (xcb) platform under Xvfb, and what it says when xcb cannot load."""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.shell import platform_check

pytestmark = pytest.mark.slow


def _read_until(proc: subprocess.Popen[str], needle: str, timeout_s: float) -> list[str]:
    assert proc.stdout is not None
    seen: list[str] = []
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout_s
        while not any(needle in line for line in seen):
            if not selector.select(timeout=max(deadline - time.monotonic(), 0)):
                break
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line)
    return seen


@pytest.fixture
def display() -> Iterator[str]:
    """A real X server (Xvfb) on a free display number; .ci/run installs it."""
    xvfb = shutil.which("Xvfb")
    assert xvfb is not None, "Xvfb is missing: apt-get install xvfb (.ci/run does)"
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # Xvfb writes the display number once it accepts clients
        assert number, "Xvfb did not start"
        yield ":" + number
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_desk_opens_its_window_on_xcb(display: str, tmp_path: Path) -> None:
    env = dict(os.environ, LAPOR_DESK_HOME=str(tmp_path), QT_QPA_PLATFORM="xcb", DISPLAY=display)
    env.pop("LAPOR_DESK_DB", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "lapor_desk", "--debug"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        seen = _read_until(proc, "desk ready", 90)
        assert any("desk ready" in line for line in seen), "".join(seen)
        assert proc.poll() is None, "".join(seen)
        # The window is mapped on the X server itself, not just created.
        deadline = time.monotonic() + 30
        tree = ""
        while "Meja Pengaduan MEJA-01" not in tree and time.monotonic() < deadline:
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, timeout=30
            ).stdout
        assert "lapor-desk — Meja Pengaduan MEJA-01" in tree
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_without_a_display_it_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = dict(os.environ, LAPOR_DESK_HOME=str(tmp_path), QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    env.pop("LAPOR_DESK_DB", None)
    done = subprocess.run([sys.executable, "-m", "lapor_desk"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert "tidak ada layar (variabel DISPLAY kosong)" in done.stderr
    assert "qt.qpa" not in done.stderr and "Aborted" not in done.stderr


def _shared_library(folder: Path, name: str, needs: list[str]) -> Path:
    """A real ELF shared library built with the system compiler, needing the given libraries."""
    source = folder / (name + ".c")
    source.write_text(f"int {name.replace('-', '_').replace('.', '_')}(void) {{ return 1; }}\n")
    target = folder / name
    # $ORIGIN: found beside each other, as Qt's plugin finds Qt's libraries.
    links = ["-Wl,--no-as-needed", "-Wl,-rpath,$ORIGIN", *(f"-l:{n}" for n in needs)]
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-o", str(target), str(source), f"-L{folder}", *links, f"-Wl,-soname,{name}"],
        check=True,
        timeout=120,
    )
    return target


def test_missing_libraries_are_found_in_the_plugin_and_named_with_their_packages(tmp_path: Path) -> None:
    assert shutil.which("cc"), "a C compiler builds the test's libraries (.ci/run installs gcc)"
    # Two libraries the plugin is linked with, then removed (this machine has every real xcb
    # library, so these carry names no system has): the loader cannot find them, one of them
    # only through the other.
    first = _shared_library(tmp_path, "libxcb-laportest.so.4", [])
    second = _shared_library(tmp_path, "libxkblaportest-x11.so.0", [])
    _shared_library(tmp_path, "libqt6laportestqpa.so.6", ["libxkblaportest-x11.so.0"])
    plugin = _shared_library(tmp_path, "libqxcb.so", ["libxcb-laportest.so.4", "libqt6laportestqpa.so.6"])
    first.unlink()
    second.unlink()
    assert platform_check.missing_libraries(plugin) == ["libxcb-laportest.so.4", "libxkblaportest-x11.so.0"]
    text = platform_check.problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "id", plugin)
    assert text is not None
    assert "belum terpasang: libxcb-laportest.so.4, libxkblaportest-x11.so.0." in text
    assert "sudo apt-get install libxcb-laportest4 libxkblaportest-x11-0" in text
    missing_middle = platform_check.problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "en", plugin)
    assert missing_middle is not None and "are not installed" in missing_middle  # in English too


def test_the_installed_plugin_lacks_nothing_here_and_packages_follow_debian_naming() -> None:
    assert platform_check.missing_libraries(platform_check.xcb_plugin()) == []
    assert platform_check.problem({"QT_QPA_PLATFORM": "offscreen"}, "id") is None
    assert platform_check.package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert platform_check.package_for("libEGL.so.1") == "libegl1"
    assert platform_check.package_for("libfoo-bar.so.3") == "libfoo-bar3"
    assert platform_check.package_for("libxkbfoo-x11.so.0") == "libxkbfoo-x11-0"
