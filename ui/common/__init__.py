"""Pieces every screen shares: styles, labels, tables, background tasks, the core-event bridge."""
