"""The core never imports Qt or the ui package."""

import subprocess
import sys


def test_core_modules_import_without_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, lapor_desk\n"
        "for m in pkgutil.walk_packages(lapor_desk.__path__, 'lapor_desk.'):\n"
        "    if '.migrations' in m.name or m.name == 'lapor_desk.__main__':\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(len([n for n in sys.modules if n.startswith('lapor_desk')]), bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, bad = out.stdout.split(" ", 1)
    assert int(count) > 10
    assert bad.strip() == "[]"
