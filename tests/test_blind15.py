"""The fifteenth blind scrubbing corpus (bench/blind15.py): documents as systems export them (e-mail threads, OCR'd scans, transcripts,
HL7 v2 messages, CSV and fixed-width lists) in instruction and chat records, labels exact at their offsets and sound, records valid in
their fedtune format, every identifier with a published check passing it (validators written here apart from the generator's, and the
formats' published examples), names of its own (OCR damage and line-end hyphens undone only to check them), the hard cases,
determinism (under another hash seed too), every register. Nothing here runs the scrubber."""

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
    medicare_valid,
    nhs_valid,
    npi_valid,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind13  # noqa: E402
import blind14  # noqa: E402
import blind15  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind15.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind15.text_fields(r.record))


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


def ird_valid(n: str) -> bool:
    """New Zealand IRD number: 10,000,000 to 150,000,000, padded to nine digits; the first eight weighted 3, 2, 7, 6, 5, 4, 3, 2 modulo
    11 (0 stays 0, else 11 less it); where that gives 10, weights 7, 4, 3, 2, 5, 2, 7, 6; 10 again is invalid."""
    if not re.fullmatch(r"\d{8,9}", n) or not 10_000_000 <= int(n) <= 150_000_000:
        return False
    n = n.zfill(9)
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(int(d) * w for d, w in zip(n[:8], weights)) % 11
        check = 0 if r == 0 else 11 - r
        if check != 10:
            return check == int(n[8])
    return False


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


