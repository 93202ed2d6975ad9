"""Import of legacy complaints (CSV, JSONL, XLSX) and export of the desk's complaints."""

from lapor_desk.transfer.export import ExportRefused, export_file
from lapor_desk.transfer.importer import ImportReport, RowProblem, WriteRefused, import_file
from lapor_desk.transfer.report_text import os_reason, report_text, summary_text

__all__ = [
    "ExportRefused",
    "ImportReport",
    "RowProblem",
    "WriteRefused",
    "export_file",
    "import_file",
    "os_reason",
    "report_text",
    "summary_text",
]
