"""The window that composes the subjects, the status bar, login and the sync worker."""
