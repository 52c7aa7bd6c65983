"""bench/medquad.py: answers are cut at word boundaries, FedAvg weighs by records, and a tiny run prints the table and writes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import torch

from fedtune.common.data import Record

ROOT = Path(__file__).resolve().parents[1]
MEDQUAD = ROOT.parent / "shared" / "data" / "medquad"
sys.path.insert(0, str(ROOT / "bench"))
import medquad as bench  # noqa: E402  (bench/ is scripts, not a package)


def test_answers_are_cut_at_a_word_boundary() -> None:
    record = Record("instruction", {"instruction": "Q?", "input": "", "output": "alpha beta gamma delta"}, "f", 1)
    assert bench.cut_answer(record, 13).data["output"] == "alpha beta"  # "alpha beta ga" cut back to a whole word
    assert bench.cut_answer(record, 0) is record and bench.cut_answer(record, 100) is record


def test_fedavg_weighs_sites_by_their_records() -> None:
    averaged = bench.average([(1, {"w": torch.tensor([0.0, 4.0])}), (3, {"w": torch.tensor([4.0, 0.0])})])
    assert averaged["w"].tolist() == [3.0, 1.0]


@pytest.mark.slow
@pytest.mark.skipif(not MEDQUAD.is_dir(), reason=f"MedQuAD is not at {MEDQUAD} (it lives beside the repository, never in it)")
def test_a_tiny_run_prints_every_row_and_writes_nothing(tiny_model: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    argv = ["--base", str(tiny_model), "--records", "8", "--test", "4", "--general", "4", "--rounds", "1", "--steps", "1"]
    assert bench.main(argv) == 0
    printed = capsys.readouterr().out
    for run in ("base model", "federated", "federated, DP epsilon 8", "each site alone", "each site alone, DP epsilon 8"):
        assert f"| {run} |" in printed
    assert "DP federated against each site alone with DP: rare-diseases" in printed
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not MEDQUAD.is_dir(), reason=f"MedQuAD is not at {MEDQUAD} (it lives beside the repository, never in it)")
def test_runs_picks_the_trainings_and_the_table_says_what_it_cannot_compare(tiny_model: Path, tmp_path: Path, capsys) -> None:
    argv = ["--base", str(tiny_model), "--records", "8", "--test", "4", "--general", "4", "--rounds", "1", "--steps", "1",
            "--runs", "federated-dp"]
    assert bench.main(argv) == 0
    printed = capsys.readouterr().out
    assert "| base model |" in printed and "| federated, DP epsilon 8 |" in printed
    for absent in ("| federated |", "| each site alone |", "| each site alone, DP epsilon 8 |", "keeps", "against each site"):
        assert absent not in printed
    assert "no non-private run to compare with" in printed


@pytest.mark.skipif(not MEDQUAD.is_dir(), reason=f"MedQuAD is not at {MEDQUAD} (it lives beside the repository, never in it)")
def test_the_learning_rate_is_chosen_on_validation_records_the_test_split_unread(tiny_model: Path, capsys, monkeypatch) -> None:
    argv = ["--base", str(tiny_model), "--records", "8", "--test", "4", "--general", "4", "--rounds", "1", "--steps", "1",
            "--runs", "federated-dp", "--validation", "3", "--dp-lr-grid", "1e-4", "5e-2"]
    read: list[int] = []
    scored = bench.token_scores

    def spy(model, examples, *rest, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202 - the same call, recorded
        read.append(id(examples))
        return scored(model, examples, *rest, **kw)

    sites_seen = {}
    loader = bench.load_sites

    def load(args, tokenizer):  # noqa: ANN001, ANN202
        sites, held, general = loader(args, tokenizer)
        sites_seen.update({s.name: s for s in sites})
        return sites, held, general

    trainings = []
    federate = bench.federate

    def counted(*a, **kw):  # noqa: ANN002, ANN003, ANN202 - the same call, counted
        trainings.append(a[3])  # epsilon
        return federate(*a, **kw)

    monkeypatch.setattr(bench, "token_scores", spy)
    monkeypatch.setattr(bench, "load_sites", load)
    monkeypatch.setattr(bench, "federate", counted)
    assert bench.main(argv) == 0
    assert len(trainings) == 2 and None not in trainings  # one DP training per candidate; the chosen one is reported, not retrained
    printed = capsys.readouterr().out
    assert "chosen on 3 validation records per site" in printed and printed.count("(chosen)") == 1
    chosen = next(line for line in printed.splitlines() if "(chosen)" in line).split()[1]
    assert f"(DP {float(chosen)})" in printed  # the table's header reports the chosen rate
    for site in sites_seen.values():
        assert len(site.validation) == 3 and site.records == 8
        tests = {tuple(e.input_ids) for e in site.test}
        assert not tests & {tuple(e.input_ids) for e in site.validation}
        assert not {tuple(e.input_ids) for e in site.train} & {tuple(e.input_ids) for e in site.validation}
    # Selection read the validation sets (twice: one per candidate) before any test split was scored.
    first_test = min(read.index(id(s.test)) for s in sites_seen.values())
    validations = [i for i, key in enumerate(read) if key in {id(s.validation) for s in sites_seen.values()}]
    assert len(validations) == 2 * len(sites_seen) and max(validations) < first_test


def test_a_grid_without_validation_records_is_refused(capsys) -> None:
    if not MEDQUAD.is_dir():
        pytest.skip(f"MedQuAD is not at {MEDQUAD} (it lives beside the repository, never in it)")
    with pytest.raises(SystemExit):
        bench.parse(["--dp-lr-grid", "1e-3", "1e-2"])
    assert "give --validation N" in capsys.readouterr().err
