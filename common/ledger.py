"""A site's privacy ledger: ``ledger.jsonl`` in its state directory, a signed hash chain of every release it made.

Line 1 is the genesis entry (seq 0: the site and its public key); every later line is one
release (a training round, DP or not, or a noised metric release), carrying its sequence
number, the SHA-256 of the line before it and an ECDSA P-384 signature by the site's
identity key. Each line is the entry's canonical JSON (sorted keys, compact, no NaN;
an infinite epsilon is stored as null). docs/AUDITOR.md describes the format for auditors.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from filelock import FileLock

from .identity import SiteIdentity, verify

LEDGER_FILE = "ledger.jsonl"
LOCK_SUFFIX = ".lock"
FILE_MODE = 0o600  # the site's own record: it hands the file to its auditor, nobody reads it in place
GENESIS_PREV = "0" * 64  # the genesis entry follows nothing
Kind = Literal["genesis", "train", "metric"]
RELEASE_KINDS = ("train", "metric")

# JSON types of every key, per kind; an entry must hold exactly these.
_COMMON = {"seq": int, "kind": str, "time": str, "site": str, "prev_hash": str, "signature": str}
_GENESIS = _COMMON | {"public_key": str}
_RELEASE = _COMMON | {
    "run_id": str, "round": int, "records": int, "scrubbed": bool, "noise_multiplier": float,
    "sample_rate": float, "steps": int, "max_grad_norm": float, "delta": float, "epsilon": float,
    "accountant": str, "accountant_version": str,
}  # fmt: skip


class LedgerError(ValueError):
    """A ledger that cannot be trusted or extended; the message names the file, the line (seq) and what is wrong."""


@dataclass(frozen=True)
class Release:
    """One release a site made, as its privacy code hands it to the ledger."""

    kind: Literal["train", "metric"]  # a training round (DP or not) / a noised metric release (evaluate)
    run_id: str  # Flower run id as a string ("local" for a command-line run)
    round: int  # server round >= 1
    records: int  # public count: rounded up to the site's record_granularity
    scrubbed: bool  # False: the round trained under a scrubbing waiver
    noise_multiplier: float  # 0.0 only for a train round without DP
    sample_rate: float  # Poisson rate; 1.0 for a metric release
    steps: int  # noisy steps (train) or 1 (metric)
    max_grad_norm: float  # train: per-example clip norm; metric: the per-record loss bound (the sensitivity)
    delta: float
    epsilon: float  # cumulative after this entry; math.inf once any non-DP round exists
    accountant: str  # "prv" (Opacus)
    accountant_version: str  # e.g. "opacus 1.6.0"

    def __post_init__(self) -> None:
        problem = _release_problem(self)
        if problem:
            raise ValueError(problem)

    @property
    def private(self) -> bool:
        return self.noise_multiplier > 0


def _release_problem(r: Release) -> str | None:
    """What makes a release impossible, or None."""
    if r.kind not in RELEASE_KINDS:
        return f"kind must be one of {RELEASE_KINDS}, got {r.kind!r}"
    if not r.run_id:
        return "run_id must not be empty"
    if r.round < 1 or r.records < 1 or r.steps < 0:
        return f"round and records must be >= 1 and steps >= 0, got {r.round}, {r.records} and {r.steps}"
    if not (math.isfinite(r.noise_multiplier) and r.noise_multiplier >= 0):
        return f"noise_multiplier must be finite and >= 0, got {r.noise_multiplier}"
    if not 0.0 < r.sample_rate <= 1.0:
        return f"sample_rate must be in (0, 1], got {r.sample_rate}"
    if not (math.isfinite(r.max_grad_norm) and r.max_grad_norm > 0):
        return f"max_grad_norm must be finite and > 0, got {r.max_grad_norm}"
    if not 0.0 <= r.delta < 1.0:
        return f"delta must be in [0, 1), got {r.delta}"
    if math.isnan(r.epsilon) or r.epsilon < 0:
        return f"epsilon must be >= 0 (inf without DP), got {r.epsilon}"
    if r.kind == "metric" and (r.noise_multiplier == 0 or r.sample_rate != 1.0 or r.steps != 1):
        return "a metric release is one Gaussian release: noise_multiplier > 0, sample_rate 1.0, steps 1"
    if not r.private and math.isfinite(r.epsilon):
        return "a round without DP (noise_multiplier 0) makes epsilon infinite"
    return None


@dataclass(frozen=True)
class LedgerEntry:
    """One line of the ledger: the genesis (``release`` None, ``public_key`` set) or a signed release."""

    seq: int
    kind: Kind
    time: str  # UTC, ISO 8601
    site: str
    prev_hash: str  # SHA-256 hex of the previous line's entry; zeros for the genesis
    signature: str  # base64 of the DER ECDSA P-384/SHA-384 signature over ``signed_bytes``
    public_key: str | None = None  # genesis only: the site's OpenSSH public key line
    release: Release | None = None  # every entry but the genesis

    # --- the release's fields, for reading; the genesis has none ---

    def _release(self) -> Release:
        if self.release is None:
            raise AttributeError("the genesis entry (seq 0) records no release")
        return self.release

    run_id = property(lambda self: self._release().run_id)
    round = property(lambda self: self._release().round)
    records = property(lambda self: self._release().records)
    scrubbed = property(lambda self: self._release().scrubbed)
    noise_multiplier = property(lambda self: self._release().noise_multiplier)
    sample_rate = property(lambda self: self._release().sample_rate)
    steps = property(lambda self: self._release().steps)
    max_grad_norm = property(lambda self: self._release().max_grad_norm)
    delta = property(lambda self: self._release().delta)
    epsilon = property(lambda self: self._release().epsilon)
    accountant = property(lambda self: self._release().accountant)
    accountant_version = property(lambda self: self._release().accountant_version)

    @property
    def mechanism(self) -> tuple[float, float, int]:
        """(noise_multiplier, sample_rate, steps): what an accountant composes."""
        r = self._release()
        return (r.noise_multiplier, r.sample_rate, r.steps)

    @property
    def private(self) -> bool:
        return self._release().private

    # --- canonical form ---

    def to_dict(self) -> dict[str, Any]:
        """The entry as stored; an infinite epsilon becomes null (strict JSON has no infinity)."""
        out: dict[str, Any] = {
            "seq": self.seq, "kind": self.kind, "time": self.time, "site": self.site,
            "prev_hash": self.prev_hash, "signature": self.signature,
        }  # fmt: skip
        if self.release is None:
            out["public_key"] = self.public_key
        else:
            body = asdict(self.release)
            if math.isinf(body["epsilon"]):
                body["epsilon"] = None
            out |= body
        return out

    @property
    def signed_bytes(self) -> bytes:
        """The canonical bytes the signature covers: the entry without its ``signature``."""
        unsigned = self.to_dict()
        del unsigned["signature"]
        return canonical(unsigned)

    @property
    def line(self) -> bytes:
        """The entry's line in the file (without the newline)."""
        return canonical(self.to_dict())

    @property
    def digest(self) -> str:
        """SHA-256 hex of the entry's canonical bytes, signature included: what the next entry's prev_hash holds."""
        return hashlib.sha256(self.line).hexdigest()

    def signature_valid(self, public_line: str) -> bool:
        try:
            signature = base64.b64decode(self.signature, validate=True)
        except ValueError:
            return False
        return verify(public_line, self.signed_bytes, signature)


