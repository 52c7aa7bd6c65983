"""The site's accounted releases: a DP training round and a noised evaluation, each checked, run and recorded under one lock.

The coordinator's proposal has passed the site's check (client/proposal.py) before this
stage runs. Here the site holds its budget lock, checks its lifetime limits and remaining
budget, releases, and writes the signed ledger entry before the reply can carry anything.
A refusal raises ``Refused`` and changes neither weights nor ledger.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from fedtune.common.ledger import LedgerEntry
from fedtune.common.policy import SitePolicy
from fedtune.common.privacy import DPSGD, Plan, SiteBudget, metric_mechanism, public_count, release_mean_loss
from fedtune.common.protocol import Refusal
from fedtune.common.runconfig import Mode
from fedtune.common.tokenize import Example
from fedtune.common.train import LocalTrainer, TrainResult

from .guard import Refused

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Released:
    """What a reply may carry about a release: the public count and the ledger entry that accounts for it."""

    public_records: int
    entry: LedgerEntry
    value: float = math.nan  # the released metric (evaluate)
    result: TrainResult | None = None  # the site's own view of training; never sent


def check_lifetime(policy: SitePolicy, budget: SiteBudget, kind: str) -> None:
    """Refuse once the site's lifetime [limits] are reached; they count from the ledger, across runs."""
    limits = policy.limits
    if kind == "train" and limits.max_total_rounds is not None and budget.rounds_trained() >= limits.max_total_rounds:
        raise Refused(Refusal.LIMITS, f"{budget.rounds_trained()} rounds trained, [limits] max_total_rounds = {limits.max_total_rounds}")
    if kind == "evaluate" and limits.max_evaluations is not None and budget.evaluations() >= limits.max_evaluations:
        raise Refused(Refusal.EVALUATIONS, f"{budget.evaluations()} evaluations answered, [limits] max_evaluations = {limits.max_evaluations}")


def check_exhausted(budget: SiteBudget, steps: int) -> None:
    """Before any data is read: refuse a site whose calibrated next round (or a metric release) no longer fits."""
    calibration = budget.load_calibration() if budget.enabled else None
    if calibration is not None and not budget.admits((calibration.noise_multiplier, calibration.sample_rate, steps)):
        raise Refused(Refusal.BUDGET, f"spent {budget.spent():.3f} of {budget.target_epsilon:g}; the next round would pass it")


def planned_releases(policy: SitePolicy, num_server_rounds: int) -> int:
    """Metric releases a run plans for: one evaluation per round, within the site's lifetime limit."""
    limit = policy.limits.max_evaluations
    return num_server_rounds if limit is None else min(num_server_rounds, limit)


def train_round(
    policy: SitePolicy,
    budget: SiteBudget,
    trainer: LocalTrainer,
    examples: list[Example],
    *,
    run_id: str,
    server_round: int,
    releases: int,
    max_grad_norm: float,
    mode: Mode,
    scrubbed: bool,
) -> Released:
    """Train one round under the site's DP policy and record it; ``Refused`` past the cap. Call under ``budget.lock()``."""
    s = trainer.settings
    plan = Plan(
        public_records=public_count(len(examples), policy.privacy.record_granularity),
        expected_batch=s.batch_size * s.grad_accum,
        horizon=s.horizon,
        releases=releases,
    )
    if not budget.enabled:
        log.warning("site %s trains WITHOUT differential privacy: its policy sets [privacy] enabled = false", policy.site_id)
        result = trainer.fit(examples)
        mechanism = (0.0, plan.sample_rate, s.steps)
    else:
        calibration = budget.calibration(plan, records=len(examples))
        mechanism = (calibration.noise_multiplier, plan.sample_rate, s.steps)
        if not budget.admits(mechanism):
            raise Refused(
                Refusal.BUDGET,
                f"round {server_round} would pass target_epsilon {budget.target_epsilon:g} (spent {budget.spent():.3f})",
            )
        dp = DPSGD(
            noise_multiplier=calibration.noise_multiplier, max_grad_norm=max_grad_norm, sample_rate=plan.sample_rate,
            expected_batch_size=plan.expected_batch_size, mode=mode, secure_mode=policy.privacy.secure_mode,
        )
        result = trainer.fit(examples, privacy=dp)
        if dp.history != [mechanism]:  # Opacus counted what ran; it must be what was planned and checked
            raise RuntimeError(f"DP-SGD ran {dp.history}, planned {mechanism}")
    entry = budget.record(
        kind="train", run_id=run_id, server_round=server_round, records=len(examples), scrubbed=scrubbed,
        mechanism=mechanism, clip=max_grad_norm,
    )
    log.info("site %s round %d: epsilon %.3f of %g spent", policy.site_id, server_round, entry.epsilon, budget.target_epsilon)
    return Released(plan.public_records, entry, result=result)


def evaluate_release(
    policy: SitePolicy,
    budget: SiteBudget,
    trainer: LocalTrainer,
    examples: list[Example],
    *,
    run_id: str,
    server_round: int,
    scrubbed: bool,
) -> Released:
    """The coordinator's adapter's validation loss as one Gaussian release, recorded. Call under ``budget.lock()``."""
    mechanism = metric_mechanism(policy)
    losses = trainer.record_losses(examples)
    value = release_mean_loss(
        losses, loss_bound=policy.privacy.loss_bound, noise_multiplier=policy.privacy.metric_noise_multiplier
    )
    entry = budget.record(
        kind="metric", run_id=run_id, server_round=server_round, records=len(examples), scrubbed=scrubbed,
        mechanism=mechanism, clip=math.sqrt(2.0) * policy.privacy.loss_bound,
    )
    log.info("site %s: evaluation released (round %d), epsilon %.3f", policy.site_id, server_round, entry.epsilon)
    return Released(public_count(len(examples), policy.privacy.record_granularity), entry, value)
