"""What a site brings: JSONL records, validated, deduplicated, split and mixed; the one record reader.

Files are ``.jsonl`` or gzip'd ``.jsonl.gz``. Formats, detected per file from its first record:
- instruction: ``instruction``, optional ``input``, ``output``;
- chat: ``messages``, a list of ``role``/``content`` pairs ending with the assistant;
- text: ``text``, plain domain text for continued pre-training;
- prompt-completion (TRL's format): ``prompt``, ``completion``; stored as an instruction record.

Other top-level fields (ids, ``source``, ``qtype`` ...) are dropped when read and counted by
name: they are never trained on, scrubbed or sent. ``strict`` refuses them instead.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

Kind = Literal["instruction", "chat", "text"]  # what a Record holds
Format = Literal["instruction", "chat", "text", "prompt-completion"]  # what a file may hold
ROLES = ("system", "user", "assistant")
FIELDS: dict[Format, frozenset[str]] = {
    "instruction": frozenset({"instruction", "input", "output"}),
    "chat": frozenset({"messages"}),
    "text": frozenset({"text"}),
    "prompt-completion": frozenset({"prompt", "completion"}),
}
# The field whose presence names a format, in the order detection tries them.
_ANCHORS: tuple[tuple[str, Format], ...] = (
    ("messages", "chat"),
    ("instruction", "instruction"),
    ("prompt", "prompt-completion"),
    ("text", "text"),
)
_ANCHOR_OF: dict[Format, str] = {fmt: anchor for anchor, fmt in _ANCHORS}
SUFFIXES = (".jsonl", ".jsonl.gz")


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
            for name in sorted(FIELDS[self.kind]):
                if name in self.data:
                    yield name, self.data[name]


@dataclass
class LoadReport:
    """Counts of what loading did; reasons and field names carry no record content.

    ``ignored`` counts, per top-level field name, the records whose field was dropped;
    ``formats`` counts records per file format.
    """

    files: int = 0
    read: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    ignored: Counter[str] = field(default_factory=Counter)
    formats: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "read": self.read,
            "duplicates": self.duplicates,
            "skipped": dict(self.skipped),
            "ignored": dict(self.ignored),
            "formats": dict(self.formats),
        }


def detect_kind(obj: Any, path: str | Path, line: int) -> Format:
    """The format a record is written in, from the field that names it."""
    if not isinstance(obj, dict):
        raise DataError(path, line, "(record)", "expected a JSON object")
    for anchor, fmt in _ANCHORS:
        if anchor in obj:
            return fmt
    raise DataError(
        path, line, "(record)", "unknown format: expected 'instruction', 'messages', 'prompt' or 'text'"
    )


def stored_kind(fmt: Format) -> Kind:
    """The record kind a format is stored as: prompt-completion is an instruction without input."""
    return "instruction" if fmt == "prompt-completion" else fmt


def extra_fields(obj: dict[str, Any], fmt: Format) -> list[str]:
    """Top-level fields the format does not define, sorted."""
    return sorted(set(obj) - FIELDS[fmt])


def _require_text(obj: dict[str, Any], name: str, path: str | Path, line: int, label: str) -> None:
    if name not in obj:
        raise DataError(path, line, label, "missing")
    value = obj[name]
    if not isinstance(value, str):
        raise DataError(path, line, label, f"must be a string, got {type(value).__name__}")
    if not value.strip():
        raise DataError(path, line, label, "empty")


def validate(obj: Any, path: str | Path, line: int, kind: Format, *, strict: bool = True) -> dict[str, Any]:
    """Check one record against its file's format; returns it normalised (as ``stored_kind(kind)``).

    ``strict`` refuses top-level fields the format does not define; otherwise they are dropped
    here, so no later stage can see them.
    """
    if not isinstance(obj, dict):
        raise DataError(path, line, "(record)", "expected a JSON object")
    extra = extra_fields(obj, kind)
    if extra and strict:
        raise DataError(
            path, line, extra[0], f"not a field of the {kind} format (strict mode refuses it; without strict it is ignored)"
        )
    if kind == "prompt-completion":
        for name in ("prompt", "completion"):
            if name in obj and isinstance(obj[name], list):
                raise DataError(
                    path, line, name, "conversational prompt-completion is not supported; write it as a chat record ('messages')"
                )
            _require_text(obj, name, path, line, name)
        return {"instruction": obj["prompt"], "input": "", "output": obj["completion"]}
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
    """The data files a path names: the file itself, or every *.jsonl and *.jsonl.gz in a folder."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES))
        if not files:
            raise DataError(path, 0, "(path)", "folder holds no *.jsonl or *.jsonl.gz files")
        return files
    if not path.is_file():
        raise DataError(path, 0, "(path)", "no such file or folder")
    return [path]


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Numbered raw lines, decompressed when the name ends in .gz; a damaged archive names its line."""
    opener = gzip.open if path.name.endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                yield number, raw
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise DataError(path, number + 1, "(file)", f"not a readable gzip file ({type(exc).__name__}); re-export it") from None


def _same_format(obj: Any, fmt: Format, path: Path, line: int) -> None:
    """A record without its file's anchor field but with another's is in the wrong file."""
    if not isinstance(obj, dict) or _ANCHOR_OF[fmt] in obj:
        return
    for anchor, other in _ANCHORS:
        if anchor in obj:
            raise DataError(
                path, line, anchor,
                f"a {other} record in a file of {fmt} records (detected from its first record); keep one format per file",
            )


def read_file(
    path: str | Path, report: LoadReport, *, skip_invalid: bool = False, strict: bool = False
) -> Iterator[Record]:
    """Validated records of one file, counting into ``report``; the first bad one raises unless skipping."""
    path = Path(path)
    fmt: Format | None = None
    for number, raw in _lines(path):
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
            if fmt is None:
                fmt = detect_kind(obj, path, number)
            else:
                _same_format(obj, fmt, path, number)
            record = Record(stored_kind(fmt), validate(obj, path, number, fmt, strict=strict), str(path), number)
        except DataError as err:
            if not skip_invalid:
                raise
            report.skipped[err.reason] += 1
            continue
        report.ignored.update(extra_fields(obj, fmt))
        report.formats[fmt] += 1
        report.read += 1
        yield record


def read_records(
    path: str | Path, *, skip_invalid: bool = False, strict: bool = False
) -> tuple[list[Record], LoadReport]:
    """Load and validate every record under a path; the first bad one stops unless skipping.

    Fields a format does not define are dropped and counted in the report, or refused with ``strict``.
    """
    report = LoadReport()
    records: list[Record] = []
    for file in jsonl_files(path):
        report.files += 1
        records.extend(read_file(file, report, skip_invalid=skip_invalid, strict=strict))
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
