"""Shapes of issue 16's fifth corpus (bench/blind5.py), written as formats after its one blind measurement: each
keep rule with a test that it shields no person, and the NER results nobody would call a date or a firm."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.detect import _implausible

from tests.scrub_support import detected, kept


# ---------------------------------------------------------------- keep rules: the shape survives


@pytest.mark.parametrize(
    "term",
    [
        "ATC A10BA02", "N02BE01", "G3P2", "G4 P3", "G2P1+1", "GCS 14 (E3V5M6)", "PA 170/100", "BP 210/120 mmHg",
        "TA 140/90", "tooth 46", "teeth 36 and 37", "§ 309 Nr. 9 BGB", "§ 3 EFZG", "§ 1814 Abs. 1 Satz 2 BGB",
        "art. 2087 c.c.", "art. 13 D.Lgs. 38/2000", "Lichtenstein hernia repair",
        "the Redon drain", "the Claeys formula", "Pell and Gregory class II B",
    ],
)  # fmt: skip
def test_blind5_shapes_survive(term: str) -> None:
    assert kept(term)


# ---------------------------------------------------------------- keep rules: no shape shields a person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr Lichtenstein procedure notes were signed.", "Lichtenstein"),
        ("Referred by Jonas Weber procedure was explained.", "Jonas Weber"),
        ("Mrs Redon drain care was taught to her husband.", "Redon"),
        ("Seen with Ingrid Sauer. G3P2, booked at 12 weeks.", "Ingrid Sauer"),
        ("Tooth 46 extracted for Marek Nowak today.", "Marek Nowak"),
        ("Under § 3 EFZG the employer Jonas Koch must pay.", "Jonas Koch"),
        ("PA 170/100 in Sebastião Moura this morning.", "Sebastião Moura"),
    ],
)  # fmt: skip
def test_blind5_keep_rules_shield_no_person(text: str, name: str) -> None:
    assert any(name in value or value in name for _, value in detected(text)), detected(text)


# ---------------------------------------------------------------- what nobody would call a date or a firm


@pytest.mark.parametrize(
    ("entity", "value", "implausible"),
    [
        ("DATE_TIME", "46", True), ("DATE_TIME", "day 2", True), ("DATE_TIME", "post-op day 3", True),
        ("DATE_TIME", "cycle 4", True), ("ORGANIZATION", "dia", True),
        ("DATE_TIME", "1987", False), ("DATE_TIME", "90", False), ("DATE_TIME", "102", False), ("DATE_TIME", "4 May", False), ("DATE_TIME", "12/03", False),
        ("ORGANIZATION", "Villa Serena", False), ("ORGANIZATION", "iCare", False), ("PERSON", "kirra", False),
    ],
)  # fmt: skip
def test_implausible_dates_and_firms(entity: str, value: str, implausible: bool) -> None:
    assert _implausible(entity, value) is implausible


def test_a_real_date_beside_a_counted_day_still_goes() -> None:
    found = [value for _, value in detected("Drain out on post-op day 3; discharged 14 March 2025 by Dr Moura.")]
    assert any("14 March 2025" in value for value in found) and not any("day 3" in value for value in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [("oi!! how is seu tião today?", "tião"), ("bom dia dona lucimar, tudo bem?", "lucimar"),
     ("please ask herr müller to call", "müller"), ("la signora bianchi ha chiamato", "bianchi")],
)  # fmt: skip
def test_lower_case_names_after_a_portuguese_spanish_italian_french_or_german_honorific_go(text: str, name: str) -> None:
    assert any(name in value for _, value in detected(text)), detected(text)


def test_an_honorific_cue_takes_no_english_word() -> None:
    assert not any("the" in value or "ward" in value for _, value in detected("ask dona the ward clerk about it"))
