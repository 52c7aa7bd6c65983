"""What a site brings: JSONL records in three formats, validated, deduplicated, split and mixed.

Formats, detected per file from its first record:
- instruction: ``instruction``, optional ``input``, ``output``;
- chat: ``messages``, a list of ``role``/``content`` pairs ending with the assistant;
- text: ``text``, plain domain text for continued pre-training.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

Kind = Literal["instruction", "chat", "text"]
ROLES = ("system", "user", "assistant")
_KEYS: dict[Kind, set[str]] = {
    "instruction": {"instruction", "input", "output"},
    "chat": {"messages"},
    "text": {"text"},
}


class DataError(ValueError):
    """A record that cannot be used, located by file, line and field."""

    def __init__(self, path: str | Path, line: int, field: str, problem: str) -> None:
        self.path, self.line, self.field, self.problem = str(path), line, field, problem
        super().__init__(f"{path}:{line}: field '{field}': {problem}")

    @property
    def reason(self) -> str:
        """A short category for skip counts, free of record content."""
        return f"{self.field}: {self.problem.split(':')[0]}"


@dataclass(frozen=True)
class Record:
    """One validated record and where it came from."""

    kind: Kind
    data: dict[str, Any]
    source: str
    line: int

    @property
    def key(self) -> str:
        """Content hash: the identity used for deduplication and the split."""
        canonical = json.dumps(self.data, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def with_data(self, data: dict[str, Any]) -> Record:
        """The same record (same origin) with new content, e.g. after scrubbing."""
        return replace(self, data=validate(data, self.source, self.line, self.kind))

    def text_fields(self) -> Iterator[tuple[str, str]]:
        """(field path, text) for every string that carries content."""
        if self.kind == "chat":
            for i, message in enumerate(self.data["messages"]):
                yield f"messages[{i}].content", message["content"]
        else:
            for name in sorted(_KEYS[self.kind]):
                if name in self.data:
                    yield name, self.data[name]


@dataclass
class LoadReport:
    """Counts of what loading did; reasons carry no record content."""

    files: int = 0
    read: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "read": self.read,
            "duplicates": self.duplicates,
            "skipped": dict(self.skipped),
        }


def detect_kind(obj: Any, path: str | Path, line: int) -> Kind:
    if not isinstance(obj, dict):
        raise DataError(path, line, "(record)", "expected a JSON object")
    for kind in ("chat", "instruction", "text"):
        anchor = {"chat": "messages", "instruction": "instruction", "text": "text"}[kind]
        if anchor in obj:
            return kind  # type: ignore[return-value]
    raise DataError(
        path, line, "(record)", "unknown format: expected 'instruction', 'messages' or 'text'"
    )


def _require_text(obj: dict[str, Any], name: str, path: str | Path, line: int, label: str) -> None:
    if name not in obj:
        raise DataError(path, line, label, "missing")
    value = obj[name]
    if not isinstance(value, str):
        raise DataError(path, line, label, f"must be a string, got {type(value).__name__}")
    if not value.strip():
        raise DataError(path, line, label, "empty")


def validate(obj: Any, path: str | Path, line: int, kind: Kind) -> dict[str, Any]:
    """Check one record against its file's format; returns it normalised."""
    if not isinstance(obj, dict):
        raise DataError(path, line, "(record)", "expected a JSON object")
    extra = set(obj) - _KEYS[kind]
    if extra:
        raise DataError(path, line, sorted(extra)[0], f"unexpected in a {kind} record")
    if kind == "instruction":
        _require_text(obj, "instruction", path, line, "instruction")
        _require_text(obj, "output", path, line, "output")
        if "input" in obj and not isinstance(obj["input"], str):
            raise DataError(path, line, "input", "must be a string")
        return {"instruction": obj["instruction"], "input": obj.get("input", ""), "output": obj["output"]}
    if kind == "text":
        _require_text(obj, "text", path, line, "text")
        return {"text": obj["text"]}
    messages = obj.get("messages")
    if not isinstance(messages, list) or not messages:
        raise DataError(path, line, "messages", "must be a non-empty list")
    clean = []
    for i, message in enumerate(messages):
        label = f"messages[{i}]"
        if not isinstance(message, dict):
            raise DataError(path, line, label, "expected an object with 'role' and 'content'")
        unknown = set(message) - {"role", "content"}
        if unknown:
            raise DataError(path, line, f"{label}.{sorted(unknown)[0]}", "unexpected key")
        role = message.get("role")
        if role not in ROLES:
            raise DataError(path, line, f"{label}.role", f"unknown role {role!r}; use one of {ROLES}")
        if role == "system" and i != 0:
            raise DataError(path, line, f"{label}.role", "a system message may only come first")
        _require_text(message, "content", path, line, f"{label}.content")
        clean.append({"role": role, "content": message["content"]})
    if clean[-1]["role"] != "assistant":
        raise DataError(
            path, line, f"messages[{len(clean) - 1}].role", "a chat must end with an assistant message"
        )
    if not any(m["role"] == "user" for m in clean):
        raise DataError(path, line, "messages", "a chat needs at least one user message")
    return {"messages": clean}


