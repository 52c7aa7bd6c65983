"""The site's boundary against a curious coordinator: every reply is an accounted release, a rounded count or a fixed code.

These tests drive the real ClientApp (``app``, mods included) the way a coordinator does:
with crafted adapters, crafted run configs and as many queries as it likes.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
import torch
from flwr.app import ArrayRecord, ConfigRecord, Context, Message, Metadata, RecordDict

from fedtune.audit.accountant import recompute
from fedtune.client.app import app
from fedtune.common.adapters import adapter_state, from_arrays, to_arrays
from fedtune.common.fingerprint import fingerprint
from fedtune.common.ledger import Ledger
from fedtune.common.model import load_for_training
from fedtune.common.policy import load_policy
from fedtune.client.accounting import SiteBudget, epsilon
from fedtune.common.protocol import (
    EVALUATE_METRICS, TRAIN_METRICS, Refusal, digest_prefix, receipt_prefix,
)
from fedtune.common.runconfig import RunConfig
from tests.conftest import write_site

CANARY = "Zebulon Quarternight"


def _message(content: RecordDict, kind: str, n: int = 0, run_id: int = 1) -> Message:
    meta = Metadata(
        run_id=run_id, message_id=f"m{n}", src_node_id=0, dst_node_id=1, reply_to_message_id="",
        group_id="1", created_at=time.time(), ttl=3600, message_type=kind,
    )
    return Message(content=content, metadata=meta)


class Coordinator:
    """A driver of one site's ClientApp that may send anything a coordinator can."""

    def __init__(self, model: Path, policy: Path, **run: object) -> None:
        self.run = RunConfig(**{"base_model": str(model), "num_server_rounds": 2, "local_steps": 2, "max_length": 768, **run})
        self.policy = policy
        self.template = load_for_training(model, self.run.lora, torch.device("cpu"), seed=self.run.seed)
        self.fingerprint = fingerprint(model)
        self.sent = 0

    def context(self, **run: object) -> Context:
        config = RunConfig(**{**self.run.__dict__, **run}).to_flwr() if run else self.run.to_flwr()
        return Context(run_id=1, node_id=1, node_config={"policy": str(self.policy)}, state=RecordDict(), run_config=config)

    def adapter(self, scale: float = 0.0) -> ArrayRecord:
        """The shared initial adapter, or one crafted with random weights of the given scale."""
        state = adapter_state(self.template)
        if scale:
            generator = torch.Generator().manual_seed(self.sent)
            state = {k: scale * torch.randn(v.shape, generator=generator) for k, v in state.items()}
        return to_arrays(state)

    def send(
        self, kind: str, *, arrays: ArrayRecord | None = None, config: dict | None = None, run: dict | None = None, run_id: int = 1
    ) -> Message:
        self.sent += 1
        content = {"config": ConfigRecord(config if config is not None else {"server-round": 1, "base-fingerprint": self.fingerprint})}
        content["arrays"] = arrays if arrays is not None else self.adapter()
        return app(_message(RecordDict(content), kind, self.sent, run_id), self.context(**(run or {})))


@pytest.fixture
def site(tiny_model: Path, tmp_path: Path):  # noqa: ANN201
    def make(privacy: str = "", limits: str = "", n: int = 40) -> Coordinator:
        extra = f"[privacy]\n{privacy}\n[limits]\n{limits}\n"
        policy = write_site(tmp_path, "hospital", "clinical", n, 1, base=tiny_model, extra=extra)
        return Coordinator(tiny_model, policy)

    return make


def _refused(reply: Message) -> int:
    return int(reply.content["metrics"]["refused"])


def _assert_within_contract(reply: Message, kind: str) -> None:
    """Only the contract's records and keys, scalar numbers, float tensors; a refusal is a code and nothing else."""
    assert set(reply.content.keys()) <= {"metrics", "arrays"}
    metrics = dict(reply.content["metrics"])
    assert set(metrics) <= (TRAIN_METRICS if kind == "train" else EVALUATE_METRICS)
    assert all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in metrics.values())
    if metrics["refused"]:
        assert metrics == {"num-examples": 0, "refused": metrics["refused"]}
        assert len(reply.content.array_records.get("arrays", ArrayRecord())) == 0
    else:
        assert metrics["num-examples"] % 100 == 0  # a rounded count, never the exact one
    text = repr(reply.content)
    assert CANARY not in text and "Traceback" not in text and "Error" not in text


