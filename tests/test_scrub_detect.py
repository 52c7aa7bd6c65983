"""Detection after Presidio: names recur across a record's fields, spans merge, stop words never spread."""

from __future__ import annotations

from fedtune.scrubbing.detect import Detection, _merge, _propagate_names, _title_cased_lines

from tests.scrub_support import shared_detector


def values(texts: list[str], found: list[list[Detection]]) -> list[list[str]]:
    return [[text[d.start : d.end] for d in spans] for text, spans in zip(texts, found)]


def test_a_name_found_once_is_scrubbed_everywhere_in_its_record_only() -> None:
    record = ["Name: BAKER, Robert  NHS No: 943 476 5919", "Mr Baker is improving; Baker's daughter visited."]
    found = shared_detector().detect([record])[0]
    assert values(record, found)[1].count("Baker") == 2
    texts = ["Robert Baker", "Baker called."]
    person = Detection(0, 12, "PERSON", 0.85, "SpacyRecognizer")
    assert values(texts, _propagate_names(texts, [([], [person]), ([], [])]))[1] == ["Baker"]
    assert _propagate_names(texts[1:], [([], [])]) == [[]]


def test_stop_words_and_protected_terms_are_not_propagated() -> None:
    texts = ["The Supplier shall deliver.", "The goods follow Bell's palsy guidance."]
    person = Detection(0, 12, "PERSON", 0.85, "SpacyRecognizer")
    bell = Detection(0, 4, "PERSON", 0.85, "SpacyRecognizer")
    keep = [(17, 29)]
    found = _propagate_names(texts, [([], [person]), (keep, [])])
    assert values(texts, found) == [["The Supplier"], []]
    found = _propagate_names(["Bell Parker", texts[1]], [([], [bell]), (keep, [])])
    assert found[1] == []


def test_same_type_spans_split_by_a_comma_merge_and_overlaps_take_the_best_type() -> None:
    text = "5722 Chandler Throughway Apt. 130, New Justin, MO 80311 today"
    city_at, end = text.index("New Justin"), text.index(" today")
    street = Detection(0, text.index(","), "ADDRESS", 0.85, "StreetAddressRecognizer")
    city = Detection(city_at, end, "ADDRESS", 0.85, "StreetAddressRecognizer")
    place = Detection(city_at, city_at + len("New Justin"), "LOCATION", 0.6, "SpacyRecognizer")
    merged = _merge(text, [city, place, street])
    assert [(d.start, d.end, d.entity) for d in merged] == [(0, end, "ADDRESS")]
    person = Detection(0, 4, "PERSON", 0.85, "SpacyRecognizer")
    assert _merge(text, [street, person])[0].entity == "ADDRESS"


def test_names_in_capitals_are_found_by_a_title_cased_second_pass() -> None:
    text = "LAURA BURNS, an individual,\n    Plaintiff,\nEXAMINATION BY MR. MCMAHON:\nPatient: OSBORNE, RAYMOND    NHS No: 943 476 5919"
    found = values([text], shared_detector().detect([[text]])[0])[0]
    assert {"LAURA BURNS", "MCMAHON", "OSBORNE, RAYMOND"} <= set(found)
    assert not any("NHS" in v for v in found)


def test_title_casing_keeps_offsets_and_only_touches_runs_of_capitals() -> None:
    lines = _title_cased_lines("Seen by Dr JONES.\nNHS No 943\nHOWARD, TROY (female)")
    assert [(line.offset, line.text) for line in lines] == [(0, "Seen by Dr Jones."), (29, "Howard, Troy (female)")]
    assert _title_cased_lines("BP 120/80, HR 72, CT normal") == []


def test_a_recurring_first_name_brings_its_surname() -> None:
    text = "I called Naoto from my cell, and I e-mailed Naoto Mori later."
    naoto = Detection(9, 14, "PERSON", 0.85, "SpacyRecognizer")
    assert values([text], _propagate_names([text], [([], [naoto])]))[0] == ["Naoto", "Naoto Mori"]
