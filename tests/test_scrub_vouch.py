"""Issue 16: census names in every mode, the recall mode's safe-list, register prefixes, plates, and the new keep rules."""

from __future__ import annotations

import copy
from functools import cache

import pytest
from pydantic import ValidationError

from fedtune.common.policy import ScrubSettings
from fedtune.scrubbing.detect import Detector
from fedtune.scrubbing.keep import KeepList
from fedtune.scrubbing.vouch import census_name_spans, is_safe, keep_vocabulary, unvouched_spans

from tests.scrub_support import detected, shared_detector


@cache
def recall_detector() -> Detector:
    # The shared detector's model and recognizers with the recall rule switched on: a second
    # model load would double this file's time.
    detector = copy.copy(shared_detector())
    detector.recall_mode, detector.vocabulary = True, keep_vocabulary(detector.keep.terms)
    return detector


def recall_detected(text: str) -> list[str]:
    return [text[d.start : d.end] for d in recall_detector().detect([[text]])[0][0]]


def leaves(found: list[str], secret: str) -> bool:
    return not any(secret in value for value in found)


def words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_a_census_name_that_is_no_english_word_is_a_name_anywhere() -> None:
    text = "Questions go to Megan Reese on Monday about Kowalski."
    assert words(text, census_name_spans(text, [])) == ["Megan", "Kowalski"]


def test_a_first_name_and_a_surname_that_are_both_words_name_someone_together_only() -> None:
    text = "Hope Baker attended with Summer Lee. There is hope; the baker came in summer."
    assert words(text, census_name_spans(text, [])) == ["Hope", "Baker", "Summer", "Lee"]
    assert census_name_spans("Hope remains. Summer clinic. English speaker, seen on Monday in April.", []) == []


def test_a_protected_term_is_never_read_as_a_census_name() -> None:
    text = "Parkinson's disease, Glasgow Coma Scale 14."
    keep = KeepList.load(["medical"]).spans(text)
    assert census_name_spans(text, keep) == []
    assert words(text, census_name_spans(text, [])) == ["Parkinson's", "Glasgow"]


def test_the_full_pipeline_scrubs_a_contact_that_ner_alone_misses() -> None:
    found = [v for _, v in detected("For questions contact Megan Reese or Hope Baker on the ward.")]
    for secret in ("Megan", "Reese", "Hope", "Baker"):
        assert not leaves(found, secret), found


@pytest.mark.parametrize(
    ("word", "safe"),
    [
        ("patients", True), ("admitted", True), ("HFNC", True), ("ustekinumab", True), ("emailed", True),
        ("Monday", True), ("English", True), ("Hope", True),
        ("Megan", False), ("KOWALSKI", False), ("Zwolle", False), ("Oberhuber", False),
    ],
)
def test_the_safe_list_vouches_for_words_abbreviations_and_drug_stems_only(word: str, safe: bool) -> None:
    assert is_safe(word) is safe


def test_recall_mode_removes_every_unvouched_word_and_keeps_prose() -> None:
    text = "Seen in Zwolle by the team; discharged home with her daughter."
    assert words(text, unvouched_spans(text, [])) == ["Zwolle"]
    assert recall_detected(text) == ["Zwolle"]
    # An unknown word in lower case (a name typed carelessly) goes only in recall mode.
    lower = "Message from halvorsen about the discharge."
    assert recall_detected(lower) == ["halvorsen"]
    assert "halvorsen" not in [v for _, v in detected(lower)]


def test_recall_mode_catches_names_the_default_mode_leaves() -> None:
    text = "Physio review with Tadhg Ó Dálaigh and Oisín; walked 40 m."
    found = recall_detected(text)
    for secret in ("Tadhg", "Oisín", "Dálaigh"):
        assert not leaves(found, secret), found


def test_drug_names_vouch_for_themselves_in_recall_mode_but_never_a_census_name_among_them() -> None:
    text = "Dispensed lisdexamfetamine 30 mg and testosterone cypionate; Methylphenidate paused for kirra."
    assert words(text, unvouched_spans(text, [])) == ["kirra"]
    # "Allegra" is a brand in the drug list and a census first name: it never vouches, in any case.
    named = "Allegra Oberhuber called; allegra phoned back."
    assert words(named, unvouched_spans(named, [])) == ["Allegra", "Oberhuber", "allegra"]


