"""Fill `wikidata` in extract/kb/persons.jsonl from the looked-up claims in scripts/wikidata_claims.tsv.

Why a claims table: a wrong owl:sameAs is worse than none, so an ID is written only when at least two
independent files (found with the workplace's code index and named in the table) give the same ID for the
person, no file gives that person another ID, and no other person is given the same ID by as many files. Files
that map the ID to someone else are kept as `dissent` rows and named in the person's `wikidata_source`.
Independent means produced separately: two files of one repository count twice only when they come from
different processes (a Wikidata query of an office's holders and a scraped list whose names were reconciled to
Wikidata items, say); the table names repository and file, so the reader can weigh them.
An ID this script wrote earlier is withdrawn when the table no longer supports it (a file added later
disagrees); IDs recorded by hand, with their own `wikidata_source`, are checked against the table and never
changed. Re-running is idempotent; the script prints what it set, withdrew and refused, and why.
Run: python scripts/apply_wikidata_claims.py
"""
from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "scripts" / "wikidata_claims.tsv"
PERSONS = ROOT / "extract" / "kb" / "persons.jsonl"
LOOKED_UP = "2026-11-29"  # the day of the rows that name no day of their own (the table's first rows)
FILE_DATES: dict[str, str] = {}  # file -> the day it was looked up, from the table's `looked_up` column
WRITTEN_HERE = re.compile(r"Wikidata ID agreed by \d+ independent files: ")


def read_claims() -> tuple[dict[str, dict[str, list[str]]], dict[str, list[str]]]:
    """person -> ID -> files claiming it; ID -> dissenting files."""
    claims: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    dissent: dict[str, list[str]] = defaultdict(list)
    with CLAIMS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row.get("looked_up"):
                FILE_DATES[row["file"]] = row["looked_up"]
            if row["kind"] == "claim":
                if row["file"] not in claims[row["person"]][row["wikidata"]]:
                    claims[row["person"]][row["wikidata"]].append(row["file"])
            elif row["kind"] == "dissent":
                dissent[row["wikidata"]].append(row["file"])
            else:
                raise SystemExit(f"{CLAIMS}: unknown kind {row['kind']!r} for {row['person']}")
    return claims, dissent


def decide(claims: dict[str, dict[str, list[str]]], dissent: dict[str, list[str]]) -> tuple[dict[str, str], list[str]]:
    """The ID each person may carry, with the `wikidata_source` text; and the refusals."""
    accepted: dict[str, str] = {}
    refused: list[str] = []
    holders: dict[str, dict[str, int]] = defaultdict(dict)
    for person, ids in claims.items():
        for qid, files in ids.items():
            holders[qid][person] = len(files)
    for person, ids in sorted(claims.items()):
        if len(ids) > 1:
            refused.append(f"{person}: files disagree ({', '.join(sorted(ids))})")
            continue
        (qid, files), = ids.items()
        if len(files) < 2:
            refused.append(f"{person}: {qid} has one file only")
            continue
        rivals = {other: n for other, n in holders[qid].items() if other != person}
        if any(n >= len(files) for n in rivals.values()):
            refused.append(f"{person}: {qid} is also given to {', '.join(sorted(rivals))}")
            continue
        against = list(dissent.get(qid, [])) + [
            f"{n} file(s) giving it to {other}" for other, n in sorted(rivals.items())
        ]
        text = f"Wikidata ID agreed by {len(files)} independent files: " + "; ".join(files)
        if against:
            text += "; not followed: " + "; ".join(against)
        days = " and ".join(sorted({FILE_DATES.get(file, LOOKED_UP) for file in files}))
        accepted[person] = (qid, f"{text}; looked up {days}")
    return accepted, refused


def main() -> None:
    claims, dissent = read_claims()
    accepted, refused = decide(claims, dissent)
    rows = [json.loads(line) for line in PERSONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_name = {row["name"]: row for row in rows}
    for person in sorted(set(claims) - set(by_name)):
        refused.append(f"{person}: not in {PERSONS.name}")
    changed = 0
    for row in rows:
        if row.get("wikidata") and WRITTEN_HERE.match(row.get("wikidata_source") or ""):
            if accepted.get(row["name"], (None,))[0] != row["wikidata"]:
                print(f"withdrew {row['name']} {row['wikidata']}: the claims table no longer supports it")
                row["wikidata"] = None
                del row["wikidata_source"]
                changed += 1
    for person, (qid, text) in accepted.items():
        row = by_name.get(person)
        if row is None:
            continue
        if row.get("wikidata") and WRITTEN_HERE.match(row.get("wikidata_source") or ""):
            if row["wikidata_source"] != text:
                row["wikidata_source"] = text  # same ID, more files named
                changed += 1
            continue
        if row.get("wikidata"):
            if row["wikidata"] != qid:
                refused.append(f"{person}: recorded {row['wikidata']} differs from {qid}; left as recorded")
            continue
        row["wikidata"], row["wikidata_source"] = qid, text
        changed += 1
        print(f"set {person} {qid}")
    tmp = PERSONS.with_suffix(".jsonl.tmp")
    tmp.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    tmp.replace(PERSONS)
    for line in refused:
        print(f"refused {line}")
    print(f"{changed} IDs set or withdrawn; {sum(1 for row in rows if row.get('wikidata'))} of {len(rows)} persons carry one")


if __name__ == "__main__":
    main()