def jsonl_files(path: str | Path) -> list[Path]:
    """The JSONL files a data path names: the file itself, or every *.jsonl in a folder."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.jsonl") if p.is_file())
        if not files:
            raise DataError(path, 0, "(path)", "folder holds no *.jsonl files")
        return files
    if not path.is_file():
        raise DataError(path, 0, "(path)", "no such file or folder")
    return [path]


def _read_file(path: Path, skip_invalid: bool, report: LoadReport) -> Iterator[Record]:
    kind: Kind | None = None
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise DataError(path, number, "(line)", f"not UTF-8: byte {exc.start}") from None
                if not text.strip():
                    continue
                try:
                    obj = json.loads(text)
                except json.JSONDecodeError as exc:
                    raise DataError(path, number, "(line)", f"bad JSON: {exc.msg} at column {exc.colno}") from None
                if kind is None:
                    kind = detect_kind(obj, path, number)
                record = Record(kind, validate(obj, path, number, kind), str(path), number)
            except DataError as err:
                if not skip_invalid:
                    raise
                report.skipped[err.reason] += 1
                continue
            report.read += 1
            yield record


def read_records(path: str | Path, *, skip_invalid: bool = False) -> tuple[list[Record], LoadReport]:
    """Load and validate every record under a path; the first bad one stops unless skipping."""
    report = LoadReport()
    records: list[Record] = []
    for file in jsonl_files(path):
        report.files += 1
        records.extend(_read_file(file, skip_invalid, report))
    return records, report


def dedupe(records: Iterable[Record], report: LoadReport | None = None) -> list[Record]:
    """Drop exact duplicates (same content after validation), keeping the first."""
    seen: set[str] = set()
    kept = []
    for record in records:
        if record.key in seen:
            if report is not None:
                report.duplicates += 1
            continue
        seen.add(record.key)
        kept.append(record)
    return kept


def is_validation(record: Record, fraction: float) -> bool:
    """Hash-based membership: adding records never moves an old one across the split."""
    bucket = int(record.key[:16], 16) / float(1 << 64)
    return bucket < fraction


def split(records: Iterable[Record], validation_fraction: float) -> tuple[list[Record], list[Record]]:
    train, val = [], []
    for record in records:
        (val if is_validation(record, validation_fraction) else train).append(record)
    return train, val


def general_sample() -> list[Record]:
    """The general-text sample shipped with fedtune, used to limit forgetting."""
    source = resources.files("fedtune.common").joinpath("assets/general.jsonl")
    records = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            records.append(Record("text", validate(json.loads(line), str(source), number, "text"), str(source), number))
    return records


def general_count(domain_records: int, share: float) -> int:
    """How many general records make up ``share`` of a training set with this many domain records."""
    if not 0.0 <= share < 1.0:
        raise ValueError(f"general share must be in [0, 1), got {share}")
    return round(domain_records * share / (1.0 - share))


def general_records(count: int, seed: int, pool: list[Record] | None = None) -> list[Record]:
    """A seeded draw of ``count`` general records, cycling through the sample if it is smaller."""
    if count == 0:
        return []
    order = general_sample() if pool is None else list(pool)
    random.Random(seed).shuffle(order)
    return [order[i % len(order)] for i in range(count)]