def canonical(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), allow_nan=False, ensure_ascii=True).encode("ascii")


def parse_entry(line: str | bytes) -> LedgerEntry:
    """One line as an entry; keys and JSON types must be exactly the format's (ValueError says what differs)."""
    raw = json.loads(line, parse_constant=_no_constant)
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    if "seq" not in raw or "prev_hash" not in raw or "signature" not in raw:
        raise UnsignedLedger("no seq, prev_hash or signature: an unsigned ledger from an older fedtune")
    kind = raw.get("kind")
    schema = _GENESIS if kind == "genesis" else _RELEASE if kind in RELEASE_KINDS else None
    if schema is None:
        raise ValueError(f"'kind' must be 'genesis', 'train' or 'metric', got {kind!r}")
    if kind != "genesis" and raw.get("epsilon", 0) is None:
        raw["epsilon"] = math.inf  # stored as null
    if set(raw) != set(schema):
        missing, extra = sorted(set(schema) - set(raw)), sorted(set(raw) - set(schema))
        raise ValueError(f"keys differ from the ledger format: missing {missing}, unexpected {extra}")
    for name, kind_type in schema.items():
        value = raw[name]
        allowed = (int, float) if kind_type is float else kind_type
        if not isinstance(value, allowed) or (isinstance(value, bool) and kind_type is not bool):
            raise ValueError(f"'{name}' must be {kind_type.__name__}, got {value!r}")
        if kind_type is float:
            raw[name] = float(value)
    head = {k: raw.pop(k) for k in _COMMON}
    if kind == "genesis":
        return LedgerEntry(**head, public_key=raw["public_key"])
    release = Release(**{"kind": kind, **raw})
    return LedgerEntry(**head, release=release)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not strict JSON (an infinite epsilon is stored as null)")


