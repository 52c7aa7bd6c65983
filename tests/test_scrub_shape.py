"""Issue 16: identifiers by shape, validation that never drops, names and addresses beyond the NER model, and
keep rules that explain a domain's numbers without ever shielding a person or an identifier."""

from __future__ import annotations

import pytest
from scrub_support import detected, scrubbed_values

from fedtune.scrubbing.recognizers.shape import looks_like_identifier


def leaves(text: str, value: str) -> bool:
    """Whether any of ``value`` survives scrubbing of ``text``: no detection covers all of it."""
    at = text.index(value)
    spans = [(text.index(v), text.index(v) + len(v)) for v in scrubbed_values(text)]
    return not any(s <= at and at + len(value) <= e for s, e in spans)


@pytest.mark.parametrize(
    "identifier",
    [
        "BNZPM2501F",  # an Indian PAN
        "K4820GX",  # passport-like
        "RN-5530218",  # a licence with a prefix
        "123 456 789",  # a nine-digit national id in groups
        "x4-1187",  # a phone extension
        "180256-5938",  # a Danish CPR number
        "756.1234.5678.97",  # a Swiss AHV number
        "AB 08 73 17 D",  # a UK National Insurance number
        "2:24-cv-01187-JLR",  # a US docket number
    ],
)
def test_an_identifier_shaped_token_is_scrubbed_without_a_recognizer_for_its_format(identifier: str) -> None:
    text = f"Her reference is {identifier} and she was seen today."
    assert not leaves(text, identifier), detected(text)


@pytest.mark.parametrize("ssn", ["219-09-9999", "078-05-1120", "123-45-6789"])
def test_an_ssn_that_presidio_rejects_as_invalid_is_still_scrubbed(ssn: str) -> None:
    text = f"SSN {ssn} on file."
    assert ("US_SSN", ssn) in detected(text) or not leaves(text, ssn)


@pytest.mark.parametrize(
    "term",
    [
        "HbA1c", "SpO2", "CHA2DS2-VASc", "T2N1M0", "PCV13", "L4/L5", "120/80", "2019-2024", "100-200", "12345.67",
        "I48.91", "1000mg", "1990s", "08:30-17:00",
    ],
)  # fmt: skip
def test_domain_number_shapes_are_no_identifiers(term: str) -> None:
    assert not looks_like_identifier(term)


@pytest.mark.parametrize("token", ["BNZPM2501F", "4410-2278", "00481273", "123 456 789", "99 71 87 65", "12A3456E"])
def test_identifier_shapes_are_identifiers(token: str) -> None:
    assert looks_like_identifier(token)


@pytest.mark.parametrize(
    "text",
    [
        "Weaned to FiO2 40% via HFNC overnight.",
        "GCS 14 on the Glasgow Coma Scale.",
        "BRCA1 testing negative; HbA1c 61 mmol/mol.",
        "Given DTaP and IPV, and DTaP/IPV/Hib/HepB at 8 weeks.",
        "Second dose of BNT162b2, Lot FK4471.",
        "The fee is EUR 12,500; PLN 36 400 and INR 4,50,000 were paid to unsecured creditors.",
        "Certified to ISO 27001 under Regulation (EU) 2016/679.",
        "BP 120/80, CHA2DS2-VASc score 3, staged T2N1M0.",
        "After OGD and ERCP, CT KUB was clear; PICC line in situ; HLA-B27 positive; FiO2 0.35 via Venturi mask.",
        "The claim under § 823 BGB relies on the SOC 2 Type II report.",
    ],
)
def test_the_domain_keeps_its_measurements_scales_vaccines_amounts_and_terms(text: str) -> None:
    assert detected(text) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("EUR 12,500 was paid by Robert Baker from account 4471829301.", "Baker"),
        ("EUR 12,500 was paid from account 4471829301.", "4471829301"),
        ("ISO 27001 auditor Siobhán Twomey signed.", "Siobhán"),
        ("Lot FK4471 was given by Ragnhild Þórsdóttir.", "Þórsdóttir"),
        ("DTaP and IPV given to Bożena Müller.", "Müller"),
        ("BP 120/80 in passport holder K4820GX.", "K4820GX"),
        ("Regulation (EU) 2016/679 applies to PAN BNZPM2501F.", "BNZPM2501F"),
        ("Glasgow Coma Scale 14, Mr Hale reviewed.", "Hale"),
        ("FiO2 40% via HFNC for Margaret \"Peggy\" Olsen.", "Olsen"),
        ("2019-2024 tenancy of Jürgen Weißenborn, CPR 180256-5938.", "180256-5938"),
        ("ERCP by Dr Lynch with OGD for Bożena.", "Lynch"),
        ("§ 823 BGB claim by Herr Oberhuber, PAN BNZPM2501F.", "Oberhuber"),
    ],
)
def test_no_keep_rule_shields_a_person_or_an_identifier_beside_it(text: str, secret: str) -> None:
    assert not leaves(text, secret), detected(text)


@pytest.mark.parametrize(
    "name",
    ['Margaret "Peggy" Olsen', "Ragnhild Þórsdóttir", "Siobhán", "Bożena", "Müller", "GUÐMUNDSSON"],
)
def test_names_beyond_the_small_ner_model(name: str) -> None:
    text = f"The note was written after {name} called the ward."
    assert all(not leaves(text, part) for part in name.replace('"', " ").split()), detected(text)


@pytest.mark.parametrize(
    ("title", "surname"), [("Herr", "Oberhuber"), ("Frau", "Brandstätter"), ("Pani", "Wiśniewska"), ("Fru", "Kjærgaard"), ("Smt.", "Iyer")]
)
def test_titles_of_other_languages_announce_a_name(title: str, surname: str) -> None:
    text = f"Letter to {title} {surname} about the results."
    assert not leaves(text, surname), detected(text)


@pytest.mark.parametrize(
    "address",
    [
        "Bahnhofstrasse 12, 8001 Zürich",
        "Nørregade 41, 2. th., 1165 København K",
        "ul. Długa 7/12, 80-831 Gdańsk",
        "14 rue des Tanneurs, 38000 Grenoble",
        "Am Mühlbach 4, 79098 Freiburg im Breisgau",
        "Kongens gate 14B, 9008 Tromsø",
        "Oudegracht 221-bis, 3511 NB Utrecht",
        "4417 Ingersoll Ave, Apt. 12B, Des Moines, IA 50312",
        "171 Brunswick St, Hobart TAS 6977",
        "142B Dooradoyle Road, Tralee X80 L1G7",
        "230A Linking Road, Bandra West, Chennai 697629",
    ],
)
def test_european_and_north_american_addresses_go_whole(address: str) -> None:
    text = f"She lives at {address} with her son."
    parts = [p for p in address.replace(",", " ").split() if len(p) >= 3 and p not in ("Ave", "Apt.")]
    assert [p for p in parts if not leaves(text, p)] == parts, detected(text)


@pytest.mark.parametrize("text", ["Suite 210, Barrington St", "Postcode 6977, please.", "PLZ: 8400"])
def test_units_and_labelled_postcodes(text: str) -> None:
    value = next(v for v in ("Suite 210", "6977", "8400") if v in text)
    assert not leaves(text, value), detected(text)


def test_a_listed_company_in_capitals_and_its_ticker() -> None:
    text = "He worked for CASCADIA FREIGHT CORP (NYSE: CSFT) until May."
    assert not leaves(text, "CASCADIA FREIGHT CORP") and not leaves(text, "CSFT"), detected(text)
