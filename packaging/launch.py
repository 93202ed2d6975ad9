"""Entry script of the packaged desk: the CLI with the Qt face plugged in directly."""

from ui.shell.app import main

raise SystemExit(main())
