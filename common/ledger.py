"""A site's privacy ledger: ``ledger.jsonl`` in its state directory, one JSON object per training round.

The format is fixed so that an auditor's script can read any site's ledger and recompute
epsilon from the mechanism with an independent accountant. Each line holds exactly the keys
of ``LedgerEntry``, in that order, written compactly; docs/PRIVACY.md describes them.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .fileio import write_atomic

LEDGER_FILE = "ledger.jsonl"


class LedgerError(ValueError):
    """A ledger line that cannot be trusted; the message names the file and the line."""


@dataclass(frozen=True)
class LedgerEntry:
    """One training round of one site, as the mechanism ran it."""

    site: str
    round: int
    records: int  # training records, rounded up to the site's record_granularity
    scrubbed: bool  # false only where the site's policy waives scrubbing (waive_scrubbing)
    sample_rate: float  # Poisson probability that a record joins one step's batch
    noise_multiplier: float  # noise std divided by max_grad_norm
    max_grad_norm: float  # per-example clip norm
    steps: int  # noisy optimizer steps in this round
    delta: float
    epsilon: float  # cumulative over every round in this ledger, at ``delta``
    accountant: str  # Opacus accountant that computed ``epsilon`` ("prv")
    accountant_version: str  # e.g. "opacus 1.6.0"

    def __post_init__(self) -> None:
        if not self.site:
            raise ValueError("site must not be empty")
        if self.round < 1 or self.steps < 0:
            raise ValueError(f"round must be >= 1 and steps >= 0, got {self.round} and {self.steps}")
        if self.records < 1:
            raise ValueError(f"records must be >= 1, got {self.records}")
        if not 0.0 < self.sample_rate <= 1.0:
            raise ValueError(f"sample_rate must be in (0, 1], got {self.sample_rate}")
        if not (self.noise_multiplier > 0 and self.max_grad_norm > 0):
            raise ValueError("noise_multiplier and max_grad_norm must be > 0")
        if not 0.0 < self.delta < 1.0:
            raise ValueError(f"delta must be in (0, 1), got {self.delta}")
        if not (self.epsilon >= 0 and math.isfinite(self.epsilon)):
            raise ValueError(f"epsilon must be finite and >= 0, got {self.epsilon}")

    @property
    def mechanism(self) -> tuple[float, float, int]:
        """(noise_multiplier, sample_rate, steps): what an accountant composes."""
        return (self.noise_multiplier, self.sample_rate, self.steps)

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_json(cls, line: str) -> LedgerEntry:
        """Parse one line; the keys must be exactly the documented ones, with their JSON types."""
        raw = json.loads(line)
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
        expected = [f.name for f in fields(cls)]
        if sorted(raw) != sorted(expected):
            missing, extra = sorted(set(expected) - set(raw)), sorted(set(raw) - set(expected))
            raise ValueError(f"keys differ from the ledger format: missing {missing}, unexpected {extra}")
        for f in fields(cls):
            value = raw[f.name]
            kind = {"str": str, "int": int, "float": (int, float), "bool": bool}[f.type]
            if not isinstance(value, kind) or (isinstance(value, bool) and f.type != "bool"):
                raise ValueError(f"'{f.name}' must be {f.type}, got {value!r}")
            if f.type == "float":
                raw[f.name] = float(value)
        return cls(**raw)


class Ledger:
    """The ledger file of one site; entries are appended whole or not at all."""

    def __init__(self, state_dir: Path) -> None:
        self.path = Path(state_dir) / LEDGER_FILE

    def entries(self) -> list[LedgerEntry]:
        """Every entry, oldest first; a damaged line is an error, never skipped."""
        if not self.path.is_file():
            return []
        entries = []
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), start=1):
            try:
                entries.append(LedgerEntry.from_json(line))
            except ValueError as exc:
                raise LedgerError(
                    f"{self.path}, line {number}: {exc}; the ledger is the site's privacy record, "
                    "so restore it from a backup rather than editing or deleting it"
                ) from None
        return entries

    def append(self, entry: LedgerEntry) -> None:
        """Add one entry: the whole file is rewritten to a temporary file and renamed over the old one."""
        old = self.path.read_bytes() if self.path.is_file() else b""
        if old and not old.endswith(b"\n"):
            raise LedgerError(f"{self.path}: last line is incomplete; restore the ledger from a backup")
        write_atomic(self.path, old + entry.to_json().encode("utf-8") + b"\n")
