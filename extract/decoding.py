"""Bytes to text for article files, with the encodings newsrooms actually produce.

UTF-8 (with or without BOM) comes first; then Windows-1252, the usual encoding of older German and
English newsroom exports (a superset of Latin-1's printable range); charset-normalizer decides the rest.
"""
from __future__ import annotations

from pathlib import Path

from .errors import BinaryArticleError, EmptyArticleError, UndecodableArticleError

_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}


def _has_control_chars(text: str) -> bool:
    return any(ord(ch) in _CONTROL for ch in text)


def decode_bytes(data: bytes, path: str | Path) -> str:
    """Decode an article file's bytes, or raise an error that names ``path`` and the reason."""
    if not data.strip():
        raise EmptyArticleError(path, "the file is empty; expected article text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UndecodableArticleError(path, f"UTF-16 byte order mark but invalid UTF-16: {exc}") from exc
    if b"\x00" in data:
        raise BinaryArticleError(path, "binary file (contains NUL bytes); expected a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = None
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise UndecodableArticleError(
                path, "not UTF-8, not Windows-1252 and no other encoding fits; re-save the file as UTF-8"
            )
        text = str(best)
    if _has_control_chars(text):
        raise BinaryArticleError(path, "binary content (control characters); expected a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n")
