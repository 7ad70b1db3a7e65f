"""Anfragen-Desk: draft, track and export parliamentary inquiries offline."""

__version__ = "0.1.0"
