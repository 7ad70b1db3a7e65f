"""Write Word documents with real footnotes in the parliament's layout."""
