"""Issue 16's round on the tenth corpus (bench/blind10.py, a development corpus since its one blind measurement): names
in machine formats that say by their structure where a name is (HL7 v2 name fields, DICOM person-name elements, FHIR
HumanName), and the coded elements of an HL7 message kept. Each rule has a case where it must find nothing. The
examples are made up in the formats' shapes, not copied from the corpus."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.structured import StructuredAddressRecognizer, StructuredNameRecognizer
from tests.scrub_support import detected, found, gone, kept, scrubbed_values, shared_detector

ADMISSION = (
    "MSH|^~\\&|PAS|NORTHSIDE|PORTAL|NORTHSIDE|20240302||ADT^A01^ADT_A01|MSG0042|P|2.4\n"
    "EVN|A01|20240302|||wkarlsen7^KARLSEN^WENDELIN\n"
    "PID|1||700123^^^NTH^MR||OYELARAN^TEMITOPE^ADUNNI^^MS||19791105|F|||12 Quarry Lane^^Ardmore^QLD^4812\n"
    "NK1|1|OYELARAN^BABAJIDE|SPO\n"
    "PV1|1|I|WARD^4^B||||5521^VOSKUIJLEN^ANNEKE^^^Dr||||||||||5523^DELACROIX^MAHE^^^Dr\n"
    "DG1|1||K35.80^Acute appendicitis^I10||20240302|A\n"
    "OBX|1|NM|2345-7^Glucose^LN||6.1|mmol/L|3.9-7.8|N|||F\n"
)


@pytest.mark.parametrize("name", [
    "KARLSEN^WENDELIN", "OYELARAN^TEMITOPE^ADUNNI", "OYELARAN^BABAJIDE", "VOSKUIJLEN^ANNEKE", "DELACROIX^MAHE",
])
def test_the_name_fields_of_an_hl7_message_are_scrubbed_whatever_their_case(name: str) -> None:
    assert gone(ADMISSION, name)


def test_no_other_field_of_an_hl7_message_is_taken_for_a_name() -> None:
    names = found(StructuredNameRecognizer(), ADMISSION)
    assert all("^" in n or n.isalpha() for n in names)
    for other in ("ADT^A01^ADT_A01", "K35.80^Acute appendicitis^I10", "2345-7^Glucose^LN", "6.1", "mmol/L", "WARD^4^B", "SPO"):
        assert not any(other in n for n in names), other


def test_a_line_that_merely_starts_like_a_segment_in_prose_is_left_alone() -> None:
    assert not found(StructuredNameRecognizer(), "PID is the segment that holds the patient's name, see the spec.")


@pytest.mark.parametrize(("text", "name"), [
    ("(0008,1060) PN [RATNAYAKE^S]                     #  12, 1 NameOfPhysiciansReadingStudy", "RATNAYAKE^S"),
    ("(0010,0010) PN [OKONKWO^CHIDERA]                 #  16, 1 PatientName", "OKONKWO^CHIDERA"),
    ("(0010, 0010) Patient's Name                      PN: 'HALVORSEN^SIGRID'", "HALVORSEN^SIGRID"),
])
def test_a_dicom_person_name_element_is_scrubbed(text: str, name: str) -> None:
    assert gone(text, name)


def test_a_dicom_element_of_another_value_representation_is_no_name() -> None:
    dump = "(0008,1030) LO [MRI LUMBAR SPINE]                 #  16, 1 StudyDescription\n(0018,0015) CS [LSPINE]"
    assert not found(StructuredNameRecognizer(), dump)


def test_a_fhir_human_name_goes_family_and_every_given_name() -> None:
    bundle = '{"name": [{"family": "Quansah", "given": ["Efua", "Adjoa"], "prefix": ["Ms"]}]}'
    assert all(gone(bundle, n) for n in ("Quansah", "Efua", "Adjoa"))
    pretty = '"name": [\n  {\n    "family": "Lindqvist",\n    "given": [\n      "Saga",\n      "Ebba"\n    ]\n  }\n]'
    assert all(gone(pretty, n) for n in ("Lindqvist", "Saga", "Ebba"))


def test_other_strings_of_a_fhir_resource_are_no_names() -> None:
    resource = '{"code": {"text": "Type 2 diabetes mellitus"}, "status": "final", "given": "yes", "unit": "mmol/L"}'
    assert not found(StructuredNameRecognizer(), resource)


@pytest.mark.parametrize("coded", ["2345-7^Glucose^LN", "K35.80^Acute appendicitis^I10", "22298006^Myocardial infarction^SCT"])
def test_a_coded_element_of_an_hl7_message_is_kept(coded: str) -> None:
    assert kept(f"OBX|1|CE|{coded}||")


def test_the_coded_element_rule_shields_no_name() -> None:
    # A code has a digit: a name in letters is never taken for one, even before a coding system's abbreviation.
    assert gone("PID|1||700123^^^NTH^MR||NGUYEN^LAN^SCT||19791105|F", "NGUYEN^LAN")


def test_the_facilities_of_an_hl7_message_go_and_with_them_their_initials_wherever_they_recur() -> None:
    message = (
        "MSH|^~\\&|PAS|RVH^8003620833^AUSHIC|CLINICALPORTAL|RVH|20240302||ADT^A01^ADT_A01|MSG0042|P|2.4\n"
        "PID|1||700123^^^RVH^MR||OYELARAN^TEMITOPE||19791105|F\n"
        "PV1|1|I|WARD^4^B^RVH\n"
    )
    found_here = [(e, v) for e, v in detected(message) if e == "ORGANIZATION"]
    covered = {i for d in shared_detector().detect([[message]])[0][0] for i in range(d.start, d.end)}
    starts = _starts(message, "RVH")
    assert len(starts) == 4 and all(set(range(i, i + 3)) <= covered for i in starts)
    # The application names (MSH-3, MSH-5) and the message type (MSH-9) are no facility.
    assert not [v for _, v in found_here if v in ("PAS", "CLINICALPORTAL") or "ADT" in v]


def test_a_dicom_institution_goes_and_other_long_strings_stay() -> None:
    dump = "(0008,0080) LO [Kandy Lakeside Imaging]   #  22, 1 InstitutionName\n(0008,1030) LO [CT HEAD]   #  8, 1 StudyDescription"
    assert gone(dump, "Kandy Lakeside Imaging")
    assert not gone(dump, "CT HEAD")


def _starts(text: str, word: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(word, i)]


def test_a_dicom_address_element_goes_whole_and_no_other_lo_element_does() -> None:
    dump = ("(0010,1040) LO [No. 61/3, Temple Road, Nugegoda]    #  32, 1 PatientAddress\n"
            "(0008,0081) ST [44 Kandy Road, Peradeniya]          #  26, 1 InstitutionAddress\n"
            "(0008,1030) LO [MRI LUMBAR SPINE]                   #  16, 1 StudyDescription\n")
    assert found(StructuredAddressRecognizer(), dump) == {"No. 61/3, Temple Road, Nugegoda", "44 Kandy Road, Peradeniya"}
    assert gone(dump, "No. 61/3, Temple Road, Nugegoda")


@pytest.mark.parametrize("term", ["45 CFR 164.312(b)", "42 USC 1320d", "21 CFR 11.10"])
def test_a_us_regulation_or_code_title_is_no_case_number(term: str) -> None:
    assert kept(term)


def test_the_str_loci_of_a_dna_profile_are_kept_and_a_name_beside_them_is_not() -> None:
    report = "DNA profile (GlobalFiler): D16S539 11,12; D21S11 29,30; TH01 6,9.3; vWA 16,17; Amelogenin XY. Donor: Rangi Parata."
    values = scrubbed_values(report)
    assert not any(locus in v for v in values for locus in ("D16S539", "D21S11", "TH01", "vWA", "Amelogenin"))
    assert gone(report, "Rangi Parata")


def test_a_marker_s_shape_without_a_profile_protects_nothing() -> None:
    assert gone("Staff badge D12S345 was used at 02:14.", "D12S345")
