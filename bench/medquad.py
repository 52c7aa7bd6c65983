"""MedQuAD across three non-IID sites: local, federated and DP-federated LoRA on real medical Q&A, at small sizes.

    python bench/medquad.py                       # CPU, a few minutes: 32 records per site, 2 rounds x 1 step
    python bench/medquad.py --gpu                 # the GPU variant: every record, full answers, large DP draws
    python bench/medquad.py --base DIR --records 8 --test 4 --general 4   # any local model folder, e.g. a smoke test

Data: MedQuAD (Ben Abacha and Demner-Fushman, BMC Bioinformatics 20:511, 2019; CC BY 4.0),
as gzip'd instruction JSONL outside the repository (``--data``; default ``shared/data/medquad`` beside the checkout).
It is read in place through fedtune's own reader (``source`` and ``qtype`` are ignored
fields) and never copied. Sites are split by source, so they differ in style and topic:
rare diseases (GARD), genetics (GHR), and the remaining sources pooled; CancerGov is held
out of training entirely to measure transfer. Each site's records are shuffled with the
seed; the first ``--test`` are its test split, the next ``--records`` its training split.

Runs, all from the same base and the same LoRA initialisation, and all with the same
compute (rounds x steps x expected batch per site): each site alone, FedAvg of the three,
FedAvg with sample-level DP-SGD at ``--epsilon`` per site, and each site alone with DP. A fifth
run, ``federated-dp-tuned``, is the recipe of ``fedtune-site train --from``: the DP federation's
adapter, then each site fine-tuned on its own records without DP, with the same schedule again
(twice the compute; the adapter never leaves the site). ``--runs`` picks some of them (an
ablation of one setting needs only ``federated-dp``).
Noise is calibrated per site for all its steps at its sample rate (batch / records) and
delta = min(1e-5, 0.1 / records). The table gives the loss on test answers (response
tokens only) per site and pooled, on the held-out source, and general-text perplexity
(forgetting); it is printed, and nothing is written.

A federation is scored twice: with the averaged adapter at every site, and with each site's own
last local adapter (its last reply: already sent and accounted, so this personalisation costs no
privacy and no compute beyond the federation's).

Choosing the learning rate without reading a test split: ``--validation N --lr-grid A B C`` and
``--dp-lr-grid A B C`` take N more records per site out of training, run each non-private
(resp. DP) training once per candidate, and keep, for each row, the rate with the lowest pooled
validation loss of that row's adapters; the table then reports the test splits for the chosen
rates only.
"""

from __future__ import annotations

import argparse
import copy
import logging
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np
import torch

from fedtune.client.evaluate import TokenScores, encode_for_eval, token_scores
from fedtune.common.adapters import adapter_state, load_adapter_state
from fedtune.common.data import Record, general_sample, read_records
from fedtune.common.model import (
    EMBEDDED_MODEL, PRECISIONS, LoraSettings, load_for_training, load_tokenizer, native_bf16_cpu, pick_device, resolve_base,
)
from fedtune.client.accounting import calibrate
from fedtune.client.privacy import DPSGD
from fedtune.common.tokenize import Example
from fedtune.client.train import LocalTrainer, TrainSettings

log = logging.getLogger("bench.medquad")

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "medquad"
SITES = {
    "rare-diseases": ("2_GARD_QA",),
    "genetics": ("3_GHR_QA",),
    "general": ("4_MPlus_Health_Topics_QA", "5_NIDDK_QA", "6_NINDS_QA", "7_SeniorHealth_QA", "8_NHLBI_QA_XML", "9_CDC_QA"),
}
HELD_OUT = "1_CancerGov_QA"
# The trainings --runs picks from; the base model is always scored. "federated-dp-tuned" is the
# recipe of `fedtune-site train --from`: the DP federation's global adapter, then each site's
# own non-private fine-tuning with the same schedule again (the adapter stays at the site).
RUNS = ("federated", "federated-dp", "alone", "alone-dp", "federated-dp-tuned")
# The --gpu variant: every record, answers uncut, and the large expected draws DP-SGD needs; the clip
# below the per-example norms and the q and v targets of the CPU run. Not FFA-LoRA: training A as well
# did as well under DP in the CPU ablation (bench/RESULTS.md, "which lever did it").
# The learning rates are the ones the CPU runs' validation grids chose (bench/RESULTS.md); on one H200
# the four runs measured there took about 10 minutes (about 45 s of it converting the model and reading the
# data); "federated-dp-tuned" adds about 2 more.
GPU = {"records": 0, "test": 200, "general": 150, "answer_chars": 0, "max_length": 1024, "rounds": 5, "steps": 4,
       "batch": 256, "physical": 64, "eval_batch": 64, "lr": 1e-2, "dp_lr": 2e-2, "device": "cuda", "clip": 0.1,
       "ffa": False, "targets": ["q_proj", "v_proj"]}


