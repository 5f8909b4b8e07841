"""SHACL validation of a built graph against the shapes that ship with newsgraph (pySHACL)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph

SHAPES_PATH = Path(str(resources.files("graph") / "data" / "shapes.ttl"))
ONTOLOGY_PATH = Path(str(resources.files("graph") / "data" / "ontology.ttl"))


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}"


def shapes() -> Graph:
    g = Graph()
    g.parse(SHAPES_PATH, format="turtle")
    return g


def validate_graph(data: Graph) -> list[Violation]:
    """All SHACL violations of ``data`` (an empty list when it conforms)."""
    from pyshacl import validate
    from rdflib.namespace import SH

    conforms, report, _ = validate(data, shacl_graph=shapes(), inference="none", advanced=True, allow_warnings=True)
    if conforms:
        return []
    out = []
    for result in report.subjects(SH.resultSeverity, None):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        msg = report.value(result, SH.resultMessage)
        sev = report.value(result, SH.resultSeverity)
        out.append(Violation(str(focus), str(path) if path is not None else None, str(msg), str(sev).rsplit("#", 1)[-1]))
    out.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return out
