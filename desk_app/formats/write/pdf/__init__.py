"""Write PDFs with notes at the foot of their marker's page."""

from desk_app.formats.write.pdf.lazy_patterns import import_platypus

# Before any module here imports reportlab.platypus: saves ~30 ms per PDF process.
import_platypus()
