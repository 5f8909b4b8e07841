"""Short German texts written for this project in styles the dev corpus lacks (every person in them is
invented), scored with newsgraph eval: own_de (a ministry press release, a live ticker, a regional paper),
own_de2 (a government spokesperson's release, a broadcaster's news item), own_de3 (an agency report, a
background piece), own_de4 (a preview, a correspondent's report), own_de5 (a Swiss report, a news roundup) and
own_de6 (a government schedule, a breaking-news item), own_de7 (a regional paper, a radio item in
reported speech), own_de8 (an agency report, a week preview), own_de9 (an EU Council report, a local paper),
own_de10 (an Austrian agency report, a chronology), own_de11 (a dpa report with reported speech, a
state chancellery's press release), own_de12 (a trip with several stops, a background piece), own_de13 (a
foreign minister's tour in a newspaper, a broadcaster's item on a phone call, a video call and a postponement), own_de14 (a state visit's
programme, an agency report from an EU foreign ministers' council), own_de15 (a broadcaster's plain-language item, a
defence ministry's release on a trip, a dpa report in reported speech), own_de16 (a chancellor's weekly schedule, a
regional broadcaster on a state premier's trip abroad), own_de17 (a morning newsletter, an interview in questions
and answers, a photo gallery's captions), own_de18 (an Austrian broadcaster's state-visit report, an agency's
summary of talks in Geneva), own_de19 (a dpa report on a coalition committee, a newspaper commentary), own_de20 (a broadcaster's
analysis, an EU Commission press release), own_de21 (a local paper, an agency's conference summary),
own_de22 (a Bundestag report after a summit, an Austrian regional broadcaster), own_de23 (government
consultations abroad, a climate dialogue), own_de24 (a phone call with an agreed, a possible and a refused meeting), own_de25 (a day at the UN
General Assembly), own_de26 (an informal EU ministers' meeting), own_de27 (a state visit's day in sequence), own_de28 (Swiss spelling, a ministry's
release with numeric dates, a Bund-Länder report with gender marks), own_de29 (a press conference transcript, an APA
report, a state chancellery's release), own_de30 (a radio news roundup, a web page with boilerplate, a programme in bullets), own_de31 (a business
delegation, leaders at a football match, a 'nachdem' retrospective), own_de32 (a president's schedule notice, a
Bundestag committee, a factory visit), own_de33 (a handover, Arabic names, Dutch and Belgian particles), own_de34
(a delegation trip, two capitals in a day, a conference's end), own_de35 (a video call and an accepted invitation, a
signing), own_de36 (a week's review, a commentary), own_de37 (a Swiss report, a press review, a government statement),
own_de38 (a portrait, an explainer, a premier abroad), own_de39 (an obituary, a special summit, a format's meeting), own_de40 (a state visit, a summit preview, a trip notice), own_de41 (ASEAN sidelines, a dates list, a state visit to a Land), own_de42 (a Länder ministers' conference, social-media posts, a round-up with city headers), own_de43 (an ambassador in a district, a ministry trip release, NATO's chiefs of defence), own_de44 (a reportage in the present, a government answer, a delegation trip), own_de45 (a Land press release with a footer, a denied meeting, an anniversary), own_de46 (a summit recap, a trilateral, days at Davos), own_de47 (a cabinet retreat, a contact group told by participants, a minister at the UN), own_de48 (a Bundestag release, a ministry interview, a trade fair opening), own_de49 (an EU Council release, an APA report, a citizens' dialogue), own_de50 (a broadcaster's web article, a press conference transcript, an embassy item), own_de51 (a trip release, a Eurogroup report, a live blog), own_de52 (a state visit programme, NATO ministers, a partner district), own_de53 (a summit with a bracketed list, a president at the European Parliament, a consul general's first visit), own_de54 (a video conference, a groundbreaking, a G7 preview), own_de55 (an unannounced visit, a Bundesrat session), own_de56 (a ministry release, a magazine retrospect);
in English own_en (a ministry press release, a live blog, a wire bulletin) and own_en2 (a government
readout, a feature that looks back) and own_en3 (a wire story, a week-ahead preview) and own_en4 (a UK politics report, an analysis)
and own_en5 (an EU summit preview, a mediation report) and own_en6 (a UN noon briefing, a live page) and own_en7 (an AP report on a phone call, a summit report) and own_en8 (a Reuters report, a BBC-style report) and own_en9 (a Reuters report on a leaders' meeting). The floors
guard against
regressions; the figures, and what each set scored when first read, are in the README."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.builder import extract_corpus
from graph.evaluation import evaluate, read_gold

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# own_en7 misses a prime minister seen only on her way into the hotel and a president who speaks by video
# link, and counts the United States named in reported speech; own_de18 misses the parties of a planned government meeting and of a lead whose
# ministers are named after it
# (own_de47: its gold leaves out the states of "ihre Amtskollegen aus Brasilien, Indien und Südafrika", which the
# dev convention counts as parties and the code follows)
ACTOR_FLOORS = {"own_en7": 0.75, "own_de18": 0.7, "own_de47": 0.65}


@pytest.mark.parametrize("folder, attendance, hosts", [("own_de", 0.8, 0.8), ("own_de2", 0.7, 0.8), ("own_de3", 0.8, 0.8), ("own_de4", 0.8, 0.8), ("own_de5", 0.8, 0.8), ("own_de6", 0.8, 0.8), ("own_de7", 0.85, 0.0), ("own_de8", 0.9, 0.9), ("own_de9", 0.8, 0.9), ("own_de10", 0.7, 0.9), ("own_de11", 0.9, 0.9), ("own_de12", 0.9, 0.9), ("own_de13", 0.9, 0.9), ("own_de14", 0.85, 0.9), ("own_de15", 0.75, 0.9), ("own_de16", 0.85, 0.9), ("own_de17", 0.7, 0.7), ("own_de18", 0.6, 0.6), ("own_de19", 0.85, 0.9), ("own_de20", 0.9, 0.9), ("own_de21", 0.9, 0.9), ("own_de22", 0.8, 0.9), ("own_de23", 0.85, 0.8), ("own_de24", 0.9, 0.0), ("own_de25", 0.9, 0.0), ("own_de26", 0.9, 0.9), ("own_de27", 0.7, 0.7), ("own_de28", 0.9, 0.9), ("own_de29", 0.9, 0.9), ("own_de30", 0.8, 0.9), ("own_de31", 0.75, 0.9), ("own_de32", 0.7, 0.3), ("own_de33", 0.85, 0.6), ("own_de34", 0.85, 0.9), ("own_de35", 0.9, 0.9), ("own_de36", 0.8, 0.9), ("own_de37", 0.9, 0.0), ("own_de38", 0.85, 0.9), ("own_de39", 0.65, 0.6), ("own_de40", 0.9, 0.9), ("own_de41", 0.65, 0.5), ("own_de42", 0.85, 0.9), ("own_de43", 0.85, 0.9), ("own_de44", 0.85, 0.6), ("own_de45", 0.9, 0.7), ("own_de46", 0.8, 0.9), ("own_de47", 0.5, 0.9), ("own_de48", 0.75, 0.9), ("own_de49", 0.9, 0.9), ("own_de50", 0.6, 0.6), ("own_de51", 0.85, 0.0), ("own_de52", 0.8, 0.9), ("own_de53", 0.9, 0.9), ("own_de54", 0.85, 0.9), ("own_de55", 0.85, 0.9), ("own_de56", 0.8, 0.9), ("own_en", 0.8, 0.8), ("own_en2", 0.8, 0.6), ("own_en3", 0.9, 0.9), ("own_en4", 0.6, 0.0), ("own_en5", 0.85, 0.9), ("own_en6", 0.65, 0.9), ("own_en7", 0.75, 0.9), ("own_en8", 0.65, 0.9), ("own_en9", 0.9, 0.9)])
def test_own_texts_score_above_the_floor(folder, attendance, hosts):
    own = FIXTURES / folder
    facts, errors = extract_corpus([own], progress=False)
    assert errors == []
    report = evaluate(facts, read_gold(own / "gold.jsonl"))
    scores, accuracy = report.totals("en" if "_en" in folder else "de")
    assert scores["attendance"].f1 >= attendance
    assert scores["hosts"].f1 >= hosts
    assert scores["actors"].f1 >= ACTOR_FLOORS.get(folder, 0.8)
