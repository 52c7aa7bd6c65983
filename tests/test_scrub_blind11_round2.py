"""Issue 16's second round on the eleventh corpus (bench/blind11.py, a development corpus since its one blind measurement):
a web address goes whole whatever words its path holds, a register's acronym and number by where they stand, where someone
lives by the place's name alone, a contact's name in brackets before the relation, advocates by their title and their
firm's head noun, "exported by" and its like before a name, and a place before its district or region. Each rule has a
case where it must find nothing. The examples are made up in the formats' shapes, not copied from the corpus."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.address import StreetAddressRecognizer
from fedtune.scrubbing.recognizers.register import ProfessionalRegisterRecognizer
from tests.scrub_support import found, gone, scrubbed_values, survives


@pytest.mark.parametrize("text", [
    '{"native": "https://review.kestrel-law.gg/ggt-2023-118/native/QX4412290.msg", "custodian": "x"}',
    "The portal copy is at www.ggt-clinic.example.org/patients/ldh-4471 for the ward.",
])
def test_a_web_address_goes_whole_even_when_its_path_holds_a_protected_term(text: str) -> None:
    # "GGT" and "LDH" are lab tests the keep-list protects; inside an address they protect nothing.
    address = next(w.strip('",') for w in text.split() if "://" in w or w.startswith("www."))
    assert gone(text, address)


def test_a_dotted_word_that_is_no_web_address_still_keeps_its_protected_part() -> None:
    assert survives("Started Tab.Paracetamol 1 g four times daily.", "Paracetamol")


@pytest.mark.parametrize(("text", "number"), [
    ("Dr Fatmata Conteh (SLMDC 0556) has seen the patient.", "SLMDC 0556"),
    ("Reviewed by Nurse Wambui Otieno (KNMC 77120, charge nurse).", "KNMC 77120"),
    ("Minutes confirmed. Registration of the chair: PNGMB 2957.", "PNGMB 2957"),
    ("Pharmacist licence no. ZPRA 40417 on file.", "ZPRA 40417"),
])
def test_a_register_no_list_names_goes_with_its_number_by_where_it_stands(text: str, number: str) -> None:
    assert gone(text, number)


@pytest.mark.parametrize("text", [
    "WBC 4500 and ANC 1500 on day 3; Dr Okafor (GCS 15 on arrival) noted it.",
    "The laboratory is accredited under ISO 15189 and registered with the ministry.",
    "Dr Banda (ICD 10 coding lead) reviewed the list.",
])
def test_lab_counts_standards_and_short_scores_are_no_register(text: str) -> None:
    assert not found(ProfessionalRegisterRecognizer(), text)


@pytest.mark.parametrize(("text", "place"), [
    ("Lives at Takamaka, with her mother.", "Takamaka"),
    ("She lives in Anse Boileau with her aunt.", "Anse Boileau"),
    ("The client relocated to Up Station, Bamenda last month.", "Up Station, Bamenda"),
])
def test_where_someone_lives_goes_by_the_place_name_alone(text: str, place: str) -> None:
    assert gone(text, place)


@pytest.mark.parametrize("text", [
    "He lives at home with his wife and walks daily.",
    "She lives in fear of a fall and uses a frame.",
    "Lives alone; independent with activities of daily living.",
])
def test_living_at_home_or_in_fear_names_no_place(text: str) -> None:
    assert not found(StreetAddressRecognizer(), text)


@pytest.mark.parametrize(("text", "name"), [
    ("Contact 2 514 3300 (Berthilde, daughter) if no answer.", "Berthilde"),
    ("DESCRIPTION:Review. Contact 2 514 3300 (Rosalie\\, \n sister).", "Rosalie"),
    ("Next of kin (Matteus Ohlsson, husband) informed.", "Matteus Ohlsson"),
])
def test_a_contacts_name_in_brackets_before_the_relation_is_scrubbed(text: str, name: str) -> None:
    assert gone(text, name)


def test_a_bracketed_drug_before_a_staff_word_is_kept() -> None:
    assert survives("Given (Paracetamol, nurse-led protocol) at 02:00.", "Paracetamol")


@pytest.mark.parametrize(("text", "name"), [
    ("Advocate Lettice de Carteret of the Representor's firm appeared.", "Lettice de Carteret"),
    ("Adv. Thandeka Mokoena appeared for the applicant.", "Thandeka Mokoena"),
    ("Exported by Rosalind Mauger on 3 May 2024.", "Rosalind Mauger"),
    ("Recorded by Mwajuma Kiprotich at the clinic.", "Mwajuma Kiprotich"),
])
def test_titled_advocates_and_whoever_exported_or_recorded_are_scrubbed(text: str, name: str) -> None:
    assert gone(text, name)


def test_the_advocate_general_and_english_words_after_by_are_no_name() -> None:
    values = scrubbed_values("The Advocate General agreed. Assessed by Nursing Staff on the ward.")
    assert not any("General" in v or "Nursing" in v for v in values)


@pytest.mark.parametrize(("text", "firm"), [
    ("Counsel: Vibert & Le Marquand Advocates for the trustee.", "Vibert & Le Marquand Advocates"),
])
def test_a_firm_of_advocates_goes_with_its_head_noun(text: str, firm: str) -> None:
    assert gone(text, firm)


@pytest.mark.parametrize(("text", "place"), [
    ("The claimant, of Spanish Lookout, Cayo District (SSN 123456), underwent surgery.", "Spanish Lookout, Cayo District"),
    ("Workman: S. Dlamini, of Mhlume, Lubombo Region, tel. 7612 3456.", "Mhlume, Lubombo Region"),
])
def test_a_place_before_its_district_or_region_goes_with_it(text: str, place: str) -> None:
    assert gone(text, place)


@pytest.mark.parametrize(("text", "term"), [
    ("As held in Re B (Delegate) [2019] JRC 112, the delegate reports yearly.", "Re B (Delegate) [2019] JRC 112"),
    ("See [2021] NZHC 1234 and [2023] EWHC 123 (Ch).", "[2023] EWHC 123 (Ch)"),
    ("IN THE MATTER OF THE Capacity and Self-Determination (Jersey) Law 2016", "Capacity and Self-Determination (Jersey) Law 2016"),
    ("Regimen AZT+3TC+NVP switched to TDF+3TC+DTG in March.", "TDF+3TC+DTG"),
    ("Carga viral 12 400 cópias/mL; repeat at 3 months.", "12 400 cópias/mL"),
    ('<code codeSystem="2.16.840.1.113883.6.1" code="4548-4" displayName="Hemoglobin A1c"/>', '4548-4'),
])
def test_citations_laws_regimens_viral_loads_and_loinc_codes_are_kept(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("text", "name"), [
    ("Judgment for Re Kowalczyk (Delegate) [2019] JRC 112 follows.", "Kowalczyk"),
    ("Counsel Farida Okonjo Law 2016 intake, see file.", "Farida Okonjo"),
    ('<patient><name>Ingrid Solberg</name><code codeSystem="2.16.840.1.113883.6.1" code="4548-4"/></patient>', "Ingrid Solberg"),
])
def test_no_new_keep_rule_shields_a_name(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize(("text", "term"), [
    ("Er is een NIS 1,250 co-payment per opname.", "NIS 1,250"),
    ("Members pay compulsory savings Tk 50 per week.", "Tk 50 per week"),
    ("Then 46 weekly instalments of Tk 500 each.", "46 weekly instalments of Tk 500"),
    ("Patientenbeteiligung max. CHF 15.35 pro Tag.", "CHF 15.35"),
])
def test_amounts_in_more_currencies_and_rates_are_kept(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("text", "name"), [
    ("Paid to KIM 12.50 and to LEE 1,250 on the ward.", "KIM"),  # capitals and an amount are no currency unless ISO 4217's
    ("Le 12 mai 2024, Mme Ndiaye a consulté.", "12 mai 2024"),  # "Le" opens a French date; it is no currency here
])
def test_the_currency_rules_shield_no_name_and_no_date(text: str, name: str) -> None:
    assert gone(text, name)


def test_a_date_next_to_a_rate_still_goes() -> None:
    assert gone("Seen on 12 May 2024 and weekly since; 3 times a day.", "12 May 2024")
