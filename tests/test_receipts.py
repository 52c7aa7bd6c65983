"""The coordinator keeps one durable receipt per reply that names a ledger entry, refusals included, across restarts."""

from __future__ import annotations

import hashlib
import json
import stat
import time
from pathlib import Path

import pytest
import torch
from flwr.app import ArrayRecord, Message, MessageType, Metadata, MetricRecord, RecordDict

from fedtune.common.model import load_for_training
from fedtune.common.protocol import LEDGER_HASH, LEDGER_SEQ, Refusal, digest_prefix, ledger_receipt
from fedtune.server.app import run_federation
from fedtune.server.receipts import RECEIPTS, Receipt, append_receipt, read_receipts, receipt_of
from fedtune.server.strategy import build_strategy
from tests.test_strategy import FakeGrid, flower_task, make_run, shifting_site  # noqa: F401 - flower_task is autouse


class CoordinatorKilled(Exception):
    """Stands for the coordinator's process dying."""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_every_reply_of_every_round_leaves_a_receipt_matching_the_sites_ledger(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, num_server_rounds=2)
    sites = {11: shifting_site(0.01), 22: shifting_site(0.02)}
    run_federation(FakeGrid(sites), run)
    path = Path(run.run_dir) / RECEIPTS
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    receipts = read_receipts(path)
    assert [(r.round, r.message) for r in receipts if r.node == "11"] == [(1, "train"), (1, "evaluate"), (2, "train"), (2, "evaluate")]
    for node, site in sites.items():
        mine = [r for r in receipts if r.node == str(node)]
        assert [(r.seq, r.hash) for r in mine] == [(seq, digest_prefix(digest)) for seq, digest in site.ledger]
    line = json.loads(path.read_text().splitlines()[0])
    assert set(line) == {"node", "round", "message", "seq", "hash"} and len(line["hash"]) == 62


def test_a_refusal_leaves_a_receipt(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, num_server_rounds=1)
    digest = _digest("a budget refusal's ledger entry")

    def refusing(msg: Message) -> Message:
        metrics = {"num-examples": 0, "refused": int(Refusal.BUDGET), "epsilon": 7.9, "delta": 1e-5, **ledger_receipt(4, digest)}
        content = {"metrics": MetricRecord(metrics)}
        if msg.metadata.message_type == MessageType.TRAIN:
            content["arrays"] = ArrayRecord()
        return Message(RecordDict(content), reply_to=msg)

    with pytest.raises(RuntimeError, match="no round produced an aggregate"):
        run_federation(FakeGrid({1: shifting_site(0.01), 2: refusing}), run)
    receipts = read_receipts(Path(run.run_dir) / RECEIPTS)
    assert Receipt("2", 1, "train", 4, digest_prefix(digest)) in receipts
    assert Receipt("2", 1, "evaluate", 4, digest_prefix(digest)) in receipts


def test_a_restart_appends_and_keeps_the_interrupted_rounds_receipts(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path, num_server_rounds=2)
    first = shifting_site(0.01)

    def killed_in_round_2(msg: Message) -> Message:
        if msg.metadata.message_type == MessageType.EVALUATE and int(msg.content["config"]["server-round"]) == 2:
            raise CoordinatorKilled
        return first(msg)

    with pytest.raises(CoordinatorKilled):
        run_federation(FakeGrid({1: killed_in_round_2, 2: shifting_site(0.02)}), run)
    path = Path(run.run_dir) / RECEIPTS
    before = path.read_text()
    run_federation(FakeGrid({1: shifting_site(0.01), 2: shifting_site(0.02)}), run)
    after = path.read_text()
    assert after.startswith(before)  # never truncated or rewritten
    rounds = [(r.node, r.round, r.message) for r in read_receipts(path)]
    assert rounds.count(("1", 2, "train")) == 2  # round 2's first attempt and its repeat


@pytest.mark.parametrize(
    "tamper",
    [
        {LEDGER_SEQ: -1},
        {LEDGER_SEQ: 1.5},
        {LEDGER_HASH[2]: 1 << 62},
        {LEDGER_HASH[0]: [1, 2]},
        {LEDGER_HASH[3]: None},
    ],
)
def test_a_malformed_receipt_is_not_kept_and_raises_nothing(tamper) -> None:
    metrics = {**ledger_receipt(3, _digest("entry")), **tamper}
    metrics = {k: v for k, v in metrics.items() if v is not None}
    assert receipt_of(metrics) is None
    assert receipt_of(ledger_receipt(3, _digest("entry"))) == (3, digest_prefix(_digest("entry")))


def test_a_malformed_reply_is_dropped_but_its_receipt_kept(tiny_model, tmp_path) -> None:
    run = make_run(tiny_model, tmp_path)
    strategy = build_strategy(run, load_for_training(tiny_model, run.lora, torch.device("cpu"), seed=0), "v1:test:test")
    metadata = Metadata(
        run_id=1, message_id="r", src_node_id=5, dst_node_id=0, reply_to_message_id="m",
        group_id="1", created_at=time.time(), ttl=3600, message_type="train",
    )
    metrics = MetricRecord({"num-examples": 10, "John Smith": 1.0, **ledger_receipt(9, _digest("x"))})
    strategy.aggregate_train(1, [Message(content=RecordDict({"metrics": metrics, "arrays": ArrayRecord()}), metadata=metadata)])
    assert strategy.history.rounds[0]["dropped"] == {"5": "metrics"}
    assert read_receipts(Path(run.run_dir) / RECEIPTS) == [Receipt("5", 1, "train", 9, digest_prefix(_digest("x")))]


def test_appends_are_whole_lines_and_a_torn_line_is_named(tmp_path) -> None:
    path = tmp_path / RECEIPTS
    for seq in (1, 2):
        append_receipt(path, Receipt("7", seq, "train", seq, "ab" * 31))
    assert [r.seq for r in read_receipts(path)] == [1, 2]
    with path.open("a") as handle:
        handle.write('{"node": "7", "rou')
    with pytest.raises(ValueError, match=f"{RECEIPTS}:3"):
        read_receipts(path)
