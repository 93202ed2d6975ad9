"""The intake form's attachments: add by file picker or drag-and-drop, checked at once, shown as thumbnails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.attachments import IMAGES, AttachmentError, AttachmentStore, StoredAttachment
from lapor_desk.domain.complaint import Attachment
from lapor_desk.domain.messages import FieldMessage, error
from ui.common.tasks import TaskRunner
from ui.intake.form_fields import FieldMessageLabel

THUMB = 56


def human_size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(size // 1024, 1)} KB"


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.store: AttachmentStore | None = None
        self.language = "id"
        self.attachments: list[Attachment] = []
        self.pending = 0
        self._thumbs: dict[str, QIcon] = {}  # decoded off the GUI thread, by SHA-256
        self._thumbs_pending: set[str] = set()
        self.list = QListWidget()
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMaximumHeight(THUMB * 2 + 24)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.message = FieldMessageLabel(self)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Tambah berka&s…"))
        self.remove_button.setText(self.tr("Hapus lampiran"))
        self.list.setAccessibleName(self.tr("Lampiran"))
        self.add_button.setAccessibleName(self.tr("Tambah berkas lampiran"))

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Pilih berkas lampiran"),
            str(Path.home()),
            self.tr(
                "Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.ods);;Semua berkas (*)"
            ),
        )
        self.add_paths([Path(f) for f in files])

    def add_paths(self, paths: list[Path]) -> None:
        """Check and store each file off the GUI thread; problems appear under the list."""
        store = self.store
        if store is None:
            return
        problems: list[FieldMessage] = []
        for path in paths:
            self.pending += 1
            self._start(store, path, sum(a.size for a in self.attachments), problems)
        self.message.show_messages([], self.language)

    def _start(self, store: AttachmentStore, path: Path, already: int, problems: list[FieldMessage]) -> None:
        def add() -> StoredAttachment:
            return store.add(path, already_attached=already)

        def failed(exc: BaseException) -> None:
            self._failed(exc, path, problems)

        self.tasks.read(add, self._added, failed, context=self)

    def _added(self, stored: StoredAttachment) -> None:
        self.pending -= 1
        if any(a.sha256 == stored.sha256 for a in self.attachments):
            return
        total = sum(a.size for a in self.attachments) + stored.size
        if self.store is not None and total > self.store.max_total:
            self._show([error("attachments", "attachment_total_too_big", limit=self.store.max_total // 2**20)])
            return
        self.attachments.append(Attachment(stored.sha256, stored.filename, stored.media_type, stored.size))
        self._refresh()

    def _failed(self, exc: BaseException, path: Path, problems: list[FieldMessage]) -> None:
        self.pending -= 1
        if isinstance(exc, AttachmentError):
            problems.append(error("attachments", exc.code, **exc.params))
        else:
            problems.append(error("attachments", "attachment_unreadable", name=path.name))
        self._show(problems)

    def _show(self, problems: list[FieldMessage]) -> None:
        self.message.show_messages(problems, self.language)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self._refresh()

    def set_attachments(self, attachments: list[Attachment]) -> None:
        self.attachments = list(attachments)
        self.message.show_messages([], self.language)
        self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        generic = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for a in self.attachments:
            icon = self._thumbs.get(a.sha256)
            if icon is None and a.media_type in IMAGES:
                self._load_thumb(a.sha256)
            self.list.addItem(QListWidgetItem(icon or generic, f"{a.filename} ({human_size(a.size)})"))
        self.remove_button.setEnabled(bool(self.attachments))
        self.changed.emit()

    def _load_thumb(self, sha256: str) -> None:
        """Decode a photo (up to the size limit) off the GUI thread; QImage is safe there."""
        store = self.store
        if store is None or sha256 in self._thumbs_pending:
            return
        self._thumbs_pending.add(sha256)

        def decode() -> QImage:
            image = QImage(str(store.path_for(sha256)))
            return (
                image.scaled(
                    THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
                if not image.isNull()
                else image
            )

        def done(image: QImage) -> None:
            self._thumbs_pending.discard(sha256)
            if not image.isNull():
                self._thumbs[sha256] = QIcon(QPixmap.fromImage(image))
                self._refresh()

        self.tasks.read(decode, done, lambda _exc: self._thumbs_pending.discard(sha256), context=self)
