"""The walk-in day: a guidance point's appointments and visitors."""
