"""Allows `python -m lapor_desk`."""

from lapor_desk.cli import main

raise SystemExit(main())
