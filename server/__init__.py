"""The central server: FastAPI over SQLAlchemy, the system of record that every workstation
synchronises with, and the host of the citizen web pages."""

from workstation import __version__

__all__ = ["__version__"]
