"""Issue 16's first round on the twentieth corpus (bench/blind20.py, allied health and primary care outside the hospital,
criminal and family justice, a development corpus since its one blind measurement): a form's address field whole,
house numbers before their streets, villages and wards by name, a court's seat after "at", Nigerian states, courts'
case numbers, mediators, traditional leaders and judges signing in capitals, Malaysian schools; and the currencies,
eye and ear readings and sentencing terms such records keep. The examples are made up in the corpus's shapes, not
copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.address import AddressFieldRecognizer, ResidenceRecognizer
from fedtune.scrubbing.recognizers.legal import CaseNumberRecognizer
from tests.scrub_support import found, gone, survives


@pytest.mark.parametrize(("text", "value"), [
    ("Home: Section 44, Arorangi   Ph +682 20 111", "Section 44"),  # the keep-list's "section 44" does not shield an address
    ("Address: Village Kashimpur, P.O. Natore Sadar, Natore\nSeen 3 May", "P.O. Natore Sadar"),
    ("Premises: 12 Adeola Street, off Iwo Road, Ibadan\nPatient:", "off Iwo Road"),
    ("Visitors' homes: Asokore, Effiduase.\nVisits", "Asokore"),
    ("Respondent: Rajan Pillai, No. 88, Main Street, Batticaloa", "No. 88"),
    ("attacked near Gatitu village at night", "Gatitu"),
    ("The applicant, of Boseja ward, Mahalapye, says", "Boseja"),
    ("IN THE HIGH COURT OF UGANDA AT MBALE\nFAMILY CAUSE NO. 12 OF 2023", "MBALE"),
    ("NIGERIA POLICE FORCE - EBONYI STATE COMMAND", "EBONYI"),
    ("Case No. DVA 17/2023 was served.", "DVA 17/2023"),
    ("STATE OF NEBRASKA v. Cole. CR 22-4411", "CR 22-4411"),
    ("heard by mediators Jeyaseelan Rasiah and Kohila Nadarajah; no settlement", "Kohila Nadarajah"),
    ("Residence: Kanyama, under Chief Mwansa Chilufya; phone", "Mwansa Chilufya"),
    ("Delivered at Kisii.\nWANJIKU NYAMBURA, JUDGE", "WANJIKU NYAMBURA"),
    ("Children: two\nLive with: Nabirye Mukyala\nContact: weekends", "Nabirye Mukyala"),
    ("School: SK Taman Tasik, pupil no. 4", "SK Taman Tasik"),
    # A second pass: an ambulance's scene, a Pakistani house by number and block, a market where children are handed over.
    ("Scene: 41/3, Bar Road, Navalady\nCaller:", "Navalady"),
    ("son of Iqbal, resident of House No. 12-A, Block 7, Gulgasht Colony, Multan", "Block 7"),
    ("collecting the children at Bugembe market on Saturdays", "Bugembe"),
])
def test_what_records_of_justice_and_community_care_name_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Crowns cost RM850 each; the total is RM1,240.50.", "RM850"),
    ("He lost N890,000 and K2,300 a month; visitors paid GH¢200.", "N890,000"),
    ("IOP 31/24 mmHg, VA 6/12, Amsler grid normal.", "IOP 31/24 mmHg"),
    ("WRS 88% in the right ear.", "WRS 88%"),
    ("Ipswich Touch Test 3/6 on the left foot.", "Ipswich Touch Test 3/6"),
    ("Convicted under MCL 750.110a(4); PRV level C and OV 10 scored.", "MCL 750.110a(4)"),
    ("lignocaine 2% with adrenaline 1:80,000", "adrenaline 1:80,000"),
    ("Bitten by a Russell's viper on the ankle.", "Russell's viper"),
    ("The matter was referred to the Primary Court.", "Primary Court"),
])
def test_currencies_readings_and_terms_are_kept(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize("text", [
    "Address: as above\n",
    "Home: NFA\n",
    "Address: see attached\n",
])
def test_an_address_field_that_gives_no_address_names_nothing(text: str) -> None:
    assert found(AddressFieldRecognizer(), text) == set()


@pytest.mark.parametrize("text", [
    "Transferred to Surgical ward at noon.",  # a ward named by its specialty is no place
    "the Nelson ward round was late",  # a census forename
    "Welfare State policies and the Steady State model",  # dictionary words before "State"
])
def test_wards_and_states_that_are_words_are_no_places(text: str) -> None:
    assert found(ResidenceRecognizer(), text) == set()


def test_a_court_s_letters_need_a_year_after_the_slash() -> None:
    recognizer = CaseNumberRecognizer()
    assert found(recognizer, "DVA 17/2023") == {"DVA 17/2023"}
    assert found(recognizer, "BP 120/80 and GCS 15/15") == set()


def test_a_chief_executive_is_no_traditional_leader() -> None:
    assert survives("Report to the Chief Executive Officer by Friday.", "Chief Executive Officer")


# An adversarial review of the round tried to make each new keep rule shield a person, a place or a number, and each new
# recognizer over-scrub; the rules were narrowed until these held.
@pytest.mark.parametrize(("text", "value"), [
    ("Spoke to Hanen, patient's sister, by phone.", "Hanen"),
    ("Handover from RPR to JD at 08:00.", "RPR"),
    ("Moved to RM1 3AB last year.", "RM1 3AB"),
    ("Account number N12,345,678 held at the bank.", "N12"),
])
def test_what_the_review_tried_to_shield_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("The court looked at Section 8 of the Children Act 1989.", "Section 8"),
    ("Family court on Tuesday; reviewed at GP surgery today.", "GP"),
    ("Home: Metformin 500mg BD, Amlodipine 5mg OD\n", "Amlodipine"),
    ("Home: lives alone, 2 stairs\n", "2 stairs"),
    ("Premises: Grade II listed building\n", "Grade II"),
    ("BP 120/80, HR 88, PR 60-100.", "PR 60-100"),
    ("(95% CI 12-150)", "CI 12-150"),
    ("SK Left temple excised; cryo to SK Right forearm.", "SK Left"),
    ("POSTICTAL STATE on arrival.", "POSTICTAL"),
    ("Discussed with Paediatric ward sister.", "Paediatric"),
    ("Page 12, Abbey Road is the album.", "Page 12"),
])
def test_what_the_review_tried_to_over_scrub_is_left(text: str, term: str) -> None:
    assert survives(text, term)


def test_a_scene_without_an_address_and_a_market_of_words_are_no_places() -> None:
    assert found(AddressFieldRecognizer(), "Scene: Resus 2\nScene: lying on the floor\n") == set()
    assert found(ResidenceRecognizer(), "bought at the Farmers market and the Night market") == set()


def test_a_hospital_ward_by_its_specialty_is_no_place() -> None:
    assert found(ResidenceRecognizer(), "Admitted to Haematology ward overnight; of Paeds ward staff") == set()


def test_a_chief_petty_officer_and_costs_before_a_judge_are_no_names() -> None:
    from fedtune.scrubbing.recognizers.person import DoneByPersonRecognizer, PartNamedPersonRecognizer

    assert found(PartNamedPersonRecognizer(), "Chief Petty Officer Tan; Chief Executive Officer Lim") == set()
    assert found(DoneByPersonRecognizer(), "COSTS TO DPP, JUDGE") == set()
