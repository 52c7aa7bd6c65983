"""A malicious coordinator against the site's boundary: each test is one attack, driven through the real ClientApp.

The adversary crafts adapters and run configs, queries evaluate as often as it likes and
reads every reply. A test that passes shows an attack the site stops; an
``xfail(strict=True)`` test shows one it does not stop yet, and its reason names the gap.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re
from pathlib import Path

import pytest
import torch
from flwr.app import ArrayRecord, ConfigRecord, Context, Message, RecordDict

import fedtune.client.app as client_app
from fedtune.client.app import app
from fedtune.common.adapters import from_arrays, to_arrays
from fedtune.common.ledger import Ledger
from fedtune.common.policy import load_policy
from fedtune.client.accounting import SiteBudget
from fedtune.client.privacy import release_mean_loss
from fedtune.common.protocol import LEDGER_HASH, VAL_LOSS, VAL_PERPLEXITY, Refusal
from tests.conftest import write_site
from tests.test_boundary import CANARY, Coordinator, _message

# Reply metrics that may differ between two sites for reasons other than their data: the
# noised release, and the receipt of a signed, timestamped ledger entry.
NOISED = {VAL_LOSS, VAL_PERPLEXITY}
RECEIPT = set(LEDGER_HASH)


def _site(root: Path, model: Path, name: str, *, n: int = 40, privacy: str = "", limits: str = "") -> Coordinator:
    policy = write_site(root, name, "clinical", n, 1, base=model, extra=f"[privacy]\n{privacy}\n[limits]\n{limits}\n")
    return Coordinator(model, policy)


def _refused(reply: Message) -> int:
    return int(reply.content["metrics"]["refused"])


def _metrics(reply: Message) -> dict[str, float | int]:
    return dict(reply.content["metrics"])


def _config(coordinator: Coordinator, server_round: int = 1) -> dict:
    return {"server-round": server_round, "base-fingerprint": coordinator.fingerprint}


def _entries(coordinator: Coordinator) -> list:
    return Ledger(load_policy(coordinator.policy).state_dir).releases()


def _state(coordinator: Coordinator) -> dict[str, bytes]:
    """Every file of the site's state (ledger, calibration, replies, keys), by relative path; lock files aside."""
    root = Path(load_policy(coordinator.policy).state_dir)
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def _assert_data_free(reply: Message) -> None:
    text = repr(reply.content) + repr(reply.metadata)
    assert CANARY not in text and "Traceback" not in text and "/" not in text


# --- What a reply depends on ------------------------------------------------------------


def test_two_sites_with_different_exact_counts_send_the_same_numbers(tiny_model: Path, tmp_path: Path, caplog) -> None:
    """Every reply value but the noised release is public: a site's exact N changes none of them."""
    sites = [_site(tmp_path, model=tiny_model, name=f"site-{n}", n=n) for n in (30, 36)]
    replies: list[tuple[dict, dict]] = []
    with caplog.at_level(logging.INFO, logger="fedtune.client.site"):
        for site in sites:
            train = site.send("train")
            evaluate = site.send("evaluate")
            assert _refused(train) == _refused(evaluate) == 0
            replies.append((_metrics(train), _metrics(evaluate)))
            assert [tuple(a.shape) for a in train.content["arrays"].values()] == [
                tuple(a.shape) for a in site.adapter().values()
            ]
    # The precondition: the two sites really hold different numbers of training examples.
    counts = [int(m.group(1)) for m in re.finditer(r": (\d+) train examples", caplog.text)]
    assert len(counts) >= 2 and counts[0] != counts[-1]
    (train_a, eval_a), (train_b, eval_b) = replies
    assert {k: v for k, v in train_a.items() if k not in RECEIPT} == {k: v for k, v in train_b.items() if k not in RECEIPT}
    assert {k: v for k, v in eval_a.items() if k not in RECEIPT | NOISED} == {
        k: v for k, v in eval_b.items() if k not in RECEIPT | NOISED
    }
    # What the receipts hash: the ledger entries agree on every field that is not a site's own.
    ledgers = [[dataclasses.asdict(e.release) for e in _entries(site)] for site in sites]
    assert ledgers[0] == ledgers[1]


