"""Walk-in visits at guidance points: appointments, check-in, visitors without one."""
