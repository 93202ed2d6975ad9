"""Sync in the window: the controller, its status, history and the needs-attention list."""
