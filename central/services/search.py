"""Operator search: a receipt number, tracking ID, the reporter's NIK or phone, or words.

A citizen on the phone reads out a number; the operator types it as heard (spaces,
dashes, 0812… or +62812…). Numbers match exactly, words anywhere in the title or body.
A search that matched by NIK or phone is a look at personal data: it is logged in
`operator_lookups` (who, when, the number masked, what it found) in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, func, literal_column, or_
from sqlalchemy.orm import Session

from central.models import Complaint, OperatorLookup
from lapor_desk.accounts.roles import mask_nik
from lapor_desk.domain.contact import normalize_phone
from lapor_desk.domain.search_key import search_key


@dataclass(frozen=True)
class Terms:
    """What a query can match, each as a condition, and whether it reaches personal data."""

    words: ColumnElement[bool]
    numbers: list[ColumnElement[bool]]
    personal: list[tuple[str, str, ColumnElement[bool]]]  # (kind, masked query, condition)
    values: dict[str, tuple[str, ...]]  # kind -> the stored values it matches

    def condition(self) -> ColumnElement[bool]:
        return or_(self.words, *self.numbers, *(c for _k, _q, c in self.personal))

    def matched(self, items: list[dict[str, object]]) -> dict[str, list[int]]:
        """kind -> tracking IDs among `items` (with reporter_nik/reporter_phone) it matched."""
        column = {"nik": "reporter_nik", "phone": "reporter_phone"}

        def stored(kind: str, value: object) -> str:
            text = str(value or "")
            return (normalize_phone(text) or text) if kind == "phone" else text

        return {
            kind: [int(str(i["tracking_id"])) for i in items if stored(kind, i.get(column[kind])) in self.values[kind]]
            for kind, _q, _c in self.personal
        }


def terms(q: str) -> Terms:
    key = search_key(q)  # what the text can be: the desk's queue asks the same function
    text = key.text
    like = "%" + text.lower().replace("%", "").replace("_", "") + "%"
    words = or_(func.lower(Complaint.title).like(like), func.lower(Complaint.body).like(like)) if text else false()
    numbers: list[ColumnElement[bool]] = []
    personal: list[tuple[str, str, ColumnElement[bool]]] = []
    values: dict[str, tuple[str, ...]] = {}
    if key.receipt:
        numbers.append(func.upper(Complaint.receipt_number) == key.receipt)
    if key.tracking_id:
        numbers.append(Complaint.tracking_id == int(key.tracking_id))
    if key.nik:
        personal.append(("nik", mask_nik(key.nik), Complaint.reporter_nik == key.nik))
        values["nik"] = (key.nik,)
    phone = key.phone
    if phone:
        masked = phone[:6] + "*" * max(0, len(phone) - 9) + phone[-3:]
        national = phone[3:]
        forms = (phone, "0" + national, "62" + national)  # as a desk may have stored it
        # Literals, not parameters: the expression must read exactly as the index
        # ix_complaints_phone_digits (migration 0008) for PostgreSQL to use it.
        stripped: ColumnElement[str] = Complaint.reporter_phone.expression
        for sep in ("-", " ", ".", "(", ")"):
            stripped = func.replace(stripped, literal_column(f"'{sep}'"), literal_column("''"))
        personal.append(("phone", masked, or_(Complaint.reporter_phone.in_(forms), stripped.in_(forms))))
        values["phone"] = (phone,)
    return Terms(words, numbers, personal, values)


def log_lookups(session: Session, searched: Terms, operator: str, matched: dict[str, list[int]]) -> None:
    """One row per personal-data kind the query could reach, with what it found (also nothing)."""
    for kind, masked, _cond in searched.personal:
        ids = matched.get(kind, [])
        session.add(OperatorLookup(operator=operator[:100], kind=kind, query=masked, found=" ".join(map(str, ids))))
