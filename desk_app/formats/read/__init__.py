"""Readers: turn files (DOCX, PDF, text, answers) into inquiries through one structural parser."""
