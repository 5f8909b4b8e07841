"""Date expressions resolved against the article date, with their precision."""
from __future__ import annotations

import pytest

from extract.dates import RefDate, date_finder, lies_ahead, lies_just_before, resolve
from extract.rules import default_rules


def _resolve(lang: str, text: str, ref: str, future: bool = False):
    [m] = date_finder(default_rules(lang)).find(text)
    r = resolve(m, RefDate.parse(ref), future=future)
    return (r.value, r.precision) if r else None


@pytest.mark.parametrize(
    "text, ref, future, expected",
    [
        ("am Donnerstag", "2025-04-13", False, ("2025-04-10", "day")),  # Sunday article, past Thursday
        ("am Montag", "2025-04-13", True, ("2025-04-14", "day")),  # planned: the next Monday
        ("am Donnerstag", "2025-04", False, ("2025-04", "month")),  # month-only article date stays month
        ("Ende März", "2025-04", False, ("2025-03", "month")),
        ("im Dezember", "2025-01-10", False, ("2024-12", "month")),  # past December is last year's
        ("am 3. April", "2025-04-13", False, ("2025-04-03", "day")),
        ("am 3. April 2024", "2025-04-13", False, ("2024-04-03", "day")),
        # a weekday with the day says the year, whatever the tense: 2 December 2026 is a Wednesday, 2025's a Tuesday
        ("Mittwoch, 2. Dezember", "2026-11-27", False, ("2026-12-02", "day")),
        ("am Dienstag, 2. Dezember", "2026-11-27", True, ("2025-12-02", "day")),
        ("am Vortag", "2025-04-13", False, ("2025-04-12", "day")),
        ("zu Wochenbeginn", "2025-04-16", False, ("2025-04", "month")),
        ("vergangene Woche", "2025-04-13", False, ("2025-04", "month")),
        ("heute", "2025-04-13", False, ("2025-04-13", "day")),
        ("im Laufe des Tages", "2025-04-13", True, ("2025-04-13", "day")),
        # a year relative to the article's after the month: that year, whatever the tense
        ("im Juli vergangenen Jahres", "2025-12-01", False, ("2024-07", "month")),
        ("am 3. Juli vergangenen Jahres", "2025-12-01", False, ("2024-07-03", "day")),
        ("im März nächsten Jahres", "2025-12-01", True, ("2026-03", "month")),
        # the year after words that join it to the month
        ("im Juli des Jahres 2022", "2025-12-01", False, ("2022-07", "month")),
        ("am 3. Juli des Jahres 2022", "2025-12-01", False, ("2022-07-03", "day")),
        ("im Tagesverlauf", "2025-04-13", False, ("2025-04-13", "day")),
        ("am vergangenen Sonntag", "2025-04-13", False, ("2025-04-06", "day")),
        # a weekday with the week it is of: that week's day (2026-07-08 is a Wednesday)
        ("am Dienstag vergangener Woche", "2026-07-08", False, ("2026-06-30", "day")),
        ("am Dienstag der vergangenen Woche", "2026-07-08", False, ("2026-06-30", "day")),
        ("am Donnerstag nächster Woche", "2026-07-08", True, ("2026-07-16", "day")),
        ("am Dienstag vergangener Woche", "2026-07", False, ("2026-07", "month")),
        # a weekday with its date in apposition: the date
        ("am Montag, dem 29. Juni", "2026-07-08", False, ("2026-06-29", "day")),
        ("am kommenden Dienstag, 14. Juli", "2026-07-08", True, ("2026-07-14", "day")),
        ("vorige Woche", "2026-07-08", False, ("2026-07", "month")),
        # a part of the article's month still to come, told as past, is last year's; planned, this year's
        ("Mitte März", "2025-03-06", False, ("2024-03", "month")),
        ("Mitte März", "2025-03-06", True, ("2025-03", "month")),
        ("Anfang März", "2025-03-06", False, ("2025-03", "month")),
        # on a Tuesday: "für Dienstag" planned is that day, "am kommenden Dienstag" the next one
        ("für Dienstag", "2027-06-15", True, ("2027-06-15", "day")),
        ("am kommenden Dienstag", "2027-06-15", True, ("2027-06-22", "day")),
        ("am 14.03.2025", "2025-04-13", False, ("2025-03-14", "day")),  # digits, as press releases write them
        ("am 3.4.", "2025-04-13", False, ("2025-04-03", "day")),
        ("Ende vergangener Woche", "2025-04-13", False, ("2025-04", "month")),
        ("Anfang der Woche", "2025-04-16", False, ("2025-04", "month")),  # a part of the article's week
        ("zum Wochenauftakt", "2025-04-16", False, ("2025-04", "month")),
        ("zum Wochenstart", "2025-04-16", True, ("2025-04", "month")),
        ("am Wochenbeginn", "2025-04-16", False, ("2025-04", "month")),
        ("in der Nacht zu Montag", "2025-04-14", False, ("2025-04-13", "day")),  # the night began on Sunday
        ("in der Nacht zum Freitag", "2025-04-16", False, ("2025-04-10", "day")),
        ("dauerten bis in die Nacht zu Freitag", "2025-04-18", False, ("2025-04-17", "day")),  # went on from Thursday
        ("übernächste Woche", "2025-04-16", True, ("2025-04", "month")),  # a fortnight on
        ("übernächste Woche", "2025-04-24", True, ("2025-05", "month")),
        ("Ende des Monats", "2025-04-16", True, ("2025-04", "month")),  # a part of the article's month
        ("Anfang kommenden Monats", "2025-04-16", True, ("2025-05", "month")),
        ("am kommenden Wochenende", "2025-04-16", True, ("2025-04", "month")),
        ("an diesem Wochenende", "2025-04-30", True, ("2025-04", "month")),  # as "am Wochenende", "this weekend"
        # a weekday with its date in brackets, as press releases write it: the date, whichever way it lies
        ("am Mittwoch (10.03.)", "2027-03-08", False, ("2027-03-10", "day")),
        ("am Donnerstag (11. März)", "2027-03-08", False, ("2027-03-11", "day")),
        ("am 12./13. Juni", "2027-03-19", True, ("2027-06-12", "day")),  # a span of two days: its first
        ("vor zehn Tagen", "2026-05-13", False, ("2026-05-03", "day")),
        ("in zehn Tagen", "2026-05-13", True, ("2026-05-23", "day")),  # as "vor zehn Tagen", ahead
        ("in der kommenden Woche am Dienstag", "2025-11-12", True, ("2025-11-18", "day")),  # the week told first
        ("vergangene Woche am Freitag", "2025-11-12", False, ("2025-11-07", "day")),
        ("in der ersten Dezemberwoche", "2025-11-12", True, ("2025-12", "month")),  # a week of a month: its month
        ("zum Monatsende", "2026-05-13", True, ("2026-05", "month")),  # as "Ende des Monats"
        ("vor einer Woche", "2026-05-03", False, ("2026-04", "month")),  # a week: the month of that day
    ],
)
def test_dates_german(text, ref, future, expected):
    assert _resolve("de", text, ref, future) == expected


