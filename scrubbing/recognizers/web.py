"""E-mail addresses and URLs: Presidio's patterns, run offline and only on tokens that could hold one."""

from __future__ import annotations

from typing import ClassVar

import regex as re
import tldextract
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer, UrlRecognizer

from fedtune.scrubbing.recognizers.base import DomainRecognizer


class _CandidateTokens:
    """Runs a recognizer's patterns on each candidate token, not the whole text.

    Presidio's URL and e-mail patterns cost as much as all other recognizers together
    when tried at every position; a cheap search for the "x.y" or "@" they require
    leaves them a few short tokens. Offsets are mapped back to the full text.
    """

    CANDIDATE: ClassVar[re.Pattern]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        results = []
        for m in self.CANDIDATE.finditer(text):
            for result in super().analyze(m.group(), entities, nlp_artifacts, regex_flags):  # type: ignore[misc]
                result.start += m.start()
                result.end += m.start()
                results.append(result)
        return results


class OfflineEmailRecognizer(_CandidateTokens, EmailRecognizer):
    """Presidio's e-mail recognizer without its download of the public-suffix list.

    Presidio calls ``tldextract.extract``, whose shared extractor fetches the list over
    the network and logs a traceback when offline. This one reads the snapshot that
    ships inside tldextract and keeps no disk cache. An address with an unknown suffix
    ("j.doe@ward7.local") keeps its pattern score instead of being dropped.
    """

    CANDIDATE = re.compile(r"\S+@\S+")

    def __init__(self) -> None:
        super().__init__(name=type(self).__name__)
        self._extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if self._extract(pattern_text).fqdn else None


class CandidateUrlRecognizer(_CandidateTokens, UrlRecognizer):
    """Presidio's URL recognizer, tried only on tokens with a dot between two word characters."""

    CANDIDATE = re.compile(r"\S*[\w-]\.[^\W\d_]\S*")

    def __init__(self) -> None:
        super().__init__(name=type(self).__name__)


class UsernameRecognizer(DomainRecognizer):
    """A user name as chats and portals write it: letters joined by "_" or "." to a number ("fdesrosiers_1970", "jocelyne.d69").

    The identifier-shape rule splits tokens at "_" and lets short digit runs go; a handle built from a
    name and a birth year is both a name and a date.
    """

    ENTITY = "ID"
    PATTERNS = (
        Pattern("user name", r"(?<![\w.@/-])[a-z][a-z0-9]{2,}(?:[._][a-z0-9]+)*[._][a-z]{0,12}\d{2,4}(?![\w@-]|\.\w)", 0.6),
    )
