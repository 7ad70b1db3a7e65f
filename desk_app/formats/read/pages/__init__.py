"""Read page text: the text layer of a printed Drucksache, as lines on pages."""