@pytest.mark.parametrize(
    "text, ref, future, expected",
    [
        ("on Aug. 12", "2027-11-15", False, ("2027-08-12", "day")),  # AP and Reuters abbreviate the month
        ("scheduled for Sept. 3", "2027-11-15", False, ("2027-09-03", "day")),
        ("on Apr. 14, 2027", "2027-11-15", False, ("2027-04-14", "day")),
        ("on Tuesday", "2025-04-13", False, ("2025-04-08", "day")),
        ("on Wednesday, December 2", "2026-11-27", False, ("2026-12-02", "day")),  # the weekday says the year
        ("10 April", "2025-04-13", False, ("2025-04-10", "day")),
        ("April 10, 2024", "2025-04-13", False, ("2024-04-10", "day")),
        ("in July of 2022", "2025-04-13", False, ("2022-07", "month")),
        ("the day before", "2025-04-13", False, ("2025-04-12", "day")),
        ("tomorrow", "2025-04-13", True, ("2025-04-14", "day")),
        ("last week", "2025-04-13", False, ("2025-04", "month")),
        ("on Tuesday last week", "2026-07-08", False, ("2026-06-30", "day")),
        ("on Thursday next week", "2026-07-08", True, ("2026-07-16", "day")),
        ("late March", "2025-04-13", False, ("2025-03", "month")),
        ("at the start of the week", "2025-04-16", False, ("2025-04", "month")),
        ("midweek", "2025-04-16", False, ("2025-04", "month")),
        ("at the end of the month", "2025-04-16", True, ("2025-04", "month")),  # as "Ende des Monats"
        ("in ten days", "2026-05-13", True, ("2026-05-23", "day")),
        ("next week on Tuesday", "2025-11-12", True, ("2025-11-18", "day")),
        ("at the beginning of next month", "2025-04-16", True, ("2025-05", "month")),
        ("overnight into Monday", "2025-04-14", False, ("2025-04-13", "day")),
        ("in July last year", "2025-12-01", False, ("2024-07", "month")),
        ("last July", "2025-12-01", False, ("2025-07", "month")),
        ("at the weekend", "2025-04-16", False, ("2025-04", "month")),  # as "am Wochenende": the article's week
        ("over the weekend", "2025-05-02", False, ("2025-05", "month")),
        ("next weekend", "2025-04-30", True, ("2025-05", "month")),
        ("ten days ago", "2026-05-13", False, ("2026-05-03", "day")),
        ("a week ago", "2026-05-03", False, ("2026-04", "month")),
        ("the day after tomorrow", "2026-11-26", True, ("2026-11-28", "day")),  # not "tomorrow" in it
        ("the day before yesterday", "2026-11-26", False, ("2026-11-24", "day")),
        ("this past weekend", "2026-11-26", False, ("2026-11", "month")),
    ],
)
def test_dates_english(text, ref, future, expected):
    assert _resolve("en", text, ref, future) == expected


