"""Issue 16: rules for what the nineteenth and twentieth corpora still leaked after their rounds, written to hold beyond
them: a party's part with a colon ("Complainant: ..."), an office or a credential after a name, a village head, allied
health practices by their trade, a hospital's town after it at a sentence's end, the places after a house number, a
landmark by its own name, a place with an apostrophe inside its name, the whole name of a market, and a name whose
forename reads as an English word before a job. The examples are made up in the corpora's
shapes, not copied from them; each rule has a case it must leave alone."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.address import AddressFieldRecognizer, ResidenceRecognizer
from fedtune.scrubbing.recognizers.organization import OrganizationRecognizer
from fedtune.scrubbing.recognizers.person import DoneByPersonRecognizer, PartNamedPersonRecognizer, TitledPersonRecognizer
from tests.scrub_support import found, gone, survives


@pytest.mark.parametrize(("text", "value"), [
    ("FIR lodged on 2 May.\nComplainant: Rashid Mehmood.\nGrounds:", "Mehmood"),
    ("Given under my hand on 9 July 2024. Naledi Sebego, Magistrate. Served the same day.", "Sebego"),
    ("Village: Kapiri; village head Chikondi Zgambo\nHusband:", "Zgambo"),
    ("Results reviewed. Halvard Tveit, Au.D., CCC-A", "Tveit"),
    ("Fitted at Kestrel Optometry last spring.", "Kestrel Optometry"),
    ("Hearing aids from Tidewater Audiology were returned.", "Tidewater Audiology"),
    ("Handed over to the nurse in charge, District Hospital Mutur.", "Mutur"),
    ("resident of House 48, Gali Pathanwali, Mohalla Qasimpura, Bahawalpur ... Petitioner", "Gali Pathanwali"),
    ("Respondent: K. Sivam, labourer, 22, Station Road, Arasady\nClaim: money lent", "Arasady"),
    ("resident of Mohalla Saddar, near the Imambargah, Jhang", "Imambargah"),
    ("to hand the children over at Nakawa market each Friday", "Nakawa market"),
    ("the assault took place at Kamung'ang'a after dark", "Kamung'ang'a"),
    ("Seen on 3 June by Marged Hughes, welfare officer.", "Marged Hughes"),
])
def test_what_the_leftovers_name_goes(text: str, value: str) -> None:
    assert gone(text, value)


def test_each_recognizer_finds_its_shape() -> None:
    assert found(DoneByPersonRecognizer(), "Complainant: Rashid Mehmood.") == {"Rashid Mehmood"}
    assert found(DoneByPersonRecognizer(), "Village: Kapiri; village head Chikondi Zgambo") == {"Chikondi Zgambo"}
    assert found(PartNamedPersonRecognizer(), "Naledi Sebego, Senior Magistrate.") == {"Naledi Sebego"}
    assert found(PartNamedPersonRecognizer(), "by Marged Hughes, welfare officer.") == {"Marged Hughes"}
    assert found(TitledPersonRecognizer(), "Report by Halvard Tveit, M.D., on file.") == {"Halvard Tveit"}
    assert found(OrganizationRecognizer(), "Fitted at Kestrel Optometry.") == {"Kestrel Optometry"}
    assert found(OrganizationRecognizer(), "at Base Hospital Tirukkovil.") == {"Base Hospital Tirukkovil"}
    assert found(AddressFieldRecognizer(), "resident of House 48, Gali Pathanwali, Bahawalpur") == {"House 48, Gali Pathanwali, Bahawalpur"}
    assert found(AddressFieldRecognizer(), "clerk, 22, Station Road, Arasady\nClaim: money lent") == {"22, Station Road, Arasady"}
    assert found(ResidenceRecognizer(), "near the Imambargah, Jhang") == {"Imambargah"}
    assert found(ResidenceRecognizer(), "at Nakawa market") == {"Nakawa market"}
    assert found(ResidenceRecognizer(), "offence at Kamung'ang'a") == {"Kamung'ang'a"}


@pytest.mark.parametrize(("recognizer", "text"), [
    # A hospital's service is no practice: the words before the trade say whom it serves.
    (OrganizationRecognizer(), "Refer to Paediatric Audiology for review."),
    (OrganizationRecognizer(), "Community Podiatry to see the foot; Low Vision Optometry declined."),
    # An office that heads a phrase ("Registrar of Births"), and a job after words that name no one.
    (PartNamedPersonRecognizer(), "Application to Kgosi Court, Registrar of Births and Deaths."),
    (PartNamedPersonRecognizer(), "Coordinator: Finance Team"),
    (PartNamedPersonRecognizer(), "Questions: Ring Reception on extension 4"),
    # A landmark by an English word, and "Ma'am", which no place word comes before.
    (ResidenceRecognizer(), "lives near the Church, opposite the Old Mill"),
    (ResidenceRecognizer(), "Thank you Ma'am, that helps."),
    # A house's number alone, with no lane or quarter after it.
    (AddressFieldRecognizer(), "Tickets for Opera House 2 are sold out."),
    # A market's words are no market's name.
    (ResidenceRecognizer(), "bought at the Farmers market and the Street market"),
    # A party's word before words: "Caller: Ambulance Control".
    (DoneByPersonRecognizer(), "Caller: Ambulance Control\nComplainant: The State"),
])
def test_what_each_rule_must_leave_alone(recognizer: object, text: str) -> None:
    assert found(recognizer, text) == set()


def test_a_town_after_a_street_stays_on_its_line() -> None:
    # The place after a house number ends at the line; the next line's label is no part of the address.
    assert survives("Respondent: K. Sivam, 22, Station Road, Arasady\nDispute: money lent", "Dispute")
    assert survives("Address: 48 Lakeview Way, Paisley\nPlan: review in clinic", "Plan")


def test_a_weekday_after_a_hospital_is_no_town() -> None:
    assert survives("Admitted to Mercy Hospital Monday, home Friday.", "Monday")
