"""Paper receipt numbers for when the office server is down (issue 17)."""
