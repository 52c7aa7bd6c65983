"""bench/dp_snr.py's estimates on a tiny model: per-example gradient norms and their alignment."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import torch

from fedtune.common.data import Record
from fedtune.common.model import LoraSettings, load_for_training
from fedtune.common.tokenize import encode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import dp_snr  # noqa: E402  (bench/ is scripts, not a package)


def _examples(tokenizer, texts: list[str]):  # noqa: ANN001, ANN202
    records = [Record("instruction", {"instruction": "Say it.", "input": "", "output": t}, "f", i) for i, t in enumerate(texts)]
    return [encode(r, tokenizer, 64) for r in records]


@pytest.fixture
def model(tiny_model):  # noqa: ANN001, ANN201
    # No LoRA dropout: identical examples then have identical gradients.
    lora = load_for_training(tiny_model, LoraSettings(r=4, dropout=0.0), torch.device("cpu"), seed=0)
    # LoRA B starts at zero, so A gets no gradient in the first step: move B off zero.
    with torch.no_grad():
        for name, p in lora.named_parameters():
            if p.requires_grad and "lora_B" in name:
                p.normal_(0, 0.05, generator=torch.Generator().manual_seed(1))
    return lora


def test_identical_examples_are_perfectly_aligned_and_a_small_clip_clips_them_all(model, tiny_tokenizer) -> None:
    examples = _examples(tiny_tokenizer, ["The code is 7 7 7."] * 6)
    norms, alignment, raw = dp_snr.per_example_norms(model, examples, tiny_tokenizer.pad_token_id, 4, [1e-6, 1e9], None)
    assert len(norms) == 6 and norms.min() > 0 and norms.max() == pytest.approx(norms.min(), rel=1e-4)
    assert raw == pytest.approx(1.0, abs=1e-3)
    assert alignment[1e-6] == pytest.approx(1.0, abs=1e-3)  # every example clipped to C, all the same direction
    assert alignment[1e9] == pytest.approx(norms.mean() / 1e9, rel=1e-3)  # nothing clipped: the mean gradient over C


def test_different_examples_are_less_aligned(model, tiny_tokenizer) -> None:
    texts = [f"Answer {i}: " + " ".join(str((i * 7 + j) % 10) for j in range(4 + i % 5)) for i in range(8)]
    examples = _examples(tiny_tokenizer, texts)
    norms, alignment, raw = dp_snr.per_example_norms(model, examples, tiny_tokenizer.pad_token_id, 3, [1e-6], None)
    assert 0.0 <= raw < 0.99 and 0.0 <= alignment[1e-6] < 0.99
    assert norms.max() > 1.05 * norms.min()


def test_at_the_start_lora_a_has_no_gradient_so_ffa_keeps_every_norm_with_fewer_parameters(tiny_model, tiny_tokenizer) -> None:
    # Why FFA-LoRA raises DP-SGD's signal-to-noise in the first round: B starts at zero, so
    # A's gradient is zero and all of an example's gradient lies in B; noise on A is pure loss.
    texts = [f"Answer {i}: " + " ".join(str((i * 3 + j) % 10) for j in range(3 + i % 4)) for i in range(5)]
    examples = _examples(tiny_tokenizer, texts)
    found = {}
    for ffa in (False, True):
        lora = load_for_training(tiny_model, LoraSettings(r=4, dropout=0.0, ffa=ffa), torch.device("cpu"), seed=0)
        d = sum(p.numel() for p in lora.parameters() if p.requires_grad)
        norms, alignment, _ = dp_snr.per_example_norms(lora, examples, tiny_tokenizer.pad_token_id, 2, [1e-6], None)
        found[ffa] = d, norms, alignment[1e-6]
    (d_full, norms_full, a_full), (d_ffa, norms_ffa, a_ffa) = found[False], found[True]
    assert d_ffa < d_full
    assert norms_full.min() > 0
    assert norms_ffa == pytest.approx(norms_full, rel=1e-4) and a_ffa == pytest.approx(a_full, rel=1e-4)