def test_dates_a_part_of_a_month_joined_by_a_hyphen():
    # "mid-March" is that part of the month, as "late March" is (not March as a whole)
    [m] = date_finder(default_rules("en")).find("The two had last met in mid-March in Vienna.")
    assert (m.kind, m.text) == ("monthpart", "mid-March")


def test_dates_morning_is_not_tomorrow():
    """"am Morgen" is the morning of the day told (as "am Abend" is its evening); "morgen" alone is tomorrow."""
    (found,) = date_finder(default_rules("de")).find("Am Morgen tagte das Kabinett.")
    assert (found.offset, found.precision, found.narrative) == (0, "day", True)
    (found,) = date_finder(default_rules("de")).find("Morgen tagt das Kabinett.")
    assert (found.offset, found.narrative) == (1, False)


def test_dates_without_article_date_only_absolute_ones_resolve():
    finder = date_finder(default_rules("de"))
    [m] = finder.find("am 3. April 2024")
    assert resolve(m, None).value == "2024-04-03"
    [w] = finder.find("am Donnerstag")
    assert resolve(w, None) is None


def test_dates_a_month_abbreviation_needs_a_day_or_year():
    finder = date_finder(default_rules("en"))
    assert finder.find("Belgium's prime minister Jan Verlinden hosted the talks.") == []
    assert [m.text for m in finder.find("They met on 5 Jan and again in Jan 2025.")] == ["5 Jan", "Jan 2025"]
    # a full month name of its own (Austrian "Jänner") needs neither
    assert [m.text for m in date_finder(default_rules("de")).find("Im Jänner trafen sie sich.")] == ["Jänner"]


