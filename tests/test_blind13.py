"""The thirteenth blind scrubbing corpus (bench/blind13.py): labels exact at their offsets and sound, every identifier with a published check
passing it (validators written here apart from the generator's, and the formats' published examples), names of its own, the hard cases,
determinism (under another hash seed too), every register. Nothing here runs the scrubber."""

from __future__ import annotations

import datetime
import io
import random
import re
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate
from tests.blind_support import (
    earlier_doctypes,
    abn_valid,
    assert_labels_at_offsets,
    assert_people_carry_own_names,
    assert_same_under_hash_seeds,
    compact,
    gb_iban_valid,
    medicare_valid,
    nhs_valid,
    npi_valid,
    sin_valid,
    verhoeff_valid,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind11  # noqa: E402
import blind12  # noqa: E402
import blind13  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind13.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind13.text_fields(r.record))


def document(r: blind3.Blind3Record) -> str:
    return max(fields(r).values(), key=len)


def of(corpus: list[blind3.Blind3Record], doctype: str) -> list[blind3.Blind3Record]:
    found = [r for r in corpus if r.doctype == doctype]
    assert found, doctype
    return found


def spans(r: blind3.Blind3Record, entity: str) -> list[str]:
    return [s.text for s in r.pii if s.entity == entity]


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def chi_valid(n: str, female: bool | None = None) -> bool:  # Scotland: DDMMYY, two digits, the sex digit, the NHS modulus 11 check
    if not nhs_valid(n):
        return False
    try:
        datetime.datetime.strptime(n[:6], "%d%m%y")
    except ValueError:
        return False
    return female is None or int(n[8]) % 2 == (not female)


