"""Per-round history of a federation: per-site and aggregated metrics, as a table and a JSON file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fedtune.common.fileio import write_atomic

# local val: the site's own adapter after local training; global val: the aggregate's.
_COLUMNS = (
    ("train-loss", "train loss"),
    ("local-val-loss", "local val"),
    ("val-loss", "global val"),
    ("bytes-sent", "bytes sent"),
)


@dataclass
class History:
    """What each round produced; ``sites`` maps a node id to its numeric metrics."""

    path: Path
    rounds: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> History:
        return cls(path, json.loads(path.read_text(encoding="utf-8"))["rounds"])

    def _round(self, server_round: int) -> dict[str, Any]:
        if not self.rounds or self.rounds[-1]["round"] != server_round:
            self.rounds.append({"round": server_round, "sites": {}, "aggregate": {}, "dropped": {}})
        return self.rounds[-1]

    def record_site(self, server_round: int, node_id: int, metrics: dict[str, Any]) -> None:
        self._round(server_round)["sites"].setdefault(str(node_id), {}).update(metrics)

    def record_aggregate(self, server_round: int, metrics: dict[str, Any]) -> None:
        self._round(server_round)["aggregate"].update(metrics)

    def record_dropped(self, server_round: int, node_id: int, reason: str) -> None:
        self._round(server_round)["dropped"][str(node_id)] = reason

    def save(self) -> Path:
        return write_atomic(self.path, json.dumps({"rounds": self.rounds}, indent=2) + "\n", mode=0o644)

    def table(self, server_round: int) -> str:
        """The round as a fixed-width table, one row per site plus the aggregate."""
        entry = self._round(server_round)
        header = f"{'site (node id)':>22} " + " ".join(f"{title:>12}" for _, title in _COLUMNS)
        lines = [f"round {server_round}", header]
        for node, metrics in sorted(entry["sites"].items()):
            lines.append(f"{node:>22} " + " ".join(_cell(metrics.get(key)) for key, _ in _COLUMNS))
        lines.append(f"{'aggregate':>22} " + " ".join(_cell(entry["aggregate"].get(key)) for key, _ in _COLUMNS))
        for node, reason in sorted(entry["dropped"].items()):
            lines.append(f"{node:>22} dropped: {reason}")
        return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return f"{'-':>12}"
    if isinstance(value, float):
        return f"{value:>12.4f}"
    return f"{value:>12}"