def test_dates_next_month_counts_calendar_months():
    from extract.dates import RefDate

    en = date_finder(default_rules("en"))
    [m] = en.find("They will meet next month.")
    assert resolve(m, RefDate.parse("2026-12-20")).value == "2027-01"
    [m] = date_finder(default_rules("de")).find("Sie trafen sich im vergangenen Monat.")
    assert resolve(m, RefDate.parse("2026-03-31")).value == "2026-02"


@pytest.mark.parametrize("lang, text", [("de", "Vom 3. bis 5. März tagen die Minister."), ("de", "Am 3.-5. März tagen sie."),
                                        ("en", "Ministers meet on 3-5 March."), ("en", "From March 3 to 5, ministers meet.")])
def test_dates_a_span_of_days_is_dated_by_its_first(lang, text):
    found = date_finder(default_rules(lang)).find(text)
    assert [(d.day, d.month) for d in found if d.kind == "daymonth"] == [(3, 3)]


@pytest.mark.parametrize("lang, text, days", [
    ("de", "vom 3. bis 5. März", 3),
    ("de", "am 14. und 15. Juni", 2),
    ("en", "3-5 March", 3),
    ("en", "March 3-5", 3),
    ("de", "von Mittwoch bis Freitag", 3),
    ("de", "von Freitag bis Sonntag", 3),
    ("en", "from Wednesday to Friday", 3),
    ("de", "am 3. März", None),
    ("de", "am Mittwoch und am Freitag", None),  # two days, no span
    ("de", "an diesem Donnerstag und Freitag", 2),  # two days in a row: one span
    ("en", "on Thursday and Friday", 2),
    ("de", "am Montag und Mittwoch", None),  # not in a row: two days
])
def test_dates_a_span_of_days_lasts_to_its_last(lang, text, days):
    first = date_finder(default_rules(lang)).find(text)[0]
    assert first.days == days


@pytest.mark.parametrize("lang, text, until", [
    ("de", "Das Treffen dauert bis Mittwoch.", [True]),
    ("de", "Die Frist läuft bis zum 14. März.", [True]),
    ("de", "Die Minister tagen von Mittwoch bis Freitag.", [False, True]),  # the span begins on Wednesday
    ("de", "Die Minister tagen am Mittwoch.", [False]),
    ("en", "The conference runs until Friday.", [True]),
    ("en", "A deal is due by 3 March.", [True]),
    ("en", "The ministers meet on Friday.", [False]),
])
def test_dates_after_until_end_a_span_or_set_a_deadline(lang, text, until):
    assert [d.until for d in date_finder(default_rules(lang)).find(text)] == until


def test_dates_far_into_a_long_text_are_found_whole():
    """Patterns are tried only near the words they need: a date deep in a text, with its weekday, day, year and
    odd spacing, is found as a whole, and a month name inside a longer word dates nothing."""
    filler = "Die Minister berieten lange über Munition und Geld. " * 40
    text = filler + "Am Donnerstag,\n  3.   März 2024 trafen sie sich; die Märzenbecher blühten am Sonntagabend."
    found = date_finder(default_rules("de")).find(text)
    assert [(d.text, d.kind) for d in found] == [("Donnerstag,\n  3.   März 2024", "daymonth"), ("Sonntagabend", "weekday")]
    assert (found[0].day, found[0].month, found[0].year) == (3, 3, 2024)


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        ("3. Dezember", "2027-03-02", True),  # three months back: a chronology's entry
        ("19. Januar", "2027-03-02", True),
        ("am 1. März", "2027-03-02", True),  # earlier in the article's month
        ("19. Januar 2027", "2027-03-02", True),
        ("im Juni", "2026-11-20", False),  # five months back, seven ahead: still a plan
        ("am 20. März", "2027-03-02", False),  # later this month
        ("am Donnerstag", "2027-03-02", False),  # a weekday is no calendar date
    ],
)
def test_dates_a_calendar_date_shortly_before_the_article_lies_just_before(text, ref, expected):
    [m] = date_finder(default_rules("de")).find(text)
    assert lies_just_before(m, RefDate.parse(ref)) is expected


