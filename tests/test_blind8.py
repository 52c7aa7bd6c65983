"""The eighth blind scrubbing corpus (bench/blind8.py): labels exact at their offsets, every identifier with a published check
passing it (validators written here apart from the generator's, and the formats' published examples), names of its own,
determinism, every register. Nothing here runs the scrubber."""

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


@pytest.fixture(scope="module")
def corpus() -> list[blind3.Blind3Record]:
    return blind8.generate()  # the default corpus, the one the blind measurement will score


def fields(r: blind3.Blind3Record) -> dict[str, str]:
    return dict(blind8.text_fields(r.record))


def compact(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


# ---------------------------------------------------------------- validators, written apart from the generator's check functions


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (1 if i % 2 == 0 else 2)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def tckn_valid(n: str) -> bool:  # Turkish TC Kimlik
    d = [int(c) for c in n]
    return len(d) == 11 and d[0] != 0 and (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def vkn_valid(n: str) -> bool:  # Turkish tax number
    total = 0
    for place, c in enumerate(n[8::-1], 1):
        v = (int(c) + place) % 10
        total += 0 if v == 0 else (v * pow(2, place, 9) % 9 or 9)
    return (total + int(n[9])) % 10 == 0


def cnp_valid(n: str) -> bool:  # Romanian CNP
    r = sum(int(a) * int(b) for a, b in zip(n, "279146358279")) % 11
    return int(n[12]) == (1 if r == 10 else r)


def cui_valid(n: str) -> bool:  # Romanian CUI/CIF (an RO prefix is ignored)
    n = n.removeprefix("RO")
    body = n[:-1].rjust(9, "0")
    return sum(int(a) * b for a, b in zip(body, (7, 5, 3, 2, 1, 7, 5, 3, 2))) * 10 % 11 % 10 == int(n[-1])


def rc_valid(n: str) -> bool:  # Czech rodné číslo, ten digits
    return int(n) % 11 == 0 or (int(n[:9]) % 11 == 10 and n[9] == "0")


def ico_valid(n: str) -> bool:  # Czech IČO
    r = sum(int(c) * w for c, w in zip(n[:7], range(8, 1, -1))) % 11
    return int(n[7]) == {0: 1, 1: 0}.get(r, 11 - r)


def cz_account_valid(text: str) -> bool:  # prefix-number/bank
    account = text.split("/")[0]
    prefix, _, number = account.rpartition("-")
    ok = sum(int(c) * w for c, w in zip(number.zfill(10), (6, 3, 7, 9, 10, 5, 8, 4, 2, 1))) % 11 == 0
    return ok and sum(int(c) * w for c, w in zip(prefix.zfill(6), (10, 5, 8, 4, 2, 1))) % 11 == 0


def amka_valid(n: str) -> bool:  # Greek AMKA: a real birth date, then Luhn
    try:
        datetime.date(2000 + int(n[4:6]), int(n[2:4]), int(n[0:2]))
    except ValueError:
        return False
    return luhn_valid(n)


def afm_valid(n: str) -> bool:  # Greek AFM
    return sum(int(c) * 2 ** (8 - i) for i, c in enumerate(n[:8])) % 11 % 10 == int(n[8])


def be_nn_valid(n: str) -> bool:  # Belgian national register number, born before or after 2000
    return any(97 - int(prefix + n[:9]) % 97 == int(n[9:]) for prefix in ("", "2"))


def bsn_valid(n: str) -> bool:  # Dutch BSN
    return sum(int(c) * w for c, w in zip(n, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def ean13_valid(n: str) -> bool:  # Swiss AHV numbers and GLNs
    return len(n) == 13 and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(n)) % 10 == 0


def uid_valid(n: str) -> bool:  # Swiss UID, CHE and nine digits
    digits = n.removeprefix("CHE")
    r = 11 - sum(int(c) * w for c, w in zip(digits[:8], (5, 4, 3, 2, 7, 6, 5, 4))) % 11
    return r != 10 and r % 11 == int(digits[8])


def svnr_valid(n: str) -> bool:  # Austrian social insurance number
    return sum(int(c) * w for c, w in zip(n[:3] + n[4:], (3, 7, 9, 5, 8, 4, 2, 1, 6))) % 11 == int(n[3])


def rut_valid(n: str) -> bool:  # Chilean RUT, the check last
    body, check = n[:-1], n[-1]
    factors = [2, 3, 4, 5, 6, 7] * 3
    r = 11 - sum(int(c) * f for c, f in zip(reversed(body), factors)) % 11
    return check == {11: "0", 10: "K"}.get(r, str(r))


def cuit_valid(n: str) -> bool:  # Argentine CUIT/CUIL
    r = 11 - sum(int(c) * w for c, w in zip(n, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return r != 10 and r % 11 == int(n[10])


def cbu_valid(n: str) -> bool:  # Argentine CBU: two blocks, each with its check
    def block(digits: str, weights: tuple[int, ...]) -> bool:
        return (10 - sum(int(c) * w for c, w in zip(digits[:-1], weights)) % 10) % 10 == int(digits[-1])

    return len(n) == 22 and block(n[:8], (7, 1, 3, 9, 7, 1, 3)) and block(n[8:], (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3))


def curp_valid(n: str) -> bool:  # Mexican CURP
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(n[:17]))
    return (10 - total % 10) % 10 == int(n[17])


def nhi_valid(n: str) -> bool:  # New Zealand NHI, the old format (AAANNNC)
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    values = [letters.index(c) + 1 for c in n[:3]] + [int(c) for c in n[3:6]]
    r = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2))) % 11
    return r != 0 and (11 - r) % 10 == int(n[6])


def nhs_valid(n: str) -> bool:  # NHS and CHI numbers
    r = 11 - sum(int(c) * w for c, w in zip(n[:9], range(10, 1, -1))) % 11
    return r != 10 and r % 11 == int(n[9])


def pps_valid(n: str) -> bool:  # Irish PPSN: seven digits, the check letter, an optional second letter (W before 2013, A-I after)
    digits, check, second = n[:7], n[7], n[8:]
    total = sum(int(c) * w for c, w in zip(digits, (8, 7, 6, 5, 4, 3, 2)))
    if second and second != "W":
        total += 9 * (ord(second) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == check


def rrn_valid(n: str) -> bool:  # Korean RRN, before 2020
    r = sum(int(c) * w for c, w in zip(n, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11
    return (11 - r) % 10 == int(n[12])


def iban_valid(n: str) -> bool:
    moved = n[4:] + n[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# ---------------------------------------------------------------- published examples


@pytest.mark.parametrize(("valid", "number"), [
    (tckn_valid, "10000000146"),  # TC Kimlik, the usual worked example
    (tckn_valid, "17291716060"),  # TC Kimlik (python-stdnum's documented example)
    (vkn_valid, "4540536920"),  # Turkish VKN (python-stdnum's example)
    (cnp_valid, "1630615123457"),  # Romanian CNP (python-stdnum's example)
    (cui_valid, "18547290"),  # Romanian CUI (python-stdnum's example)
    (rc_valid, "7103192745"),  # Czech rodné číslo 710319/2745 (python-stdnum's example)
    (ico_valid, "25123891"),  # Czech IČO of a legal entity (python-stdnum's cz.dic example)
    (cz_account_valid, "34278-0727558021/0100"),  # Czech bank account (python-stdnum's example)
    (cz_account_valid, "19-2000145399/0800"),  # the account inside the IBAN registry's Czech example
    (amka_valid, "01013099997"),  # Greek AMKA (python-stdnum's example)
    (afm_valid, "094259216"),  # Greek AFM (python-stdnum's gr.vat example)
    (be_nn_valid, "85073003328"),  # Belgian national number 85.07.30-033.28 (python-stdnum's example)
    (be_nn_valid, "17073003384"),  # and one born in 2017 (python-stdnum's example)
    (bsn_valid, "111222333"),  # Dutch BSN (python-stdnum's example)
    (ean13_valid, "7569217076985"),  # Swiss AHV 756.9217.0769.85 (python-stdnum's example)
    (uid_valid, "CHE100155212"),  # Swiss UID CHE-100.155.212 (python-stdnum's example)
    (svnr_valid, "1237010180"),  # Austrian social insurance number 1237 010180 (python-stdnum's example)
    (rut_valid, "760864285"),  # Chilean RUT 76086428-5 (python-stdnum's example)
    (rut_valid, "125319092"),  # Chilean RUT 12531909-2 (python-stdnum's example)
    (cuit_valid, "20055361682"),  # Argentine CUIT 20-05536168-2 (python-stdnum's example)
    (cuit_valid, "20267565393"),  # Argentine CUIT 20-26756539-3 (python-stdnum's example)
    (cbu_valid, "2850590940090418135201"),  # Argentine CBU (python-stdnum's example)
    (curp_valid, "BOXW310820HNERXN09"),  # Mexican CURP (python-stdnum's example)
    (nhi_valid, "ZZZ0016"),  # New Zealand NHI, the Ministry of Health's test numbers
    (nhi_valid, "ZZZ0024"),
    (nhs_valid, "9434765870"),  # NHS number 943 476 5870 (python-stdnum's example); CHI numbers carry the same check
    (pps_valid, "6433435F"),  # Irish PPSN (python-stdnum's examples, before and after 2013)
    (pps_valid, "6433435FW"),
    (pps_valid, "6433435OA"),
    (rrn_valid, "9710139019902"),  # Korean RRN 971013-9019902 (python-stdnum's example)
    (luhn_valid, "039337423"),  # Israeli identity number 3933742-3 (python-stdnum's example)
    (luhn_valid, "516179157"),  # Israeli company number (python-stdnum's example): the same check
    (luhn_valid, "490154203237518"),  # IMEI 49-015420-323751-8, the usual worked example
    (iban_valid, "NL91ABNA0417164300"),  # the IBAN registry's examples
    (iban_valid, "IE29AIBK93115212345678"),
    (iban_valid, "CH9300762011623852957"),
    (iban_valid, "AT611904300234573201"),
    (iban_valid, "RO49AAAA1B31007593840000"),
    (iban_valid, "CZ6508000000192000145399"),
    (iban_valid, "IL620108000000099999999"),
])  # fmt: skip
def test_the_validators_accept_the_formats_published_examples(valid, number: str) -> None:  # noqa: ANN001
    assert valid(number)


@pytest.mark.parametrize(("valid", "number"), [
    (tckn_valid, "10000000147"), (vkn_valid, "4540536921"), (cnp_valid, "1630615123458"), (cui_valid, "18547291"), (rc_valid, "7103192746"),
    (ico_valid, "25123890"), (cz_account_valid, "34278-0727558022/0100"), (amka_valid, "01013099999"), (afm_valid, "094259217"),
    (be_nn_valid, "85073003329"), (bsn_valid, "111252333"), (ean13_valid, "7569217076984"), (uid_valid, "CHE100155213"),
    (svnr_valid, "2237010180"), (rut_valid, "125319093"), (cuit_valid, "20055361683"), (cuit_valid, "20267565392"), (cbu_valid, "2810590940090418135201"),
    (curp_valid, "BOXW310820HNERXN08"), (nhi_valid, "ZZZ0017"), (nhs_valid, "9434765871"), (pps_valid, "6433435E"), (pps_valid, "6433435VH"),
    (rrn_valid, "9710139019903"), (luhn_valid, "039337422"), (luhn_valid, "490154203237517"), (iban_valid, "NL91ABNA0417164301"),
])  # fmt: skip
def test_the_validators_reject_a_wrong_check_character(valid, number: str) -> None:  # noqa: ANN001
    assert not valid(number)


def test_the_generators_check_functions_agree_with_the_published_examples() -> None:
    assert blind8.tckn_digits("172917160") == "60" and blind8.tckn_digits("100000001") == "46" and blind8.vkn_digit("454053692") == "0"
    assert blind8.cnp_digit("163061512345") == "7" and blind8.cui_ro_digit("1854729") == "0" and blind8.rc_digit("710319274") == "5"
    assert blind8.ico_digit("2512389") == "1" and blind8.cz_account_ok("34278-0727558021") and blind8.cz_account_ok("19-2000145399")
    assert blind8.luhn("0101309999") == "7" and blind8.afm_digit("09425921") == "6"
    assert blind8.be_nn_digits("850730033", 1985) == "28" and blind8.be_nn_digits("170730033", 2017) == "84" and blind8.bsn_ok("111222333")
    assert blind8.ean13_digit("756921707698") == "5" and blind8.uid_ch_digit("10015521") == "2" and blind8.svnr_digit("123", "010180") == "7"
    assert blind8.rut_char("76086428") == "5" and blind8.rut_char("12531909") == "2" and blind8.cuit_digit("2005536168") == "2"
    assert blind8.cbu_digit("2850590") == "9" and blind8.cbu_digit("4009041813520") == "1" and blind8.curp_digit("BOXW310820HNERXN0") == "9"
    assert blind8.nhi_digit("ZZZ001") == "6" and blind8.nhi_digit("ZZZ002") == "4" and blind8.nhs_digit("943476587") == "0"
    assert blind8.pps_letter("6433435") == "F" and blind8.pps_letter("6433435", "A") == "O" and blind8.rrn_digit("971013901990") == "2"
    assert blind8.luhn("03933742") == "3" and blind8.luhn("49015420323751") == "8"


def test_a_rut_can_end_in_k_and_a_curp_avoids_the_inconvenient_words() -> None:
    assert any(blind8.rut_char(str(n)) == "K" for n in range(10_000_000, 10_000_100))
    g = blind8.Gen(random.Random(0))
    p = blind8.Person("Abundio", "Cuevas Cuautle", "mx", False)  # C, U, C, A: spells CUCA, which is allowed
    assert blind3.unmark(g.curp(p, (1980, 1, 2), "PL"), "x")[1][0].text.startswith("CUCA")
    p = blind8.Person("Abundio", "Chávez Cuevas", "mx", False)  # C, A, C, A: spells CACA, so the second letter becomes X
    assert blind3.unmark(g.curp(p, (1980, 1, 2), "PL"), "x")[1][0].text.startswith("CXCA")


def test_the_other_calendars_and_the_words() -> None:
    assert blind8.bikram_sambat(datetime.date(2024, 1, 1)) == (2080, 9, 17)  # 17 Poush 2080
    assert blind8.bikram_sambat(datetime.date(2024, 4, 20))[:2] == (2081, 1)  # Baisakh 2081 (the new year falls on 13 or 14 April)
    assert blind8.bangla(datetime.date(2024, 4, 14)) == (1431, 1, 1)  # Pohela Boishakh 1431
    assert blind8.bangla(datetime.date(2024, 2, 21)) == (1430, 11, 8)  # 8 Falgun 1430, Language Martyrs' Day
    assert blind8.bangla(datetime.date(2023, 12, 16)) == (1430, 9, 1)  # 1 Poush 1430, Victory Day
    assert blind8.es_words(2024) == "dos mil veinticuatro" and blind8.es_words(21) == "veintiuno" and blind8.es_words(85_000) == "ochenta y cinco mil"
    assert blind8.es_words(121_000) == "ciento veintiún mil" and blind8.es_words(31_000) == "treinta y un mil" and blind8.es_words(100) == "cien"


# ---------------------------------------------------------------- the generator's draws


def test_every_drawn_identifier_passes_its_check_and_carries_the_person() -> None:
    g = blind8.Gen(random.Random(3))

    def text(marked: str) -> str:
        return blind3.unmark(marked, "x")[1][0].text

    for _ in range(300):
        g.used = set()
        p = g.person(g.pick(sorted(blind8.PEOPLE)))
        y, m, d = ymd = g.ymd(1930, 2012)
        assert tckn_valid(compact(text(g.tckn()))) and vkn_valid(compact(text(g.vkn())))
        n = compact(text(g.cnp(p, ymd)))
        assert cnp_valid(n) and int(n[0]) == (1 if y < 2000 else 5) + p.female and n[1:7] == f"{y % 100:02d}{m:02d}{d:02d}"
        assert cui_valid(compact(text(g.cui_ro())))
        n = compact(text(g.rodne_cislo(p, ymd)))
        assert rc_valid(n) and n[2:4] == f"{m + (50 if p.female else 0):02d}"
        assert ico_valid(compact(text(g.ico()))) and cz_account_valid(text(g.cz_account()))
        n = compact(text(g.cz_account(True)))
        assert iban_valid(n) and n.startswith("CZ") and cz_account_valid(f"{int(n[8:14])}-{n[14:]}/{n[4:8]}")
        n = compact(text(g.amka(p, ymd)))
        assert amka_valid(n) and n[:6] == f"{d:02d}{m:02d}{y % 100:02d}" and int(n[9]) % 2 == (0 if p.female else 1)
        assert afm_valid(compact(text(g.afm())))
        n = compact(text(g.be_nn(p, ymd)))
        assert be_nn_valid(n) and n[:6] == f"{y % 100:02d}{m:02d}{d:02d}" and int(n[6:9]) % 2 == (0 if p.female else 1)
        assert bsn_valid(compact(text(g.bsn()))) and ean13_valid(compact(text(g.ahv()))) and ean13_valid(compact(text(g.gln())))
        assert uid_valid(compact(text(g.uid_ch())))
        n = compact(text(g.svnr(ymd)))
        assert svnr_valid(n) and n[4:] == f"{d:02d}{m:02d}{y % 100:02d}"
        assert rut_valid(compact(text(g.rut()))) and rut_valid(compact(text(g.rut(company=True))))
        cuit = g.cuit("2" + g.digits(7), "27" if p.female else "20")
        assert not cuit or cuit_valid(compact(cuit))
        assert cbu_valid(compact(text(g.cbu())))
        mx = g.person("mx")
        n = compact(text(g.curp(mx, ymd, "PL")))
        assert curp_valid(n) and n[4:10] == f"{y % 100:02d}{m:02d}{d:02d}" and n[10] == ("M" if mx.female else "H") and n[11:13] == "PL"
        assert luhn_valid(compact(text(g.nss_mx(ymd))))
        assert nhi_valid(compact(text(g.nhi())))
        n = compact(text(g.chi(p, ymd)))
        assert nhs_valid(n) and n[:6] == f"{d:02d}{m:02d}{y % 100:02d}" and int(n[8]) % 2 == (0 if p.female else 1)
        assert pps_valid(compact(text(g.ppsn())))
        n = compact(text(g.rrn(p, ymd)))
        assert rrn_valid(n) and int(n[6]) == (1 if y < 2000 else 3) + p.female and int(n[7:9]) <= 95
        assert luhn_valid(compact(text(g.teudat()))) and luhn_valid(compact(text(g.imei())))
        n = compact(text(g.cnic(p)))
        assert len(n) == 13 and int(n[-1]) % 2 == (0 if p.female else 1)
        for country, bban in (("NL", "INGB" + g.digits(10)), ("IE", "AIBK93" + g.digits(12)), ("CH", "00700" + g.digits(12)),
                              ("AT", "12000" + g.digits(11)), ("RO", "BTRL" + g.digits(16)), ("IL", "010" + g.digits(16))):
            assert iban_valid(compact(text(g.iban_of(country, bban))))


# ---------------------------------------------------------------- the default corpus


def test_every_register_appears_and_the_records_are_valid(corpus: list[blind3.Blind3Record]) -> None:
    assert len(corpus) == blind8.DOCS and len(blind8.DOCTYPES) >= 15
    counts = {name: sum(r.doctype == name for r in corpus) for name in blind8.DOCTYPES}
    assert min(counts.values()) >= blind8.DOCS // len(blind8.DOCTYPES)
    assert {r.kind for r in corpus} == set(blind3.FORMATS)
    for r in corpus:
        assert detect_kind(r.record, "blind8", 0) == r.kind
        validate(r.record, "blind8", 0, r.kind)
    earlier = set(blind3.DOCTYPES) | set(blind4.DOCTYPES) | set(blind5.DOCTYPES) | set(blind6.DOCTYPES) | set(blind7.DOCTYPES)
    assert not set(blind8.DOCTYPES) & earlier


def test_the_corpus_is_as_large_as_promised(corpus: list[blind3.Blind3Record]) -> None:
    counts = blind3.entity_counts(corpus)
    assert sum(counts.values()) >= 4000 and sum(len(r.keep) for r in corpus) >= 1500
    assert set(counts) == set(blind3.ENTITIES)  # every entity type is labelled somewhere


def test_every_label_matches_the_text_at_its_offsets(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        texts = fields(r)
        assert r.pii and r.keep, r.doctype
        offsets = blind8.span_offsets(r)
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
    ("occupational_exam", "NATIONAL_ID", r"\d{11}"): tckn_valid,
    ("occupational_exam", "COMPANY_REGISTRATION", r"\d{10}"): vkn_valid,
    ("notarial_deed", "NATIONAL_ID", r"2[037]\d{9}"): cuit_valid,
    ("notarial_deed", "ACCOUNT_NUMBER", r"\d{22}"): cbu_valid,
    ("probate_application", "NATIONAL_ID", r"\d{7}[A-W][AW]?"): pps_valid,
    ("trial_sae_narrative", "NATIONAL_ID", r"\d{13}"): cnp_valid,
    ("trial_sae_narrative", "COMPANY_REGISTRATION", r"(RO)?\d{7,10}"): cui_valid,
    ("driving_fitness", "NATIONAL_ID", r"\d{10}"): rc_valid,
    ("driving_fitness", "COMPANY_REGISTRATION", r"\d{8}"): ico_valid,
    ("missing_person_report", "NATIONAL_ID", r"\d{11}"): amka_valid,
    ("missing_person_report", "NATIONAL_ID", r"[01]\d{8}"): afm_valid,
    ("euthanasia_registration", "NATIONAL_ID", r"\d{11}"): be_nn_valid,
    ("rent_tribunal_ruling", "NATIONAL_ID", r"\d{9}"): bsn_valid,
    ("spitex_order", "NATIONAL_ID", r"756\d{10}"): ean13_valid,
    ("spitex_order", "LICENSE_NUMBER", r"7601000\d{6}"): ean13_valid,
    ("spitex_order", "COMPANY_REGISTRATION", r"CHE\d{9}"): uid_valid,
    ("death_inspection", "NATIONAL_ID", r"\d{10}"): svnr_valid,
    ("dismissal_letter", "NATIONAL_ID", r"\d{7,8}[0-9K]"): rut_valid,
    ("dismissal_letter", "COMPANY_REGISTRATION", r"\d{8}[0-9K]"): rut_valid,
    ("birth_certificate", "NATIONAL_ID", r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d"): curp_valid,
    ("birth_certificate", "NATIONAL_ID", r"\d{11}"): luhn_valid,
    ("family_group_conference", "HEALTH_ID", r"[A-Z]{3}\d{4}"): nhi_valid,
    ("asp_case_conference", "HEALTH_ID", r"\d{10}"): nhs_valid,
    ("ivf_cycle_summary", "NATIONAL_ID", r"\d{9}"): luhn_valid,
    ("fir_report", "LICENSE_NUMBER", r"\d{15}"): luhn_valid,
    ("heli_rescue", "NATIONAL_ID", r"\d{13}"): rrn_valid,
}


def test_every_identifier_in_the_corpus_with_a_published_check_passes_it(corpus: list[blind3.Blind3Record]) -> None:
    seen = dict.fromkeys(CHECKED, 0)
    ibans = accounts = 0
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
                if n.startswith("CZ"):
                    assert cz_account_valid(f"{int(n[8:14])}-{n[14:]}/{n[4:8]}")
            if r.doctype == "driving_fitness" and s.entity == "ACCOUNT_NUMBER" and "/" in s.text:
                assert cz_account_valid(s.text), s
                accounts += 1
    assert all(seen.values()), [k for k, v in seen.items() if not v]
    assert ibans and accounts


def test_people_carry_only_the_corpus_own_names(corpus: list[blind3.Blind3Record]) -> None:
    own, earlier = blind8.own_names(), blind8.earlier_names()
    assert not own & earlier and blind7.own_names() <= earlier and blind6.own_names() <= earlier
    for r in corpus:
        for s in r.pii:
            if s.entity == "PERSON":
                words = {w for w in re.split(r"[^a-z]+", blind8.fold8(s.text)) if len(w) > 2 and w not in blind8.PARTICLES}
                assert words <= own and not words & earlier, s
    source = Path(blind8.__file__).read_text(encoding="utf-8").lower()
    assert "import faker" not in source and "from faker" not in source


def test_greek_script_names_are_the_transliterated_ones() -> None:
    women, men, surnames = blind8.PEOPLE["gr"]
    for name in (*women, *men, *surnames, *(blind8.FEMININE[s] for s in surnames if s in blind8.FEMININE)):
        greek = blind8.GREEK[name]
        assert greek[0].isupper() and all("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in greek), name
    assert blind8.greek_caps("Βασιλική") == "ΒΑΣΙΛΙΚΗ"


def test_relatives_carry_the_family_name_their_culture_passes_on() -> None:
    g = blind8.Gen(random.Random(5))
    for _ in range(100):
        g.used = set()
        father = g.person("cz", False)
        daughter = g.relative(father, True, "child")
        assert daughter.last == blind8.FEMININE.get(father.last, father.last)
        g.used = set()
        mother = g.person("cl", True)
        child = g.relative(mother, g.rng.random() < 0.5, "child")
        assert child.last.split(" ", 1)[1] == mother.last.split(" ", 1)[0]  # the mother's first surname comes second
        g.used = set()
        dad = g.person("pk", False)
        son = g.relative(dad, False, "child")
        assert son.father == dad.first and son.last == dad.last


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[blind3.Blind3Record]) -> None:
    again = blind8.generate(20, seed=0)
    assert [(r.record, r.pii, r.keep) for r in again] == [(r.record, r.pii, r.keep) for r in corpus[:20]]
    assert [r.record for r in blind8.generate(20, seed=1)] != [r.record for r in corpus[:20]]


def test_stats_lists_entities_registers_and_protected_terms() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert blind8.main(["--stats", "--docs", str(len(blind8.DOCTYPES))]) == 0
    text = out.getvalue()
    assert "protected terms" in text and "PERSON" in text and all(name in text for name in blind8.DOCTYPES)
