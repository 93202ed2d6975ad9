"""Before the first QApplication: will Qt's X11 (xcb) platform plugin load?

When it cannot, Qt aborts with a message that names one library (libxcb-cursor0) whatever is
really missing. So on Linux, when Qt is going to use xcb, the plugin is read with `ldd` first
(about 40 ms) and every library it lacks is named with the Debian/Ubuntu packages to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from lapor_desk.i18n import translate

# What Qt 6's xcb plugin and the libraries under it load, by soname, and the Debian/Ubuntu package.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def package_for(soname: str) -> str:
    """The Debian package that ships a library; for one not in the table, Debian's naming rule
    (libfoo-bar.so.3 is in libfoo-bar3; a name ending in a digit gets a dash)."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    stem, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    stem = stem.lower()
    return f"{stem}-{version}" if stem[-1:].isdigit() and version else stem + version


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Will Qt pick the xcb plugin? (Linux; asked for, or the default outside a Wayland session.)"""
    if not sys.platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def xcb_plugin() -> Path:
    from PySide6.QtCore import QLibraryInfo  # QtCore alone; no platform plugin loads here

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def missing_libraries(library: Path) -> list[str]:
    """The sonames the dynamic loader cannot find for `library` and everything under it."""
    ldd = shutil.which("ldd")
    if ldd is None or not library.exists():
        return []  # nothing to inspect with: let Qt try
    done = subprocess.run(
        [ldd, str(library)], capture_output=True, text=True, timeout=30, env={**os.environ, "LC_ALL": "C"}
    )
    missing = [line.split("=>")[0].strip() for line in done.stdout.splitlines() if "=> not found" in line]
    return sorted(set(missing))


def problem(environ: Mapping[str, str], language: str, plugin: Path | None = None) -> str | None:
    """What keeps the desk's window from opening on this display, or None when nothing does."""
    if not uses_xcb(environ):
        return None
    missing = missing_libraries(plugin or xcb_plugin())
    if missing:
        packages = sorted({package_for(name) for name in missing})
        return translate(
            "qt_xcb_libraries_missing",
            language,
            {"libraries": ", ".join(missing), "command": "sudo apt-get install " + " ".join(packages)},
        )
    if not environ.get("DISPLAY"):
        return translate("qt_no_display", language)
    return None
