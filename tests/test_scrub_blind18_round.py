"""Issue 16's first round on the eighteenth corpus (bench/blind18.py, reports of review, regulatory and inquiry processes,
a development corpus since its one blind measurement): the keep-list's public instruments (laws known by a person's
name, statutes with a word in brackets, frameworks, schemes, standards and lists, cases cited by one party, eponymous
tests), and the names, numbers and places such reports give (police collar numbers and the officers after them,
initials a label or an exhibit names, Canadian postcodes of any letters, Finnish streets, Nordic hospitals, practices
named for their street). Each keep rule has cases where it must not shield a person. The examples are made up in the
corpus's shapes, not copied from it."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.address import ResidenceRecognizer
from fedtune.scrubbing.recognizers.person import BracketedInitialsRecognizer, InitialsRecognizer, PartNamedPersonRecognizer
from fedtune.scrubbing.recognizers.register import PoliceNumberRecognizer
from fedtune.scrubbing.vouch import defined_acronym_spans, instrument_spans
from tests.scrub_support import found, gone, survives


@pytest.mark.parametrize(("text", "term"), [
    ("Disclosure under Clare's Law was refused.", "Clare's Law"),
    ("Awaab's Law now sets time limits for damp.", "Awaab's Law"),
    ("a recall under the Crime (Sentences) Act 1997", "Crime (Sentences) Act 1997"),
    ("a hearing under the Police (Conduct) Regulations 2020", "Police (Conduct) Regulations 2020"),
    ("reviewed under the Patient Safety Incident Response Framework", "Patient Safety Incident Response Framework"),
    ("He completed the Thinking Skills Programme in custody.", "Thinking Skills Programme"),
    ("his name was added to the Barred List", "Barred List"),
    ("a breach of the Standards of Professional Behaviour", "Standards of Professional Behaviour"),
    ("The land lies in Flood Zone 3.", "Flood Zone 3"),
    ("Following Devaseelan [2002] UKIAT 00702 the judge began with the earlier findings.", "Devaseelan [2002] UKIAT 00702"),
    ("She has no CSID and cannot obtain one.", "CSID"),
    ("the nurse assessed Gillick competence and applied the Fraser guidelines", "Gillick competence"),
    ("Thompson test positive on the left.", "Thompson test"),
    ("The case was reported under Lex Maria.", "Lex Maria"),
    ("breach of By-Law 9 of the society", "By-Law 9"),
])
def test_public_instruments_and_tests_are_kept(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("text", "value"), [
    # A keep rule never shields a person: a firm named for someone, a scheme or programme named for a person.
    ("She instructed Mary's Law Firm in Leeds.", "Mary"),
    ("funded by the Mary Smith Trust Scheme", "Mary Smith"),
    ("referred to the Kowalski Programme", "Kowalski"),
    # Officers by rank and collar number, and the officer after it.
    ("Outcome of gross misconduct hearing - PC 3054 Rhys Pugh", "PC 3054"),
    ("DS 602 Eifion Breeze produced the audit of searches", "Eifion Breeze"),
    ("PCSO 8001 Nest Jervis was at the first visit.", "Nest Jervis"),
    # Initials a label or an exhibit names, though the keep-list protects "BP" and "TB" elsewhere.
    ("1. Patient initials: BP  1a. Country: the Netherlands", "BP"),
    ("I refer to exhibit TB/1, the messages.", "TB"),
    # Names by their role, and who instructed an expert.
    ("Investigator: Mzwandile Mpendu", "Mzwandile Mpendu"),
    ("The panel heard from Tyrese Bradnock (prison offender manager).", "Tyrese Bradnock"),
    # Places and bodies such reports name.
    ("The licensee practised alone in Timmins P1B 3D0.", "P1B 3D0"),
    ("Address: Rovakatu 163 B 1, 96100 Rovaniemi", "Rovakatu 163 B 1"),
    ("Department of Internal Medicine, Falu lasarett, Sweden", "Falu lasarett"),
    ("Dr Bell of Pear Tree Lane Surgery saw the child alone.", "Pear Tree Lane Surgery"),
    ("general practitioner, Havenpark 3, 4308 ML Zierikzee", "4308 ML"),
    ("a licensee (LSO #02619L)", "02619L"),
    ("thrown from a quad bike in the early hours of the 16th; flown in", "16th"),
])
def test_what_reports_name_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("BP 120/80, HR 72", "BP 120/80"),
    ("TB treatment was started", "TB"),
    ("PC 2 on the ward had no network", "PC 2"),
    ("500 ML bag of saline", "500 ML"),
])
def test_numbers_and_acronyms_the_new_rules_do_not_take(text: str, term: str) -> None:
    assert survives(text, term)


def test_an_instrument_is_kept_only_when_its_words_are_dictionary_words() -> None:
    text = "the Housing Health and Safety Rating System, the Grace Kowalski Scheme and Capital Acquisitions Tax"
    assert [text[a:b] for a, b in instrument_spans(text)] == ["Housing Health and Safety Rating System", "Capital Acquisitions Tax"]


# An adversarial review tried to make each new keep rule shield a person, a place or a number, and each new recognizer
# over-scrub; the rules were narrowed until these held.
@pytest.mark.parametrize(("text", "value"), [
    ("The appellant's own appeal, Mohammed (DOB 12/03/1985, HO ref M1234567) [2022] UKUT 00110 (IAC), was allowed.", "Mohammed"),
    ("The appellant's own appeal, Mohammed (DOB 12/03/1985, HO ref M1234567) [2022] UKUT 00110 (IAC), was allowed.", "12/03/1985"),
    ("Mrs Green was referred to the Green Programme by her GP.", "Green Programme"),
    ("Daniel Moss was discussed; the Moss Family Register was updated.", "Moss Family"),
    ("Funding from the Poppy Brown Memorial Scheme paid for the funeral.", "Poppy Brown"),
    ("The Bury Parenting Programme visited on 3 May.", "Bury"),
    ("Mr Kowalski's Law Society complaint was dismissed.", "Kowalski"),
    ("Jayden was upset; Jayden's Law coursework was late.", "Jayden"),
    ("He breached the Moorland View (Barnsley) House Rules twice.", "Barnsley"),
])
def test_what_the_review_tried_to_shield_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Ventilator: PS 15 PEEP 5, Sats 94%", "PS 15"),
    ("DC 150 J delivered for AF", "DC 150"),
    ("DS 12 weeks gestation", "DS 12"),
    ("Auntie 3 looked after the children.", "Auntie 3"),
])
def test_what_the_review_tried_to_over_scrub_is_left(text: str, term: str) -> None:
    assert survives(text, term)


@pytest.mark.parametrize(("recognizer", "text"), [
    (PoliceNumberRecognizer, "PC 2019 laptop seized"),
    (PoliceNumberRecognizer, "SC 40 daily enoxaparin"),
    (PoliceNumberRecognizer, "Switched to PC 20 PEEP 8"),
    (InitialsRecognizer, "Initials: NA"),
    (InitialsRecognizer, "Initials OK"),
])
def test_years_doses_and_placeholders_are_no_collar_number_or_initials(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer(), text) == set()


@pytest.mark.parametrize(("text", "term"), [
    # An acronym in brackets that the words before it spell, and trials' registry numbers.
    ("suspected transfusion-associated circulatory overload (TACO) after two units", "TACO"),
    ("referred for an alcohol and other drug (AOD) assessment", "AOD"),
    ("Study NCT06218855, site 04: the subject withdrew.", "NCT06218855"),
    ("EU CT 2024-510392-16-00 serious adverse event report", "EU CT 2024-510392-16-00"),
])
def test_defined_acronyms_and_trial_numbers_are_kept(text: str, term: str) -> None:
    assert survives(text, term)


def test_initials_after_a_name_define_no_acronym() -> None:
    assert defined_acronym_spans("seen with john smith (JS) and the patient (JS)") == []


@pytest.mark.parametrize(("text", "value"), [
    # A townland given as where a named person lives, in a will and a witness line.
    ("4. I leave €15,000 to my niece Aoife Brady of Rathnally, Trim.", "Rathnally"),
    ("Signed by the testator in our presence: Seán Daly, Moyagher, Co. Meath; Ann Byrne, Navan.", "Moyagher"),
    # Who a report names by an office or a study role.
    ("Appropriate authority: Elgan Whittal of Dyfed-Powys Police", "Elgan Whittal"),
    ("Reported to the sponsor on 3 May by Itishree Dash, study coordinator (id@x.in).", "Itishree Dash"),
    # A paper's authors and their initials.
    ("Authors: Karin Lind¹ (orcid), Rune Gudmunds² (orcid)", "Rune Gudmunds"),
    ("Authors' contributions: KO and RG treated the patient.", "KO"),
    ("Patient: Bram Pieters (BP), male, born 1950", "BP"),
    # Bodies by their name.
    ("the Medway Safeguarding Children Partnership met", "Medway Safeguarding Children Partnership"),
    ("trust account at the Caisse populaire de Timmins", "Caisse populaire de Timmins"),
])
def test_what_wills_papers_and_decisions_name_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Under section 23 of the Patient Injuries Act (948/2019) you receive EUR 1,900.", "Patient Injuries Act (948/2019)"),
    ("a Scottish Charitable Incorporated Organisation (SC045123)", "Scottish Charitable Incorporated Organisation"),
])
def test_acronyms_of_bodies_and_statute_numbers_are_kept(text: str, term: str) -> None:
    assert survives(text, term)


def test_a_dictionary_word_after_a_name_is_no_residence() -> None:
    assert found(ResidenceRecognizer(), "Jane Smith of Counsel, London; Mary Byrne, Solicitor, Dublin") == set()


def test_an_acronym_of_dictionary_words_is_no_one_s_initials() -> None:
    text = "The Care Quality Commission (CQC) and Blood Pressure (BP); Bram Pieters (BP), male"
    assert found(BracketedInitialsRecognizer(), text) == {"BP"}
    results = BracketedInitialsRecognizer().analyze(text, ["INITIALS"])
    assert [text[r.start : r.end] for r in results] == ["BP"] and results[0].start > text.index("Bram")


def test_an_acronym_in_the_contributions_is_no_one_s_initials() -> None:
    text = "Authors' contributions: KO and RG treated the patient; EB reviewed the MRI."
    assert found(InitialsRecognizer(), text) == {"KO", "RG", "EB"}


# Leftovers of this corpus taken later (with the nineteenth corpus's round): a charity by its own name before its number,
# the later members of a panel's list, and whom to ask a question.
@pytest.mark.parametrize(("text", "value"), [
    ("Kinross Men's Shed Collective (charity number SC049876; company number SC612345)", "Kinross Men's Shed Collective"),
    ("Tayside Bereavement Larder (SC048765), Perth: inquiry opened", "Tayside Bereavement Larder"),
    ("Decision: revocation. Panel: Ann Roe, Omer Loutit.", "Omer Loutit"),
    ("Present: Dr Ilse Brand (chair), Kaisu Rantala, Mikko Hirvelä and Oona Suvanto.", "Oona Suvanto"),
    ("Questions: Hilkka Kuusela, or your lawyer.", "Hilkka Kuusela"),
])
def test_what_the_second_pass_left_goes(text: str, value: str) -> None:
    assert gone(text, value)


@pytest.mark.parametrize(("text", "term"), [
    ("Present: Ward Manager, Lay Member and Head Teacher.", "Head Teacher"),
    ("The Data Protection Act (company law) applies.", "Data Protection Act"),
])
def test_a_list_s_roles_and_an_act_s_bracket_are_left(text: str, term: str) -> None:
    assert survives(text, term)


def test_a_list_takes_only_names_census_data_or_no_dictionary_knows() -> None:
    text = "Apologies: Ann Roe, Finance Team, Omer Loutit and Safeguarding Lead."
    assert found(PartNamedPersonRecognizer(), text) == {"Omer Loutit"}
