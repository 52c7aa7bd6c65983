"""The third to sixth blind scrubbing corpora (bench/blind3.py to bench/blind6.py): formats, exact labels,
no Faker or census names, determinism, and the fifth corpus's check characters."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fedtune.common.data import detect_kind, validate
from fedtune.scrubbing.evaluate import evaluate
from fedtune.scrubbing.scrub import text_fields
from fedtune.scrubbing.vouch import census_names

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import blind3  # noqa: E402  (bench/ is scripts, not a package)
import blind4  # noqa: E402
import blind5  # noqa: E402
import blind6  # noqa: E402
from blind2 import iban_ok  # noqa: E402


@pytest.fixture(scope="module", params=[blind3, blind4, blind5, blind6], ids=["blind3", "blind4", "blind5", "blind6"])
def module(request: pytest.FixtureRequest):  # noqa: ANN201
    return request.param


@pytest.fixture(scope="module")
def corpus(module) -> list[blind3.Blind3Record]:  # noqa: ANN001
    return module.generate(2 * len(module.DOCTYPES))  # two of each document type


def test_records_are_valid_and_cover_every_document_type(module, corpus: list[blind3.Blind3Record]) -> None:  # noqa: ANN001
    for r in corpus:
        assert detect_kind(r.record, "blind", 0) == r.kind
        validate(r.record, "blind", 0, r.kind)
    assert {r.doctype for r in corpus} == set(module.DOCTYPES)
    assert {r.kind for r in corpus} >= {"text", "chat"}


def test_labels_and_protected_terms_are_exact_substrings(corpus: list[blind3.Blind3Record]) -> None:
    for r in corpus:
        fields = dict(text_fields(r.record, 0))
        assert r.keep, r.doctype
        for span in r.pii:
            assert span.text and span.text in fields[span.field], span
        assert not any(c in text for text in fields.values() for c in "\x02\x03\x04\x05\x1f")


def test_leaving_everything_leaks_every_span_and_removing_the_labels_leaks_nothing(corpus: list[blind3.Blind3Record]) -> None:
    untouched = evaluate(corpus, [r.record for r in corpus])
    assert untouched.leaks == untouched.spans > 0 and untouched.kept == untouched.protected > 0
    perfect = evaluate(corpus, [blind3.perfect_scrub(r) for r in corpus])  # blind4 uses blind3's records
    assert (perfect.leaks, perfect.kept) == (0, perfect.protected)


def test_names_are_hand_written_and_many_unknown_to_the_census_lists_the_scrubber_reads(module) -> None:  # noqa: ANN001
    source = Path(module.__file__).read_text(encoding="utf-8").lower()
    assert "faker" not in source.replace("never faker's", "")
    names = {n for women, men, surnames in module.PEOPLE.values() for n in (*women, *men, *surnames)}
    census = census_names()
    known = {n for n in names if n.lower() in census.first or n.lower() in census.last}
    # Many are census names too (blind3: 91 of 177, "Kim", "Mia", "Russo"; blind4: 74 of 298; blind5: 141 of 356):
    # each corpus tests the rest.
    assert len(names) > 150 and len(known) < 0.6 * len(names)


def test_same_seed_same_corpus_other_seed_other_corpus(module, corpus: list[blind3.Blind3Record]) -> None:  # noqa: ANN001
    assert [r.record for r in module.generate(10, seed=0)] == [r.record for r in corpus[:10]]
    assert [r.record for r in module.generate(10, seed=1)] != [r.record for r in corpus[:10]]


def test_the_fourth_corpus_takes_no_names_from_faker() -> None:
    source = Path(blind4.__file__).read_text(encoding="utf-8").lower()
    assert "import faker" not in source and "from faker" not in source


def test_the_fifth_corpus_names_are_its_own() -> None:
    def names(module) -> set[str]:  # noqa: ANN001
        return {n for women, men, surnames in module.PEOPLE.values() for n in (*women, *men, *surnames)}

    assert not names(blind5) & (names(blind3) | names(blind4))
    source = Path(blind5.__file__).read_text(encoding="utf-8").lower()
    assert "import faker" not in source and "from faker" not in source


def test_the_sixth_corpus_names_are_its_own() -> None:
    def names(module) -> set[str]:  # noqa: ANN001
        return {n for women, men, surnames in module.PEOPLE.values() for n in (*women, *men, *surnames)}

    assert not names(blind6) & (names(blind3) | names(blind4) | names(blind5))
    source = Path(blind6.__file__).read_text(encoding="utf-8").lower()
    assert "import faker" not in source and "from faker" not in source


@pytest.mark.parametrize(("check", "number"), [
    # Published examples for the sixth corpus's formats.
    (blind6.verhoeff_ok, "234123412346"),  # Aadhaar (Verhoeff)
    (lambda n: blind6.luhn(n[:12]) == n[12], "8001015009087"),  # South African ID
    (lambda n: blind6.rut_dv(n[:8]) == n[8], "123456785"),  # Chilean RUT 12.345.678-5
    (lambda n: blind6.bsn_digit(n[:8]) == n[8], "111222333"),  # Dutch BSN (11-test)
    (lambda n: blind6.luhn(n[:9]) == n[9], "8112189876"),  # Swedish personnummer 811218-9876
])  # fmt: skip
def test_the_sixth_corpus_check_characters_agree_with_published_examples(check, number: str) -> None:  # noqa: ANN001
    assert check(number)


@pytest.mark.parametrize(("check", "number"), [
    # Published examples: each national format's own specimen or a well-known valid number.
    (lambda n: blind5.cf_letter(n[:15]) == n[15], "RSSMRA85T10A562S"),  # codice fiscale
    (lambda n: blind5.cpf_digits(n[:9]) == n[9:], "52998224725"),  # CPF
    (lambda n: blind5.cn_id_char(n[:17]) == n[17], "11010519491231002X"),  # Chinese resident ID (GB 11643)
    (lambda n: blind5.ean13_digit(n[:12]) == n[12], "7569217076985"),  # Swiss AHV
    (lambda n: blind5.HETU_CHARS[int(n[:6] + n[7:10]) % 31] == n[10], "131052-308T"),  # Finnish HETU
    (lambda n: blind5.my_number_digit(n[:11]) == n[11], "123456789018"),  # My Number
    (lambda n: blind5.mod11_10_digit(n[:10]) == n[10], "86095742719"),  # Steuer-ID
    (lambda n: blind5.qr_reference_digit(n[:26]) == n[26], "210000000003139471430009017"),  # Swiss QR reference
    (lambda n: blind5.kvnr_digit(n[0], n[1:9]) == n[9], "A123456780"),  # KVNR
    (lambda n: blind5.atu_digit(n[3:10]) == n[10], "ATU13585627"),  # Austrian UID
    (lambda n: blind5.svnr_digit(n[:3], n[4:]) == n[3], "1237010180"),  # Austrian SVNR
    (lambda n: blind5.pesel_digit(n[:10]) == n[10], "44051401359"),  # PESEL
    (lambda n: blind5.nip_digit(n[:9]) == n[9], "1234563218"),  # NIP
    (lambda n: blind5.tc_digits(n[:9]) == n[9:], "10000000146"),  # TC Kimlik
    (blind5.cpr_ok, "0707614285"),  # Danish CPR
    (lambda n: blind5.ytunnus_digit(n[:7]) == n[8], "0112038-9"),  # Y-tunnus
    (lambda n: blind5.mod11_pair(n[:9]) == n[9:], "01010750160"),  # fødselsnummer
    (lambda n: blind5.weighted_mod11(n[:8], (3, 2, 7, 6, 5, 4, 3, 2)) == n[8], "923609016"),  # Norwegian organisation number
    (lambda n: blind5.cnp_digit(n[:12]) == n[12], "1630615123457"),  # Romanian CNP
    (lambda n: blind5.rrn_digit(n[:12]) == n[12], "9710139019902"),  # Korean RRN
    (lambda n: blind5.rnokpp_digit(n[:9]) == n[9], "1759013776"),  # Ukrainian RNOKPP
    (lambda n: int(n) % 11 == 0, "7103192745"),  # Czech rodné číslo
    (lambda n: f"{97 - int(n[:9]) % 97:02d}" == n[9:], "85073003328"),  # Belgian national number
    (lambda n: blind5.luhn_digit(n[:7]) == n[7], "33120015"),  # Japanese insurer number (the ministry's own example)
    (lambda n: blind5.luhn_digit(n[:8]) == n[8], "123456782"),  # Israeli Teudat Zehut
    (lambda n: blind5.luhn_digit(n[:10]) == n[10], "00743110157"),  # partita IVA
])
def test_the_fifth_corpus_check_characters_match_published_examples(check, number: str) -> None:  # noqa: ANN001
    assert check(number)


def test_the_fifth_corpus_draws_valid_identifiers() -> None:
    import random
    import re

    g = blind5.Gen(random.Random(3))
    compact = lambda marked: re.sub(r"[^0-9A-Z]", "", blind3.unmark(marked, "x")[1][0].text)  # noqa: E731
    for _ in range(200):
        p, ymd = g.person(g.pick(list(blind5.PEOPLE))), g.ymd()
        n = compact(g.nir(p, ymd))
        assert f"{97 - int(n[:13]) % 97:02d}" == n[13:] and n[0] == ("2" if p.female else "1")
        n = compact(g.codice_fiscale(p, ymd, "F839"))
        assert blind5.cf_letter(n[:15]) == n[15] and int(n[9:11]) == ymd[2] + (40 if p.female else 0)
        n = compact(g.cpf())
        assert blind5.cpf_digits(n[:9]) == n[9:]
        n = compact(g.cn_id(p, ymd, "510107"))
        assert blind5.cn_id_char(n[:17]) == n[17] and n[6:14] == f"{ymd[0]}{ymd[1]:02d}{ymd[2]:02d}"
        n = blind3.unmark(g.hetu(p, ymd), "x")[1][0].text  # the century sign stays
        assert blind5.HETU_CHARS[int(n[:6] + n[7:10]) % 31] == n[10] and int(n[7:10]) % 2 == (0 if p.female else 1)
        n = compact(g.fodselsnummer(p, ymd))
        assert blind5.mod11_pair(n[:9]) == n[9:]
        n = compact(g.cpr(p, ymd))
        assert blind5.cpr_ok(n)
        n = compact(g.belgian_nn(p, ymd))
        assert 97 - int(("2" if ymd[0] >= 2000 else "") + n[:9]) % 97 == int(n[9:])
        n = compact(g.rrn(p, ymd))
        assert blind5.rrn_digit(n[:12]) == n[12]
        n = compact(g.pesel(p, ymd))
        assert blind5.pesel_digit(n[:10]) == n[10]
        n = compact(g.rodne_cislo(p, ymd))
        assert int(n) % 11 == 0 or (int(n[:9]) % 11 == 10 and n[9] == "0")
        n = compact(g.cnp(p, ymd))
        assert blind5.cnp_digit(n[:12]) == n[12]
        n = compact(g.rnokpp(p, ymd))
        assert blind5.rnokpp_digit(n[:9]) == n[9]
        n = compact(g.svnr(ymd))
        assert blind5.svnr_digit(n[:3], n[4:]) == n[3]
        n = compact(g.steuer_id())
        assert blind5.steuer_id_ok(n[:10]) and blind5.mod11_10_digit(n[:10]) == n[10]
        n = compact(g.kvnr())
        assert blind5.kvnr_digit(n[0], n[1:9]) == n[9]
        n = compact(g.ahv())
        assert n.startswith("756") and blind5.ean13_digit(n[:12]) == n[12]
        n = compact(g.che())
        assert blind5.weighted_mod11(n[3:11], (5, 4, 3, 2, 7, 6, 5, 4)) == n[11]
        n = compact(g.qr_reference())
        assert len(n) == 27 and blind5.qr_reference_digit(n[:26]) == n[26]
        n = compact(g.my_number())
        assert blind5.my_number_digit(n[:11]) == n[11]
        n = compact(g.jp_insurer())
        assert blind5.luhn_digit(n[:7]) == n[7]
        n = compact(g.cns())
        assert n[0] in "789" and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0
        n = compact(g.nis())
        assert blind5.nis_digit(n[:10]) == n[10]
        n = compact(g.nhs())
        assert blind5.nhs_digit(n[:9]) == n[9]
        n = compact(g.teudat_zehut())
        assert blind5.luhn_digit(n[:8]) == n[8]
        n = compact(g.taj())
        assert blind5.taj_digit(n[:8]) == n[8]
        n = compact(g.tc_kimlik())
        assert blind5.tc_digits(n[:9]) == n[9:]
        n = compact(g.kbo())
        assert 97 - int(n[:8]) % 97 == int(n[8:])
        n = compact(g.partita_iva())
        assert blind5.luhn_digit(n[:10]) == n[10]
        n = compact(g.nip())
        assert blind5.nip_digit(n[:9]) == n[9]
        n = compact(g.pwz())
        assert blind5.pwz_digit(n[1:]) == n[0]
        n = compact(g.ytunnus())
        assert blind5.ytunnus_digit(n[:7]) == n[7]
        n = compact(g.atu())
        assert blind5.atu_digit(n[3:10]) == n[10]
        n = compact(g.lanr())
        assert blind5.lanr_digit(n[:6]) == n[6]
        n = compact(g.rpps())
        assert blind5.luhn_digit(n[:10]) == n[10]
        n = compact(g.no_account())
        assert blind5.weighted_mod11(n[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) == n[10]
        for draw in (g.be_iban, g.ch_qr_iban, g.de_iban, g.il_iban):
            assert iban_ok(compact(draw()))
        n = compact(g.be_iban())
        assert (int(n[4:14]) % 97 or 97) == int(n[14:])