class Trained(NamedTuple):
    state: dict[str, torch.Tensor] | None  # the averaged adapter after the last round (None: sites alone)
    local: dict[str, dict[str, torch.Tensor]]  # each site's adapter after its own last local training
    seconds: float  # training wall time


Models = dict[str, dict[str, torch.Tensor]]  # the adapter each site is scored with, by site
# How a training is scored, by the row it makes: the averaged adapter at every site, or each site's
# own last local adapter. In a federation that is the site's last reply, already sent and accounted:
# scoring a site with it (personalisation) costs no privacy and no compute beyond the federation's.
VIEWS = {
    "federated": {"global": "", "local": ", each site's last local adapter"},
    "alone": {"local": ""},
}


@dataclass
class Site:
    name: str
    train: list[Example]
    test: list[Example]
    records: int  # training records
    validation: list[Example] = field(default_factory=list)  # carved from the training records, for --lr-grid


def cut_answer(record: Record, chars: int) -> Record:
    """The record with its answer cut at the last word boundary within ``chars`` (0: uncut)."""
    output = record.data["output"]
    if chars <= 0 or len(output) <= chars:
        return record
    head = output[:chars]
    return record.with_data({**record.data, "output": head[: head.rfind(" ")] if " " in head else head})


def read_source(folder: Path, stems: tuple[str, ...]) -> list[Record]:
    records: list[Record] = []
    for stem in stems:
        records += read_records(folder / f"{stem}.jsonl.gz")[0]
    return records


def load_sites(args: argparse.Namespace, tokenizer: object) -> tuple[list[Site], list[Example], list[Example]]:
    """The three sites' train and test examples, the held-out source's test examples, and the general sample."""
    def encode(records: list[Record]) -> list[Example]:
        return encode_for_eval([cut_answer(r, args.answer_chars) for r in records], tokenizer, args.max_length)[0]

    sites = []
    for name, stems in SITES.items():
        records = read_source(args.data, stems)
        random.Random(args.seed).shuffle(records)
        test = records[: args.test]
        # The validation records come out of the training records, never out of the test split.
        validation = records[args.test : args.test + args.validation]
        rest = records[args.test + args.validation :]
        train = rest[: args.records] if args.records else rest
        sites.append(Site(name, encode(train), encode(test), len(train), encode(validation)))
    held = read_source(args.data, (HELD_OUT,))
    random.Random(args.seed).shuffle(held)
    general = encode_for_eval(general_sample()[: args.general], tokenizer, args.max_length)[0]
    return sites, encode(held[: args.test]), general


def average(updates: list[tuple[int, dict[str, torch.Tensor]]]) -> dict[str, torch.Tensor]:
    """FedAvg: the updates weighted by their sites' training records."""
    total = sum(n for n, _ in updates)
    return {key: sum(n * state[key] for n, state in updates) / total for key in updates[0][1]}


