"""Write PDFs with notes at the foot of their marker's page."""