def test_a_clinical_prefix_and_an_english_word_vouch_in_lower_case_but_a_census_surname_built_so_does_not() -> None:
    text = "T2 hyperintensity and hypermobility noted; coleman called; Hypermobility clinic."
    # "Hypermobility" capitalised is judged as a name would be: the rule reads lower case only.
    assert words(text, unvouched_spans(text, [])) == ["coleman", "Hypermobility"]


def test_keep_terms_vouch_for_their_words_but_never_for_a_census_name() -> None:
    vocabulary = keep_vocabulary(["Mallampati score", "Donoghue v Stevenson", "per annum"])
    assert {"mallampati", "annum"} <= vocabulary
    assert not {"donoghue", "stevenson"} & vocabulary
    text = "Mallampati assessed; Donoghue attended."
    assert words(text, unvouched_spans(text, [], vocabulary)) == ["Donoghue"]


def test_the_mode_is_a_policy_choice_and_a_wrong_one_is_refused() -> None:
    assert ScrubSettings().mode == "precision"
    with pytest.raises(ValidationError, match="mode"):
        ScrubSettings(mode="paranoid")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prescriber GMC 4163968 signed.", "GMC 4163968"),
        ("Consultant (LANR 139833273) reviewed.", "LANR 139833273"),
        ("Nurse NMC 44R0163J on duty.", "NMC 44R0163J"),
        ("Prescriber Lic. MD-760101 signed.", "Lic. MD-760101"),
        ("Fischer GmbH (company no. HRB 86586) filed.", "HRB 86586"),
        ("company no. KRS 0000123456 registered.", "KRS 0000123456"),
        ("The court file is Az. 9 O 311/25 at the Landgericht.", "Az. 9 O 311/25"),
        ("Vehicle reg. (parking permit): KN70 EYZ", "KN70 EYZ"),
        ("parking permit: 406-ZJJ", "406-ZJJ"),
        ("Plate: M-AB 1234 was towed.", "M-AB 1234"),
        ("Car AB-123-CD parked outside.", "AB-123-CD"),
    ],
)
def test_register_prefixes_plates_and_court_files_go_whole(text: str, value: str) -> None:
    found = [v for _, v in detected(text)]
    assert any(value in v for v in found), found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mallampati II airway.", "Mallampati II"),
        ("ASA grade III patient.", "ASA grade III"),
        ("L4/L5 disc prolapse on MRI.", "L4/L5"),
        ("KRAS G12C mutation found.", "KRAS G12C"),
        ("Recent bloods show K+ 5.9 mmol/L today.", "K+ 5.9"),
        ("Interest at 8% per annum accrues.", "per annum"),
    ],
)
def test_the_new_keep_rules_keep_their_terms(text: str, kept: str) -> None:
    found = [v for _, v in detected(text)]
    assert all(kept not in v and v not in kept for v in found), found


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mallampati II for Siobhan Kearney.", "Kearney"),
        ("ASA grade III, Mr Hale consented.", "Hale"),
        ("L4/L5 prolapse in Ragnhild Þórsdóttir.", "Þórsdóttir"),
        ("KRAS G12C in Megan Reese's tumour.", "Reese"),
        ("K+ 5.9 mmol/L. Kowalski informed.", "Kowalski"),
        ("Interest at 8% per annum owed by Oisín Breathnach.", "Breathnach"),
    ],
)
def test_no_new_keep_rule_shields_a_person_beside_it(text: str, secret: str) -> None:
    found = [v for _, v in detected(text)]
    assert not leaves(found, secret) or secret not in text, found
    assert any(secret in v for v in found), found


def test_a_site_policy_in_recall_mode_scrubs_through_the_whole_scrubber() -> None:
    """The mode set in a policy reaches the Scrubber a site builds, and its cache key: no copy of the detector."""
    from fedtune.scrubbing.scrub import Scrubber

    record = {"instruction": "Summarise the visit.", "output": "Message from halvorsen about the discharge home."}
    with Scrubber(ScrubSettings(mode="recall"), key_path=None) as recall, Scrubber(ScrubSettings(), key_path=None) as precision:
        assert "halvorsen" not in recall.scrub_records([record])[0]["output"]
        assert "halvorsen" in precision.scrub_records([record])[0]["output"]
        assert "discharge home" in recall.scrub_records([record])[0]["output"]  # prose stays
        assert recall.fingerprint() != precision.fingerprint()  # a site that switches modes scrubs again
