"""The ninth blind scrubbing corpus (bench/blind9.py): labels exact at their offsets, every identifier with a published check
passing it (validators written here apart from the generator's, and the formats' published examples), names of its own,
determinism, every register, the informal half really informal. Nothing here runs the scrubber."""

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

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind4  # noqa: E402
import blind5  # noqa: E402
import blind6  # noqa: E402
import blind7  # noqa: E402
import blind8  # noqa: E402
import blind9  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind9.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind9.text_fields(r.record))


def compact(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def text(marked: str) -> str:
    return blind3.unmark(marked, "x")[1][0].text


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def lt_valid(n: str) -> bool:  # Lithuanian asmens kodas
    d = [int(c) for c in n]
    r = sum(x * w for x, w in zip(d, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1))) % 11
    if r == 10:
        r = sum(x * w for x, w in zip(d, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3))) % 11
        r = 0 if r == 10 else r
    return len(n) == 11 and r == d[10]


def lv_valid(n: str) -> bool:  # Latvian personas kods, eleven digits
    return (1 + sum(int(c) * w for c, w in zip(n, (10, 5, 8, 4, 2, 1, 6, 3, 7, 9)))) % 11 % 10 == int(n[10])


def lv_company_valid(n: str) -> bool:  # Latvian company registration number
    return n[0] == "4" and sum(int(c) * w for c, w in zip(n, (9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1))) % 11 == 3


def jmbg_valid(n: str) -> bool:  # Slovenian EMŠO and Serbian JMBG
    m = 11 - sum(int(c) * w for c, w in zip(n, (7, 6, 5, 4, 3, 2) * 2)) % 11
    return len(n) == 13 and m != 10 and (0 if m == 11 else m) == int(n[12])


def si_tax_valid(n: str) -> bool:  # Slovenian davčna številka
    m = 11 - sum(int(c) * w for c, w in zip(n, (8, 7, 6, 5, 4, 3, 2))) % 11
    return len(n) == 8 and m < 10 and m == int(n[7])


def pib_valid(n: str) -> bool:  # Serbian PIB, ISO 7064 MOD 11,10
    p = 10
    for c in n[:-1]:
        s = (p + int(c)) % 10
        p = (2 * (s if s else 10)) % 11
    return (p + int(n[-1])) % 10 == 1


def ec_valid(n: str) -> bool:  # Ecuadorian cédula
    if not 1 <= int(n[:2]) <= 24 or int(n[2]) > 5:
        return False
    total = sum(sum(divmod(int(c) * (2 - i % 2), 10)) for i, c in enumerate(n[:9]))
    return (10 - total % 10) % 10 == int(n[9])


def uy_valid(n: str) -> bool:  # Uruguayan cédula, the check last
    n = n.zfill(8)
    return (10 - sum(int(c) * w for c, w in zip(n, (2, 9, 8, 7, 6, 3, 4))) % 10) % 10 == int(n[7])


def luhn_valid(n: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(n)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def rnc_valid(n: str) -> bool:  # Dominican RNC
    r = sum(int(c) * w for c, w in zip(n, (7, 9, 8, 6, 5, 4, 3, 2))) % 11
    return len(n) == 9 and ((10 - r) % 9 + 1) == int(n[8])


def melli_valid(n: str) -> bool:  # Iranian national code
    r = sum(int(n[i]) * (10 - i) for i in range(9)) % 11
    return len(n) == 10 and int(n[9]) == (r if r < 2 else 11 - r)


def idnp_valid(n: str) -> bool:  # Moldovan IDNP / IDNO
    return len(n) == 13 and sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(n[:12])) % 10 == int(n[12])


