"""Issue 16's first round on the thirteenth corpus (bench/blind13.py, a development corpus since its one blind measurement):
organisations by their head noun taken whole. A health centre's whole name, centres and hubs by what they are for, Scottish
health boards and prisons, a practice, a mine or a centre by a proper name, and a protected word that opens an
organisation's name ("Alaska" in a medical center's); plates written without a space, court reporters' certificates,
incident numbers and a licence's number after the word; villages of a thousand people; Hawaiian names with the ʻokina;
and a postal code that opens like a lab test. Each rule has a case where it must find nothing. The examples are
made up in the corpus's shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.places import court_seats
from fedtune.scrubbing.recognizers.legal import CaseNumberRecognizer
from fedtune.scrubbing.recognizers.organization import OrganizationRecognizer, ProperNamedPlaceOfWorkRecognizer
from fedtune.scrubbing.recognizers.register import ProfessionalRegisterRecognizer, VehiclePlateRecognizer
from tests.scrub_support import found, gone, survives


@pytest.mark.parametrize(("text", "name"), [
    ("Liaison with Bixter Health Centre about the dressings.", "Bixter Health Centre"),
    ("Seen at the Freshwater Health and Wellbeing Centre on Monday.", "Freshwater Health and Wellbeing Centre"),
    ("Contact is supervised at The Tregothnan Family Centre.", "Tregothnan Family Centre"),
    ("Aquatherapy at Sandown Leisure Centre twice a week.", "Sandown Leisure Centre"),
    ("Attends the Launceston Family Hub on Thursdays.", "Launceston Family Hub"),
])
def test_a_centre_or_hub_goes_whole_with_its_head(text: str, name: str) -> None:
    assert any(v.endswith(name) for v in found(OrganizationRecognizer(), text))
    assert gone(text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Referral accepted by NHS Orkney on 4 June.", "NHS Orkney"),
    ("Minutes shared with NHS Dumfries and Galloway.", "NHS Dumfries and Galloway"),
    ("Her brother is in HMP Bodmin Moor; letterbox contact only.", "HMP Bodmin Moor"),
    ("Transferred from HMYOI Polmont last spring.", "HMYOI Polmont"),
])
def test_a_health_board_or_a_prison_goes_whole(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize("text", [
    "Commissioned by NHS England and paid under the NHS Constitution.",
    "Her NHS Number was checked against NHS Digital records.",
    "Name: Jane Smith  NHS No: 943 476 5919",
])
def test_national_nhs_bodies_and_nhs_words_are_no_health_board(text: str) -> None:
    assert not any(v.startswith("NHS") for v in found(OrganizationRecognizer(), text))


@pytest.mark.parametrize(("text", "name"), [
    ("Signed off by the GP at Tingwall Practice with a fit note.", "Tingwall Practice"),
    ("Employer: Pelly Crossing Freight at Ketza Mine; supervisor on leave.", "Ketza Mine"),
    ("Respite was arranged at Voeside Care Centre.", "Voeside Care Centre"),
])
def test_a_practice_a_mine_or_a_centre_by_a_proper_name_goes(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize("text", [
    "Audited against Good Clinical Practice and General Practice standards.",
    "Meet at the Compass Centre; the Gold Mine tour is closed.",
    "The Medical Centre and the Day Surgery are on the ground floor.",
])
def test_english_words_before_a_head_name_no_place_of_work(text: str) -> None:
    assert not found(ProperNamedPlaceOfWorkRecognizer(), text)


@pytest.mark.parametrize(("text", "name"), [
    ("Flown to Alaska Native Medical Center by LifeMed.", "Alaska Native Medical Center"),
    ("Referred on to Texas Childrens Hospital in Houston.", "Texas Childrens Hospital"),
])
def test_a_protected_word_that_opens_an_organisations_name_goes_with_it(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize(("text", "term"), [
    ("The claim is governed by the law of Alaska.", "Alaska"),
    ("She moved from Texas to Ontario last year for work.", "Texas"),
    ("Coded per NHS England guidance.", "NHS England"),
])
def test_a_protected_word_outside_an_organisations_name_stays(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("text", "name"), [
    ("Bed 14 ʻIolana Kamakau: diabetic ketoacidosis.", "ʻIolana Kamakau"),
    ("Counsel: Kēhau Keliʻihoʻomalu, for the plaintiff.", "Kēhau Keliʻihoʻomalu"),
])
def test_a_hawaiian_name_goes_with_its_okina(text: str, name: str) -> None:
    assert gone(text, name)


def test_a_postal_code_that_opens_like_a_lab_test_goes_whole() -> None:
    text = "Mary Ryan\n12 Duckworth Street, St. John's, NL A1C 8B2"
    assert gone(text, "A1C 8B2")


def test_the_lab_test_before_its_value_stays() -> None:
    assert survives("HbA1c 7.2 and A1C 58 mmol/mol on review.", "A1C 58")


@pytest.mark.parametrize(("text", "value"), [
    ("A white Land Cruiser, registration K72RW, came round the bend.", "K72RW"),
    ("Reported by Ana Reyes, CSR No. 418", "CSR No. 418"),
    ("PATIENT CARE REPORT - Incident 24-71106", "24-71106"),
    ("Dr Lee, Dawson City, physician licence 5521", "5521"),
])
def test_a_plate_a_reporters_certificate_an_incident_and_a_licence_go(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Driving licence 12 months ago; no points.", "12 months"),
    ("Call 07-2023 was the busiest month.", "07-2023"),
    ("Send the registration form by Friday.", "registration form"),
])
def test_months_and_forms_after_those_words_are_no_identifier(text: str, term: str) -> None:
    for recognizer in (CaseNumberRecognizer(), ProfessionalRegisterRecognizer(), VehiclePlateRecognizer()):
        assert not any(v in term or term in v for v in found(recognizer, text))


@pytest.mark.parametrize(("text", "place"), [
    ("The ferry from Kirkwall was cancelled.", "Kirkwall"),
    ("Her family's local contact lives in Benaulim.", "Benaulim"),
    ("Dwellinghouse at Scalloway, valued by the agents.", "Scalloway"),
])
def test_a_village_of_a_thousand_people_is_a_place(text: str, place: str) -> None:
    assert gone(text, place)


def test_a_court_named_for_justice_keeps_its_name_though_a_village_is_called_justice() -> None:
    assert survives("IN THE HIGH COURT OF JUSTICE, before the Master.", "HIGH COURT OF JUSTICE")


def test_a_division_after_its_name_goes_with_the_name() -> None:
    text = "Filed in the High Court of Meme Division on 3 May."
    assert [text[s:e] for s, e in court_seats(text)] == ["Meme Division"]
