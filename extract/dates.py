"""Date expressions in news text and their resolution against the article's date.

Expressions are found with regular expressions built from the language's word lists (``[dates]`` in
``extract/lang/<lang>.toml``); each resolves to a value with its precision (``day``, ``month``, ``year``).
A weekday under a month-only article date stays at month precision: the day cannot be known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .rules import LanguageRules


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets in the text searched
    end: int
    kind: str  # daymonth | monthpart | month | weekday | relative | year
    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int | None = None
    precision: str | None = None
    direction: str | None = None  # "past" / "future" when the text says so (vergangenen Montag)
    narrative: bool = False  # counts from the story's last dated event ("am Vortag"), not the article date
    next_one: bool = False  # "kommenden Dienstag": not the article's own day (unlike "für Dienstag")
    first_day: int | None = None  # of a part of a month ("Mitte März", "mid-March": the 11th)
    year_offset: int | None = None  # years from the article's ("im Juli vergangenen Jahres", "in July last year": -1)
    days: int | None = None  # of a span ("vom 3. bis 5. März", "von Mittwoch bis Freitag": 3), from its first day on
    until: bool = False  # the end of a span or a deadline ("dauert bis Mittwoch", "until Friday"): no meeting's day
    planned_for: bool = False  # a month or date a plan is for ("für Ende Juni", "for late June"): planned, unless told otherwise
    week_offset: int | None = None  # of a weekday told with its week ("am Dienstag vergangener Woche": -1)
    week_day: int | None = None  # of a part of a week told relative ("Anfang nächster Woche": its Monday, 0)


@dataclass(frozen=True)
class RefDate:
    """The article's date: ``day`` is ``None`` for a month-only date."""

    year: int
    month: int
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> "RefDate | None":
        if not value:
            return None
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return None
        return cls(parts[0], parts[1], parts[2] if len(parts) > 2 else None)

    def as_date(self) -> date:
        return date(self.year, self.month, self.day or 1)


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: str  # day | month | year
    text: str


def _cap(word: str) -> str:
    return f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"


def _branch_optional_start(expr: str) -> str:
    """``(?:noch )?am …`` -> ``(?:noch am …|am …)``: the same matches (the longer branch is tried first, as the
    greedy ``?`` does), but every branch starts with a letter, which lets the regex engine skip to the
    candidate first letters instead of trying the pattern at every position of the text (3x here)."""
    m = re.match(r"\(\?:([^()]*)\)\?(.*)", expr)
    if not m or "|" in m.group(1):
        return expr
    rest = m.group(2)
    return f"(?:{m.group(1)}{rest}|{rest})"


def _anchors(expr: str) -> tuple[str, ...]:
    """Words one of which every match of the regex ``expr`` contains, to skip the scan of a text that has none:
    a letter run outside optional groups, lookarounds and classes ("(?:in der )?vergangene woche" -> ("vergangene",)),
    or the branches of a group that must match ("am (?:späten )?(?:abend|nachmittag)" -> ("abend", "nachmittag"),
    where the run "am" is too short to tell anything). Of these, the choice whose shortest word is longest (a
    long word is rarer: "tag" is in every "Dienstag"); () when there is none."""
    core = expr
    for _ in range(3):  # groups nest at most this deep in the rule files
        core = re.sub(r"\(\?<?[!=][^()]*\)", " ", core)  # lookarounds
        core = re.sub(r"\((?:\?:)?[^()]*\)[?*]", " ", core)  # optional groups
        core = re.sub(r"\((?:\?:)?[^()]*\)\{0,?\d*\}", " ", core)
    if "|" in re.sub(r"\([^()]*\)", "", core) or "(" in re.sub(r"\((?:\?:)?[^()]*\)", "", core):
        return ()  # an alternation at the top, or groups still nested: no word is sure
    # a letter made optional by its quantifier, a class, an escape: no part of a word that must be there
    core = re.sub(r"\\\w|\[[^\]]*\][?*]?|\w[?*]|\w\{0,?\d*\}|\.", " ", core)

    def runs(text: str) -> list[str]:
        return [r for r in re.findall(r"[^\W\d_]+", text) if len(r) >= 3]

    choices = [(r,) for r in runs(re.sub(r"\([^()]*\)", " ", core))]
    for group in re.findall(r"\((?:\?:)?([^()]*)\)", core):
        branches = [max(runs(b), key=len, default="") for b in group.split("|")]
        if all(branches):
            choices.append(tuple(branches))
    return max(choices, key=lambda c: min(map(len, c)), default=())


