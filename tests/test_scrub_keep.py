"""Protected domain terms survive scrubbing; names that only look like them do not; sites can add terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from fedtune.demo.synthetic import generate_records
from fedtune.scrubbing.keep import KeepList, KeepListError
from fedtune.scrubbing.scrub import text_fields

from tests.scrub_support import detected, scrubbed_values

SURVIVE = [
    "Parkinson's disease",
    "Hodgkin lymphoma",
    "Hashimoto's thyroiditis",
    "Guillain-Barré syndrome",
    "Glasgow Coma Scale 15/15",
    "Babinski sign negative",
    "brentuximab vedotin 1.8 mg/kg every 3 weeks",
    "WBC 13.8 x10^9/L",
    "UPDRS 37",
    "follow-up in 8 weeks",
    "10 business days",
    "Palsgraf v. Long Island Railroad Co.",
    "Hoffman v. Red Owl Stores, Inc.",
    "res ipsa loquitur",
    "the Commonwealth of Massachusetts",
    "England and Wales",
    "Foss v Harbottle",
    "Salomon v A Salomon & Co Ltd",
    "the Occupiers' Liability Act 1957",
    "the Payment Services Regulations 2017",
    "Section 141 of the Delaware General Corporation Law",
    "Regulation Z",
    "Part 36 offer",
    "ustekinumab (Stelara) 90 mg",
    "dupilumab (Dupixent) 300 mg every 2 weeks",
    "Virchow's node",
    "Ki-67 index 30%",
    "PD-L1 TPS 60%",
    "Lewy body dementia",
    "Rockwood Clinical Frailty Scale",
    "Keppra 500 mg BD",
    "paracetamol 1 g QDS",
    "hold Seroquel 50 mg nocte",
    "Ozempic 0.5 mg weekly",
    "lactate 3.1 mmol/L",
    "platelets 88 x10^9/L",
    "within 14 days",
    "over the last 4 months",
    "a term of 12 months",
    "Berg Balance Scale 41/56",
    "Canadian Triage and Acuity Scale",
    "Manchester Triage System",
    "GAD-7 and PHQ-9",
    "Mental Health Act, R.S.O. 1990",
    "Inheritance (Provision for Family and Dependants) Act 1975",
    "caveat emptor",
    "contra proferentem",
    "Banks v Goodfellow",
    "Autoclenz Ltd v Belcher",
    "Chahal v United Kingdom",
    "Hall Street Associates v. Mattel",
    "Street v Mountford",
]


@pytest.mark.parametrize("term", SURVIVE)
def test_protected_term_survives_in_a_sentence(term: str) -> None:
    text = f"Dr. Alice Parker noted {term} for Robert Baker on 03/14/2021."
    values = " ".join(scrubbed_values(text))
    assert not any(word in values for word in term.split() if len(word) > 3)
    assert "Robert Baker" in scrubbed_values(text)


def test_a_name_that_shares_a_word_with_a_term_is_still_scrubbed() -> None:
    text = "Patient Bell Parker has Bell's palsy; seen with Ed Smith in the ED."
    values = scrubbed_values(text)
    assert any("Bell Parker" in v for v in values)
    assert any("Ed Smith" in v for v in values)
    assert "ED" not in values and not any("palsy" in v for v in values)


def test_a_surname_inside_a_case_name_is_kept_only_there() -> None:
    text = "Client Ashley Williams relies on Williams v. Walker-Thomas Furniture Co. as authority."
    found = detected(text)
    assert ("PERSON", "Ashley Williams") in found
    assert all("Walker" not in value for _, value in found)


def test_a_site_extends_the_list_with_its_own_file(tmp_path: Path) -> None:
    extra = tmp_path / "site.txt"
    extra.write_text("# our ward names\nNightingale Ward\nre:\\bBay \\d{1,2}\\b\n", encoding="utf-8")
    packaged = KeepList.load(["medical"])
    extended = KeepList.load(["medical"], [extra])
    text = "Moved from Nightingale Ward to Bay 4."
    assert packaged.spans(text) == []
    assert [text[s:e] for s, e in extended.spans(text)] == ["Nightingale Ward", "Bay 4"]
    assert packaged.digest() != extended.digest()


def test_terms_match_either_apostrophe_and_any_case() -> None:
    keep = KeepList(("parkinson's disease",), ())
    text = "PARKINSON’S DISEASE and parkinson's  disease"
    assert len(keep.spans(text)) == 2


def test_domains_select_their_files() -> None:
    assert "hadley v. baxendale" in KeepList.load(["legal"]).terms
    assert "hadley v. baxendale" not in KeepList.load(["medical"]).terms


def test_a_bad_site_file_is_named_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("fine term\nre:([unclosed\n", encoding="utf-8")
    with pytest.raises(KeepListError, match=r"bad.txt:2: not a valid regular expression"):
        KeepList.load([], [bad])
    with pytest.raises(KeepListError, match=r"missing.txt: cannot read keep-list file"):
        KeepList.load([], [tmp_path / "missing.txt"])


def test_a_term_starting_with_punctuation_still_matches_after_a_space() -> None:
    # Such a term turns off the \b shortcut; the look-behind alone must still find it.
    keep = KeepList(terms=("(ii) of the lease", "warfarin"), patterns=())
    text = "Clause (ii) of the lease; warfarin 5 mg."
    assert [text[s:e] for s, e in keep.spans(text)] == ["(ii) of the lease", "warfarin"]


def test_the_word_start_shortcut_finds_the_spans_of_the_look_behind_alone() -> None:
    fast = KeepList.load(["medical", "legal", "finance"])
    # A term that starts with punctuation and occurs nowhere forces the look-behind-only form.
    plain = KeepList(terms=(*fast.terms, "-never-in-a-record"), patterns=fast.patterns)
    records = generate_records("clinical", 60, seed=5, formats=("instruction", "chat", "text"))
    records += generate_records("legal", 60, seed=5, formats=("instruction", "chat", "text"))
    texts = [text for r in records for _, text in text_fields(r.record, 0)]
    assert sum(len(fast.spans(t)) for t in texts) > 100
    assert [fast.spans(t) for t in texts] == [plain.spans(t) for t in texts]


def test_keep_rules_never_shield_a_patient_or_a_client() -> None:
    assert "Brown" in scrubbed_values("Mr Brown's disease is stable.")
    assert any("Smith" in v for v in scrubbed_values("Reviewed by Dr Patel (Smith) on ustekinumab."))
    assert "June 1993" in scrubbed_values("Acme Ltd appointed Laura Cook (born June 1993) as a director.")
    assert any("Smith" in v for v in scrubbed_values("Instructed by Smith Law Group on the claim."))


@pytest.mark.parametrize("text", ["Emily's test results are back.", "Peter's fracture has healed.", "Jake's lymphoma responded."])
def test_a_first_name_before_a_common_clinical_noun_is_not_taken_for_an_eponym(text: str) -> None:
    assert KeepList.load(["medical"]).spans(text) == []


def test_a_possessive_eponym_before_an_anatomical_noun_is_kept() -> None:
    text = "A palpable Troisier's sign and Delphian node."
    keep = KeepList.load(["medical"])
    assert [text[s:e] for s, e in keep.spans(text)] == ["Troisier's sign"]


def test_terms_match_without_their_periods() -> None:
    keep = KeepList.load(["legal"])
    text = "applying Hedley Byrne & Co Ltd v Heller & Partners Ltd here"
    assert keep.spans(text) == [(text.index("Hedley"), text.index(" here"))]


def test_the_brand_before_a_dose_rule_never_keeps_a_person() -> None:
    keep = KeepList.load(["medical"])
    text = "Hold Keppra 500 mg; give Emily 5 mg; Mr Brown 5 mg; John Smith 10 mg."
    assert [text[s:e] for s, e in keep.spans(text) if "mg" not in text[s:e]] == ["Keppra"]
    assert any("Brown" in v for v in scrubbed_values("Seen Mr Brown 5 mg given."))
