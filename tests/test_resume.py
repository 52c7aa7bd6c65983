"""A coordinator killed after round 2 of 4 and restarted runs rounds 3 and 4 from the round-2 checkpoint, once each."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
from flwr.app import Message, MessageType
from safetensors.torch import load_file, save_file
from test_strategy import FakeGrid, flower_task, make_run, shifting_site  # noqa: F401 - flower_task is a fixture

from fedtune.common.runconfig import RunConfig
from fedtune.server.app import run_federation
from fedtune.server.checkpoint import METADATA, round_dir
from fedtune.server.receipts import RECEIPTS, read_receipts
from fedtune.server.resume import ResumeError


class CoordinatorKilled(Exception):
    """Stands for the coordinator's process dying."""


def _killed_during_evaluation_of(server_round: int, site):  # noqa: ANN001, ANN202
    def handle(msg: Message) -> Message:
        if msg.metadata.message_type == MessageType.EVALUATE and int(msg.content["config"]["server-round"]) == server_round:
            raise CoordinatorKilled
        return site(msg)

    return handle


def _adapter(folder: Path) -> dict[str, torch.Tensor]:
    return load_file(folder / "adapter_model.safetensors")


@pytest.mark.parametrize("strategy", ["fedavg", "fedadam"])
def test_restart_continues_from_the_last_complete_round_as_if_never_stopped(tiny_model, tmp_path, strategy) -> None:
    straight = make_run(tiny_model, tmp_path / "straight", num_server_rounds=4, strategy=strategy)
    run_federation(FakeGrid({1: shifting_site(0.01, 10), 2: shifting_site(0.03, 30)}), straight)

    run = make_run(tiny_model, tmp_path / "restarted", num_server_rounds=4, strategy=strategy)
    run_dir = Path(run.run_dir)
    with pytest.raises(CoordinatorKilled):
        run_federation(FakeGrid({1: _killed_during_evaluation_of(3, shifting_site(0.01, 10)), 2: shifting_site(0.03, 30)}), run)
    assert [r["round"] for r in json.loads((run_dir / "history.json").read_text())["rounds"]] == [1, 2]
    receipts_before = (run_dir / RECEIPTS).read_text()
    # A round folder without its metadata file is unfinished: a restart must not trust it.
    unfinished = round_dir(run_dir, 3)
    shutil.copytree(round_dir(run_dir, 2), unfinished)
    (unfinished / METADATA).unlink()

    sites = {1: shifting_site(0.01, 10), 2: shifting_site(0.03, 30)}
    run_federation(FakeGrid(sites), run)
    rounds_seen = [(kind, r) for kind, r, _, _ in sites[1].seen]
    assert rounds_seen == [(MessageType.TRAIN, 3), (MessageType.EVALUATE, 3), (MessageType.TRAIN, 4), (MessageType.EVALUATE, 4)]
    round2 = _adapter(round_dir(run_dir, 2))
    sent_in_round3 = sites[1].seen[0][3]
    assert sent_in_round3 and all(torch.equal(v, round2[k]) for k, v in sent_in_round3.items())
    history = json.loads((run_dir / "history.json").read_text())
    assert [r["round"] for r in history["rounds"]] == [1, 2, 3, 4]
    assert json.loads((round_dir(run_dir, 3) / METADATA).read_text())["round"] == 3
    # The receipts of the killed attempt stay: the sites trained round 3 twice, and said so.
    assert (run_dir / RECEIPTS).read_text().startswith(receipts_before)
    trained = [r.round for r in read_receipts(run_dir / RECEIPTS) if r.node == "1" and r.message == "train"]
    assert trained == [1, 2, 3, 3, 4]
    # Nothing repeated, nothing lost: the same adapter as the run that never stopped (FedAdam's moments included).
    expected, got = _adapter(Path(straight.run_dir) / "adapter"), _adapter(run_dir / "adapter")
    assert set(expected) == set(got) and all(torch.allclose(expected[k], got[k], atol=1e-7) for k in expected)


@pytest.fixture
def finished(tiny_model: Path, tmp_path: Path) -> RunConfig:
    base = tmp_path / "base"
    shutil.copytree(tiny_model, base)
    run = make_run(base, tmp_path, num_server_rounds=2)
    run_federation(FakeGrid({1: shifting_site(0.01), 2: shifting_site(0.02)}), run)
    return run


def test_a_finished_run_restarted_trains_nothing_and_operational_changes_are_allowed(finished: RunConfig) -> None:
    history = (Path(finished.run_dir) / "history.json").read_text()
    grid = FakeGrid({1: shifting_site(0.01), 2: shifting_site(0.02)})
    changed = RunConfig(**{**vars(finished), "round_timeout": 5.0, "min_sites": 1, "max_update_norm": 1.0})
    run_federation(grid, changed)
    assert grid.sent == []
    assert (Path(finished.run_dir) / "history.json").read_text() == history


@pytest.mark.parametrize(
    ("change", "named"),
    [({"lora_r": 4}, "lora-r: 2 -> 4"), ({"strategy": "fedprox"}, "strategy: 'fedavg' -> 'fedprox'"), ({"learning_rate": 0.5}, "learning-rate")],
)
def test_a_changed_config_refuses_to_resume(finished: RunConfig, change, named) -> None:
    with pytest.raises(ResumeError, match="different run") as caught:
        run_federation(FakeGrid({}), RunConfig(**{**vars(finished), **change}))
    assert named in str(caught.value) and "run-dir" in str(caught.value)


def test_another_base_model_in_the_same_place_refuses_to_resume(finished: RunConfig) -> None:
    weights = Path(finished.base_model) / "model.safetensors"
    tensors = load_file(weights)
    name = next(iter(tensors))
    tensors[name] = tensors[name] + 1.0
    save_file(tensors, weights, metadata={"format": "pt"})
    with pytest.raises(ResumeError, match="base model fingerprint differs"):
        run_federation(FakeGrid({}), finished)
