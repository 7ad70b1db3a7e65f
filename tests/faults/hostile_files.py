"""Build hostile import files: minimal DOCX packages, lying ZIP headers, deep and huge documents."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
HEAD = (
    "<w:p><w:r><w:t>Landtag Nordrhein-Westfalen</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>18. Wahlperiode</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Kleine Anfrage 123</w:t></w:r></w:p>"
    '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>'
    "<w:r><w:b/><w:t>Wie steht es um die Schulen?</w:t></w:r></w:p>"
)


def para(text: str) -> str:
    """Return one plain Word paragraph."""
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def docx(body: str, doctype: str = "") -> bytes:
    """Return a minimal DOCX whose document.xml body is the given WordprocessingML."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def inquiry_docx(questions: int, body_extra: str = "", doctype: str = "") -> bytes:
    """Return a DOCX inquiry: the NRW head, a title and numbered questions."""
    items = "".join(
        para(f"{n}. Wie viele Schulen gab es im Jahr {n}?") for n in range(1, questions + 1)
    )
    return docx(HEAD + body_extra + items, doctype)


def lying_zip(data: bytes, member: str, declared: int, deflated: bool = False) -> bytes:
    """Return a ZIP whose member claims `declared` bytes in both headers, whatever it holds.

    With `deflated`, a member written as stored bytes (a raw deflate stream)
    is marked as deflated, so it unpacks to whatever that stream inflates to.
    """
    patched = bytearray(data)
    name = member.encode()
    local = 0
    while (local := patched.find(b"PK\x03\x04", local)) >= 0:
        length = struct.unpack_from("<H", patched, local + 26)[0]
        if patched[local + 30 : local + 30 + length] == name:
            struct.pack_into("<I", patched, local + 22, declared)  # uncompressed size
            if deflated:
                struct.pack_into("<H", patched, local + 8, zipfile.ZIP_DEFLATED)
        local += 4
    central = 0
    while (central := patched.find(b"PK\x01\x02", central)) >= 0:
        length = struct.unpack_from("<H", patched, central + 28)[0]
        if patched[central + 46 : central + 46 + length] == name:
            struct.pack_into("<I", patched, central + 24, declared)
            if deflated:
                struct.pack_into("<H", patched, central + 10, zipfile.ZIP_DEFLATED)
        central += 4
    return bytes(patched)


def inflating_stream(prefix: bytes, filler: int, chunk: int = 16 * 1024 * 1024) -> bytes:
    """Return a raw deflate stream of `prefix` and then `filler` spaces, built in a second.

    Each block is compressed once after a full flush, which resets the
    window, so the same bytes may repeat: 1.1 GB of spaces cost ~1 MB.
    """
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = head.compress(prefix) + head.flush(zlib.Z_FULL_FLUSH)
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    spaces = block.compress(b" " * chunk) + block.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    return start + spaces * (filler // chunk) + end


def lying_docx(inflated: int) -> bytes:
    """Return a DOCX whose document.xml declares 2 KB but inflates to `inflated` bytes."""
    prefix = f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{HEAD}'.encode()
    stream = inflating_stream(prefix, inflated)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", stream, compress_type=zipfile.ZIP_STORED)
    return lying_zip(buffer.getvalue(), "word/document.xml", 2048, deflated=True)


def nested_docx(depth: int) -> bytes:
    """Return a DOCX whose one question sits inside `depth` nested content controls."""
    inner = para("1. Wie viele Schulen gibt es?")
    body = "<w:sdt><w:sdtContent>" * depth + inner + "</w:sdtContent></w:sdt>" * depth
    return docx(HEAD + body)


def nested_markdown(depth: int) -> str:
    """Return a Markdown inquiry whose list nests `depth` levels deep, one tab per level."""
    head = "# Kleine Anfrage\n\nLandtag Nordrhein-Westfalen\n\n## Wie steht es um die Schulen?\n\n"
    lines = "".join("\t" * level + f"- Ebene {level}\n" for level in range(depth))
    return head + "Wir fragen die Landesregierung:\n\n1. Wie viele Schulen gibt es?\n" + lines


def many_references_markdown(count: int) -> str:
    """Return a Markdown inquiry whose one footnote is referenced `count` times."""
    head = "# Kleine Anfrage\n\nLandtag Nordrhein-Westfalen\n\n## Wie steht es um die Schulen?\n\n"
    question = "1. Wie viele Schulen gibt es" + "[^1]" * count + "?\n\n[^1]: Quelle.\n"
    return head + "Wir fragen die Landesregierung:\n\n" + question
