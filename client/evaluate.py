"""Site-side evaluation: a base model and an adapter on the site's own test records, side by side.

It runs on the site's machine and returns numbers to its caller; it sends nothing anywhere.
Loss, perplexity and token accuracy are taken over response tokens (the tokens training
learns); ROUGE-L and exact match over greedy answers to a seeded subset; the forgetting
check is perplexity on the shipped general-text sample. Differences between the models
come with a paired bootstrap interval: examples are resampled, each keeping both scores.
"""

from __future__ import annotations

import math
import random
import re
import string
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from peft import PeftModel
from rouge_score import rouge_scorer

from fedtune.common.data import DataError, Record, general_sample, read_records
from fedtune.common.model import PRECISIONS, load_base, load_tokenizer, pick_device, resolve_base
from fedtune.common.scoring import TokenScores, encode_for_eval, token_scores
from fedtune.common.tokenize import Example, as_messages, render

_SCORER = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)


@dataclass(frozen=True)
class EvalSettings:
    """How ``evaluate`` runs; the defaults fit a CPU and a few hundred test records."""

    max_length: int = 512
    batch_size: int = 4
    generate: int = 20  # examples answered for ROUGE-L and exact match (0: none)
    max_new_tokens: int = 128
    short_answer_words: int = 8  # exact match is scored on references of at most this many words
    resamples: int = 2000
    level: float = 0.95
    seed: int = 0
    forgetting_threshold: float = 10.0  # percent rise in general-text perplexity that is flagged
    strict: bool = False
    device: str = "auto"
    precision: str = "auto"  # the scoring passes' autocast, as the run config's precision (common/model.py)

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, got {self.precision!r}")
        for name in ("max_length", "batch_size", "max_new_tokens", "resamples"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.generate < 0:
            raise ValueError(f"generate must be >= 0, got {self.generate}")
        if not 0.0 < self.level < 1.0:
            raise ValueError(f"level must be in (0, 1), got {self.level}")


@dataclass(frozen=True)
class Interval:
    """A difference (after - before) and its bootstrap confidence interval."""

    difference: float
    low: float
    high: float


def paired_bootstrap(
    after: np.ndarray, before: np.ndarray, weights: np.ndarray | None = None,
    *, resamples: int = 2000, seed: int = 0, level: float = 0.95,
) -> Interval:
    """The weighted mean of ``after - before`` over examples, with a percentile interval.

    Each resample draws examples with replacement and keeps both of an example's scores, so
    what varies from example to example (hard questions, long answers) cancels. With
    per-token means and token counts as weights, the statistic is the token-weighted one.
    """
    delta = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    w = np.ones_like(delta) if weights is None else np.asarray(weights, dtype=float)
    if delta.shape != w.shape or delta.ndim != 1 or not w.sum() > 0:
        raise ValueError("paired_bootstrap needs two equal-length 1-D arrays with positive total weight")
    idx = np.random.default_rng(seed).integers(0, len(delta), size=(resamples, len(delta)))
    drawn = w[idx]
    # A resample whose draws all weigh 0 has no statistic; it is dropped rather than counted as 0.
    totals = drawn.sum(axis=1)
    stats = (drawn * delta[idx]).sum(axis=1)[totals > 0] / totals[totals > 0]
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(stats, [tail, 1.0 - tail])
    return Interval(float((w * delta).sum() / w.sum()), float(low), float(high))


def rouge_l(prediction: str, reference: str) -> float:
    """ROUGE-L F-measure (rouge-score, Porter stemming), in [0, 1]."""
    return float(_SCORER.score(reference, prediction)["rougeL"].fmeasure)


def normalise_answer(text: str) -> str:
    """SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces."""
    text = "".join(ch for ch in text.lower() if ch not in string.punctuation)
    return " ".join(re.sub(r"\b(a|an|the)\b", " ", text).split())


def exact_match(prediction: str, reference: str) -> bool:
    return normalise_answer(prediction) == normalise_answer(reference)


@torch.no_grad()
def greedy_answer(model: torch.nn.Module, tokenizer: Any, messages: list[dict[str, str]], max_new_tokens: int) -> str:
    """The model's greedy reply to a conversation, rendered with the template training used."""
    text = render(tokenizer, messages, add_generation_prompt=True)
    inputs = tokenizer(text, return_tensors="pt", add_special_tokens=False).to(next(model.parameters()).device)
    out = model.generate(
        **inputs, max_new_tokens=max_new_tokens, do_sample=False,
        pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
    )
    return tokenizer.decode(out[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True).strip()


def generation_items(records: list[Record], count: int, seed: int) -> list[tuple[list[dict[str, str]], str]]:
    """A seeded draw of (conversation up to the last answer, that answer) from instruction and chat records."""
    usable = [r for r in records if r.kind != "text"]
    chosen = random.Random(seed).sample(usable, min(count, len(usable)))
    items = []
    for record in chosen:
        messages = as_messages(record)
        items.append((messages[:-1], messages[-1]["content"]))
    return items


@dataclass
class ModelScores:
    """One model's scores on the test set, its generations and the general sample."""

    domain: TokenScores
    general: TokenScores
    rouge: np.ndarray
    exact: np.ndarray  # over the short-answer items only


def _score_model(
    model: torch.nn.Module, tokenizer: Any, examples: list[Example], general: list[Example],
    items: list[tuple[list[dict[str, str]], str]], settings: EvalSettings,
) -> ModelScores:
    pad = tokenizer.pad_token_id
    answers = [greedy_answer(model, tokenizer, prompt, settings.max_new_tokens) for prompt, _ in items]
    references = [reference for _, reference in items]
    short = [len(ref.split()) <= settings.short_answer_words for ref in references]
    return ModelScores(
        domain=token_scores(model, examples, pad, settings.batch_size, settings.precision),
        general=token_scores(model, general, pad, settings.batch_size, settings.precision),
        rouge=np.array([rouge_l(a, r) for a, r in zip(answers, references, strict=True)]),
        exact=np.array([exact_match(a, r) for a, r, s in zip(answers, references, short, strict=True) if s], dtype=float),
    )


def _row(before: float, after: float | None, interval: Interval | None) -> dict[str, Any]:
    row: dict[str, Any] = {"base": before}
    if after is not None and interval is not None:
        row |= {"adapter": after, "difference": interval.difference, "interval": [interval.low, interval.high]}
    return row


def _ratio_row(before: TokenScores, after: TokenScores | None, settings: EvalSettings) -> dict[str, Any]:
    """Perplexity side by side; the ratio's interval is exp of the loss difference's (same resamples)."""
    row: dict[str, Any] = {"base": before.perplexity}
    if after is not None:
        loss = _loss_interval(before, after, settings)
        row |= {"adapter": after.perplexity, "ratio": math.exp(loss.difference),
                "interval": [math.exp(loss.low), math.exp(loss.high)]}
    return row


def _loss_interval(before: TokenScores, after: TokenScores, settings: EvalSettings) -> Interval:
    return paired_bootstrap(
        after.per_token(after.loss_sum), before.per_token(before.loss_sum), before.tokens,
        resamples=settings.resamples, seed=settings.seed, level=settings.level,
    )


def compare(base: ModelScores, tuned: ModelScores | None, settings: EvalSettings) -> dict[str, Any]:
    """The metrics table as a dict: base, adapter, difference and interval per metric."""
    boot = {"resamples": settings.resamples, "seed": settings.seed, "level": settings.level}

    def mean_row(before: np.ndarray, after: np.ndarray | None) -> dict[str, Any] | None:
        if len(before) == 0:
            return None
        if after is None:
            return _row(float(before.mean()), None, None)
        return _row(float(before.mean()), float(after.mean()), paired_bootstrap(after, before, **boot))

    d0, d1 = base.domain, tuned.domain if tuned else None
    accuracy = None if d1 is None else paired_bootstrap(
        d1.per_token(d1.correct), d0.per_token(d0.correct), d0.tokens, **boot
    )
    metrics = {
        "loss": _row(d0.loss, None if d1 is None else d1.loss, None if d1 is None else _loss_interval(d0, d1, settings)),
        "perplexity": _ratio_row(d0, d1, settings),
        "token_accuracy": _row(d0.accuracy, None if d1 is None else d1.accuracy, accuracy),
        "rouge_l": mean_row(base.rouge, tuned.rouge if tuned else None),
        "exact_match": mean_row(base.exact, tuned.exact if tuned else None),
    }
    return {name: row for name, row in metrics.items() if row is not None}


def forgetting(base: ModelScores, tuned: ModelScores, settings: EvalSettings) -> dict[str, Any]:
    """General-text perplexity before and after, flagged when it rises by more than the threshold."""
    row = _ratio_row(base.general, tuned.general, settings)
    change = 100.0 * (row["ratio"] - 1.0)
    return {
        "general_perplexity": row,
        "change_percent": change,
        "threshold_percent": settings.forgetting_threshold,
        "flagged": change > settings.forgetting_threshold,
    }


def evaluate(base: str | Path, adapter: str | Path | None, data: str | Path, settings: EvalSettings) -> dict[str, Any]:
    """Score the base model, and the adapter on it, on the test records under ``data``; a JSON-ready report."""
    records, report = read_records(data, strict=settings.strict)
    if not records:
        raise DataError(data, 0, "(path)", "no records to evaluate")
    path = resolve_base(base)
    tokenizer = load_tokenizer(path)
    examples, cut = encode_for_eval(records, tokenizer, settings.max_length)
    general, _ = encode_for_eval(general_sample(), tokenizer, settings.max_length)
    items = generation_items(records, settings.generate, settings.seed)
    model = load_base(path, pick_device(settings.device))
    base_scores = _score_model(model, tokenizer, examples, general, items, settings)
    tuned = None
    if adapter is not None:
        model = PeftModel.from_pretrained(model, str(adapter))
        tuned = _score_model(model, tokenizer, examples, general, items, settings)
    result: dict[str, Any] = {
        "base": str(base),
        "adapter": None if adapter is None else str(adapter),
        "data": {
            "path": str(data),
            "load": report.as_dict(),
            "examples": len(examples),
            "response_tokens": int(base_scores.domain.tokens.sum()),
            "without_response_tokens": int((base_scores.domain.tokens == 0).sum()),
            "cut_to_context": cut,
            "generated": len(items),
            "short_answers": len(base_scores.exact),
        },
        "metrics": compare(base_scores, tuned, settings),
        "settings": asdict(settings),
    }
    if tuned is not None:
        result["forgetting"] = forgetting(base_scores, tuned, settings)
    else:
        result["general_perplexity"] = base_scores.general.perplexity
    return result
