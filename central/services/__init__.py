"""What the server does, on a SQLAlchemy Session; shared by the HTTP routes and the CLI."""