def nhs_valid(n: str) -> bool:  # NHS and Northern Irish H&C numbers
    r = 11 - sum(int(c) * w for c, w in zip(n[:9], range(10, 1, -1))) % 11
    return len(n) == 10 and r != 10 and r % 11 == int(n[9])


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
              [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
              [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]  # fmt: skip
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
              [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]  # fmt: skip


def verhoeff_valid(n: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(n)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def lu_valid(n: str) -> bool:  # Luxembourg matricule: a birth date, a Luhn digit and a Verhoeff digit over the first eleven
    try:
        datetime.date(int(n[:4]), int(n[4:6]), int(n[6:8]))
    except ValueError:
        return False
    return len(n) == 13 and luhn_valid(n[:12]) and verhoeff_valid(n[:11] + n[12])


def iban_valid(n: str) -> bool:
    moved = n[4:] + n[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (lt_valid, "33309240064"),  # Lithuanian asmens kodas (python-stdnum's lt.asmens example)
    (lv_valid, "16117519997"),  # Latvian personas kods 161175-19997 (python-stdnum's lv.pvn example)
    (lv_company_valid, "40003521600"),  # Latvian company number (python-stdnum's lv.pvn example)
    (jmbg_valid, "0101006500006"),  # Slovenian EMŠO (python-stdnum's si.emso example)
    (si_tax_valid, "50223054"),  # Slovenian tax number SI 5022 3054 (python-stdnum's si.ddv example)
    (pib_valid, "101134702"),  # Serbian PIB (python-stdnum's rs.pib example)
    (ec_valid, "1714307103"),  # Ecuadorian cédula (python-stdnum's ec.ci example)
    (uy_valid, "12345672"),  # Uruguayan cédula 1.234.567-2, the usual worked example
    (uy_valid, "49077602"),  # and 4.907.760-2 (a published test number)
    (luhn_valid, "00113918205"),  # Dominican cédula (python-stdnum's do.cedula example)
    (rnc_valid, "101850043"),  # Dominican RNC 1-01-85004-3 (python-stdnum's do.rnc example)
    (rnc_valid, "131246796"),  # and 1-31-24679-6
    (melli_valid, "0076229645"),  # Iranian national codes (rust-persian-tools' examples)
    (melli_valid, "1583250689"),
    (idnp_valid, "1008600038413"),  # Moldovan IDNO (python-stdnum's md.idno example)
    (nhs_valid, "9434765870"),  # NHS number 943 476 5870 (python-stdnum's gb.nhs example)
    (verhoeff_valid, "2363"),  # Verhoeff: 236 gets 3 (the algorithm's worked example)
    (luhn_valid, "79927398713"),  # Luhn: the algorithm's worked example
    (iban_valid, "LT121000011101001000"),  # the IBAN registry's examples
    (iban_valid, "LV80BANK0000435195001"),
    (iban_valid, "LU280019400644750000"),
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (lt_valid, "33309240065"), (lv_valid, "16117519998"), (lv_company_valid, "40003521601"), (jmbg_valid, "0101006500007"),
    (si_tax_valid, "50223055"), (pib_valid, "101134703"), (ec_valid, "1714307104"), (uy_valid, "12345673"), (luhn_valid, "00113918206"),
    (rnc_valid, "101850042"), (melli_valid, "0076229646"), (idnp_valid, "1008600038414"), (nhs_valid, "9434765871"), (verhoeff_valid, "2364"),
    (iban_valid, "LT121000011101001001"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind9.lt_ak_digit("3330924006") == "4" and blind9.lv_pk_digit("1611751999") == "7" and blind9.lv_company_ok("40003521600")
    assert blind9.jmbg_digit("010100650000") == "6" and blind9.si_tax_digit("5022305") == "4" and blind9.pib_digit("10113470") == "2"
    assert blind9.ec_ci_digit("171430710") == "3" and blind9.uy_ci_digit("1234567") == "2" and blind9.uy_ci_digit("4907760") == "2"
    assert blind9.luhn("0011391820") == "5" and blind9.rnc_digit("10185004") == "3" and blind9.rnc_digit("13124679") == "6"
    assert blind9.melli_digit("007622964") == "5" and blind9.melli_digit("158325068") == "9" and blind9.idnp_digit("100860003841") == "3"
    assert blind9.nhs_digit("943476587") == "0" and blind9.verhoeff("236") == "3" and blind9.luhn("7992739871") == "3"
    assert blind9.iban("LV", "BANK0000435195001") == "LV80BANK0000435195001" and blind9.iban("LU", "0019400644750000") == "LU280019400644750000"


def test_the_spoken_forms() -> None:
    assert blind9.spoken("07791 456123") == "oh seven seven nine one, four five six one two three"
    assert blind9.spoken("943 476 5870", oh=False) == "nine four three, four seven six, five eight seven zero"
    assert blind9.en_year(1952) == "nineteen fifty two" and blind9.en_year(1907) == "nineteen oh seven" and blind9.en_year(2003) == "two thousand and three"
    assert blind9.en_ordinal(4) == "fourth" and blind9.en_ordinal(23) == "twenty third" and blind9.en_ordinal(30) == "thirtieth"
    assert blind9.jalali(datetime.date(2024, 3, 21)) == (1403, 1, 1)  # Nowruz 1403
    assert blind9.jalali(datetime.date(2024, 3, 19))[:2] == (1402, 12)  # the last days of Esfand 1402


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check_and_carries_the_person() -> None:
    g = blind9.Gen(random.Random(3))
    for _ in range(300):
        g.used = set()
        p = g.person(g.pick(sorted(blind9.PEOPLE)))
        y, m, d = ymd = g.ymd(1930, 2012)
        n = compact(text(g.asmens_kodas(p, ymd)))
        assert lt_valid(n) and int(n[0]) == (3 if y < 2000 else 5) + p.female and n[1:7] == f"{y % 100:02d}{m:02d}{d:02d}"
        n = compact(text(g.personas_kods(ymd)))
        assert lv_valid(n) and n[:6] == f"{d:02d}{m:02d}{y % 100:02d}"
        assert lv_company_valid(compact(text(g.lv_company())))
        n = compact(text(g.jmbg(p, ymd, ("50", "71"))))
        assert jmbg_valid(n) and n[:7] == f"{d:02d}{m:02d}{y % 1000:03d}" and (int(n[9:12]) >= 500) == p.female
        assert si_tax_valid(compact(text(g.si_tax()))) and pib_valid(compact(text(g.pib())))
        assert ec_valid(compact(text(g.ec_cedula()))) and uy_valid(compact(text(g.uy_cedula())))
        assert luhn_valid(compact(text(g.do_cedula()))) and rnc_valid(compact(text(g.rnc())))
        assert melli_valid(compact(text(g.melli()))) and idnp_valid(compact(text(g.idnp())))
        assert nhs_valid(compact(g.nhs_text(g.pick("34567"))))
        n = compact(text(g.lu_matricule(ymd)))
        assert lu_valid(n) and n[:8] == f"{y}{m:02d}{d:02d}"
        for country, bban in (("LT", "70440" + g.digits(11)), ("LV", "HABA" + g.digits(13)), ("LU", "001" + g.digits(13))):
            assert iban_valid(compact(text(g.iban_of(country, bban))))


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind9.DOCS and len(blind9.DOCTYPES) >= 18
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind9.DOCTYPES}
    assert min(counts.values()) >= blind9.DOCS // len(blind9.DOCTYPES)
    assert {r.kind for r in corpus} == set(blind3.FORMATS)
    for r in corpus:
        assert detect_kind(r.record, "blind9", 0) == r.kind
        validate(r.record, "blind9", 0, r.kind)
    earlier = set(blind3.DOCTYPES) | set(blind4.DOCTYPES) | set(blind5.DOCTYPES) | set(blind6.DOCTYPES) | set(blind7.DOCTYPES)
    assert not set(blind9.DOCTYPES) & (earlier | set(blind8.DOCTYPES))
    assert len(blind9.INFORMAL) >= len(blind9.DOCTYPES) // 2 - 1


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 3000 and sum(len(r.keep) for r in corpus) >= 700
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        texts = fields(r)
        assert r.pii and r.keep, r.doctype
        offsets = blind9.span_offsets(r)
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


def test_the_informal_half_is_informal(corpus: list[blind3.Blind3Record]) -> None:
    """Names in lower case, spelt out, broken by OCR; numbers and dates said aloud, as the machine-made registers write them."""
    informal = {f.__name__ for f in blind9.INFORMAL}
    spans = [s for r in corpus if r.doctype in informal for s in r.pii]
    people = [s.text for s in spans if s.entity == "PERSON"]
    assert sum(t == t.lower() and t.isalpha() is False or t.islower() for t in people) >= 100
    assert any(re.fullmatch(r"[A-Z](-[A-Z])+", t) for t in people)  # spelt out
    assert any("-\n" in t for t in people)  # broken across a line by OCR
    said = [s for s in spans if s.entity in ("PHONE_NUMBER", "HEALTH_ID", "NATIONAL_ID", "LICENSE_NUMBER") and not re.search(r"\d", s.text)]
    assert len(said) >= 40
    assert any(s.entity == "DATE_TIME" and re.search(r"nineteen|two thousand", s.text) for s in spans)
    assert any(s.entity == "NATIONAL_ID" and re.search(r"[lO]", s.text) and re.search(r"\d", s.text) for s in spans)  # OCR noise


CHECKED = {  # (document type, entity, pattern of the compact number) -> its validator
    ("involuntary_admission", "NATIONAL_ID", r"[3-6]\d{10}"): lt_valid,
    ("e_referral", "NATIONAL_ID", r"\d{11}"): lv_valid,
    ("e_referral", "COMPANY_REGISTRATION", r"4\d{10}"): lv_company_valid,
    ("invalidity_opinion", "NATIONAL_ID", r"\d{13}"): jmbg_valid,
    ("invalidity_opinion", "NATIONAL_ID", r"\d{8}"): si_tax_valid,
    ("traffic_judgment", "NATIONAL_ID", r"\d{13}"): jmbg_valid,
    ("traffic_judgment", "COMPANY_REGISTRATION", r"\d{9}"): pib_valid,
    ("accident_report", "NATIONAL_ID", r"\d{10}"): ec_valid,
    ("mobile_emergency", "NATIONAL_ID", r"\d{8}"): uy_valid,
    ("controlled_prescription", "NATIONAL_ID", r"\d{11}"): luhn_valid,
    ("controlled_prescription", "COMPANY_REGISTRATION", r"\d{9}"): rnc_valid,
    ("forensic_exam", "NATIONAL_ID", r"\d{10}"): melli_valid,
    ("tb_treatment_card", "NATIONAL_ID", r"\d{13}"): idnp_valid,
    ("portal_messages", "NATIONAL_ID", r"\d{13}"): lu_valid,
}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = dict.fromkeys(CHECKED, 0)
    ibans = said = 0
    words = {w: str(i) for i, w in enumerate(blind9.DIGIT_WORDS)} | {"oh": "0"}
    for r in corpus:
        for s in r.pii:
            n = compact(s.text)
            for (doctype, entity, pattern), valid in CHECKED.items():
                if r.doctype == doctype and s.entity == entity and re.fullmatch(pattern, n):
                    assert valid(n), (doctype, s)
                    seen[doctype, entity, pattern] += 1
            if s.entity == "IBAN_CODE":
                assert iban_valid(n), s
                ibans += 1
            if s.entity == "HEALTH_ID" and r.doctype in ("triage_call", "gp_dictation"):  # said aloud, digit by digit
                digits = "".join(words[w] for w in re.findall(r"[a-z]+", s.text))
                assert nhs_valid(digits), s
                said += 1
    assert all(seen.values()), [k for k, v in seen.items() if not v]
    assert ibans and said


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    own, earlier = blind9.own_names(), blind9.earlier_names()
    assert not own & earlier and blind8.own_names() <= earlier and blind7.own_names() <= earlier
    for r in corpus:
        for s in r.pii:
            if s.entity == "PERSON" and r.doctype != "ocr_fax" and "-" not in s.text.replace("Kerry-Ann", ""):
                words = {w for w in re.split(r"[^a-z]+", blind9.fold9(s.text)) if len(w) > 2 and w not in blind9.PARTICLES}
                assert words <= own and not words & earlier, s
    source = Path(blind9.__file__).read_text(encoding="utf-8").lower()
    assert "import faker" not in source and "from faker" not in source


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind9.generate(20, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:20]]
    assert [r.record for r in blind9.generate(20, seed=1)] != [r.record for r in corpus[:20]]


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind9.main(["--stats", "--docs", str(len(blind9.DOCTYPES))]) == 0
    printed = out.getvalue()
    assert "protected terms" in printed and "PERSON" in printed and all(name in printed for name in blind9.DOCTYPES)
