"""`fedtune-site eval`: metrics agree with hand-computed values; the command compares base and adapter and flags forgetting."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from fedtune.cli import eval as eval_cli
from fedtune.client.evaluate import exact_match, paired_bootstrap, rouge_l, token_scores
from fedtune.common.adapters import save_adapter
from fedtune.common.data import general_sample, read_records
from fedtune.common.model import LoraSettings, load_base, load_for_training, load_tokenizer
from fedtune.common.tokenize import Example, encode
from fedtune.client.train import LocalTrainer, TrainSettings
from tests.conftest import write_jsonl

SECRET = "Zorblax"  # a word in the test answers that must never appear in the results


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="fedtune-site")
    eval_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["eval", *argv])
    return args.func(args)


def test_rouge_l_matches_the_longest_common_subsequence_by_hand() -> None:
    # LCS "the cat on the mat": 5 of 6 words each way, so P = R = F = 5/6.
    assert rouge_l("the cat lay on the mat", "the cat sat on the mat") == pytest.approx(5 / 6)
    # LCS "patient need rest" (stemmed): P = 3/3, R = 3/6, F = 2PR/(P+R) = 2/3.
    assert rouge_l("patients need rest", "patients with flu need bed rest") == pytest.approx(2 / 3)
    assert rouge_l("", "anything") == 0.0


def test_exact_match_normalises_case_punctuation_and_articles() -> None:
    assert exact_match("The Answer.", "answer")
    assert exact_match("  an  insulin  pump ", "Insulin pump")
    assert not exact_match("answers", "answer")


def test_bootstrap_intervals_by_hand() -> None:
    # Two examples with differences 0 and 1: a resample's mean is 0, 0.5 or 1 with chance 1/4, 1/2, 1/4,
    # so the 2.5% and 97.5% points are 0 and 1, and the point estimate is 0.5.
    two = paired_bootstrap(np.array([0.0, 1.0]), np.zeros(2), seed=3)
    assert (two.difference, two.low, two.high) == (0.5, 0.0, 1.0)
    # Weights 1 and 3 give the weighted mean 0.75.
    assert paired_bootstrap(np.array([0.0, 1.0]), np.zeros(2), np.array([1.0, 3.0])).difference == 0.75
    # A constant shift has no spread: the interval is the shift itself.
    before = np.linspace(1.0, 3.0, 50)
    shift = paired_bootstrap(before + 0.3, before)
    assert shift.low == pytest.approx(0.3) and shift.high == pytest.approx(0.3)
    # Many examples: the interval is close to the normal one, mean +- 1.96 sd / sqrt(n).
    rng = np.random.default_rng(7)
    delta = rng.normal(0.2, 1.0, 400)
    wide = paired_bootstrap(delta, np.zeros(400), resamples=4000, seed=1)
    half = 1.96 * delta.std() / math.sqrt(400)
    assert wide.difference == pytest.approx(delta.mean())
    assert wide.low == pytest.approx(delta.mean() - half, abs=0.02) and wide.high == pytest.approx(delta.mean() + half, abs=0.02)
    assert paired_bootstrap(delta, np.zeros(400), seed=1) == paired_bootstrap(delta, np.zeros(400), seed=1)


class _NextIsPlusOne(torch.nn.Module):
    """Predicts token (id + 1) mod 5 with probability 1/2 and each other token with 1/8."""

    def __init__(self) -> None:
        super().__init__()
        self.anchor = torch.nn.Parameter(torch.zeros(1))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> SimpleNamespace:
        probs = torch.full((*input_ids.shape, 5), 1 / 8)
        probs.scatter_(-1, ((input_ids + 1) % 5).unsqueeze(-1), 1 / 2)
        return SimpleNamespace(logits=probs.log())


def test_token_accuracy_and_loss_by_hand() -> None:
    # Targets 2, 3 are predicted (p = 1/2); target 0 is not (p = 1/8); the first token has no label.
    first = Example(input_ids=[1, 2, 3, 4], labels=[-100, 2, 3, 0])
    second = Example(input_ids=[4, 0], labels=[-100, 0])  # 0 follows 4: predicted
    scores = token_scores(_NextIsPlusOne(), [first, second], pad_id=0, batch_size=2)
    assert scores.tokens.tolist() == [3, 1] and scores.correct.tolist() == [2, 1]
    assert scores.accuracy == pytest.approx(3 / 4)
    expected = (3 * math.log(2) + math.log(8)) / 4  # three tokens at -ln(1/2), one at -ln(1/8)
    assert scores.loss == pytest.approx(expected)
    assert scores.perplexity == pytest.approx(math.exp(expected))


def _test_set(path: Path, n: int = 12) -> Path:
    return write_jsonl(path, [
        {"id": i, "instruction": f"Which drug treats condition {i}?", "output": f"{SECRET} {i}." if i % 2 else f"Take {SECRET} twice daily for condition {i}.", "source": "x"}
        for i in range(n)
    ])


def _adapter(base: Path, out: Path, train_on: list[Example] | None = None) -> Path:
    """A LoRA adapter on every linear layer; untrained (B = 0) or over-trained on ``train_on``."""
    lora = LoraSettings(r=8, alpha=16, dropout=0.0, target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])
    model = load_for_training(base, lora, torch.device("cpu"), seed=0)
    if train_on:
        settings = TrainSettings(steps=40, batch_size=4, learning_rate=3e-2, warmup_ratio=0.0, schedule="constant", progress=False)
        LocalTrainer(model, load_tokenizer(base).pad_token_id, settings).fit(train_on)
    return save_adapter(model, out)


def _fluent_base(tiny_model: Path, out: Path) -> Path:
    """The random tiny model, fully fine-tuned on the general sample so that it has general text to forget."""
    tokenizer = load_tokenizer(tiny_model)
    model = load_base(tiny_model)
    general = [encode(r, tokenizer, 128, truncate=True) for r in general_sample()]
    settings = TrainSettings(steps=40, batch_size=8, learning_rate=8e-3, warmup_ratio=0.0, schedule="constant", progress=False)
    LocalTrainer(model, tokenizer.pad_token_id, settings).fit(general)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def test_an_untrained_adapter_is_the_base_exactly(tmp_path: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _test_set(tmp_path / "test.jsonl")
    adapter = _adapter(tiny_model, tmp_path / "adapter")  # LoRA B starts at zero
    out = tmp_path / "eval.json"
    argv = ["--base", str(tiny_model), "--adapter", str(adapter), "--data", str(data), "--out", str(out)]
    assert run(*argv, "--generate", "3", "--max-new-tokens", "6", "--resamples", "200") == 0
    result = json.loads(out.read_text())
    assert result["data"]["examples"] == 12 and result["data"]["generated"] == 3
    assert result["data"]["load"]["ignored"] == {"id": 12, "source": 12}
    for name in ("loss", "token_accuracy", "rouge_l"):
        row = result["metrics"][name]
        assert row["base"] == row["adapter"] and row["difference"] == 0.0 and row["interval"] == [0.0, 0.0], name
    assert result["metrics"]["perplexity"]["ratio"] == 1.0
    assert result["forgetting"]["change_percent"] == 0.0 and not result["forgetting"]["flagged"]
    printed = capsys.readouterr().out
    assert "loss (response tokens)" in printed and "forgetting: general-text perplexity +0.0%" in printed
    assert SECRET not in out.read_text() and SECRET not in printed  # numbers only, no record text


def test_over_training_on_a_narrow_domain_is_flagged(tmp_path: Path, tiny_model: Path, tiny_tokenizer, capsys) -> None:
    data = _test_set(tmp_path / "test.jsonl")
    base = _fluent_base(tiny_model, tmp_path / "fluent")
    narrow = [encode(r, tiny_tokenizer, 128) for r in read_records(data)[0]]
    adapter = _adapter(base, tmp_path / "adapter", train_on=narrow)
    out = tmp_path / "eval.json"
    argv = ["--base", str(base), "--adapter", str(adapter), "--data", str(data), "--out", str(out)]
    assert run(*argv, "--generate", "0", "--forgetting-threshold", "10") == 0
    result = json.loads(out.read_text())
    loss = result["metrics"]["loss"]
    assert loss["adapter"] < loss["base"] and loss["interval"][1] < 0  # it learnt the narrow set
    assert "rouge_l" not in result["metrics"]
    assert result["forgetting"]["change_percent"] > 10 and result["forgetting"]["flagged"]
    assert "FLAGGED" in capsys.readouterr().out


def test_the_base_alone_and_a_text_set(tmp_path: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write_jsonl(tmp_path / "notes.jsonl", [{"text": f"Plain clinical note number {i}."} for i in range(5)])
    assert run("--base", str(tiny_model), "--data", str(data), "--generate", "4") == 0
    printed = capsys.readouterr().out
    assert "0 answers generated" in printed and "adapter" not in printed.splitlines()[1]
    assert "general-text perplexity" in printed
