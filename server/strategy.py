"""Flower's strategies with fedtune's behaviour added once: update validation, weight cap, history, receipts, checkpoints and resumable round numbers.

``FedTune`` is a mixin placed before a Flower strategy class. Every reply is validated
against the site-coordinator contract (fedtune.common.protocol) and decoded once, to
float32, so each strategy sees good updates only, weighted by capped shares. For FedAvg
and FedProx the weighted mean is summed from the rows validation decoded (``WeightedSum``)
and is the result; FedAdam is handed that mean as FedAvg's; the per-coordinate strategies
and user-level DP aggregate the validated float32 replies themselves. The template model always holds the current global adapter:
it is the reference for validation and what checkpoints are written from.
"""

from __future__ import annotations

import copy
import logging
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from flwr.app import ArrayRecord, ConfigRecord, Message, MetricRecord, RecordDict
from flwr.common.constant import SType
from flwr.serverapp import Grid
from flwr.serverapp.strategy import FedAdam, FedAvg, FedMedian, FedProx, FedTrimmedAvg
from peft import PeftModel

from fedtune.common.adapters import adapter_state, from_arrays, load_adapter_state, pack
from fedtune.common.protocol import ARRAYS, EPSILON, METRICS, VAL_LOSS, VAL_PERPLEXITY, WEIGHT
from fedtune.common.runconfig import RunConfig

from .checkpoint import private_dir, round_dir, save_global
from .history import HISTORY_KEYS, UPDATE_NORM, WEIGHT_SHARE, History
from .public_eval import PublicEvaluation
from .receipts import RECEIPTS, Kind, Receipt, append_receipt, receipt_of
from .resume import ResumePoint
from .user_dp import UserLevelDP
from .validation import Layout, UpdateRejected, check_update, derived_max_update_norm, validate_evaluation

log = logging.getLogger(__name__)

# Aggregator state kept across rounds by Flower's FedOpt family (FedAdam's moments);
# checkpointed so a restart continues the same optimizer.
_SERVER_STATE = ("m_t", "v_t")


@dataclass
class _Round:
    """What one round has gathered between its training and its evaluation."""

    number: int
    started: float
    # The messages as sent: the SuperLink stamps their ids on push, which maps an error
    # reply it writes itself (src node 1) back to the site it was meant for.
    sent: list[Message] = field(default_factory=list)
    state: dict[str, torch.Tensor] = field(default_factory=dict)
    sites: list[int] = field(default_factory=list)
    epsilon: dict[str, float] = field(default_factory=dict)
    aggregated: bool = False


def capped_shares(weights: list[float], max_share: float) -> list[float]:
    """Each weight's share of the total, none above ``max_share``, the excess spread over the others in proportion.

    Water-filling: shares over the cap are pinned to it and the rest renormalised until
    none exceeds it. When the cap cannot be met (fewer than 1 / max_share sites) every
    site gets an equal share, the closest to it.
    """
    n = len(weights)
    if n * max_share <= 1.0:
        return [1.0 / n] * n
    pinned: set[int] = set()
    while True:
        free = [i for i in range(n) if i not in pinned]
        left = 1.0 - max_share * len(pinned)
        total = sum(weights[i] for i in free)
        shares = [max_share if i in pinned else left * weights[i] / total for i in range(n)]
        over = {i for i in free if shares[i] > max_share}
        if not over:
            return shares
        pinned |= over


def _for_flower(replies: list[Message], keys: tuple[str, ...], shares: list[float]) -> None:
    """Leave Flower only the metrics it should average, with the capped share as each reply's weight.

    Flower refuses replies whose metric keys differ and would average everything it is
    given (ledger hashes included), so each reply keeps ``keys`` where every reply has them.
    """
    common = set.intersection(*(set(msg.content[METRICS]) for msg in replies)) & set(keys)
    for msg, share in zip(replies, shares, strict=True):
        metrics = {k: v for k, v in msg.content[METRICS].items() if k in common}
        msg.content[METRICS] = MetricRecord({**metrics, WEIGHT: share})