class UnsignedLedger(ValueError):
    """A line in the pre-chain format (no seq, prev_hash, signature)."""


def read_lines(path: Path) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, bytes without newline, whether the line ended with a newline) for every line of ``path``."""
    data = path.read_bytes()
    lines = data.split(b"\n")
    complete = data.endswith(b"\n") or not data
    if complete:
        lines = lines[:-1]
    for number, raw in enumerate(lines, start=1):
        yield number, raw, complete or number < len(lines)


class Ledger:
    """The ledger file of one site: read with every link and signature checked, extended one signed line at a time."""

    def __init__(self, state_dir: Path) -> None:
        self.path = Path(state_dir) / LEDGER_FILE
        self.lock = FileLock(str(self.path) + LOCK_SUFFIX)

    def entries(self) -> list[LedgerEntry]:
        """Every entry, genesis first; a line that breaks the chain or its signature is a LedgerError, never skipped."""
        if not self.path.is_file():
            return []
        entries: list[LedgerEntry] = []
        for number, raw, ended in read_lines(self.path):
            where = f"{self.path}, line {number} (seq {number - 1})"
            if not ended:
                raise LedgerError(
                    f"{where}: the last line is incomplete, so a write was interrupted before the entry was "
                    "complete and its release was never sent; cut the file after its last newline, keeping "
                    "a copy of the original for your auditor"
                )
            try:
                entry = parse_entry(raw)
            except UnsignedLedger:
                raise LedgerError(
                    f"{where}: this ledger has no seq, prev_hash or signature (written by an older fedtune); "
                    "its rounds still count against the site's budget, so it is not ignored: convert it once "
                    "with fedtune.common.ledger.migrate_unsigned(state_dir, site, identity)"
                ) from None
            except ValueError as exc:
                raise LedgerError(f"{where}: {exc}; {_RESTORE}") from None
            problem = _link_problem(entries, entry)
            if problem:
                raise LedgerError(f"{where}: {problem}; {_RESTORE}")
            entries.append(entry)
        return entries

    def releases(self) -> list[LedgerEntry]:
        return self.entries()[1:]

    def head(self) -> LedgerEntry | None:
        entries = self.entries()
        return entries[-1] if entries else None

    def append(self, release: Release, *, site: str, identity: SiteIdentity) -> LedgerEntry:
        """Sign and add one release (after a genesis entry when the ledger is new); durable before it returns."""
        with self.lock:  # the head is re-read under the lock, so two processes never fork the chain
            entries = self.entries()
            if not entries:
                genesis = _signed(
                    LedgerEntry(0, "genesis", _now(), site, GENESIS_PREV, "", public_key=identity.public_ssh), identity
                )
                self._write(genesis)
                entries = [genesis]
            genesis, head = entries[0], entries[-1]
            if genesis.public_key != identity.public_ssh:
                raise LedgerError(
                    f"{self.path}, line 1 (seq 0): the ledger was started with another identity key than "
                    f"{identity.path}; a site keeps one key for its lifetime: restore the original key"
                )
            if genesis.site != site:
                raise LedgerError(f"{self.path}, line 1 (seq 0): the ledger is site {genesis.site!r}'s, not {site!r}")
            entry = _signed(
                LedgerEntry(head.seq + 1, release.kind, _now(), site, head.digest, "", release=release), identity
            )
            self._write(entry)
            return entry

    def _write(self, entry: LedgerEntry) -> None:
        """One write of one line with O_APPEND, then fsync (and the folder's, when the file is new)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        new = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            data = entry.line + b"\n"
            if os.write(fd, data) != len(data):
                raise LedgerError(f"{self.path}: short write of seq {entry.seq}; the disk may be full")
            os.fsync(fd)
        finally:
            os.close(fd)
        if new:
            folder = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)


