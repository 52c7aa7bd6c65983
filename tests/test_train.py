"""The local loop learns on a tiny model, follows its schedule and refuses bad settings."""

from __future__ import annotations

import pytest
import torch

from fedtune.common.data import Record
from fedtune.common.model import LoraSettings, load_for_training
from fedtune.common.tokenize import encode
from fedtune.common.runconfig import RunConfig
from fedtune.client.train import LocalTrainer, TrainSettings, lr_factor, round_settings


def _examples(tokenizer, n: int = 32):  # noqa: ANN001, ANN202
    records = [
        Record("instruction", {"instruction": f"Code {i % 4}?", "input": "", "output": f"The code is {i % 4} {i % 4}."}, "f", i)
        for i in range(n)
    ]
    return [encode(r, tokenizer, 128) for r in records]


def test_loss_goes_down_on_a_tiny_model(tiny_model, tiny_tokenizer) -> None:
    model = load_for_training(tiny_model, LoraSettings(r=8), torch.device("cpu"))
    examples = _examples(tiny_tokenizer)
    trainer = LocalTrainer(model, tiny_tokenizer.pad_token_id, TrainSettings(steps=40, learning_rate=2e-2, progress=False))
    before = trainer.evaluate(examples)
    result = trainer.fit(examples)
    after = trainer.evaluate(examples)
    assert after.loss < before.loss - 0.3  # measured: 5.98 -> 5.51
    assert result.examples == 40 * 4
    assert after.perplexity == pytest.approx(torch.tensor(after.loss).exp().item(), rel=1e-6)


def test_only_lora_weights_change_and_runs_are_reproducible(tiny_model, tiny_tokenizer) -> None:
    examples = _examples(tiny_tokenizer)

    def run():  # noqa: ANN202
        model = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"), seed=3)
        frozen = {n: p.detach().clone() for n, p in model.named_parameters() if not p.requires_grad}
        LocalTrainer(model, tiny_tokenizer.pad_token_id, TrainSettings(steps=5, progress=False, seed=7)).fit(examples)
        for n, p in model.named_parameters():
            if not p.requires_grad:
                assert torch.equal(p, frozen[n]), n
        return {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}

    a, b = run(), run()
    assert all(torch.equal(a[k], b[k]) for k in a)


def test_gradient_accumulation_draws_more_examples_per_step(tiny_model, tiny_tokenizer) -> None:
    model = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"))
    settings = TrainSettings(steps=3, batch_size=2, grad_accum=3, progress=False)
    result = LocalTrainer(model, tiny_tokenizer.pad_token_id, settings).fit(_examples(tiny_tokenizer))
    assert result.examples == 3 * 2 * 3


def test_schedule_warms_up_then_decays_over_the_whole_horizon() -> None:
    s = TrainSettings(steps=10, total_steps=100, start_step=0, warmup_ratio=0.1, schedule="cosine")
    factors = [lr_factor(i, s) for i in range(100)]
    assert factors[0] < factors[5] < factors[10] == pytest.approx(1.0)
    assert factors[99] < 0.01 and factors[55] == pytest.approx(0.5, abs=0.03)
    linear = TrainSettings(steps=10, total_steps=100, warmup_ratio=0.0, schedule="linear")
    assert lr_factor(50, linear) == pytest.approx(0.5)


@pytest.mark.parametrize(
    "kwargs",
    [{"steps": 0}, {"learning_rate": 0}, {"warmup_ratio": 1.0}, {"schedule": "step"}, {"steps": 10, "total_steps": 15, "start_step": 10}],
)
def test_bad_settings_are_refused_before_anything_is_built(kwargs) -> None:
    with pytest.raises(ValueError):
        TrainSettings(**kwargs)


def test_model_on_another_device_than_training_is_refused(tiny_model, tiny_tokenizer) -> None:
    model = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"))
    with pytest.raises(ValueError, match="opacus issue 820"):
        LocalTrainer(model, 0, TrainSettings(device="meta"))


def test_fedprox_keeps_weights_closer_to_where_the_round_started(tiny_model, tiny_tokenizer) -> None:
    examples = _examples(tiny_tokenizer)

    def drift(mu: float) -> float:
        model = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"), seed=2)
        start = {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}
        settings = TrainSettings(steps=10, learning_rate=2e-2, proximal_mu=mu, progress=False, seed=1)
        LocalTrainer(model, tiny_tokenizer.pad_token_id, settings).fit(examples)
        return sum(((p - start[n]) ** 2).sum().item() for n, p in model.named_parameters() if p.requires_grad) ** 0.5

    free, prox = drift(0.0), drift(20.0)
    assert 0 < prox < free * 0.9


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ({"local_steps": 0}, "local-steps must be >= 1"),
        ({"grad_accum": 0}, "grad-accum must be >= 1"),
        ({"learning_rate": 0.0}, "learning-rate must be > 0"),
        ({"warmup_ratio": 1.0}, "warmup-ratio must be in [0, 1)"),
        ({"schedule": "step"}, "schedule must be one of cosine, linear, constant"),
        ({"precision": "fp8"}, "precision must be one of"),
    ],
)
def test_a_run_config_the_sites_could_not_train_is_refused_where_it_is_read(bad, words) -> None:
    with pytest.raises(ValueError) as error:
        RunConfig(**bad)
    assert words in str(error.value)