@pytest.mark.parametrize("text, ref, expected", [
    ("im Juni", "2027-05-15", True),  # this June, to come
    ("im Februar", "2027-05-15", False),  # not ahead in the article's year
    ("am 20. Mai", "2027-05-15", True),
    ("am 10. Mai", "2027-05-15", False),
    ("im Mai", "2027-05-15", False),  # the article's own month: no day to compare
    ("im Februar 2028", "2027-05-15", True),
    ("im Juni 2026", "2027-05-15", False),
    ("Mitte Mai", "2027-05-05", True),  # the part of the month begins after the article's day
    ("Anfang Mai", "2027-05-15", False),
])
def test_dates_a_calendar_date_after_the_article_lies_ahead(text, ref, expected):
    [m] = date_finder(default_rules("de")).find(text)
    assert lies_ahead(m, RefDate.parse(ref)) is expected


@pytest.mark.parametrize("text", ["14.30 Uhr", "Version 3.12.1", "die Punkte 1.2. und 2.3.", "am 31.13."])
def test_dates_digits_that_are_no_date(text):
    assert date_finder(default_rules("de")).find(text) == []


@pytest.mark.parametrize("lang, text", [("de", "um 14.30 Uhr"), ("de", "Um 10 Uhr"), ("en", "at 10 a.m."), ("en", "at 2.30 pm")])
def test_dates_a_clock_time_is_the_day_the_story_tells_of(lang, text):
    [m] = date_finder(default_rules(lang)).find(text)
    assert m.kind == "relative" and m.offset == 0 and m.precision == "day" and m.narrative
    # (right after a date it is that date's time)
    [m] = date_finder(default_rules(lang)).find(("am Mittwoch, " if lang == "de" else "on Wednesday ") + text)
    assert m.kind == "weekday"


@pytest.mark.parametrize("lang, text, ref, expected", [
    ("de", "in zwei Wochen", "2027-03-25", ("2027-04", "month")),
    ("de", "vor drei Wochen", "2027-03-10", ("2027-02", "month")),
    ("en", "in two weeks", "2027-03-25", ("2027-04", "month")),
    ("en", "two weeks ago", "2027-03-10", ("2027-02", "month")),
])
def test_dates_weeks_ahead_or_ago_give_the_month_of_that_day(lang, text, ref, expected):
    assert _resolve(lang, text, ref) == expected


def test_dates_a_month_after_a_year_in_its_sentence_is_of_that_year():
    finder = date_finder(default_rules("de"))
    ref = RefDate.parse("2027-08-02")
    text = "Im März 2026 war sie in Rom, im Mai verhandelte sie in Genf. Im Juni reiste sie nach Oslo."
    got = [resolve(m, ref).value for m in finder.find(text)]
    assert got == ["2026-03", "2026-05", "2027-06"]  # the next sentence is back in the article's time
    text = "Am 4. April 2025 traf er X, am Dienstag Y, im Mai Z."
    got = [resolve(m, ref).value for m in finder.find(text)]
    assert got[-1] == "2027-05"  # a weekday in between brought the story back


@pytest.mark.parametrize("lang, text", [("de", "eine Begegnung, die sie bis heute prägt"), ("en", "a friendship that lasts until today")])
def test_dates_until_today_dates_nothing(lang, text):
    assert date_finder(default_rules(lang)).find(text) == []


def test_dates_a_modal_may_is_no_month(extract_text):
    f = extract_text("Why the summit may never happen\n\nPresident Ivo Maric met Chancellor Bernd Vollmer in Rome.",
                     lang="en", date="2025-11-10")
    assert all(m["date"] is None for m in f["meetings"])


def test_dates_a_month_after_a_plan_marker_is_what_a_plan_is_for():
    found = date_finder(default_rules("de")).find("Costa lud die Chefs für Ende Juni nach Brüssel ein, nicht im Mai.")
    assert [(d.text, d.planned_for) for d in found] == [("Ende Juni", True), ("Mai", False)]


