"""Coordinator-side user-level DP, an option: Flower's server-side fixed clipping and its RDP accountant.

Each site's whole update (its difference from the global adapter) is clipped to
``user-dp-clipping-norm``, the clipped updates are averaged with equal weights, and
Gaussian noise of std ``noise_multiplier x clipping_norm / sites`` is added to the mean.
Flower's ``DifferentialPrivacyServerSideFixedClipping`` does the clipping and the noise,
and Flower's ``RdpAccountant`` (Google's dp-accounting) composes one release per round.
The guarantee covers a whole site's data against anyone who sees the global adapters,
but not against the coordinator, which sees each update before it clips it. Every
sampled site must answer: a round with fewer releases nothing (docs/PRIVACY.md).

A release counts when it is made, not when its round is checkpointed: the accountant is
written to ``<run-dir>/user-dp-accountant.json`` (0600, fsynced) before the noised adapter
is returned to Flower, which sends it on. A coordinator that dies after sending it and
repeats the round on restart therefore counts both releases.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import numpy as np
from flwr.app import ArrayRecord, Message, MetricRecord
from flwr.serverapp.strategy import DifferentialPrivacyServerSideFixedClipping, FedAvg
from flwr.supercore.privacy_accounting import NeighboringRelation, PrivacyConfig, PrivacySpent, SamplingMethod
from flwr.supercore.privacy_accounting.rdp_accountant import RdpAccountant

from fedtune.common.fileio import write_atomic
from fedtune.common.protocol import ARRAYS, METRICS
from fedtune.common.runconfig import RunConfig

from .checkpoint import PRIVATE_FILE

log = logging.getLogger(__name__)

# Flower's accounted path averages with equal weights; fedtune sets this weight itself,
# so a site cannot buy influence by reporting more examples.
WEIGHT = "user-dp-weight"
ACCOUNTANT = "user-dp-accountant.json"


def _releases(state: dict[str, Any] | None) -> int:
    return sum(int(c["count"]) for c in state["compositions"]) if state else 0


def _write_durably(path: Path, content: str) -> None:
    """Atomic replace, then fsync of the file and its folder: the count survives a crash right after."""
    write_atomic(path, content, mode=PRIVATE_FILE)
    for target, flags in ((path, os.O_RDONLY), (path.parent, os.O_RDONLY | os.O_DIRECTORY)):
        fd = os.open(target, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class UserLevelDP:
    """Clipping, noise and accounting of the global adapter's releases, one per round."""

    def __init__(self, run: RunConfig, saved: dict[str, Any] | None = None) -> None:
        """Every release this run dir has made counts: those in its accountant file, or in ``saved`` (a checkpoint's copy) if more."""
        self.sites = run.min_sites
        self.path = Path(run.run_dir) / ACCOUNTANT
        on_disk = json.loads(self.path.read_text(encoding="utf-8")) if self.path.is_file() else None
        saved = max((on_disk, saved), key=_releases)
        config = PrivacyConfig(
            target_delta=run.user_dp_target_delta,
            population_size=self.sites,
            neighboring_relation=NeighboringRelation.ADD_OR_REMOVE_ONE,
            sampling_method=SamplingMethod.NO_AMPLIFICATION,
            max_epsilon=run.user_dp_target_epsilon if run.user_dp_target_epsilon > 0 else None,
        )
        accountant = RdpAccountant(config)
        if saved is not None:
            try:
                accountant.load_state_dict(saved)
            except ValueError as exc:
                raise ValueError(
                    f"{self.path}: the releases already made were accounted under other user-dp settings ({exc}). "
                    "Resume with the run's user-dp-target-delta, user-dp-target-epsilon and min-sites, or set another run-dir"
                ) from None
        self.wrapper = DifferentialPrivacyServerSideFixedClipping(
            FedAvg(weighted_by_key=WEIGHT),
            noise_multiplier=run.user_dp_noise_multiplier,
            clipping_norm=run.user_dp_clipping_norm,
            num_sampled_clients=self.sites,
            accountant=accountant,
        )

    def begin(self, server_round: int, arrays: ArrayRecord, messages: list[Message]) -> list[Message]:
        """Before a round is sent: the release it will make must fit the budget (else ``PrivacyBudgetExhausted``)."""
        if len(messages) != self.sites:
            raise ValueError(
                f"user-level DP accounts for exactly min-sites = {self.sites} sites per round, but {len(messages)} "
                "were sampled: set min-sites to the number of sites in the federation and fraction-train to 1.0"
            )
        self.wrapper.current_arrays = arrays
        # The wrapper's own configure_train would sample the sites again; this is its accounting step alone.
        return list(self.wrapper._prepare_accounting(server_round, messages))  # noqa: SLF001

    def aggregate(self, server_round: int, replies: list[Message]) -> tuple[ArrayRecord | None, MetricRecord | None]:
        """The clipped, equally weighted and noised mean of validated float32 updates, or None (no release)."""
        current = self.wrapper.current_arrays
        clippable = []
        for msg in replies:  # clipping pairs tensors by position: put every update in the global adapter's order
            update = ArrayRecord({key: msg.content[ARRAYS][key] for key in current})
            if all(np.array_equal(update[k].numpy(), current[k].numpy()) for k in current):
                # Flower's clipping divides by the update's norm; an unchanged adapter is no update.
                log.warning("round %d: node %d sent the global adapter back unchanged", server_round, msg.metadata.src_node_id)
                continue
            msg.content[ARRAYS] = update
            msg.content[METRICS] = MetricRecord({**msg.content[METRICS], WEIGHT: 1})
            clippable.append(msg)
        arrays, metrics = self.wrapper.aggregate_train(server_round, clippable)
        if arrays is not None:  # released: counted on disk before the adapter can leave
            _write_durably(self.path, json.dumps(self.state_dict(), sort_keys=True))
        if arrays is None:
            log.warning(
                "round %d: user-level DP needs all %d sampled sites, %d sent a valid update: no release this round",
                server_round, self.sites, len(clippable),
            )
        return arrays, metrics

    def spent(self) -> PrivacySpent:
        return self.wrapper.accountant.get_privacy_spent()

    def state_dict(self) -> dict[str, Any]:
        return self.wrapper.accountant.state_dict()

