"""Issue 16's first round on the nineteenth corpus (bench/blind19.py, records of work, school, money and family life, a
development corpus since its one blind measurement): the keep-list's benefits, schemes, statutory guidance, school years
and qualifications, acts with a jurisdiction after the kind, concussion protocols and assisted-conception tests; and the
names, numbers and places such records give (people by their part in a report or a form, by a job after a comma, by an
identifier's label after them, by a Gaelic patronymic or a party; funds, homes, chapels, caterers, clubs and Welsh
surgeries; register entries and trustees' numbers; a spouse's township, a birthplace, a home address's town and
postcode). Each keep rule has cases where it must not shield a person. The examples are made up in the corpus's
shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.address import ResidenceRecognizer
from fedtune.scrubbing.recognizers.legal import CaseNumberRecognizer
from fedtune.scrubbing.recognizers.person import InitialsRecognizer, TitledPersonRecognizer
from fedtune.scrubbing.vouch import instrument_spans
from tests.scrub_support import found, gone, survives


@pytest.mark.parametrize(("text", "term"), [
    ("She has received Attendance Allowance since the spring.", "Attendance Allowance"),
    ("He claims Universal Credit and Child Benefit for two children.", "Universal Credit"),
    ("The award of Personal Independence Payment was reconsidered.", "Personal Independence Payment"),
    ("A Debt Relief Order costs a £90 fee.", "Debt Relief Order"),
    ("income and outgoings were set out in a Standard Financial Statement", "Standard Financial Statement"),
    ("a 60-day Breathing Space was granted", "Breathing Space"),
    ("Adjustments funded through Access to Work were agreed.", "Access to Work"),
    ("She was issued a Statement of Fitness for Work for four weeks.", "Statement of Fitness for Work"),
    ("as required by Keeping Children Safe in Education 2024", "Keeping Children Safe in Education 2024"),
    ("under Working Together to Safeguard Children 2023", "Working Together to Safeguard Children 2023"),
    ("under the Mental Capacity Act (Northern Ireland) 2016", "Mental Capacity Act (Northern Ireland) 2016"),
    ("the Social Security Regulations (Northern Ireland) 2016 apply", "Social Security Regulations (Northern Ireland) 2016"),
    ("a hazard under the Work Health and Safety Act 2011 (Qld)", "Work Health and Safety Act 2011 (Qld)"),
    ("contrary to RA 9711 and R.A. No. 11223", "RA 9711"),
    ("Injury to feelings sits in the middle of the Vento bands.", "Vento bands"),
    ("She is paid at Band C on the clinical scale.", "Band C"),
    ("He moved up to Year 9 in September.", "Year 9"),
    ("She is predicted GCSE Maths grade 5.", "GCSE Maths"),
    ("enrolled on the BSc (Hons) Mental Health Nursing", "BSc (Hons) Mental Health Nursing"),
    ("The family appears in the Old Parish Registers and the 1901 census.", "the 1901 census"),
    ("A Mass of Christian Burial will be celebrated on Friday.", "Mass of Christian Burial"),
    ("The concern was logged on CPOMS by the DSL.", "CPOMS"),
    ("Stage 3 of the Graduated Return to Play was completed.", "Graduated Return to Play"),
    ("He failed two of the Maddocks questions on the touchline.", "Maddocks questions"),
    ("The plan used Te Whare Tapa Whā to set goals.", "Te Whare Tapa Whā"),
    ("The study runs under ICH-GCP E6(R3) and local rules.", "ICH-GCP E6(R3)"),
    ("Embryos will have PGT-A before transfer.", "PGT-A"),
    ("WISC-V full scale IQ 84 (low average)", "full scale IQ 84"),
    ("Pain is worse at night and he wears splints at night.", "at night"),
    ("The premium is R12 450 per month.", "R12 450"),
])
def test_benefits_schemes_and_terms_of_ordinary_life_are_kept(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("text", "value"), [
    # A keep rule never shields a person: a benefit, an order or an award named for someone, a band or a year beside a name.
    ("the Agnieszka Kowalczyk Allowance was paid by the parish", "Kowalczyk"),
    ("the Mary Smith Award 2020 went to her", "Mary Smith"),
    ("Band D: Hester Quilliam, clerk", "Hester Quilliam"),
    ("Year 2 teacher: Oonagh Treacy", "Oonagh Treacy"),
    ("Kerrigan Act 2011 (Qld) notes were written by Dympna Kerrigan", "Dympna Kerrigan"),
    # People by their part in a report or a form, a job or an identifier's label after them, a patronymic, a party.
    ("Coordinator: Vikrant Tandon\n", "Vikrant Tandon"),
    ("Referee: Marlise Swanepoel   Coach: Dewald Fourie", "Marlise Swanepoel"),
    ("Employer: the council (HR: Tebogo Maluleke)   Broker: Mpho Ramaphala", "Tebogo Maluleke"),
    ("Employer: the council (HR: Tebogo Maluleke)   Broker: Mpho Ramaphala", "Mpho Ramaphala"),
    ("Duty worker on duty: Lettice Crabtree.", "Lettice Crabtree"),
    ("Seen on 4 June by Eluned Prys, money adviser. She was calm.", "Eluned Prys"),
    ("Diolch,\nGethin Morus, rheolwr y feddygfa / practice manager", "Gethin Morus"),
    ("Annwyl Heulwen Parri,\nThe note is ready.", "Heulwen Parri"),
    ("Kia ora Tama Wihongi,\nHere is the plan.", "Tama Wihongi"),
    ("Investigated by Marivic Lacson (nutrition officer, 0917 555 0000)", "Marivic Lacson"),
    ("survived by his grandchild Eilidh and a godson Ruairidh", "Eilidh"),
    ("S-12-004: Nandini Kapoor, ABHA 12-3456-7890-1234", "Nandini Kapoor"),
    ("known in the village as Dòmhnall mac Ruairidh, a crofter", "Dòmhnall mac Ruairidh"),
    ("after the wedding of Jomar Villanueva at the plaza", "Jomar Villanueva"),
    ("ill after Jomar Villanueva's party on Sunday", "Jomar Villanueva"),
    ("Site 12 update: S-12-031 (KT) eligible; S-12-044 (AN) not eligible", "AN"),
    # Bodies a life's records name.
    ("Scheme administrator: Derbyshire Pension Fund\nAddress:", "Derbyshire Pension Fund"),
    ("Larchfield Residential Home - ADMISSION NOTE", "Larchfield Residential Home"),
    ("Seen on 2 May by Marged Watts, Debt Adviser.", "Marged Watts"),
    ("Visitation at Margaree Valley Funeral Home, 4 Main St", "Margaree Valley Funeral Home"),
    ("Caterer: Bacolod Lechon Catering; food handler", "Bacolod Lechon Catering"),
    ("Durbanville Wolves RFC - INCIDENT REPORT", "Durbanville Wolves RFC"),
    ("Issued by: Dr Rees, Meddygfa'r Castell\nContact:", "Meddygfa'r Castell"),
    ("council tax arrears to City and County of Cardiff", "City and County of Cardiff"),
    # Numbers and places.
    ("born 2 May 1890 at Balivanich (register 119/4 21), a crofter's son", "119/4 21"),
    ("trustee Jo Bell, registered trustee no. 5521; file note", "5521"),
    ("he married Peigi Steele of Lochboisdale. He died in 1931.", "Lochboisdale"),
    ("Born March 3, 1950 in Membertou, she trained as a nurse.", "Membertou"),
    ("Home: 14 Kerkstraat, Riebeek-Kasteel 7307\nSchool:", "7307"),
])
def test_what_records_of_ordinary_life_name_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    # What the new recognizers must leave: a job after a department, a benefit's own words, a month after "born in".
    ("Report to Finance, office manager on leave.", "Finance"),
    ("Band 5 nurses on Ward 3 cover nights.", "Band 5"),
    ("The party of six arrived at noon.", "party of six"),
])
def test_what_the_new_recognizers_must_leave(text: str, term: str) -> None:
    assert survives(text, term)


def test_benefits_and_orders_are_instruments_only_when_their_words_are_dictionary_words() -> None:
    # "Kowalczyk" is no dictionary word; "Harmony" and "Winter" are census forenames.
    text = "a Debt Relief Order, the Kowalczyk Allowance, the Harmony Order and a Winter Fuel Payment"
    assert [text[a:b] for a, b in instrument_spans(text)] == ["Debt Relief Order"]


# A home address's whole line is AddressFieldRecognizer's now (tests/test_scrub_blind20_round.py); the residence rules
# take nothing from these.
@pytest.mark.parametrize("text", [
    "He was born in January in hospital.",  # a month after "born in" is no birthplace
    "Home: 14 Kerkstraat, Flat 2\nSchool:",  # a flat's number is no postcode
    "Home: 14 Kerkstraat, Cape Town 8001\nSchool:",  # dictionary words: the gazetteer's to find, not this rule's
])
def test_birthplace_and_home_town_rules_take_only_unknown_words(text: str) -> None:
    assert found(ResidenceRecognizer(), text) == set()


def test_a_register_entry_needs_its_word_and_its_shape() -> None:
    recognizer = CaseNumberRecognizer()
    assert found(recognizer, "birth (register 118/2 17) at home") == {"118/2 17"}
    assert found(recognizer, "a dose of 118/2 17 times") == set()


def test_initials_after_a_subject_number_and_not_after_a_dose() -> None:
    recognizer = InitialsRecognizer()
    assert found(recognizer, "S-81-182 (PB) eligible") == {"PB"}
    assert found(recognizer, "HbA1c 9.7 (PB) noted") == set()


def test_a_spouse_s_township_is_a_place_only_when_no_dictionary_word() -> None:
    recognizer = ResidenceRecognizer()
    assert found(recognizer, "married Mòr Steele of Iochdar. He died") == {"Iochdar"}
    assert found(recognizer, "married Mòr Steele of Counsel. He died") == set()


# An adversarial review of the round tried to make each new keep rule shield a person, a place or a number, and each new
# recognizer over-scrub; the rules were narrowed until these held.
@pytest.mark.parametrize(("text", "value"), [
    ("Re: Ciaran Murphy\nMental Capacity Act (Northern Ireland) 2016 - Deprivation of Liberty", "Ciaran Murphy"),
    ("Client: Aoife Doherty\nPersonal Independence Payment Regulations (Northern Ireland) 2016 appeal.", "Aoife Doherty"),
    ("Ms Bronagh Quinn Mental Health Order (Northern Ireland) 2016 reviewed.", "Bronagh Quinn"),
    ("Worker: Kylie Hatfield\nWorkers Compensation and Rehabilitation Act 2003 (Qld) s 132", "Kylie Hatfield"),
    ("Patient ID: R 123 456.", "123 456"),
    ("Employee number R 104 552, Thabo Nkosi.", "104 552"),
    ("MRN: RA 10234", "10234"),
    ("Patient RA 4821 reviewed.", "4821"),
    ("Final Payment 2023-04-12 received.", "2023-04-12"),
    ("At Ronnel Dalisay's 18th birthday party, he fell.", "Ronnel Dalisay"),
    ("Referee - Sanet Pietersen", "Sanet Pietersen"),
])
def test_what_the_review_tried_to_shield_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Fluids 24 hr, Normal Saline running.", "Normal Saline"),
    ("Output last hr: Nil Recorded", "Nil Recorded"),
    ("Frataxin GAA repeat expansion confirmed.", "Frataxin"),
    ("Co-codamol reg. 30/500 2 tabs QDS.", "30/500 2"),
    ("MAR entry 500/125 1 tab TDS given.", "500/125 1"),
    ("Register 24/7 365 access.", "365"),
    ("Request RAD-23-00123 (MRI) booked.", "MRI"),
    ("S-1-22 (OK) proceed.", "OK"),
    ("Coordinator: Finance Team", "Finance Team"),
    ("Referee: Head Teacher", "Head Teacher"),
    ("Line manager: Clinical Lead", "Clinical Lead"),
    ("Child Protection, social worker allocated.", "Child Protection"),
    ("The party of Conservative Members met.", "Conservative Members"),
    ("In the wake of Operation Yewtree the review began.", "Operation Yewtree"),
    ("Joined a Walking Football Club for cardiac rehab.", "Walking Football Club"),
    ("Moved to a Local Authority Residential Home.", "Local Authority Residential Home"),
])
def test_what_the_review_tried_to_over_scrub_is_left(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize("text", ["Estimado Cliente,\nGracias.", "Kia ora Koutou,\nHere is the plan.", "Hola Doctora,"])
def test_a_greeting_in_another_language_to_no_one_names_no_one(text: str) -> None:
    assert found(TitledPersonRecognizer(), text) == set()
