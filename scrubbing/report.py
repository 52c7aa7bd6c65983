"""What scrubbing did, in counts only; and the optional review file for a privacy officer, which does hold PII."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import regex as re

from fedtune.common.fileio import write_atomic
from fedtune.scrubbing.detect import Detection

REVIEW_CONTEXT_CHARS = 40
_INDEX = re.compile(r"\[\d+\]")


def field_label(path: str) -> str:
    """A field path without list indices: "messages[3].content" counts as "messages[].content"."""
    return _INDEX.sub("[]", path)


@dataclass
class ScrubReport:
    """Cumulative counts by entity type and by field; never a detected value."""

    model: str
    recognizers: list[str]
    operators: dict[str, str]
    keep_terms: int
    keep_patterns: int
    records: int = 0
    fields: int = 0
    characters: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    by_field: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, path: str, text: str, detections: list[Detection]) -> None:
        self.fields += 1
        self.characters += len(text)
        counts = self.by_field.setdefault(field_label(path), Counter())
        for d in detections:
            self.entities[d.entity] += 1
            counts[d.entity] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "fields": self.fields,
            "characters": self.characters,
            "entities": dict(sorted(self.entities.items())),
            "by_field": {name: dict(sorted(c.items())) for name, c in sorted(self.by_field.items())},
            "model": self.model,
            "recognizers": self.recognizers,
            "operators": self.operators,
            "keep_list": {"terms": self.keep_terms, "patterns": self.keep_patterns},
        }

    def write(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.as_dict(), indent=2) + "\n", mode=0o644)


class ReviewWriter:
    """JSONL of every detection in context, for the site's privacy officer; owner-only, never shared."""

    WARNING = (
        "CONTAINS PERSONAL DATA. Local review file of fedtune scrubbing: each line shows a detected "
        "value in its context. Keep it on the site, readable by the privacy officer only, and delete "
        "it after review. Never commit, upload or attach it."
    )

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)
        self._handle: IO[str] = os.fdopen(fd, "w", encoding="utf-8")
        self._write({"contains_pii": True, "warning": self.WARNING})

    def add(self, record: int, path: str, text: str, detections: list[Detection], replacements: list[str]) -> None:
        for d, replacement in zip(detections, replacements, strict=True):
            left = text[max(0, d.start - REVIEW_CONTEXT_CHARS) : d.start]
            right = text[d.end : d.end + REVIEW_CONTEXT_CHARS]
            self._write({
                "record": record,
                "field": path,
                "entity": d.entity,
                "score": round(d.score, 3),
                "recognizer": d.recognizer,
                "context": f"{left}[[{text[d.start:d.end]}]]{right}",
                "replacement": replacement,
            })

    def flush(self) -> None:
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()

    def _write(self, obj: dict[str, Any]) -> None:
        self._handle.write(json.dumps(obj, ensure_ascii=False) + "\n")

