"""``newsgraph eval``: compare extracted facts with a gold file (the schema of the dev corpus README).

Scores (precision, recall, F1): attendance (one tuple per actor and meeting place), actors, hosts, absent
actors, statements (speaker and the first words of the quote); and on meetings matched to a gold meeting,
the accuracy of date, place and status. Unnamed groups are not scored.

Name matching: case and accents are folded, and so are the usual transliteration variants between German
and English spellings (``Selenskyj`` = ``Zelenskyy``, ``Jermak`` = ``Yermak``, ``Lawrow`` = ``Lavrov``) by
comparing a consonant skeleton; a name of two words or more also matches a longer form that starts with it
(``Faisal bin Farhan`` = ``Faisal bin Farhan Al Saud``); a predicted actor matches through any of its
surface forms. A place
matches when any of the gold's place strings names the predicted place or a place that contains it.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from .names import fold, same_name, skeleton  # noqa: F401  (re-exported: the eval's name matching)

SCORED_TYPES = ("person", "country", "organization")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, other: "Accuracy") -> None:
        self.correct += other.correct
        self.total += other.total

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


SCORES = ("attendance", "actors", "hosts", "absent", "statements")
ACCURACIES = ("date", "place", "status")


@dataclass
class ArticleResult:
    article: str
    language: str
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in SCORES})
    accuracy: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in ACCURACIES})
    meetings_gold: int = 0
    meetings_predicted: int = 0
    meetings_matched: int = 0
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)


# -- predicted side ---------------------------------------------------------------------------------------
@dataclass
class PActor:
    key: str
    type: str
    names: set[str]
    label: str = ""  # the name reports show: the first of the article's own names


@dataclass
class PMeeting:
    id: str
    places: set[str]  # folded names of the places and every place containing them
    date: str | None
    status: str
    attendees: list[tuple[PActor, str]]  # (actor, evidence sentence)
    hosts: list[tuple[PActor, str]]
    absent: list[tuple[PActor, str]]
    sentence: str


def _known_names(key: str) -> set[str]:
    """The names the knowledge base knows a state or organisation by ("Czech Republic" and "Czechia"): a gold
    file may use either."""
    from extract.knowledge import default_knowledge_base

    entity = default_knowledge_base().entities.get(key)
    return set(entity.forms) if entity is not None and entity.type in ("country", "organization") else set()


def _predicted(facts: dict) -> tuple[list[PMeeting], list[tuple[PActor, str, str]]]:
    actors = {}
    for a in facts["actors"]:
        names = {a["name"], *a.get("forms", []), *a.get("names", {}).values()}
        actors[a["key"]] = PActor(a["key"], a["type"], names | _known_names(a["key"]), min(names))
    places = {p["key"]: p for p in facts["places"]}

    def place_names(keys: list[str]) -> set[str]:
        out: set[str] = set()
        for key in keys:
            while key and key in places:
                p = places[key]
                out |= {fold(p["name"]), *(fold(n) for n in p.get("names", {}).values()), *(fold(f) for f in p.get("forms", []))}
                key = p.get("within")
        return out

    def role_list(items: list[dict]) -> list[tuple[PActor, str]]:
        return [(actors[i["actor"]], i["evidence"]["sentence"].strip()) for i in items
                if i["actor"] in actors and actors[i["actor"]].type in SCORED_TYPES]

    meetings = [
        PMeeting(m["id"], place_names(m["places"]), (m["date"] or {}).get("value"), m["status"],
                 role_list(m["attendees"]), role_list(m["hosts"]), role_list(m["absent"]), m["evidence"][0]["sentence"].strip())
        for m in facts["meetings"]
    ]
    # the gold annotates direct quotes only; reported speech is extracted but not scored
    statements = [(actors[s["speaker"]], s["text"], s["evidence"]["sentence"].strip()) for s in facts["statements"]
                  if s["speaker"] in actors and s.get("mode", "direct") == "direct"]
    return meetings, statements


def _max_matching(fits: list[list[int]]) -> dict[int, int]:
    """The largest one-to-one pairing of gold tuples with the predicted tuples that fit them (augmenting
    paths): a greedy first fit would let one gold meeting take the tuple another needed, and the score would
    depend on the order of the gold file."""
    owner: dict[int, int] = {}  # predicted -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in fits[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(fits)):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def _actor_matches(pred: PActor, gold_name: str) -> bool:
    return any(same_name(n, gold_name) for n in pred.names)


def _place_matches(pred_places: set[str], gold_locations: list[str]) -> bool:
    if not gold_locations:
        return not pred_places
    return any(fold(g) in pred_places for g in gold_locations)


def _gold_entities(items: list[dict]) -> list[dict]:
    return [a for a in items if a["type"] in SCORED_TYPES]


def _quote_start(text: str) -> str:
    words = text.strip().strip("„“”\"»«").split()
    return fold(" ".join(words[:6]))


def evaluate_article(facts: dict, gold: list[dict]) -> ArticleResult:
    art = facts["article"]
    res = ArticleResult(art["id"], art.get("language") or "?")
    meetings, statements = _predicted(facts)
    res.meetings_gold, res.meetings_predicted = len(gold), len(meetings)

    # -- meeting alignment (for date/place/status accuracy): shared actors first, then place and date
    pairs = []
    for gi, g in enumerate(gold):
        g_names = [a["name"] for a in _gold_entities(g["attendees"] + g["hosts"])]
        for pi, p in enumerate(meetings):
            shared = sum(1 for n in g_names if any(_actor_matches(a, n) for a, _ in p.attendees + p.hosts))
            place = _place_matches(p.places, g["location"]) and bool(g["location"])
            date = g["date"] is not None and g["date"] == p.date
            score = 2 * shared + place + date
            if shared or (place and date):
                pairs.append((score, place + date, gi, pi))
    used_g, used_p, aligned = set(), set(), {}
    # equal scores: the pair that agrees on place and date first (a call and an earlier meeting of the same two
    # leaders are told apart by when and where), then the gold file's order
    for score, agree, gi, pi in sorted(pairs, key=lambda x: (-x[0], -x[1], x[2], x[3])):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            aligned[gi] = pi
    res.meetings_matched = len(aligned)
    for gi, pi in aligned.items():
        g, p = gold[gi], meetings[pi]
        res.accuracy["date"].total += 1
        res.accuracy["date"].correct += int(g["date"] == p.date)
        res.accuracy["place"].total += 1
        res.accuracy["place"].correct += int(_place_matches(p.places, g["location"]))
        res.accuracy["status"].total += 1
        res.accuracy["status"].correct += int(g["status"] == p.status)
        if g["date"] != p.date:
            res.misses.append({"kind": "date", "gold": g["date"], "predicted": p.date, "meeting": g["meeting"], "sentence": p.sentence})

    # -- tuple scores: attendance and hosts are (actor, place); absent is (actor, place) too
    def tuples(kind: str) -> None:
        gold_t = [(a["name"], g["location"], g["meeting"]) for g in gold for a in _gold_entities(g[kind])]
        pred_t = [(a, p.places, s) for p in meetings for a, s in getattr(p, kind)]
        score = res.scores["attendance" if kind == "attendees" else kind]
        fits = [[i for i, (a, places, _) in enumerate(pred_t) if _actor_matches(a, name) and _place_matches(places, locations)]
                for name, locations, _ in gold_t]
        pairs = _max_matching(fits)
        matched_pred = set(pairs.values())
        for n, (name, locations, meeting) in enumerate(gold_t):
            if n in pairs:
                score.tp += 1
            else:
                score.fn += 1
                res.misses.append({"kind": kind, "actor": name, "place": locations[:1], "meeting": meeting})
        # duplicates of a matched tuple (same actor, same places) are not false positives
        seen = {(pred_t[i][0].label, frozenset(pred_t[i][1])) for i in matched_pred}
        for i, (a, places, sentence) in enumerate(pred_t):
            if i in matched_pred:
                continue
            key = (a.label, frozenset(places))
            if key in seen:
                continue
            seen.add(key)
            score.fp += 1
            res.false_positives.append({"kind": kind, "actor": a.label, "place": sorted(places)[:1], "sentence": sentence})

    tuples("attendees")
    tuples("hosts")
    tuples("absent")

    # -- actors: the set of entities taking part anywhere in the article
    gold_actors = {a["name"] for g in gold for a in _gold_entities(g["attendees"] + g["hosts"])}
    pred_actors = {a.key: a for p in meetings for a, _ in p.attendees + p.hosts}
    score = res.scores["actors"]
    matched = set()
    for name in sorted(gold_actors):
        hit = next((k for k, a in pred_actors.items() if k not in matched and _actor_matches(a, name)), None)
        if hit is None:
            score.fn += 1
        else:
            matched.add(hit)
            score.tp += 1
    score.fp += len(set(pred_actors) - matched)

    # -- statements: speaker and the first six words of the quote
    gold_s = [(s["speaker"], _quote_start(s["quote_start"]), g["meeting"]) for g in gold for s in g["statements"]]
    score = res.scores["statements"]
    used: set[int] = set()
    for speaker, start, meeting in gold_s:
        hit = next((i for i, (a, text, _) in enumerate(statements)
                    if i not in used and _actor_matches(a, speaker) and (_quote_start(text).startswith(start) or start.startswith(_quote_start(text)))), None)
        if hit is None:
            score.fn += 1
            res.misses.append({"kind": "statement", "actor": speaker, "quote": start, "meeting": meeting})
        else:
            used.add(hit)
            score.tp += 1
    for i, (a, text, sentence) in enumerate(statements):
        if i not in used:
            score.fp += 1
            res.false_positives.append({"kind": "statement", "actor": a.label, "quote": text[:60], "sentence": sentence})
    return res


@dataclass
class EvalReport:
    articles: list[ArticleResult]

    def totals(self, language: str | None = None) -> tuple[dict[str, Score], dict[str, Accuracy]]:
        scores = {k: Score() for k in SCORES}
        acc = {k: Accuracy() for k in ACCURACIES}
        for r in self.articles:
            if language and r.language != language:
                continue
            for k in SCORES:
                scores[k].add(r.scores[k])
            for k in ACCURACIES:
                acc[k].add(r.accuracy[k])
        return scores, acc

    def languages(self) -> list[str]:
        return sorted({r.language for r in self.articles})

    def as_dict(self) -> dict:
        def block(lang=None):
            s, a = self.totals(lang)
            return {"scores": {k: v.as_dict() for k, v in s.items()}, "accuracy": {k: v.as_dict() for k, v in a.items()}}

        return {
            "all": block(),
            "languages": {lang: block(lang) for lang in self.languages()},
            "articles": [
                {"article": r.article, "language": r.language, "meetings": {"gold": r.meetings_gold, "predicted": r.meetings_predicted, "matched": r.meetings_matched},
                 "scores": {k: v.as_dict() for k, v in r.scores.items()}, "accuracy": {k: v.as_dict() for k, v in r.accuracy.items()},
                 "misses": r.misses, "false_positives": r.false_positives}
                for r in self.articles
            ],
        }

    def text(self, details: bool = True) -> str:
        lines = []
        header = f"{'':10} {'attendance':>10} {'actors':>8} {'hosts':>8} {'absent':>8} {'statements':>10} | {'date':>6} {'place':>6} {'status':>6}"
        lines.append("F1 of each score; accuracy on meetings matched to a gold meeting")
        lines.append(header)
        for lang in [*self.languages(), None]:
            s, a = self.totals(lang)
            lines.append(f"{lang or 'all':10} {s['attendance'].f1:10.2f} {s['actors'].f1:8.2f} {s['hosts'].f1:8.2f} {s['absent'].f1:8.2f} "
                         f"{s['statements'].f1:10.2f} | {a['date'].value:6.2f} {a['place'].value:6.2f} {a['status'].value:6.2f}")
        s, _ = self.totals()
        lines.append("")
        lines.append("precision / recall: " + ", ".join(f"{k} {v.precision:.2f}/{v.recall:.2f}" for k, v in s.items()))
        lines.append("")
        lines.append(f"{'article':45} {'meet g/p/m':>11} {'attend':>7} {'hosts':>6} {'stmts':>6}")
        for r in self.articles:
            lines.append(f"{r.article[:45]:45} {f'{r.meetings_gold}/{r.meetings_predicted}/{r.meetings_matched}':>11} "
                         f"{r.scores['attendance'].f1:7.2f} {r.scores['hosts'].f1:6.2f} {r.scores['statements'].f1:6.2f}")
        if details:
            for r in self.articles:
                if not r.misses and not r.false_positives:
                    continue
                lines.append("")
                lines.append(f"## {r.article}")
                for m in r.misses:
                    lines.append("  miss " + json.dumps(m, ensure_ascii=False))
                for f in r.false_positives:
                    lines.append("  false positive " + json.dumps(f, ensure_ascii=False))
        return "\n".join(lines) + "\n"


def read_gold(path) -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = defaultdict(list)
    from pathlib import Path

    p = Path(path)
    for lineno, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            by_article[obj["article"]].append(obj)
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            from .errors import NewsgraphError

            raise NewsgraphError(f"{p}:{lineno}: not a gold record (expected JSON with 'article', 'meeting', 'attendees' …): {exc}") from exc
    return by_article


def evaluate(facts: list[dict], gold: dict[str, list[dict]]) -> EvalReport:
    """Score every article that has gold records (an article without any counts its predictions as false)."""
    results = []
    for f in sorted(facts, key=lambda f: f["article"]["id"]):
        results.append(evaluate_article(f, gold.get(f["article"]["id"], [])))
    return EvalReport(results)
