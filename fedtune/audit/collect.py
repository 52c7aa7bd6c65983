"""Gathering an audit's inputs from sites whose policies are at hand (the demo, or one operator running every site).

In a real federation each site hands over its ledger and the coordinator its registered
keys (docs/AUDITOR.md); here the site's own ``.pub`` stands in for the registered key.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from fedtune.common.identity import public_path
from fedtune.common.ledger import LEDGER_FILE
from fedtune.common.policy import SitePolicy


def collect_sites(policies: list[SitePolicy], folder: Path) -> tuple[Path, Path, Path]:
    """Copy each site's ledger and public key into ``folder`` and write its caps; returns (ledgers, keys, caps.toml).

    A site with no ledger yet (it released nothing) is left out, as is its key.
    """
    ledgers, keys, caps = folder / "ledgers", folder / "keys", folder / "caps.toml"
    ledgers.mkdir(parents=True, exist_ok=True)
    keys.mkdir(parents=True, exist_ok=True)
    lines = []
    for policy in policies:
        ledger = policy.state_dir / LEDGER_FILE
        if not ledger.is_file():
            continue
        shutil.copyfile(ledger, ledgers / f"{policy.site_id}.jsonl")
        shutil.copyfile(public_path(policy.identity_key_path), keys / f"{policy.site_id}.pub")
        lines.append(f"[sites.{json.dumps(policy.site_id)}]")
        if policy.privacy.enabled:  # a site without DP declares no epsilon cap; its ledger shows infinity
            lines.append(f"target_epsilon = {policy.privacy.target_epsilon!r}")
        lines.append(f"max_grad_norm = {policy.privacy.max_grad_norm!r}")
    caps.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ledgers, keys, caps