def chi_valid(n: str) -> bool:  # Scotland: a DDMMYY birth date, then the NHS modulus 11 check
    return nhs_valid(n) and 1 <= int(n[:2]) <= 31 and 1 <= int(n[2:4]) <= 12


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (ppsn_valid, "1234567T"),  # the PPS number format's usual example (old form)
    (ppsn_valid, "1234567FA"),  # and in the new form, with the second letter A
    (nhi_valid, "ZZZ0016"),  # the Ministry of Health's test NHI numbers
    (nhi_valid, "ZZZ0024"),
    (ird_valid, "49091850"),  # Inland Revenue's check-digit specification examples
    (ird_valid, "136410132"),  # (the second weights used)
    (dea_valid, "AB1234563"),  # the DEA check digit's worked example: 1+3+5 + 2*(2+4+6) = 33
    (aba_valid, "021000021"),  # a published ABA routing number (JPMorgan Chase, New York)
    (aba_valid, "011000015"),  # the Federal Reserve Bank of Boston
    (vat_valid, "GB999999973"),  # HMRC's VAT number format example
    (nhs_valid, "9434765919"),  # NHS Digital's example number
    (medicare_valid, "2123456701"),
    (abn_valid, "51824753556"),
    (npi_valid, "1234567893"),
    (gb_iban_valid, "GB82WEST12345698765432"),
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (ppsn_valid, "1234567U"), (ppsn_valid, "1234567FB"), (nhi_valid, "ZZZ0017"), (nhi_valid, "ZZI0016"), (ird_valid, "136410133"),
    (ird_valid, "9125568"), (dea_valid, "AB1234564"), (aba_valid, "021000022"), (vat_valid, "GB999999974"), (chi_valid, "3213454321"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind15.ppsn_letter("1234567") == "T" and blind15.ppsn_letter("1234567", "A") == "F"
    assert blind15.nhi_digit("ZZZ001") == 6 and blind15.nhi_digit("ZZZ002") == 4
    assert blind15.ird_digit("04909185") == 0 and blind15.ird_digit("13641013") == 2
    assert blind15.dea_digit("123456") == "3" and blind15.aba_digit("02100002") == "1" and blind15.vat_digits("9999999") == "73"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check() -> None:
    g = blind15.Gen(random.Random(3))
    for _ in range(300):
        assert ppsn_valid(g.ppsn()) and nhi_valid(g.nhi()) and ird_valid(compact(g.ird())) and aba_valid(g.aba("01"))
        assert vat_valid(compact(g.vat())) and nhs_valid(compact(g.nhs_number())) and medicare_valid(compact(g.medicare()))
        assert abn_valid(compact(g.abn())) and npi_valid(g.npi()) and gb_iban_valid(compact(g.gb_iban()))
        g.used = set()
        p = g.person("us")
        dea = g.dea(p)
        assert dea_valid(dea) and dea[1] == blind15.fold15(p.last)[0].upper()
        y, m, d = ymd = g.ymd(1935, 2010)
        female = g.rng.random() < 0.5
        chi = g.chi_number(ymd, female)
        assert chi_valid(chi) and chi[:6] == f"{d:02d}{m:02d}{y % 100:02d}" and int(chi[8]) % 2 == (not female)
        assert re.fullmatch(r"[ACDEFHKNPRTVWXY]\d[ACDEFHKNPRTVWXY][0-9ACDEFHKNPRTVWXY]", blind3.unmark(g.eircode("F93"), "x")[0][4:])


def test_ocr_damage_changes_what_it_touches_and_nothing_else() -> None:
    g = blind15.Gen(random.Random(4))
    for _ in range(50):
        n = g.digits(11)
        damaged = g.ocr_number(n)
        assert damaged != n and len(damaged) == len(n) and not damaged.isdigit()
        assert g.ocr_name("MOORE") != "MOORE"
    marked = f"the {blind3.L('PERSON', 'Fionn')} will file {blind3.K('ICD-10 J18.9')}"
    out = g.ocr_prose(marked)
    assert blind3.L("PERSON", "Fionn") in out and blind3.K("ICD-10 J18.9") in out


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind15.DOCS and len(blind15.DOCTYPES) == 20 and len(blind15.STRUCTURED) + len(blind15.NARRATIVE) == 20
    assert len(blind15.CLINICAL) == len(blind15.LEGAL) == 10
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind15.DOCTYPES}
    assert min(counts.values()) >= blind15.DOCS // len(blind15.DOCTYPES)
    kinds = [r.kind for r in corpus]
    assert set(kinds) == {"chat", "instruction"} and kinds.count("instruction") >= 0.75 * len(corpus)
    for r in corpus:
        assert detect_kind(r.record, "blind15", 0) == r.kind
        validate(r.record, "blind15", 0, r.kind)
        if r.kind == "chat":
            roles = [m["role"] for m in r.record["messages"]]
            assert roles[-2:] == ["user", "assistant"] and roles[0] in ("system", "user")
    earlier = earlier_doctypes(15)
    assert not set(blind15.DOCTYPES) & earlier


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 3000 and sum(len(r.keep) for r in corpus) >= 500
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere
    assert counts["PERSON"] >= 1200 and counts["PHONE_NUMBER"] >= 200 and counts["DATE_TIME"] >= 400 and counts["LOCATION"] >= 600


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    assert_labels_at_offsets(corpus, blind15, blind3.ENTITIES)


