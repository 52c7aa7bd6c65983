"""A site declines a run config beyond its policy, with the code the coordinator sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from fedtune.client.proposal import check_proposal, requested_epsilon
from fedtune.common.policy import PrivacySettings, SiteLimits, SitePolicy
from fedtune.common.protocol import Refusal
from fedtune.common.runconfig import RunConfig


def _policy(privacy: PrivacySettings | None = None, **limits: int) -> SitePolicy:
    return SitePolicy(
        site_id="clinic", data=Path("data"), state_dir=Path("state"),
        privacy=privacy or PrivacySettings(target_epsilon=4.0, max_grad_norm=1.0), limits=SiteLimits(**limits),
    )


@pytest.mark.parametrize(
    ("run", "limits", "code"),
    [
        ({"target_epsilon": 4.5}, {}, Refusal.EPSILON),
        ({"max_grad_norm": 0.5}, {}, Refusal.CLIP_FLOOR),
        ({"num_server_rounds": 6}, {"max_rounds": 5}, Refusal.LIMITS),
        ({"local_steps": 9}, {"max_local_steps": 8}, Refusal.LIMITS),
        ({"batch_size": 4, "grad_accum": 3}, {"max_batch_size": 8}, Refusal.LIMITS),
        ({"max_length": 512}, {"max_length": 384}, Refusal.LIMITS),
        ({"num_server_rounds": 6}, {"max_total_rounds": 5}, Refusal.LIMITS),
    ],
)
def test_a_proposal_beyond_the_policy_is_refused_with_its_code(run, limits, code, caplog) -> None:
    assert check_proposal(_policy(**limits), RunConfig(**run)) is code
    assert f"site clinic refuses the run config ({code.name})" in caplog.text


def test_a_proposal_within_the_policy_is_accepted() -> None:
    limits = {"max_rounds": 5, "max_local_steps": 8, "max_batch_size": 8, "max_length": 384}
    run = RunConfig(target_epsilon=4.0, max_grad_norm=1.0, num_server_rounds=5, local_steps=8, batch_size=4, grad_accum=2, max_length=384)
    assert check_proposal(_policy(**limits), run) is None
    assert check_proposal(_policy(), RunConfig()) is None  # no request, no limits


def test_a_site_without_dp_refuses_any_epsilon_request() -> None:
    policy = _policy(PrivacySettings(enabled=False))
    assert check_proposal(policy, RunConfig(target_epsilon=100.0)) is Refusal.EPSILON
    assert check_proposal(policy, RunConfig(max_grad_norm=0.1)) is None  # no clip floor without DP


def test_the_site_trains_to_the_request_or_else_to_its_own_cap() -> None:
    assert requested_epsilon(_policy(), RunConfig(target_epsilon=2.5)) == 2.5
    assert requested_epsilon(_policy(), RunConfig()) == 4.0

