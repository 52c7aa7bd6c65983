"""A pattern recognizer configured by class constants, so each domain recognizer is data plus a validator."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# One capitalised name word: Dyer, McKenzie, O'Brien, Smith-Jones, Zoë; and romanised Korean given names and
# East Asian place words, whose part after the hyphen is lower-case: Seo-yeon, Jun-jun, Haeundae-ro, Naka-ku.
# A lower-case letter may carry combining marks, as Yoruba tone marks are written: "Ayọ̀dèjì", "Adébáyọ̀" (issue 16).
# Hawaiian writes the glottal stop with the ʻokina, a letter of its own that may open a name: "ʻIolana", "Keliʻihoʻomalu".
_LL = r"(?:[\p{Ll}ʻ]\p{M}*)"
NAME_WORD = rf"ʻ?\p{{Lu}}\p{{M}}*(?:{_LL}+(?:['’-]?\p{{Lu}}\p{{M}}*{_LL}+|-{_LL}+)*|['’]\p{{Lu}}{_LL}+)"
# Irish surname particles written as a word of their own: "Mac Giolla", "Ní Bhriain", "Ó Súilleabháin".
IRISH_PARTICLE = r"(?:Mac|Mc|Nic|Ní|Ó|Uí|Mhic)"


class DomainRecognizer(PatternRecognizer):
    """Subclasses set ENTITY, PATTERNS and CONTEXT and may override ``validate_result``.

    Patterns are case-sensitive unless a pattern scopes ``(?i:...)`` itself: capitals
    carry meaning in names, codes and addresses. A labelled pattern ("MRN: 1234567")
    scores high on its own; a bare format scores low and needs a CONTEXT word within
    the five words before it (Presidio adds 0.35) to pass the policy's threshold.
    """

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[Sequence[Pattern]]
    CONTEXT: ClassVar[Sequence[str]] = ()
    FLAGS: ClassVar[int] = re.MULTILINE

    def __init__(
        self, patterns: Sequence[Pattern] | None = None, context: Sequence[str] | None = None
    ) -> None:
        chosen = self.PATTERNS if patterns is None else patterns
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            # Presidio caches the compiled regex on each Pattern: give every instance its own.
            patterns=[Pattern(p.name, p.regex, p.score) for p in chosen],
            context=list(self.CONTEXT if context is None else context),
            global_regex_flags=self.FLAGS,
        )


def digits(text: str) -> str:
    """The digits of a matched number, without spaces, dashes or dots."""
    return "".join(ch for ch in text if ch.isdigit())


def luhn_valid(number: str) -> bool:
    """The Luhn (mod 10) check used by payment cards."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def labelled(labels: str, value: str) -> str:
    """A regex matching ``value`` only right after one of ``labels`` (case-insensitive), "No.", ':' or '#'.

    ``\\K`` drops the label from the match; unlike a lookbehind, the engine does not
    try the label backwards at every position, which made these patterns ten times slower.
    """
    return rf"\b(?i:{labels})\s{{0,2}}[:#.]?\s{{0,2}}(?i:no\.?|num(?:ber)?\.?|#)?\s{{0,2}}[:#]?\s{{0,2}}\K(?:{value})"
