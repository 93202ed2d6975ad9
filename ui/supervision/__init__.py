"""Supervision: review, dashboard with its charts, recap export and the audit trail."""
