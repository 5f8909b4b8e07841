"""Errors of the graph side; the CLI turns each into a one-line message and an exit code."""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: the message says what was expected, what came, and how to fix it."""

    exit_code = 1


class GraphFileError(NewsgraphError):
    """A graph file is missing or cannot be parsed."""


class QuerySyntaxError(NewsgraphError):
    exit_code = 2


class QueryRefused(NewsgraphError):
    """A query asks for something newsgraph does not do by default (SERVICE to the network, updates)."""

    exit_code = 2


class QueryEvaluationError(NewsgraphError):
    """The query parsed but the SPARQL engine failed while answering it."""

    exit_code = 2


class UnknownQueryError(NewsgraphError):
    exit_code = 2


class UnknownFormatError(NewsgraphError):
    exit_code = 2


class EmptyGraphError(NewsgraphError):
    """An analysis was asked of a graph with no meetings or actors."""


class OutputError(NewsgraphError):
    """The output folder cannot be written."""


class ModelSetupError(NewsgraphError):
    """A spaCy pipeline asked for with --spacy-model cannot be used."""

    exit_code = 2


class WorkerStartError(NewsgraphError):
    """The worker processes of ``--jobs`` die before they can take an article (the machine or the setup)."""


class BuildError(NewsgraphError):
    """One or more articles failed (the others were built)."""