_RESTORE = "the ledger is the site's privacy record: restore it from a backup rather than editing it"


def _link_problem(entries: list[LedgerEntry], entry: LedgerEntry) -> str | None:
    """Why ``entry`` cannot follow ``entries`` (seq, prev_hash, signature under the genesis key), or None."""
    if not entries:
        if entry.kind != "genesis" or entry.seq != 0 or entry.prev_hash != GENESIS_PREV:
            return "the first entry must be the genesis (seq 0, kind genesis)"
        key = entry.public_key or ""
    else:
        key = entries[0].public_key or ""
        if entry.kind == "genesis":
            return "a second genesis entry"
        if entry.seq != entries[-1].seq + 1:
            return f"seq {entry.seq} follows seq {entries[-1].seq}"
        if entry.prev_hash != entries[-1].digest:
            return "prev_hash is not the hash of the entry before it"
        if entry.site != entries[0].site:
            return f"site {entry.site!r} differs from the genesis site {entries[0].site!r}"
    if not entry.signature_valid(key):
        return "the signature does not verify against the ledger's key"
    return None


def _signed(entry: LedgerEntry, identity: SiteIdentity) -> LedgerEntry:
    signature = base64.b64encode(identity.sign(entry.signed_bytes)).decode("ascii")
    return LedgerEntry(**{f.name: getattr(entry, f.name) for f in fields(entry)} | {"signature": signature})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def migrate_unsigned(state_dir: Path, site: str, identity: SiteIdentity) -> Path:
    """Re-record an unsigned (pre-chain) ledger as signed train entries; the original is kept beside it.

    The old format had no run id, so each round is recorded with run_id "unsigned"; its
    figures are copied unchanged, so the budget it spent still counts. Returns the old file's new name.
    """
    ledger = Ledger(state_dir)
    with ledger.lock:
        lines = [raw for _, raw, _ in read_lines(ledger.path)]
        old = json.loads(lines[0]) if lines else {}
        if "seq" in old:
            raise LedgerError(f"{ledger.path}: already a signed ledger; nothing to migrate")
        releases = []
        for number, raw in enumerate(lines, start=1):
            row = json.loads(raw)
            try:
                releases.append(
                    Release(kind="train", run_id="unsigned", **{k: row[k] for k in _OLD_KEYS})
                )
            except (KeyError, TypeError, ValueError) as exc:
                where = f"{ledger.path}, line {number}"
                raise LedgerError(f"{where}: not an unsigned fedtune ledger line ({exc})") from None
        kept = ledger.path.with_name(LEDGER_FILE + ".unsigned")
        os.replace(ledger.path, kept)
        for release in releases:  # the lock is re-entrant: no other process appends in between
            ledger.append(release, site=site, identity=identity)
    return kept


_OLD_KEYS = (
    "round", "records", "scrubbed", "noise_multiplier", "sample_rate", "steps", "max_grad_norm",
    "delta", "epsilon", "accountant", "accountant_version",
)  # fmt: skip
