"""Test documents made on the fly: published forms written with python-docx and reportlab."""