def test_repeating_an_evaluation_gives_the_same_answer_and_every_new_one_is_charged(tiny_model: Path, tmp_path: Path) -> None:
    """Averaging the noise away: a repeat is a replay of the paid release; any variation is a new, charged release."""
    site = _site(tmp_path, tiny_model, "hospital", privacy="metric_noise_multiplier = 20")
    config = _config(site, 2)
    first = _metrics(site.send("evaluate", config=config))
    repeats = [_metrics(site.send("evaluate", config=config)) for _ in range(3)]
    assert all(r == first for r in repeats)  # the same noise, not fresh draws
    assert [e.kind for e in _entries(site)] == ["metric"]

    # The same adapter with one coordinate nudged: a different request, so a fresh release, charged,
    # until the run has had the evaluations it planned (one a round); then each is refused.
    base = from_arrays(site.adapter())
    key = sorted(base)[0]
    answers = []
    for i in range(1, 11):
        nudged = {**base, key: base[key] + 1e-6 * i}
        answers.append(_metrics(site.send("evaluate", arrays=to_arrays(nudged), config=config)))
    answered = [a for a in answers if a["refused"] == 0]
    assert len(answered) == 1 and all(a["refused"] == Refusal.EVALUATIONS for a in answers[1:])
    assert answered[0]["epsilon"] > first["epsilon"]
    assert [e.kind for e in _entries(site)] == ["metric", "metric"]
    assert _metrics(site.send("evaluate", config=config)) == first  # asked again later: still the paid answer


# --- Paths, message types and config keys ----------------------------------------------


def test_a_deployed_site_reads_its_own_policy_whatever_sim_policies_names(tiny_model: Path, tmp_path: Path) -> None:
    site = _site(tmp_path / "real", tiny_model, "hospital")
    # Another policy on the same machine: another state dir (a fresh budget) and no DP at all.
    rogue = write_site(tmp_path / "rogue", "rogue", "clinical", 40, 2, base=tiny_model, extra="[privacy]\nenabled = false\n")
    rogue_state = load_policy(rogue).state_dir
    reply = site.send("train", run={"sim_policies": str(rogue.parent)})
    assert _refused(reply) == 0 and math.isfinite(_metrics(reply)["epsilon"])
    assert not Path(rogue_state).exists()
    assert [e.kind for e in _entries(site)] == ["train"]

    # A node started without a policy in its node config is not a simulated one either.
    content = RecordDict({"config": ConfigRecord(_config(site)), "arrays": site.adapter()})
    context = site.context(sim_policies=str(rogue.parent))
    bare = Context(run_id=1, node_id=1, node_config={}, state=RecordDict(), run_config=context.run_config)
    reply = app(_message(content, "train", 90), bare)
    assert _refused(reply) != 0 and not Path(rogue_state).exists()
    _assert_data_free(reply)


def test_every_registered_handler_answers_through_the_boundary(tiny_model: Path, tmp_path: Path, monkeypatch) -> None:
    site = _site(tmp_path, tiny_model, "hospital")

    def failing(*_: object, **__: object) -> None:
        raise RuntimeError(f"{site.policy}: {CANARY}")

    monkeypatch.setattr(client_app, "_request", failing)
    assert {name.split(".")[0] for name in app._registered_funcs} == {"train", "evaluate", "query"}  # noqa: SLF001
    for name in app._registered_funcs:  # noqa: SLF001
        content = RecordDict({"config": ConfigRecord(_config(site)), "arrays": site.adapter()})
        reply = app(_message(content, name), site.context())
        assert not reply.has_error()
        assert _metrics(reply) == {"num-examples": 0, "refused": Refusal.REQUEST if name.startswith("query") else Refusal.SITE_ERROR}
        _assert_data_free(reply)


@pytest.mark.parametrize("message_type", ["train.probe", "evaluate.probe", "query.probe"])
def test_an_unregistered_message_type_gets_a_refusal_from_the_boundary(tiny_model: Path, tmp_path: Path, message_type: str) -> None:
    site = _site(tmp_path, tiny_model, "hospital")
    content = RecordDict({"config": ConfigRecord(_config(site)), "arrays": site.adapter()})
    reply = app(_message(content, message_type), site.context())
    assert _metrics(reply) == {"num-examples": 0, "refused": Refusal.REQUEST}