def _check_ledger_covers(coordinator: Coordinator, replies: list[tuple[str, Message]]) -> list:
    """Every accepted reply points at its ledger entry; the ledger's epsilon is the composition of its entries."""
    policy = load_policy(coordinator.policy)
    releases = Ledger(policy.state_dir).releases()
    by_seq = {e.seq: e for e in releases}
    accepted = [(kind, r) for kind, r in replies if not _refused(r)]
    assert len(accepted) == len(releases)  # one entry per release, none unaccounted
    for kind, reply in accepted:
        metrics = dict(reply.content["metrics"])
        seq, prefix = receipt_prefix(metrics)
        entry = by_seq[seq]
        assert prefix == digest_prefix(entry.digest)
        assert entry.kind == ("train" if kind == "train" else "metric")
        assert metrics["epsilon"] == entry.epsilon
    for i, entry in enumerate(releases):
        recomputed = epsilon([e.mechanism for e in releases[: i + 1]], delta=entry.delta)
        assert entry.epsilon == pytest.approx(recomputed, rel=1e-9)
    return releases


def test_a_curious_coordinator_gets_only_accounted_releases_and_never_passes_the_cap(site) -> None:
    coordinator = site(privacy="target_epsilon = 4.0\nmetric_noise_multiplier = 3.0", limits="max_rounds = 5")
    fp = coordinator.fingerprint
    replies: list[tuple[str, Message]] = []

    def send(kind: str, **kwargs: object) -> Message:
        reply = coordinator.send(kind, **kwargs)
        _assert_within_contract(reply, kind)
        replies.append((kind, reply))
        return reply

    assert _refused(send("train", run={"base_model": "/etc"})) == 0  # the site trains its own base whatever is named
    assert _refused(send("train", arrays=coordinator.adapter(scale=3.0), config={"server-round": 2, "base-fingerprint": fp})) == 0
    assert _refused(send("train", config={"server-round": 2})) == Refusal.BASE_MODEL
    assert _refused(send("train", config={"server-round": 2, "base-fingerprint": fp[:-1] + "0"})) == Refusal.BASE_MODEL
    assert _refused(send("train", config={"server-round": "two", "base-fingerprint": fp})) == Refusal.REQUEST
    assert _refused(send("train", run={"num_server_rounds": 1000})) == Refusal.LIMITS  # an oversized plan
    wrong = to_arrays({k.replace("lora_A", "lora_X"): v for k, v in from_arrays(coordinator.adapter()).items()})
    assert _refused(send("train", arrays=wrong)) == Refusal.SITE_ERROR
    in_run = [send("evaluate", arrays=coordinator.adapter(scale=0.01), config={"server-round": 2, "base-fingerprint": fp}) for _ in range(3)]
    assert [_refused(r) for r in in_run] == [0, 0, Refusal.EVALUATIONS]  # a run gets the evaluations it planned: one a round
    spree = len(replies)
    for query in range(100):  # crafted adapters, as many evaluations as it likes, each in a run of its own
        send("evaluate", arrays=coordinator.adapter(scale=0.01 * (1 + query % 7)), config={"server-round": 2, "base-fingerprint": fp}, run_id=10 + query)
    codes = [_refused(r) for _, r in replies[spree:]]
    # The run's noise was calibrated for its planned rounds and evaluations: what is left is at
    # most the calibration's slack, so the spree is answered a few times at most, then refused.
    assert codes[-1] == Refusal.BUDGET and set(codes) <= {0, Refusal.BUDGET} and codes.count(0) <= 3
    assert all(c == Refusal.BUDGET for c in codes[codes.index(Refusal.BUDGET):])

    releases = _check_ledger_covers(coordinator, replies)
    assert releases[-1].epsilon <= 4.0
    # An independent accountant (dp-accounting's PLD) on this real run's ledger: the site never
    # under-reports by more than 0.5%, at any entry of its mixed training and metric history.
    independent = recompute(releases).pld
    assert all(e.epsilon >= (1 - 0.005) * pld for e, pld in zip(releases, independent, strict=True))
    assert releases[-1].epsilon == pytest.approx(independent[-1], rel=0.02)
    assert [e.kind for e in releases[:2]] == ["train", "train"]
    # Nothing a release reports pins down N: the ledger holds the rounded count, the rate comes from it.
    assert {e.records for e in releases} <= {100}
    assert all(e.sample_rate == pytest.approx(4 / 100) for e in releases if e.kind == "train")