class WeightedSum:
    """The round's weighted sum of validated updates, streamed: each good update is one float32 row, added once checked.

    Every good row is added, while it is still in cache, to a float32 sum weighted by the
    site's reported weight (and to an unweighted one when equal shares could cover more
    sites than are held; ``equal``); every ``BLOCK`` rows those float32 sums join float64
    totals. The capped shares are known only once the round's good replies are: they are
    the reported weights times one factor (or all equal) except for sites pinned at the
    cap, which water-filling takes heaviest first and of which there are fewer than
    1 / cap. So the ``hold`` heaviest rows are kept aside, out of the sums, and get their
    exact share at the end; ``mean`` re-reads any other site whose share fits neither form
    (none, with ``capped_shares``, when 1 / cap <= ``hold``).
    """

    BLOCK = 16

    def __init__(self, layout: Layout, *, hold: int, equal: bool = True) -> None:
        self.layout = layout  # whose buffers it works in, kept from round to round
        size = layout.size
        self._row = layout.buffer("row", (size,), np.float32)
        self.partial = layout.buffer("partial", (2 if equal else 1, size), np.float32)
        self._partial = [torch.from_numpy(p) for p in self.partial]
        self.sums = layout.buffer("sums", (len(self.partial), size), np.float64)  # set by the first flush
        self.rows = 0  # rows in ``partial``, not yet in ``sums``
        self.flushed = False
        self.weights: list[float] = []
        self.held = layout.buffer("held", (hold, size), np.float32)
        self.held_sites: list[int] = []  # index into weights of each held row

    def row(self) -> np.ndarray:
        """Where the next update is decoded; it counts only once ``keep`` is called."""
        return self._row

    def keep(self, weight: float) -> None:
        site = len(self.weights)
        self.weights.append(weight)
        row = self._row
        if len(self.held_sites) < len(self.held):
            self.held[len(self.held_sites)] = row
            self.held_sites.append(site)
            return
        if self.held_sites:
            lightest = min(range(len(self.held_sites)), key=lambda j: self.weights[self.held_sites[j]])
            if weight > self.weights[self.held_sites[lightest]]:  # swap: the lighter one joins the sums
                self._add(self.held[lightest], self.weights[self.held_sites[lightest]])
                self.held[lightest] = row
                self.held_sites[lightest] = site
                return
        self._add(row, weight)

    def _add(self, row: np.ndarray, weight: float) -> None:
        update = torch.from_numpy(row)
        weighted, *unweighted = self._partial
        if self.rows == 0:
            torch.mul(update, weight, out=weighted)
            for total in unweighted:
                total.copy_(update)
        else:  # one pass each over the row and the sum (torch's add with alpha; NumPy would need a temporary)
            weighted.add_(update, alpha=weight)
            for total in unweighted:
                total.add_(update)
        self.rows += 1
        if self.rows == self.BLOCK:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            if self.flushed:
                self.sums += self.partial
            else:
                np.copyto(self.sums, self.partial)
            self.rows, self.flushed = 0, True

    def mean(self, shares: list[float], reread: Any) -> np.ndarray:  # noqa: ANN401 - Callable[[int, np.ndarray], None]
        """The flat float32 aggregate sum_i shares[i] x_i; ``reread(i, row)`` decodes good update i into ``row`` again.

        The summed rows' part is scaled in float64 and rounded once; the held rows (and any
        re-read one) are then added to it in float32, one rounding each.
        """
        if self.flushed:
            self._flush()
        sums = self.sums if self.flushed else self.partial  # a round of at most BLOCK summed rows stays in float32
        share, weight = np.asarray(shares, np.float64), np.asarray(self.weights, np.float64)
        summed = np.ones(len(share), bool)
        summed[self.held_sites] = False
        result = np.zeros(self.layout.size, np.float32)
        misfits: list[tuple[int, float]] = []
        if summed.any():
            ratio = share[summed] / weight[summed]
            scale, equal = float(ratio.max()), float(share[summed].max())
            candidates = [(0, scale, share - scale * weight)]
            if len(sums) > 1:
                candidates.append((1, equal, share - equal))
            which, factor, extra = min(
                candidates, key=lambda c: int(np.count_nonzero((np.abs(c[2]) > 1e-9 * share) & summed))
            )
            np.multiply(sums[which], np.float64(factor), out=result, casting="same_kind")  # in float64, rounded once
            misfits = [(int(i), float(extra[i])) for i in np.flatnonzero((np.abs(extra) > 1e-9 * share) & summed)]
        total = torch.from_numpy(result)
        for j, site in enumerate(self.held_sites):
            total.add_(torch.from_numpy(self.held[j]), alpha=float(share[site]))
        if misfits:
            row = self.layout.row()
            for i, factor in misfits:
                reread(i, row)
                total.add_(torch.from_numpy(row), alpha=factor)
        return result


