"""The Scrubber: every string field of every record, detected in batches, in parallel where cores allow."""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from importlib import metadata, resources
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

from presidio_analyzer import EntityRecognizer, PatternRecognizer
from tqdm import tqdm

from fedtune.common.data import DataError, Record, detect_kind, stored_kind, validate
from fedtune.common.policy import ScrubSettings
from fedtune.scrubbing.detect import Detection, Detector
from fedtune.scrubbing.engine import ENTITY_MAPPING, model_version, require_model
from fedtune.scrubbing.keep import KeepList
from fedtune.scrubbing.operators import Operators, load_or_create_key
from fedtune.scrubbing.recognizers import build_recognizers
from fedtune.scrubbing.report import ReviewWriter, ScrubReport
from fedtune.scrubbing.vouch import ENTITY as UNVOUCHED
from fedtune.scrubbing.vouch import resource_versions

logger = logging.getLogger(__name__)

# Records per unit of work: one spaCy batch and one message to a worker process.
CHUNK_RECORDS = 128
# Below this many characters, starting worker processes (model load, about 3 s each) costs more than it saves.
PARALLEL_MIN_CHARS = 500_000
# Batches smaller than this finish before a progress bar is worth drawing.
PROGRESS_MIN_RECORDS = 2_000


class RecordShapeError(ValueError):
    """A record that is none of the supported formats; names the record (1-based) and the field."""

    def __init__(self, number: int, field: str, problem: str) -> None:
        self.number, self.field, self.problem = number, field, problem
        super().__init__(f"record {number}: field '{field}': {problem}")


def as_record(record: Any, number: int) -> Record:
    """A record as common/data.py's one record model, checked by its rules, or RecordShapeError naming the field.

    An unknown key is an error, not skipped: a string nobody scrubs would reach training.
    """
    if isinstance(record, Record):  # read and validated by common/data.py already
        return record
    try:
        kind = detect_kind(record, "(record)", number)
        return Record(stored_kind(kind), validate(record, "(record)", number, kind), "(record)", number)
    except DataError as exc:
        raise RecordShapeError(number, exc.field, exc.problem) from None


def text_fields(record: Any, number: int) -> list[tuple[str, str]]:
    """(field path, text) of every string the record carries (``Record.text_fields``); rejects any other shape."""
    return list(as_record(record, number).text_fields())


def _rebuild(record: Record, fields: list[tuple[str, str]], scrubbed: list[str]) -> dict[str, Any]:
    """The record's data with the string at each field path replaced."""
    data = copy.deepcopy(record.data)
    for (path, _), text in zip(fields, scrubbed, strict=True):
        if path.startswith("messages["):
            data["messages"][int(path[len("messages[") : path.index("]")])]["content"] = text
        else:
            data[path] = text
    return data