def test_asking_the_same_question_again_gets_the_same_answer_at_no_new_cost(site) -> None:
    # Averaging the noise away by repetition learns nothing: the site resends what it released.
    coordinator = site()
    adapter = coordinator.adapter(scale=0.02)
    answers = [dict(coordinator.send("evaluate", arrays=adapter).content["metrics"]) for _ in range(20)]
    assert all(a == answers[0] for a in answers) and answers[0]["refused"] == 0
    trained = [coordinator.send("train") for _ in range(2)]  # a restarted coordinator resends its round
    assert dict(trained[0].content["metrics"]) == dict(trained[1].content["metrics"])
    assert all(torch.equal(a, b) for a, b in zip(*(from_arrays(t.content["arrays"]).values() for t in trained), strict=True))
    assert [e.kind for e in SiteBudget(load_policy(coordinator.policy)).ledger.releases()] == ["metric", "train"]


def test_the_keys_a_site_emits_are_exactly_the_keys_its_guard_allows(site) -> None:
    coordinator = site()
    train, evaluate = coordinator.send("train"), coordinator.send("evaluate")
    assert set(train.content["metrics"]) == TRAIN_METRICS
    assert set(evaluate.content["metrics"]) == EVALUATE_METRICS


def test_a_max_length_shorter_than_every_record_does_not_change_what_the_site_answers(site) -> None:
    coordinator = site()
    short = coordinator.send("train", run={"max_length": 16})
    assert _refused(short) == 0
    assert set(short.content["metrics"]) == TRAIN_METRICS


def test_an_exception_leaves_as_a_fixed_code_and_its_detail_stays_in_the_site_log(site, caplog) -> None:
    coordinator = site()
    data = load_policy(coordinator.policy).data
    (data / "instruction.jsonl").write_text(json.dumps({"instruction": CANARY}) + "\n{broken " + CANARY + "\n")
    reply = coordinator.send("train")
    assert _refused(reply) == Refusal.SITE_ERROR
    _assert_within_contract(reply, "train")
    assert "instruction.jsonl" in caplog.text  # the operator can act on it; the coordinator cannot read it


def test_every_refusal_comes_back_before_any_record_is_read(site, monkeypatch) -> None:
    coordinator = site(privacy="target_epsilon = 3.0", limits="max_rounds = 5\nmax_evaluations = 2")
    fp = coordinator.fingerprint
    assert _refused(coordinator.send("train")) == 0
    assert _refused(coordinator.send("evaluate")) == 0
    policy = load_policy(coordinator.policy)
    budget = SiteBudget(policy)
    budget.record(kind="train", run_id="1", server_round=2, records=100, scrubbed=True, mechanism=(0.3, 0.5, 50), clip=1.0)

    def no_reading(*_: object, **__: object) -> None:
        raise AssertionError("the site read its records for a request it refuses")

    monkeypatch.setattr("fedtune.client.site.read_records", no_reading)
    cases = {
        Refusal.EPSILON: {"run": {"target_epsilon": 5.0}},
        Refusal.CLIP_FLOOR: {"run": {"max_grad_norm": 0.1}},
        Refusal.LIMITS: {"run": {"num_server_rounds": 6}},
        Refusal.BASE_MODEL: {"config": {"server-round": 1, "base-fingerprint": "v1:00:00"}},
        Refusal.REQUEST: {"config": {"base-fingerprint": fp}},
        Refusal.BUDGET: {"config": {"server-round": 2, "base-fingerprint": fp}},  # not a request already answered
    }
    for kind in ("train", "evaluate"):
        for code, request in cases.items():
            assert _refused(coordinator.send(kind, **request)) == code, (kind, code)
    budget.record(kind="metric", run_id="1", server_round=2, records=100, scrubbed=True, mechanism=(5.0, 1.0, 1), clip=7.0)
    again = coordinator.send("evaluate", config={"server-round": 2, "base-fingerprint": fp}, run_id=2)
    assert _refused(again) == Refusal.EVALUATIONS  # its [limits] max_evaluations = 2


