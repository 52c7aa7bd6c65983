"""DP-SGD is the mechanism it claims: clipped per-example gradients, real noise, exact accounting, a cap that holds."""

from __future__ import annotations

import argparse
from functools import partial

import dp_accounting
import pytest
import torch
from dp_accounting.pld import pld_privacy_accountant
from opacus.accountants import create_accountant
from torch.utils.data import DataLoader

from fedtune.cli import budget as budget_cli
from fedtune.client.guard import Refused
from fedtune.client.privacy_stage import train_round
from fedtune.common.data import Record
from fedtune.common.ledger import Ledger
from fedtune.common.model import LoraSettings, load_for_training
from fedtune.common.policy import PrivacySettings, SitePolicy
from fedtune.client.accounting import (
    PRIVACY_FILE,
    Plan,
    PrivacyError,
    SiteBudget,
    calibrate,
    check_delta,
    epsilon,
    public_count,
    sample_rate,
)
from fedtune.client.privacy import DPSGD, release_mean_loss
from fedtune.common.protocol import Refusal
from fedtune.common.runconfig import MODES
from fedtune.common.tokenize import encode
from fedtune.client.train import LocalTrainer, TrainSettings, collate
from fedtune.common.scoring import example_losses


@pytest.fixture(autouse=True)
def _one_thread():  # noqa: ANN202
    """Tiny models run several times faster on one thread than on two contended ones."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _examples(tokenizer, n: int, start: int = 0, varied: bool = False):  # noqa: ANN001, ANN202
    """A learnable pattern; record i asks a code unique to it, so later indices are held out."""
    records = []
    for i in range(start, start + n):
        digits = " ".join([str(i % 4)] * (2 + (i % 5 if varied else 0)))
        records.append(Record("instruction", {"instruction": f"Code {i}?", "input": "", "output": f"The code is {digits}."}, "f", i))
    return [encode(r, tokenizer, 128) for r in records]


def _model(tiny_model, dtype: torch.dtype = torch.float32):  # noqa: ANN001, ANN202
    """LoRA without dropout, B set away from zero so that A has gradients too."""
    model = load_for_training(tiny_model, LoraSettings(r=4, dropout=0.0), torch.device("cpu"), seed=1).to(dtype)
    generator = torch.Generator().manual_seed(5)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.copy_(0.1 * torch.randn(p.shape, generator=generator, dtype=torch.float64))
    return model


def _lora(model):  # noqa: ANN001, ANN202
    return [p for p in model.parameters() if p.requires_grad]


class _Watch:
    """A PrivacyHook around DPSGD that records the gradient each real optimizer step applies, and the weights after it."""

    def __init__(self, inner: DPSGD, model: torch.nn.Module) -> None:
        self.inner, self.model = inner, model
        self.grads: list[list[torch.Tensor]] = []
        self.weights = [[p.detach().clone() for p in _lora(model)]]

    def make_private(self, module, optimizer, data_loader, *, physical_batch_size):  # noqa: ANN001, ANN201
        # Hooks on the plain optimizer run only when Opacus lets a step through.
        optimizer.register_step_pre_hook(lambda opt, *_: self.grads.append([p.grad.detach().clone() for p in opt.param_groups[0]["params"]]))
        optimizer.register_step_post_hook(lambda *_: self.weights.append([p.detach().clone() for p in _lora(self.model)]))
        return self.inner.make_private(module, optimizer, data_loader, physical_batch_size=physical_batch_size)

    def __getattr__(self, name: str):  # noqa: ANN204 - backward, accumulate, finish, detach: the inner DPSGD's
        return getattr(self.inner, name)


def _dp(noise_multiplier: float, clip: float, n: int, batch: int, **kwargs) -> DPSGD:
    """DP-SGD drawing an expected ``batch`` of ``n`` examples (the rounded count is n itself)."""
    rate = sample_rate(n, batch)
    return DPSGD(noise_multiplier=noise_multiplier, max_grad_norm=clip, sample_rate=rate, expected_batch_size=rate * n, **kwargs)


def _flat(tensors) -> torch.Tensor:  # noqa: ANN001
    return torch.cat([t.reshape(-1).double() for t in tensors])


# bf16 autocast on CPU is the mixed-precision path a GPU takes (bf16 activations, float32
# LoRA weights and noise); its per-example gradients carry bf16 rounding, hence the tolerance.
@pytest.mark.parametrize(("precision", "tolerance"), [("float32", 1e-5), ("bf16", 2e-2)])  # bf16 measured: 0.7%
@pytest.mark.parametrize("mode", MODES)
def test_a_noiseless_step_is_the_mean_of_per_example_gradients_clipped_by_hand(
    tiny_model, tiny_tokenizer, mode, precision, tolerance
) -> None:
    examples = _examples(tiny_tokenizer, 6, varied=True)
    reference = _model(tiny_model, torch.float64)
    per_example = []
    for e in examples:
        batch = collate([e], tiny_tokenizer.pad_token_id)
        logits = reference(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
        per_example.append(_flat(torch.autograd.grad(example_losses(logits, batch["labels"])[0], _lora(reference))))
    norms = torch.stack([g.norm() for g in per_example])
    clip = norms.median().item()
    assert (norms > clip * 1.01).any() and (norms < clip * 0.99).any()
    expected = torch.stack([g * min(1.0, clip / n.item()) for g, n in zip(per_example, norms, strict=True)]).mean(0)

    model = _model(tiny_model)
    watch = _Watch(_dp(0.0, clip, 6, 6, mode=mode, seed=0), model)
    # batch_size x grad_accum = N: sample rate 1, every example in the draw, in two physical batches.
    settings = TrainSettings(steps=1, batch_size=3, grad_accum=2, precision=precision, progress=False)
    LocalTrainer(model, tiny_tokenizer.pad_token_id, settings).fit(examples, privacy=watch)
    assert all(g.dtype == torch.float32 for g in watch.grads[0])
    got = _flat(watch.grads[0])
    assert (got - expected).norm() <= tolerance * expected.norm()


@pytest.mark.parametrize("precision", ["float32", "bf16"])
@pytest.mark.parametrize("mode", MODES)
def test_with_noise_the_lora_weights_move_every_step_and_depend_on_the_noise_seed(tiny_model, tiny_tokenizer, mode, precision) -> None:
    examples = _examples(tiny_tokenizer, 16)

    def run(seed: int) -> list[list[torch.Tensor]]:
        model = _model(tiny_model)
        watch = _Watch(_dp(1.0, 1.0, 16, 4, mode=mode, seed=seed), model)
        settings = TrainSettings(steps=4, batch_size=4, precision=precision, progress=False)
        LocalTrainer(model, tiny_tokenizer.pad_token_id, settings).fit(examples, privacy=watch)
        return watch.weights

    first, other = run(1), run(2)
    assert len(first) == 5
    for before, after in zip(first, first[1:]):
        assert all(not torch.equal(a, b) for a, b in zip(before, after, strict=True))  # opacus issue 820
    assert all(not torch.equal(a, b) for a, b in zip(first[-1], other[-1], strict=True))


@pytest.mark.parametrize("mode", MODES)
def test_an_empty_poisson_draw_is_a_noise_only_step(tiny_model, tiny_tokenizer, mode) -> None:
    model = _model(tiny_model)
    dp = _dp(1.0, 1.0, 2, 1, mode=mode, seed=4)
    loader = DataLoader(_examples(tiny_tokenizer, 2), batch_size=1, collate_fn=partial(collate, pad_id=0))
    parts = dp.make_private(model, torch.optim.SGD(_lora(model), lr=1.0), loader, physical_batch_size=2)
    draws = (draw for _ in range(20) for draw in parts.loader)
    assert next(draw for draw in draws if not draw) == []
    before = [p.detach().clone() for p in _lora(model)]
    parts.optimizer.step()
    dp.detach()
    assert all(not torch.equal(a, b) for a, b in zip(before, _lora(model), strict=True))
    assert dp.history == [(1.0, 0.5, 1)]


def test_the_noise_of_an_empty_draw_has_the_promised_size(tiny_model, tiny_tokenizer) -> None:
    # Weights that move prove nothing (AdamW moves them for any gradient): with plain SGD at
    # lr 1 and an empty draw, the change is the noise itself, sigma x C / the expected batch.
    model = _model(tiny_model)
    sigma, clip, expected = 0.7, 2.0, 8.0
    dp = DPSGD(noise_multiplier=sigma, max_grad_norm=clip, sample_rate=1e-12, expected_batch_size=expected, seed=3)
    loader = DataLoader(_examples(tiny_tokenizer, 4), batch_size=1, collate_fn=partial(collate, pad_id=0))
    parts = dp.make_private(model, torch.optim.SGD(_lora(model), lr=1.0), loader, physical_batch_size=1)
    assert next(iter(parts.loader)) == []
    before = _flat(_lora(model))
    parts.optimizer.step()
    dp.detach()
    change = _flat(_lora(model)) - before
    assert change.numel() > 3000  # the std estimate is then within 1.5% (one standard error)
    assert change.std().item() == pytest.approx(sigma * clip / expected, rel=0.05)
    assert abs(change.mean().item()) < 0.05 * sigma * clip / expected


def test_the_rate_the_sampler_draws_with_is_the_rate_planned_and_accounted_for_every_size() -> None:
    # Opacus derives its sampler from 1/int(1/q): for about 8% of sizes one step off the q a
    # site planned with (N = 370, B = 4 drew 92 steps an epoch, not 93). Here one function gives q.
    model = torch.nn.Linear(4, 1)
    rates = set()
    for records in range(50, 5001, 7):
        for batch in (1, 4, 8, 32):
            rate = sample_rate(public_count(records, 1), batch)
            dp = DPSGD(noise_multiplier=1.0, max_grad_norm=1.0, sample_rate=rate, expected_batch_size=rate * records, seed=0)
            loader = DataLoader(torch.zeros(records, 4), batch_size=batch)
            parts = dp.make_private(model, torch.optim.SGD(model.parameters(), lr=0.1), loader, physical_batch_size=records)
            assert parts.loader.batch_sampler.sample_rate == rate
            assert parts.optimizer.expected_batch_size == rate * records
            for physical in next(iter(parts.loader)):  # an empty draw sets zero per-example gradients itself
                model(physical).sum().backward()
            parts.optimizer.step()
            dp.detach()
            assert dp.history == [(1.0, rate, 1)]
            rates.add(rate)
    assert len(rates) > 1000


@pytest.mark.parametrize(("records", "batch"), [(370, 4), (50, 1), (999, 8), (5000, 32), (1234, 32)])
def test_every_planned_round_trains_and_the_ledger_never_passes_the_cap(records: int, batch: int) -> None:
    plan = Plan(public_records=public_count(records, 100), expected_batch=batch, horizon=3 * 8, releases=3)
    reserved = [(5.0, 1.0, 1)] * 3
    sigma = calibrate(target_epsilon=8.0, target_delta=1e-5, sample_rate=plan.sample_rate, steps=plan.horizon, reserved=[(5.0, 1.0, 3)])
    history: list = []
    for _ in range(3):  # each round: the cap check, then the round and its evaluation join the ledger
        assert epsilon([*history, (sigma, plan.sample_rate, 8)], delta=1e-5) <= 8.0
        history += [(sigma, plan.sample_rate, 8), reserved[0]]
    assert epsilon(history, delta=1e-5) <= 8.0


def _policy(tmp_path, **privacy) -> SitePolicy:  # noqa: ANN001
    return SitePolicy(site_id="clinic", data=tmp_path / "data", state_dir=tmp_path / "state", privacy=PrivacySettings(**privacy))


def _record(budget: SiteBudget, server_round: int, mechanism, *, kind: str = "train", records: int = 5000, scrubbed: bool = True):  # noqa: ANN001, ANN202
    return budget.record(
        kind=kind, run_id="1", server_round=server_round, records=records, scrubbed=scrubbed, mechanism=mechanism, clip=1.0
    )


def test_epsilon_after_rounds_and_restarts_equals_a_fresh_opacus_accountant(tiny_model, tiny_tokenizer, tmp_path) -> None:
    examples = _examples(tiny_tokenizer, 24)
    model = _model(tiny_model)
    policy = _policy(tmp_path, target_epsilon=50.0, target_delta=1e-3, record_granularity=10)
    rate = sample_rate(public_count(len(examples), 10), 6)  # 6 of a rounded 30, not of the exact 24
    for server_round in (1, 2, 3):
        # A new SiteBudget each round is a restarted site: all it knows is in its state directory.
        budget = SiteBudget(policy)
        dp = DPSGD(noise_multiplier=1.1, max_grad_norm=1.0, sample_rate=rate, expected_batch_size=6.0, seed=server_round)
        LocalTrainer(model, 0, TrainSettings(steps=2, batch_size=6, progress=False)).fit(examples, privacy=dp)
        assert dp.history == [(1.1, rate, 2)]  # what the sampler drew with is what is accounted
        entry = _record(budget, server_round, dp.history[0], records=len(examples))
    fresh = create_accountant("prv")
    for _ in range(3 * 2):
        fresh.step(noise_multiplier=1.1, sample_rate=0.2)
    assert entry.epsilon == pytest.approx(fresh.get_epsilon(1e-3), rel=1e-9)
    restarted = SiteBudget(policy)
    assert restarted.spent() == entry.epsilon
    assert [(e.round, e.records, e.sample_rate, e.steps) for e in Ledger(policy.state_dir).releases()] == [
        (r, 30, 0.2, 2) for r in (1, 2, 3)
    ]


def _round(policy, model, tokenizer, examples, server_round: int, planned: int, target: float | None = None, scrubbed: bool = True):  # noqa: ANN001, ANN202
    settings = TrainSettings(steps=3, batch_size=8, total_steps=3 * planned, start_step=3 * (server_round - 1), progress=False)
    trainer = LocalTrainer(model, tokenizer.pad_token_id, settings)
    return train_round(
        policy, SiteBudget(policy, target), trainer, examples, run_id="1", server_round=server_round,
        rounds_left=planned - server_round + 1, max_grad_norm=1.0, mode="hooks", scrubbed=scrubbed,
    )


def test_a_site_whose_next_round_would_pass_its_cap_refuses_and_changes_nothing(tiny_model, tiny_tokenizer, tmp_path) -> None:
    policy = _policy(tmp_path, target_epsilon=3.0, target_delta=1e-3, record_granularity=10)
    examples = _examples(tiny_tokenizer, 32)
    model = _model(tiny_model)
    trained = [_round(policy, model, tiny_tokenizer, examples, 1, 2), _round(policy, model, tiny_tokenizer, examples, 2, 2)]
    assert trained[0].entry.epsilon < trained[1].entry.epsilon <= 3.0
    ledger = Ledger(policy.state_dir)
    state = {name: (policy.state_dir / name).read_bytes() for name in (PRIVACY_FILE, ledger.path.name)}
    weights = [p.detach().clone() for p in _lora(model)]

    with pytest.raises(Refused) as refused:  # the coordinator adds a round to the run the noise was not planned for
        _round(policy, model, tiny_tokenizer, examples, 3, 3)
    assert refused.value.code is Refusal.BUDGET
    assert all(torch.equal(a, b) for a, b in zip(weights, _lora(model), strict=True))
    assert {name: (policy.state_dir / name).read_bytes() for name in state} == state


def test_a_requested_epsilon_below_the_cap_is_the_one_the_site_trains_to(tiny_model, tiny_tokenizer, tmp_path) -> None:
    policy = _policy(tmp_path, target_epsilon=8.0, target_delta=1e-3)
    examples = _examples(tiny_tokenizer, 32)
    model = _model(tiny_model)
    # Another run's calibration (for the cap) is not this run's: the run is calibrated afresh, to the request.
    SiteBudget(policy).calibration(Plan(public_records=100, expected_batch=8, horizon=6, releases=0), records=32, run_id="0")
    _round(policy, model, tiny_tokenizer, examples, 1, 2, target=2.0, scrubbed=False)
    second = _round(policy, model, tiny_tokenizer, examples, 2, 2, target=2.0)
    assert 1.8 < second.entry.epsilon <= 2.0  # the request, not the policy's 8
    assert SiteBudget(policy, 2.0).load_calibration().target_epsilon == 2.0
    assert [e.scrubbed for e in Ledger(policy.state_dir).releases()] == [False, True]  # the waived round is on record
    with pytest.raises(PrivacyError, match="must be in \\(0, 8\\]"):
        SiteBudget(policy, 9.0)


@pytest.mark.parametrize(
    "mechanisms",
    [
        [(0.9, 0.25, 6)] * 3,  # demo-like: few records, large draws, few steps
        [(1.0, 0.01, 100), (1.0, 0.01, 100), (0.8, 0.02, 50)],  # a plan changed mid-federation
        [(0.9, 0.04, 8), (5.0, 1.0, 1), (0.9, 0.04, 8), (5.0, 1.0, 1), (5.0, 1.0, 1)],  # rounds and metric releases
    ],
)
def test_reported_epsilon_agrees_with_google_dp_accounting_pld(tmp_path, mechanisms) -> None:
    budget = SiteBudget(_policy(tmp_path, target_epsilon=100.0, target_delta=1e-5))
    for server_round, mechanism in enumerate(mechanisms, start=1):
        reported = _record(budget, server_round, mechanism, kind="metric" if mechanism[1] == 1.0 else "train")
    pld = pld_privacy_accountant.PLDAccountant()
    for e in Ledger(budget.state_dir).releases():  # an auditor's view: the ledger alone
        gaussian = dp_accounting.GaussianDpEvent(e.noise_multiplier)
        event = gaussian if e.kind == "metric" else dp_accounting.PoissonSampledDpEvent(e.sample_rate, gaussian)
        pld.compose(dp_accounting.SelfComposedDpEvent(event, e.steps))
    assert reported.epsilon == pytest.approx(pld.get_epsilon(reported.delta), rel=0.02)


def test_a_metric_release_is_the_clipped_mean_plus_noise_of_the_promised_size() -> None:
    losses = torch.tensor([0.5, 1.5, 2.5, 40.0])  # the last is clipped to the bound
    exact = (0.5 + 1.5 + 2.5 + 3.0) / 4
    assert release_mean_loss(losses, loss_bound=3.0, noise_multiplier=1e-9) == pytest.approx(exact, rel=1e-6)
    generator = torch.Generator().manual_seed(0)
    big = torch.full((2000,), 1.0)
    draws = torch.tensor([release_mean_loss(big, loss_bound=3.0, noise_multiplier=2.0, generator=generator) for _ in range(400)])
    # the noised sum dominates: std ~ sigma x sqrt(2) x bound / n (the noised count adds a little)
    assert draws.mean().item() == pytest.approx(1.0, abs=0.01)
    assert draws.std().item() == pytest.approx(2.0 * 2**0.5 * 3.0 / 2000, rel=0.2)


def test_calibrated_noise_spends_at_most_the_target_and_little_less() -> None:
    sigma = calibrate(target_epsilon=2.0, target_delta=1e-3, sample_rate=0.25, steps=4)
    assert 1.9 < epsilon([(sigma, 0.25, 4)], delta=1e-3) <= 2.0
    assert epsilon([(sigma * 0.98, 0.25, 4)], delta=1e-3) > 2.0


def test_training_at_epsilon_8_still_lowers_validation_loss(tiny_model, tiny_tokenizer) -> None:
    train, val = _examples(tiny_tokenizer, 128), _examples(tiny_tokenizer, 32, start=1000)
    sigma = calibrate(target_epsilon=8.0, target_delta=1e-3, sample_rate=sample_rate(len(train), 32), steps=40)
    model = load_for_training(tiny_model, LoraSettings(r=8), torch.device("cpu"))
    trainer = LocalTrainer(model, tiny_tokenizer.pad_token_id, TrainSettings(steps=40, batch_size=32, learning_rate=2e-2, progress=False))
    before = trainer.evaluate(val).loss
    trainer.fit(train, privacy=_dp(sigma, 1.0, len(train), 32, seed=0))
    assert trainer.evaluate(val).loss < before - 0.25  # measured: 7.65 -> 7.27; non-private 6.89


def test_a_delta_at_or_above_one_over_n_is_rejected_with_what_to_do(tmp_path) -> None:
    check_delta(0.0099, 100)
    with pytest.raises(PrivacyError, match="below 0.01"):
        check_delta(0.01, 100)
    budget = SiteBudget(_policy(tmp_path, target_epsilon=8.0, target_delta=0.02, record_granularity=1))
    with pytest.raises(PrivacyError, match="target_delta 0.02 is not below 1/N = 0.01 for N = 100"):
        budget.calibration(Plan(public_records=100, expected_batch=10, horizon=10, releases=0), records=100, run_id="1")
    assert not (budget.state_dir / PRIVACY_FILE).exists()


def test_budget_command_shows_spent_and_remaining_epsilon(tmp_path, capsys) -> None:
    policy_file = tmp_path / "site.toml"
    policy_file.write_text(
        'site_id = "clinic"\ndata = "data"\nstate_dir = "state"\n[privacy]\ntarget_epsilon = 8.0\ntarget_delta = 1e-5\n',
        encoding="utf-8",
    )
    budget = SiteBudget(_policy(tmp_path, target_epsilon=8.0, target_delta=1e-5))
    _record(budget, 1, (1.0, 0.01, 100))
    _record(budget, 2, (1.0, 0.01, 1), scrubbed=False)
    _record(budget, 2, (5.0, 1.0, 1), kind="metric")
    parser = argparse.ArgumentParser()
    budget_cli.register(parser.add_subparsers())
    args = parser.parse_args(["budget", "--policy", str(policy_file)])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    spent = budget.spent()
    assert f"epsilon {spent:.3f} spent of 8 ({8 - spent:.3f} left) at delta 1e-05, over 2 round(s) and 1 metric release(s)" in out
    assert "not calibrated yet" in out
    rows = out.splitlines()[-3:]
    assert rows[0].endswith("  scrubbed") and rows[1].endswith("UNSCRUBBED (waiver)") and " metric " in rows[2]


def test_a_later_run_is_calibrated_from_what_earlier_runs_left(tiny_model, tiny_tokenizer, tmp_path) -> None:
    # A first run's oversized plan does not fix the noise for the site's lifetime: the next run
    # gets what is left, and the ledger ends within the cap.
    policy = _policy(tmp_path, target_epsilon=4.0, target_delta=1e-3, record_granularity=10)
    examples = _examples(tiny_tokenizer, 32)
    model = _model(tiny_model)
    budget = SiteBudget(policy)
    first = budget.calibration(Plan(public_records=40, expected_batch=8, horizon=3 * 30, releases=0), records=32, run_id="a")
    _record(budget, 1, (first.noise_multiplier, 0.2, 3), records=32)  # one round of the 30 planned, then the run stops
    second = budget.calibration(Plan(public_records=40, expected_batch=8, horizon=3 * 2, releases=2), records=32, run_id="b")
    assert second.noise_multiplier < first.noise_multiplier
    assert budget.calibration(Plan(public_records=40, expected_batch=8, horizon=3, releases=1), records=32, run_id="b") == second
    history = [*budget.history(), (second.noise_multiplier, 0.2, 6), (5.0, 1.0, 2)]
    assert epsilon(history, delta=1e-3) <= 4.0


def test_importing_the_dp_engine_leaves_logging_to_the_application() -> None:
    """Opacus calls logging.basicConfig on import; left in place, every Flower line printed twice."""
    import subprocess
    import sys

    for first in ("", "import opacus.utils.module_utils; "):  # fedtune first, or something that imported Opacus before it
        code = f"import logging; {first}import fedtune.client.accounting, fedtune.client.privacy; print(len(logging.getLogger().handlers))"
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert result.stdout.strip() == "0", first