def test_the_documents_are_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a record alone leaks every label; removing exactly its labels leaks none and keeps every protected term (the first 60
    records: every register as an instruction record and as a chat)."""
    sample = corpus[: 3 * len(blind15.DOCTYPES)]
    assert {(r.doctype, r.kind) for r in sample} == {(d, k) for d in blind15.DOCTYPES for k in ("chat", "instruction")}
    assert all(blind3.sound(r) for r in sample)


# ---------------------------------------------------------------- identifiers in the corpus


PPSN = r"\d{7}[A-W][A-IW]?"
CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("hl7_adt", "HEALTH_ID", r"[A-HJ-NP-Z]{3}\d{4}"): nhi_valid,
    ("hl7_oru", "HEALTH_ID", r"[A-HJ-NP-Z]{3}\d{4}"): nhi_valid,
    ("dictated_radiology", "LICENSE_NUMBER", r"\d{10}"): npi_valid,
    ("histopathology_pages", "NATIONAL_ID", PPSN): ppsn_valid,
    ("clinic_list", "NATIONAL_ID", PPSN): ppsn_valid,
    ("garda_interview", "NATIONAL_ID", PPSN): ppsn_valid,
    ("probate_grant", "NATIONAL_ID", PPSN): ppsn_valid,
    ("ambulance_prf", "HEALTH_ID", r"\d{10}"): chi_valid,
    ("occ_health_report", "HEALTH_ID", r"\d{10}"): medicare_valid,
    ("occ_health_report", "COMPANY_REGISTRATION", r"\d{11}"): abn_valid,
    ("pharmacy_csv_export", "LICENSE_NUMBER", r"\d{10}"): npi_valid,
    ("pharmacy_csv_export", "LICENSE_NUMBER", r"[A-Z]{2}\d{7}"): dea_valid,
    ("gp_referral_thread", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("inquest_record", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("law_invoice", "COMPANY_REGISTRATION", r"GB\d{9}"): vat_valid,
    ("law_invoice", "IBAN_CODE", r"GB\d\d[A-Z]{4}\d{14}"): gb_iban_valid,
    ("title_extract", "NATIONAL_ID", r"\d{8,9}"): ird_valid,
    ("closing_email", "ACCOUNT_NUMBER", r"\d{9}"): aba_valid,
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


def test_dea_numbers_carry_the_prescribers_initial(corpus: list[blind3.Blind3Record]) -> None:
    """In the dispensing log each row's DEA number has the prescriber's surname's first letter second (the row's "Surname, Given")."""
    seen = 0
    for r in corpus:
        if r.doctype != "pharmacy_csv_export":
            continue
        text = fields(r)["input" if r.kind == "instruction" else f"messages[{len(r.record['messages']) - 2}].content"]
        for row in (line for line in text.splitlines() if re.match(r"\d{7},", line)):
            m = re.search(r',"([^",]+), [^",]+",\d{10},([A-Z]{2}\d{7})$', row)
            assert m, row
            assert m.group(2)[1] == blind15.fold15(m.group(1))[0].upper(), row
            seen += 1
    assert seen >= 30


# ---------------------------------------------------------------- names, hard cases, determinism, the command line

OCR_UNDO = (("0", "O"), ("1", "l"), ("1", "I"), ("5", "S"), ("8", "B"), ("rn", "m"), ("cl", "d"))


def name_words(text: str) -> set[str]:
    """A name's words as the module's lists split them, short ones and particles left out; a hyphen at a line end joined up, and a word
    that is no name of the lists read again with one of OCR's confusions undone (so that the damage never hides a foreign name)."""
    own = blind15.own_names()

    def words(t: str) -> set[str]:
        return {w for w in re.split(r"[^a-z]+", blind15.fold15(t).lower()) if len(w) > 2 and w not in blind15.PARTICLES}

    out: set[str] = set()
    for raw in re.split(r"[\s,^]+", text.replace("-\n", "")):
        for candidate in [raw] + [raw.replace(a, b) for a, b in OCR_UNDO if a in raw]:
            if words(candidate) <= own:
                out |= words(candidate)
                break
        else:
            out |= words(raw)
    return out


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    assert_people_carry_own_names(corpus, blind15, name_words, (blind14, blind13), initials=re.compile(r"[A-Z]{2,3}"))


