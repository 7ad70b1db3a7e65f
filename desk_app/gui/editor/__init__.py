"""The structured inquiry editor with live footnote markers."""

from desk_app.gui.editor.inquiry_editor import InquiryEditor

__all__ = ["InquiryEditor"]
