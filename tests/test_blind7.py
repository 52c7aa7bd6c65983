"""The seventh blind scrubbing corpus (bench/blind7.py): labels exact at their offsets, every identifier with a published check
passing it (validators written here apart from the generator's, and the formats' published examples), names of its own,
determinism, every register. Nothing here runs the scrubber."""

from __future__ import annotations

import io
import random
import re
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind4  # noqa: E402
import blind5  # noqa: E402
import blind6  # noqa: E402
import blind7  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind7.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind7.text_fields(r.record))


def compact(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (1 if i % 2 == 0 else 2)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def oib_valid(n: str) -> bool:  # ISO 7064 MOD 11,10
    product = 10
    for c in n[:10]:
        s = (int(c) + product) % 10
        product = (s if s else 10) * 2 % 11
    return (product + int(n[10])) % 10 == 1


def imo_valid(n: str) -> bool:
    return sum(int(n[i]) * (7 - i) for i in range(6)) % 10 == int(n[6])


def hkid_valid(n: str) -> bool:
    letters, digits, check = re.fullmatch(r"([A-Z]{1,2})(\d{6})([0-9A])", n).groups()
    values = [ord(c) - 55 for c in letters.rjust(2)] if len(letters) == 2 else [36, ord(letters) - 55]
    values += [int(c) for c in digits] + [10 if check == "A" else int(check)]
    return sum(v * w for v, w in zip(values, range(9, 0, -1))) % 11 == 0


def egn_valid(n: str) -> bool:
    return sum(int(n[i]) * w for i, w in enumerate((2, 4, 8, 5, 10, 9, 7, 3, 6))) % 11 % 10 == int(n[9])


def eik_valid(n: str) -> bool:
    first = sum(int(n[i]) * (i + 1) for i in range(8)) % 11
    if first == 10:
        first = sum(int(n[i]) * (i + 3) for i in range(8)) % 11 % 10
    return first == int(n[8])


def kennitala_valid(n: str) -> bool:
    return sum(int(n[i]) * w for i, w in enumerate((3, 2, 7, 6, 5, 4, 3, 2, 1))) % 11 == 0 and n[9] in "90"


def ik_valid(n: str) -> bool:  # Estonian isikukood, and the registry codes that carry the same check
    body, check = n[:-1], int(n[-1])
    r = sum(int(c) * (i % 9 + 1) for i, c in enumerate(body)) % 11
    if r == 10:
        r = sum(int(c) * ((i + 2) % 9 + 1) for i, c in enumerate(body)) % 11 % 10
    return r == check


def iin_valid(n: str) -> bool:  # Kazakh IIN and BIN
    r = sum(int(n[i]) * (i + 1) for i in range(11)) % 11
    if r == 10:
        r = sum(int(n[i]) * ((i + 2) % 11 + 1) for i in range(11)) % 11
    return r == int(n[11])


def tw_valid(n: str) -> bool:
    code = "ABCDEFGHJKLMNPQRSTUVXYWZIO".index(n[0]) + 10
    digits = [code // 10, code % 10] + [int(c) for c in n[1:]]
    return sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1))) % 10 == 0


def nif_pt_valid(n: str) -> bool:
    r = sum(int(n[i]) * (9 - i) for i in range(8)) % 11
    return int(n[8]) == (0 if r < 2 else 11 - r)


def cc_pt_valid(n: str) -> bool:  # the Cartão de Cidadão document number, as the government's description checks it
    total, double = 0, False
    for c in reversed(n):
        v = int(c, 36)
        if double:
            v = v * 2 - 9 if v * 2 >= 10 else v * 2
        total += v
        double = not double
    return len(n) == 12 and total % 10 == 0


def niss_valid(n: str) -> bool:
    return int(n[10]) == 9 - sum(int(c) * w for c, w in zip(n, (29, 23, 19, 17, 13, 11, 7, 5, 3, 2))) % 10


