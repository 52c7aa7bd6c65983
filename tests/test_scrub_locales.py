"""Formats of more locales (issue 16, after the third blind corpus): addresses outside Europe and North America,
register numbers with prefixes, romanised East Asian names, names announced by running text; and the keep
rules added beside them, each with a case showing it never shields a person."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from fedtune.scrubbing.detect import Detection, _protect
from fedtune.scrubbing.recognizers.address import StreetAddressRecognizer
from fedtune.scrubbing.recognizers.organization import OrganizationRecognizer
from fedtune.scrubbing.recognizers.person import TitledPersonRecognizer
from fedtune.scrubbing.recognizers.register import CourtFileRecognizer, ProfessionalRegisterRecognizer
from fedtune.scrubbing.vouch import is_safe

from tests.scrub_support import detected, found, kept, scrubbed_values

# (recognizer, text, the value it must find, a near miss it must not match at all)
CASES = [
    # Japan: block number, district, ward with its kind, city and postcode.
    (StreetAddressRecognizer, "Home: 2-6-16 Sakae, Naka-ku, Nagoya 460-0008\nPhone", "2-6-16 Sakae, Naka-ku, Nagoya 460-0008",
     "Scores 2-6-16 Sakae, Nagoya, Osaka and Kobe"),
    # Korea: building number before or after the road, district, city, five digits.
    (StreetAddressRecognizer, "Home: 206 Haeundae-ro, Haeundae-gu, Busan 48094\n", "206 Haeundae-ro, Haeundae-gu, Busan 48094",
     "Follow-up in 2 weeks, Day-care 3"),
    (StreetAddressRecognizer, "Office: Teheran-ro 152, Gangnam-gu, Seoul 06236.", "Teheran-ro 152, Gangnam-gu, Seoul 06236",
     "Self-care 152 minutes"),
    # The Philippines: block and lot, barangay, city.
    (StreetAddressRecognizer, "Address: Blk 3 Lot 40, Brgy. San Isidro, Iloilo City\nFindings", "Blk 3 Lot 40, Brgy. San Isidro, Iloilo City",
     "Vaccine Lot 40 given, batch 3"),
    # South Africa: a street, two places and the postcode.
    (StreetAddressRecognizer, "at 7 Vilakazi Street, Orlando West, Soweto, 1804.", "7 Vilakazi Street, Orlando West, Soweto, 1804",
     "Seen in Soweto, 1804 patients"),
    # Australia: the unit before the house number, abbreviated street kinds.
    (StreetAddressRecognizer, "Lives at Unit 23/84 Brunswick St, Subiaco WA 6008; mobile", "Unit 23/84 Brunswick St, Subiaco",
     "Scored 23/84 on the test"),
    (StreetAddressRecognizer, "moved to 128 Gympie Tce, Noosa Heads QLD 4567 and", "128 Gympie Tce, Noosa Heads",
     "scored 128 in the Tce exam"),
    # Brazil: a town and its state, and the CEP.
    (StreetAddressRecognizer, "Hearing in Campinas - SP, 13010-111 on Monday.", "Campinas - SP, 13010-111",
     "Plan - SP 12 reviewed"),
    # Canada: any letter-digit-letter code after a province's code.
    (StreetAddressRecognizer, "Lives at 235 Albert St, Edmonton AB D8G 0N7 with", "235 Albert St, Edmonton AB D8G 0N7",
     "Results: AB D8G negative"),
    # An address field with a number in it, to the line's end.
    (StreetAddressRecognizer, "Street: Údolní 181/32\nMobile", "Údolní 181/32", "Street: see the letter above"),
    # Register numbers with a jurisdiction or a letter series: Brazil's bar, South Africa's HPCSA.
    (ProfessionalRegisterRecognizer, "Abraços,\nRafael Souza\nOAB/SP 855.909\n", "OAB/SP 855.909", "OAB opinion 855.909"),
    (ProfessionalRegisterRecognizer, "Dr Sipho Nkosi, HPCSA MP 0123456", "HPCSA MP 0123456", "HPCSA guidance 2019"),
    # Polish and Czech court files.
    (CourtFileRecognizer, "court ref I C 477/24\n", "I C 477/24", "GCS 13/15 and BP 120/80"),
    # Schools named by their level; legal forms of other countries.
    (OrganizationRecognizer, "Incident report - Riverside Elementary\nStudent", "Riverside Elementary", "elementary school report"),
    (OrganizationRecognizer, "Employer: Ferramenta Colombo S.r.l., P.IVA", "Ferramenta Colombo S.r.l.", "Colombo said srl"),
    # Names: a surname in capitals first, a Korean given name, a date of birth, a relative, a speaker.
    (TitledPersonRecognizer, "Patient: KHUMALO Lwazi    ID no. 1", "KHUMALO Lwazi", "Patient: ECG normal"),
    (TitledPersonRecognizer, "Interpreter: Seo-yeon Park\n", "Seo-yeon Park", "Interpreter: present"),
    (TitledPersonRecognizer, "Re: Soo-ah Park, DOB 13.08.1981", "Soo-ah Park", "Re: discharge, DOB unknown"),
    (TitledPersonRecognizer, "Her daughter Hamish usually drives her in.", "Hamish", "Her daughter usually drives her in."),
    (TitledPersonRecognizer, "Triage nurse Adeyemi.", "Adeyemi", "Triage nurse In charge."),
    (TitledPersonRecognizer, "[10:02] Agent Jedda: Hi, you're through", "Jedda", "[10:02] Agent update: done"),
    (TitledPersonRecognizer, "[10:02] Customer: it's Jun-jun Magsaysay\n", "Jun-jun Magsaysay", "it's Monday Morning again"),
    (TitledPersonRecognizer, "Questions: ask for Hope on ext. 6011.", "Hope", "Questions: ask for The form."),
    (TitledPersonRecognizer, "Katerina Vlachos (AMKA 10543103256) attends", "Katerina Vlachos", "Glasgow Coma Scale (GCS 15) noted"),
]


@pytest.mark.parametrize(("recognizer", "text", "value", "miss"), CASES, ids=[c[2] for c in CASES])
def test_new_formats_are_found_and_near_misses_are_not(
    recognizer: type[EntityRecognizer], text: str, value: str, miss: str
) -> None:
    made = recognizer()
    assert value in found(made, text)
    assert not found(made, miss)


def test_a_stop_word_or_month_after_a_relation_or_speaker_word_is_no_name() -> None:
    made = TitledPersonRecognizer()
    assert not found(made, "the son In the morning he ate")
    assert not found(made, "her sister May visit")  # May is a month before it is a name
    assert not found(made, "Agent Thanks: done")


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        # A unit's "L" that NER reads as an initial stays with the unit; the name still goes.
        ("Potassium 5.4 mmol/L. Anna Kowalczyk was reviewed.", {"Anna Kowalczyk"}, "5.4 mmol/L"),
        # A forename before a surname found alone joins it; an English word before a name does not.
        ("Travel clinic note\nKaterina Karagiannis (AMKA 99362749114) attends", {"Katerina Karagiannis"}, "Travel clinic note"),
    ],
)
def test_names_are_scrubbed_whole_and_units_survive(text: str, names: set[str], kept: str) -> None:
    values = scrubbed_values(text)
    assert names <= values
    assert all(kept not in v for v in values)


# ---------------------------------------------------------------- keep rules, each with its person


@pytest.mark.parametrize(
    "term",
    [
        "APR 21.99%",
        "Article 8 ECHR",
        "GDPR Article 17",
        "Glasgow Coma Scale 15",
        "Apgar scores 8 and 9",
        "Bristol stool type 6",
        "Form ET1",
        "Practice Direction 57AD",
        "CPR Part 36",
        "COVID-19 booster",
        "ICD-10 J18.9",
        "NT-proBNP 2,340 pg/mL",
        "H. pylori",
    ],
)
def test_new_protected_terms_survive(term: str) -> None:
    assert kept(term)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("April Kowalczyk disputed the APR 21.99% charge.", "April Kowalczyk"),
        ("Arthur Kowalczyk relied on Article 8 ECHR.", "Arthur Kowalczyk"),
        ("Hope Wells score of 6 was recorded.", "Hope Wells"),
        ("Forman Kowalczyk lodged Form ET1 late.", "Forman Kowalczyk"),
        ("Covington Kowalczyk had a COVID-19 booster.", "Covington Kowalczyk"),
        ("Dr H. Pyle found H. pylori.", "H. Pyle"),
    ],
)
def test_new_protected_terms_never_shield_a_person(text: str, name: str) -> None:
    assert any(name in v for v in scrubbed_values(text))


def test_an_english_word_left_of_a_protected_term_is_no_name_but_a_census_name_is() -> None:
    assert not any("Bell" in v for v in scrubbed_values("Known Bell's palsy. Stable."))
    assert any("Angela" in v for v in scrubbed_values("Angela Wells score 2 noted."))


def test_a_long_number_with_a_check_letter_is_no_volume() -> None:
    assert any("5949434L" in v for v in scrubbed_values("PPSN on file, medical card 5949434L, of Mallow."))
    assert not any("2 L" in v for v in scrubbed_values("Fluid intake was 2 L yesterday."))


def test_a_protected_place_inside_a_street_line_goes_with_the_street_only_there() -> None:
    street = "52 Florida Road, Morningside, Durban, 4001"
    text = "Address: 52 Florida Road, Morningside, Durban, 4001"
    address = Detection(text.index(street), len(text), "ADDRESS", 0.85, "StreetAddressRecognizer")
    florida = text.index("Florida")
    assert _protect(text, [address], [(florida, florida + len("Florida"))]) == [address]
    assert "Florida" not in {v for _, v in detected("She moved to Florida last year.")}


def test_modern_banking_words_vouch_for_themselves_and_names_do_not() -> None:
    assert is_safe("chargeback") and is_safe("cashback")
    assert not is_safe("Kowalczyk")
