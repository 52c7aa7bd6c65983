"""Checks shared by the tests of the blind corpora whose modules share bench/blind3.py's records (bench/blind11.py on): the labels at
their offsets, and check characters of published identifier formats written apart from every generator."""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType


BENCH = Path(__file__).resolve().parents[1] / "bench"


def earlier_doctypes(number: int) -> set[str]:
    """The document types of every blind corpus before the ``number``th (bench/blind.py, bench/blind2.py, ...)."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    names = ["blind", *(f"blind{i}" for i in range(2, number))]
    return set().union(*(set(importlib.import_module(name).DOCTYPES) for name in names))


def assert_labels_at_offsets(corpus: list, module: ModuleType, entities: tuple[str, ...]) -> None:
    """Every label is the text at its offsets, in order and never overlapping, trimmed, and of a known entity; every
    protected term is in the record; no marker character of the generator is left in a text."""
    for r in corpus:
        texts = dict(module.text_fields(r.record))
        assert r.pii and r.keep, r.doctype
        offsets = module.span_offsets(r)
        assert len(offsets) == len(r.pii)
        ends: dict[str, int] = {}
        for (path, start, end, entity), span in zip(offsets, r.pii):
            assert texts[path][start:end] == span.text and entity == span.entity
            assert start >= ends.get(path, 0)  # in order and never overlapping
            ends[path] = end
            assert span.text == span.text.strip() and span.text[-1] not in ",;:|" and span.entity in entities, span
        for term in r.keep:
            assert any(term in t for t in texts.values()), term
        assert not any(c in t for t in texts.values() for c in "\x02\x03\x04\x05\x1f")



def assert_people_carry_own_names(
    corpus: list, module: ModuleType, name_words: Callable[[str], set[str]], earlier: tuple[ModuleType, ...],
    initials: re.Pattern[str] | None = None,
) -> None:
    """Every person's words are the module's own names and none of an earlier corpus's (whose lists the module's
    "earlier" set must hold), a person's initials aside; and the module never imports Faker."""
    own, used = module.own_names(), module.earlier_names()
    assert not own & used and all(e.own_names() <= used for e in earlier)
    for r in corpus:
        for s in r.pii:
            if s.entity == "PERSON" and not (initials and initials.fullmatch(s.text)):
                words = name_words(s.text)
                assert words and words <= own and not words & used, s
    source = Path(module.__file__).read_text(encoding="utf-8").lower()
    assert "import faker" not in source and "from faker" not in source


def records_digest(records: list) -> str:
    return hashlib.sha256(json.dumps([(r.record, repr(r.pii), repr(r.keep)) for r in records], sort_keys=True).encode()).hexdigest()


def assert_same_under_hash_seeds(corpus: list, module: ModuleType, count: int = 20) -> None:
    """The module's first ``count`` records are the same in this process and under two other PYTHONHASHSEEDs."""
    bench = str(Path(module.__file__).parent)
    script = (f"import sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]); import {module.__name__}; "
              f"from tests.blind_support import records_digest; print(records_digest({module.__name__}.generate({count})))")
    root = str(Path(__file__).resolve().parents[1])

    def digest(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-c", script, bench, root], env=env, capture_output=True, text=True,
                              check=True).stdout.strip()

    assert digest("1") == digest("2") == records_digest(corpus[:count])

# ---------------------------------------------------------------- check characters of published formats
# Written here, apart from every generator, so that a corpus's identifiers are checked by code that did not draw them.


def compact(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def luhn_valid(n: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(n)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return n.isdigit() and total % 10 == 0


def nhs_valid(n: str) -> bool:  # NHS Digital: weights 10..2 on the first nine digits, 11 - (sum mod 11), 11 -> 0, 10 never issued
    if not re.fullmatch(r"\d{10}", n):
        return False
    check = 11 - sum(int(n[i]) * (10 - i) for i in range(9)) % 11
    return check != 10 and check % 11 == int(n[9])


def medicare_valid(n: str) -> bool:  # Services Australia: first digit 2-6, digit 9 = (1,3,7,9,1,3,7,9 . digits 1-8) mod 10, digit 10 the issue
    return bool(re.fullmatch(r"[2-6]\d{9}", n)) and sum(int(c) * w for c, w in zip(n, (1, 3, 7, 9) * 2)) % 10 == int(n[8])


def abn_valid(n: str) -> bool:  # ATO: subtract 1 from the first digit, weights 10, 1, 3, 5 ... 19, the sum divisible by 89
    if not re.fullmatch(r"[1-9]\d{10}", n):
        return False
    digits = [int(n[0]) - 1] + [int(c) for c in n[1:]]
    return sum(d * w for d, w in zip(digits, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19))) % 89 == 0


def sin_valid(n: str) -> bool:  # Service Canada: nine digits, Luhn
    return bool(re.fullmatch(r"\d{9}", n)) and luhn_valid(n)


def npi_valid(n: str) -> bool:  # CMS: the Luhn check over the prefix 80840 and the ten digits
    return bool(re.fullmatch(r"[12]\d{9}", n)) and luhn_valid("80840" + n)


def verhoeff_valid(n: str) -> bool:
    """Verhoeff's check (Aadhaar's last digit), the multiplication of the dihedral group D5 computed rather than tabled."""
    def mul(a: int, b: int) -> int:  # D5: 0-4 rotations, 5-9 reflections
        if a < 5 and b < 5:
            return (a + b) % 5
        if a < 5:
            return 5 + (a + b - 5) % 5
        if b < 5:
            return 5 + (a - 5 - b) % 5
        return (a - b) % 5
    perm = (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)
    c = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        for _ in range(i % 8):
            d = perm[d]
        c = mul(c, d)
    return n.isdigit() and c == 0


def gb_iban_valid(n: str) -> bool:
    return n[:2] == "GB" and len(n) == 22 and int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 == 1
