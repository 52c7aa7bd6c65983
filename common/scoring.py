"""How a model is scored on tokenised examples, the same at a site and at the coordinator.

Batches are right-padded (``collate``); losses are next-token cross-entropy over the
labelled (response) tokens only. The site's training loop (client/train.py), its
evaluation (client/evaluate.py) and the coordinator's public evaluation
(server/public_eval.py) all use these, so a loss means the same thing everywhere.
"""

from __future__ import annotations

import math
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from fedtune.common.data import DataError, Record
from fedtune.common.model import autocast_dtype
from fedtune.common.tokenize import IGNORE, Example, encode

Batch = dict[str, torch.Tensor]


def collate(examples: list[Example], pad_id: int) -> Batch:
    """Right-pad a batch; padding is masked from attention and from the loss."""
    width = max((len(e.input_ids) for e in examples), default=1)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for i, e in enumerate(examples):
        n = len(e.input_ids)
        ids[i, :n] = torch.tensor(e.input_ids)
        labels[i, :n] = torch.tensor(e.labels)
        mask[i, :n] = 1
    return {"input_ids": ids, "labels": labels, "attention_mask": mask}


def token_losses(logits: torch.Tensor, labels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Per-token cross-entropy of next-token prediction (B, T-1) and its mask."""
    logits = logits[:, :-1].float()
    target = labels[:, 1:]
    ce = F.cross_entropy(
        logits.reshape(-1, logits.size(-1)), target.reshape(-1), ignore_index=IGNORE, reduction="none"
    ).view(target.shape)
    return ce, target != IGNORE


def example_losses(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Mean loss over each example's labelled tokens, shape (B,)."""
    ce, mask = token_losses(logits, labels)
    return (ce * mask).sum(1) / mask.sum(1).clamp(min=1)


@dataclass(frozen=True)
class TokenScores:
    """Per example: summed loss over its response tokens, how many there are, how many the model predicts."""

    loss_sum: np.ndarray
    tokens: np.ndarray
    correct: np.ndarray

    @property
    def loss(self) -> float:
        return float(self.loss_sum.sum() / max(1, self.tokens.sum()))

    @property
    def perplexity(self) -> float:
        return math.exp(min(self.loss, 50.0))

    @property
    def accuracy(self) -> float:
        return float(self.correct.sum() / max(1, self.tokens.sum()))

    def per_token(self, values: np.ndarray) -> np.ndarray:
        """Each example's mean per response token (0 where it has none; its weight is 0 too)."""
        return np.divide(values, self.tokens, out=np.zeros_like(values, dtype=float), where=self.tokens > 0)


def _autocast(device: torch.device, precision: str = "auto"):  # noqa: ANN202 - context manager
    dtype = autocast_dtype(device, precision)
    return nullcontext() if dtype is None else torch.autocast(device_type=device.type, dtype=dtype)


@torch.no_grad()
def token_scores(
    model: torch.nn.Module, examples: list[Example], pad_id: int, batch_size: int, precision: str = "auto"
) -> TokenScores:
    """Loss, token count and correct next-token predictions of every example, over its labelled tokens."""
    device = next(model.parameters()).device
    model.eval()
    sums, counts, hits = [], [], []
    for start in range(0, len(examples), batch_size):
        batch = {k: v.to(device) for k, v in collate(examples[start : start + batch_size], pad_id).items()}
        with _autocast(device, precision):
            logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
        ce, mask = token_losses(logits, batch["labels"])
        right = (logits[:, :-1].argmax(-1) == batch["labels"][:, 1:]) & mask
        sums.append((ce * mask).sum(1).double().cpu())
        counts.append(mask.sum(1).cpu())
        hits.append(right.sum(1).cpu())
    return TokenScores(torch.cat(sums).numpy(), torch.cat(counts).numpy(), torch.cat(hits).numpy())


def encode_for_eval(records: list[Record], tokenizer: Any, max_length: int) -> tuple[list[Example], int]:
    """Examples cut to the context where longer (both models see the same cut); returns how many were cut."""
    examples, cut = [], 0
    for record in records:
        try:
            examples.append(encode(record, tokenizer, max_length))
        except DataError:
            examples.append(encode(record, tokenizer, max_length, truncate=True))
            cut += 1
    return examples, cut