def test_malformed_run_configs_and_messages_are_refused_without_text_or_state(tiny_model: Path, tmp_path: Path) -> None:
    site = _site(tmp_path, tiny_model, "hospital")
    assert _refused(site.send("train")) == 0
    before = _state(site)
    good = site.context().run_config
    run_configs = {
        "unknown key": {**good, "debug-dump": CANARY},
        "a string for a number": {**good, "local-steps": CANARY},
        "out of range": {**good, "local-steps": 0},
        "a path as the device": {**good, "device": f"/tmp/{CANARY}"},
    }
    for case, run_config in run_configs.items():
        for kind in ("train", "evaluate"):
            content = RecordDict({"config": ConfigRecord(_config(site)), "arrays": site.adapter()})
            context = Context(run_id=1, node_id=1, node_config={"policy": str(site.policy)}, state=RecordDict(), run_config=run_config)
            reply = app(_message(content, kind), context)
            assert _refused(reply) in {Refusal.REQUEST, Refusal.SITE_ERROR}, (case, kind)
            assert set(_metrics(reply)) == {"num-examples", "refused"}
            _assert_data_free(reply)
    messages = {
        "no config": RecordDict({"arrays": site.adapter()}),
        "no adapter": RecordDict({"config": ConfigRecord(_config(site))}),
        "adapter as config": RecordDict({"config": ConfigRecord(_config(site)), "arrays": ConfigRecord({"x": CANARY})}),
        "a list round": RecordDict({"config": ConfigRecord({**_config(site), "server-round": [1, 2]}), "arrays": site.adapter()}),
        "a negative round": RecordDict({"config": ConfigRecord({**_config(site), "server-round": -1}), "arrays": site.adapter()}),
        "a text fingerprint": RecordDict({"config": ConfigRecord({**_config(site), "base-fingerprint": CANARY}), "arrays": site.adapter()}),
    }
    for case, content in messages.items():
        for kind in ("train", "evaluate"):
            reply = app(_message(content, kind), site.context())
            assert _refused(reply) != 0, (case, kind)
            _assert_data_free(reply)
    assert _state(site) == before


# --- Refusals leave no trace --------------------------------------------------------------


def test_a_refusal_changes_neither_ledger_nor_calibration_nor_replies(tiny_model: Path, tmp_path: Path) -> None:
    site = _site(tmp_path, tiny_model, "hospital", privacy="target_epsilon = 6.0", limits="max_rounds = 3\nmax_total_rounds = 3")
    assert _refused(site.send("train")) == 0
    before = _state(site)
    assert {"ledger.jsonl", "privacy.json"} <= set(before)
    wrong_keys = ArrayRecord({k.replace("lora_A", "lora_X"): v for k, v in site.adapter().items()})
    requests = {
        Refusal.EPSILON: {"run": {"target_epsilon": 7.0}},
        Refusal.CLIP_FLOOR: {"run": {"max_grad_norm": 0.5}},
        Refusal.LIMITS: {"run": {"num_server_rounds": 4}},
        Refusal.BASE_MODEL: {"config": {"server-round": 2, "base-fingerprint": site.fingerprint[:-2] + "00"}},
        Refusal.REQUEST: {"config": {"server-round": 0, "base-fingerprint": site.fingerprint}},
        Refusal.SITE_ERROR: {"arrays": wrong_keys, "config": _config(site, 2)},
    }
    for kind in ("train", "evaluate"):
        for code, request in requests.items():
            reply = site.send(kind, **request)
            assert _refused(reply) == code, (kind, code)
            assert len(reply.content.array_records.get("arrays", ArrayRecord())) == 0
    assert _state(site) == before

    # Spend the rest of the budget outside the app, then ask for more.
    budget = SiteBudget(load_policy(site.policy))
    budget.record(kind="train", run_id="9", server_round=9, records=100, scrubbed=True, mechanism=(0.3, 0.5, 50), clip=1.0)
    spent = _state(site)
    for kind in ("train", "evaluate"):
        assert _refused(site.send(kind, config=_config(site, 3))) == Refusal.BUDGET
    assert _state(site) == spent


# --- The budget as a target -------------------------------------------------------------


def test_an_oversized_plan_is_refused_before_calibration_when_the_policy_bounds_the_lifetime(tiny_model: Path, tmp_path: Path) -> None:
    site = _site(tmp_path, tiny_model, "hospital", limits="max_total_rounds = 4")
    assert _refused(site.send("train", run={"num_server_rounds": 30})) == Refusal.LIMITS
    assert "privacy.json" not in {Path(p).name for p in _state(site)}
    assert _refused(site.send("train")) == 0


