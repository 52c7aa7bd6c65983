"""What DP-SGD needs on real data: per-example gradient norms, their alignment, and the signal-to-noise ratio by batch.

    python bench/dp_snr.py                          # GHR (MedQuAD), 96 examples, the embedded model, bf16 where native
    python bench/dp_snr.py --examples 32 --threads 2 --budget 768 7680

Issue 12 asks what closes the gap between DP and non-private fine-tuning before anyone tunes
by trial. One DP-SGD step adds Gaussian noise of norm about sigma x C x sqrt(d) to the sum of
B clipped per-example gradients, whose norm is about a x C x B, where ``a`` (the alignment)
is the norm of the mean clipped gradient over C. Over T steps the signal adds up T times and
the noise sqrt(T) times, so for a fixed budget of E = T x B examples the update's
signal-to-noise ratio is about sqrt(T) x a x B / (sigma x sqrt(d)), with sigma calibrated to
the target epsilon for T steps at sample rate B / N. This script measures ``a`` and the
per-example norms against the clip C on real records, through Opacus's per-sample hooks on
fedtune's own LoRA model, and prints that ratio for several expected batches at each
budget. Nothing is trained; figures are printed only.

Data: MedQuAD (Ben Abacha and Demner-Fushman, BMC Bioinformatics 20:511, 2019; CC BY 4.0),
read in place from ``--data`` (default ``shared/data/medquad`` beside the checkout).
"""

from __future__ import annotations

import argparse
import logging
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch

from fedtune.client.accounting import calibrate
from fedtune.common.data import read_records
from fedtune.common.model import (
    EMBEDDED_MODEL, LoraSettings, autocast_dtype, load_for_training, load_tokenizer, native_bf16_cpu, resolve_base,
)
from fedtune.common.scoring import collate, encode_for_eval, response_example_losses, response_logits

sys.path.insert(0, str(Path(__file__).parent))
from medquad import DEFAULT_DATA, cut_answer  # noqa: E402 - bench/medquad.py, beside this script

log = logging.getLogger("bench.dp_snr")