def nuss_valid(n: str) -> bool:
    return len(n) == 12 and int(n[:10]) % 97 == int(n[10:])


def nit_valid(n: str) -> bool:
    primes = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)
    r = sum(int(c) * p for c, p in zip(n[-2::-1], primes)) % 11
    return int(n[-1]) == (r if r in (0, 1) else 11 - r)


def cui_valid(n: str) -> bool:
    r = sum(int(c) * w for c, w in zip(n[:8], (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return len(n) == 8 or n[8] == "65432110987"[r]


def iban_valid(n: str) -> bool:
    moved = n[4:] + n[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def nib_valid(n: str) -> bool:  # a Portuguese IBAN's national part: bank, branch, account and two check digits, mod 97 leaving 1
    return int(n[4:]) % 97 == 1


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (oib_valid, "33392005961"),  # Croatian OIB (python-stdnum's documented example)
    (imo_valid, "9074729"),  # IMO ship number (the usual worked example)
    (hkid_valid, "A1234563"),  # Hong Kong identity card A123456(3), the usual worked example
    (egn_valid, "7523169263"),  # Bulgarian EGN (python-stdnum's documented example)
    (eik_valid, "175074752"),  # Bulgarian EIK (BULSTAT), python-stdnum's example
    (kennitala_valid, "1201743399"),  # Icelandic kennitala 120174-3399 (python-stdnum's example)
    (ik_valid, "37605030299"),  # Estonian isikukood (python-stdnum's example)
    (ik_valid, "12345678"),  # Estonian registry code (python-stdnum's example)
    (iin_valid, "791028302728"),  # Kazakh IIN (py-kz-validators' example)
    (tw_valid, "A123456789"),  # Taiwan national ID, the usual worked example
    (nif_pt_valid, "123456789"),  # Portuguese NIF, the usual worked example
    (cc_pt_valid, "000000000ZZ4"),  # Cartão de Cidadão 00000000 0 ZZ4
    (cc_pt_valid, "108909197ZY3"),  # Cartão de Cidadão 10890919 7 ZY3
    (nit_valid, "8001972684"),  # Colombian NIT 800.197.268-4, the tax office's own
    (cui_valid, "101174102"),  # Peruvian DNI (CUI) 10117410-2 (python-stdnum's example)
    (luhn_valid, "046454286"),  # Canadian SIN 046 454 286, the usual worked example
    (iban_valid, "PT50000201231234567890154"),  # the IBAN registry's Portuguese example
    (nib_valid, "PT50000201231234567890154"),
    (iban_valid, "EE382200221020145685"),  # the IBAN registry's Estonian example
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (oib_valid, "33392005962"), (imo_valid, "9074728"), (hkid_valid, "A1234564"), (egn_valid, "7523169264"), (eik_valid, "175074753"),
    (kennitala_valid, "1201743389"), (ik_valid, "37605030298"), (iin_valid, "791028302729"), (tw_valid, "A123456788"),
    (nif_pt_valid, "123456788"), (cc_pt_valid, "000000000ZZ5"), (nit_valid, "8001972685"), (cui_valid, "101174103"), (luhn_valid, "046454287"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind7.oib_digit("3339200596") == "1" and blind7.imo_digit("907472") == "9" and blind7.hkid_char("A", "123456") == "3"
    assert blind7.egn_digit("752316926") == "3" and blind7.eik_digit("17507475") == "2" and blind7.kennitala_digit("12017433") == "9"
    assert blind7.ik_digit("3760503029") == "9" and blind7.ik_digit("1234567") == "8" and blind7.iin_digit("79102830272") == "8"
    assert blind7.tw_id_digit("A", "12345678") == "9" and blind7.nif_pt_digit("12345678") == "9" and blind7.cc_pt_digit("000000000ZZ") == "4"
    assert blind7.nit_digit("800197268") == "4" and blind7.cui_digit("10117410") == "2" and blind7.luhn("04645428") == "6"
    assert blind7.nib_digits("0002012312345678901") == "54"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check_and_carries_the_person() -> None:
    g = blind7.Gen(random.Random(3))

    def text(marked: str) -> str:
        return blind3.unmark(marked, "x")[1][0].text

    for _ in range(300):
        p = g.person(g.pick(list(blind7.PEOPLE)))
        y, m, d = ymd = g.ymd(1930, 2015)
        g.used = set()
        assert luhn_valid(compact(text(g.sin())))
        nam = compact(text(g.ramq(p, ymd)))
        assert nam[:3] == (re.sub("[^A-Z]", "", blind7.fold7(p.last).upper()) + "XXX")[:3] and nam[3] == blind7.fold7(p.first)[0].upper()
        assert nam[4:10] == f"{y % 100:02d}{m + (50 if p.female else 0):02d}{d:02d}"
        written, said = g.mykad(p, ymd, "08")
        n = compact(text(written))
        assert n[:6] == f"{y % 100:02d}{m:02d}{d:02d}" and n[6:8] == "08" and int(n[-1]) % 2 == (0 if p.female else 1)
        assert re.sub(r"\D", "", text(written)) == "".join(str(blind7.DIGIT_WORDS.index(w)) for w in re.findall(r"[a-z]+", text(said)))
        assert oib_valid(compact(text(g.oib()))) and imo_valid(compact(text(g.imo())))
        assert hkid_valid(compact(text(g.hkid())))
        n = compact(text(g.cccd(p, ymd, "079")))
        assert len(n) == 12 and n[:3] == "079" and int(n[3]) == (0 if y < 2000 else 2) + p.female and n[4:6] == f"{y % 100:02d}"
        n = compact(text(g.egn(p, ymd)))
        assert egn_valid(n) and n[2:4] == f"{m + (40 if y >= 2000 else 0):02d}" and int(n[8]) % 2 == (1 if p.female else 0)
        assert eik_valid(compact(text(g.eik())))
        n = compact(text(g.kennitala(ymd)))
        assert kennitala_valid(n) and n[:6] == f"{d:02d}{m:02d}{y % 100:02d}" and n[9] == ("9" if y < 2000 else "0")
        n = compact(text(g.isikukood(p, ymd)))
        assert ik_valid(n) and int(n[0]) == (3 if y < 2000 else 5) + p.female and n[1:7] == f"{y % 100:02d}{m:02d}{d:02d}"
        assert ik_valid(compact(text(g.registrikood())))
        assert nuss_valid(compact(text(g.nuss("41"))))
        assert nit_valid(compact(text(g.nit())))
        n = compact(text(g.iin(p, ymd)))
        assert iin_valid(n) and int(n[6]) == (3 if y < 2000 else 5) + p.female and n[:6] == f"{y % 100:02d}{m:02d}{d:02d}"
        assert iin_valid(compact(text(g.bin_kz(2010))))
        n = compact(text(g.tw_id(p)))
        assert tw_valid(n) and n[1] == ("2" if p.female else "1")
        assert nif_pt_valid(compact(text(g.nif_pt()))) and cc_pt_valid(compact(text(g.cc_pt()))) and niss_valid(compact(text(g.niss())))
        n = compact(text(g.pt_iban()))
        assert iban_valid(n) and nib_valid(n) and n.startswith("PT50")
        assert cui_valid(compact(text(g.cui(check=True))))


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind7.DOCS and len(blind7.DOCTYPES) >= 14
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind7.DOCTYPES}
    assert min(counts.values()) >= blind7.DOCS // len(blind7.DOCTYPES)
    assert {r.kind for r in corpus} == set(blind3.FORMATS)
    for r in corpus:
        assert detect_kind(r.record, "blind7", 0) == r.kind
        validate(r.record, "blind7", 0, r.kind)
    earlier = set(blind3.DOCTYPES) | set(blind4.DOCTYPES) | set(blind5.DOCTYPES) | set(blind6.DOCTYPES)
    assert not set(blind7.DOCTYPES) & earlier


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        texts = fields(r)
        assert r.pii and r.keep, r.doctype
        offsets = blind7.span_offsets(r)
        assert len(offsets) == len(r.pii)
        ends: dict[str, int] = {}
        for (path, start, end, entity), span in zip(offsets, r.pii):
            assert texts[path][start:end] == span.text and entity == span.entity
            assert start >= ends.get(path, 0)  # in order and never overlapping
            ends[path] = end
            assert span.text == span.text.strip() and span.text[-1] not in ",;:" and span.entity in blind3.ENTITIES, span
        for term in r.keep:
            assert any(term in t for t in texts.values()), term
        assert not any(c in t for t in texts.values() for c in "\x02\x03\x04\x05\x1f")


def test_every_document_is_sound(corpus: list[blind3.Blind3Record]) -> None:
    """Leaving a document alone leaks every label; removing exactly its labels leaks none and keeps every protected term."""
    assert all(blind3.sound(r) for r in corpus)


CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("telehealth_chat", "NATIONAL_ID", r"\d{9}"): luhn_valid,
    ("ship_medical_log", "NATIONAL_ID", r"\d{11}"): oib_valid,
    ("ship_medical_log", "LICENSE_NUMBER", r"9\d{6}"): imo_valid,
    ("prison_transfer", "NATIONAL_ID", r"[A-Z]{1,2}\d{6}[0-9A]"): hkid_valid,
    ("compounding_record", "NATIONAL_ID", r"\d{10}"): egn_valid,
    ("compounding_record", "COMPANY_REGISTRATION", r"\d{9}"): eik_valid,
    ("biobank_consent", "NATIONAL_ID", r"\d{10}"): kennitala_valid,
    ("interpreter_booking", "NATIONAL_ID", r"\d{11}"): ik_valid,
    ("interpreter_booking", "COMPANY_REGISTRATION", r"\d{8}"): ik_valid,
    ("interpreter_booking", "IBAN_CODE", r"EE\d{18}"): iban_valid,
    ("injury_report_es", "NATIONAL_ID", r"\d{12}"): nuss_valid,
    ("tutela", "COMPANY_REGISTRATION", r"\d{10}"): nit_valid,
    ("sanatorium_card", "NATIONAL_ID", r"\d{12}"): iin_valid,
    ("sanatorium_card", "COMPANY_REGISTRATION", r"\d{12}"): iin_valid,
    ("advance_decision", "NATIONAL_ID", r"[A-Z][12]\d{8}"): tw_valid,
    ("disability_certificate", "NATIONAL_ID", r"[12]\d{8}"): nif_pt_valid,
    ("disability_certificate", "NATIONAL_ID", r"\d{9}[A-Z]{2}\d"): cc_pt_valid,
    ("disability_certificate", "NATIONAL_ID", r"1\d{10}"): niss_valid,
    ("home_visit_pe", "NATIONAL_ID", r"\d{9}"): cui_valid,
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
                assert iban_valid(n)
    assert all(seen.values()), [k for k, v in seen.items() if not v]


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    own, earlier = blind7.own_names(), blind7.earlier_names()
    assert not own & earlier and blind6.own_names() <= earlier
    for r in corpus:
        for s in r.pii:
            if s.entity == "PERSON":
                words = {w for w in re.split(r"[^a-z]+", blind7.fold7(s.text)) if len(w) > 2 and w not in blind7.PARTICLES}
                assert words <= own and not words & earlier, s
    source = Path(blind7.__file__).read_text(encoding="utf-8").lower()
    assert "import faker" not in source and "from faker" not in source


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind7.generate(20, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:20]]
    assert [r.record for r in blind7.generate(20, seed=1)] != [r.record for r in corpus[:20]]


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind7.main(["--stats", "--docs", str(len(blind7.DOCTYPES))]) == 0
    text = out.getvalue()
    assert "protected terms" in text and "PERSON" in text and all(name in text for name in blind7.DOCTYPES)
