"""Read Word documents: body, real footnotes, list numbering, header and footer."""
