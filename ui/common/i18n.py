"""Switching the display language at run time: Indonesian is the source, English a .qm file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from lapor_desk.paths import resources_dir

TRANSLATIONS_DIR = resources_dir() / "translations"


def shown_language() -> str:
    """The language the window shows now ("id" or "en"): LanguageSwitch sets Qt's default locale."""
    return "en" if QLocale().language() == QLocale.Language.English else "id"


# The translators installed for the current language. One list for the process (Qt keeps
# translators per application), so a switch removes what any earlier switch installed: a
# window built after another (tests, a restart after a restore) never leaves the old
# language's catalogue in front of the new one.
_INSTALLED: list[QTranslator] = []


class LanguageSwitch:
    """Installs the app's and Qt's own translators for a language; widgets retranslate on
    the LanguageChange event Qt sends when a translator is installed or removed."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "id"
        self._installed = _INSTALLED

    def apply(self, language: str) -> bool:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        # File dialogs in the desk's language, not the operating system's: Qt's own dialog, which
        # the catalogues below translate, instead of a native one that follows the OS's language.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Indonesian))
        ok = True
        if language != "id":
            ours = QTranslator(self.app)
            ok = ours.load(str(TRANSLATIONS_DIR / f"lapor_desk_{language}.qm"))
            if ok:
                self.app.installTranslator(ours)
                self._installed.append(ours)
        # Qt's own dialogs and buttons (OK/Batal, file dialogs, context menus): Qt's catalogue where
        # it ships one, else ours (Qt has none for Indonesian; resources/translations/qt_id.ts).
        qt_own = QTranslator(self.app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or (
            qt_own.load(str(TRANSLATIONS_DIR / f"qt_{language}.qm"))
        ):
            self.app.installTranslator(qt_own)
            self._installed.append(qt_own)
        return ok


class PseudoTranslator(QTranslator):
    """Lengthens every string by about 40% (as German or Finnish would) so clipped layouts
    show up in tests and screenshots. Placeholders and accelerators stay intact."""

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,  # noqa: ARG002
        n: int = -1,
    ) -> str:
        if not source:
            return source
        return f"[{source} {'~' * max(2, len(source) * 2 // 5)}]"

    def isEmpty(self) -> bool:  # noqa: N802  Qt override
        return False
