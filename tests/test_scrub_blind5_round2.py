"""Issue 16's second round on the fifth corpus's misses (bench/blind5.py, a development corpus): institutions named
head first or in other languages, Italian, Belgian, Danish and Brazilian street lines, an ID ending in a check X,
Brazilian phone numbers; and keep rules for HGVS variants, ECG leads, hospital departments, statutes by article,
clinical indices. Every keep rule has a test that it shields no person."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.phone import TelephoneRecognizer
from fedtune.scrubbing.recognizers.shape import looks_like_identifier

from tests.scrub_support import detected, found, gone, kept



@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("First aid: Ospedale del Mare, diagnosis S13.4 whiplash.", "Ospedale del Mare"),
        ("Hôpital privé Jean Mermoz -- Bloc opératoire central", "Hôpital privé Jean Mermoz"),
        ("Amtsgericht Dortmund -- guardianship court", "Amtsgericht Dortmund"),
        ("it's Ana from the UBS Bom Jardim. how is he?", "UBS Bom Jardim"),
        ("Doctor no. (LANR) 123   MVZ Buer-Mitte\n[x] initial certificate", "MVZ Buer-Mitte"),
        ("OUH Svendborg Sygehus\nPatient Safety Unit", "Svendborg Sygehus"),
        ("Skien helsestasjon -- antenatal booking visit", "Skien helsestasjon"),
        ("general practitioner, Hausarztpraxis Am Anger, and", "Hausarztpraxis Am Anger"),
        ("[Translation] Xi'an No. 3 Hospital -- outpatient record", "Xi'an No. 3 Hospital"),
        ("Resident at via dell'Industria 107, 37121 Verona; mobile", "via dell'Industria 107, 37121 Verona"),
        ("Resident at corso Umberto I 115, 93012 Gela (CL); mobile", "Umberto I 115, 93012 Gela (CL)"),
        ("at the site in contrada Piano Lupo, Gela (CL), the worker", "Piano Lupo, Gela (CL)"),
        ("Regionshospitalet Viborg\n\nMøllebakken 180, 3. tv., 8800 Viborg\n", "Møllebakken 180, 3. tv., 8800 Viborg"),
        ("Client: Anna, Veldstraat 99 bus 12, 2018 Antwerpen. She was dismissed", "Veldstraat 99 bus 12, 2018 Antwerpen"),
        ("Client: Anna, Chaussée de Louvain 42, 2018 Antwerpen. She was dismissed", "Chaussée de Louvain 42, 2018 Antwerpen"),
        ("general practitioner, 161 place du Marché, 22300 Lannion, patient", "161 place du Marché, 22300 Lannion"),
        ("I pass by Passagem Santa Luzia, 161, Anjo da Guarda, São Luís - MA, 65126-961 after lunch",
         "Passagem Santa Luzia, 161, Anjo da Guarda, São Luís - MA, 65126-961"),
        ("Age: 26   ID card no.: 61011319990517821X\nOutpatient no.: 2024", "61011319990517821X"),
        ("[10:07] (91) 9 1838-7279: oi!! he is bad", "(91) 9 1838-7279"),
    ],
)  # fmt: skip
def test_blind5_round2_shapes_go(text: str, value: str) -> None:
    assert gone(text, value), detected(text)


@pytest.mark.parametrize(
    "text",
    ["FiO2 40% via HFNC overnight.", "Referred via Bristol 2 weeks later.", "Magnified 400x and 10X.",
     "Hospital Anxiety and Depression Scale 12 at review."],
)  # fmt: skip
def test_the_new_shapes_leave_english_alone(text: str) -> None:
    assert not any(word in value for _, value in detected(text) for word in ("via", "HFNC", "400x", "Anxiety"))


def test_a_bracketed_item_before_a_year_range_is_no_brazilian_phone() -> None:
    assert not found(TelephoneRecognizer(), "see table (12) 2019-2020 for totals")
    assert found(TelephoneRecognizer(), "call (11) 98765-4321 today") == {"(11) 98765-4321"}


def test_a_multiple_is_no_identifier_but_a_long_number_with_a_check_x_is() -> None:
    assert not looks_like_identifier("10x") and not looks_like_identifier("2.5X")
    assert looks_like_identifier("61011319990517821X")


@pytest.mark.parametrize(
    "term",
    [
        "Art. 64a KVG", "Art. 7 KVG", "Artikel 3 Abs. 2 GG", "art. 53 D.P.R. 1124/1965", "L. n. 104/1992", "Mahnbescheid",
        "Rechtsvorschlag", "BRCA2 c.5946delT carrier", "c.35G>A", "c.68_69delAG", "p.(Arg1443Ter)", "p.Phe508del",
        "ST elevation in II, III and aVF", "leads V1-V4", "Department of Respiratory Medicine",
        "Department of Infectious Diseases", "Division of Gastroenterology", "NIPT", "CRL 60 mm", "insulina NPH 20 UI",
        "Barthel index 35", "body mass index 31", "Young Mania Rating Scale 31", "CAM positive",
        "Lasègue sign positive at 40°", "Farmácia Popular", "Bolsa Família", "Hospital Anxiety and Depression Scale",
    ],
)  # fmt: skip
def test_blind5_round2_terms_survive(term: str) -> None:
    assert kept(term)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Under Art. 64a KVG Jonas Koch must pay the arrears.", "Jonas Koch"),
        ("Department of Medicine: Dr Ingrid Sauer reviewed him.", "Ingrid Sauer"),
        ("BRCA2 c.5946delT carrier: Marta Nowak, counselled today.", "Marta Nowak"),
        ("ST elevation in II, III and aVF; seen by Piotr Kowalski.", "Piotr Kowalski"),
        ("Barthel index 35 recorded by Sebastião Moura.", "Sebastião Moura"),
        ("Mahnbescheid served on Heike Brückner yesterday.", "Heike Brückner"),
        ("NIPT low risk for Liisa Korhonen at 12 weeks.", "Liisa Korhonen"),
    ],
)  # fmt: skip
def test_blind5_round2_keep_rules_shield_no_person(text: str, name: str) -> None:
    assert any(name in value or value in name for _, value in detected(text)), detected(text)


def test_a_case_index_is_still_a_case_number_and_an_italian_statute_is_not() -> None:
    assert ("CASE_NUMBER", "2345") in detected("Case index 2345 was filed.")
    assert not any("1124" in value for _, value in detected("Reported under art. 53 D.P.R. 1124/1965 on time."))