@pytest.mark.parametrize("lang, text", [("de", "im kommenden Jahr"), ("de", "Anfang nächsten Jahres"),
                                        ("de", "im vergangenen Herbst"), ("en", "early next year"),
                                        ("en", "last summer"), ("de", "im Frühjahr"), ("de", "zum Herbst"),
                                        ("en", "in the spring"), ("en", "this autumn")])
def test_dates_a_year_or_season_away_is_a_date_with_no_month(lang, text):
    [m] = date_finder(default_rules(lang)).find(text)
    assert resolve(m, RefDate.parse("2025-06-16")) is None


def test_dates_a_meeting_next_year_takes_no_day_of_the_story(extract_text):
    f = extract_text("Minister Tom Oakes arrived in Beijing on Friday. He is due to travel on to Shanghai on Saturday. "
                     "Minister Ina Berg is expected to visit China early next year.", lang="en", date="2025-06-16")
    berg = next(m for m in f["meetings"] if "Ina Berg" in {a["name"] for a in f["actors"] if any(
        x["actor"] == a["key"] for x in m["attendees"])})
    assert berg["date"] is None and berg["status"] == "planned"
    assert [p["name"] for p in f["places"] if p["key"] in berg["places"]] == ["China"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_dates_every_relative_expression_needs_one_of_its_words(lang):
    """The words a relative expression is looked for by (a text without any of them is not scanned) occur in
    each of its matches: tried on the branches of the groups the expression must match, written out."""
    import itertools
    import re

    from extract.dates import _anchors

    for expr in default_rules(lang).dates["relative"]:
        words = _anchors(expr)
        # every way through the groups with plain alternatives, optional groups taken and left out
        parts = re.split(r"(\((?:\?:)?[^()]*\)\??)", re.sub(r"\(\?<?[!=][^()]*\)", "", expr))
        options = []
        for part in parts:
            group = re.fullmatch(r"\((?:\?:)?([^()]*)\)(\??)", part)
            if group:
                options.append(group.group(1).split("|") + ([""] if group.group(2) else []))
            else:
                options.append([part])
        for way in itertools.islice(itertools.product(*options), 500):
            text = "".join(way)
            if re.search(r"[\\\[\]()^|]", text):
                continue  # still a pattern, not a text
            assert not words or any(w in text for w in words), (expr, text, words)


def test_dates_anchors_of_an_expression():
    from extract.dates import _anchors

    assert _anchors("(?:noch )?am (?:späten )?(?:abend|nachmittag)") == ("abend", "nachmittag")
    assert _anchors("(?<!bis )heute") == ("heute",)
    assert _anchors("im lauf(?:e)? des tages?") == ("lauf",)  # ("tages" may be "tage")
    assert _anchors("(?:gestern|vorgestern)") == ("gestern", "vorgestern")
    assert _anchors("gestern|heute") == ()  # an alternation at the top: no word is sure


def test_dates_a_plan_for_a_season_takes_no_day_of_the_story(extract_text):
    f = extract_text("Premier Ivo Maric und Minister Lars Grube wollen am Donnerstag in Oslo beraten. Im Frühjahr soll "
                     "dann eine Klausur in Bergen stattfinden.", date="2026-12-02")
    bergen = next(m for m in f["meetings"] if "Bergen" in {p["name"] for p in f["places"] if p["key"] in m["places"]})
    assert bergen["date"] is None


@pytest.mark.parametrize("text, lang, ref, expected", [
    # the Monday after a Friday 27 March is the 30th: March, though the same weekday a week on is in April
    ("Anfang nächster Woche", "de", "2026-03-27", ("2026-03", "month")),
    ("early next week", "en", "2026-03-27", ("2026-03", "month")),
    ("Ende nächster Woche", "de", "2026-03-27", ("2026-04", "month")),
    ("Ende vergangener Woche", "de", "2026-04-01", ("2026-03", "month")),
])
def test_dates_a_part_of_a_week_told_relative_dates_by_that_day_of_the_week(text, lang, ref, expected):
    assert _resolve(lang, text, ref, future=True) == expected
