"""Flower's strategies with fedtune's behaviour added once: update validation, history, checkpoints and resumable round numbers.

``FedTune`` is a mixin placed before a Flower strategy class. Every reply is validated
and decoded to float32 before Flower aggregates it, so each strategy sees ordinary
arrays from good updates only. The template model always holds the current global
adapter: it is the reference for validation and what checkpoints are written from.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from flwr.app import ArrayRecord, ConfigRecord, Message, MetricRecord
from flwr.common.constant import SType
from flwr.serverapp import Grid
from flwr.serverapp.strategy import FedAdam, FedAvg, FedMedian, FedProx, FedTrimmedAvg
from peft import PeftModel

from fedtune.common.adapters import adapter_state, from_arrays, load_adapter_state, to_arrays
from fedtune.common.runconfig import RunConfig

from .checkpoint import round_dir, save_global
from .history import History
from .resume import ResumePoint
from .user_dp import UserLevelDP
from .validation import UpdateRejected, validate_evaluation, validate_update

log = logging.getLogger(__name__)

# Aggregator state kept across rounds by Flower's FedOpt family (FedAdam's moments);
# checkpointed so a restart continues the same optimizer.
_SERVER_STATE = ("m_t", "v_t")


@dataclass
class _Round:
    """What one round has gathered between its training and its evaluation."""

    number: int
    started: float
    # The train messages as sent: the SuperLink stamps their ids on push, which maps an
    # error reply it writes itself (src node 1) back to the site it was meant for.
    sent: list[Message] = field(default_factory=list)
    state: dict[str, torch.Tensor] = field(default_factory=dict)
    sites: list[int] = field(default_factory=list)
    epsilon: dict[str, float] = field(default_factory=dict)
    aggregated: bool = False


def _shared_metrics(replies: list[Message]) -> None:
    """Keep the metrics every reply has: Flower refuses replies whose keys differ (e.g. only DP sites report epsilon)."""
    common = set.intersection(*(set(msg.content["metrics"]) for msg in replies))
    for msg in replies:
        msg.content["metrics"] = MetricRecord({k: v for k, v in msg.content["metrics"].items() if k in common})


def _plain_float32(arrays: ArrayRecord) -> bool:
    """Whether a validated payload already is what Flower's aggregation reads, so needs no re-encoding."""
    return all(a.dtype == "float32" and a.stype == SType.NUMPY for a in arrays.values())


def _epsilon(msg: Message) -> float | None:
    """The site's reported cumulative epsilon, when it sent one."""
    if msg.has_error() or "metrics" not in msg.content.metric_records:
        return None
    value = msg.content["metrics"].get("epsilon")
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else None


