"""Recall and keep-rate of a scrubber, measured on records whose personal data and protected terms are known.

A leak is a PII span whose text survives as a whole word in its scrubbed field, or any of
its parts that survives: for a person or organisation, each token of three or more letters;
for a URL, its host and the path's tokens with a digit; for every other entity but
a date or an age, each run of three or more letters or digits (a postcode, a town, the digit
groups of an identifier or phone number), so an address scrubbed down to "Springfield, IL
62704" still leaks. Dates and ages are judged whole: a year, a month or "aged 54" alone
names nobody. Words that identify nobody on their own (Street, Suite, com, Ltd, in any case, and the
words a number is read out in: "seven", "double", "hundred") are no parts.
Occurrences inside the record's protected terms are not leaks (a client called Walker
beside "Williams v. Walker-Thomas Furniture Co."). A protected term is kept when its
field holds it as often after scrubbing as before.

Text retention is the cost on everything else: of the words of each field outside its PII
spans (two letters or more), the share still there after scrubbing, counted as multisets of
words per field (placeholders such as "<PERSON>" are not words of the text).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import regex as re

from fedtune.scrubbing.scrub import text_fields

NAME_ENTITIES = ("PERSON", "ORGANIZATION")
WHOLE_ENTITIES = ("DATE_TIME", "AGE")
# Legal forms, connectors, address words and web syllables identify nobody on their own.
GENERIC_TOKENS = frozenset(
    "and the Ltd Inc LLC LLP PLC Group Sons Company Corp Holdings "
    "Street Road Avenue Lane Drive Court Close Way Place Suite Unit Flat Studio Floor Apt Building House "
    "com net org www http https mail nhs gov edu "
    # The words a number is read out in, as a transcript writes an identifier, a phone number or a house number: "seven"
    # left elsewhere in a transcript is no part of "seven nine oh one ...".
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand double triple "
    "dot stroke slash dash".lower().split()
)
# The generic words as the scorer had them when bench/blind.py to bench/blind17.py were written, matched in their
# case for names. The corpora's soundness check (bench/blind.py, blind2.py, blind3.py) draws records again until
# one is sound under the scorer, so it keeps this one: a corpus stays the records it was measured on, whatever the
# scorer learns later.
AS_WRITTEN_GENERIC_TOKENS = frozenset(
    "and the Ltd Inc LLC LLP PLC Group Sons Company Corp Holdings "
    "Street Road Avenue Lane Drive Court Close Way Place Suite Unit Flat Studio Floor Apt Building House "
    "com net org www http https mail nhs gov edu".split()
)


@dataclass(frozen=True)
class Scorer:
    """Which words of a span are no part of it, and whether a name's words are matched against them in any case."""

    generic: frozenset[str]
    names_in_any_case: bool


CURRENT = Scorer(GENERIC_TOKENS, names_in_any_case=True)
AS_WRITTEN = Scorer(AS_WRITTEN_GENERIC_TOKENS, names_in_any_case=False)
_TOKEN = re.compile(r"[^\W\d_][\w'-]*")
_PART = re.compile(r"[^\W_]{3,}")
_WORD = re.compile(r"[^\W\d_]{2,}")
_PLACEHOLDER = re.compile(r"<[A-Z_]+(?:_[0-9a-f]+)?>")


class LabelledSpan(Protocol):
    field: str
    entity: str
    text: str


class LabelledRecord(Protocol):
    record: dict[str, Any]
    pii: Sequence[LabelledSpan]
    keep: Sequence[str]


@dataclass
class Quality:
    """Counts behind recall and keep-rate; ``examples`` holds up to N leaks and losses, with their text."""

    spans: int = 0
    leaks: int = 0
    protected: int = 0
    kept: int = 0
    words: int = 0
    words_kept: int = 0
    leaked_types: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return 1 - self.leaks / self.spans if self.spans else 1.0

    @property
    def keep_rate(self) -> float:
        return self.kept / self.protected if self.protected else 1.0

    @property
    def retention(self) -> float:
        """Share of the words outside PII spans that survive scrubbing."""
        return self.words_kept / self.words if self.words else 1.0


def evaluate(
    labelled: Sequence[LabelledRecord], scrubbed: Sequence[dict[str, Any]], examples: int = 0, *, scorer: Scorer = CURRENT
) -> Quality:
    """Compare scrubbed records with the ground truth of the records they came from."""
    q = Quality()
    for truth, out in zip(labelled, scrubbed, strict=True):
        before = dict(text_fields(truth.record, 0))
        after = dict(text_fields(out, 0))
        outside_keep = {path: _blank(text, truth.keep) for path, text in after.items()}
        for span in truth.pii:
            q.spans += 1
            text = outside_keep[span.field]
            survivors = [c for c in _checks(span, scorer) if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text)]
            if survivors:
                q.leaks += 1
                q.leaked_types[span.entity] += 1
                if len(q.examples) < examples:
                    q.examples.append(f"leak {span.entity} {span.text!r}: {_around(after[span.field], survivors[0])}")
        for path, text in before.items():
            for span in truth.pii:
                if span.field == path:
                    text = text.replace(span.text, " ")
            words = Counter(_WORD.findall(text))
            left = Counter(_WORD.findall(_PLACEHOLDER.sub(" ", after[path])))
            q.words += sum(words.values())
            q.words_kept += sum(min(n, left[w]) for w, n in words.items())
        for term in truth.keep:
            for path, text in before.items():
                count = text.count(term)
                if count:
                    q.protected += 1
                    if after[path].count(term) >= count:
                        q.kept += 1
                    elif len(q.examples) < examples:
                        q.examples.append(f"lost {term!r}: {_around(after[path], term.split()[0])}")
    return q


def _checks(span: LabelledSpan, scorer: Scorer) -> list[str]:
    generic = scorer.generic
    checks = [span.text]
    if span.entity in NAME_ENTITIES:
        checks += [t for t in _TOKEN.findall(span.text)
                   if len(t) >= 3 and t not in generic and not (scorer.names_in_any_case and t.lower() in generic)]
    elif span.entity == "URL":
        # The host names the site; of the path, only what carries a digit: "records" or "portal" names nobody.
        host, _, path = span.text.split("://", 1)[-1].partition("/")
        checks += [host] + [t for t in _PART.findall(path) if any(c.isdigit() for c in t)]
    elif span.entity not in WHOLE_ENTITIES:
        checks += [t for t in _PART.findall(span.text) if t not in generic and t.lower() not in generic]
    return checks


def _blank(text: str, terms: Sequence[str]) -> str:
    for term in terms:
        text = text.replace(term, " ")
    return text


def _around(text: str, needle: str, width: int = 60) -> str:
    at = max(text.find(needle), 0)
    return repr(text[max(0, at - width) : at + len(needle) + width])
