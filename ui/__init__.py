"""All Qt: the main window, views, Qt models, dialogs and the sync worker thread."""