def test_a_round_continues_the_schedule_over_the_whole_run() -> None:
    run = RunConfig(num_server_rounds=3, local_steps=4, strategy="fedprox", proximal_mu=0.1, seed=7)
    settings = round_settings(run, 2)
    assert (settings.steps, settings.total_steps, settings.start_step, settings.seed) == (4, 12, 4, 9)
    assert settings.proximal_mu == 0.1 and round_settings(RunConfig(), 1).proximal_mu == 0.0


def _varied_batch(tokenizer):  # noqa: ANN001, ANN202
    from fedtune.common.scoring import collate

    records = [
        Record("instruction", {"instruction": "Which code? " * (1 + i), "input": "", "output": "The code is 7. " * (3 - i)}, "f", i)
        for i in range(3)
    ]
    return collate([encode(r, tokenizer, 128) for r in records], tokenizer.pad_token_id)


@pytest.mark.parametrize("targets", [None, ("q_proj", "v_proj", "lm_head")])
def test_the_output_layer_runs_only_where_a_labelled_token_is_predicted(tiny_model, tiny_tokenizer, targets) -> None:
    from fedtune.common.scoring import example_losses, response_example_losses, response_logits

    model = load_for_training(tiny_model, LoraSettings(r=4, target_modules=targets), torch.device("cpu"))
    batch = _varied_batch(tiny_tokenizer)
    seen = []
    head = model.get_base_model().get_output_embeddings()
    handle = head.register_forward_hook(lambda _m, args, _out: seen.append(tuple(args[0].shape)))
    try:
        logits, keep = response_logits(model, batch)
    finally:
        handle.remove()
    labelled = int((batch["labels"][:, 1:] != -100).sum())
    assert int(keep.sum()) == labelled < batch["labels"].numel() // 2  # prompts and padding: most positions predict nothing
    if targets is None:  # a frozen output layer is asked for the labelled positions only
        assert seen == [(labelled, head.in_features)]
    else:  # LoRA on the output layer: per-example gradients need its batch dimension, so every position runs
        assert seen == [(*batch["labels"].shape, head.in_features)]
    full = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
    assert torch.allclose(response_example_losses(logits, batch["labels"], keep), example_losses(full, batch["labels"]), atol=1e-5)


def test_a_right_padded_batch_reaches_a_decoder_without_a_mask_and_scores_the_same(tiny_model, tiny_tokenizer) -> None:
    # Causal attention already hides the padding after a row's real tokens: the model gets no mask
    # (its causal kernel), and every real position's logits are those of the masked call.
    from fedtune.common.scoring import attention_mask_for, response_logits, right_padded

    model = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"))
    model.eval()
    batch = _varied_batch(tiny_tokenizer)
    assert (batch["attention_mask"] == 0).any() and right_padded(batch["attention_mask"])
    assert attention_mask_for(model, batch) is None
    seen = []
    stack = model.get_base_model().base_model
    handle = stack.register_forward_pre_hook(lambda _m, _a, kw: seen.append(kw.get("attention_mask")), with_kwargs=True)
    try:
        with torch.no_grad():
            logits, keep = response_logits(model, batch)
            masked = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
    finally:
        handle.remove()
    assert seen[0] is None and seen[1] is batch["attention_mask"]
    assert torch.allclose(logits, masked[keep], atol=1e-5)
    real = batch["attention_mask"].bool()
    with torch.no_grad():
        unmasked = model(input_ids=batch["input_ids"]).logits
    assert torch.allclose(unmasked[real], masked[real], atol=1e-5)
    assert not torch.allclose(unmasked[~real], masked[~real], atol=1e-3)  # only the pads' outputs moved


def test_a_batch_padded_on_the_left_keeps_its_mask(tiny_model, tiny_tokenizer) -> None:
    from fedtune.common.scoring import attention_mask_for, right_padded

    model = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"))
    batch = _varied_batch(tiny_tokenizer)
    flipped = {k: v.flip(1) for k, v in batch.items()}  # pads first: a real token would see them without a mask
    assert not right_padded(flipped["attention_mask"])
    assert attention_mask_for(model, flipped) is flipped["attention_mask"]
    empty_row = {k: v.clone() for k, v in batch.items()}
    empty_row["attention_mask"][0] = 0  # a row with no real token at all: nothing to infer, the mask goes as given
    assert attention_mask_for(model, empty_row) is empty_row["attention_mask"]


def test_a_batch_with_no_labelled_token_trains_and_scores_to_zero_under_dp(tiny_model, tiny_tokenizer) -> None:
    # Every answer cut off by max-length: the output layer is asked for no position at all.
    from fedtune.client.privacy import DPSGD
    from fedtune.common.tokenize import IGNORE, Example

    model = load_for_training(tiny_model, LoraSettings(r=4), torch.device("cpu"))
    examples = [Example(input_ids=[5, 6, 7, 8], labels=[IGNORE] * 4) for _ in range(8)]
    trainer = LocalTrainer(model, tiny_tokenizer.pad_token_id, TrainSettings(steps=2, batch_size=4, progress=False))
    dp = DPSGD(noise_multiplier=1.0, max_grad_norm=1.0, sample_rate=0.5, expected_batch_size=4, mode="hooks", seed=0)
    assert trainer.fit(examples, dp).train_loss == 0.0
    assert torch.equal(trainer.record_losses(examples), torch.zeros(8))
    assert all(torch.isfinite(p).all() for p in model.parameters() if p.requires_grad)