class FedTune:
    """Validation, history, checkpoints and resume for any strategy from ``flwr.serverapp.strategy``.

    Flower calls the hooks with rounds 1..n of this start; ``round_offset`` (the rounds a
    resumed run had completed) turns them into the run's rounds before anything else.
    """

    def __init__(
        self,
        *,
        run: RunConfig,
        template: PeftModel,
        fingerprint: str,
        resume: ResumePoint | None = None,
        **flower_kwargs: Any,
    ) -> None:
        super().__init__(**flower_kwargs)
        self.run = run
        self.run_dir = Path(run.run_dir)
        self.template = template
        self.fingerprint = fingerprint
        self.round_offset = resume.round if resume else 0
        history_path = self.run_dir / "history.json"
        self.history = History.resume(history_path, self.round_offset) if resume else History(history_path)
        if resume:
            load_adapter_state(template, resume.state)
            self._restore_server_state(resume.server_state)
        self.user_dp = UserLevelDP(run, resume.user_dp if resume else None) if run.user_dp else None
        self._current: _Round | None = None

    # --- Flower's hooks -------------------------------------------------------------

    def configure_train(self, server_round: int, arrays: ArrayRecord, config: ConfigRecord, grid: Grid) -> Iterable[Message]:
        server_round += self.round_offset
        log.info("round %d of %d", server_round, self.run.num_server_rounds)
        messages = list(super().configure_train(server_round, arrays, config, grid))
        if self.user_dp is not None:  # raises PrivacyBudgetExhausted before anything is sent
            messages = self.user_dp.begin(server_round, arrays, messages)
        self._round(server_round).sent = messages
        return messages

    def aggregate_train(
        self, server_round: int, replies: Iterable[Message]
    ) -> tuple[ArrayRecord | None, MetricRecord | None]:
        server_round += self.round_offset
        current = self._round(server_round)
        train_wall = time.monotonic() - current.started  # sampling, sending, the sites' work, receiving
        reference = adapter_state(self.template)
        replies = list(replies)
        origin = {m.metadata.message_id: m.metadata.dst_node_id for m in current.sent if m.metadata.message_id}
        good, received, answered = [], 0, set()
        for msg in replies:
            node = origin.get(msg.metadata.reply_to_message_id, msg.metadata.src_node_id)
            answered.add(node)
            if (eps := _epsilon(msg)) is not None:
                current.epsilon[str(node)] = eps
            if msg.has_error():
                self._drop(server_round, node, f"error-{msg.error.code}", "the site's ClientApp failed; see its own log")
                continue
            if "arrays" in msg.content.array_records:
                received += msg.content["arrays"].count_bytes()
            try:
                state, norm = validate_update(msg.content, reference, max_norm=self.run.max_update_norm)
            except UpdateRejected as rejected:
                self._drop(server_round, node, rejected.code, rejected.detail)
                continue
            self.history.record_site(server_round, node, {**msg.content["metrics"], "update-norm": norm})
            if not _plain_float32(msg.content["arrays"]):  # Flower aggregates NumPy arrays
                msg.content["arrays"] = to_arrays(state)
            good.append(msg)
        for node in (m.metadata.dst_node_id for m in current.sent):
            if node not in answered:
                self._drop(server_round, node, "no-reply", f"no reply within round-timeout {self.run.round_timeout:g}s")
        self.history.record_aggregate(server_round, {"bytes-sent": received, "train-wall-seconds": train_wall})
        if len(good) < self.min_train_nodes:
            log.warning(
                "round %d: %d valid updates, fewer than min-sites %d: keeping the previous global adapter",
                server_round, len(good), self.min_train_nodes,
            )
            current.state = reference
            return None, None
        _shared_metrics(good)
        if self.user_dp is None:
            arrays, metrics = super().aggregate_train(server_round, good)
        else:
            arrays, metrics = self.user_dp.aggregate(server_round, good)
            self.history.record_aggregate(server_round, {"user-dp-epsilon": self.user_dp.spent().epsilon})
        if arrays is None:
            current.state = reference
            return None, None
        current.state, current.sites, current.aggregated = from_arrays(arrays), [m.metadata.src_node_id for m in good], True
        if metrics is not None:
            self.history.record_aggregate(
                server_round, {k: metrics[k] for k in ("train-loss", "local-val-loss") if k in metrics}
            )
        return arrays, metrics

    def configure_evaluate(self, server_round: int, arrays: ArrayRecord, config: ConfigRecord, grid: Grid) -> Iterable[Message]:
        return super().configure_evaluate(server_round + self.round_offset, arrays, config, grid)

    def aggregate_evaluate(self, server_round: int, replies: Iterable[Message]) -> MetricRecord | None:
        server_round += self.round_offset
        good = []
        for msg in replies:
            node = msg.metadata.src_node_id
            try:
                if msg.has_error():
                    raise UpdateRejected(f"error-{msg.error.code}", "the site's ClientApp failed; see its own log")
                validate_evaluation(msg.content)
            except UpdateRejected as rejected:
                self._drop(server_round, node, f"eval-{rejected.code}", rejected.detail)
                continue
            self.history.record_site(server_round, node, {"val-loss": msg.content["metrics"]["val-loss"]})
            good.append(msg)
        metrics = None
        if good:
            _shared_metrics(good)
            metrics = super().aggregate_evaluate(server_round, good)
        if metrics is not None:
            self.history.record_aggregate(server_round, {k: metrics[k] for k in ("val-loss", "val-perplexity") if k in metrics})
        self._commit(server_round)
        return metrics

    # --- fedtune's own ----------------------------------------------------------------

    def _round(self, server_round: int) -> _Round:
        if self._current is None or self._current.number != server_round:
            self._current = _Round(server_round, time.monotonic())
        return self._current

    def _drop(self, server_round: int, node: int, code: str, detail: str) -> None:
        log.warning("round %d: dropped the reply of node %d: %s (%s)", server_round, node, detail, code)
        self.history.record_dropped(server_round, node, code)

    def _server_state(self) -> dict[str, np.ndarray]:
        return {
            f"{name}/{key}": np.ascontiguousarray(value)
            for name in _SERVER_STATE
            for key, value in (getattr(self, name, None) or {}).items()
        }

    def _restore_server_state(self, saved: dict[str, np.ndarray]) -> None:
        for name in _SERVER_STATE:
            values = {k.split("/", 1)[1]: v for k, v in saved.items() if k.startswith(f"{name}/")}
            if values:
                setattr(self, name, values)

    def _commit(self, server_round: int) -> None:
        """End the round: history and plot first, then the checkpoint, whose metadata marks the round complete."""
        current = self._round(server_round)
        if not current.state:  # evaluation without training (a caller driving the hooks by hand)
            current.state = adapter_state(self.template)
        self.history.record_aggregate(server_round, {"round-seconds": time.monotonic() - current.started})
        entry = self.history.rounds[-1]
        entry["aggregated"] = current.aggregated
        self.history.save()
        self.history.plot(self.run_dir / "loss.png")
        log.info("\n%s", self.history.table(server_round))
        metadata = {
            "round": server_round,
            "sites": current.sites,
            "dropped": entry["dropped"],
            "aggregated": current.aggregated,
            "metrics": entry["aggregate"],
            "epsilon": current.epsilon,
            "base_model": self.run.base_model,
            "base_fingerprint": self.fingerprint,
            "strategy": self.run.strategy,
            "run_config": self.run.to_flwr(),
        }
        if self.user_dp is not None:
            spent = self.user_dp.spent()
            metadata["user_dp"] = {
                "epsilon": spent.epsilon, "delta": spent.delta, "releases": spent.num_releases,
                "accountant": self.user_dp.state_dict(),
            }
        save_global(self.template, current.state, round_dir(self.run_dir, server_round), metadata, self._server_state())
        self._current = None


