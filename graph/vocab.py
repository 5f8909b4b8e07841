"""newsgraph's own vocabulary (``ng:``) and the external ones it reuses.

Terms are declared once here; ``_fail = True`` turns a misspelt term into an AttributeError instead of a
silent new IRI. The Turtle ontology in ``graph/data/ontology.ttl`` documents the same terms with labels in
German and English.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SDO, XSD, DefinedNamespace

NG_IRI = "https://newsgraph.example/ns#"
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")
GEONAMES = Namespace("https://sws.geonames.org/")


class NG(DefinedNamespace):
    """Classes and properties of the newsgraph ontology."""

    _NS = Namespace(NG_IRI)
    _fail = True

    Meeting: object  # a meeting, summit, talks, visit ... (subclass of schema:Event and sem:Event)
    Evidence: object  # a sentence of an article that states a fact
    Attendance: object  # an actor at a meeting, with its evidence
    Hosting: object  # an actor hosting a meeting, with its evidence
    Absence: object  # an actor said not to attend, with its evidence
    ReportedStatement: object  # indirect speech: what a speaker said, in the article's words
    MeetingStatus: object
    Past: object
    Planned: object
    Cancelled: object
    attends: object  # actor -> meeting (inverse of schema:attendee)
    hosts: object  # actor -> meeting (inverse of schema:organizer)
    absentFrom: object  # actor -> meeting
    status: object  # meeting -> ng:Past | ng:Planned | ng:Cancelled
    datePrecision: object  # "day" | "month" | "year"
    dateText: object  # the date expression as written
    trigger: object  # the word that signalled the meeting
    kind: object  # normalised trigger (treffen, summit ...)
    evidence: object  # anything -> ng:Evidence
    sentence: object  # evidence -> sentence text
    startOffset: object
    endOffset: object
    spanStart: object
    spanEnd: object
    inArticle: object  # evidence -> schema:NewsArticle
    meeting: object  # attendance/hosting/absence -> meeting
    actor: object  # attendance/hosting/absence -> actor
    role: object  # role as the article gives it (normalised English)
    represents: object  # person -> the state they represent or serve
    isoCode: object  # country -> ISO 3166-1 alpha-2
    source: object  # article -> agency or newspaper in the dateline
    datelinePlace: object
    extractorVersion: object
    textSha256: object


__all__ = ["NG", "NG_IRI", "SEM", "WD", "GEONAMES", "SDO", "PROV", "FOAF", "OWL", "RDF", "RDFS", "XSD"]

PREFIXES = {
    "ng": NG_IRI,
    "schema": str(SDO),
    "prov": str(PROV),
    "foaf": str(FOAF),
    "owl": str(OWL),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "xsd": str(XSD),
    "sem": str(SEM),
    "wd": str(WD),
}