def per_example_norms(model: torch.nn.Module, examples: list, pad_id: int, physical: int, clips: list[float],
                      dtype: torch.dtype | None) -> tuple[np.ndarray, dict[float, float], float]:
    """Each example's gradient norm over the trainable parameters; the alignment of the clipped (per C) and of the raw gradients.

    Alignment is ||E[clipped gradient]|| / C (1 when every example points the same way and
    is clipped); for the raw gradients it is ||E[g]|| / mean ||g_i||. ||E[g]||^2 is estimated
    without the 1/n bias of a sample mean's norm: (||sum g_i||^2 - sum ||g_i||^2) / (n (n - 1)).
    """
    from opacus import GradSampleModule

    trainable = [p for p in model.parameters() if p.requires_grad]
    wrapped = GradSampleModule(model, batch_first=True, loss_reduction="sum")
    clipped_sum = {c: [torch.zeros_like(p, dtype=torch.float32) for p in trainable] for c in clips}
    raw_sum = [torch.zeros_like(p, dtype=torch.float32) for p in trainable]
    norms = []
    wrapped.train()
    for start in range(0, len(examples), physical):
        batch = collate(examples[start : start + physical], pad_id)
        with torch.autocast("cpu", dtype=dtype) if dtype is not None else torch.autocast("cpu", enabled=False):
            logits, keep = response_logits(wrapped, batch)
        response_example_losses(logits, batch["labels"], keep).sum().backward()
        samples = [p.grad_sample.float() for p in trainable]
        n = samples[0].shape[0]
        flat_norms = torch.sqrt(sum(s.reshape(n, -1).pow(2).sum(1) for s in samples))
        for clip, sums in clipped_sum.items():
            factors = (clip / (flat_norms + 1e-6)).clamp(max=1.0)
            for total, s in zip(sums, samples, strict=True):
                total += torch.einsum("i,i...->...", factors, s)
        for raw, s in zip(raw_sum, samples, strict=True):
            raw += s.sum(0)
        norms.append(flat_norms.numpy())
        for p in trainable:
            p.grad_sample = None
            p.grad = None
    wrapped._close()  # noqa: SLF001 - removes Opacus's hooks from fedtune's model
    all_norms = np.concatenate(norms)
    count = len(all_norms)
    def mean_norm(sums: list[torch.Tensor], squares: float) -> float:
        total = sum(float(t.pow(2).sum()) for t in sums)
        return math.sqrt(max(0.0, total - squares) / (count * (count - 1)))

    alignment = {
        c: mean_norm(sums, float(np.sum(np.minimum(all_norms, c) ** 2))) / c for c, sums in clipped_sum.items()
    }
    return all_norms, alignment, mean_norm(raw_sum, float(np.sum(all_norms**2))) / float(all_norms.mean())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the MedQuAD folder (gzip'd JSONL per source)")
    parser.add_argument("--source", default="3_GHR_QA", help="one source file's stem: the site")
    parser.add_argument("--base", default=EMBEDDED_MODEL)
    parser.add_argument("--examples", type=int, default=96, help="examples whose per-example gradients are measured (at least 2)")
    parser.add_argument("--answer-chars", type=int, default=600)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--physical", type=int, default=8)
    parser.add_argument("--clip", type=float, nargs="+", default=[1.0], help="clip norms C to evaluate (the norms are measured once)")
    parser.add_argument("--lora-r", type=int, default=8)
    parser.add_argument("--targets", nargs="+", default=None, help="LoRA target modules (default: the architecture's)")
    parser.add_argument("--ffa", action="store_true", help="FFA-LoRA: A frozen, only B trains (half the parameters)")
    parser.add_argument("--epsilon", type=float, default=8.0)
    parser.add_argument("--budget", type=int, nargs="+", default=[768, 7680], help="examples per site over the run, E = steps x batch")
    parser.add_argument("--batches", type=int, nargs="+", default=[32, 128, 512, 2048], help="expected batches B to compare")
    parser.add_argument("--precision", choices=("auto", "float32", "bf16"), default=None,
                        help="autocast (default: bf16 where the CPU multiplies it natively)")
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.threads:
        torch.set_num_threads(args.threads)
    source = args.data / f"{args.source}.jsonl.gz"
    if not source.is_file():
        print(f"error: {source}: no such file (MedQuAD is read from --data)", file=sys.stderr)
        return 2
    precision = args.precision or ("bf16" if native_bf16_cpu() else "auto")
    base = resolve_base(args.base)
    tokenizer = load_tokenizer(base)
    records, _ = read_records(source)
    records_n = len(records)
    random.Random(args.seed).shuffle(records)
    chosen = [cut_answer(r, args.answer_chars) for r in records[: args.examples]]
    examples = encode_for_eval(chosen, tokenizer, args.max_length)[0]
    model = load_for_training(base, LoraSettings(r=args.lora_r, target_modules=args.targets, ffa=args.ffa),
                              torch.device("cpu"), seed=args.seed)
    d = sum(p.numel() for p in model.parameters() if p.requires_grad)
    began = time.perf_counter()
    norms, alignments, raw_alignment = per_example_norms(
        model, examples, tokenizer.pad_token_id, args.physical, args.clip, autocast_dtype(torch.device("cpu"), precision)
    )
    seconds = time.perf_counter() - began
    q = np.quantile(norms, [0.1, 0.5, 0.9])
    print(f"{args.source}: {records_n} records, {len(examples)} measured (answers cut to {args.answer_chars} characters, "
          f"{args.max_length} tokens), LoRA r={args.lora_r}{' FFA' if args.ffa else ''} on {','.join(args.targets or ['default'])}: d = {d:,} trainable parameters; precision {precision}; "
          f"{seconds:.0f} s")
    print(f"per-example gradient norm: 10% {q[0]:.3g}, median {q[1]:.3g}, 90% {q[2]:.3g}; "
          f"raw-gradient alignment ||mean|| / mean ||g|| = {raw_alignment:.3f}")
    delta = min(1e-5, 0.1 / records_n)
    for clip in args.clip:
        clipped, alignment = float(np.mean(norms > clip)), alignments[clip]
        print(f"\nC = {clip:g}: {100 * clipped:.0f}% of examples clipped; clipped-gradient alignment a = {alignment:.3f}")
        print("| budget E | expected batch B | steps T | sample rate | sigma at epsilon "
              f"{args.epsilon:g} | SNR of one step | SNR of the run, sqrt(T) x a x B / (sigma sqrt(d)) |")
        print("|---|---|---|---|---|---|---|")
        for budget in args.budget:
            for batch in args.batches:
                if batch > records_n or batch > budget:
                    continue
                steps = max(1, budget // batch)
                rate = batch / records_n
                sigma = calibrate(target_epsilon=args.epsilon, target_delta=delta, sample_rate=rate, steps=steps)
                step_snr = alignment * batch / (sigma * math.sqrt(d))
                print(f"| {budget:,} | {batch:,} | {steps} | {rate:.4f} | {sigma:.3f} | {step_snr:.3f} | "
                      f"{math.sqrt(steps) * step_snr:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
