"""Coordinator-side user-level DP, an option: Flower's server-side fixed clipping and its RDP accountant.

Each site's whole update (its difference from the global adapter) is clipped to
``user-dp-clipping-norm``, the clipped updates are averaged with equal weights, and
Gaussian noise of std ``noise_multiplier x clipping_norm / sites`` is added to the mean.
Flower's ``DifferentialPrivacyServerSideFixedClipping`` does the clipping and the noise,
and Flower's ``RdpAccountant`` (Google's dp-accounting) composes one release per round.
The guarantee covers a whole site's data against anyone who sees the global adapters,
but not against the coordinator, which sees each update before it clips it. Every
sampled site must answer: a round with fewer releases nothing (docs/PRIVACY.md).
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from flwr.app import ArrayRecord, Message, MetricRecord
from flwr.serverapp.strategy import DifferentialPrivacyServerSideFixedClipping, FedAvg
from flwr.supercore.privacy_accounting import NeighboringRelation, PrivacyConfig, PrivacySpent, SamplingMethod
from flwr.supercore.privacy_accounting.rdp_accountant import RdpAccountant

from fedtune.common.runconfig import RunConfig

log = logging.getLogger(__name__)

# Flower's accounted path averages with equal weights; fedtune sets this weight itself,
# so a site cannot buy influence by reporting more examples.
WEIGHT = "user-dp-weight"


class UserLevelDP:
    """Clipping, noise and accounting of the global adapter's releases, one per round."""

    def __init__(self, run: RunConfig, saved: dict[str, Any] | None = None) -> None:
        """``saved`` is the accountant state of a resumed run's last checkpoint; the releases before it count."""
        self.sites = run.min_sites
        config = PrivacyConfig(
            target_delta=run.user_dp_target_delta,
            population_size=self.sites,
            neighboring_relation=NeighboringRelation.ADD_OR_REMOVE_ONE,
            sampling_method=SamplingMethod.NO_AMPLIFICATION,
            max_epsilon=run.user_dp_target_epsilon if run.user_dp_target_epsilon > 0 else None,
        )
        accountant = RdpAccountant(config)
        if saved is not None:
            accountant.load_state_dict(saved)
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
            update = ArrayRecord({key: msg.content["arrays"][key] for key in current})
            if all(np.array_equal(update[k].numpy(), current[k].numpy()) for k in current):
                # Flower's clipping divides by the update's norm; an unchanged adapter is no update.
                log.warning("round %d: node %d sent the global adapter back unchanged", server_round, msg.metadata.src_node_id)
                continue
            msg.content["arrays"] = update
            msg.content["metrics"] = MetricRecord({**msg.content["metrics"], WEIGHT: 1})
            clippable.append(msg)
        arrays, metrics = self.wrapper.aggregate_train(server_round, clippable)
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

