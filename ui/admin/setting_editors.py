"""An editor for each declared setting, built from its declaration: a check box for on/off,
a spin box with the declared range, a drop-down of labelled choices, else a line edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from lapor_desk.settings import Setting

SPIN_LIMIT = 2_000_000_000  # QSpinBox holds a C int


class SettingEditor:
    """The widget for one setting and its value as the setting's type (text for a line edit,
    so what was typed is kept and checked by the setting itself)."""

    def __init__(self, setting: Setting[Any], parent: QWidget | None = None) -> None:
        self.setting = setting
        self.widget: QWidget
        if setting.type is bool:
            self.widget = QCheckBox(parent)
        elif setting.type is int:
            spin = QSpinBox(parent)
            spin.setRange(
                -SPIN_LIMIT if setting.minimum is None else setting.minimum,
                SPIN_LIMIT if setting.maximum is None else setting.maximum,
            )
            self.widget = spin
        elif setting.choices:
            combo = QComboBox(parent)
            for choice in setting.choices:
                combo.addItem(choice, choice)
            self.widget = combo
        else:
            line = QLineEdit(parent)
            line.setMaxLength(setting.max_length)
            self.widget = line
        self.widget.setObjectName("setting:" + setting.key)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        assert isinstance(w, QLineEdit)
        return w.text().strip()

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        else:
            assert isinstance(w, QLineEdit)
            w.setText(str(value))

    def retranslate(self, language: str) -> None:
        """Choice labels and the accessible name in the current language."""
        w = self.widget
        if isinstance(w, QComboBox):
            for index, choice in enumerate(self.setting.choices):
                w.setItemText(index, self.setting.choice_label(choice, language))
        # A check box keeps no text: its form row's label names it, and the description repeated beside
        # it (a check box does not wrap) made the settings screen scroll sideways at 200% font.
        w.setAccessibleName(self.setting.description(language))
