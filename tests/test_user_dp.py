"""Coordinator-side user-level DP: Flower's fixed clipping and noise on the mean, its RDP accountant, budget and resume."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import torch
from flwr.app import Message, MessageType
from scipy.stats import norm
from safetensors.torch import load_file

from fedtune.common.runconfig import RunConfig
from fedtune.server.app import run_federation
from fedtune.server.checkpoint import METADATA, round_dir
from fedtune.server.user_dp import ACCOUNTANT
from tests.test_strategy import FakeGrid, flower_task, make_run, shifting_site  # noqa: F401 - flower_task is autouse


class CoordinatorKilled(Exception):
    """Stands for the coordinator's process dying."""


def _user_dp_run(tiny_model: Path, tmp_path: Path, **overrides) -> RunConfig:  # noqa: ANN003
    settings = {"user_dp": True, "min_sites": 3, "user_dp_noise_multiplier": 1e-7, "user_dp_clipping_norm": 100.0}
    return make_run(tiny_model, tmp_path, **{**settings, **overrides})


def _sites(*shifts: float) -> dict[int, object]:
    return {i: shifting_site(shift, examples=10 * i) for i, shift in enumerate(shifts, start=1)}


def _round_change(run: RunConfig, sites: dict, server_round: int = 1) -> np.ndarray:
    """The global adapter after ``server_round`` minus what the sites were sent in it, over the exchanged tensors."""
    sent = next(iter(sites.values())).seen
    start = next(state for kind, r, _, state in sent if r == server_round and kind == "train")
    saved = load_file(round_dir(Path(run.run_dir), server_round) / "adapter_model.safetensors")
    return torch.cat([(saved[k] - start[k]).flatten() for k in start]).numpy()


def _metadata(run: RunConfig, server_round: int) -> dict:
    return json.loads((round_dir(Path(run.run_dir), server_round) / METADATA).read_text())


def test_sites_count_equally_whatever_examples_they_report(tiny_model, tmp_path) -> None:
    run = _user_dp_run(tiny_model, tmp_path, num_server_rounds=1)
    sites = _sites(0.01, 0.02, 0.06)  # 10, 20 and 30 examples: FedAvg would give 0.0383
    run_federation(FakeGrid(sites), run)
    assert np.allclose(_round_change(run, sites), 0.03, atol=1e-4)


def test_each_update_is_clipped_to_the_norm_before_averaging(tiny_model, tmp_path) -> None:
    run = _user_dp_run(tiny_model, tmp_path, num_server_rounds=1, user_dp_clipping_norm=0.5, max_update_norm=1e6)
    sites = _sites(5.0, 5.0, 50.0)  # one site tries to drag the model far away
    run_federation(FakeGrid(sites), run)
    change = _round_change(run, sites)
    assert np.linalg.norm(change) == pytest.approx(0.5, rel=1e-3)  # all point the same way, each clipped to 0.5
    assert np.allclose(change, change[0], rtol=1e-3)


def test_the_mean_gets_gaussian_noise_of_the_stated_std(tiny_model, tmp_path) -> None:
    run = _user_dp_run(tiny_model, tmp_path, num_server_rounds=1, user_dp_noise_multiplier=1.5, user_dp_clipping_norm=0.2)
    sites = _sites(1e-6, 1e-6, 1e-6)
    run_federation(FakeGrid(sites), run)
    change = _round_change(run, sites)
    assert change.size > 1500
    # The noise is drawn from the OS's entropy, so the bound is five standard errors of the mean:
    # a fixed 0.005 (2.1 standard errors) failed about one run in thirty.
    assert abs(change.mean()) < 5 * (1.5 * 0.2 / 3) / np.sqrt(change.size)
    assert change.std() == pytest.approx(1.5 * 0.2 / 3, rel=0.08)


def _gaussian_epsilon(mu: float, delta: float) -> float:
    """Exact epsilon of a mu-GDP mechanism at delta (Dong, Roth and Su 2019), by bisection."""

    def delta_of(eps: float) -> float:
        return norm.cdf(-eps / mu + mu / 2) - math.exp(eps) * norm.cdf(-eps / mu - mu / 2)

    low, high = 0.0, 100.0
    for _ in range(200):
        middle = (low + high) / 2
        low, high = (middle, high) if delta_of(middle) > delta else (low, middle)
    return high


def test_epsilon_after_rounds_is_an_upper_bound_close_to_the_exact_gaussian_composition(tiny_model, tmp_path) -> None:
    run = _user_dp_run(tiny_model, tmp_path, num_server_rounds=3, user_dp_noise_multiplier=2.0, user_dp_target_delta=1e-3)
    run_federation(FakeGrid(_sites(0.01, 0.02, 0.03)), run)
    spent = _metadata(run, 3)["user_dp"]
    assert spent["releases"] == 3 and spent["delta"] == 1e-3
    # Three Gaussian releases with sensitivity C and noise 2C compose to exactly sqrt(3)/2-GDP.
    exact = _gaussian_epsilon(math.sqrt(3) / 2.0, 1e-3)
    assert exact <= spent["epsilon"] <= 1.3 * exact
    epsilons = [_metadata(run, r)["user_dp"]["epsilon"] for r in (1, 2, 3)]
    assert epsilons == sorted(epsilons) and epsilons[0] > 0


