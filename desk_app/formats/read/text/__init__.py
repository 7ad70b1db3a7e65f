"""Read Markdown and plain text."""
