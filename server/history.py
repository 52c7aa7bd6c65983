"""Per-round history of a federation: per-site and aggregated metrics, as a table, a JSON file and a loss plot."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from fedtune.common.fileio import strict_json, write_atomic

_LEGEND_SITES = 10
# local val: the site's own adapter after local training; global val: the aggregate's.
_COLUMNS = (
    ("train-loss", "train loss"),
    ("local-val-loss", "local val"),
    ("val-loss", "global val"),
    ("bytes-sent", "bytes sent"),
    ("update-norm", "update norm"),
)


@dataclass
class History:
    """What each round produced; ``sites`` maps a node id to its numeric metrics."""

    path: Path
    rounds: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> History:
        return cls(path, json.loads(path.read_text(encoding="utf-8"))["rounds"])

    @classmethod
    def resume(cls, path: Path, completed_rounds: int) -> History:
        """The history of rounds 1..``completed_rounds``; a later round that crashed before its checkpoint is cut."""
        rounds = cls.load(path).rounds if path.is_file() else []
        return cls(path, [r for r in rounds if r["round"] <= completed_rounds])

    def _round(self, server_round: int) -> dict[str, Any]:
        if not self.rounds or self.rounds[-1]["round"] != server_round:
            self.rounds.append({"round": server_round, "sites": {}, "aggregate": {}, "dropped": {}})
        return self.rounds[-1]

    def record_site(self, server_round: int, node_id: int, metrics: dict[str, Any]) -> None:
        self._round(server_round)["sites"].setdefault(str(node_id), {}).update(metrics)

    def record_aggregate(self, server_round: int, metrics: dict[str, Any]) -> None:
        self._round(server_round)["aggregate"].update(metrics)

    def record_dropped(self, server_round: int, node_id: int, reason: str) -> None:
        """A site whose reply did not count; the first reason of the round stands."""
        self._round(server_round)["dropped"].setdefault(str(node_id), reason)

    def save(self) -> Path:
        return write_atomic(self.path, strict_json({"rounds": self.rounds}), mode=0o644)

    def plot(self, path: Path) -> Path:
        """Train loss and global validation loss per round, one line per site and the aggregate, as a PNG."""
        figure = Figure(figsize=(10, 4), layout="constrained")
        FigureCanvasAgg(figure)
        sites = sorted({node for entry in self.rounds for node in entry["sites"]})
        # Past a handful of sites their lines are grey background for the aggregate, without a legend.
        many = len(sites) > _LEGEND_SITES
        for axes, (key, title) in zip(figure.subplots(1, 2), (("train-loss", "train loss"), ("val-loss", "global val loss"))):
            for node in sites:
                points = [(e["round"], e["sites"][node][key]) for e in self.rounds if key in e["sites"].get(node, {})]
                if points:
                    style = {"color": "0.7", "alpha": 0.4} if many else {"label": f"site {node}", "alpha": 0.7}
                    axes.plot(*zip(*points), marker="o", linewidth=1, **style)
            points = [(e["round"], e["aggregate"][key]) for e in self.rounds if key in e["aggregate"]]
            if points:
                axes.plot(*zip(*points), marker="s", linewidth=2.5, color="black", label="aggregate")
            axes.set(title=title, xlabel="round", ylabel="loss")
            axes.xaxis.get_major_locator().set_params(integer=True)
            axes.grid(alpha=0.3)
        figure.axes[0].legend(fontsize="small")
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=100)
        return write_atomic(path, buffer.getvalue(), mode=0o644)

    def table(self, server_round: int) -> str:
        """The round as a fixed-width table, one row per site plus the aggregate."""
        entry = next(r for r in self.rounds if r["round"] == server_round)
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
