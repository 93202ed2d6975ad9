"""The application shell: start-up, the main window, sign-in and the signed-in session."""