class FedTuneAvg(FedTune, FedAvg):
    """FedAvg weighted by ``num-examples``."""


class FedTuneProx(FedTune, FedProx):
    """FedAvg aggregation; sites add the proximal term with the ``proximal-mu`` sent in the train config."""


class FedTuneAdam(FedTune, FedAdam):
    """Adam on the coordinator over the averaged update (Reddi et al., 2021)."""


class FedTuneTrimmedAvg(FedTune, FedTrimmedAvg):
    """Per-coordinate trimmed mean, unweighted: robust to a minority of outlying sites."""


class FedTuneMedian(FedTune, FedMedian):
    """Per-coordinate median, unweighted."""


STRATEGY_CLASSES: dict[str, type[FedTune]] = {
    "fedavg": FedTuneAvg,
    "fedprox": FedTuneProx,
    "fedadam": FedTuneAdam,
    "fedtrimmedavg": FedTuneTrimmedAvg,
    "fedmedian": FedTuneMedian,
}


def _strategy_kwargs(run: RunConfig) -> dict[str, Any]:
    """The run config's settings for the chosen strategy's own constructor arguments."""
    if run.strategy == "fedprox":
        return {"proximal_mu": run.proximal_mu}
    if run.strategy == "fedadam":
        return {"eta": run.server_learning_rate, "eta_l": run.learning_rate}
    if run.strategy == "fedtrimmedavg":
        if run.trim_fraction > 0 and int(run.trim_fraction * run.min_sites) == 0:
            log.warning(
                "trim-fraction %g trims nothing unless at least %d sites answer (min-sites is %d)",
                run.trim_fraction, math.ceil(1 / run.trim_fraction), run.min_sites,
            )
        return {"beta": run.trim_fraction}
    return {}


def build_strategy(run: RunConfig, template: PeftModel, fingerprint: str, resume: ResumePoint | None = None) -> FedTune:
    """The run config's strategy, sampling at least ``min-sites`` sites per round."""
    return STRATEGY_CLASSES[run.strategy](
        run=run,
        template=template,
        fingerprint=fingerprint,
        resume=resume,
        fraction_train=run.fraction_train,
        fraction_evaluate=1.0,
        min_train_nodes=run.min_sites,
        min_evaluate_nodes=run.min_sites,
        min_available_nodes=run.min_sites,
        **_strategy_kwargs(run),
    )
