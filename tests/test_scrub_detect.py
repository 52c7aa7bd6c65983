"""Detection after Presidio: names recur across a record's fields, spans merge, stop words never spread."""

from __future__ import annotations

from fedtune.scrubbing.detect import Detection, _extend_names, _merge, _propagate_names, _title_cased_lines

from tests.scrub_support import detected, shared_detector


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


def test_an_identifier_found_once_is_scrubbed_where_it_recurs_in_the_record() -> None:
    record = ["Accession #: VU20665953\nPatient: Ann Lee", "Collected\n||| VU20665953 |||"]
    found = shared_detector().detect([record])[0]
    assert values(record, found)[1] == ["VU20665953"]
    # Only the whole token: a longer number that contains it is another value (a lot number, kept).
    assert shared_detector().detect([["MRN: 7654321", "Lot 176543219 of saline"]])[0][1] == []


def test_a_surname_prefix_left_out_by_ner_joins_the_name_with_its_forename() -> None:
    text = "The will appoints you and Lorcan O'Mahony as executors."
    mahony = Detection(text.index("Mahony"), text.index(" as"), "PERSON", 0.85, "SpacyRecognizer")
    assert [text[d.start : d.end] for d in _extend_names(text, [mahony], [])] == ["Lorcan O'Mahony"]
    titled = "Seen by Mr O'Brien today."
    brien = Detection(titled.index("Brien"), titled.index(" today"), "PERSON", 0.85, "SpacyRecognizer")
    assert [titled[d.start : d.end] for d in _extend_names(titled, [brien], [])] == ["O'Brien"]


def test_a_field_label_beside_a_protected_term_does_not_make_it_a_name() -> None:
    text = "Meds - Coumadin 5 mg given. lactate 3.1 mmol/L. Bloods: platelets 88 x10^9/L."
    scrubbed = " ".join(v for _, v in detected(text))
    assert "Coumadin" not in scrubbed and "L." not in scrubbed
    # A real name beside a protected term still takes the whole span.
    assert any("Angela Wells" in v for _, v in detected("Reviewed Angela Wells score 4 today."))
