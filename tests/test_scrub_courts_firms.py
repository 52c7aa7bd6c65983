"""Issue 16, organisations on the development corpora: a local court's seat, local courts by their seat or their number,
and law firms by their trade, their chambers or their office. A nation's or a state's court keeps its protected name,
and so does every court's kind. The examples are made up in the corpora's shapes, not copied from them."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.places import court_seats
from fedtune.scrubbing.recognizers.organization import OrganizationRecognizer
from tests.scrub_support import found, gone, survives


@pytest.mark.parametrize(("text", "seat", "kind"), [
    ("The claim was settled before the District Court of Paphos in March.", "Paphos", "District Court"),
    ("Judgment of the High Court of Ndian Division, given on 3 May.", "Ndian Division", "High Court"),
    ("Remanded by the Magistrate's Court of Batticaloa until the next mention.", "Batticaloa", None),
    ("Judgment of the Court of First Instance Kumba, civil division.", "Kumba", None),
    ("UPPER RIVER DISTRICT TRIBUNAL, BASSE\nCase no. 14 of 2024", "BASSE", None),
    ("IN THE MAGISTRATE'S COURT FOR THE DISTRICT OF KEETMANSHOOP\nCase No. 88/2024", "KEETMANSHOOP", None),
])
def test_a_local_courts_seat_goes_though_the_courts_kind_stays_protected(text: str, seat: str, kind: str | None) -> None:
    assert gone(text, seat)
    if kind:
        assert survives(text, kind)


@pytest.mark.parametrize("court", [
    "Supreme Court of Belize",
    "Supreme Court of Victoria",
    "Court of Appeal for Ontario",
    "High Court of Justice",
    "United States District Court for the Southern District of New York",
    "Superior Court of California",
    "Court of Appeal",
    "United States District Court for the District of Columbia",
    "United States District Court for the District of Maryland",
])
def test_a_court_of_a_nation_or_a_state_keeps_its_name(court: str) -> None:
    assert court_seats(f"Appeal to the {court} was refused.") == []
    assert survives(f"Appeal to the {court} was refused.", court)


@pytest.mark.parametrize(("text", "court"), [
    ("The protection order was made at Couva Family Court yesterday.", "Couva Family Court"),
    ("Listed before the Westmoreland Parish Court on 12 June.", "Westmoreland Parish Court"),
    ("Transferred from the 281st District Court to the 190th.", "281st District Court"),
])
def test_a_local_court_by_its_seat_or_its_number_goes(text: str, court: str) -> None:
    assert court in found(OrganizationRecognizer(), text)
    assert gone(text, court.split()[0])


@pytest.mark.parametrize("text", [
    "The Supreme Court and the Federal Court have both ruled.",
    "The United States District Court dismissed it.",
    "The matter goes to the Central Family Court next.",
])
def test_a_nations_court_or_a_court_by_its_kind_is_no_local_court(text: str) -> None:
    assert not {v for v in found(OrganizationRecognizer(), text) if "Court" in v and "Central" not in v}


@pytest.mark.parametrize(("text", "firm"), [
    ("I APPOINT my brother of Olivari & Tonna, barristers and solicitors, to be my executor.", "Olivari & Tonna"),
    ("Instructed by Zhou, Ferrante and Okoye, attorneys at law.", "Zhou, Ferrante and Okoye"),
    ("Counsel for the practitioner: Ms Pierre of Chambers of Lafontaine.", "Chambers of Lafontaine"),
    ("Served on the Law Office of Broussard by hand.", "Law Office of Broussard"),
    ("Represented by Chikore Legal Practitioners of Bulawayo.", "Chikore Legal Practitioners"),
])
def test_a_law_firm_goes_by_its_trade_its_chambers_or_its_office(text: str, firm: str) -> None:
    assert gone(text, firm)


@pytest.mark.parametrize("text", [
    "Research and Development, barristers' clerks and solicitors' fees are excluded.",
    "The Chambers of Commerce met in the hall with the Chambers of Industry.",
])
def test_trade_words_and_chambers_of_a_trade_name_no_firm(text: str) -> None:
    assert not found(OrganizationRecognizer(), text)


# ---------------------------------------------------------------- people around the courts and the police


@pytest.mark.parametrize(("text", "name"), [
    ("The investigating officer, Detective Sergeant Tendai Chirwa of the CID, opposed bail.", "Tendai Chirwa"),
    ("Order granted ex parte by Her Worship Rookmin Persad; return date to follow.", "Rookmin Persad"),
    ("BAIL RULING\n\nBefore Tatenda Moyo, Regional Magistrate, on 3 May.", "Tatenda Moyo"),
    ("Witnesses Ana Costa and Nino Abashidze state that no harness was issued.", "Nino Abashidze"),
    ("Nino Abashidze and Ana Costa were interviewed on site.", "Nino Abashidze"),
    ("Respondent: Kofi Mensah also called \"Boysie\", of the same address.", "Boysie"),
    ("Escort Jiba deBrum travelled with the patient; attendant Neijon deBrum, RN.", "deBrum"),
])
def test_people_named_by_rank_office_coordination_alias_or_a_joined_particle(text: str, name: str) -> None:
    assert gone(text, name)


@pytest.mark.parametrize(("text", "term"), [
    ("The Inspector General reported to the board.", "General"),
    ("Reviewed by Dr Okafor and Ward Sister today.", "Ward Sister"),
    ("Dr Okafor and Team Leader rounds were moved.", "Team Leader"),
])
def test_a_rank_before_an_office_or_an_english_pair_after_and_is_no_one(text: str, term: str) -> None:
    assert survives(text, term)
