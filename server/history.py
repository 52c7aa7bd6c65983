"""Per-round history of a federation: per-site and aggregated metrics, as a table, a JSON file and a plot.

Only allow-listed keys are kept: the contract's reply metrics (fedtune.common.protocol)
and the coordinator's own figures below. Files are the coordinator's private state (0600).
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from fedtune.common.fileio import strict_json, write_atomic
from fedtune.common.protocol import EPSILON, LEDGER_HASH, LEDGER_SEQ, METRIC_KEYS, VAL_LOSS

from .checkpoint import PRIVATE_FILE

UPDATE_NORM = "update-norm"
WEIGHT_SHARE = "weight-share"  # a site's share of the round's average after the weight cap
# The coordinator's own evaluation on public text (server/public_eval.py).
PUBLIC_LOSS = "public-loss"
PUBLIC_PERPLEXITY = "public-perplexity"
PUBLIC_ACCURACY = "public-token-accuracy"
GENERAL_PERPLEXITY = "general-perplexity"
FORGETTING = "forgetting-percent"  # rise of general-text perplexity over the base model's, in percent
FORGETTING_FLAG = "forgetting-flagged"  # 1 when FORGETTING passes the run's forgetting-threshold
PUBLIC_EVAL_KEYS = frozenset({PUBLIC_LOSS, PUBLIC_PERPLEXITY, PUBLIC_ACCURACY, GENERAL_PERPLEXITY, FORGETTING, FORGETTING_FLAG})
# What the coordinator measures itself; everything else in history comes from a reply.
COORDINATOR_KEYS = frozenset(
    {UPDATE_NORM, WEIGHT_SHARE, "train-wall-seconds", "round-seconds", "user-dp-epsilon", "max-update-norm"}
) | PUBLIC_EVAL_KEYS
# Receipts (ledger-seq, ledger-hash-*) live in receipts.jsonl, not in history.
HISTORY_KEYS = (METRIC_KEYS | COORDINATOR_KEYS) - {LEDGER_SEQ, *LEDGER_HASH}

_LEGEND_SITES = 10
# global val: the aggregated adapter's loss on each site's validation records, a noised
# release; the aggregate row's epsilon is the largest any site reported (the worst case).
_COLUMNS = (
    (VAL_LOSS, "global val"),
    (EPSILON, "epsilon"),
    ("bytes-sent", "bytes sent"),
    (UPDATE_NORM, "update norm"),
)


def _allowed(metrics: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(metrics) - HISTORY_KEYS)
    if unknown:
        # Validation drops a reply with keys outside the contract; this is a coordinator bug.
        raise ValueError(f"history keeps only allow-listed keys (server/history.py HISTORY_KEYS), got {unknown}")
    return metrics


@dataclass
class History:
    """What each round produced; ``sites`` maps a node id to its numeric metrics."""

    path: Path
    rounds: list[dict[str, Any]] = field(default_factory=list)
    base: dict[str, Any] = field(default_factory=dict)  # the base model's public-eval figures (round 0)

    @classmethod
    def load(cls, path: Path) -> History:
        """Read a history file; keys a former version kept beyond the allow-list are left out."""
        saved = json.loads(path.read_text(encoding="utf-8"))
        rounds = saved["rounds"]
        for entry in rounds:
            entry["sites"] = {node: _kept(metrics) for node, metrics in entry["sites"].items()}
            entry["aggregate"] = _kept(entry["aggregate"])
        return cls(path, rounds, _kept(saved.get("base", {})))

    @classmethod
    def resume(cls, path: Path, completed_rounds: int) -> History:
        """The history of rounds 1..``completed_rounds``; a later round that crashed before its checkpoint is cut."""
        saved = cls.load(path) if path.is_file() else cls(path)
        return cls(path, [r for r in saved.rounds if r["round"] <= completed_rounds], saved.base)

    def record_base(self, metrics: dict[str, Any]) -> None:
        self.base.update(_allowed(metrics))

    def _round(self, server_round: int) -> dict[str, Any]:
        if not self.rounds or self.rounds[-1]["round"] != server_round:
            self.rounds.append({"round": server_round, "sites": {}, "aggregate": {}, "dropped": {}})
        return self.rounds[-1]

    def record_site(self, server_round: int, node_id: int, metrics: dict[str, Any]) -> None:
        self._round(server_round)["sites"].setdefault(str(node_id), {}).update(_allowed(metrics))

    def record_aggregate(self, server_round: int, metrics: dict[str, Any]) -> None:
        self._round(server_round)["aggregate"].update(_allowed(metrics))

    def record_dropped(self, server_round: int, node_id: int, reason: str) -> None:
        """A site whose reply did not count; the first reason of the round stands."""
        self._round(server_round)["dropped"].setdefault(str(node_id), reason)

    def save(self) -> Path:
        return write_atomic(self.path, strict_json({"base": self.base, "rounds": self.rounds}), mode=PRIVATE_FILE)

    def plot(self, path: Path) -> Path:
        """Global validation loss and epsilon per round, one line per site and the aggregate, as a PNG."""
        public = any(_plottable(e["aggregate"], GENERAL_PERPLEXITY) for e in self.rounds)
        figure = Figure(figsize=(15 if public else 10, 4), layout="constrained")
        FigureCanvasAgg(figure)
        sites = sorted({node for entry in self.rounds for node in entry["sites"]})
        # Past a handful of sites their lines are grey background for the aggregate, without a legend.
        many = len(sites) > _LEGEND_SITES
        panels = ((VAL_LOSS, "global val loss (noised)", "loss"), (EPSILON, "epsilon spent", "epsilon"))
        subplots = figure.subplots(1, 3 if public else 2)
        if public:
            self._plot_public(subplots[2])
        for axes, (key, title, unit) in zip(subplots, panels):
            for node in sites:
                points = [(e["round"], e["sites"][node][key]) for e in self.rounds if _plottable(e["sites"].get(node, {}), key)]
                if points:
                    style = {"color": "0.7", "alpha": 0.4} if many else {"label": f"site {node}", "alpha": 0.7}
                    axes.plot(*zip(*points), marker="o", linewidth=1, **style)
            points = [(e["round"], e["aggregate"][key]) for e in self.rounds if _plottable(e["aggregate"], key)]
            if points:
                axes.plot(*zip(*points), marker="s", linewidth=2.5, color="black", label="aggregate")
            axes.set(title=title, xlabel="round", ylabel=unit)
            axes.xaxis.get_major_locator().set_params(integer=True)
            axes.grid(alpha=0.3)
        if figure.axes[0].get_legend_handles_labels()[0]:
            figure.axes[0].legend(fontsize="small")
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=100)
        return write_atomic(path, buffer.getvalue(), mode=PRIVATE_FILE)

    def _plot_public(self, axes: Any) -> None:
        """The coordinator's public evaluation: perplexities per round, the base model's dashed."""
        for key, label, colour in ((GENERAL_PERPLEXITY, "general text", "tab:blue"), (PUBLIC_PERPLEXITY, "public test set", "tab:green")):
            points = [(e["round"], e["aggregate"][key]) for e in self.rounds if _plottable(e["aggregate"], key)]
            if points:
                axes.plot(*zip(*points), marker="o", color=colour, label=label)
                if _plottable(self.base, key):
                    axes.axhline(self.base[key], color=colour, linestyle="--", linewidth=1, label=f"{label}, base model")
        axes.set(title="public evaluation (coordinator)", xlabel="round", ylabel="perplexity")
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.grid(alpha=0.3)
        axes.legend(fontsize="small")

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
        figures = entry["aggregate"]
        if GENERAL_PERPLEXITY in figures:
            line = f"public evaluation: general-text perplexity {figures[GENERAL_PERPLEXITY]:.3f} ({figures[FORGETTING]:+.1f}% against the base model"
            line += ", FORGETTING FLAGGED)" if figures.get(FORGETTING_FLAG) else ")"
            if PUBLIC_LOSS in figures:
                line += f"; public test loss {figures[PUBLIC_LOSS]:.4f}, token accuracy {figures[PUBLIC_ACCURACY]:.3f}"
            lines.append(line)
        return "\n".join(lines)


def _kept(metrics: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in metrics.items() if k in HISTORY_KEYS}


def _plottable(metrics: dict[str, Any], key: str) -> bool:
    """A finite number: a DP-off site's epsilon is infinite (null in the file) and has no point."""
    value = metrics.get(key)
    return isinstance(value, (int, float)) and math.isfinite(value)


def _cell(value: Any) -> str:
    if value is None:
        return f"{'-':>12}"
    if isinstance(value, float):
        return f"{value:>12.4f}"
    return f"{value:>12}"