def tfn_valid(n: str) -> bool:  # ATO: weights 1, 4, 3, 7, 5, 8, 6, 9, 10, the sum divisible by 11
    return bool(re.fullmatch(r"\d{9}", n)) and sum(int(c) * w for c, w in zip(n, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (nhs_valid, "9434765919"),  # NHS Digital's example number
    (medicare_valid, "2123456701"),  # the Medicare card number used in Services Australia's test data
    (tfn_valid, "123456782"),  # the TFN algorithm's worked example
    (abn_valid, "51824753556"),  # the ATO's ABN format example
    (sin_valid, "046454286"),  # Service Canada's SIN example
    (npi_valid, "1234567893"),  # the NPI check digit's worked example (CMS)
    (verhoeff_valid, "2363"),  # Verhoeff's scheme's worked example (236, check digit 3)
    (gb_iban_valid, "GB82WEST12345698765432"),  # the IBAN registry's United Kingdom example
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (nhs_valid, "9434765918"), (medicare_valid, "2123456711"), (tfn_valid, "123456783"), (abn_valid, "51824753557"), (sin_valid, "046454287"),
    (npi_valid, "1234567894"), (verhoeff_valid, "2364"), (gb_iban_valid, "GB83WEST12345698765432"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind13.nhs_digit("943476591") == 9 and blind13.medicare_digit("21234567") == 0
    assert blind13.tfn_ok("123456782") and blind13.abn_ok("51824753556") and blind13.verhoeff_digit("236") == "3"
    assert blind13.iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check() -> None:
    g = blind13.Gen(random.Random(3))
    for _ in range(300):
        assert nhs_valid(compact(g.nhs_number())) and medicare_valid(compact(g.medicare())) and tfn_valid(compact(g.tfn()))
        assert abn_valid(compact(g.abn())) and sin_valid(compact(g.sin())) and verhoeff_valid(compact(g.aadhaar()))
        assert npi_valid(g.npi()) and gb_iban_valid(compact(g.gb_iban()))
        y, m, d = ymd = g.ymd(1935, 2020)
        female = g.rng.random() < 0.5
        chi = g.chi_number(ymd, female)
        assert chi_valid(chi, female) and chi[:6] == f"{d:02d}{m:02d}{y % 100:02d}"
        kad = g.mykad(ymd, female)
        assert re.fullmatch(r"\d{6}-(12|47|48|49)-\d{4}", kad) and kad[:6] == f"{y % 100:02d}{m:02d}{d:02d}" and int(kad[-1]) % 2 == (not female)
        nino = g.nino()
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", nino) and nino[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind13.DOCS and len(blind13.DOCTYPES) == 20 and len(blind13.STRUCTURED) + len(blind13.NARRATIVE) == 20
    assert len(blind13.NARRATIVE) > len(blind13.STRUCTURED) and len(blind13.CLINICAL) == len(blind13.LEGAL) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind13.DOCTYPES}
    assert min(counts.values()) >= blind13.DOCS // len(blind13.DOCTYPES)
    assert {r.kind for r in corpus} == set(blind3.FORMATS)
    for r in corpus:
        assert detect_kind(r.record, "blind13", 0) == r.kind
        validate(r.record, "blind13", 0, r.kind)
    earlier = earlier_doctypes(13)
    assert not set(blind13.DOCTYPES) & earlier


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 5500 and sum(len(r.keep) for r in corpus) >= 1600
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["ORGANIZATION"] >= 900 and counts["LOCATION"] >= 1100  # the entity kinds this corpus is dense in


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind13, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a document alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    documents: every register in every format)."""
    sample = corpus[: 3 * len(blind13.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind13.DOCTYPES for k in blind3.FORMATS}
    assert all(blind3.sound(r) for r in sample)


# ---------------------------------------------------------------- identifiers in the corpus


CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("rural_gp_referral", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("physio_soap_note", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("mental_health_tribunal", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("safeguarding_minutes", "HEALTH_ID", r"\d{10}"): chi_valid,
    ("hospice_casenote", "HEALTH_ID", r"\d{10}"): medicare_valid,
    ("hospice_casenote", "NATIONAL_ID", r"\d{9}"): tfn_valid,
    ("loss_adjuster_report", "COMPANY_REGISTRATION", r"\d{11}"): abn_valid,
    ("workers_comp_assessment", "NATIONAL_ID", r"\d{9}"): sin_valid,
    ("discharge_to_care_home", "NATIONAL_ID", r"\d{12}"): verhoeff_valid,
    ("ambulance_pcr", "LICENSE_NUMBER", r"\d{10}"): npi_valid,
    ("deposition", "LICENSE_NUMBER", r"\d{10}"): npi_valid,
    ("estate_inventory", "IBAN_CODE", r"GB\d\d[A-Z]{4}\d{14}"): gb_iban_valid,
}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = dict.fromkeys(CHECKED, 0)
    for r in corpus:
        for s in r.pii:
            n = compact(s.text)
            for (doctype, entity, pattern), valid in CHECKED.items():
                if r.doctype == doctype and s.entity == entity and re.fullmatch(pattern, n):
                    assert valid(n), (doctype, s)
                    seen[doctype, entity, pattern] += 1
            if s.entity == "IBAN_CODE":
                assert gb_iban_valid(n), s
    assert all(v >= 10 for v in seen.values()), [k for k, v in seen.items() if v < 10]


def test_identifiers_built_from_the_person_carry_the_birth_date(corpus: list[blind3.Blind3Record]) -> None:
    for r in of(corpus, "trial_monitoring"):
        kad = spans(r, "NATIONAL_ID")[0]
        datetime.datetime.strptime(kad[:6], "%y%m%d")
    for r in of(corpus, "safeguarding_minutes"):
        chis = [s for s in spans(r, "HEALTH_ID")]
        born = [s for s in spans(r, "DATE_TIME")][1:3]  # the meeting's date, then the child's and the sibling's births
        assert len(chis) == 2 and all(chi_valid(c) for c in chis) and len(born) == 2


# ---------------------------------------------------------------- names, hard cases, determinism, the command line


INITIALS = re.compile(r"[A-Z]{2,4}|([A-Z]\.)+|(\w\.)+")


def name_words(text: str) -> set[str]:
    """A name's words as the module's lists split them, short ones and particles left out."""
    return {w for w in re.split(r"[^a-z]+", blind13.fold13(text).lower()) if len(w) > 2 and w not in blind13.PARTICLES}


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind13, name_words, (blind12, blind11), INITIALS)


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    people = [s.text for r in corpus for s in r.pii if s.entity == "PERSON"]
    orgs = [s.text for r in corpus for s in r.pii if s.entity == "ORGANIZATION"]
    places = [s.text for r in corpus for s in r.pii if s.entity == "LOCATION"]
    assert any(re.fullmatch(r"[a-zʻ]+ [a-zʻ]+", p) for p in people)  # spoken names in lower case
    assert any("ʻ" in p for p in people) and any(re.search(r"\bO'[A-Z]", p) for p in people) and any(re.search(r"\bMc[A-Z]|\bMac[A-Z]", p) for p in people)
    assert any(re.search(r"[A-Z][a-z]+-[A-Z][a-z]+$", p) for p in people)  # hyphenated surnames
    words = {"Brook", "Rush", "Bell", "Fox", "Wren", "Heath", "Snow", "Power", "Active", "Jack", "Groom", "Couch", "Squires"}
    assert any(set(p.split()) & words for p in people)  # names that are words
    assert any(p in blind13.NICKNAMES.values() for p in people) and any(p.endswith(" Bin Sali") for p in people)  # nicknames, a particle
    assert any(p.isupper() and " " in p for p in people) and any(re.fullmatch(r"[A-Z\-']+, \S+", p) for p in people)  # capitals, surname first
    texts = [document(r) for r in corpus]
    assert any(re.search(rf"{re.escape(p)}'s\b", t) for t in texts[:40] for p in people[:600])  # possessives outside the span
    assert any(o in ("Dr. Charles S. Curtis Memorial Hospital", "Peter Pitseolak School", "Humphry Davy School", "St Piran's Primary School") for o in orgs)
    assert any(o.isupper() for o in orgs) and any(o.islower() for o in orgs)  # organisations in capitals and spoken in lower case
    assert any(p in ("Kilbride", "Trout River") for p in places) and any(re.match(r"(PO Box|Box|Site \d+ Comp|RSD|Lot) ", p) for p in places)
    assert any(re.search(r"the farm past the \S+", t) for t in texts)  # a direction around a labelled place
    urls = [s.text for r in corpus for s in r.pii if s.entity == "URL"]
    assert urls and all(u.startswith("https://") for u in urls)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind13.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind13.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind13)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind13.main(["--stats", "--docs", str(len(blind13.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind13.DOCTYPES)
