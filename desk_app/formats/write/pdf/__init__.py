"""Write PDFs with notes at the foot of their marker's page."""

from desk_app.formats.write.pdf.lean_import import import_reportlab

# Before any module here imports reportlab: saves ~50 ms per PDF process (see lean_import).
import_reportlab()
