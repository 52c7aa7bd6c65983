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
from fedtune.client.accounting import BudgetExhausted, Plan, SiteBudget, metric_mechanism, public_count
from fedtune.client.privacy import DPSGD, release_mean_loss
from fedtune.common.protocol import Refusal
from fedtune.common.runconfig import Mode
from fedtune.common.tokenize import Example
from fedtune.client.train import LocalTrainer, TrainResult

from .guard import Refused

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Released:
    """What a reply may carry about a release: the public count and the ledger entry that accounts for it."""

    public_records: int
    entry: LedgerEntry
    value: float = math.nan  # the released metric (evaluate)
    result: TrainResult | None = None  # the site's own view of training; never sent
    exact: float = math.nan  # the metric before noise: the site's own view (local-metrics.jsonl); never sent


def check_lifetime(policy: SitePolicy, budget: SiteBudget, kind: str, *, run_id: str, num_server_rounds: int) -> None:
    """Refuse once the site's lifetime [limits] are reached (they count from the ledger, across runs), or
    once a run has had the evaluations it planned for: more would be paid from its planned rounds."""
    limits = policy.limits
    if kind == "evaluate":
        answered = sum(1 for e in budget.releases() if e.kind == "metric" and e.run_id == run_id)
        if answered >= num_server_rounds:
            raise Refused(Refusal.EVALUATIONS, f"run {run_id} has had its {num_server_rounds} planned evaluations")
    if kind == "train" and limits.max_total_rounds is not None and budget.rounds_trained() >= limits.max_total_rounds:
        raise Refused(Refusal.LIMITS, f"{budget.rounds_trained()} rounds trained, [limits] max_total_rounds = {limits.max_total_rounds}")
    if kind == "evaluate" and limits.max_evaluations is not None and budget.evaluations() >= limits.max_evaluations:
        raise Refused(Refusal.EVALUATIONS, f"{budget.evaluations()} evaluations answered, [limits] max_evaluations = {limits.max_evaluations}")


def check_exhausted(policy: SitePolicy, budget: SiteBudget, steps: int, *, run_id: str, rounds_left: int) -> None:
    """Before any data is read: refuse a site whose ledger leaves no room for this run's round.

    Without data the site knows the run's planned evaluations (a public plan) and, once the run
    is calibrated, its mechanism; the same checks follow with the data, so nothing is refused
    later that could have been refused here.
    """
    if not budget.enabled:
        return
    calibration = budget.load_calibration()
    if calibration is not None and calibration.run_id == run_id:
        if not budget.admits((calibration.noise_multiplier, calibration.sample_rate, steps)):
            raise Refused(Refusal.BUDGET, f"spent {budget.spent():.3f} of {budget.target_epsilon:g}; the next round would pass it")
        return
    releases = planned_releases(policy, budget, rounds_left)
    if releases and not budget.admits((policy.privacy.metric_noise_multiplier, 1.0, releases)) or budget.spent() >= budget.target_epsilon:
        raise Refused(Refusal.BUDGET, f"spent {budget.spent():.3f} of {budget.target_epsilon:g}, with {releases} evaluations planned")


def planned_releases(policy: SitePolicy, budget: SiteBudget, rounds_left: int) -> int:
    """Metric releases still to come in a run: one evaluation per remaining round, within the lifetime limit."""
    limit = policy.limits.max_evaluations
    return rounds_left if limit is None else max(0, min(rounds_left, limit - budget.evaluations()))


def train_round(
    policy: SitePolicy,
    budget: SiteBudget,
    trainer: LocalTrainer,
    examples: list[Example],
    *,
    run_id: str,
    server_round: int,
    rounds_left: int,
    max_grad_norm: float,
    mode: Mode,
    scrubbed: bool,
) -> Released:
    """Train one round under the site's DP policy and record it; ``Refused`` past the cap. Call under ``budget.lock()``.

    ``rounds_left`` counts this round and the run's later ones: a run's noise is calibrated
    at its first trained round for what is still to come.
    """
    s = trainer.settings
    plan = Plan(
        public_records=public_count(len(examples), policy.privacy.record_granularity),
        expected_batch=s.batch_size * s.grad_accum,
        horizon=s.steps * rounds_left,
        releases=planned_releases(policy, budget, rounds_left),
    )
    if not budget.enabled:
        log.warning("site %s trains WITHOUT differential privacy: its policy sets [privacy] enabled = false", policy.site_id)
        result = trainer.fit(examples)
        mechanism = (0.0, plan.sample_rate, s.steps)
    else:
        try:
            calibration = budget.calibration(plan, records=len(examples), run_id=run_id)
        except BudgetExhausted as exc:
            raise Refused(Refusal.BUDGET, str(exc)) from None
        mechanism = (calibration.noise_multiplier, plan.sample_rate, s.steps)
        if not budget.admits(mechanism):
            raise Refused(
                Refusal.BUDGET,
                f"round {server_round} would pass target_epsilon {budget.target_epsilon:g} (spent {budget.spent():.3f})",
            )
        if mode == "ghost" and not policy.privacy.allow_ghost:
            log.info("site %s trains in hooks mode: its policy does not allow ghost clipping ([privacy] allow_ghost)", policy.site_id)
            mode = "hooks"
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
    return Released(public_count(len(examples), policy.privacy.record_granularity), entry, value, exact=float(losses.mean()))
