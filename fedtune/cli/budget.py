"""``fedtune-site budget``: the site's spent and remaining epsilon, recomputed from its ledger."""

from __future__ import annotations

import argparse
from pathlib import Path

from fedtune.common.policy import load_policy


def _budget(args: argparse.Namespace) -> int:
    # Imported here, not above: importing Opacus calls logging.basicConfig
    # (opacus/utils/module_utils.py), which would void fedtune-site's own logging set-up.
    from fedtune.client.accounting import SiteBudget

    policy = load_policy(args.policy)
    privacy = policy.privacy
    if not privacy.enabled:
        print(f"site {policy.site_id}: differential privacy is off in {args.policy} ([privacy] enabled = false)")
    budget = SiteBudget(policy)
    entries = budget.ledger.releases()
    spent = budget.spent()
    rounds = sum(1 for e in entries if e.kind == "train")
    print(
        f"site {policy.site_id}: epsilon {spent:.3f} spent of {privacy.target_epsilon:g} "
        f"({max(0.0, privacy.target_epsilon - spent):.3f} left) at delta {privacy.target_delta:g}, "
        f"over {rounds} round(s) and {len(entries) - rounds} metric release(s); ledger {budget.ledger.path}"
    )
    calibration = budget.load_calibration()
    if calibration is None:
        print("not calibrated yet: the noise is chosen at the first training round")
    else:
        print(
            f"noise_multiplier {calibration.noise_multiplier:.4f}, calibrated for epsilon {calibration.target_epsilon:g} "
            f"over {calibration.steps} steps at sample_rate {calibration.sample_rate:.4g} and {calibration.releases} "
            f"metric release(s) ({calibration.accountant} accountant)"
        )
    if entries:
        print(f"{'seq':>4} {'kind':>6} {'round':>5} {'steps':>5} {'sample_rate':>11} {'noise':>7} {'clip':>6} {'epsilon':>8}  data")
        for e in entries:
            data = "scrubbed" if e.scrubbed else "UNSCRUBBED (waiver)"
            noise = f"{e.noise_multiplier:>7.4f}" if e.private else f"{'none':>7}"
            print(
                f"{e.seq:>4} {e.kind:>6} {e.round:>5} {e.steps:>5} {e.sample_rate:>11.4g} {noise} "
                f"{e.max_grad_norm:>6.3g} {e.epsilon:>8.3f}  {data}"
            )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    budget = subparsers.add_parser("budget", help="show this site's spent and remaining privacy budget")
    budget.add_argument("--policy", type=Path, required=True, help="site policy TOML")
    budget.set_defaults(func=_budget)
