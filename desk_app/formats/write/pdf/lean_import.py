"""Import the parts of reportlab the PDF writer uses, not everything that comes along with them.

Two of reportlab's imports cost a PDF process much of its start and give it nothing:

- The package file of reportlab.platypus imports every platypus module, tables
  and preformatted text among them (~8 ms). Here the package is put in place
  without running that file, the writer imports the four modules it uses, and
  the file runs at the first attribute the package does not have yet: any other
  caller's `from reportlab.platypus import Table` works as before.
- reportlab.lib.utils imports PIL.Image at its top for bitmaps, which our PDFs
  never hold (~12 ms with PIL's EXIF and TIFF tables). PIL.Image is loaded by
  importlib's LazyLoader instead: it runs at the first use of any attribute, so
  reportlab's image support works as before for whoever draws an image.

Nothing here changes reportlab's or PIL's code or data, and each step is skipped
when the module is already imported. tests/formats/test_pdf_imports.py fails when
reportlab's package file or its PIL import change shape.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from typing import Any

from desk_app.formats.write.pdf.lazy_patterns import deferred_patterns

PLATYPUS = "reportlab.platypus"
# What the writer uses; doctemplate brings in canvas, pdfdoc and the TrueType code.
PLATYPUS_PARTS = ("flowables", "frames", "paragraph", "doctemplate")
BITMAPS = "PIL.Image"

# Reentrant: the platypus parts' imports may themselves ask the package for a name.
_LOCK = threading.RLock()


def import_reportlab() -> None:
    """Import the platypus parts the writer uses, deferring what they do not need."""
    with _LOCK:
        if f"{PLATYPUS}.paragraph" in sys.modules:
            return
        if BITMAPS not in sys.modules:
            _install_lazy(BITMAPS)
        if PLATYPUS not in sys.modules:
            _install_deferred_package(PLATYPUS)
        with deferred_patterns():
            for part in PLATYPUS_PARTS:
                importlib.import_module(f"{PLATYPUS}.{part}")


def _install_lazy(name: str) -> None:
    """Put a submodule in place that runs at the first use of one of its attributes."""
    spec = importlib.util.find_spec(name)  # imports the parent package, PIL's is tiny
    if spec is None or spec.loader is None:
        return  # not installed: the importer reports that, as it would without us
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    # `from PIL import Image` then finds the attribute and does not import again,
    # which would look at the module's __spec__ and so load it at once.
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)


def _install_deferred_package(name: str) -> None:
    """Put a package in place whose own file runs at its first missing attribute."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    loader = spec.loader
    package = importlib.util.module_from_spec(spec)  # __path__ is set: submodules import

    def __getattr__(attribute: str) -> Any:
        with _LOCK:
            if package.__dict__.pop("__getattr__", None) is not None:
                try:
                    loader.exec_module(package)
                except BaseException:
                    package.__dict__["__getattr__"] = __getattr__  # the next use tries again
                    raise
        try:
            return package.__dict__[attribute]
        except KeyError:
            raise AttributeError(f"module {name!r} has no attribute {attribute!r}") from None

    package.__dict__["__getattr__"] = __getattr__
    sys.modules[name] = package
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, package)
