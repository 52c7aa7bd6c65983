"""What the audit found: one ``Finding`` per problem, failing the sign-off or only flagged for a reader."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

# Tampering kinds (verify.py, receipts.py), then accounting and policy kinds (audit.py).
Kind = Literal[
    "edited", "removed", "reordered", "forged", "replayed", "key changed", "wrong site", "malformed",
    "torn line", "missing ledger", "unattributed receipts", "under-reported", "epsilon differs",
    "over cap", "clip below floor", "waiver", "non-DP",
]  # fmt: skip


@dataclass(frozen=True)
class Finding:
    """One problem with one site's ledger; ``seq`` and ``line`` name the entry when there is one."""

    site: str
    kind: Kind
    detail: str
    seq: int | None = None
    line: int | None = None
    fails: bool = True  # False: shown in the report, but the audit can still sign off

    def __str__(self) -> str:
        where = (f", seq {self.seq}" if self.seq is not None else "") + (
            f", line {self.line}" if self.line is not None else ""
        )
        return f"{self.site}{where}: {self.kind}: {self.detail}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
