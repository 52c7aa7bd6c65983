"""The keep-list: domain terms that look like personal data but must survive scrubbing.

Terms ship as data files per domain (``keep/<domain>.txt``, plus ``keep/common.txt``);
a site adds its own files through ``ScrubSettings.keep_files``. One entry per line:
a literal term (matched case-insensitively, as a whole word, either apostrophe), or
``re:`` and a regular expression for families such as dosages and lab values. Lines
starting with ``#`` are comments.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import regex as re

PATTERN_PREFIX = "re:"
# Domains of the policy mapped to the packaged files they load; finance adds no terms.
DOMAIN_FILES = {"medical": "medical.txt", "legal": "legal.txt", "finance": None}
COMMON_FILE = "common.txt"
# A period is optional: citations drop it ("Foss v Harbottle", "Co Ltd") as often as not.
_CHAR_CLASSES = {" ": r"\s+", "'": "['’]", "-": r"[-‐–]", ".": r"\.?"}
_WORD_START = re.compile(r"\w")


class KeepListError(ValueError):
    """A keep-list file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class KeepList:
    """Compiled protected terms; ``spans`` finds them in a text."""

    terms: tuple[str, ...]
    patterns: tuple[str, ...]

    def __post_init__(self) -> None:
        # One regex per entry, scanned separately: each keeps its literal-prefix search fast
        # (one alternation of all of them ran four times slower), and the union of their
        # matches lets no shorter entry hide a longer one that starts inside it.
        sources = list(self.patterns)
        if self.terms:
            # Before a word character, \b says what the look-behind says, and lets the
            # engine skip to word starts instead of trying every position: 3x faster.
            start = r"\b" if all(_WORD_START.match(term) for term in self.terms) else ""
            sources.append(rf"{start}(?<!\w){_trie_regex(self.terms)}(?!\w)")
        object.__setattr__(self, "_regexes", tuple(re.compile(s, re.IGNORECASE | re.VERSION1) for s in sources))

    @classmethod
    def load(cls, domains: Sequence[str], extra_files: Iterable[Path] = ()) -> KeepList:
        """The packaged files for ``domains`` plus a site's own files."""
        package = resources.files("fedtune.scrubbing") / "keep"
        names = [COMMON_FILE] + [DOMAIN_FILES[d] for d in domains if DOMAIN_FILES[d]]
        entries = [(f"keep/{name}", (package / name).read_text(encoding="utf-8")) for name in names]
        for path in extra_files:
            try:
                entries.append((str(path), Path(path).read_text(encoding="utf-8")))
            except OSError as exc:
                raise KeepListError(
                    f"{path}: cannot read keep-list file ({exc.strerror}); fix scrub.keep_files in the policy"
                ) from None
        terms: dict[str, None] = {}
        patterns: dict[str, None] = {}
        for source, text in entries:
            for number, raw in enumerate(text.splitlines(), start=1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                if line.startswith(PATTERN_PREFIX):
                    pattern = line[len(PATTERN_PREFIX):].strip()
                    try:
                        re.compile(pattern, re.VERSION1)
                    except re.error as exc:
                        raise KeepListError(f"{source}:{number}: not a valid regular expression: {exc}") from None
                    patterns[pattern] = None
                else:
                    terms[line.replace("’", "'").casefold()] = None
        return cls(tuple(sorted(terms)), tuple(patterns))

    def spans(self, text: str, also: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """Sorted, non-overlapping (start, end) of protected terms in ``text``, merged with the spans ``also`` protects."""
        found = sorted([m.span() for regex in self._regexes for m in regex.finditer(text) if m.end() > m.start()] + list(also))
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def digest(self) -> str:
        """A hash of every term and pattern, for the scrub cache key."""
        payload = "\n".join("T:" + t for t in self.terms) + "\n" + "\n".join("P:" + p for p in self.patterns)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _trie_regex(terms: Iterable[str]) -> str:
    """One alternation shaped as a character trie: the regex engine never retries a shared prefix."""
    trie: dict[str, dict] = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [_CHAR_CLASSES.get(ch, re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
