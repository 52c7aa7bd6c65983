"""The sixteenth blind scrubbing corpus (bench/blind16.py): instruction data built from clinical and legal documents (summaries,
extractions, tables, letters and timelines whose answers repeat the documents' personal data, reformatted) in instruction and chat
records, labels exact at their offsets and sound, records valid in their fedtune format, every identifier with a published check
passing it (validators written here apart from the generator's, and the formats' published examples), names of its own, the hard
cases, determinism (under another hash seed too), every register. Nothing here runs the scrubber."""

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
    assert_labels_at_offsets,
    assert_people_carry_own_names,
    assert_same_under_hash_seeds,
    compact,
    gb_iban_valid,
    nhs_valid,
    npi_valid,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind13  # noqa: E402
import blind14  # noqa: E402
import blind15  # noqa: E402
import blind16  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind16.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind16.text_fields(r.record))


def document_and_answer(r: blind3.Blind3Record) -> tuple[str, str]:
    if r.kind == "instruction":
        return "input", "output"
    n = len(r.record["messages"])
    return f"messages[{n - 2}].content", f"messages[{n - 1}].content"


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def ppsn_valid(n: str) -> bool:
    """Irish PPS number: seven digits weighted 8 to 2, a check letter (W for a remainder of 0, then A to V), an optional second
    letter weighted 9 (W counting 0)."""
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", n)
    if not m:
        return False
    digits, check, second = m.groups()
    total = sum(int(d) * (8 - i) for i, d in enumerate(digits))
    if second and second != "W":
        total += 9 * (ord(second) - ord("A") + 1)
    return check == ("W" if total % 23 == 0 else chr(ord("A") + total % 23 - 1))


def nhi_valid(n: str) -> bool:
    """New Zealand NHI in the AAANNNC form: the alphabet without I and O numbered 1 to 24, weights 7 to 2, a remainder modulo 11 of
    0 invalid, the check 11 less the remainder with 10 written 0."""
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", n):
        return False
    alphabet = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in "IO"]
    values = [alphabet.index(c) + 1 for c in n[:3]] + [int(c) for c in n[3:6]]
    remainder = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2))) % 11
    return remainder != 0 and (11 - remainder) % 10 == int(n[6])


