"""Walk-in visits: a guidance point's appointments and visitors at the desk."""