def federate(model: torch.nn.Module, start: dict[str, torch.Tensor], sites: list[Site], epsilon: float | None,
             args: argparse.Namespace, pad_id: int) -> tuple[dict[str, torch.Tensor], Models]:
    """Rounds of local training at each site and FedAvg; one site alone is local training with the same schedule.

    Returns the averaged adapter and each site's adapter after its last local training.
    """
    total = args.rounds * args.steps
    noise = {}
    if epsilon is not None:
        for site in sites:
            rate = min(1.0, args.batch / site.records)
            sigma = calibrate(target_epsilon=epsilon, target_delta=min(1e-5, 0.1 / site.records), sample_rate=rate, steps=total)
            noise[site.name] = (sigma, rate)
            log.info("%s: epsilon %g over %d steps at sample rate %.4g: noise multiplier %.3f", site.name, epsilon, total, rate, sigma)
    state, local = start, {}
    for r in range(args.rounds):
        began = time.perf_counter()
        updates = []
        for site in sites:
            load_adapter_state(model, state)
            settings = TrainSettings(
                steps=args.steps, batch_size=args.physical, grad_accum=args.batch // args.physical,
                learning_rate=args.lr if epsilon is None else args.dp_lr,
                warmup_ratio=0.0, total_steps=total, start_step=r * args.steps, seed=args.seed + r,
                device=args.device, precision=args.precision, progress=False,
            )
            privacy = None
            if site.name in noise:
                sigma, rate = noise[site.name]
                privacy = DPSGD(noise_multiplier=sigma, max_grad_norm=args.clip, sample_rate=rate,
                                expected_batch_size=rate * site.records)
            LocalTrainer(model, pad_id, settings).fit(site.train, privacy)
            local[site.name] = adapter_state(model)
            updates.append((site.records, local[site.name]))
        state = average(updates)
        log.info("round %d of %d (%s): %d site(s) trained in %.1f s", r + 1, args.rounds,
                 "non-private" if epsilon is None else f"DP epsilon {epsilon:g}", len(sites), time.perf_counter() - began)
    return state, local


def loss(scores: list[TokenScores]) -> float:
    """Token-weighted loss over several sets' scores."""
    return float(sum(s.loss_sum.sum() for s in scores) / sum(s.tokens.sum() for s in scores))


@dataclass
class Row:
    run: str  # the table's label
    key: str  # "base" or one of RUNS
    site_loss: dict[str, float]
    pooled: float
    held_out: float
    general_ppl: float
    seconds: float
    lr: float | None = None  # the learning rate it trained at (None: the base model)


def score(model: torch.nn.Module, state: dict[str, torch.Tensor], examples: list[Example], args: argparse.Namespace,
          pad_id: int) -> TokenScores:
    """``examples`` scored under the adapter ``state``."""
    load_adapter_state(model, state)
    return token_scores(model, examples, pad_id, args.eval_batch, args.precision)


def measure(model: torch.nn.Module, models: Models, sites: list[Site], held: list[Example],
            general: list[Example], args: argparse.Namespace, pad_id: int) -> tuple[dict[str, TokenScores], list[TokenScores], list[TokenScores]]:
    """Each site's test split under its own adapter; the held-out source and general text under every distinct adapter."""
    distinct = list({id(state): state for state in models.values()}.values())
    return ({s.name: score(model, models[s.name], s.test, args, pad_id) for s in sites},
            [score(model, m, held, args, pad_id) for m in distinct], [score(model, m, general, args, pad_id) for m in distinct])


def view(trained: Trained, name: str, sites: list[Site]) -> Models:
    """The adapters a row scores: the averaged one at every site ("global"), or each site's own ("local")."""
    return {s.name: trained.state for s in sites} if name == "global" else trained.local


def train(model: torch.nn.Module, start: dict[str, torch.Tensor], sites: list[Site], epsilon: float | None,
          args: argparse.Namespace, pad_id: int, alone: bool = False) -> Trained:
    """``federate``, timed; ``alone``: each site by itself with the same schedule."""
    began = time.perf_counter()
    if not alone:
        state, local = federate(model, start, sites, epsilon, args, pad_id)
        return Trained(state, local, time.perf_counter() - began)
    local = {site.name: federate(model, start, [site], epsilon, args, pad_id)[0] for site in sites}
    return Trained(None, local, time.perf_counter() - began)


