"""The site's Flower ClientApp: train the global adapter under DP, release a noised evaluation, reply with the contract's numbers.

Every message passes the same steps, in this order, before any record is read:
the boundary mod (client/guard.py) wraps the handler; the request is parsed (malformed:
``Refusal.REQUEST``); the coordinator's proposal is checked against the site's policy
(client/proposal.py); the base model's fingerprint must be the one the policy pins; then,
under the site's budget lock, lifetime limits and the remaining budget are checked. Only
then is data read, the release made and recorded in the signed ledger, and the reply built
from public numbers, rounded counts and the recorded release (client/privacy_stage.py).
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from flwr.app import ArrayRecord, Context, Message, MetricRecord, RecordDict
from flwr.clientapp import ClientApp

from fedtune.common.adapters import adapter_state, from_arrays, to_arrays
from fedtune.common.fingerprint import FingerprintError, fingerprint
from fedtune.common.ledger import LedgerEntry
from fedtune.common.model import resolve_base
from fedtune.common.policy import PolicyError, SitePolicy, load_policy
from fedtune.client.accounting import SiteBudget, metric_mechanism
from fedtune.common.protocol import (
    ARRAYS, BASE_FINGERPRINT, CONFIG, DELTA, EPSILON, REFUSED, SERVER_ROUND, VAL_LOSS, VAL_PERPLEXITY, WEIGHT,
    Refusal, ledger_receipt,
)
from fedtune.common.runconfig import RunConfig
from fedtune.client.train import LocalTrainer, round_settings

from .guard import Refused, boundary
from .local import setup_round
from .privacy_stage import check_exhausted, check_lifetime, evaluate_release, train_round
from .proposal import check_proposal, requested_epsilon
from .replay import ReplyCache, request_key
from .site import SiteData

log = logging.getLogger(__name__)


class SiteApp(ClientApp):
    """A ClientApp whose every message, registered or not, passes the boundary.

    Flower applies mods only to registered handlers; a message type with no handler would
    raise inside Flower, and Flower would send the error's text. Here it is a malformed request.
    """

    def __call__(self, message: Message, context: Context) -> Message:
        return boundary(message, context, self._dispatch)

    def _dispatch(self, message: Message, context: Context) -> Message:
        category, _, action = message.metadata.message_type.partition(".")
        if f"{category}.{action or 'default'}" not in self._registered_funcs:
            raise Refused(Refusal.REQUEST, f"no handler for message type {message.metadata.message_type!r}")
        return super().__call__(message, context)


app = SiteApp()
LOCAL_METRICS = "local-metrics.jsonl"  # the operator's own view of each round, in the state directory


@dataclass(frozen=True)
class Request:
    """A coordinator's message, parsed and checked against the site's policy; nothing read from the site's data yet."""

    run: RunConfig
    policy: SitePolicy
    run_id: str
    server_round: int
    arrays: ArrayRecord
    budget: SiteBudget
    key: str  # what the reply depends on that the coordinator chose (client/replay.py)

    @property
    def replies(self) -> ReplyCache:
        return ReplyCache(self.policy.state_dir)


def site_policy(context: Context, run: RunConfig) -> SitePolicy:
    """A deployed site names its policy in its node config; a simulated one is picked by partition."""
    if "policy" in context.node_config:
        return load_policy(str(context.node_config["policy"]))
    if not run.sim_policies:
        raise PolicyError("node config has no 'policy' and the run config has no 'sim-policies'")
    policies = sorted(Path(run.sim_policies).glob("*.toml"))
    partition = int(context.node_config["partition-id"])
    if partition >= len(policies):
        raise PolicyError(f"{run.sim_policies}: no policy for simulated site {partition}")
    return load_policy(policies[partition])


def _request(msg: Message, context: Context) -> Request:
    try:
        run = RunConfig.from_flwr(dict(context.run_config))
        config = msg.content[CONFIG]
        server_round = int(config[SERVER_ROUND])
        arrays = msg.content[ARRAYS]
        if server_round < 1 or not isinstance(arrays, ArrayRecord):
            raise ValueError("server-round must be >= 1 and 'arrays' an ArrayRecord")
        if not all(bool(torch.isfinite(t).all()) for t in from_arrays(arrays).values()):
            raise ValueError("the adapter holds NaN or infinite values")
    except (KeyError, TypeError, ValueError, RuntimeError) as exc:
        raise Refused(Refusal.REQUEST, f"malformed request: {exc}") from None
    policy = site_policy(context, run)
    if (code := check_proposal(policy, run)) is not None:
        raise Refused(code)
    _check_base(policy, config.get(BASE_FINGERPRINT))
    budget = SiteBudget(policy, requested_epsilon(policy, run) if policy.privacy.enabled else None)
    kind = msg.metadata.message_type.split(".")[0]
    key = request_key(kind, server_round, dict(context.run_config), arrays)
    return Request(run, policy, str(msg.metadata.run_id), server_round, arrays, budget, key)