def test_the_hard_cases_are_there(corpus: list[blind3.Blind3Record]) -> None:
    people = [s.text for r in corpus for s in r.pii if s.entity == "PERSON"]
    dates = [s.text for r in corpus for s in r.pii if s.entity == "DATE_TIME"]
    orgs = {s.text for r in corpus for s in r.pii if s.entity == "ORGANIZATION"}
    keep = {t for r in corpus for t in r.keep}
    texts = [t for r in corpus for t in fields(r).values()]
    assert any(re.fullmatch(r"[A-Z' -]+\^[A-Z' -]+\^[A-Z' -]+", p) for p in people) and any(re.fullmatch(r"[A-Z' -]+\^[A-Z' -]+", p) for p in people)
    assert any(re.fullmatch(r"[A-Z][A-Z' -]+, [A-ZÀ-Ý][a-zà-ÿ]+", p) for p in people)  # SURNAME, Given in a list
    assert any(re.search(r"^(From|Cc): [A-Z][a-z]\S*( \S+)?, \S+ <", t, re.M) for t in texts)  # Surname, Given as a display name
    assert any(re.search(r"-\n", p) for p in people)  # a name hyphenated across a line end, one span
    assert any(re.search(r"[0158]", p) for p in people)  # a name OCR damaged
    assert any(s.entity in ("HEALTH_ID", "NATIONAL_ID", "CASE_NUMBER") and re.search(r"\d[OlSBb]|[OlSBb]\d", s.text) for r in corpus for s in r.pii)
    assert any(re.fullmatch(r"\d\d/[lO\d]{2}/[\dOlSBb]{4}", d) and not d.replace("/", "").isdigit() for d in dates)  # an OCR-damaged date
    assert any(re.fullmatch(r"(19|20)\d{6}", d) for d in dates) and any(re.fullmatch(r"20\d{10}(\d\d)?", d) for d in dates)  # YYYYMMDD(HHMM)
    for r in corpus:  # names inside e-mail addresses
        if r.doctype == "gp_referral_thread":
            surnames = {re.sub(r"[^a-z]", "", blind15.fold15(p.split()[-1]).lower()) for p in (s.text for s in r.pii if s.entity == "PERSON") if " " in p}
            assert any(any(x and x in s.text for x in surnames) for s in r.pii if s.entity == "EMAIL_ADDRESS")
    paged = [r for r in corpus if r.doctype in ("histopathology_pages", "ocr_discharge_letter", "inquest_record")]
    for r in paged:  # the page header's or footer's name, labelled on every page
        counts: dict[str, int] = {}
        for s in r.pii:
            if s.entity == "PERSON":
                counts[s.text] = counts.get(s.text, 0) + 1
        assert max(counts.values()) >= 2 and re.search(r"(Page|pg|page) 2", "\n".join(fields(r).values())), r.doctype
    assert any(re.search(r"\^\^[A-Z][^|^]*\^\^\d{4}", t) for t in texts)  # an address split over HL7 components
    assert {"Dr MacKinnon Memorial Hospital", "Musgrove Park Hospital", "Dorset County Hospital", "NNAMDI AZIKIWE UNIVERSITY TEACHING HOSPITAL"} <= orgs
    assert any(re.search(r"^(\[\d\d:\d\d:\d\d\] )?(MS\.|MR\.|GDA) [A-Z' -]+:", t, re.M) for t in texts)  # speaker labels in capitals
    assert {"PID", "OBX", "MSH"} <= keep and any(re.fullmatch(r"\d{3,5}-\d", t) for t in keep)  # HL7 segment names, LOINC codes
    assert any(t.startswith("ICD-10 ") for t in keep) and any(re.fullmatch(r"\d{4,5}-\d{3,4}-\d{2}", t) for t in keep)  # ICD-10, NDC
    assert any("§" in t for t in keep) and any(re.fullmatch(r"\[\d{4}\] \w+ .*\d+.*", t) for t in keep)  # statute sections, citations
    assert any(re.search(r"mmol/L|g/L|mg/L", t) for t in keep) and any(re.search(r"\d mg ", t) for t in keep)  # lab values, doses


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind15.generate(10, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:10]]
    assert [r.record for r in blind15.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_the_corpus_is_the_same_whatever_the_hash_seed(corpus: list[blind3.Blind3Record]) -> None:
    assert_same_under_hash_seeds(corpus, blind15)


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind15.main(["--stats", "--docs", str(len(blind15.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind15.DOCTYPES)
