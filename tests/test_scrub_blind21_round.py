"""Issue 16's round on the twenty-first corpus (bench/blind21.py, housing, migration and social care and urgent and
occupational care, a development corpus since its one blind measurement): local telephone numbers after their word and
a country code in brackets, a job's label and a reference before a name, "seen by" and "referred by", kin before a
name, a relation in brackets after one, police constables, a passport's machine-readable name, Danish companies, a
unit before a street line and a direction after it, overseas territories' postcodes, a previous home's field; and the
dialysis, serology, vision, travel-vaccine, offshore, immigration and homelessness terms such records keep, a dose
with a thousands separator and counted days. The examples are made up in the corpus's shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.organization import OrganizationRecognizer
from fedtune.scrubbing.recognizers.phone import TelephoneRecognizer
from tests.scrub_support import found, gone, survives


@pytest.mark.parametrize(("text", "value"), [
    ("Home: 7 Ngerkebesang Road   Phone 488-5120; family aware", "488-5120"),
    ("We will call you on 587-3301 when the result is back.", "587-3301"),
    ("Next of kin: his daughter, phone (+500) 21877, by e-mail too", "21877"),
    ("Tel: 775 6023 (evenings)", "775 6023"),
    ("Shift supervisor: Iker Goikoetxea \"Ondo izan\" to the team.", "Goikoetxea"),
    ("Reference: Kaasteen Jackson-Shangukeit, clan elder, wrote in support.", "Shangukeit"),
    ("Donor seen by Ruthmila Croes on the day.", "Ruthmila Croes"),
    ("Officer: PC Lystra Gumbs, Valley station.", "Lystra Gumbs"),
    ("Spouse Anju Kottarathil will join later.", "Kottarathil"),
    ("Household: Jessamine Boswell, Elijah (child), Dorelia (baby)", "Elijah"),
    ("P<CANTHOMAS<<MERIBAH<ANN<<<<<<<<<<<<<<<<<<<<<", "THOMAS<<MERIBAH<ANN"),
    ("Workplace contact: Nukissiorfiit A/S, the water plant.", "Nukissiorfiit"),
    ("Your tenancy at Suite 4, 1120 3rd Avenue East ended.", "East"),
    ("Rental unit: Unit 12, 905 5th Street West, Terrace", "Unit 12"),
    ("latterly 3 Philomel Street, Stanley FIQQ 1ZZ", "FIQQ 1ZZ"),
    ("Former address: 14 Villa Road, Ruimveldt\nPlan:", "Ruimveldt"),
    ("The lease at 77 4th Avenue North ended in June.", "North"),
    ("Alleged: Dorsainvil, Marie-Ange. Capacity assessed.", "Dorsainvil"),
    ("Assessor: Jo Park, YWCA Red Deer   Date:", "Red Deer"),
])
def test_what_housing_migration_and_urgent_care_records_name_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Prescription: 4 hours three times a week; Kt/V 1.4, URR 72%.", "Kt/V 1.4"),
    ("HBsAg negative and anti-HBs 80 mIU/mL.", "HBsAg negative"),
    ("Deferred: Hb cut-off 13.0 g/dL not met.", "Hb cut-off 13.0 g/dL"),
    ("Sputum Xpert MTB/RIF positive, rifampicin resistance not detected.", "Xpert MTB/RIF"),
    ("Vision: Snellen 6/9 right; Ishihara 17/17.", "Snellen 6/9"),
    ("Vision: Snellen 6/9 right; Ishihara 17/17.", "Ishihara 17/17"),
    ("Colour vision: Ishihara normal.", "Ishihara normal"),
    ("Given typhoid Vi polysaccharide and Havrix 1440 today.", "typhoid Vi polysaccharide"),
    ("Given typhoid Vi polysaccharide and Havrix 1440 today.", "Havrix 1440"),
    ("rabies PrEP day 0 and day 7; ICVP issued.", "day 0 and day 7"),
    ("epoetin alfa 4,000 units weekly continues.", "4,000 units weekly"),
    ("Fit under STCW Regulation I/9; HUET and BOSIET current.", "STCW Regulation I/9"),
    ("OEUK Medical Aptitude certificate valid for two years.", "OEUK Medical Aptitude"),
    ("Transfer under Dublin III was considered; ASF1 sent.", "Dublin III"),
    ("He holds an Emergency Travel Document as a British Overseas Territories Citizen.", "British Overseas Territories Citizen"),
    ("Referred to Permanent Supportive Housing; Housing First preferred over Rapid Re-Housing.", "Housing First"),
    ("Injury reported on MSHA Form 7000-1 with 12 days away from work.", "MSHA Form 7000-1"),
    ("Injury reported on MSHA Form 7000-1 with 12 days away from work.", "days away from work"),
    ("Certificate issued under Special Issuance.", "Special Issuance"),
    ("She belongs to the Eagle moiety; he to the Raven moiety.", "Eagle moiety"),
    ("Enrolled in ESL level 1 and Refugee Medical Assistance.", "ESL level 1"),
    ("The clinic's DOH licence was renewed.", "DOH licence"),
])
def test_the_terms_such_records_keep_are_kept(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("text", "value"), [
    # A chart's or a test's name is a surname too: without a reading after it, it is one.
    ("Seen by Dr Keiko Ishihara on the ward.", "Ishihara"),
    ("Letter to Mr Snellen about his appeal.", "Snellen"),
    ("Witness: Martha Eagle, neighbour.", "Eagle"),
    ("Interpreter: Seamus Dublin attended.", "Dublin"),
])
def test_a_kept_term_s_word_shields_no_one(text: str, value: str) -> None:
    assert gone(text, value)


def test_a_drug_s_name_is_no_one_s() -> None:
    # The small NER model reads some drug names as people; a whole name of the drug dictionary is none.
    assert survives("Medicines: epoetin alfa 4,000 units weekly, sevelamer 800 mg TDS.", "epoetin alfa")
    assert survives("insulin glargine 20 units at night", "insulin glargine")
    # A capitalised word alone may be a name whatever a brand is called, and a hospital named for a scientist is one.
    assert gone("Appointment confirmed - Calmette Hospital", "Calmette")


@pytest.mark.parametrize("text", [
    "Dose: give 250 mg now, ring 250-1000 units on the chart",  # no telephone word right before the number
    "Call 2024-0017 was logged.",  # a year and a serial are no local number
    "Phone 123-45678 is no local number either",
])
def test_a_local_number_needs_its_word_and_its_shape(text: str) -> None:
    assert found(TelephoneRecognizer(), text) == set()


# An adversarial review of the round tried to make each new rule shield someone or take ordinary text; each case was
# mended and stays here.
@pytest.mark.parametrize(("text", "value"), [
    ("Mr Ishihara passed his driving assessment on Monday.", "Ishihara"),
    ("Interpreter Ishihara failed to arrive.", "Ishihara"),
    ("Kenji Ishihara 12/14 plates", "Ishihara"),
    ("Mr Snellen 6/12 at last review", "Snellen"),
    ("Mr Dublin III, the claimant", "Dublin"),
    ("Mr Havrix attended for his second dose.", "Havrix"),
    ("Address: 42 Elm Street, Port\nTalbot", "Talbot"),  # a town split over two lines
    ("IDUTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<", "ANNA<MARIA"),
    ("Phone (home): 488-3793", "488-3793"),
    ("Contact number 488-3793", "488-3793"),
])
def test_what_the_review_tried_to_shield_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Take Metformin 500 mg PC Breakfast and PC Evening Meal.", "Evening Meal"),
    ("Referred to - Cardiology Outpatients", "Cardiology Outpatients"),
    ("Chest Pain (child) assessment.", "Chest Pain"),
    ("Staff trained in Basic Life Support, NRP and PALS.", "Basic Life Support"),
    ("Assessed by the Social Worker, MSW, on Monday.", "Social Worker"),
    ("Decision Notice, Commissioner reference 4471", "Decision Notice"),
    ("Character reference: Church Elder", "Church Elder"),
    ("Shift supervisor: Night Staff", "Night Staff"),
    ("Referred to Child Development Centre for assessment.", "Development Centre"),
    ("Phone 830-1700 Monday to Friday for advice.", "830-1700"),
    ("Mobile 200-1000 metres with frame.", "200-1000"),
    ("Text 200-1000 words maximum for the statement.", "200-1000"),
    ("Referred to Primary Care Audiology for hearing aids.", "Primary Care Audiology"),
    ("House 2, Second Reading, was adjourned", "Second Reading"),
])
def test_what_the_review_tried_to_over_scrub_is_left(text: str, term: str) -> None:
    assert survives(text, term)


def test_a_day_after_a_hospital_is_no_part_of_its_name() -> None:
    assert found(OrganizationRecognizer(), "Admitted to St Mary's Hospital Today, stable.") == {"St Mary's Hospital"}