def dea_valid(n: str) -> bool:
    """US DEA registration: two letters, seven digits; the first, third and fifth digits plus twice the second, fourth and sixth end in the seventh."""
    if not re.fullmatch(r"[A-Z]{2}\d{7}", n):
        return False
    d = [int(c) for c in n[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def aba_valid(n: str) -> bool:  # US ABA routing number: weights 3, 7, 1 repeated, the sum a multiple of 10
    return bool(re.fullmatch(r"\d{9}", n)) and sum(int(c) * (3, 7, 1)[i % 3] for i, c in enumerate(n)) % 10 == 0


def vat_valid(n: str) -> bool:
    """UK VAT number: GB and nine digits; the first seven weighted 8 to 2, plus the last two, a multiple of 97 (or, in the 9755 scheme, with 55 added)."""
    if not re.fullmatch(r"GB\d{9}", n):
        return False
    total = sum(int(c) * (8 - i) for i, c in enumerate(n[2:9])) + int(n[9:])
    return total % 97 == 0 or (total + 55) % 97 == 0


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (ppsn_valid, "1234567T"),  # the PPS number format's usual example (old form)
    (ppsn_valid, "1234567FA"),  # and in the new form, with the second letter A
    (nhi_valid, "ZZZ0016"),  # the Ministry of Health's test NHI numbers
    (nhi_valid, "ZZZ0024"),
    (dea_valid, "AB1234563"),  # the DEA check digit's worked example: 1+3+5 + 2*(2+4+6) = 33
    (aba_valid, "021000021"),  # a published ABA routing number (JPMorgan Chase, New York)
    (aba_valid, "011000015"),  # the Federal Reserve Bank of Boston
    (vat_valid, "GB999999973"),  # HMRC's VAT number format example
    (nhs_valid, "9434765919"),  # NHS Digital's example number
    (npi_valid, "1234567893"),  # CMS's example NPI
    (gb_iban_valid, "GB82WEST12345698765432"),  # the ISO 13616 example
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (ppsn_valid, "1234567U"), (ppsn_valid, "1234567FB"), (nhi_valid, "ZZZ0017"), (nhi_valid, "ZZI0016"), (dea_valid, "AB1234564"),
    (aba_valid, "021000022"), (vat_valid, "GB999999974"), (nhs_valid, "9434765918"), (npi_valid, "1234567894"),
    (gb_iban_valid, "GB83WEST12345698765432"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind16.ppsn_letter("1234567") == "T" and blind16.ppsn_letter("1234567", "A") == "F"
    assert blind16.nhi_digit("ZZZ001") == 6 and blind16.nhi_digit("ZZZ002") == 4 and blind16.nhs_digit("943476591") == 9
    assert blind16.dea_digit("123456") == "3" and blind16.aba_digit("02100002") == "1" and blind16.vat_digits("9999999") == "73"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check() -> None:
    g = blind16.Gen(random.Random(3))
    for _ in range(300):
        assert nhi_valid(g.nhi()) and aba_valid(g.aba("10")) and vat_valid(compact(g.vat())) and nhs_valid(compact(g.nhs_number()))
        assert npi_valid(g.npi()) and gb_iban_valid(compact(g.gb_iban()))
        g.used = set()
        p = g.person("us")
        dea = g.dea(p)
        assert dea_valid(dea) and dea[1] == blind16.fold16(p.last)[0].upper()
        y, m, d = ymd = g.ymd(1935, 2005)
        female = g.rng.random() < 0.5
        mykad = g.mykad(ymd, female)
        assert re.fullmatch(r"\d{6}-13-\d{4}", mykad) and mykad[:6] == f"{y % 100:02d}{m:02d}{d:02d}" and int(mykad[-1]) % 2 == (not female)
        assert re.fullmatch(r"H18 [ACDEFHKNPRTVWXY]\d[ACDEFHKNPRTVWXY][0-9ACDEFHKNPRTVWXY]", g.eircode16("H18"))


def test_a_regrouped_phone_number_keeps_its_digits() -> None:
    g = blind16.Gen(random.Random(5))
    for place, patterns in blind16.PHONES.items():
        for pattern in patterns:
            n = g.shape(pattern)
            again = blind16.regroup(n)
            assert re.sub(r"\D", "", again) == re.sub(r"\D", "", n) and again != n, (place, n, again)


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind16.DOCS >= 150 and len(blind16.DOCTYPES) == 20 and len(blind16.STRUCTURED) + len(blind16.NARRATIVE) == 20
    assert len(blind16.CLINICAL) == len(blind16.LEGAL) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind16.DOCTYPES}
    assert min(counts.values()) >= blind16.DOCS // len(blind16.DOCTYPES)
    kinds = [r.kind for r in corpus]
    assert set(kinds) == {"chat", "instruction"} and kinds.count("instruction") >= 0.75 * len(corpus)
    for r in corpus:
        assert detect_kind(r.record, "blind16", 0) == r.kind
        validate(r.record, "blind16", 0, r.kind)
        if r.kind == "chat":
            roles = [m["role"] for m in r.record["messages"]]
            assert roles[-2:] == ["user", "assistant"] and roles[0] in ("system", "user")
    earlier = earlier_doctypes(16)
    assert not set(blind16.DOCTYPES) & earlier


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 3000 and sum(len(r.keep) for r in corpus) >= 500
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["PERSON"] >= 1200 and counts["PHONE_NUMBER"] >= 300 and counts["DATE_TIME"] >= 600 and counts["LOCATION"] >= 600


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind16, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a record alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    records: every register as an instruction record and as a chat)."""
    sample = corpus[: 3 * len(blind16.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind16.DOCTYPES for k in ("chat", "instruction")}
    assert all(blind3.sound(r) for r in sample)


def test_personal_data_and_protected_terms_are_in_both_the_document_and_the_answer(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        doc, answer = document_and_answer(r)
        assert sum(s.field == doc for s in r.pii) >= 8 and sum(s.field == answer for s in r.pii) >= 5, r.doctype
        texts = fields(r)
        assert any(t in texts[doc] and t in texts[answer] for t in r.keep), r.doctype


# ---------------------------------------------------------------- identifiers in the corpus


PPSN = r"\d{7}[A-W][A-IW]?"
CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("referral_extraction", "LICENSE_NUMBER", r"\d{10}"): npi_valid,
    ("referral_extraction", "LICENSE_NUMBER", r"[A-Z]{2}\d{7}"): dea_valid,
    ("coding_task", "LICENSE_NUMBER", r"\d{10}"): npi_valid,
    ("dental_treatment_plan", "HEALTH_ID", r"\d{10}"): nhs_valid,  # Northern Ireland's Health and Care number: the NHS check
    ("safeguarding_risk_summary", "HEALTH_ID", r"[A-HJ-NP-Z]{3}\d{4}"): nhi_valid,
    ("insurance_decision_letter", "NATIONAL_ID", PPSN): ppsn_valid,
    ("medicines_reconciliation_table", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("physio_exercise_letter", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("lab_plain_language", "NATIONAL_ID", PPSN): ppsn_valid,
    ("mh_risk_summary", "HEALTH_ID", r"[A-HJ-NP-Z]{3}\d{4}"): nhi_valid,
    ("letter_before_action", "ACCOUNT_NUMBER", r"\d{9}"): aba_valid,
    ("will_asset_list", "ACCOUNT_NUMBER", r"\d{9}"): aba_valid,
    ("clause_extraction", "COMPANY_REGISTRATION", r"GB\d{9}"): vat_valid,
    ("clause_extraction", "IBAN_CODE", r"GB\d\d[A-Z]{4}\d{14}"): gb_iban_valid,
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


def test_dea_numbers_carry_the_referrers_initial(corpus: list[blind3.Blind3Record]) -> None:
    seen = 0
    for r in corpus:
        if r.doctype == "referral_extraction":
            doc, _ = document_and_answer(r)
            m = re.search(r"^(.+), MD   NPI \d{10}   DEA ([A-Z]{2}\d{7})$", fields(r)[doc], re.M)
            assert m and m.group(2)[1] == blind16.fold16(m.group(1).split()[-1])[0].upper(), m
            seen += 1
    assert seen >= 10


# ---------------------------------------------------------------- names, hard cases, determinism, the command line


def name_words(text: str) -> set[str]:
    """A name's words as the module's lists split them, short ones and particles left out."""
    return {w for w in re.split(r"[^a-z]+", blind16.fold16(text).lower()) if len(w) > 2 and w not in blind16.PARTICLES}


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind16, name_words, (blind15, blind14, blind13), initials=re.compile(r"[A-Z]{2,3}|[A-Z]\."))


MONTHS = {m: i + 1 for i, m in enumerate(blind13.EN_MONTHS)}


def parse_date(text: str) -> datetime.date | None:
    """A DATE_TIME span read back: ISO, day month year, month day, year, or a numeric form (day first unless the month cannot be)."""
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", text):
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", text):
        month = next((v for k, v in MONTHS.items() if k.startswith(m[2])), None)
        return datetime.date(int(m[3]), month, int(m[1])) if month else None
    if m := re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", text):
        return datetime.date(int(m[3]), MONTHS[m[1]], int(m[2]))
    return None


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    people = [s.text for r in corpus for s in r.pii if s.entity == "PERSON"]
    orgs = {s.text for r in corpus for s in r.pii if s.entity == "ORGANIZATION"}
    keep = {t for r in corpus for t in r.keep}
    answers = [fields(r)[document_and_answer(r)[1]] for r in corpus]
    # the same person several ways in one record: full, surname first with a comma, capitals, an initial, "Mr B."
    several = 0
    for r in corpus:
        by_surname: dict[str, set[str]] = {}
        for s in r.pii:
            if s.entity == "PERSON":
                for w in name_words(s.text):
                    by_surname.setdefault(w, set()).add(s.text)
        several += any(len(v) >= 3 for v in by_surname.values())
    assert several >= len(corpus) // 2
    assert any(re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)?, [A-ZÀ-Ý][a-zà-ÿ]+", p) for p in people)  # Surname, Given
    assert any(re.fullmatch(r"[A-Z][A-Z' -]+, [A-ZÀ-Ý][a-zà-ÿ]+", p) for p in people)  # SURNAME, Given
    assert any(re.fullmatch(r"[A-Z]\.", p) for p in people) and any(re.fullmatch(r"[A-Z]\. \S+", p) for p in people)  # Mr B., A. Surname
    # names inside JSON-like keys and values, bullet lists and Markdown tables of the answers
    for r in corpus:
        answer = fields(r)[document_and_answer(r)[1]]
        names = [s.text for s in r.pii if s.entity == "PERSON" and s.field == document_and_answer(r)[1]]
        if r.doctype == "will_asset_list":
            assert any(re.search(rf'^ "{re.escape(n)}": \[', answer, re.M) for n in names)  # a name as a key
        if r.doctype in ("referral_extraction", "clause_extraction"):
            assert any(f'": "{n}"' in answer for n in names)  # a name as a value
        if r.doctype in ("medicines_reconciliation_table", "witness_chronology"):
            assert any(re.search(rf"\| [^|\n]*{re.escape(n)}", answer) for n in names)  # a name in a table cell
        if r.doctype in ("mh_risk_summary", "birth_plan", "police_key_facts"):
            assert any(re.search(rf"^- .*{re.escape(n)}", answer, re.M) for n in names)  # a name in a bullet
    # dates reformatted: a numeric date of the document written out again in the answer
    reformatted = 0
    for r in corpus:
        doc, answer = document_and_answer(r)
        numeric = {s.text for s in r.pii if s.entity == "DATE_TIME" and s.field == doc and re.fullmatch(r"\d\d[/.-]\d\d[/.-]\d{4}", s.text)}
        for s in r.pii:
            if s.entity == "DATE_TIME" and s.field == answer and (d := parse_date(s.text)):
                reformatted += any(t in numeric for t in (f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                                                          f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"))
    assert reformatted >= 300
    # phone numbers regrouped between the document and the answer
    regrouped = 0
    for r in corpus:
        doc, answer = document_and_answer(r)
        ins = {re.sub(r"\D", "", s.text): s.text for s in r.pii if s.entity == "PHONE_NUMBER" and s.field == doc}
        regrouped += any(re.sub(r"\D", "", s.text) in ins and ins[re.sub(r"\D", "", s.text)] != s.text for s in r.pii
                         if s.entity == "PHONE_NUMBER" and s.field == answer)
    assert regrouped >= len(corpus) // 2
    assert len({w for p in people for w in p.split()} & set(blind16.COMMON_WORD_NAMES)) >= 3  # names that are common words
    omangs = [s.text for r in corpus if r.doctype == "police_key_facts" for s in r.pii if s.entity == "NATIONAL_ID"]
    assert len(omangs) >= 20 and all(re.fullmatch(r"\d{4}[12]\d{4}", n) for n in omangs)  # Omang: the fifth digit a sex
    assert {"Betsi Cadwaladr University Health Board", "Hywel Dda University Health Board", "Timaru Hospital", "Monaghan Hospital"} <= orgs
    assert any(o.startswith("FAMILY COURT OF ") for o in orgs) and any(o.endswith(" Police Station") for o in orgs)
    assert any(o.startswith("Withybush") or o.startswith("Sarawak General") for o in orgs) and any(o.endswith("Police Department") for o in orgs)
    assert any(t.startswith("ICD-10 ") for t in keep) and any(re.search(r"\d mg ", t) for t in keep)  # ICD-10 codes, drug doses
    assert any(re.search(r"mmol/L|g/L|mg/L", t) for t in keep) and any(re.match(r"(PHQ-9|K10|Oxford scale|Oswestry)", t) for t in keep)
    assert any("§" in t or " Act " in t for t in keep) and any(re.fullmatch(r"\[\d{4}\] \w+ .*\d+.*", t) for t in keep)  # statutes, citations
    assert any(answers)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind16.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind16.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind16)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind16.main(["--stats", "--docs", str(len(blind16.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind16.DOCTYPES)