def _packed(messages: list[Message], arrays: ArrayRecord) -> list[Message]:
    """``messages``, each now carrying the global adapter packed (common/adapters.py::pack), packed once for all."""
    if messages:
        packed = pack(arrays)
        for msg in messages:
            msg.content[ARRAYS] = packed
    return messages


def _plain_float32(arrays: ArrayRecord) -> bool:
    """Whether a validated payload already is what Flower's aggregation reads, so needs no re-encoding."""
    return all(a.dtype == "float32" and a.stype == SType.NUMPY for a in arrays.values())


def _metrics(msg: Message) -> MetricRecord | None:
    if msg.has_error():
        return None
    record = msg.content.get(METRICS)  # what metric_records would hold under that name, without building that view
    return record if isinstance(record, MetricRecord) else None


def _epsilon(metrics: MetricRecord) -> float | None:
    """The site's reported cumulative epsilon, when it sent one (infinite for a site with DP off)."""
    value = metrics.get(EPSILON)
    return float(value) if isinstance(value, (int, float)) and not math.isnan(value) else None


def _for_history(metrics: MetricRecord) -> dict[str, Any]:
    """A validated reply's metrics as history keeps them (receipts go to receipts.jsonl instead)."""
    return {k: v for k, v in metrics.items() if k in HISTORY_KEYS}


def update_norm_bound(run: RunConfig, template: PeftModel) -> float:
    """The run config's max-update-norm, or (when it is 0) the bound derived from the learning rate, steps and adapter size."""
    if run.max_update_norm > 0:
        return run.max_update_norm
    elements = sum(t.numel() for t in adapter_state(template).values())
    bound = derived_max_update_norm(run.learning_rate, run.local_steps, elements)
    log.info(
        "max-update-norm %.4g: derived from learning-rate %g x local-steps %d x sqrt(%d exchanged elements) x Adam's step bound",
        bound, run.learning_rate, run.local_steps, elements,
    )
    return bound