def select_lr(model: torch.nn.Module, start: dict[str, torch.Tensor], sites: list[Site], epsilon: float | None,
              grid: list[float], label: str, views: dict[str, str], args: argparse.Namespace, pad_id: int,
              alone: bool = False) -> tuple[dict[str, float], dict[float, Trained], list[str]]:
    """For each of ``views`` (a row's view and its label's suffix, ``VIEWS``), the learning rate of ``grid`` with the lowest pooled validation loss; the test splits unseen.

    Every candidate is trained once; the chosen runs are the ones the table reports (training one
    again would only draw new noise).
    """
    runs: dict[float, Trained] = {}
    for lr in grid:
        trial = copy.copy(args)
        trial.lr = trial.dp_lr = lr
        runs[lr] = train(model, start, sites, epsilon, trial, pad_id, alone)
    best, lines = {}, []
    for name, suffix in views.items():
        losses = {}
        for lr, trained in runs.items():
            models = view(trained, name, sites)
            losses[lr] = loss([score(model, models[site.name], site.validation, args, pad_id) for site in sites])
            log.info("%s%s at lr %g: pooled validation loss %.4f", label, suffix, lr, losses[lr])
        best[name] = min(losses, key=losses.__getitem__)
        lines += [f"Learning rate of the run \"{label}{suffix}\", chosen on "
                  f"{args.validation} validation records per site (taken from the training records; the test splits are not read):",
                  "", "| lr | pooled validation loss |", "|---|---|"]
        lines += [f"| {lr:g}{' (chosen)' if lr == best[name] else ''} | {v:.4f} |" for lr, v in losses.items()] + [""]
    return best, runs, lines


def run_all(args: argparse.Namespace) -> list[Row]:
    base = resolve_base(args.base)
    tokenizer = load_tokenizer(base)
    pad = tokenizer.pad_token_id
    sites, held, general = load_sites(args, tokenizer)
    log.info("sites: %s; held-out %s: %d test", ", ".join(f"{s.name} {s.records} train / {len(s.test)} test" for s in sites), HELD_OUT, len(held))
    lora = LoraSettings(r=args.lora_r, target_modules=args.targets, ffa=args.ffa)
    model = load_for_training(base, lora, pick_device(args.device), seed=args.seed)
    start = adapter_state(model)  # LoRA B is zero: the base model itself

    def row(name: str, key: str, per_site: dict[str, TokenScores], held_s: list[TokenScores], general_s: list[TokenScores],
            t: float, lr: float | None = None) -> Row:
        return Row(name, key, {k: v.loss for k, v in per_site.items()}, loss(list(per_site.values())), loss(held_s),
                   float(np.exp(loss(general_s))), t, lr)

    dp = f"DP epsilon {args.epsilon:g}"
    trainings = (("federated", "federated", None, False), ("federated-dp", f"federated, {dp}", args.epsilon, False),
                 ("alone", "each site alone", None, True), ("alone-dp", f"each site alone, {dp}", args.epsilon, True))
    chosen = []  # every training and learning-rate choice first, so that no test split is read before the last choice
    dp_federation = None  # the DP federation the table reports, reused by "federated-dp-tuned"
    for key, label, epsilon, alone in trainings:
        if key not in args.runs:
            continue
        views = VIEWS["alone" if alone else "federated"]
        grid = args.lr_grid if epsilon is None else args.dp_lr_grid
        if grid:
            best, runs, lines = select_lr(model, start, sites, epsilon, grid, label, views, args, pad, alone)
            args.selection += lines
        else:
            lr = args.lr if epsilon is None else args.dp_lr
            best, runs = dict.fromkeys(views, lr), {lr: train(model, start, sites, epsilon, args, pad, alone)}
        for name, suffix in views.items():
            chosen.append((label + suffix, key + ("-local" if name == "local" and not alone else ""), view(runs[best[name]], name, sites),
                           runs[best[name]].seconds, best[name]))
        if key == "federated-dp":
            dp_federation = runs[best["global"]]
    if "federated-dp-tuned" in args.runs:
        dp_federation = dp_federation or train(model, start, sites, args.epsilon, args, pad)
        began = time.perf_counter()
        tuned = {site.name: federate(model, dp_federation.state, [site], None, args, pad)[0] for site in sites}
        chosen.append((f"federated, {dp}, then each site fine-tuned on its own (no DP, kept at the site)", "federated-dp-tuned",
                       tuned, dp_federation.seconds + time.perf_counter() - began, args.lr))
    rows = [row("base model", "base", *measure(model, {s.name: start for s in sites}, sites, held, general, args, pad), 0.0)]
    log.info("base model: pooled test loss %.4f", rows[-1].pooled)
    for label, key, models, seconds, lr in chosen:
        rows.append(row(label, key, *measure(model, models, sites, held, general, args, pad), seconds, lr))
        log.info("%s: trained in %.0f s at lr %g, pooled test loss %.4f", label, seconds, lr, rows[-1].pooled)
    return rows