class Scrubber:
    """Removes personal data from training records as the site's policy says.

    ``key_path`` is where the site's pseudonym key lives (created on first use); it is
    needed only when the policy selects the ``pseudonym`` operator. With ``n_process``
    above one, batches over ``PARALLEL_MIN_CHARS`` characters run in that many worker
    processes, each with its own model; the key stays in this process.
    """

    def __init__(self, settings: ScrubSettings, key_path: Path | None, n_process: int = 1) -> None:
        if n_process < 1:
            raise ValueError(f"n_process must be at least 1, got {n_process}")
        # Checked here, not only in worker processes: a pool respawns a worker whose set-up fails.
        require_model()
        self.settings = settings
        self.n_process = n_process
        key = load_or_create_key(key_path) if Operators.needs_key(settings) and key_path else None
        self.operators = Operators(settings, key)
        self.keep = KeepList.load(settings.domains, settings.keep_files)
        recognizers = build_recognizers(settings.domains, sorted(set(ENTITY_MAPPING.values())))
        entities = sorted({e for r in recognizers for e in r.supported_entities} | {UNVOUCHED})
        unknown = sorted(set(settings.operators) - set(entities))
        if unknown:
            raise ValueError(
                f"scrub.operators names entity type '{unknown[0]}', which no recognizer reports; "
                f"use one of: {', '.join(entities)}"
            )
        self._recognizers = recognizers
        self._report = ScrubReport(
            model=model_version(),
            recognizers=sorted(r.name for r in recognizers),
            operators={"default": settings.default_operator, **settings.operators},
            keep_terms=len(self.keep.terms),
            keep_patterns=len(self.keep.patterns),
        )
        self._review = ReviewWriter(settings.review_file) if settings.review_file else None
        self._detector: Detector | None = None
        self._pool: Pool | None = None

    @property
    def report(self) -> ScrubReport:
        """Counts over every record scrubbed so far; holds no detected value."""
        return self._report

    def fingerprint(self) -> str:
        """Hash of everything that decides the output: policy, recognizers, keep-list, model, code, key.

        Two scrubs with the same fingerprint over the same data give the same records, so
        a cache keyed by (data hash, fingerprint) is safe to reuse.
        """
        package = resources.files("fedtune.scrubbing")
        code = hashlib.sha256()
        for path in sorted(_package_files(package), key=lambda p: str(p)):
            code.update(path.name.encode() + b"\0" + path.read_bytes())
        payload = {
            "settings": self.settings.model_dump(mode="json", exclude={"review_file", "keep_files"}),
            "recognizers": [_describe(r) for r in self._recognizers],
            "keep": self.keep.digest(),
            "model": model_version(),
            "presidio": metadata.version("presidio-analyzer"),
            "resources": resource_versions(),
            "code": code.hexdigest(),
            "key": self.operators.key_id(),
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()

    def scrub_records(self, records: Iterable[Record | dict[str, Any]]) -> list[dict[str, Any]]:
        """Each record's data, same order and structure, with personal data replaced.

        ``Record``s (read by common/data.py) are taken as they are; a plain dict is checked
        by the same rules first, and comes back in that model's form (an instruction record
        gains an empty ``input``, a prompt-completion record becomes an instruction).
        """
        first = self._report.records
        records = [as_record(record, first + i + 1) for i, record in enumerate(records)]
        fields = [list(record.text_fields()) for record in records]
        groups = [[text for _, text in f] for f in fields]
        out = []
        quiet = True if len(records) < PROGRESS_MIN_RECORDS else None  # None: tqdm draws only on a terminal
        with tqdm(total=len(records), desc="scrubbing", unit="rec", disable=quiet) as bar:
            for offset, found in self._detect(groups):
                for i, detections in enumerate(found, start=offset):
                    scrubbed = [
                        self._replace(first + i + 1, path, text, spans)
                        for (path, text), spans in zip(fields[i], detections, strict=True)
                    ]
                    out.append(_rebuild(records[i], fields[i], scrubbed))
                bar.update(len(found))
        self._report.records += len(records)
        if self._review:
            self._review.flush()
        return out

    def close(self) -> None:
        """Stop worker processes and close the review file."""
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None
        if self._review is not None:
            self._review.close()
            self._review = None

    def __enter__(self) -> Scrubber:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _replace(self, number: int, path: str, text: str, detections: list[Detection]) -> str:
        pieces, replacements, cursor = [], [], 0
        for d in detections:
            replacement = self.operators.apply(d.entity, text[d.start : d.end])
            pieces += [text[cursor : d.start], replacement]
            replacements.append(replacement)
            cursor = d.end
        pieces.append(text[cursor:])
        self._report.add(path, text, detections)
        if self._review:
            self._review.add(number, path, text, detections, replacements)
        return "".join(pieces)

    def _detect(self, groups: list[list[str]]) -> Iterator[tuple[int, list[list[list[Detection]]]]]:
        """(index of the chunk's first record, detections) per chunk, in order."""
        chunks = [groups[i : i + CHUNK_RECORDS] for i in range(0, len(groups), CHUNK_RECORDS)]
        starts = range(0, len(groups), CHUNK_RECORDS)
        characters = sum(len(t) for g in groups for t in g)
        if self.n_process > 1 and (self._pool is not None or characters >= PARALLEL_MIN_CHARS):
            yield from zip(starts, self._worker_pool().imap(_detect_in_worker, chunks))
            return
        detector = self._local_detector()
        for start, chunk in zip(starts, chunks):
            yield start, detector.detect(chunk)

    def _local_detector(self) -> Detector:
        if self._detector is None:
            self._detector = Detector(self.settings)
        return self._detector

    def _worker_pool(self) -> Pool:
        if self._pool is None:
            # spawn, not fork: the caller may hold threads (torch) that fork would copy mid-state.
            context = multiprocessing.get_context("spawn")
            self._pool = context.Pool(self.n_process, initializer=_init_worker, initargs=(self.settings,))
            logger.info("scrubbing with %d worker processes", self.n_process)
        return self._pool


def _package_files(package: Any) -> Iterator[Any]:
    for entry in package.iterdir():
        if entry.is_dir() and entry.name != "__pycache__":
            yield from _package_files(entry)
        elif entry.name.endswith((".py", ".txt")):
            yield entry


def _describe(recognizer: EntityRecognizer) -> dict[str, Any]:
    described: dict[str, Any] = {"name": recognizer.name, "entities": recognizer.supported_entities}
    if isinstance(recognizer, PatternRecognizer):
        described["patterns"] = [[p.name, p.regex, p.score] for p in recognizer.patterns]
        described["context"] = recognizer.context
    return described


# One detector per worker process, built by the pool's initializer; never used in the parent.
_WORKER_DETECTOR: list[Detector] = []


def _init_worker(settings: ScrubSettings) -> None:
    _WORKER_DETECTOR.append(Detector(settings))


def _detect_in_worker(groups: Sequence[Sequence[str]]) -> list[list[list[Detection]]]:
    return _WORKER_DETECTOR[0].detect(groups)
