"""FedAvg over adapter tensors, with per-site records, a table per round and a checkpoint per round.

Replies are decoded to float32 first (payloads may travel as float16 or bfloat16), so
Flower's aggregation always sees ordinary arrays.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from flwr.app import ArrayRecord, Message, MetricRecord
from flwr.serverapp.strategy import FedAvg
from peft import PeftModel

from fedtune.common.adapters import from_arrays, to_arrays

from .checkpoint import save_global
from .history import History

log = logging.getLogger(__name__)


def _as_float32(replies: Iterable[Message]) -> list[Message]:
    """Replies with their adapter arrays decoded to float32 (errors are passed through)."""
    decoded = []
    for msg in replies:
        if not msg.has_error() and "arrays" in msg.content:
            msg.content["arrays"] = to_arrays(from_arrays(msg.content["arrays"]), "float32")
        decoded.append(msg)
    return decoded


class FedTuneAvg(FedAvg):
    """FedAvg weighted by ``num-examples`` that keeps a history and saves the global adapter."""

    def __init__(self, *, run_dir: Path, template: PeftModel, base_model: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.run_dir = run_dir
        self.template = template
        self.base_model = base_model
        self.history = History(run_dir / "history.json")

    def aggregate_train(
        self, server_round: int, replies: Iterable[Message]
    ) -> tuple[ArrayRecord | None, MetricRecord | None]:
        replies = _as_float32(replies)
        for msg in replies:
            node = msg.metadata.src_node_id
            if msg.has_error():
                self.history.record_dropped(server_round, node, f"error {msg.error.code}")
            else:
                self.history.record_site(server_round, node, dict(msg.content["metrics"]))
        arrays, metrics = super().aggregate_train(server_round, replies)
        if metrics is not None:
            self.history.record_aggregate(
                server_round, {k: metrics[k] for k in ("train-loss", "local-val-loss") if k in metrics}
            )
        sent = [m.get("bytes-sent", 0) for m in self.history.rounds[-1]["sites"].values()]
        self.history.record_aggregate(server_round, {"bytes-sent": int(sum(sent))})
        if arrays is not None:
            sites = sorted(self.history.rounds[-1]["sites"])
            save_global(
                self.template,
                from_arrays(arrays),
                self.run_dir / "checkpoints" / f"round-{server_round:04d}",
                {"round": server_round, "sites": sites, "base_model": self.base_model, "metrics": dict(metrics or {})},
            )
        return arrays, metrics

    def aggregate_evaluate(self, server_round: int, replies: Iterable[Message]) -> MetricRecord | None:
        replies = list(replies)
        for msg in replies:
            if not msg.has_error():
                metrics = msg.content["metrics"]
                self.history.record_site(server_round, msg.metadata.src_node_id, {"val-loss": metrics["val-loss"]})
        metrics = super().aggregate_evaluate(server_round, replies)
        if metrics is not None:
            self.history.record_aggregate(server_round, {k: metrics[k] for k in ("val-loss", "val-perplexity")})
        self.history.save()
        log.info("\n%s", self.history.table(server_round))
        return metrics
