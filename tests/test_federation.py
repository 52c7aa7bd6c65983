"""Two sites, two rounds, in process: the real ClientApp handlers and the real strategy, no network."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest
import torch
from flwr.app import ConfigRecord, Context, Message, Metadata, RecordDict

from fedtune.client.app import app
from fedtune.common.adapters import adapter_state, from_arrays, to_arrays
from fedtune.common.fingerprint import fingerprint
from fedtune.common.model import load_for_training
from fedtune.common.policy import load_policy
from fedtune.common.runconfig import RunConfig
from fedtune.server.strategy import build_strategy
from tests.conftest import write_site


def _message(content: RecordDict, node: int, kind: str, n: int) -> Message:
    meta = Metadata(
        run_id=1, message_id=f"m{n}", src_node_id=0, dst_node_id=node, reply_to_message_id="",
        group_id="1", created_at=time.time(), ttl=3600, message_type=kind,
    )
    return Message(content=content, metadata=meta)


@pytest.fixture(scope="module")
def federation(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    tmp = tmp_path_factory.mktemp("fed")
    policies = [
        write_site(tmp, "hospital", "clinical", 40, 1, base=tiny_model), write_site(tmp, "lawfirm", "legal", 40, 2, base=tiny_model)
    ]
    run = RunConfig(
        base_model=str(tiny_model), num_server_rounds=2, local_steps=4, max_length=768,
        learning_rate=5e-3, run_dir=str(tmp / "run"),
    )
    contexts = {
        node: Context(run_id=1, node_id=node, node_config={"policy": str(p)}, state=RecordDict(), run_config=run.to_flwr())
        for node, p in zip((11, 22), policies)
    }
    template = load_for_training(tiny_model, run.lora, torch.device("cpu"), seed=run.seed)
    base_fingerprint = fingerprint(tiny_model)
    strategy = build_strategy(run, template, base_fingerprint)
    initial = to_arrays(adapter_state(template))
    arrays, rounds = initial, []
    for server_round in (1, 2):
        config = ConfigRecord({"server-round": server_round, "base-fingerprint": base_fingerprint})
        content = RecordDict({"arrays": arrays, "config": config})
        replies = [app(_message(content, node, "train", server_round), ctx) for node, ctx in contexts.items()]
        sent = [(from_arrays(r.content["arrays"]), r.content["metrics"]["num-examples"]) for r in replies]
        arrays, _ = strategy.aggregate_train(server_round, replies)
        evaluate = RecordDict({"arrays": arrays, "config": config})
        evals = [app(_message(evaluate, node, "evaluate", 9), ctx) for node, ctx in contexts.items()]
        strategy.aggregate_evaluate(server_round, evals)
        rounds.append({"sent": sent, "global": from_arrays(arrays), "evals": evals})
    return {
        "initial": from_arrays(initial), "rounds": rounds, "run_dir": tmp / "run", "strategy": strategy,
        "contexts": contexts, "arrays": arrays, "fingerprint": base_fingerprint,
    }


def test_global_adapter_changes_and_equals_the_capped_mean_of_sites(federation) -> None:
    # Each site's weight is its own claim; capped at half the total (max-site-share), two sites count equally.
    initial = federation["initial"]
    for entry in federation["rounds"]:
        (a, _), (b, _) = entry["sent"]
        for key, value in entry["global"].items():
            expected = (a[key] + b[key]) / 2
            assert torch.allclose(value, expected, atol=1e-6)
    changed = [k for k in initial if not torch.equal(initial[k], federation["rounds"][-1]["global"][k])]
    assert any("lora_B" in k for k in changed)


def test_both_sites_train_from_the_aggregate(federation) -> None:
    # In round 2 each site starts from the round-1 aggregate: their updates differ from it
    # by local training only, and they differ from each other.
    g1 = federation["rounds"][0]["global"]
    (a2, _), (b2, _) = federation["rounds"][1]["sent"]
    key = next(k for k in g1 if "lora_B" in k)
    assert not torch.equal(a2[key], b2[key])
    drift_a = max((a2[k] - g1[k]).abs().max().item() for k in g1)
    drift_from_initial = max((a2[k] - federation["initial"][k]).abs().max().item() for k in g1)
    assert drift_a < drift_from_initial


def test_history_table_and_checkpoints_are_written(federation) -> None:
    run_dir = federation["run_dir"]
    history = json.loads((run_dir / "history.json").read_text())
    assert [r["round"] for r in history["rounds"]] == [1, 2]
    for entry in history["rounds"]:
        assert set(entry["sites"]) == {"11", "22"}
        for site in entry["sites"].values():
            assert site["bytes-sent"] > 0 and "val-loss" in site and site["epsilon"] > 0
        assert entry["aggregate"]["bytes-sent"] == sum(s["bytes-sent"] for s in entry["sites"].values())
    for r in (1, 2):
        assert (run_dir / "checkpoints" / f"round-{r:04d}" / "adapter_model.safetensors").is_file()
    table = federation["strategy"].history.table(2)
    assert "aggregate" in table and "11" in table and "22" in table


def test_replies_carry_only_tensors_and_numbers(federation) -> None:
    for entry in federation["rounds"]:
        # Counts leave the site rounded up to its record_granularity (100 by default), as in its ledger.
        assert all(n in (100, 200) for _, n in entry["sent"])
        for reply in entry["evals"]:
            assert set(reply.content.keys()) == {"metrics"}
            assert all(isinstance(v, (int, float)) for v in reply.content["metrics"].values())


def test_a_site_with_another_base_model_refuses_without_reading_its_data(federation) -> None:
    node, context = next(iter(federation["contexts"].items()))
    digest = federation["fingerprint"].rsplit(":", 1)[1]
    other = federation["fingerprint"].rsplit(":", 1)[0] + ":" + ("0" if digest[0] != "0" else "1") + digest[1:]
    config = ConfigRecord({"server-round": 3, "base-fingerprint": other})
    reply = app(_message(RecordDict({"arrays": federation["arrays"], "config": config}), node, "train", 3), context)
    assert reply.content["metrics"]["refused"] == 3 and reply.content["metrics"]["num-examples"] == 0
    assert len(reply.content["arrays"]) == 0
    reply = app(_message(RecordDict({"arrays": federation["arrays"], "config": config}), node, "evaluate", 4), context)
    assert reply.content["metrics"]["refused"] == 3


def test_a_run_config_asking_for_more_epsilon_than_a_site_allows_is_refused_before_training(federation, tmp_path) -> None:
    node, context = next(iter(federation["contexts"].items()))
    data, state = load_policy(context.node_config["policy"]).data, tmp_path / "state"
    greedy = tmp_path / "greedy.toml"
    greedy.write_text(
        f'site_id = "cautious"\ndata = "{data}"\nstate_dir = "{state}"\nbase_model = "{context.run_config["base-model"]}"\n'
        "[privacy]\ntarget_epsilon = 4.0\n",
        encoding="utf-8",
    )
    run = RunConfig.from_flwr(dict(context.run_config))
    asking = Context(
        run_id=1, node_id=node, node_config={"policy": str(greedy)}, state=RecordDict(),
        run_config=dataclasses.replace(run, target_epsilon=6.0).to_flwr(),
    )
    config = ConfigRecord({"server-round": 3, "base-fingerprint": federation["fingerprint"]})
    reply = app(_message(RecordDict({"arrays": federation["arrays"], "config": config}), node, "train", 5), asking)
    assert reply.content["metrics"]["refused"] == 4 and reply.content["metrics"]["num-examples"] == 0
    assert len(reply.content["arrays"]) == 0
    assert not state.exists()  # no scrub cache, no calibration, no ledger: nothing ran
