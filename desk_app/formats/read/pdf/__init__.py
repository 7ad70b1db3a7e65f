"""Read a PDF's text layer: lines in reading order, page furniture, note zones."""
