"""The site's check of the coordinator's proposal against its own policy, before it reads any data.

The run config proposes; the site's policy decides. A proposal beyond the policy (more
epsilon, a clip norm below the floor, more rounds, steps, batch or tokens than the site's
limits) is refused with a code the coordinator sees, and the reason stays in the site's log.
"""

from __future__ import annotations

import logging

from fedtune.common.policy import SitePolicy
from fedtune.common.protocol import Refusal
from fedtune.common.runconfig import RunConfig

log = logging.getLogger(__name__)


def requested_epsilon(policy: SitePolicy, run: RunConfig) -> float:
    """The total epsilon this site trains to: the coordinator's request, or the policy's cap where it asks none (0)."""
    return run.target_epsilon if run.target_epsilon > 0 else policy.privacy.target_epsilon


def check_proposal(policy: SitePolicy, run: RunConfig) -> Refusal | None:
    """Why the site declines the coordinator's proposal, or None where it stays within the policy."""
    privacy, limits = policy.privacy, policy.limits
    if run.target_epsilon > 0 and (not privacy.enabled or run.target_epsilon > privacy.target_epsilon):
        allowed = f"at most {privacy.target_epsilon:g}" if privacy.enabled else "no epsilon at all: it trains without DP"
        return _refused(policy, Refusal.EPSILON, f"target-epsilon {run.target_epsilon:g}; its policy allows {allowed}")
    if privacy.enabled and run.max_grad_norm < privacy.max_grad_norm:
        return _refused(
            policy, Refusal.CLIP_FLOOR, f"max-grad-norm {run.max_grad_norm:g}, below its floor {privacy.max_grad_norm:g}"
        )
    asked = {
        "max_rounds": ("num-server-rounds", run.num_server_rounds),
        "max_local_steps": ("local-steps", run.local_steps),
        "max_batch_size": ("batch-size x grad-accum", run.batch_size * run.grad_accum),
        "max_length": ("max-length", run.max_length),
        # A plan for more rounds than the site's whole lifetime allows is refused before it is
        # calibrated for: it would fix a noise too large for the rounds the site can train.
        "max_total_rounds": ("num-server-rounds", run.num_server_rounds),
    }
    for field, (key, value) in asked.items():
        limit = getattr(limits, field)
        if limit is not None and value > limit:
            return _refused(policy, Refusal.LIMITS, f"{key} {value}, above its [limits] {field} = {limit}")
    return None


def _refused(policy: SitePolicy, code: Refusal, detail: str) -> Refusal:
    log.warning("site %s refuses the run config (%s): it asks for %s", policy.site_id, code.name, detail)
    return code
