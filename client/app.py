"""The site's Flower ClientApp: train the global adapter on local data, evaluate it, reply with numbers.

Configuration comes from the context: the run config (the coordinator's proposal) and
the node config (which site this is). The site checks the proposal against its policy
(client/proposal.py), then trains with DP-SGD under that policy, which may refuse a round
(client/privacy_stage.py). Replies pass the outbound guard.
"""

from __future__ import annotations

import logging
from pathlib import Path

from flwr.app import ArrayRecord, Context, Message, MetricRecord, RecordDict
from flwr.clientapp import ClientApp

from fedtune.common.adapters import adapter_state, from_arrays, load_adapter_state, to_arrays
from fedtune.common.fingerprint import FingerprintMismatch, check_fingerprint
from fedtune.common.model import load_for_training, load_tokenizer, pick_device, resolve_base
from fedtune.common.policy import SitePolicy, load_policy
from fedtune.common.privacy import Refusal, reported_count
from fedtune.common.runconfig import RunConfig
from fedtune.common.train import LocalTrainer

from .guard import check_outbound
from .privacy_stage import train_round
from .proposal import check_proposal, requested_epsilon
from .site import SiteData, prepare_site_data

log = logging.getLogger(__name__)
app = ClientApp()


def site_policy(context: Context, run: RunConfig) -> SitePolicy:
    """A deployed site names its policy in its node config; a simulated one is picked by partition."""
    if "policy" in context.node_config:
        return load_policy(str(context.node_config["policy"]))
    if not run.sim_policies:
        raise ValueError("node config has no 'policy' and the run config has no 'sim-policies'")
    policies = sorted(Path(run.sim_policies).glob("*.toml"))
    partition = int(context.node_config["partition-id"])
    if partition >= len(policies):
        raise ValueError(f"{run.sim_policies}: no policy for simulated site {partition}")
    return load_policy(policies[partition])


def _proposal(context: Context) -> tuple[RunConfig, SitePolicy]:
    run = RunConfig.from_flwr(dict(context.run_config))
    return run, site_policy(context, run)


def _setup(msg: Message, run: RunConfig, policy: SitePolicy) -> tuple[SiteData, LocalTrainer, int]:
    """Everything a round needs; ``FingerprintMismatch`` first, before any data is read."""
    config = msg.content["config"]
    server_round = int(config["server-round"])
    base = resolve_base(run.base_model)
    if "base-fingerprint" in config:
        check_fingerprint(str(config["base-fingerprint"]), base)
    tokenizer = load_tokenizer(base)
    data = prepare_site_data(policy, tokenizer, run.max_length, seed=run.seed)
    settings = run.train_settings(server_round)
    model = load_for_training(base, run.lora, pick_device(settings.device), seed=run.seed)
    load_adapter_state(model, from_arrays(msg.content["arrays"]))
    return data, LocalTrainer(model, tokenizer.pad_token_id, settings), server_round


def _refuse(msg: Message, metrics: dict[str, float | int], train: bool) -> Message:
    """A refusal is an ordinary reply with no tensors: the coordinator counts the site out of the round."""
    log.warning("refusing %s: %s", msg.metadata.message_type, Refusal(metrics["refused"]).name)
    metrics = MetricRecord({"num-examples": 0, **metrics})
    content = {"arrays": ArrayRecord(), "metrics": metrics} if train else {"metrics": metrics}
    return Message(check_outbound(RecordDict(content)), reply_to=msg)


@app.train()
def train(msg: Message, context: Context) -> Message:
    run, policy = _proposal(context)
    if (refusal := check_proposal(policy, run)) is not None:
        return _refuse(msg, {"refused": int(refusal)}, train=True)
    try:
        data, trainer, server_round = _setup(msg, run, policy)
    except FingerprintMismatch as exc:
        log.warning("%s", exc)
        return _refuse(msg, {"refused": int(Refusal.BASE_MODEL)}, train=True)
    outcome = train_round(
        policy, trainer, data.train, server_round=server_round, max_grad_norm=run.max_grad_norm, mode=run.dp_mode,
        scrubbed=data.scrubbed, target_epsilon=requested_epsilon(policy, run),
    )
    if outcome.result is None:  # refused by the site's privacy policy: no training, no weights
        return _refuse(msg, outcome.metrics(), train=True)
    result = outcome.result
    val = trainer.evaluate(data.val)
    arrays = to_arrays(adapter_state(trainer.model), run.payload_dtype)
    metrics = MetricRecord(
        {
            "num-examples": reported_count(len(data.train), policy.privacy.record_granularity),
            "train-loss-first": result.first_loss,
            "train-loss": result.train_loss,
            "local-val-loss": val.loss,
            "steps": result.steps,
            "train-seconds": result.seconds,
            "bytes-sent": arrays.count_bytes(),
            "scrubbed": int(data.scrubbed),
            **outcome.metrics(),
        }
    )
    log.info("round %d: train loss %.4f, val loss %.4f", server_round, result.train_loss, val.loss)
    return Message(check_outbound(RecordDict({"arrays": arrays, "metrics": metrics})), reply_to=msg)


@app.evaluate()
def evaluate(msg: Message, context: Context) -> Message:
    try:
        run, policy = _proposal(context)
        data, trainer, _ = _setup(msg, run, policy)
    except FingerprintMismatch as exc:
        log.warning("%s", exc)
        return _refuse(msg, {"refused": int(Refusal.BASE_MODEL)}, train=False)
    val = trainer.evaluate(data.val)
    metrics = MetricRecord(
        {"num-examples": reported_count(len(data.val), policy.privacy.record_granularity), "val-loss": val.loss, "val-perplexity": val.perplexity, "val-tokens": val.tokens}
    )
    return Message(check_outbound(RecordDict({"metrics": metrics})), reply_to=msg)