def test_one_oversized_plan_does_not_fix_the_noise_for_life_under_the_default_policy(tiny_model: Path, tmp_path: Path) -> None:
    site = _site(tmp_path, tiny_model, "hospital")
    oversized = site.send("train", run={"num_server_rounds": 30})
    if _refused(oversized):
        return  # refused before calibration: the attack is stopped
    assert _refused(site.send("train", run_id=2)) == 0  # an honest 2-round run afterwards
    first, later = _entries(site)
    assert later.noise_multiplier < first.noise_multiplier


def test_evaluations_beyond_the_plan_cannot_starve_the_planned_rounds(tiny_model: Path, tmp_path: Path) -> None:
    site = _site(tmp_path, tiny_model, "hospital", privacy="metric_noise_multiplier = 2.0")
    assert _refused(site.send("train")) == 0  # round 1 of the planned 2, calibrated with 2 evaluations
    for i in range(1, 11):  # distinct adapters, so no replay: each one a new release
        if _refused(site.send("evaluate", arrays=site.adapter(scale=0.01 * i), config=_config(site))):
            break
    assert _refused(site.send("train", config=_config(site, 2))) == 0


def test_a_low_epsilon_request_does_not_fix_the_noise_for_later_runs(tiny_model: Path, tmp_path: Path) -> None:
    site = _site(tmp_path, tiny_model, "hospital", limits="max_rounds = 4\nmax_total_rounds = 8")
    assert _refused(site.send("train", run={"target_epsilon": 2.5})) == 0  # within the policy's 8
    assert _refused(site.send("train", run_id=2)) == 0  # a later run that asks for the site's own cap
    first, later = _entries(site)
    assert later.noise_multiplier < first.noise_multiplier


def test_a_site_spent_on_evaluations_refuses_training_before_reading_data(tiny_model: Path, tmp_path: Path, monkeypatch) -> None:
    import fedtune.client.site as site_module

    site = _site(tmp_path, tiny_model, "hospital", privacy="metric_noise_multiplier = 1.5")
    for i in range(1, 16):
        if _refused(site.send("evaluate", arrays=site.adapter(scale=0.01 * i), run_id=i)) == Refusal.BUDGET:  # a new run each time
            break
    assert [e.kind for e in _entries(site)][-1] == "metric"
    before = _state(site)
    reads = []
    real = site_module.read_records
    monkeypatch.setattr(site_module, "read_records", lambda *a, **k: reads.append(1) or real(*a, **k))
    code = _refused(site.send("train"))
    # Either the site still trains (with the noise its remaining budget allows), or it refuses
    # as every other refusal does: before reading a record, leaving its state as it was.
    assert code == 0 or (code == Refusal.BUDGET and not reads and _state(site) == before)


# --- Non-finite values: a record's contribution must stay bounded -----------------------


def test_one_records_nan_loss_cannot_turn_a_metric_release_into_nan() -> None:
    # A crafted adapter can overflow on a chosen token, making only the records that hold it NaN.
    # The released value (or the SITE_ERROR the guard turns a NaN into) then says whether such
    # a record exists: a sensitivity the Gaussian noise does not cover.
    losses = torch.tensor([1.0, 2.0, math.nan, 3.0])
    value = release_mean_loss(losses, loss_bound=5.0, noise_multiplier=1.0, generator=torch.Generator().manual_seed(0))
    assert math.isfinite(value)


def test_an_overflowing_adapter_is_refused_before_release_or_answered_with_finite_tensors(tiny_model: Path, tmp_path: Path) -> None:
    # With an adapter that overflows only on a chosen token, "charged, then SITE_ERROR" (or NaN
    # tensors) happens only when a record holding that token was drawn: a bit about the data
    # that no noise covers. Either the request is refused before anything is released, or each
    # record's contribution stays bounded and the reply is finite.
    site = _site(tmp_path, tiny_model, "hospital")
    reply = site.send("train", arrays=site.adapter(scale=1e30))
    if _refused(reply):
        assert _entries(site) == []
    else:
        tensors = from_arrays(reply.content["arrays"])
        assert all(bool(torch.isfinite(t).all()) for t in tensors.values())
