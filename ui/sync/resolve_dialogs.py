"""The two questions a way out may need: the supplement's text, and a new desk token."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


class SupplementDialog(QDialog):
    """*Tambah keterangan*: the text goes to the central as a reply (a refused edit's
    changes are filled in to start from). Opened with open(); accepted() carries on."""

    def __init__(self, receipt: str, draft: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah keterangan — {receipt}").format(receipt=receipt))
        explain = QLabel(note)
        explain.setWordWrap(True)
        self.text = QPlainTextEdit(draft)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Keterangan tambahan"))
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(self.tr("Kirim ke p&usat"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("&Keterangan"), self.text)
        form.addRow(buttons)
        em = self.fontMetrics().horizontalAdvance("n")
        self.resize(max(560, em * 60), max(320, em * 34))  # grows with the text size

    def value(self) -> str:
        return self.text.toPlainText()


class RegisterDialog(QDialog):
    """The central refused the desk's token: an admin enters the new one from the central's admin."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daftarkan ulang meja"))
        explain = QLabel(
            self.tr(
                "Pusat tidak menerima pendaftaran meja ini (token dicabut atau belum terdaftar). Minta token "
                "baru untuk kode meja ini kepada admin pusat, lalu tempelkan di sini. Pengaduan yang menunggu "
                "tetap tersimpan dan dikirim sesudahnya."
            )
        )
        explain.setWordWrap(True)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText(self.tr("https://pusat.example/api/v1"))
        self.url.setMinimumWidth(self.url.fontMetrics().horizontalAdvance("n") * 40)  # an address fits
        self.url.setAccessibleName(self.tr("Alamat pusat"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Token meja"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("&Alamat pusat"), self.url)
        form.addRow(self.tr("&Token meja"), self.token)
        form.addRow(buttons)
