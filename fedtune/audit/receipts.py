"""The coordinator's copies: ``receipts.jsonl`` in its run folder, one (seq, hash) per reply it received.

A receipt pins the entry at its seq and, through the hash chain, every entry before it; a
site that later drops or rewrites an entry the coordinator saw is caught here, including
entries cut from the end of its ledger, which the chain alone cannot show.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from fedtune.common.ledger import LedgerEntry
from fedtune.common.protocol import digest_prefix

from .findings import Finding
from .inputs import InputError
from .verify import ChainCheck

RECEIPTS_FILE = "receipts.jsonl"
_FIELDS = {"node": str, "round": int, "message": str, "seq": int, "hash": str}


@dataclass(frozen=True)
class Receipt:
    node: str  # the Flower node id that replied
    round: int
    message: str  # "train" | "evaluate"
    seq: int
    hash: str  # 62 hex digits: protocol.digest_prefix of the entry's digest
    line: int
    site: str | None = None  # when the coordinator knows which site a node is


def read_receipts(run_dir: Path) -> list[Receipt]:
    """Every receipt in ``run_dir/receipts.jsonl``; a malformed line is an InputError naming the file and line."""
    path = Path(run_dir) / RECEIPTS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the coordinator's receipts ({exc.strerror})") from None
    receipts = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            if not isinstance(row, dict) or not set(_FIELDS) <= set(row) <= set(_FIELDS) | {"site"}:
                raise ValueError(f"keys must be {sorted(_FIELDS)} (and optionally site)")
            if isinstance(row.get("node"), int) and not isinstance(row["node"], bool):
                row["node"] = str(row["node"])  # Flower's node ids are integers; fedtune writes them as strings
            for name, kind in _FIELDS.items():
                if not isinstance(row[name], kind) or isinstance(row[name], bool):
                    raise ValueError(f"'{name}' must be {kind.__name__}")
            if row["message"] not in ("train", "evaluate") or len(row["hash"]) != 62 or row["seq"] < 0:
                raise ValueError("message must be train or evaluate, hash 62 hex digits, seq >= 0")
            int(row["hash"], 16)
        except ValueError as exc:
            raise InputError(f"{path}, line {number}: not a receipt ({exc})") from None
        receipts.append(Receipt(**row, line=number))
    return receipts


def attribute(receipts: list[Receipt], checks: dict[str, ChainCheck]) -> tuple[dict[str, list[Receipt]], list[Finding]]:
    """Receipts per site: a node is the site it names, else the site whose ledger holds most of its (seq, hash)."""
    held = {
        site: {(line.entry.seq, digest_prefix(line.entry.digest)) for line in check.lines if line.entry is not None}
        for site, check in checks.items()
    }
    by_node: dict[str, list[Receipt]] = defaultdict(list)
    for receipt in receipts:
        by_node[receipt.node].append(receipt)
    per_site: dict[str, list[Receipt]] = defaultdict(list)
    findings = []
    for node, mine in sorted(by_node.items()):
        named = {r.site for r in mine if r.site is not None}
        if named:
            site = named.pop() if len(named) == 1 else None
        else:
            scores = {s: sum((r.seq, r.hash) in pairs for r in mine) for s, pairs in held.items()}
            best = max(scores.values(), default=0)
            winners = [s for s, score in scores.items() if score == best]
            site = winners[0] if best > 0 and len(winners) == 1 else None
        if site is None or site not in checks:
            findings.append(
                Finding(
                    f"node {node}", "unattributed receipts",
                    f"{len(mine)} receipt(s) match no collected ledger: collect the ledger of the site "
                    "behind this node",
                )
            )  # fmt: skip
            continue
        per_site[site].extend(mine)
    return dict(per_site), findings


def check_receipts(check: ChainCheck, receipts: list[Receipt]) -> Finding | None:
    """The first receipt (by seq) that the site's verified ledger does not hold as the coordinator saw it."""
    by_seq: dict[int, LedgerEntry] = {e.seq: e for e in check.entries}
    line_of = {line.entry.seq: line.number for line in check.lines if line.entry is not None}
    head = check.entries[-1].seq if check.entries else -1
    for receipt in sorted(receipts, key=lambda r: (r.seq, r.line)):
        where = f"the coordinator's receipt (round {receipt.round}, {receipt.message}, receipts line {receipt.line})"
        entry = by_seq.get(receipt.seq)
        if entry is None and receipt.seq > head and check.finding is None:
            return Finding(
                check.site, "removed",
                f"{where} names seq {receipt.seq}, but the ledger ends at seq {head}: entries were cut from its end",
                receipt.seq,
            )  # fmt: skip
        if entry is not None and digest_prefix(entry.digest) != receipt.hash:
            return Finding(
                check.site, "edited",
                f"the entry differs from the one named in {where}: it was rewritten after the coordinator saw it",
                receipt.seq, line_of.get(receipt.seq),
            )  # fmt: skip
    return None
