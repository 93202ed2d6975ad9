"""The sync cycle's file step: make sure the central holds every file a batch refers to, a large
one in resumable parts, before the batch goes (a mixin of SyncEngine, split from engine.py).

A file that keeps failing holds back only the complaints that need it; a refused file puts
those complaints in needs-fix with an error naming it; three files failing in a row stop the
cycle (the link, not the files). What the central confirmed is kept in the database, so the
next cycle does not ask again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from lapor_desk.sync import problems, state
from lapor_desk.sync.answers import _attachment_names, _attachment_sizes, _offset_of
from lapor_desk.sync.transport import Exchange, Outcome

if TYPE_CHECKING:
    from lapor_desk.clock import Clock
    from lapor_desk.storage.database import Database
    from lapor_desk.sync.attachments import AttachmentSource
    from lapor_desk.sync.retry import RetryPolicy
    from lapor_desk.sync.transport import CentralClient

# Files that failed one after another, each after its retries, before the cycle gives up.
FAILED_FILES_STOP = 3


class _Stop(Exception):
    def __init__(self, outcome: str, message: str, ex: Exchange | None = None, code: str = "") -> None:
        super().__init__(message)
        self.outcome = outcome
        self.http_status = ex.status if ex is not None else None
        self.retry_after_s = ex.retry_after_s if ex is not None else None
        self.code = code


class FileUploads:
    """The file step of SyncEngine; the engine provides the attributes declared here."""

    if TYPE_CHECKING:
        client: CentralClient
        clock: Clock
        db: Database
        attachments: AttachmentSource
        policy: RetryPolicy
        central: str
        resumable: bool
        chunk_bytes: int
        tries_per_cycle: int
        max_wait_in_cycle_s: float
        file_bytes_sent: int
        bytes_progress: Callable[[int, int], None]
        wait: Callable[[float], bool]
        _uploaded: set[str]
        _files_failed_in_row: int
        _file_bytes_left: int

        def _check_stop(self) -> None: ...
        def _stop_for(self, ex: Exchange) -> None: ...
        def _log(
            self,
            ex: Exchange,
            items: Sequence[state.Outgoing] = (),
            result: str = "",
            *,
            conn: Any = None,
            item_results: Sequence[tuple[int, int, str]] = (),
        ) -> None: ...

    def _upload_attachments(self, items: list[state.Outgoing]) -> list[state.Outgoing]:
        """Make sure the central has every file these items refer to; returns the items
        still to send. Those with a refused file went to needs-fix; those with a file that
        kept failing wait for a later try (back-off), and only they: the rest go on."""
        wanted = sorted({sha for i in items for sha in i.attachments} - self._uploaded)
        refused: dict[str, Exchange] = {}
        failing: dict[str, Exchange] = {}
        sizes = _attachment_sizes(i for i in items if i.attachments)
        after = sum(sizes.get(sha, 0) for sha in wanted)  # bytes of the files not yet begun
        for sha in wanted:
            self._check_stop()
            after -= sizes.get(sha, 0)
            self._file_bytes_left = sizes.get(sha, 0) + after  # less what goes, as it goes
            ex = self._ensure_file(sha)
            if ex is None:
                self._files_failed_in_row = 0
            elif ex.outcome is Outcome.RETRY:
                failing[sha] = ex
                self._files_failed_in_row += 1
                if self._files_failed_in_row >= FAILED_FILES_STOP:
                    # Not one file but the link: holding complaints back one by one would
                    # only spend the cycle on time-outs.
                    self._hold_for_files(items, failing)
                    self._stop_for(ex)
            else:
                refused[sha] = ex  # logged below, with the complaints it stops
        if refused:
            self._refuse_for_attachments(items, refused)
        if failing:
            self._hold_for_files([i for i in items if not any(sha in refused for sha in i.attachments)], failing)
        blocked = refused.keys() | failing.keys()
        return [i for i in items if not any(sha in blocked for sha in i.attachments)]

    def _ensure_file(self, sha: str) -> Exchange | None:
        """PUT the file (a large one in parts), retried with the batches' back-off while the
        wait stays short. The first try sends at once: the confirmations kept in the database
        already spared the files the central is known to hold, and on a 300 ms link a HEAD
        first costs more than it saves; a retry asks (HEAD) first, as the last answer may be
        what was lost. None once the central holds it (remembered in the database); else the
        last exchange: refused (ATTACHMENT/NEEDS_FIX) or still failing (RETRY)."""
        tries = 0
        asked: Exchange | None = None
        first = True
        while True:
            if not first:
                asked = self.client.head_attachment(sha)
            first = False
            ex = asked if asked is not None else Exchange("", Outcome.NOT_FOUND)
            if ex.outcome is Outcome.NOT_FOUND:
                content: bytes | None
                try:
                    content = self.attachments.read(sha)
                except OSError as exc:
                    held = asked if asked is not None else self.client.head_attachment(sha)
                    if held.outcome is Outcome.NOT_FOUND:  # not here, not there: a person must look
                        kind = "attachment-missing" if isinstance(exc, FileNotFoundError) else "attachment-damaged"
                        return Exchange(f"read {sha[:12]}", Outcome.ATTACHMENT, problem_type=kind, message=str(exc))
                    content, ex = None, held  # the central holds it after all (or the HEAD failed)
                if content is None:
                    pass
                elif self.resumable and len(content) > self.chunk_bytes:
                    ex, progressed = self._put_in_parts(sha, content)
                    if progressed:
                        tries = 0  # a drop after progress is the link's rhythm, not this file's fault
                else:
                    ex = self.client.put_attachment(sha, content)
                    if ex.ok:
                        self._sent_file_bytes(len(content))
            if ex.ok:
                self._uploaded.add(sha)
                with self.db.write() as conn:
                    state.confirm_file(conn, self.central, sha, self.clock())
                return None
            if ex.outcome in (Outcome.ATTACHMENT, Outcome.NEEDS_FIX):
                return ex
            self._log(ex)
            if ex.outcome is Outcome.AUTH:
                self._stop_for(ex)
            tries += 1
            delay = self.policy.delay(tries, ex.retry_after_s)
            if tries >= self.tries_per_cycle or delay > self.max_wait_in_cycle_s:
                return ex
            if self.wait(delay):
                raise _Stop("stopped", "stopped")

    def _put_in_parts(self, sha: str, content: bytes) -> tuple[Exchange, bool]:
        """A large file in parts from where the central's copy ends (asked first, so a drop or
        a kill costs at most one part). Returns the last exchange, and whether bytes got
        through; a refused or failing part ends it (the caller retries from the new offset)."""
        total = len(content)
        ex = self.client.upload_offset(sha)
        offset = _offset_of(ex.body) if ex.ok else None
        if offset is None:
            if ex.ok:
                ex.outcome, ex.problem_type = Outcome.RETRY, "malformed-response"
            return ex, False
        progressed = False
        moved_back = 0
        while not (isinstance(ex.body, dict) and ex.body.get("complete") is True):
            self._check_stop()
            part = content[offset : offset + self.chunk_bytes]
            ex = self.client.put_part(sha, offset, total, part)
            told = _offset_of(ex.body)
            if ex.status == 409 and told is not None and moved_back < 3:
                moved_back += 1  # the central holds a different amount (a lost answer): go on from there
                offset = told
                continue
            if ex.status == 409:
                ex.outcome = Outcome.RETRY  # the central keeps moving: not this file's content
            if not ex.ok:
                return ex, progressed
            if told is None:
                ex.outcome, ex.problem_type = Outcome.RETRY, "malformed-response"
                return ex, progressed
            if told > offset:
                progressed = True
                self._sent_file_bytes(told - offset)
            offset = told
        return ex, progressed

    def _sent_file_bytes(self, n: int) -> None:
        self.file_bytes_sent += n
        self._file_bytes_left = max(0, self._file_bytes_left - n)
        self.bytes_progress(self.file_bytes_sent, self._file_bytes_left)

    def _hold_for_files(self, items: Sequence[state.Outgoing], failing: dict[str, Exchange]) -> None:
        """The complaints that need a file that kept failing wait, with the back-off, for a
        later cycle; nothing else does."""
        held = [i for i in items if any(sha in failing for sha in i.attachments)]
        if not held:
            return
        delay = self.policy.delay(max(i.attempts for i in held) + 1)
        with self.db.write() as conn:
            state.retry_later(conn, held, self.clock(), min(delay, self.policy.cap_s))
            for sha, ex in failing.items():
                rows = [(i.complaint_id, i.revision, "retry") for i in held if sha in i.attachments]
                if rows:
                    self._log(ex, conn=conn, item_results=rows)

    def _refuse_for_attachments(self, items: Sequence[state.Outgoing], refused: dict[str, Exchange]) -> None:
        """Needs-fix for each complaint with a refused file, one error per file naming it;
        the refusing exchange goes into those complaints' sending history."""
        stopped: dict[str, list[tuple[int, int, str]]] = {sha: [] for sha in refused}
        with self.db.write() as conn:
            for item in items:
                names = _attachment_names(item)
                errors = []
                for n, sha in enumerate(item.attachments):
                    ex = refused.get(sha)
                    if ex is None:
                        continue
                    code, params = problems.attachment_refusal(
                        ex.status, ex.problem_type, ex.body, ex.message, names.get(n) or sha[:12]
                    )
                    errors.append(
                        {
                            "field": f"attachments[{n}]",
                            "code": code,
                            "params": params,
                            "message": ex.message or ex.problem_type,
                            "sha256": sha,
                        }
                    )
                    stopped[sha].append((item.complaint_id, item.revision, "refused"))
                if errors:
                    state.refused(conn, item.complaint_id, item.revision, errors, None)
            for sha, ex in refused.items():
                if ex.status is not None:  # an HTTP answer (a file gone from the store is not)
                    self._log(ex, conn=conn, item_results=list(dict.fromkeys(stopped[sha])))
