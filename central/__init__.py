"""The reference central API server that lapor-desk desks sync with (never bundled)."""

API_VERSION = "1"
API_PREFIX = "/api/v1"
