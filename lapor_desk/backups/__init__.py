"""Backups of the desk database: online copies checked before they count, rotation, encryption,
restore. The format of encrypted files is documented in `crypto.py`."""