class FedTune:
    """Validation, weight cap, history, receipts, checkpoints and resume for any strategy from ``flwr.serverapp.strategy``.

    Flower calls the hooks with rounds 1..n of this start; ``round_offset`` (the rounds a
    resumed run had completed) turns them into the run's rounds before anything else.
    """

    def __init__(
        self,
        *,
        run: RunConfig,
        template: PeftModel,
        fingerprint: str,
        max_update_norm: float,
        resume: ResumePoint | None = None,
        max_site_share: float,
        **flower_kwargs: Any,
    ) -> None:
        super().__init__(**flower_kwargs)
        if not (0.0 < max_site_share <= 1.0 and max_update_norm > 0):
            raise ValueError(
                f"max-site-share must be in (0, 1] and max-update-norm > 0, got {max_site_share} and {max_update_norm}"
            )
        self.run = run
        self.run_dir = private_dir(Path(run.run_dir))
        self.template = template
        self.fingerprint = fingerprint
        self.max_update_norm = max_update_norm
        self.max_site_share = max_site_share
        self.round_offset = resume.round if resume else 0
        history_path = self.run_dir / "history.json"
        self.history = History.resume(history_path, self.round_offset) if resume else History(history_path)
        if resume:
            load_adapter_state(template, resume.state)
            self._restore_server_state(resume.server_state)
        self.user_dp = UserLevelDP(run, resume.user_dp if resume else None) if run.user_dp else None
        self.public_eval = PublicEvaluation(run, template) if run.public_eval_every > 0 else None
        if self.public_eval is not None and not self.history.base:
            self.history.record_base(self.public_eval.base_figures())
        self._current: _Round | None = None
        self._global: dict[str, torch.Tensor] | None = None
        self._layout: Layout | None = None  # the last round's, with its working buffers

    # --- Flower's hooks -------------------------------------------------------------

    def configure_train(self, server_round: int, arrays: ArrayRecord, config: ConfigRecord, grid: Grid) -> Iterable[Message]:
        server_round += self.round_offset
        log.info("round %d of %d", server_round, self.run.num_server_rounds)
        messages = list(super().configure_train(server_round, arrays, config, grid))
        if self.user_dp is not None:  # raises PrivacyBudgetExhausted before anything is sent
            messages = self.user_dp.begin(server_round, arrays, messages)
        self._round(server_round).sent = _packed(messages, arrays)
        return messages

    def aggregate_train(
        self, server_round: int, replies: Iterable[Message]
    ) -> tuple[ArrayRecord | None, MetricRecord | None]:
        server_round += self.round_offset
        current = self._round(server_round)
        train_wall = time.monotonic() - current.started  # sampling, sending, the sites' work, receiving
        # The global adapter the template holds: kept from the last commit, since reading it back
        # through PEFT walks the whole model's state (about 0.15 s a round).
        reference = self._global if self._global is not None else adapter_state(self.template)
        layout = self._layout = Layout(reference) if self._layout is None else self._layout.refresh(reference)
        # FedAvg's weighted mean is summed here as the updates are checked, from the same
        # decoded rows; other strategies (and user-level DP) get validated float32 replies.
        # Fewer than 1 / max-site-share sites can be pinned at the cap: up to 16 are held aside;
        # with a smaller cap any further pinned site is corrected by re-reading it (WeightedSum.mean).
        # Equal shares (at most 1 / max-site-share good sites) need an unweighted sum only when
        # that many sites may not all be held.
        hold = min(math.ceil(1 / self.max_site_share), 16)
        equal = math.ceil(1 / self.max_site_share) > hold
        summed = WeightedSum(layout, hold=hold, equal=equal) if self.user_dp is None and self._mean is not None else None
        scratch = layout.buffer("row", (layout.size,), np.float32) if summed is None else None
        good, received, answered = [], 0, set()
        origins = self._origins()
        for msg in replies:
            node = self._origin(msg, origins)
            answered.add(node)
            self._take_receipt(server_round, node, msg, "train")
            if msg.has_error():
                self._drop(server_round, node, f"error-{msg.error.code}", "the site's ClientApp failed; see its own log")
                continue
            row = summed.row() if summed is not None else scratch
            try:
                norm, rejected = check_update(msg.content, layout, row, max_norm=self.max_update_norm), None
            except UpdateRejected as rejection:
                norm, rejected = 0.0, rejection
            except Exception as exc:  # noqa: BLE001 - one crafted reply must not cost the round the others' updates
                norm, rejected = 0.0, UpdateRejected("malformed", f"the reply does not decode ({type(exc).__name__})")
            if isinstance(payload := msg.content.get(ARRAYS), ArrayRecord):  # counted after the checks: its objects are in cache
                received += payload.count_bytes()
            if rejected is not None:
                self._drop(server_round, node, rejected.code, rejected.detail)
                continue
            self.history.record_site(server_round, node, {**_for_history(msg.content[METRICS]), UPDATE_NORM: norm})
            if summed is not None:
                summed.keep(float(msg.content[METRICS][WEIGHT]))
            elif not _plain_float32(msg.content[ARRAYS]):  # Flower aggregates NumPy arrays
                msg.content[ARRAYS] = layout.arrays(row)
            good.append((node, msg))
        for node in (m.metadata.dst_node_id for m in current.sent):
            if node not in answered:
                self._drop(server_round, node, "no-reply", f"no reply within round-timeout {self.run.round_timeout:g}s")
        self.history.record_aggregate(server_round, {
            "bytes-sent": received, "train-wall-seconds": train_wall, "max-update-norm": self.max_update_norm,
            **self._worst_epsilon(current),
        })
        if len(good) < self.min_train_nodes:
            log.warning(
                "round %d: %d valid updates, fewer than min-sites %d: keeping the previous global adapter",
                server_round, len(good), self.min_train_nodes,
            )
            current.state = reference
            return None, None
        messages = [msg for _, msg in good]
        shares = self._shares(server_round, good)
        _for_flower(messages, (), shares)
        state = None
        if summed is not None:
            def reread(i: int, row: np.ndarray) -> None:
                check_update(messages[i].content, layout, row, max_norm=self.max_update_norm)

            mean = summed.mean(shares, reread)
            arrays, metrics = self._flower_mean(server_round, messages, layout.arrays(mean))
            if self._mean == "direct":
                state = layout.tensors(mean)
        elif self.user_dp is None:
            arrays, metrics = super().aggregate_train(server_round, messages)
        else:  # equal weights of its own, clipped and noised; counted on disk before it returns
            arrays, metrics = self.user_dp.aggregate(server_round, messages)
            self.history.record_aggregate(server_round, {"user-dp-epsilon": self.user_dp.spent().epsilon})
        if arrays is None:
            current.state = reference
            return None, None
        current.state = state if state is not None else from_arrays(arrays)
        current.sites, current.aggregated = [node for node, _ in good], True
        return arrays, metrics

    # How FedAvg's weighted mean reaches the Flower class: "direct" (its aggregate_train is
    # FedAvg's, so the mean is the result), "through" (it builds on FedAvg's mean, which it
    # is handed as one reply of weight 1), or None (Flower aggregates the replies itself).
    _mean: str | None = None

    def _flower_mean(
        self, server_round: int, messages: list[Message], mean: ArrayRecord
    ) -> tuple[ArrayRecord | None, MetricRecord | None]:
        """The Flower strategy's result given FedAvg's weighted mean of ``messages``' arrays."""
        if self._mean == "direct":
            valid, _ = self._check_and_log_replies(messages, is_train=True)  # Flower's own consistency check and log
            return mean, self.train_metrics_aggr_fn([m.content for m in valid], self.weighted_by_key)
        first = messages[0]
        one = Message(
            content=RecordDict({ARRAYS: mean, METRICS: MetricRecord({WEIGHT: 1.0})}), metadata=copy.copy(first.metadata)
        )
        return super().aggregate_train(server_round, [one])

    def configure_evaluate(self, server_round: int, arrays: ArrayRecord, config: ConfigRecord, grid: Grid) -> Iterable[Message]:
        server_round += self.round_offset
        messages = list(super().configure_evaluate(server_round, arrays, config, grid))
        self._round(server_round).sent = _packed(messages, arrays)
        return messages

    def aggregate_evaluate(self, server_round: int, replies: Iterable[Message]) -> MetricRecord | None:
        server_round += self.round_offset
        current = self._round(server_round)
        good = []
        origins = self._origins()
        for msg in replies:
            node = self._origin(msg, origins)
            self._take_receipt(server_round, node, msg, "evaluate")
            try:
                if msg.has_error():
                    raise UpdateRejected(f"error-{msg.error.code}", "the site's ClientApp failed; see its own log")
                validate_evaluation(msg.content)
            except UpdateRejected as rejected:
                self._drop(server_round, node, f"eval-{rejected.code}", rejected.detail)
                continue
            # The evaluate count (validation records) would overwrite train's num-examples.
            released = {k: v for k, v in msg.content[METRICS].items() if k in (VAL_LOSS, VAL_PERPLEXITY, EPSILON)}
            self.history.record_site(server_round, node, released)
            good.append((node, msg))
        metrics = None
        if good:
            messages = [msg for _, msg in good]
            _for_flower(messages, (VAL_LOSS, VAL_PERPLEXITY), self._shares(server_round, good, record=False))
            metrics = super().aggregate_evaluate(server_round, messages)
        aggregate = self._worst_epsilon(current)
        if metrics is not None:
            aggregate.update({k: metrics[k] for k in (VAL_LOSS, VAL_PERPLEXITY) if k in metrics})
        self.history.record_aggregate(server_round, aggregate)
        self._commit(server_round)
        return metrics

    # --- fedtune's own ----------------------------------------------------------------

    def _round(self, server_round: int) -> _Round:
        if self._current is None or self._current.number != server_round:
            self._current = _Round(server_round, time.monotonic())
        return self._current

    def _origins(self) -> dict[str, int]:
        """The site each message sent this round went to, by message id: read once per batch of replies, not per reply."""
        sent = self._current.sent if self._current else []
        return {m.metadata.message_id: m.metadata.dst_node_id for m in sent if m.metadata.message_id}

    @staticmethod
    def _origin(msg: Message, origins: dict[str, int]) -> int:
        """The site a reply answers; an error the SuperLink wrote itself names the message it replaces, not the site."""
        return origins.get(msg.metadata.reply_to_message_id, msg.metadata.src_node_id)

    def _take_receipt(self, server_round: int, node: int, msg: Message, kind: Kind) -> None:
        """Keep the reply's ledger receipt (refusals included) and its reported epsilon, before any check can drop it."""
        metrics = _metrics(msg)
        if metrics is None:
            return
        if (eps := _epsilon(metrics)) is not None:
            self._round(server_round).epsilon[str(node)] = eps
        if (receipt := receipt_of(dict(metrics))) is not None:
            seq, digest = receipt
            append_receipt(self.run_dir / RECEIPTS, Receipt(str(node), server_round, kind, seq, digest))

    def _shares(self, server_round: int, good: list[tuple[int, Message]], *, record: bool = True) -> list[float]:
        """Each good reply's capped share of the round's weight (its reported num-examples, at most max-site-share).

        Under user-level DP every site counts equally (server/user_dp.py), and history says so.
        """
        cap = 1.0 / len(good) if self.user_dp is not None else self.max_site_share
        shares = capped_shares([float(msg.content[METRICS][WEIGHT]) for _, msg in good], cap)
        if record:
            for (node, _), share in zip(good, shares, strict=True):
                self.history.record_site(server_round, node, {WEIGHT_SHARE: share})
        return shares

    def _worst_epsilon(self, current: _Round) -> dict[str, float]:
        """The largest cumulative epsilon any site reported this round: the figure the federation can promise."""
        return {EPSILON: max(current.epsilon.values())} if current.epsilon else {}

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
        if self.public_eval is not None and self.public_eval.due(server_round):
            load_adapter_state(self.template, current.state)
            self.history.record_aggregate(server_round, self.public_eval.measure(self.template))
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
        self._global = current.state  # save_global loaded it into the template
        self._current = None


class FedTuneAvg(FedTune, FedAvg):
    """FedAvg weighted by ``num-examples``, each site's share capped at max-site-share."""

    _mean = "direct"


class FedTuneProx(FedTune, FedProx):
    """FedAvg aggregation; sites add the proximal term with the ``proximal-mu`` sent in the train config."""

    _mean = "direct"


class FedTuneAdam(FedTune, FedAdam):
    """Adam on the coordinator over the averaged update (Reddi et al., 2021)."""

    _mean = "through"


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


def build_strategy(
    run: RunConfig,
    template: PeftModel,
    fingerprint: str,
    resume: ResumePoint | None = None,
) -> FedTune:
    """The run config's strategy, sampling at least ``min-sites`` sites per round."""
    return STRATEGY_CLASSES[run.strategy](
        run=run,
        template=template,
        fingerprint=fingerprint,
        max_update_norm=update_norm_bound(run, template),
        max_site_share=run.max_site_share,
        resume=resume,
        fraction_train=run.fraction_train,
        fraction_evaluate=1.0,
        min_train_nodes=run.min_sites,
        min_evaluate_nodes=run.min_sites,
        min_available_nodes=run.min_sites,
        **_strategy_kwargs(run),
    )
