"""A broken or hostile update is dropped with its reason and the round aggregates the rest."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from flwr.app import Array, ArrayRecord, ConfigRecord, Error, Message, Metadata, MetricRecord, RecordDict

from fedtune.common.adapters import adapter_state, from_arrays, to_arrays
from fedtune.common.model import load_for_training
from fedtune.common.protocol import EVALUATE_METRICS, Refusal
from fedtune.common.runconfig import RunConfig
from fedtune.server.history import HISTORY_KEYS
from fedtune.server.strategy import build_strategy
from fedtune.server.validation import UpdateRejected, validate_evaluation, validate_update


def _reply(node: int, content: RecordDict | None = None, error: Error | None = None, kind: str = "train") -> Message:
    meta = Metadata(
        run_id=1, message_id=f"r{node}", src_node_id=node, dst_node_id=0, reply_to_message_id="m",
        group_id="1", created_at=time.time(), ttl=3600, message_type=kind,
    )
    return Message(content=content, metadata=meta) if error is None else Message(error=error, metadata=meta)


def _update(state: dict[str, torch.Tensor], examples: float = 10, dtype: str = "float32", **metrics: float) -> RecordDict:
    return RecordDict({"arrays": to_arrays(state, dtype), "metrics": MetricRecord({"num-examples": examples, "refused": 0, "steps": 8, **metrics})})


@pytest.fixture(scope="module")
def setting(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    run = RunConfig(base_model=str(tiny_model), lora_r=2, max_update_norm=5.0, max_site_share=1.0, run_dir=str(tmp_path_factory.mktemp("v") / "run"))
    template = load_for_training(tiny_model, run.lora, torch.device("cpu"), seed=run.seed)
    return run, template, adapter_state(template)


def _shifted(reference: dict[str, torch.Tensor], shift: float) -> dict[str, torch.Tensor]:
    return {k: v + shift for k, v in reference.items()}


def test_nan_wrong_shape_and_huge_norm_are_dropped_and_the_rest_averaged(setting, caplog) -> None:
    run, template, reference = setting
    strategy = build_strategy(run, template, "v1:test:test")  # max-site-share 1: plain FedAvg weights
    good_a, good_b = _shifted(reference, 0.01), _shifted(reference, -0.02)
    key = next(iter(reference))
    nan = {**good_a, key: torch.full_like(reference[key], float("nan"))}
    wrong_shape = {**good_a, key: torch.zeros(reference[key].shape[0] + 1, reference[key].shape[1])}
    huge = _shifted(reference, 1e3)
    replies = [
        _reply(1, _update(good_a, 10)),
        _reply(2, _update(nan, 50)),
        _reply(3, _update(wrong_shape, 50)),
        _reply(4, _update(huge, 50)),
        _reply(5, _update(good_b, 30)),
    ]
    with caplog.at_level(logging.WARNING, logger="fedtune"):
        arrays, metrics = strategy.aggregate_train(1, replies)
    aggregate = from_arrays(arrays)
    for k, value in reference.items():
        assert torch.allclose(aggregate[k], (good_a[k] * 10 + good_b[k] * 30) / 40, atol=1e-6)
    strategy.aggregate_evaluate(1, [])
    entry = json.loads((Path(run.run_dir) / "history.json").read_text())["rounds"][0]
    assert entry["dropped"] == {"2": "non-finite", "3": "shape", "4": "norm"}
    assert set(entry["sites"]) == {"1", "5"} and entry["sites"]["1"]["update-norm"] > 0
    logged = caplog.text
    assert "node 2" in logged and "NaN" in logged and "node 4" in logged and "exceeds max-update-norm" in logged


def test_too_few_valid_updates_keep_the_previous_global_adapter(setting, caplog) -> None:
    run, template, reference = setting
    strategy = build_strategy(run, template, "v1:test:test")
    nan = {k: torch.full_like(v, float("nan")) for k, v in reference.items()}
    with caplog.at_level(logging.WARNING, logger="fedtune"):
        assert strategy.aggregate_train(1, [_reply(1, _update(_shifted(reference, 0.01))), _reply(2, _update(nan))]) == (None, None)
    assert "keeping the previous global adapter" in caplog.text


def test_flower_errors_refusals_and_bad_evaluations_are_recorded(setting) -> None:
    run, template, reference = setting
    strategy = build_strategy(run, template, "v1:test:test")
    replies = [
        _reply(1, _update(_shifted(reference, 0.01))),
        _reply(2, _update(_shifted(reference, 0.01))),
        _reply(3, error=Error(code=3, reason="Traceback naming a patient")),
        _reply(4, RecordDict({"arrays": ArrayRecord(), "metrics": MetricRecord({"num-examples": 0, "refused": 1, "epsilon": 2.5})})),
        _reply(6, RecordDict({"metrics": MetricRecord({"num-examples": 0, "refused": int(Refusal.SITE_ERROR)})})),  # no arrays at all
    ]
    strategy.aggregate_train(1, replies)
    evaluations = [
        _reply(1, RecordDict({"metrics": MetricRecord({"num-examples": 5, "val-loss": -0.25})}), kind="evaluate"),  # noised: may be negative
        _reply(2, RecordDict({"metrics": MetricRecord({"num-examples": 5})}), kind="evaluate"),
        _reply(5, RecordDict({"metrics": MetricRecord({"num-examples": 0, "refused": 9})}), kind="evaluate"),
        _reply(7, RecordDict({"metrics": MetricRecord({"num-examples": 5, "val-loss": float("nan")})}), kind="evaluate"),
    ]
    assert strategy.aggregate_evaluate(1, evaluations)["val-loss"] == pytest.approx(-0.25)
    entry = strategy.history.rounds[0]
    assert entry["dropped"] == {
        "2": "eval-metrics", "3": "error-3", "4": "refused-budget", "5": "eval-refused-unknown",
        "6": "refused-site-error", "7": "eval-metrics",
    }
    checkpoint = json.loads((Path(run.run_dir) / "checkpoints" / "round-0001" / "fedtune.json").read_text())
    assert checkpoint["epsilon"] == {"4": 2.5}  # a refusing site's spent budget is still reported
    assert "patient" not in (Path(run.run_dir) / "history.json").read_text()


@pytest.mark.parametrize(
    ("tamper", "code"),
    [
        (lambda c, ref: c["metrics"].__setitem__("num-examples", 0), "weight"),
        (lambda c, ref: c["metrics"].__setitem__("num-examples", float("nan")), "weight"),
        (lambda c, ref: c["metrics"].__delitem__("num-examples"), "metrics"),
        (lambda c, ref: c["arrays"].__delitem__(next(iter(ref))), "keys"),
        (lambda c, ref: c["arrays"].__setitem__("notes: John Smith, MRN 12345", Array(np.zeros(2, np.float32))), "keys"),
        (lambda c, ref: c["arrays"].__setitem__(next(iter(ref)), Array(np.zeros(tuple(ref[next(iter(ref))].shape), np.int64))), "dtype"),
        (lambda c, ref: c.__setitem__("more", ArrayRecord()), "structure"),
        (lambda c, ref: c.__delitem__("metrics"), "structure"),
        (lambda c, ref: c.__delitem__("arrays"), "structure"),
        (lambda c, ref: c.__setitem__("config", ConfigRecord({"note": "John Smith"})), "structure"),
        (lambda c, ref: c["metrics"].__setitem__("train-loss", 1.0), "metrics"),  # no longer in the contract
        (lambda c, ref: c["metrics"].__setitem__("John Smith", 1.0), "metrics"),
        (lambda c, ref: c["metrics"].__setitem__("val-loss", 1.0), "metrics"),  # an evaluate key in a train reply
        (lambda c, ref: c["metrics"].__setitem__("epsilon", [1.0, 2.0]), "metrics"),
    ],
)
def test_each_check_names_its_reason_and_never_echoes_site_keys(setting, tamper, code) -> None:
    _, _, reference = setting
    content = _update(_shifted(reference, 0.01))
    tamper(content, reference)
    with pytest.raises(UpdateRejected) as caught:
        validate_update(content, reference, max_norm=5.0)
    assert caught.value.code == code
    assert "John" not in str(caught.value)


def test_truncated_bfloat16_bytes_are_malformed_and_half_precision_passes(setting) -> None:
    _, _, reference = setting
    state = _shifted(reference, 0.01)
    for dtype in ("float16", "bfloat16"):
        decoded, norm = validate_update(_update(state, 7, dtype), reference, max_norm=5.0)
        assert all(v.dtype == torch.float32 for v in decoded.values()) and 0 < norm < 5
    content = _update(state, dtype="bfloat16")
    key = next(iter(reference))
    array = content["arrays"][key]
    content["arrays"][key] = Array(dtype=array.dtype, shape=array.shape, stype=array.stype, data=array.data[:-2])
    with pytest.raises(UpdateRejected, match="malformed"):
        validate_update(content, reference, max_norm=5.0)


def test_an_evaluation_reply_holds_contract_keys_only() -> None:
    honest = {"num-examples": 100, "refused": 0, "val-loss": 1.2, "val-perplexity": 3.3, "epsilon": 1.0, "delta": 1e-5}
    assert set(honest) <= EVALUATE_METRICS
    validate_evaluation(RecordDict({"metrics": MetricRecord(honest)}))
    for extra, code in (({"val-tokens": 4096}, "metrics"), ({"bytes-sent": 10}, "metrics"), ({"val-loss": float("inf")}, "metrics")):
        with pytest.raises(UpdateRejected) as caught:
            validate_evaluation(RecordDict({"metrics": MetricRecord({**honest, **extra})}))
        assert caught.value.code == code
    with pytest.raises(UpdateRejected, match="structure"):
        validate_evaluation(RecordDict({"metrics": MetricRecord(honest), "config": ConfigRecord({"note": "John Smith"})}))


def test_history_and_checkpoints_keep_allow_listed_keys_only(setting) -> None:
    run, template, reference = setting
    strategy = build_strategy(run, template, "v1:test:test")
    receipt = {"ledger-seq": 3, "ledger-hash-0": 1, "ledger-hash-1": 2, "ledger-hash-2": 3, "ledger-hash-3": 4}
    replies = [
        _reply(1, _update(_shifted(reference, 0.01), epsilon=1.0, delta=1e-5, scrubbed=1, **receipt)),
        _reply(2, _update(_shifted(reference, 0.02), epsilon=2.0, **receipt)),
        _reply(3, _update(_shifted(reference, 0.02), **{"train-loss": 0.5})),  # a site beyond the contract
    ]
    strategy.aggregate_train(1, replies)
    strategy.aggregate_evaluate(1, [_reply(1, RecordDict({"metrics": MetricRecord({"num-examples": 5, "val-loss": 1.5, **receipt})}), kind="evaluate")])
    entry = json.loads((Path(run.run_dir) / "history.json").read_text())["rounds"][-1]
    assert entry["dropped"] == {"3": "metrics"}
    kept = {key for metrics in entry["sites"].values() for key in metrics} | set(entry["aggregate"])
    assert kept <= HISTORY_KEYS and {"update-norm", "epsilon", "val-loss", "scrubbed"} <= kept
    assert not kept & set(receipt)  # receipts go to receipts.jsonl
    assert entry["aggregate"]["epsilon"] == 2.0  # the worst site's figure
    checkpoint = json.loads((Path(run.run_dir) / "checkpoints" / "round-0001" / "fedtune.json").read_text())
    assert set(checkpoint["metrics"]) <= HISTORY_KEYS