def test_the_run_stops_before_a_release_would_pass_the_target(tiny_model, tmp_path) -> None:
    probe = _user_dp_run(tiny_model, tmp_path / "probe", num_server_rounds=3, user_dp_noise_multiplier=2.0)
    run_federation(FakeGrid(_sites(0.01, 0.02, 0.03)), probe)
    two_rounds, three_rounds = (_metadata(probe, r)["user_dp"]["epsilon"] for r in (2, 3))
    run = _user_dp_run(
        tiny_model, tmp_path / "capped", num_server_rounds=3, user_dp_noise_multiplier=2.0,
        user_dp_target_epsilon=(two_rounds + three_rounds) / 2,
    )
    sites = _sites(0.01, 0.02, 0.03)
    final = run_federation(FakeGrid(sites), run)
    assert [r for kind, r, _, _ in sites[1].seen if kind == "train"] == [1, 2]  # round 3 was never sent
    assert _metadata(run, 2)["user_dp"]["epsilon"] == pytest.approx(two_rounds)
    assert not round_dir(Path(run.run_dir), 3).exists() and (final / "adapter_model.safetensors").is_file()


def test_a_round_missing_a_site_or_with_an_unchanged_adapter_releases_nothing(tiny_model, tmp_path) -> None:
    run = _user_dp_run(tiny_model, tmp_path, num_server_rounds=3, min_sites=3)
    moving, still = shifting_site(0.02), shifting_site(0.0)

    def silent_in_round_1(msg: Message) -> Message | None:
        return None if int(msg.content["config"]["server-round"]) == 1 else moving(msg)

    def unchanged_in_round_2(msg: Message) -> Message:
        return (still if int(msg.content["config"]["server-round"]) == 2 else moving)(msg)

    run_federation(FakeGrid({1: shifting_site(0.01), 2: unchanged_in_round_2, 3: silent_in_round_1}), run)
    rounds = [_metadata(run, r) for r in (1, 2, 3)]
    assert [m["aggregated"] for m in rounds] == [False, False, True]
    assert [m["user_dp"]["releases"] for m in rounds] == [0, 0, 1]


def test_a_release_sent_before_a_crash_counts_after_the_resume(tiny_model, tmp_path) -> None:
    reference = _user_dp_run(tiny_model, tmp_path / "reference", num_server_rounds=3, user_dp_noise_multiplier=2.0)
    run_federation(FakeGrid(_sites(0.01, 0.02, 0.03)), reference)
    run = _user_dp_run(tiny_model, tmp_path / "resumed", num_server_rounds=2, user_dp_noise_multiplier=2.0)
    run_federation(FakeGrid(_sites(0.01, 0.02, 0.03)), run)
    # The coordinator died while writing round 2's checkpoint: round 2's adapter had
    # already gone out to the sites in evaluate, so that release happened.
    (round_dir(Path(run.run_dir), 2) / METADATA).unlink()
    sites = _sites(0.01, 0.02, 0.03)
    run_federation(FakeGrid(sites), run)
    assert [r for kind, r, _, _ in sites[1].seen if kind == "train"] == [2]
    # Three noised adapters went out (rounds 1, 2, and 2 again): three releases, as many
    # as a run that made three rounds.
    resumed, expected = _metadata(run, 2)["user_dp"], _metadata(reference, 3)["user_dp"]
    assert resumed["releases"] == 3 and resumed["epsilon"] == pytest.approx(expected["epsilon"], rel=1e-12)


def test_a_release_counts_even_when_no_round_was_checkpointed(tiny_model, tmp_path) -> None:
    run = _user_dp_run(tiny_model, tmp_path, num_server_rounds=1, user_dp_noise_multiplier=2.0)

    def killed_in_evaluation(msg: Message) -> Message:
        if msg.metadata.message_type == MessageType.EVALUATE:
            raise CoordinatorKilled
        return sites[1](msg)

    sites = _sites(0.01, 0.02, 0.03)
    with pytest.raises(CoordinatorKilled):
        run_federation(FakeGrid({**sites, 1: killed_in_evaluation}), run)
    assert not round_dir(Path(run.run_dir), 1).exists()
    accountant = json.loads((Path(run.run_dir) / ACCOUNTANT).read_text())
    assert sum(c["count"] for c in accountant["compositions"]) == 1  # written before the adapter left
    run_federation(FakeGrid(_sites(0.01, 0.02, 0.03)), run)
    assert _metadata(run, 1)["user_dp"]["releases"] == 2


def test_user_level_dp_is_refused_with_a_strategy_flower_cannot_account_for() -> None:
    with pytest.raises(ValueError, match="user-dp needs strategy fedavg"):
        RunConfig(user_dp=True, strategy="fedmedian")
    with pytest.raises(ValueError, match="user-dp-noise-multiplier"):
        RunConfig(user_dp=True, user_dp_noise_multiplier=0.0)
