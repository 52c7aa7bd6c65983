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
