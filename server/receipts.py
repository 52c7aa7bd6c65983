"""The coordinator's receipts: one line per site reply that names a ledger entry, appended durably to ``receipts.jsonl``.

A site's reply carries the sequence number and the first 248 bits of the hash of its newest
ledger entry (fedtune.common.protocol). The coordinator keeps a copy of each, so an auditor
can later check that the site's signed ledger still holds every entry the coordinator saw:
a site that rewrites its ledger cannot match receipts it did not keep.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from fedtune.common.protocol import LEDGER_HASH, LEDGER_HASH_BITS, LEDGER_SEQ, receipt_prefix

RECEIPTS = "receipts.jsonl"
Kind = Literal["train", "evaluate"]
_PART_LIMIT = 1 << LEDGER_HASH_BITS


@dataclass(frozen=True)
class Receipt:
    """One reply's ledger receipt: which site, which round and request, the entry's place and hash prefix."""

    node: str
    round: int
    message: Kind
    seq: int
    hash: str  # 62 hex digits, protocol.receipt_prefix


def _is_part(value: Any, limit: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < limit


def receipt_of(metrics: dict[str, Any]) -> tuple[int, str] | None:
    """(seq, hash prefix) when a reply's metrics hold a well-formed receipt, else None (never raises on a site's values)."""
    if not _is_part(metrics.get(LEDGER_SEQ), 1 << 63):
        return None
    if not all(_is_part(metrics.get(key), _PART_LIMIT) for key in LEDGER_HASH):
        return None
    return receipt_prefix(metrics)


def append_receipt(path: Path, receipt: Receipt) -> None:
    """Append one line and fsync it before returning: a receipt is kept even if the coordinator dies next."""
    line = json.dumps(asdict(receipt), sort_keys=True) + "\n"
    # O_APPEND: each write lands at the end in one piece, so a restarted coordinator only
    # ever adds lines; 0600 because receipts map node ids to ledger positions.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_receipts(path: Path) -> list[Receipt]:
    """Every receipt in ``path``, in the order written; a torn last line (a crash mid-write) is an error naming it."""
    if not path.is_file():
        return []
    receipts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            receipts.append(Receipt(**json.loads(line)))
        except (json.JSONDecodeError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a receipt ({type(exc).__name__}); remove the line if the coordinator crashed while writing it") from None
    return receipts
