"""The fourteenth blind scrubbing corpus (bench/blind14.py): conversations (chat records, and instruction records made from chats), labels exact
at their offsets and sound, records valid in their fedtune format, every identifier with a published check passing it (validators written here
apart from the generator's, and the formats' published examples), names of its own, the hard cases (the assistant repeating what the user typed
among them), determinism (under another hash seed too), every register. Nothing here runs the scrubber."""

from __future__ import annotations

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
    luhn_valid,
    medicare_valid,
    nhs_valid,
    npi_valid,
    sin_valid,
    verhoeff_valid,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind12  # noqa: E402
import blind13  # noqa: E402
import blind14  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind14.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind14.text_fields(r.record))


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def chi_valid(n: str) -> bool:  # Scotland: a DDMMYY birth date, then the NHS modulus 11 check
    return nhs_valid(n) and 1 <= int(n[:2]) <= 31 and 1 <= int(n[2:4]) <= 12


def ihi_valid(n: str) -> bool:  # Australian Individual Healthcare Identifier: 800360 and ten more digits, Luhn over all sixteen
    return bool(re.fullmatch(r"800360\d{10}", n)) and luhn_valid(n)


def sa_id_valid(n: str) -> bool:  # South Africa: YYMMDD, four digits, citizenship 0/1, a digit, Luhn over all thirteen
    return bool(re.fullmatch(r"\d{13}", n)) and 1 <= int(n[2:4]) <= 12 and 1 <= int(n[4:6]) <= 31 and n[10] in "01" and luhn_valid(n)


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (nhs_valid, "9434765919"),  # NHS Digital's example number
    (medicare_valid, "2123456701"),  # the Medicare card number used in Services Australia's test data
    (abn_valid, "51824753556"),  # the ATO's ABN format example
    (sin_valid, "046454286"),  # Service Canada's SIN example
    (npi_valid, "1234567893"),  # the NPI check digit's worked example (CMS)
    (verhoeff_valid, "2363"),  # Verhoeff's scheme's worked example (236, check digit 3)
    (gb_iban_valid, "GB82WEST12345698765432"),  # the IBAN registry's United Kingdom example
    (luhn_valid, "79927398713"),  # the Luhn algorithm's textbook example
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (nhs_valid, "9434765918"), (medicare_valid, "2123456711"), (abn_valid, "51824753557"), (sin_valid, "046454287"),
    (npi_valid, "1234567894"), (verhoeff_valid, "2364"), (gb_iban_valid, "GB83WEST12345698765432"), (luhn_valid, "79927398714"),
    (ihi_valid, "8003600000000001"), (sa_id_valid, "8001015009088"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind14.nhs_digit("943476591") == 9 and blind14.medicare_digit("21234567") == 0 and blind14.abn_ok("51824753556")
    assert blind14.verhoeff_digit("236") == "3" and blind14.luhn("7992739871") == "3"
    assert blind14.iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert blind14.sa_id_ok("8001015009087") and not blind14.sa_id_ok("8001015009088")  # Luhn over a South African number's shape


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check() -> None:
    g = blind14.Gen(random.Random(3))
    for _ in range(300):
        assert nhs_valid(compact(g.nhs_number())) and medicare_valid(compact(g.medicare())) and ihi_valid(compact(g.ihi()))
        assert abn_valid(compact(g.abn())) and sin_valid(compact(g.sin())) and verhoeff_valid(compact(g.aadhaar()))
        assert npi_valid(g.npi()) and gb_iban_valid(compact(g.gb_iban()))
        y, m, d = ymd = g.ymd(1935, 2010)
        female = g.rng.random() < 0.5
        chi = g.chi_number(ymd, female)
        assert chi_valid(chi) and chi[:6] == f"{d:02d}{m:02d}{y % 100:02d}" and int(chi[8]) % 2 == (not female)
        za = g.sa_id(ymd, female)
        assert sa_id_valid(za) and za[:6] == f"{y % 100:02d}{m:02d}{d:02d}" and (int(za[6:10]) < 5000) == female
        p = g.person("pl", female)
        g.used = set()
        lic = compact(g.uk_licence(p, ymd))
        assert re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", lic) and lic[5] == str(y // 10 % 10) and lic[10] == str(y % 10)
        assert int(lic[6:8]) == m + (50 if female else 0) and int(lic[8:10]) == d
        nino = g.nino()
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", nino)
        assert re.fullmatch(r"R\d{6}/\d\d/\d\d", g.acas(2024)) and re.fullmatch(r"SC\d{3}/\d\d/\d{5}", g.sscs(2024))


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind14.DOCS and len(blind14.DOCTYPES) == 20 and len(blind14.STRUCTURED) + len(blind14.NARRATIVE) == 20
    assert len(blind14.CLINICAL) == len(blind14.LEGAL) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind14.DOCTYPES}
    assert min(counts.values()) >= blind14.DOCS // len(blind14.DOCTYPES)
    kinds = [r.kind for r in corpus]
    assert set(kinds) == {"chat", "instruction"} and kinds.count("chat") >= 0.65 * len(corpus)
    for r in corpus:
        assert detect_kind(r.record, "blind14", 0) == r.kind
        validate(r.record, "blind14", 0, r.kind)
        if r.kind == "chat":
            roles = [m["role"] for m in r.record["messages"]]
            assert 3 <= len(roles) <= 9 and roles[-1] == "assistant" and roles.count("user") >= 2 and roles.count("assistant") >= 2
        else:
            assert r.record["input"].count("User: ") >= 2
    earlier = earlier_doctypes(14)
    assert not set(blind14.DOCTYPES) & earlier


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 3400 and sum(len(r.keep) for r in corpus) >= 450
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["PERSON"] >= 1200 and counts["PHONE_NUMBER"] >= 200 and counts["DATE_TIME"] >= 400


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind14, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a record alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    records: every register as a chat and as an instruction)."""
    sample = corpus[: 3 * len(blind14.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind14.DOCTYPES for k in ("chat", "instruction")}
    assert all(blind3.sound(r) for r in sample)


# ---------------------------------------------------------------- identifiers in the corpus


CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("gp_portal_thread", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("econsult_form", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("complaints_chat", "HEALTH_ID", r"\d{10}"): chi_valid,
    ("pharmacy_chatbot", "HEALTH_ID", r"\d{10}"): medicare_valid,
    ("pharmacy_chatbot", "HEALTH_ID", r"\d{16}"): ihi_valid,
    ("law_firm_intake", "NATIONAL_ID", r"\d{9}"): sin_valid,
    ("child_health_helpline", "NATIONAL_ID", r"\d{12}"): verhoeff_valid,
    ("refill_portal", "LICENSE_NUMBER", r"\d{10}"): npi_valid,
    ("police_report_chat", "NATIONAL_ID", r"\d{13}"): sa_id_valid,
    ("motor_claims_chat", "IBAN_CODE", r"GB\d\d[A-Z]{4}\d{14}"): gb_iban_valid,
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
            if r.doctype == "mental_health_checkin" and s.entity == "HEALTH_ID":
                assert medicare_valid(n), s
    assert all(v >= 10 for v in seen.values()), [k for k, v in seen.items() if v < 10]


def test_driving_licences_are_built_from_the_holder(corpus: list[blind3.Blind3Record]) -> None:
    seen = 0
    for r in corpus:
        if r.doctype != "motor_claims_chat":
            continue
        people = [s.text for s in r.pii if s.entity == "PERSON" and " " in s.text]
        for s in r.pii:
            n = compact(s.text)
            if s.entity == "LICENSE_NUMBER" and len(n) == 16:
                surname = re.sub(r"[^A-Z]", "", blind14.fold14(people[0].split(" ", 1)[1]).upper())[:5].ljust(5, "9")
                assert n[:5] == surname and n[11] == blind14.fold14(people[0])[0].upper(), (n, people[0])
                seen += 1
    assert seen >= 10


# ---------------------------------------------------------------- names, hard cases, determinism, the command line


def name_words(text: str) -> set[str]:
    """A name's words as the module's lists split them, short ones and particles left out."""
    return {w for w in re.split(r"[^a-z]+", blind14.fold14(text).lower()) if len(w) > 2 and w not in blind14.PARTICLES}


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind14, name_words, (blind13, blind12))


def test_the_assistant_repeats_what_the_user_typed(corpus: list[blind3.Blind3Record]) -> None:
    """In most chats a person, a date or a number the user typed comes back, labelled, in an assistant's turn."""
    repeated = 0
    for r in corpus:
        if r.kind != "chat":
            continue
        roles = {f"messages[{i}].content": m["role"] for i, m in enumerate(r.record["messages"])}
        said = {s.text.lower() for s in r.pii if roles[s.field] == "user"}
        echoed = {s.text.lower() for s in r.pii if roles[s.field] == "assistant"}
        repeated += bool(said & echoed)
        assert any(roles[s.field] == "user" for s in r.pii) and any(roles[s.field] == "assistant" for s in r.pii), r.doctype
    assert repeated >= 0.6 * sum(r.kind == "chat" for r in corpus)


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    people = [s.text for r in corpus for s in r.pii if s.entity == "PERSON"]
    places = [s.text for r in corpus for s in r.pii if s.entity == "LOCATION"]
    dates = [s.text for r in corpus for s in r.pii if s.entity == "DATE_TIME"]
    phones = [s.text for r in corpus for s in r.pii if s.entity == "PHONE_NUMBER"]
    texts = [t for r in corpus for t in fields(r).values()]
    assert any(re.fullmatch(r"[a-z]+ [a-z]+", p) for p in people) and any(p.isupper() for p in people)  # lower case and capitals
    assert any(p in blind14.NICKNAMES.values() for p in people) and any(p in ("Bazza", "Kev", "Trev", "Gaz", "Ged") for p in people)
    assert any(set(p.split()) & {"Sock", "Metallic", "Cardinal", "Gallant", "Heron", "Storey", "Hogg", "Combs", "Sailor", "Tang"} for p in people)
    assert any(re.search(r"\b(Old Person|Bird Rattler|Spotted Eagle|Not Afraid)$", p) for p in people)  # surnames of more than one word
    assert any(re.search(r"[ąćęłńóśźżéè]", p) for p in people) and any(re.search(r"\bMc[A-Z]|\bMac[A-Z]", p) for p in people)
    assert any(re.search(rf"{re.escape(p)}'s\b", t) for t in texts[:400] for p in people[:400])  # possessives outside the span
    assert any(re.fullmatch(r"last (tues|tuesday|fri|friday|mon|monday|weds|wednesday|thurs|thursday|sat|saturday|sun|sunday)", d) for d in dates)
    assert any(re.fullmatch(r"\d{1,2}(st|nd|rd|th) of [a-z]+( \d{4})?", d) for d in dates) and any(re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d\d", d) for d in dates)
    assert any(p.startswith("Caltex on ") for p in places) and any(re.search(r"above the chippy on ", t) for t in texts)
    assert any(p.startswith("+") for p in phones) and any(re.fullmatch(r"\d{10,11}", p) for p in phones)
    assert any(re.search(r"[\U0001F300-\U0001FAFF]", t) for t in texts)  # emoji beside the personal data


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind14.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind14.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind14)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind14.main(["--stats", "--docs", str(len(blind14.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind14.DOCTYPES)
