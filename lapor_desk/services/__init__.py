"""Core services: what the UI and the CLI call. Each opens its own transactions."""
