"""Every strategy the run config names runs whole federations with fedtune's behaviour; FFA-LoRA trains and sends B only.

Sites here are functions behind a stand-in for Flower's Grid, so the real ``Strategy.start``
loop, the strategy and the ServerApp's ``run_federation`` run in process within seconds.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch
from flwr.app import Message, MessageType, MetricRecord, RecordDict
from flwr.serverapp import Grid
from flwr.supercore.task_identity import TaskIdentity
from safetensors.numpy import load_file as load_numpy_file
from safetensors.torch import load_file

from fedtune.common.adapters import adapter_state, from_arrays, load_adapter_state, to_arrays
from fedtune.common.model import LoraSettings, load_for_training
from fedtune.common.protocol import ledger_receipt
from fedtune.common.runconfig import STRATEGIES, RunConfig
from fedtune.common.tokenize import Example
from fedtune.client.train import LocalTrainer, TrainSettings
from fedtune.server.app import run_federation
from fedtune.server.checkpoint import SERVER_STATE, round_dir
from fedtune.server.strategy import STRATEGY_CLASSES, build_strategy, capped_shares, update_norm_bound
from fedtune.server.validation import ADAM_STEP_BOUND, derived_max_update_norm

Site = Callable[[Message], Message | None]


class FakeGrid(Grid):
    """Delivers each message to an in-process site and returns the replies; None from a site is a site that never answers."""

    def __init__(self, sites: dict[int, Site]) -> None:
        self.sites = sites
        self.timeouts: list[float | None] = []
        self.sent: list[Message] = []

    def set_run(self, run) -> None:  # noqa: ANN001
        raise NotImplementedError

    @property
    def run(self):  # noqa: ANN201
        raise NotImplementedError

    def create_message(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        raise NotImplementedError

    def push_messages(self, messages: Iterable[Message]) -> Iterable[str]:
        raise NotImplementedError

    def pull_messages(self, message_ids: Iterable[str]) -> Iterable[Message]:
        raise NotImplementedError

    def get_node_ids(self) -> Iterable[int]:
        return list(self.sites)

    def send_and_receive(self, messages: Iterable[Message], *, timeout: float | None = None) -> Iterable[Message]:
        self.timeouts.append(timeout)
        replies = []
        for msg in messages:
            self.sent.append(msg)
            reply = self.sites[msg.metadata.dst_node_id](msg)
            if reply is not None:
                replies.append(reply)
        return replies


@pytest.fixture(autouse=True)
def flower_task(monkeypatch: pytest.MonkeyPatch) -> None:
    """What Flower sets in a ServerApp process before a strategy creates messages."""
    for name, value in (("_run_id", 1), ("_node_id", 0), ("_task_id", 1)):
        monkeypatch.setattr(TaskIdentity, name, value)


def shifting_site(shift: float, examples: int = 10, metrics: dict[str, float] | None = None) -> Site:
    """A site whose 'training' adds ``shift`` to every tensor it receives; it records what it was sent.

    Its replies carry what the contract allows and nothing else, each with a ledger receipt
    for a new entry (``handle.ledger`` holds the entries' sequence numbers and digests).
    """

    def receipt() -> dict[str, int]:
        seq = len(handle.ledger) + 1
        digest = hashlib.sha256(f"{shift}/{examples}/{seq}".encode()).hexdigest()
        handle.ledger.append((seq, digest))
        return ledger_receipt(seq, digest)

    def handle(msg: Message) -> Message:
        config = msg.content["config"]
        handle.seen.append((msg.metadata.message_type, int(config["server-round"]), dict(config), from_arrays(msg.content["arrays"])))
        if msg.metadata.message_type == MessageType.EVALUATE:
            reply = {"num-examples": examples, "refused": 0, "val-loss": 2.0 + shift, **(metrics or {}), **receipt()}
            return Message(RecordDict({"metrics": MetricRecord(reply)}), reply_to=msg)
        state = {k: v + shift for k, v in from_arrays(msg.content["arrays"]).items()}
        arrays = to_arrays(state)
        reply = {"num-examples": examples, "refused": 0, "steps": 8, "bytes-sent": arrays.count_bytes(), **(metrics or {}), **receipt()}
        return Message(RecordDict({"arrays": arrays, "metrics": MetricRecord(reply)}), reply_to=msg)

    handle.seen = []
    handle.ledger = []
    return handle


def make_run(tiny_model: Path, tmp_path: Path, **overrides) -> RunConfig:  # noqa: ANN003
    # The fake sites shift the adapter by set amounts, not by AdamW steps, so the derived
    # norm bound (tested on its own below) is replaced by a loose one.
    settings = {
        "base_model": str(tiny_model), "num_server_rounds": 2, "lora_r": 2, "run_dir": str(tmp_path / "run"), "min_sites": 2,
        "max_update_norm": 100.0,
    }
    return RunConfig(**{**settings, **overrides})


def test_every_run_config_strategy_has_a_class() -> None:
    assert set(STRATEGY_CLASSES) == set(STRATEGIES)


@pytest.mark.parametrize("name", STRATEGIES)
def test_each_strategy_runs_a_federation_with_checkpoints_history_and_plot(tiny_model, tmp_path, name) -> None:
    run = make_run(tiny_model, tmp_path, strategy=name, round_timeout=42.0, proximal_mu=0.5)
    sites = {11: shifting_site(0.01, 10, {"epsilon": 1.5}), 22: shifting_site(0.03, 30), 33: shifting_site(0.02, 20)}
    grid = FakeGrid(sites)
    final = run_federation(grid, run)
    run_dir = Path(run.run_dir)
    assert grid.timeouts == [42.0] * 4  # train and evaluate, two rounds
    history = json.loads((run_dir / "history.json").read_text())
    assert [r["round"] for r in history["rounds"]] == [1, 2]
    for entry in history["rounds"]:
        assert entry["aggregated"] and not entry["dropped"]
        assert set(entry["sites"]) == {"11", "22", "33"}
        assert entry["aggregate"]["round-seconds"] > 0 and "val-loss" in entry["aggregate"]
    assert (run_dir / "loss.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    metadata = json.loads((round_dir(run_dir, 2) / "fedtune.json").read_text())
    assert metadata["round"] == 2 and sorted(metadata["sites"]) == [11, 22, 33]
    assert metadata["epsilon"] == {"11": 1.5} and metadata["strategy"] == name
    assert metadata["base_fingerprint"].startswith("v1:")
    for kind, _, config, _ in sites[11].seen:
        assert config["base-fingerprint"] == metadata["base_fingerprint"]
        assert config.get("proximal-mu") == (0.5 if name == "fedprox" and kind == MessageType.TRAIN else None)
    assert (round_dir(run_dir, 2) / SERVER_STATE).is_file() == (name == "fedadam")
    # Round 2 starts from round 1's global adapter, and the final adapter is round 2's.
    round1 = {k: v for k, v in _checkpoint_state(round_dir(run_dir, 1)).items() if k in sites[11].seen[2][3]}
    sent_round2 = sites[11].seen[2][3]
    assert sites[11].seen[2][1] == 2 and all(torch.equal(sent_round2[k], round1[k]) for k in round1)
    last, saved_final = _checkpoint_state(round_dir(run_dir, 2)), _checkpoint_state(final)
    assert all(torch.equal(last[k], saved_final[k]) for k in last)


def _checkpoint_state(folder: Path) -> dict[str, torch.Tensor]:
    return load_file(folder / "adapter_model.safetensors")


def _round_change(run: RunConfig, site: Site) -> torch.Tensor:
    """How far round 1 moved the global adapter, per exchanged coordinate, from what ``site`` was sent."""
    start = site.seen[0][3]
    ended = _checkpoint_state(round_dir(Path(run.run_dir), 1))
    return torch.cat([(ended[k] - v).flatten() for k, v in start.items()])


def test_fedavg_weights_sites_by_examples_below_the_cap(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, num_server_rounds=1, min_sites=3)
    sites = {1: shifting_site(0.01, 10), 2: shifting_site(0.05, 20), 3: shifting_site(0.02, 30)}  # 30 of 60: at the cap
    run_federation(FakeGrid(sites), run)
    expected = (0.01 * 10 + 0.05 * 20 + 0.02 * 30) / 60
    assert torch.allclose(_round_change(run, sites[1]), torch.tensor(expected), atol=1e-6)


def test_a_site_claiming_most_examples_gets_half_the_weight_at_most(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, num_server_rounds=1, min_sites=3)
    sites = {1: shifting_site(1.0, 10_000), 2: shifting_site(0.01, 10), 3: shifting_site(0.03, 30)}
    run_federation(FakeGrid(sites), run)
    # Uncapped, site 1 would hold 99.6% of the average; capped it holds half, the others
    # share the other half in proportion to their counts.
    expected = 0.5 * 1.0 + 0.125 * 0.01 + 0.375 * 0.03
    assert torch.allclose(_round_change(run, sites[1]), torch.tensor(expected), atol=1e-6)
    history = json.loads((Path(run.run_dir) / "history.json").read_text())
    shares = {node: m["weight-share"] for node, m in history["rounds"][0]["sites"].items()}
    assert shares == pytest.approx({"1": 0.5, "2": 0.125, "3": 0.375})
    assert history["rounds"][0]["sites"]["1"]["num-examples"] == 10_000  # the claim is recorded as sent


def test_two_sites_count_equally_by_default(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, num_server_rounds=1)
    sites = {1: shifting_site(0.01, 10), 2: shifting_site(0.05, 30)}
    run_federation(FakeGrid(sites), run)
    assert torch.allclose(_round_change(run, sites[1]), torch.tensor(0.03), atol=1e-6)


@pytest.mark.parametrize(
    ("weights", "cap", "shares"),
    [
        ([10, 20, 30], 0.5, [1 / 6, 2 / 6, 3 / 6]),
        ([10_000, 10, 30], 0.5, [0.5, 0.125, 0.375]),
        ([100, 100, 1, 1], 0.3, [0.3, 0.3, 0.2, 0.2]),  # two pinned; the rest rise to the cap
        ([100, 50, 1, 1], 0.4, [0.4, 0.4, 0.1, 0.1]),  # pinning the first pushes the second over
        ([10, 30], 0.5, [0.5, 0.5]),
        ([1, 2, 3], 0.2, [1 / 3] * 3),  # the cap cannot hold with 3 sites: equal is closest
        ([10, 30], 1.0, [0.25, 0.75]),  # 1.0: no cap
    ],
)
def test_capped_shares(weights, cap, shares) -> None:
    got = capped_shares(weights, cap)
    assert got == pytest.approx(shares) and sum(got) == pytest.approx(1.0)
    assert max(got) <= max(cap, 1 / len(weights)) + 1e-12


def test_the_default_norm_bound_is_derived_from_learning_rate_steps_and_adapter_size(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, learning_rate=2e-3, local_steps=5, max_update_norm=0.0)
    assert RunConfig().max_update_norm == 0.0  # the default: derive it
    template = load_for_training(tiny_model, run.lora, torch.device("cpu"), seed=run.seed)
    elements = sum(v.numel() for v in adapter_state(template).values())
    derived = update_norm_bound(run, template)
    assert derived == pytest.approx(ADAM_STEP_BOUND * 2e-3 * 5 * math.sqrt(elements))
    assert update_norm_bound(SimpleNamespace(max_update_norm=7.0, learning_rate=2e-3, local_steps=5), template) == 7.0
    assert build_strategy(run, template, "v1:test:test").max_update_norm == derived


@pytest.mark.parametrize("pattern", ["steady", "noise", "spike", "flip"])
def test_adamw_steps_stay_inside_the_derived_bound(pattern) -> None:
    """Real AdamW steps, whatever the gradients (DP noise, a clipped spike, sign flips), move the weights less than the bound."""
    steps, lr, elements = 20, 1e-3, 4096
    weights = torch.nn.Parameter(torch.zeros(elements))
    optimizer = torch.optim.AdamW([weights], lr=lr, weight_decay=0.0)
    generator = torch.Generator().manual_seed(0)
    for step in range(steps):
        weights.grad = {
            "steady": torch.ones(elements),
            "noise": torch.randn(elements, generator=generator),
            "spike": torch.full((elements,), 1e3 if step == 0 else 1e-3),
            "flip": torch.full((elements,), (-1.0) ** step * (1e3 if step % 5 == 0 else 1e-2)),
        }[pattern]
        optimizer.step()
    norm = float(weights.detach().norm())
    bound = derived_max_update_norm(lr, steps, elements)
    assert norm <= bound
    if pattern == "steady":  # an honest, consistent gradient moves about lr per step: the bound is 3.16x that
        assert norm == pytest.approx(lr * steps * math.sqrt(elements), rel=1e-3)


def test_coordinator_state_is_private(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, num_server_rounds=1, user_dp=True, user_dp_noise_multiplier=0.1)
    previous = os.umask(0o022)  # the usual umask: what the coordinator writes must not depend on it
    try:
        run_federation(FakeGrid({1: shifting_site(0.01), 2: shifting_site(0.02)}), run)
    finally:
        os.umask(previous)
    run_dir = Path(run.run_dir)
    written = {p.relative_to(run_dir).as_posix() for p in run_dir.rglob("*")}
    assert {"history.json", "loss.png", "receipts.jsonl", "user-dp-accountant.json", "adapter/adapter_model.safetensors",
            "checkpoints/round-0001/fedtune.json"} <= written
    assert stat.S_IMODE(run_dir.stat().st_mode) == 0o700
    for path in run_dir.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path


def test_fedadam_moments_are_checkpointed(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, strategy="fedadam", num_server_rounds=1)
    template = load_for_training(tiny_model, run.lora, torch.device("cpu"), seed=run.seed)
    strategy = build_strategy(run, template, "v1:test:test")
    strategy.start(grid=FakeGrid({1: shifting_site(0.01), 2: shifting_site(0.02)}), initial_arrays=to_arrays(adapter_state(template)), num_rounds=1)
    saved = load_numpy_file(round_dir(Path(run.run_dir), 1) / SERVER_STATE)
    for key, value in strategy.m_t.items():
        assert (saved[f"m_t/{key}"] == value).all()
    assert set(saved) == {f"{m}/{k}" for m in ("m_t", "v_t") for k in strategy.m_t}


def test_a_silent_site_is_dropped_and_too_few_keep_the_previous_adapter(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, num_server_rounds=2, min_sites=2)
    answering = shifting_site(0.0)

    def dies_in_round_2(msg: Message) -> Message | None:
        return answering(msg) if int(msg.content["config"]["server-round"]) == 1 else None

    sites = {1: shifting_site(0.01), 2: dies_in_round_2}
    run_federation(FakeGrid(sites), run)
    history = json.loads((Path(run.run_dir) / "history.json").read_text())
    assert history["rounds"][0]["aggregated"] and not history["rounds"][1]["aggregated"]
    assert history["rounds"][1]["dropped"] == {"2": "no-reply"}
    one, two = (_checkpoint_state(round_dir(Path(run.run_dir), r)) for r in (1, 2))
    assert all(torch.equal(one[k], two[k]) for k in one)


def _examples(n: int = 16) -> list[Example]:
    generator = torch.Generator().manual_seed(0)
    ids = [torch.randint(3, 200, (12,), generator=generator).tolist() for _ in range(n)]
    return [Example(i, i) for i in ids]


def test_ffa_lora_freezes_a_identically_and_sends_b_only(tiny_model, tmp_path) -> None:
    ffa = LoraSettings(r=4, ffa=True)
    sites = [load_for_training(tiny_model, ffa, torch.device("cpu"), seed=7) for _ in range(2)]
    a_before = [{n: p.detach().clone() for n, p in m.named_parameters() if ".lora_A." in n} for m in sites]
    assert a_before[0] and all(torch.equal(a_before[0][n], a_before[1][n]) for n in a_before[0])
    for i, model in enumerate(sites):
        LocalTrainer(model, 0, TrainSettings(steps=3, learning_rate=1e-2, progress=False, seed=i)).fit(_examples())
    for model, before in zip(sites, a_before):
        after = {n: p for n, p in model.named_parameters() if ".lora_A." in n}
        assert all(torch.equal(after[n], before[n]) for n in before)
    sent = [adapter_state(m) for m in sites]
    assert sent[0] and all(".lora_B." in k for k in sent[0])
    assert any(not torch.equal(sent[0][k], sent[1][k]) for k in sent[0])  # B trained, differently per site
    full = adapter_state(load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"), seed=7))
    # Half for square projections; grouped-query attention's narrower k and v make B
    # smaller than A (0.43 of the elements here, 0.40 for SmolLM2-135M).
    elements = sum(v.numel() for v in sent[0].values()) / sum(v.numel() for v in full.values())
    ratio = to_arrays(sent[0]).count_bytes() / to_arrays(full).count_bytes()
    assert 0.4 < elements < 0.5 and ratio == pytest.approx(elements, abs=0.02)
    # The coordinator loads B alone into its template and keeps the seed's A.
    load_adapter_state(sites[1], sent[0])
    assert all(torch.equal(p, a_before[1][n]) for n, p in sites[1].named_parameters() if ".lora_A." in n)


def test_ffa_lora_federation_aggregates_b_and_checkpoints_the_seeds_a(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, ffa_lora=True, num_server_rounds=1)
    sites = {1: shifting_site(0.01), 2: shifting_site(0.03)}
    run_federation(FakeGrid(sites), run)
    sent = sites[1].seen[0][3]
    assert sent and all(".lora_B." in k for k in sent)
    unfrozen = load_for_training(tiny_model, LoraSettings(r=run.lora_r), torch.device("cpu"), seed=run.seed)
    seed_a = {k: v for k, v in adapter_state(unfrozen).items() if ".lora_A." in k}
    saved = _checkpoint_state(round_dir(Path(run.run_dir), 1))
    assert set(saved) == set(seed_a) | set(sent)
    assert all(torch.equal(saved[k], v) for k, v in seed_a.items())
    assert all(torch.allclose(saved[k], sent[k] + 0.02, atol=1e-6) for k in sent)