_MONTH_KINDS = frozenset({"daymonth", "monthpart", "month"})
# characters around the word a pattern needs: "Donnerstag, dem 3. " / "vom 3. bis 5. " before a month name and
# "3-5, 2024" after it; "abend" after a weekday; "im Jahr " before a year
_BEFORE_MONTH, _AFTER_MONTH, _AFTER_WEEKDAY, _BEFORE_YEAR = 80, 40, 20, 40
_SPACE = re.compile(r"\s")
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# the end of a sentence between two dates (not the dot of a day's number: "am 3. Mai")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?][»«“”\"']?\s+(?=[A-ZÄÖÜ„\"»«])")


class DateFinder:
    """Compiled date patterns for one language."""

    def __init__(self, rules: LanguageRules) -> None:
        d = rules.dates
        self.lang = rules.lang
        self.months = {m: i + 1 for i, m in enumerate(d["months"])}
        self.months.update(d.get("month_aliases", {}))  # other full names of a month (Jänner)
        self.month_abbreviations = frozenset(d.get("month_abbreviations", {}))
        self.months.update(d.get("month_abbreviations", {}))
        self.weekdays = {w: i for i, w in enumerate(d["weekdays"])}
        self.past_markers = set(d["past_markers"])
        self.future_markers = set(d["future_markers"])
        self.plan_markers = set(d.get("plan_markers", []))
        # a plan marker before a month, a part of one or a date ("für Ende Juni", "für den 15. Juli", "for late June"):
        # what a plan is for (not necessarily to come: "ein für April geplanter Besuch wurde abgesagt")
        plans = "|".join(re.escape(m) for m in sorted(self.plan_markers, key=len, reverse=True))
        articles = "|".join(re.escape(a) for a in d.get("plan_articles", []))
        article = rf"(?:(?:{articles})\s+)?" if articles else ""
        self.plan_before = re.compile(rf"(?i:\b(?:{plans})\s+{article})$") if plans else None
        self.month_thirds = {w: tuple(days) for w, days in d.get("month_thirds", {}).items()}
        # "Anfang nächster Woche", "early next week": the part of a week the month of a relative week is read from
        week_parts = d.get("week_parts", {})
        self.week_part_before = re.compile(
            rf"(?i:\b(?P<part>{'|'.join(re.escape(w) for w in sorted(week_parts, key=len, reverse=True))})\s+)$") if week_parts else None
        self.week_parts = {w.lower(): day for w, day in week_parts.items()}
        # (capitalised only: "the summit may never happen" names no May, "march on" no March)
        months = "|".join(re.escape(m[:1].upper() + m[1:]) for m in sorted(self.months, key=len, reverse=True))
        weekdays = "|".join(_cap(w) for w in self.weekdays)
        parts = "|".join(re.escape(p) for p in sorted(d["month_parts"], key=len, reverse=True))
        markers = "|".join(re.escape(m) for m in sorted(self.past_markers | self.future_markers, key=len, reverse=True))
        # ("im Juli des Jahres 2024", "in July of 2024": the year after words that join it to the month)
        year = r"(?:,?\s+(?:des\s+Jahres\s+|of\s+)?(?P<year>(?:19|20)\d{2}))?"
        dom = d["day_of_month"]
        self.patterns: list[tuple[str, re.Pattern]] = [
            ("daymonth", re.compile(rf"\b(?:(?P<weekday>{weekdays}),?\s+)?(?:the\s+)?{dom}(?:of\s+)?(?P<month>{months})\.?{year}")),
        ]
        # "14.03.2027", "14.3.": a date in digits, looked for only in texts with a digit, a dot and a digit
        self.numeric = re.compile(d["numeric_date"]) if d.get("numeric_date") else None
        self.weekday_range = re.compile(d["weekday_range"]) if d.get("weekday_range") else None
        self.weekday_pair = re.compile(d["weekday_pair"]) if d.get("weekday_pair") else None
        self.weekday_date_joiner = re.compile(d["weekday_date_joiner"]) if d.get("weekday_date_joiner") else None
        self.weekday_week_joiner = re.compile(d["weekday_week_joiner"]) if d.get("weekday_week_joiner") else None
        self.week_weekday_joiner = re.compile(d["week_weekday_joiner"]) if d.get("week_weekday_joiner") else None
        self.numeric_hint = re.compile(r"\d\.\d")
        if d.get("day_range"):
            # "vom 3. bis 5. März", "3-5 March": the first day (matched longer than "5. März" alone, so it wins)
            self.patterns.append(("daymonth", re.compile(rf"(?i:\b{d['day_range']})(?P<month>{months})\.?{year}")))
        if self.lang == "en":
            self.patterns.append(
                ("daymonth", re.compile(rf"\b(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|until)\s*(?P<last>\d{{1,2}})(?:st|nd|rd|th)?\b)?{year}"))
            )
        self.patterns += [
            # ("mid-March": the part joined by a hyphen too)
            ("monthpart", re.compile(rf"(?i:\b(?P<part>{parts}))(?:\s+|-)(?P<month>{months})\b{year}")),
            ("month", re.compile(rf"\b(?P<month>{months})\b{year}")),
            ("weekday", re.compile(rf"\b(?P<weekday>{weekdays})(?:abend|morgen|nachmittag|vormittag|mittag|night|morning|evening|afternoon)?\b")),
            # "seit 2022", "since 1997" start a span of time; they date no meeting
            ("year", re.compile(r"(?i:\b(?:im\s+jahr|in|im|of)\s+)(?P<year>(?:19|20)\d{2})\b")),
        ]
        # a marker before a weekday ("vergangenen Donnerstag", "next Tuesday"), looked for behind each weekday
        # found: an optional group tried at every position of the text made the weekday scan five times slower
        self.month_words = re.compile("|".join(re.escape(m.lower()) for m in sorted(self.months, key=len, reverse=True)))
        self.year_digits = re.compile(r"(?:19|20)\d\d")
        self.weekday_words = re.compile("|".join(re.escape(w.lower()) for w in self.weekdays))
        self.marker_before = re.compile(rf"(?i:\b(?P<marker>{markers})\s+)$")
        until = "|".join(re.escape(u) for u in sorted(d.get("until_words", []), key=len, reverse=True))
        self.until_before = re.compile(rf"(?i:\b(?:{until})\s+)$") if until else None
        # "in der Nacht zu Montag" begins on the Sunday: the weekday before the one named
        eves = "|".join(re.escape(e) for e in sorted(d.get("night_before", []), key=len, reverse=True))
        self.night_before = re.compile(rf"(?i:\b(?:{eves})\s+)$") if eves else None
        rel = sorted(d.get("relative", {}).items(), key=lambda r: len(r[0]), reverse=True)
        # matched on the lower-cased text with the leading word boundary checked by hand: a pattern that starts
        # with a literal lets the regex engine skip ahead, one that starts with \b or (?i) does not (2x here)
        self.relative = [(re.compile(rf"{_branch_optional_start(expr)}\b"), days, prec, _anchors(expr)) for expr, (days, prec) in rel]
        # which expressions each anchor word admits: a text is searched once for each distinct word (a word serves
        # several expressions), and only the expressions one of whose words it holds are scanned
        self._unanchored = [n for n, r in enumerate(self.relative) if not r[3]]
        self._by_anchor: dict[str, list[int]] = {}
        for n, r in enumerate(self.relative):
            for a in r[3]:
                self._by_anchor.setdefault(a, []).append(n)
        self.narrative = [re.compile(rf"\b{re.escape(n)}\b", re.IGNORECASE) for n in d.get("narrative", [])]
        # a year told relative to the article's right after a month ("im Juli vergangenen Jahres", "in July last year")
        offsets = d.get("year_after_month", {})
        self.year_after_month = re.compile(
            "|".join(rf"\s+(?P<y{n}>{re.escape(p)})\b" for n, p in enumerate(offsets)), re.IGNORECASE) if offsets else None
        self.year_offsets = list(offsets.values())

    def find(self, text: str) -> list[DateMention]:
        """All date expressions in ``text``, longest first where they overlap, in text order."""
        found: list[DateMention] = []
        lower = text.lower()
        # each pattern is tried only around the words it needs (a month name, a weekday, a year's digits; a
        # text without them needs no scan at all): a pattern that starts with \b or an optional weekday makes
        # the regex engine try every position of the text otherwise
        if len(lower) == len(text):
            near = {"month": self._windows(text, self.month_words, lower, _BEFORE_MONTH, _AFTER_MONTH),
                    "weekday": self._windows(text, self.weekday_words, lower, 0, _AFTER_WEEKDAY),
                    "year": self._windows(text, self.year_digits, text, _BEFORE_YEAR, 0)}
        else:  # a few letters change length when lower-cased (İ): offsets in ``lower`` are not those of ``text``
            near = {"month": self.month_words, "weekday": self.weekday_words, "year": self.year_digits}
            near = {k: [(0, len(text))] if p.search(lower) else [] for k, p in near.items()}
        for kind, pattern in self.patterns:
            for m in (m for a, b in near["month" if kind in _MONTH_KINDS else kind] for m in pattern.finditer(text, a, b)):
                if kind == "month" and m.group("year") is None and m.group("month").lower() in self.month_abbreviations:
                    continue  # a bare "Jan" is a name ("Jan Verlinden"); an abbreviation dates only with a day or year
                found.append(self._mention(kind, m, text))
        if self.numeric is not None and self.numeric_hint.search(text):
            for m in self.numeric.finditer(text):
                day, month = int(m.group("day")), int(m.group("month"))
                year = int(m.group("year")) if m.group("year") else None
                if 1 <= day <= 31 and 1 <= month <= 12 and (year is not None or m.group("lead")):
                    s = m.start("day")
                    found.append(DateMention(s, m.end(), "daymonth", text[s:m.end()], day=day, month=month, year=year))
        if len(lower) != len(text):  # a few letters change length when lower-cased (İ); keep offsets true
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        # most expressions are absent from most texts: a substring test for each anchor word tells which may occur
        admitted = set(self._unanchored)
        for word, numbers in self._by_anchor.items():
            if word in lower:
                admitted.update(numbers)
        for pattern, days, prec, _ in (self.relative[n] for n in sorted(admitted)):
            for m in pattern.finditer(lower):
                s = m.start()
                if s and (lower[s - 1].isalnum() or lower[s - 1] == "_"):
                    continue
                narrative = any(n.search(m.group(0)) for n in self.narrative)
                found.append(DateMention(s, m.end(), "relative", text[s:m.end()], offset=days, precision=prec, narrative=narrative))
        found.sort(key=lambda f: (f.start, -(f.end - f.start)))
        out: list[DateMention] = []
        for f in found:
            if out and f.start < out[-1].end:
                if f.kind == "daymonth" and out[-1].kind == "weekday" and f.end > out[-1].end:
                    # "am kommenden Dienstag, 8. September": the date the weekday's words begin is the day meant
                    out[-1] = replace(f, start=out[-1].start, text=text[out[-1].start:f.end])
                continue
            out.append(f)
        out = self._clocks_of_dates(out, text)
        out = self._parts_of_weeks(self._weekdays_of_weeks(self._bracketed_days(out, text), text), text)
        return self._ends_of_spans(self._weekday_ranges(self._years_after_months(self._carry_years(out, text), text), text), text)

    @staticmethod
    def _clocks_of_dates(found: list[DateMention], text: str) -> list[DateMention]:
        """A clock time right after a date ("am Mittwoch, den 12. November, um 11 Uhr", "on Monday at 10 a.m.") is
        the time of that day, no date of its own."""
        out: list[DateMention] = []
        for f in found:
            clock = f.kind == "relative" and f.offset == 0 and any(c.isdigit() for c in f.text)
            if clock and out and not text[out[-1].end:f.start].strip(", "):
                continue
            out.append(f)
        return out

    def _parts_of_weeks(self, found: list[DateMention], text: str) -> list[DateMention]:
        """A part of a week before a week told relative ("Anfang nächster Woche", "early next week") says which of its
        days the month is read from: the week's Monday, not the article's weekday a week on."""
        if self.week_part_before is None:
            return found
        out = []
        for f in found:
            m = self.week_part_before.search(text, max(0, f.start - 12), f.start) \
                if f.kind == "relative" and f.precision == "month" and f.offset in (-7, 7) else None
            out.append(replace(f, start=m.start(), text=text[m.start():f.end], week_day=self.week_parts[m.group("part").lower()])
                       if m is not None else f)
        return out

    def _weekdays_of_weeks(self, found: list[DateMention], text: str) -> list[DateMention]:
        """A weekday followed by the week it is of ("am Dienstag vergangener Woche", "on Thursday next week") is that
        week's day: one date, not the nearest day of that name and a week apart."""
        if self.weekday_week_joiner is None:
            return found
        out: list[DateMention] = []
        for f in found:
            last = out[-1] if out else None
            if last is not None and last.kind == "weekday" and last.week_offset is None and f.kind == "relative" \
                    and f.precision == "month" and f.offset in (-7, 7) and self.weekday_week_joiner.fullmatch(text, last.end, f.start):
                out[-1] = replace(last, end=f.end, text=text[last.start:f.end], week_offset=f.offset // 7)
                continue
            # (the week first: "in der kommenden Woche am Dienstag", "next week on Tuesday")
            if last is not None and f.kind == "weekday" and f.week_offset is None and last.kind == "relative" \
                    and last.precision == "month" and last.offset in (-7, 7) and self.week_weekday_joiner is not None \
                    and self.week_weekday_joiner.fullmatch(text, last.end, f.start):
                out[-1] = replace(f, start=last.start, text=text[last.start:f.end], week_offset=last.offset // 7)
                continue
            out.append(f)
        return out

    def _ends_of_spans(self, found: list[DateMention], text: str) -> list[DateMention]:
        """A date after "bis", "until" ("Das Treffen dauert bis Mittwoch", "runs until Friday") ends a span or sets a
        deadline: it is no day a meeting is on."""
        if self.until_before is None:
            return found
        return [replace(f, until=True) if self.until_before.search(text, max(0, f.start - 16), f.start) else f for f in found]

    def _weekday_ranges(self, found: list[DateMention], text: str) -> list[DateMention]:
        """"von Mittwoch bis Freitag", "from Wednesday to Friday": the first weekday begins a span that lasts to the
        second (which stays a date of its own: "bis Freitag" may also be a deadline)."""
        if self.weekday_range is None:
            return found
        paired: set[int] = set()
        for n in range(len(found) - 1):
            f, g = found[n], found[n + 1]
            if f.kind == "weekday" and g.kind == "weekday" and f.weekday is not None and g.weekday is not None:
                if self.weekday_range.fullmatch(text, f.end, g.start):
                    found[n] = replace(f, days=(g.weekday - f.weekday) % 7 + 1)
                elif self.weekday_pair is not None and g.weekday == (f.weekday + 1) % 7 and n not in paired \
                        and self.weekday_pair.fullmatch(text, f.end, g.start):
                    # "an diesem Donnerstag und Freitag": two days in a row, one span (not "Montag und Mittwoch")
                    found[n] = replace(f, end=g.end, text=text[f.start:g.end], days=2)
                    paired.add(n + 1)
        return [f for n, f in enumerate(found) if n not in paired]

    def _years_after_months(self, found: list[DateMention], text: str) -> list[DateMention]:
        """A month with no year, followed by a year relative to the article's ("im Juli vergangenen Jahres", "in July
        last year"), is of that year: the words join the date."""
        if self.year_after_month is None:
            return found
        for n, f in enumerate(found):
            if f.kind not in _MONTH_KINDS or f.year is not None or not f.month:
                continue
            m = self.year_after_month.match(text, f.end)
            if m is None:
                continue
            offset = next(self.year_offsets[int(k[1:])] for k, v in m.groupdict().items() if v is not None)
            found[n] = replace(f, end=m.end(), text=text[f.start:m.end()], year_offset=offset)
        # (an expression the words were read as on their own goes: "last year" is the month's)
        return [f for n, f in enumerate(found) if not (n and f.start < found[n - 1].end)]

    def _bracketed_days(self, found: list[DateMention], text: str) -> list[DateMention]:
        """A weekday with its date in brackets is that date: "am Mittwoch (10.03.)", "Donnerstag (11. März)",
        the form of press releases; so is one with its date in apposition ("am Montag, dem 29. Juni")."""
        out: list[DateMention] = []
        for f in found:
            last = out[-1] if out else None
            if last is not None and last.kind == "weekday" and f.kind == "daymonth" and f.weekday is None:
                if _BRACKET_OPEN.fullmatch(text, last.end, f.start) and (close := _BRACKET_CLOSE.match(text, f.end)):
                    out[-1] = replace(f, start=last.start, end=close.end(), text=text[last.start:close.end()], weekday=last.weekday)
                    continue
                if self.weekday_date_joiner is not None and self.weekday_date_joiner.fullmatch(text, last.end, f.start):
                    out[-1] = replace(f, start=last.start, text=text[last.start:f.end], weekday=last.weekday)
                    continue
            out.append(f)
        return out

    @staticmethod
    def _carry_years(found: list[DateMention], text: str) -> list[DateMention]:
        """A month without a year after a date with one in the same sentence is of that year: "Im März 2026 war
        sie in Warschau, im Mai verhandelte sie in Genf" (May 2026, not the May before the article date)."""
        year, year_end = None, 0
        for n, f in enumerate(found):
            if f.year is not None:
                year, year_end = f.year, f.end
            elif year is not None and f.kind in _MONTH_KINDS and f.month \
                    and not _SENTENCE_END.search(text, year_end, f.start):
                found[n] = replace(f, year=year)
            elif f.kind not in _MONTH_KINDS:
                year = None  # "am Dienstag", "gestern": the story is back in its own time
        return found

    def _windows(self, text: str, hits: re.Pattern, scanned: str, before: int, after: int) -> list[tuple[int, int]]:
        """Stretches of ``text`` around each match of ``hits`` in ``scanned`` (the text or its lower-cased
        copy of the same length), wide enough for any date expression containing it, merged where they
        overlap. A window ends at a space: a regex treats its end as the end of the text, and a word cut there
        would end in a false word boundary."""
        windows: list[tuple[int, int]] = []
        for m in hits.finditer(scanned):
            a, b = max(0, m.start() - before), m.end() + after
            space = _SPACE.search(text, b)
            b = space.start() if space else len(text)
            if windows and a <= windows[-1][1]:
                windows[-1] = (windows[-1][0], b)
            else:
                windows.append((a, b))
        return windows

    def _mention(self, kind: str, m: re.Match, text: str) -> DateMention:
        g = m.groupdict()
        start = m.start()
        if kind == "weekday":
            before = self.marker_before.search(text, max(0, start - 40), start)
            if before:
                g["marker"], start = before.group("marker"), before.start()
            night = self.night_before.search(text, max(0, start - 40), start) if self.night_before else None
            if night:
                start = night.start()
        planned_for = kind in _MONTH_KINDS and self.plan_before is not None \
            and self.plan_before.search(text, max(0, start - 16), start) is not None
        month = self.months.get(g["month"].lower()) if g.get("month") else None
        year = int(g["year"]) if g.get("year") else None
        day = int(g["day"]) if g.get("day") else None
        weekday = self.weekdays.get(g["weekday"].lower()) if g.get("weekday") else None
        if kind == "weekday" and start < m.start() and not g.get("marker"):
            weekday = (weekday - 1) % 7  # the night to Monday began on Sunday
        marker = (g.get("marker") or "").lower()
        direction = "past" if marker in self.past_markers else "future" if marker in self.future_markers else None
        part = (g.get("part") or "").lower().split()
        third = next((self.month_thirds[w] for w in part if w in self.month_thirds), None) if kind == "monthpart" else None
        last = int(g["last"]) if g.get("last") else None
        return DateMention(start, m.end(), kind, text[start:m.end()], day=day, month=month, year=year, weekday=weekday,
                           direction=direction, next_one=direction == "future" and marker not in self.plan_markers,
                           first_day=third[0] if third else None, planned_for=planned_for,
                           days=last - day + 1 if last is not None and day is not None and last > day else None)


@lru_cache(maxsize=None)
def date_finder(rules: LanguageRules) -> DateFinder:
    return DateFinder(rules)


# how far back a calendar date may lie and still be read as past when the verb is in the present tense
RECENT_MONTHS = 4


def lies_just_before(mention: DateMention, ref: RefDate | None) -> bool:
    """Does a calendar date ("3. Dezember", "im Januar", "19. Januar 2027") lie shortly before the article date?

    German tells chronologies and recaps in the present tense ("3. Dezember: X empfängt in Kairo Y"), which
    otherwise announces a schedule. A date without a year read forward would then land most of a year ahead;
    read as its nearest occurrence it lies a few weeks back. Only dates at most ``RECENT_MONTHS`` back count:
    "Im Juni reist X nach Peking" in a November article still reads as next June."""
    if ref is None or mention.kind not in ("daymonth", "monthpart", "month") or not mention.month:
        return False
    day = mention.day if mention.kind == "daymonth" else None
    if mention.year is not None:
        months_back = (ref.year - mention.year) * 12 + ref.month - mention.month
    else:
        months_back = (ref.month - mention.month) % 12
    if months_back == 0:
        return day is not None and ref.day is not None and day < ref.day
    return 0 < months_back <= RECENT_MONTHS


def lies_ahead(mention: DateMention, ref: RefDate | None) -> bool:
    """Does a calendar date ("im Juni", "am 3. Juli", "Juni 2027") lie after the article date, a date without a
    year taken in the article's year? ("Im Juni" in a May article is this June, to come; in a November article it
    is no sign of what is to come.)"""
    if ref is None or mention.kind not in ("daymonth", "monthpart", "month") or not mention.month or mention.direction:
        return False
    year = mention.year if mention.year is not None else ref.year
    day = mention.day if mention.kind == "daymonth" else mention.first_day  # ("Mitte Juni": from the 11th)
    if (year, mention.month) != (ref.year, ref.month):
        return (year, mention.month) > (ref.year, ref.month)
    return day is not None and ref.day is not None and day > ref.day


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def resolve(mention: DateMention, ref: RefDate | None, future: bool = False) -> ResolvedDate | None:
    """Resolve ``mention`` against the article date ``ref``; ``future`` for planned meetings."""
    if mention.direction:
        future = mention.direction == "future"
    k = mention.kind
    if k == "year" and mention.year:
        return ResolvedDate(f"{mention.year:04d}", "year", mention.text)
    if k in ("daymonth", "monthpart", "month") and mention.month:
        year = mention.year
        if year is None and mention.year_offset is not None and ref is not None:
            year = ref.year + mention.year_offset
        if year is None:
            if ref is None:
                return None
            year = ref.year
            if future and mention.month < ref.month:
                year += 1
            elif not future and (mention.month > ref.month or mention.month == ref.month and mention.first_day
                                 and ref.day is not None and mention.first_day > ref.day):
                year -= 1  # (a part of this month still to come, told as past: "had last met in mid-March", 6 March)
        if k == "daymonth" and mention.day and mention.year is None and mention.weekday is not None and ref is not None:
            # "Mittwoch, 2. Dezember" told in November: the weekday says the year (of the years around the article's,
            # the nearest one whose 2 December is a Wednesday), whatever the tense
            near = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _weekday_of(y, mention.month, mention.day) == mention.weekday]
            if near:
                year = min(near, key=lambda y: (abs(y - ref.year), y != year))
        if k == "daymonth" and mention.day:
            try:
                return ResolvedDate(date(year, mention.month, mention.day).isoformat(), "day", mention.text)
            except ValueError:
                return None
        return ResolvedDate(f"{year:04d}-{mention.month:02d}", "month", mention.text)
    if ref is None:
        return None
    if k == "weekday" and mention.weekday is not None:
        if ref.day is None:
            return ResolvedDate(f"{ref.year:04d}-{ref.month:02d}", "month", mention.text)
        r = ref.as_date()
        if mention.week_offset:
            # the day of that name in the week before or after the article's (weeks begin on Monday)
            d = r - timedelta(days=r.weekday()) + timedelta(days=7 * mention.week_offset + mention.weekday)
            return ResolvedDate(d.isoformat(), "day", mention.text)
        if future:
            delta = (mention.weekday - r.weekday()) % 7 or (7 if mention.next_one else 0)
            d = r + timedelta(days=delta)
        else:
            delta = (r.weekday() - mention.weekday) % 7 or (7 if mention.direction == "past" else 0)
            d = r - timedelta(days=delta)
        return ResolvedDate(d.isoformat(), "day", mention.text)
    if k == "relative" and mention.offset is not None:
        if mention.precision == "years":  # "next year", "im vergangenen Herbst": not even the month is known
            return None
        if mention.precision == "months":  # "next month", "im vergangenen Monat": whole months from the article's
            months = ref.year * 12 + ref.month - 1 + mention.offset
            return ResolvedDate(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", mention.text)
        if ref.day is None:
            return ResolvedDate(f"{ref.year:04d}-{ref.month:02d}", "month", mention.text)
        d = ref.as_date() + timedelta(days=mention.offset)
        if mention.week_day is not None:
            # "Anfang nächster Woche": the given day of the week before or after the article's (weeks begin on Monday)
            r = ref.as_date()
            d = r - timedelta(days=r.weekday()) + timedelta(days=mention.offset + mention.week_day)
        if mention.precision == "month":
            return ResolvedDate(f"{d.year:04d}-{d.month:02d}", "month", mention.text)
        return ResolvedDate(d.isoformat(), "day", mention.text)
    return None
