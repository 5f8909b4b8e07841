"""Errors raised while reading and extracting articles.

Each error names the file (and line, for JSONL) and says what was expected, what came instead and how to
fix it, so that a build can report a broken article and go on with the others.
"""
from __future__ import annotations

from pathlib import Path


class NewsgraphExtractError(Exception):
    """Base class of every error raised by :mod:`extract`."""


class ArticleError(NewsgraphExtractError):
    """An article could not be read. ``path`` names the file, ``reason`` says why."""

    code = "E100"

    def __init__(self, path: str | Path, reason: str, line: int | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: [{self.code}] {reason}")


class EmptyArticleError(ArticleError):
    code = "E101"


class BinaryArticleError(ArticleError):
    code = "E102"


class UndecodableArticleError(ArticleError):
    code = "E103"


class MalformedArticleError(ArticleError):
    code = "E104"


class UnsupportedFileError(ArticleError):
    code = "E105"


class UnsupportedLanguageError(ArticleError):
    """The input declares a language the extractor has no rules for: read as German or English it would give
    wrong facts, so the article is reported instead."""

    code = "E108"


class SkippedFile(ArticleError):
    """A file found in a folder that holds no articles (a gold standard, say): skipped, not a failure."""

    code = "N100"


class KnowledgeBaseError(NewsgraphExtractError):
    """A knowledge-base data file is broken: the message names the file, the line and the field."""


class ModelError(NewsgraphExtractError):
    """A spaCy pipeline asked for cannot be loaded or is of another language."""
