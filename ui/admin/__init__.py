"""Administration: settings, set-up wizard, import, data safety, working calendar, accounts."""
