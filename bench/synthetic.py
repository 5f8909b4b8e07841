"""Synthetic German and English news about meetings, of any size, for benchmarks.

    python bench/synthetic.py --lang de --articles 1000 --seed 1 > corpus.jsonl

Each article is a JSONL record (``id``, ``date``, ``language``, ``text``) that ``newsgraph build`` reads. The
texts are built from sentence templates in several phrasings (meeting nouns and verbs, active and passive,
travel, hosting, quotes, absence, filler) filled with the knowledge base's states, cities and venues and with
invented persons (given names from the packaged name list, surnames made of syllables), so that the
vocabulary keeps growing with the corpus as a news archive's does: a benchmark over a few texts repeated
would only measure spaCy's caches. Seeded: the same arguments give the same corpus.

The texts are for measuring speed and scale, not quality: they are not news and carry no gold.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SYLLABLES = ["ka", "lo", "min", "ter", "vas", "ro", "den", "bel", "schu", "mar", "tin", "ko", "wen", "dra", "lis",
             "tor", "sen", "gu", "ber", "ha", "nik", "stro", "pel", "zan", "mo", "rek", "ui", "fal", "dor", "es"]

ROLES = {
    "de": ["Außenminister", "Verteidigungsminister", "Regierungschef", "Präsident", "Ministerpräsident",
           "Finanzminister", "Wirtschaftsministerin", "Außenministerin", "Staatssekretär", "Botschafterin"],
    "en": ["Foreign Minister", "Defence Minister", "Prime Minister", "President", "Finance Minister",
           "Economy Minister", "Ambassador", "Defence Secretary", "Foreign Secretary", "Secretary of State"],
}
TOPICS = {
    "de": ["die Energieversorgung", "neue Waffenlieferungen", "den Wiederaufbau", "die Handelsbeziehungen",
           "die Sicherheit im Ostseeraum", "die Migration", "Sanktionen", "die Luftverteidigung", "den Klimaschutz"],
    "en": ["energy supplies", "new arms deliveries", "reconstruction", "trade relations", "Baltic security",
           "migration", "sanctions", "air defence", "climate policy"],
}
FILLER = {
    "de": ["Die Lage bleibt nach Angaben von Beobachtern angespannt.",
           "Ergebnisse wurden zunächst nicht bekannt.",
           "Die Opposition kritisierte das Vorgehen der Regierung scharf.",
           "Experten rechnen nicht mit einer schnellen Einigung.",
           "Am Rande gab es Proteste von einigen hundert Menschen.",
           "Die Gespräche sollen in den kommenden Wochen fortgesetzt werden."],
    "en": ["Observers said the situation remained tense.",
           "No results were announced at first.",
           "The opposition sharply criticised the government's approach.",
           "Experts do not expect a quick agreement.",
           "A few hundred people protested nearby.",
           "Talks are expected to continue in the coming weeks."],
}
QUOTES = {
    "de": ["Wir stehen an der Seite unserer Partner", "Das war ein offenes und ehrliches Gespräch",
           "Wir brauchen jetzt schnelle Entscheidungen", "Niemand sollte unsere Entschlossenheit unterschätzen"],
    "en": ["We stand with our partners", "This was an open and honest conversation",
           "We need quick decisions now", "Nobody should underestimate our resolve"],
}
WEEKDAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


class Generator:
    def __init__(self, lang: str, seed: int) -> None:
        from extract.knowledge import default_knowledge_base, given_names

        kb = default_knowledge_base()
        self.lang = lang
        self.rnd = random.Random(seed)
        self.given = sorted(n for n in given_names() if n.isalpha() and 3 <= len(n) <= 9)
        self.countries = sorted(e.names.get(lang, e.name) for e in kb.entities.values() if e.type == "country")
        self.cities = sorted(e.names.get(lang, e.name) for e in kb.entities.values() if e.type == "city")
        self.venues = sorted(e.names.get(lang, e.name) for e in kb.entities.values() if e.type == "venue")

    def person(self) -> str:
        surname = "".join(self.rnd.choice(SYLLABLES) for _ in range(self.rnd.randint(2, 3))).capitalize()
        return f"{self.rnd.choice(self.given)} {surname}"

    def sentences(self, day: date) -> list[str]:
        r, lang = self.rnd, self.lang
        a, b, c = self.person(), self.person(), self.person()
        ra, rb = r.choice(ROLES[lang]), r.choice(ROLES[lang])
        ca, cb = r.sample(self.countries, 2)
        city, topic, weekday = r.choice(self.cities), r.choice(TOPICS[lang]), WEEKDAYS[lang][day.weekday()]
        quote = r.choice(QUOTES[lang])
        sb = b.split()[-1]
        if lang == "de":
            options = [
                f"{ra} {a} aus {ca} ist am {weekday} in {city} mit {rb} {b} aus {cb} zusammengekommen.",
                f"In {city} haben sich am {weekday} {ra} {a} und {rb} {b} getroffen.",
                f"{a} empfing am {weekday} den {rb} {b} zu einem Gespräch in {city}.",
                f"{ra} {a} reiste am {weekday} nach {city}, wo {b} ihn zu Beratungen erwartete.",
                f"Bei einer Konferenz in {city} berieten am {weekday} Vertreter aus {ca} und {cb}.",
            ]
            more = [
                f"Es ging vor allem um {topic}.",
                f"„{quote}“, sagte {sb} nach dem Treffen.",
                f"{c}, der ebenfalls erwartet worden war, nahm nicht teil.",
                f"Gastgeber war {c}." if r.random() < 0.5 else f"Zuvor war {r.choice(self.venues)} Schauplatz eines ähnlichen Treffens.",
            ]
        else:
            options = [
                f"{ca}'s {ra.lower()}, {a}, met {rb} {b} of {cb} in {city} on {weekday}.",
                f"{ra} {a} and {rb} {b} held talks in {city} on {weekday}.",
                f"{a} welcomed {b} to {city} on {weekday} for a meeting on {topic}.",
                f"{ra} {a} flew to {city} on {weekday}, where {b} hosted a working lunch.",
                f"Officials from {ca} and {cb} gathered for a conference in {city} on {weekday}.",
            ]
            more = [
                f"The talks focused on {topic}.",
                f"\"{quote},\" {sb} said after the meeting.",
                f"{c}, who had been expected, did not attend.",
                f"The meeting was hosted by {c}." if r.random() < 0.5 else f"The {r.choice(self.venues)} hosted a similar meeting earlier.",
            ]
        out = [r.choice(options)] + r.sample(more, r.randint(2, 4))
        out += r.sample(FILLER[lang], r.randint(1, 3))
        r.shuffle(out[1:])
        return out

    def article(self, n: int) -> dict:
        day = date(2024, 1, 1) + timedelta(days=self.rnd.randrange(700))
        paragraphs = [" ".join(self.sentences(day - timedelta(days=k % 3))) for k in range(self.rnd.randint(3, 6))]
        return {"id": f"synthetic-{self.lang}-{n:06d}", "date": day.isoformat(), "language": self.lang,
                "text": "\n\n".join(paragraphs)}


def generate(lang: str, articles: int, seed: int = 1) -> list[dict]:
    """``articles`` synthetic articles in ``lang``; the same arguments give the same texts."""
    g = Generator(lang, seed)
    return [g.article(n) for n in range(articles)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="de", choices=["de", "en"])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    for rec in generate(args.lang, args.articles, args.seed):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
