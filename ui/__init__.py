"""The PySide6 face of lapor-desk."""
