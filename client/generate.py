"""Answers from a base model with an optional adapter, so a person can see what fine-tuning changed."""

from __future__ import annotations

from pathlib import Path

import torch
from peft import PeftModel

from fedtune.common.model import load_base, load_tokenizer
from fedtune.common.tokenize import render


def load_for_generation(base: str | Path, adapter: str | Path | None = None, device: str = "cpu") -> torch.nn.Module:
    model = load_base(base, device)
    if adapter is not None:
        model = PeftModel.from_pretrained(model, str(adapter))
    return model.eval()


@torch.no_grad()
def generate(model: torch.nn.Module, tokenizer, prompt: str, max_new_tokens: int = 64) -> str:  # noqa: ANN001
    """Greedy answer to one user prompt, rendered with the same template as training."""
    text = render(tokenizer, [{"role": "user", "content": prompt}], add_generation_prompt=True)
    inputs = tokenizer(text, return_tensors="pt", add_special_tokens=False).to(next(model.parameters()).device)
    out = model.generate(
        **inputs,
        max_new_tokens=max_new_tokens,
        do_sample=False,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    return tokenizer.decode(out[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True).strip()


def answer(base: str | Path, prompt: str, adapter: str | Path | None = None, max_new_tokens: int = 64) -> str:
    """One-shot convenience: load, answer, release."""
    return generate(load_for_generation(base, adapter), load_tokenizer(base), prompt, max_new_tokens)
