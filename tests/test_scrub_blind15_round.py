"""Issue 16's first round on the fifteenth corpus (bench/blind15.py, documents as systems export them, a development
corpus since its one blind measurement): HL7 v2 address fields and a patient's ward, fixed-width tables read by their
header, names broken by a line-end hyphen, names in capitals grown over the capitals next to them, a zero a scan read
for an O, streets with a two-letter direction, parcels of land by their legal description, a Nigerian state after a
town, a British postcode whose inward code reads as a measurement, a title's instrument numbers, and state statutes
kept by their section sign. Each rule has a case where it must find nothing. The examples are made up in the corpus's
shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.address import StreetAddressRecognizer
from fedtune.scrubbing.recognizers.legal import CaseNumberRecognizer
from fedtune.scrubbing.recognizers.person import ScannedNameRecognizer
from fedtune.scrubbing.recognizers.structured import (
    StructuredAddressRecognizer,
    StructuredOrganizationRecognizer,
    table_cells,
)
from tests.scrub_support import found, gone, kept, survives

HL7 = (
    "MSH|^~\\&|PAS|GREYMOUTH HOSPITAL|HIE|REGION|20240101120000||ADT^A01|MSG1|P|2.4\r\n"
    "PID|1||ABC1234^^^NHI||KERERU^TANE||19800101|M|||12 RATA STREET^^RUNANGA^^7803^NZL||^PRN^PH^^^^03 762 1111\r\n"
    "NK1|1|KERERU^MERE|SPO|4 Kowhai Road^^Blackball^^7804^NZL\r\n"
    "PV1|1|I|Ward 2 Surgical^12^B|||||1234^HOKI^ANNA^^^^DR\r\n"
    "OBX|1|NM|2160-0^Creatinine^LN||88|umol/L|45-90|N"
)


def test_an_hl7_address_field_goes_whole_and_the_ward_by_name() -> None:
    assert found(StructuredAddressRecognizer(), HL7) == {"12 RATA STREET^^RUNANGA^^7803^NZL", "4 Kowhai Road^^Blackball^^7804^NZL"}
    assert "Ward 2 Surgical" in found(StructuredOrganizationRecognizer(), HL7)
    assert gone(HL7, "7803") and gone(HL7, "Blackball")


def test_an_observation_segment_is_no_address_nor_ward() -> None:
    segment = "OBX|1|NM|2160-0^Creatinine^LN||88|umol/L|45-90|N|||F|||20240101"
    assert found(StructuredAddressRecognizer(), segment) == set()
    assert found(StructuredOrganizationRecognizer(), segment) == set()
    assert survives(HL7, "umol/L") and survives(HL7, "Creatinine")


FIXED = (
    "CLINIC LIST   4 Mar 2024\n"
    "TIME  NAME                 DOB         TOWNLAND      TOWN        REASON\n"
    "09:10 DOHERTY, Saoirse     03/09/1950  Meenbanad     Dungloe     HbA1c 52 mmol/mol\n"
    "09:30 BONNER, Ciarán       05/12/1962  Ardsbeg       Gortahork   BP 148/92 mmHg\n"
    "-- end of list (2 patients) --\n"
)


def test_a_fixed_width_table_is_read_by_its_header() -> None:
    cells = {(c.kind, FIXED[s:e]) for c, s, e in table_cells(FIXED)}
    assert ("ADDRESS", "Meenbanad") in cells and ("ADDRESS", "Ardsbeg") in cells and ("PERSON", "BONNER, Ciarán") in cells
    assert gone(FIXED, "Meenbanad") and gone(FIXED, "Ardsbeg")
    assert survives(FIXED, "HbA1c 52 mmol/mol") and survives(FIXED, "end of list")


@pytest.mark.parametrize("text", [
    "DUNGLOE PRIMARY CARE   CLINIC LIST   4 Mar 2024\nnext line of prose",  # a letterhead is no header
    "Name  Town  Reason\nSaoirse  Dungloe  review",  # a header in title case is prose spaced out, not a fixed-width export
    "TIME  NAME  TOWN\nThe clinic ran late today because of the weather.",  # a sentence under a header is no row
])
def test_spaced_capitals_and_prose_are_no_fixed_width_table(text: str) -> None:
    assert table_cells(text) == ()


@pytest.mark.parametrize(("text", "name"), [
    ("administration was granted to CIAN HANLEY and ORAN BROSN-\nAN the executors", "BROSN-\nAN"),
    ("Dear Dr Ezinne Ugw-\nuanyi, of the General Hospital,", "Ugw-\nuanyi"),
    ("Yours faithfully,\nDr ADAOBI OKWUOSA\nConsultant Physician", "OKWUOSA"),
    ("the last will and testament of\nDONNACHA C0TTER, late of Clonroche", "DONNACHA C0TTER"),
])
def test_names_as_scans_and_capitals_write_them_go(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize(("text", "term"), [
    ("Seen by Ann Baxter who is self-\nemployed as a carpenter.", "employed"),
    ("BP HIGH. NURSE KELLY MCDONAGH SAW THE PATIENT TODAY", "TODAY"),
])
def test_a_broken_word_or_a_capitals_word_is_no_name(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize("code", ["B0AB", "COVID-19", "H0ME", "S0S"])
def test_a_code_with_a_zero_is_no_misread_name(code: str) -> None:
    assert found(ScannedNameRecognizer(), f"Result {code} noted") == set()


@pytest.mark.parametrize(("text", "place"), [
    ("A. 28 SE Court Ave, Dallas, Oregon.", "28 SE Court Ave"),
    ("Legal Description Lot 3 Deposited Plan 065282", "Lot 3 Deposited Plan 065282"),
    ("being Lot 12 DP 1045521 in the parish", "Lot 12 DP 1045521"),
    ("the claimant, of Lot 20 Belmont, was injured", "Lot 20 Belmont"),
    ("of Umuezeora Village, Uruagu, Anambra State\n", "Anambra State"),
])
def test_streets_parcels_and_states_go(text: str, place: str) -> None:
    assert gone(text, place)


@pytest.mark.parametrize("text", [
    "Vaccine lot 20 given in the left deltoid.",
    "The system reached a steady State.",
    "Plan 3 of the protocol, Section 12 of the report",
])
def test_lots_plans_and_states_in_other_senses_are_no_place(text: str) -> None:
    assert found(StreetAddressRecognizer(), text) == set()


def test_a_british_postcode_goes_though_its_inward_code_reads_as_centimetres() -> None:
    text = "Town: Elgol    Postcode: IV55 6CM\nCaller: neighbour"
    assert gone(text, "IV55 6CM")
    assert survives("Wound 4 cm x 6CM deep, clean.", "6CM")


def test_a_titles_instrument_numbers_go_and_a_weight_stays() -> None:
    text = "Interests\n45235326.7 Mortgage to the credit union\n92690290.6 Caveat by the neighbour\nWeight 7654321.5 kg"
    assert found(CaseNumberRecognizer(), text) == {"45235326.7", "92690290.6"}
    assert survives(text, "7654321.5 kg")


@pytest.mark.parametrize("statute", ["N.C. Gen. Stat. § 97-18", "33 M.R.S. § 651", "Cal. Civ. Code § 1714(a)"])
def test_state_statutes_by_their_section_sign_are_kept(statute: str) -> None:
    assert kept(statute)


@pytest.mark.parametrize(("text", "name"), [
    ("as argued by Mr. Okafor. § 4.2 provides for costs", "Okafor"),
    ("seen by Dr. Obi. § 3 applies to the claim", "Obi"),
])
def test_a_name_ending_a_sentence_before_a_section_sign_is_no_statute(text: str, name: str) -> None:
    assert gone(text, name)


# ---------------------------------------------------------------- cases a review playing the adversary found

@pytest.mark.parametrize(("text", "name"), [
    ("Signed J.R. Smith. § 4 below.", "J.R. Smith"),  # initials and a surname before a clause's section sign
    ("Witness: J.K. Mensah. § 3 below applies to all parties.", "J.K. Mensah"),
])
def test_initials_and_a_surname_before_a_section_sign_are_no_statute(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize(("text", "term"), [
    ("Obs: T 37.9 HR 104, RR 22, BP 92/58, SpO2 93% on air.", "RR 22"),  # a respiratory rate, not a rural route
    ("Infusion: vial 10 Conc. 50 mg/mL", "Conc. 50 mg/mL"),
    ("Rash began the 3rd or 4th day of amoxicillin.", "3rd or 4th day"),
    ("She started the 3rd and final cycle of FOLFOX.", "3rd and final cycle"),
    ("Influenza vaccine given, Lot 4521 Sanofi, expiry soon.", "Lot 4521 Sanofi"),
    ("Balance of $450000.00 Mortgage to the bank", "450000.00"),
    ("MASS AT L4 3CM DIAMETER.", "3CM"),  # a spine's level and a size, not a Liverpool postcode
    ("H0LTER monitor fitted; M0RTON neuroma noted.", "M0RTON neuroma"),
    ("Plan for Mr EVANS TTO meds", "TTO"),
])
def test_clinical_and_legal_text_the_new_rules_must_leave(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize("text", [
    "DATE        PT     INR    APTT   FIB\n01/03/2025  13.2   1.1    32     3.1\n",
    "TIME    FIO2   NO    PEEP\n06:00   0.40   20    8\n",
    "TIME   SURGERY                      ANAES\n10:15  Carpal tunnel release       LA\n",
])
def test_a_fixed_width_lab_or_theatre_table_has_no_person_number_or_organisation_column(text: str) -> None:
    assert not [c for c, _, _ in table_cells(text) if c.kind]


@pytest.mark.parametrize(("text", "trust"), [
    ("Consultant Rheumatologist, Somerset NHS Foundation Trust\nMusgrove Park Hospital", "Somerset NHS Foundation Trust"),
    ("your claim against Mid Cheshire Hospitals NHS Foundation Trust for the delay", "Mid Cheshire Hospitals NHS Foundation Trust"),
])
def test_an_nhs_trust_goes_whole_with_its_nhs(text: str, trust: str) -> None:
    assert gone(text, trust)


def test_the_nhs_alone_and_its_services_stay() -> None:
    assert survives("If worse, ask NHS 111 or an NHS trust near you.", "NHS 111")