def _check_base(policy: SitePolicy, requested: object) -> None:
    """The site trains its policy's base model, never one the coordinator names; the fingerprints must agree."""
    if not isinstance(requested, str):
        raise Refused(Refusal.BASE_MODEL, "the request carries no base-model fingerprint")
    try:
        pinned = policy.base_fingerprint or fingerprint(resolve_base(policy.base_model))
    except FingerprintError as exc:
        raise RuntimeError(f"the policy's base model cannot be fingerprinted: {exc}") from None
    if requested != pinned:
        raise Refused(Refusal.BASE_MODEL, f"coordinator's base {requested[:40]!r}, the policy pins {pinned[:40]!r}")


def _setup(request: Request, server_round: int) -> tuple[SiteData, LocalTrainer]:
    """Data, then the model with the coordinator's adapter: the round's lifecycle after every check has passed."""
    run = request.run
    return setup_round(
        request.policy, request.policy.base_model, round_settings(run, server_round), run.lora, run.max_length,
        seed=run.seed, truncate=True, adapter=from_arrays(request.arrays),
    )


def _accounted(entry: LedgerEntry) -> dict[str, float | int]:
    """The privacy figures and the coordinator's receipt for the ledger entry just written."""
    return {REFUSED: 0, EPSILON: entry.epsilon, DELTA: entry.delta, **ledger_receipt(entry.seq, entry.digest)}


@app.train()
def train(msg: Message, context: Context) -> Message:
    request = _request(msg, context)
    run, policy, budget = request.run, request.policy, request.budget
    with budget.lock():
        if (cached := request.replies.get(request.key)) is not None:
            return _reply(msg, *cached)
        check_lifetime(policy, budget, "train", run_id=request.run_id, num_server_rounds=run.num_server_rounds)
        rounds_left = max(1, run.num_server_rounds - request.server_round + 1)
        check_exhausted(policy, budget, run.local_steps, run_id=request.run_id, rounds_left=rounds_left)
        data, trainer = _setup(request, request.server_round)
        released = train_round(
            policy, budget, trainer, data.train, run_id=request.run_id, server_round=request.server_round,
            rounds_left=rounds_left, max_grad_norm=run.max_grad_norm,
            mode=run.dp_mode, scrubbed=data.scrubbed,
        )
        result = released.result
        _local_metrics(policy, request, "train", {
            "train-loss-first": result.first_loss, "train-loss": result.train_loss, "train-seconds": result.seconds,
        })
        arrays = to_arrays(adapter_state(trainer.model), run.payload_dtype)
        metrics = {
            WEIGHT: released.public_records,
            "steps": run.local_steps,
            "bytes-sent": arrays.count_bytes(),
            "scrubbed": int(data.scrubbed),
            **_accounted(released.entry),
        }
        request.replies.put(request.key, metrics, arrays)
    return _reply(msg, metrics, arrays)


@app.evaluate()
def evaluate(msg: Message, context: Context) -> Message:
    request = _request(msg, context)
    policy, budget = request.policy, request.budget
    with budget.lock():
        if (cached := request.replies.get(request.key)) is not None:
            return _reply(msg, *cached)
        check_lifetime(policy, budget, "evaluate", run_id=request.run_id, num_server_rounds=request.run.num_server_rounds)
        if not budget.admits(metric_mechanism(policy)):
            raise Refused(Refusal.BUDGET, f"spent {budget.spent():.3f} of {budget.target_epsilon:g}")
        data, trainer = _setup(request, max(1, min(request.server_round, request.run.num_server_rounds)))
        released = evaluate_release(
            policy, budget, trainer, data.val, run_id=request.run_id, server_round=request.server_round,
            scrubbed=data.scrubbed,
        )
        metrics = {
            WEIGHT: released.public_records,
            VAL_LOSS: released.value,
            VAL_PERPLEXITY: math.exp(min(max(released.value, 0.0), 50.0)),
            **_accounted(released.entry),
        }
        request.replies.put(request.key, metrics, None)
        _local_metrics(policy, request, "evaluate", {"val-loss": released.exact})
    return _reply(msg, metrics, None)


def _local_metrics(policy: SitePolicy, request: Request, kind: str, values: dict[str, float | None]) -> None:
    """What the site's operator wants to watch, exact and unnoised: it stays in the state directory, never in a reply.

    A train message adds its training loss and time; an evaluate message the global
    adapter's exact validation loss on this site's records (``val-loss``), the mean of the
    losses whose noised mean was released. It costs no pass of its own: a separate
    evaluation after training cost a tenth of a round.
    """
    line = {
        "time": time.time(), "run": request.run_id, "round": request.server_round, "kind": kind,
        **{k: v if v is not None and math.isfinite(v) else None for k, v in values.items()},
    }
    with (policy.state_dir / LOCAL_METRICS).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(line, allow_nan=False, default=str) + "\n")
    log.info("round %d, %s: %s (kept at the site)", request.server_round, kind, values)


def _reply(msg: Message, metrics: dict[str, float | int], arrays: ArrayRecord | None) -> Message:
    content = {"metrics": MetricRecord(metrics)} | ({ARRAYS: arrays} if arrays is not None else {})
    return Message(RecordDict(content), reply_to=msg)


@app.query()
def query(msg: Message, context: Context) -> Message:
    """fedtune answers no queries: a coordinator's query is a malformed request."""
    raise Refused(Refusal.REQUEST, f"query message '{msg.metadata.message_type}'")
