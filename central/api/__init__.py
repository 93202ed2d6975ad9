"""HTTP routes of API v1."""