def _train_in_process(policy: str, model: str, worker: int, queue: multiprocessing.Queue) -> None:
    torch.set_num_threads(1)
    coordinator = Coordinator(Path(model), Path(policy))
    coordinator.sent = 100 * worker  # each run its own adapters: nothing for the reply cache to answer
    config = {"base-fingerprint": coordinator.fingerprint}
    queue.put([
        _refused(coordinator.send("train", arrays=coordinator.adapter(0.01), config={**config, "server-round": r}, run_id=worker))
        for r in (1, 2)
    ])


def test_two_runs_at_once_never_pass_the_cap_or_lose_an_entry(site) -> None:
    coordinator = site(privacy="target_epsilon = 2.0\nmetric_noise_multiplier = 50")
    budget = SiteBudget(load_policy(coordinator.policy))
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [
        context.Process(target=_train_in_process, args=(str(coordinator.policy), coordinator.run.base_model, w, queue)) for w in (1, 2)
    ]
    for worker in workers:
        worker.start()
    codes = [code for _ in workers for code in queue.get(timeout=600)]
    for worker in workers:
        worker.join(timeout=60)
    trained = Ledger(budget.state_dir).releases()  # reading verifies the chain: no fork, no lost line
    assert len(trained) == codes.count(0) >= 2
    assert set(codes) <= {0, Refusal.BUDGET}
    assert trained[-1].epsilon == pytest.approx(epsilon([e.mechanism for e in trained], delta=1e-5), rel=1e-9)
    assert trained[-1].epsilon <= 2.0


def _killed_after_the_ledger(policy: str, model: str) -> None:
    import fedtune.client.app as client_app

    def die(*_: object, **__: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)  # after the ledger entry, before any reply exists

    client_app.to_arrays = die
    Coordinator(Path(model), Path(policy)).send("train")


def test_a_site_killed_after_its_ledger_entry_still_counts_the_round(site) -> None:
    coordinator = site()
    worker = multiprocessing.get_context("spawn").Process(
        target=_killed_after_the_ledger, args=(str(coordinator.policy), coordinator.run.base_model)
    )
    worker.start()
    worker.join(timeout=600)
    assert worker.exitcode == -signal.SIGKILL
    budget = SiteBudget(load_policy(coordinator.policy))
    assert [e.kind for e in budget.ledger.releases()] == ["train"]
    assert budget.spent() > 0
    reply = coordinator.send("train", config={"server-round": 2, "base-fingerprint": coordinator.fingerprint})
    assert _refused(reply) == 0 and reply.content["metrics"]["ledger-seq"] == 2  # counted, and the chain goes on


def test_a_run_id_and_round_are_on_every_entry(site) -> None:
    coordinator = site()
    coordinator.send("train")
    coordinator.send("evaluate")
    entries = SiteBudget(load_policy(coordinator.policy)).ledger.releases()
    assert [(e.kind, e.run_id, e.round) for e in entries] == [("train", "1", 1), ("metric", "1", 1)]
    assert all(math.isfinite(e.epsilon) for e in entries)


def test_the_site_keeps_the_exact_validation_loss_of_each_global_adapter_and_sends_only_the_noised_one(site) -> None:
    from fedtune.client.app import LOCAL_METRICS
    from fedtune.client.local import setup_round
    from fedtune.client.train import round_settings

    coordinator = site()
    adapter = coordinator.adapter(scale=0.02)
    coordinator.send("train")
    released = dict(coordinator.send("evaluate", arrays=adapter).content["metrics"])
    policy = load_policy(coordinator.policy)
    lines = [json.loads(line) for line in (policy.state_dir / LOCAL_METRICS).read_text().splitlines()]
    assert [line["kind"] for line in lines] == ["train", "evaluate"]
    assert lines[0]["train-seconds"] > 0 and "val-loss" not in lines[0]
    run = coordinator.run
    data, trainer = setup_round(
        policy, policy.base_model, round_settings(run, 1), run.lora, run.max_length, seed=run.seed, truncate=True,
        adapter=from_arrays(adapter),
    )
    exact = float(trainer.record_losses(data.val).mean())
    assert lines[1]["val-loss"] == pytest.approx(exact, rel=1e-5)
    assert released["val-loss"] != pytest.approx(exact, rel=1e-3)  # the reply carries the noised mean only
