"""The DP stage of a site's training round: load or calibrate its noise, refuse past its cap, train, write the ledger.

The site's policy is the authority: the coordinator's proposal has passed the site's check
(client/proposal.py); here the site checks its remaining budget before it trains.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from fedtune.common.policy import SitePolicy
from fedtune.common.privacy import DPSGD, Mode, Refusal, SiteBudget, sample_rate
from fedtune.common.tokenize import Example
from fedtune.common.train import LocalTrainer, TrainResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoundOutcome:
    """A trained round (``result``) or a refusal, with the site's cumulative epsilon afterwards."""

    result: TrainResult | None
    refused: Refusal | None
    epsilon: float  # math.inf where the site's policy turns DP off
    delta: float

    def metrics(self) -> dict[str, float | int]:
        """The privacy metrics every train reply carries, refused or not (0: not refused)."""
        return {"refused": int(self.refused or 0), "epsilon": self.epsilon, "delta": self.delta}


def train_round(
    policy: SitePolicy,
    trainer: LocalTrainer,
    examples: list[Example],
    *,
    server_round: int,
    max_grad_norm: float,
    mode: Mode,
    scrubbed: bool,
    target_epsilon: float | None = None,
) -> RoundOutcome:
    """Train one round under the site's DP policy, or refuse without touching weights or ledger.

    ``max_grad_norm`` is the coordinator's proposed clip norm; ``target_epsilon`` the total it
    asked for within the policy's cap (None: the cap). The noise comes from the site's
    calibration, made once from the trainer's planned horizon (all rounds' steps).
    ``scrubbed`` false (a waiver) is written into the round's ledger entry.
    """
    privacy = policy.privacy
    if not privacy.enabled:
        log.warning("site %s trains WITHOUT differential privacy: its policy sets [privacy] enabled = false", policy.site_id)
        return RoundOutcome(trainer.fit(examples), None, math.inf, 0.0)
    budget = SiteBudget.for_site(policy, target_epsilon)
    s = trainer.settings
    rate = sample_rate(len(examples), s.batch_size * s.grad_accum)
    calibration = budget.calibration(records=len(examples), sample_rate=rate, steps=s.horizon)
    if not budget.admits((calibration.noise_multiplier, rate, s.steps)):
        spent = budget.spent()
        log.warning(
            "site %s refuses round %d: it would pass its target_epsilon %g (spent %.3f)",
            policy.site_id, server_round, budget.target_epsilon, spent,
        )
        return RoundOutcome(None, Refusal.BUDGET, spent, privacy.target_delta)
    dp = DPSGD(
        noise_multiplier=calibration.noise_multiplier, max_grad_norm=max_grad_norm, mode=mode, secure_mode=privacy.secure_mode
    )
    result = trainer.fit(examples, privacy=dp)
    entry = budget.record(
        server_round=server_round, records=len(examples), scrubbed=scrubbed, history=dp.history, max_grad_norm=max_grad_norm
    )
    log.info(
        "site %s round %d: epsilon %.3f of %g spent (delta %g)",
        policy.site_id, server_round, entry.epsilon, budget.target_epsilon, entry.delta,
    )
    return RoundOutcome(result, None, entry.epsilon, entry.delta)
