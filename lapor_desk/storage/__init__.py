"""Local storage: the SQLAlchemy schema, migrations, the one write path and search."""