def table(rows: list[Row], args: argparse.Namespace) -> str:
    names = list(SITES)
    lines = [
        *args.selection,
        f"MedQuAD, {args.base}, LoRA r={args.lora_r}{' FFA' if args.ffa else ''} on {','.join(args.targets or ['default targets'])}; "
        f"{args.rounds} rounds x {args.steps} steps, expected batch {args.batch}, "
        f"lr {args.lr} (DP {args.dp_lr}) unless a grid chose (the lr column), clip {args.clip}, {args.precision}; answers cut to {args.answer_chars or 'full'} characters, {args.max_length} tokens; "
        f"{args.records or 'all'} training and {args.test} test records per site; held-out source {HELD_OUT}.",
        "Test-answer loss (response tokens; lower is better). Rows scored with each site's own adapter (sites alone, and "
        "each site's last local adapter of a federation) read each site's own test split with it; their held-out and "
        "general columns pool the three adapters.",
        "",
        "| run | lr | " + " | ".join(names) + " | pooled | held-out | general ppl | train wall |",
        "|---|---|" + "---|" * (len(names) + 4),
    ]
    for r in rows:
        lines.append(f"| {r.run} | {'' if r.lr is None else f'{r.lr:g}'} | " + " | ".join(f"{r.site_loss[n]:.4f}" for n in names)
                     + f" | {r.pooled:.4f} | {r.held_out:.4f} | {r.general_ppl:.2f} | {r.seconds:.0f} s |")
    named = {r.key: r for r in rows}
    base, fed, dp_fed, dp_alone = rows[0], named.get("federated"), named.get("federated-dp"), named.get("alone-dp")
    alone, tuned = named.get("alone"), named.get("federated-dp-tuned")
    dp_local = named.get("federated-dp-local")
    lines.append("")
    if dp_fed is not None and fed is None:
        lines.append(f"DP federated lowers the pooled test loss by {base.pooled - dp_fed.pooled:.4f} nats "
                     "(no non-private run to compare with: see --runs).")
    if fed is None or dp_fed is None:
        pass
    elif (gain := base.pooled - fed.pooled) > 0:
        dp_gain = base.pooled - dp_fed.pooled
        lines.append(f"DP federated keeps {100 * dp_gain / gain:.0f}% of the non-private federated gain on pooled test "
                     f"answers ({dp_gain:.4f} of {gain:.4f} nats; target 80%).")
    else:
        lines.append(f"Non-private federated training did not lower the pooled test loss ({gain:+.4f} nats).")
    if dp_fed is not None and dp_alone is not None:
        lines.append("DP federated against each site alone with DP: "
                     + ", ".join(f"{n} {dp_fed.site_loss[n] - dp_alone.site_loss[n]:+.4f}" for n in names)
                     + " nats (negative: the federation helps that site).")
    if dp_local is not None and dp_alone is not None:
        lines.append("DP federated, each site's last local adapter, against each site alone with DP: "
                     + ", ".join(f"{n} {dp_local.site_loss[n] - dp_alone.site_loss[n]:+.4f}" for n in names)
                     + f", pooled {dp_local.pooled - dp_alone.pooled:+.4f} nats (negative: the federation helps that site).")
    if tuned is not None and alone is not None:
        lines.append("DP federated, then fine-tuned at each site, against each site alone (both without DP at the end): "
                     + ", ".join(f"{n} {tuned.site_loss[n] - alone.site_loss[n]:+.4f}" for n in names)
                     + f", pooled {tuned.pooled - alone.pooled:+.4f}, held-out source {tuned.held_out - alone.held_out:+.4f} nats "
                     "(negative: starting from the federation helps).")
    return "\n".join(lines)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the MedQuAD folder (gzip'd JSONL per source)")
    parser.add_argument("--base", default=EMBEDDED_MODEL, help="local model folder, or the embedded default")
    parser.add_argument("--gpu", action="store_true", help=f"the GPU variant's settings: {GPU}")
    parser.add_argument("--records", type=int, default=32, help="training records per site (0: all)")
    parser.add_argument("--test", type=int, default=8, help="test records per site and from the held-out source")
    parser.add_argument("--general", type=int, default=8, help="general-text records for the forgetting check")
    parser.add_argument("--answer-chars", type=int, default=300, help="cut answers at a word boundary within this (0: full)")
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--steps", type=int, default=1, help="local steps per round")
    parser.add_argument("--batch", type=int, default=4, help="expected examples per step (DP: Poisson draw)")
    parser.add_argument("--physical", type=int, default=4, help="examples per forward pass (memory)")
    parser.add_argument("--eval-batch", type=int, default=8)
    parser.add_argument("--lr", type=float, default=5e-3)
    parser.add_argument("--clip", type=float, default=1.0, help="DP-SGD per-example clip norm")
    parser.add_argument("--epsilon", type=float, default=8.0)
    parser.add_argument("--lora-r", type=int, default=8)
    parser.add_argument("--targets", nargs="+", default=None, help="LoRA target modules (default: the architecture's)")
    parser.add_argument("--ffa", action=argparse.BooleanOptionalAction, default=False,
                        help="FFA-LoRA: A frozen from the shared seed, only B trains")
    parser.add_argument("--dp-lr", type=float, default=None, help="the DP runs' learning rate (default: --lr)")
    parser.add_argument("--precision", choices=PRECISIONS, default=None,
                        help="autocast of training and scoring (default: bf16 where the CPU multiplies it natively)")
    parser.add_argument("--runs", nargs="+", choices=RUNS, default=list(RUNS),
                        help="which trainings to run beside the base model (default: all five); fewer, for an ablation")
    parser.add_argument("--validation", type=int, default=0,
                        help="validation records per site, taken from the training records (for the grids)")
    parser.add_argument("--lr-grid", nargs="+", type=float, default=None,
                        help="choose --lr among these by the non-private federated run's validation loss")
    parser.add_argument("--dp-lr-grid", nargs="+", type=float, default=None,
                        help="choose --dp-lr among these by the DP federated run's validation loss")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--threads", type=int, default=0, help="torch CPU threads (0: torch's default)")
    if parser.parse_known_args(argv)[0].gpu:
        parser.set_defaults(**GPU)  # defaults only: flags given on the command line still win
    args = parser.parse_args(argv)
    if args.dp_lr is None:
        args.dp_lr = args.lr
    if args.precision is None:
        args.precision = "bf16" if native_bf16_cpu() or args.device == "cuda" else "auto"
    if (args.lr_grid or args.dp_lr_grid) and args.validation <= 0:
        parser.error("--lr-grid and --dp-lr-grid choose on validation records: give --validation N")
    args.selection = []
    if args.batch % args.physical:
        parser.error("--batch must be a multiple of --physical")
    if not (args.data / f"{HELD_OUT}.jsonl.gz").is_file():
        parser.error(f"{args.data}: no MedQuAD files here; give --data (the folder of *_QA.jsonl.gz files)")
    return args


def main(argv: list[str] | None = None) -> int:
    # force: Opacus configures logging on import, and this script's progress lines should show.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", datefmt="%H:%M:%S", force=True)
    args = parse(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    started = time.perf_counter()
    print(table(run_all(args), args))
    print(f"\ntotal wall {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
