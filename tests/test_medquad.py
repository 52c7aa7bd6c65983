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
    for run in ("base model", "federated", "federated, DP epsilon 8", "each site alone", "each site alone, DP epsilon 8",
                "federated, each site's last local adapter", "federated, DP epsilon 8, each site's last local adapter",
                "federated, DP epsilon 8, then each site fine-tuned on its own (no DP, kept at the site)"):
        assert f"| {run} |" in printed
    assert "DP federated against each site alone with DP: rare-diseases" in printed
    assert "DP federated, then fine-tuned at each site, against each site alone (both without DP at the end): rare-diseases" in printed
    assert "DP federated, each site's last local adapter, against each site alone with DP: rare-diseases" in printed
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not MEDQUAD.is_dir(), reason=f"MedQuAD is not at {MEDQUAD} (it lives beside the repository, never in it)")
def test_runs_picks_the_trainings_and_the_table_says_what_it_cannot_compare(tiny_model: Path, tmp_path: Path, capsys) -> None:
    argv = ["--base", str(tiny_model), "--records", "8", "--test", "4", "--general", "4", "--rounds", "1", "--steps", "1",
            "--runs", "federated-dp"]
    assert bench.main(argv) == 0
    printed = capsys.readouterr().out
    assert "| base model |" in printed and "| federated, DP epsilon 8 |" in printed
    assert "| federated, DP epsilon 8, each site's last local adapter |" in printed
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
    # One choice per row the training makes: the averaged adapter, and each site's last local one.
    assert "chosen on 3 validation records per site" in printed and printed.count("(chosen)") == 2
    chosen = [line.split()[1] for line in printed.splitlines() if "(chosen)" in line]
    for label, lr in zip(("| federated, DP epsilon 8 |", "| federated, DP epsilon 8, each site's last local adapter |"), chosen):
        line = next(line for line in printed.splitlines() if line.startswith(label))
        assert line.split("|")[2].strip() == lr  # the row's lr column is its own choice
    for site in sites_seen.values():
        assert len(site.validation) == 3 and site.records == 8
        tests = {tuple(e.input_ids) for e in site.test}
        assert not tests & {tuple(e.input_ids) for e in site.validation}
        assert not {tuple(e.input_ids) for e in site.train} & {tuple(e.input_ids) for e in site.validation}
    # Selection read the validation sets (once per candidate and row) before any test split was scored.
    first_test = min(read.index(id(s.test)) for s in sites_seen.values())
    validations = [i for i, key in enumerate(read) if key in {id(s.validation) for s in sites_seen.values()}]
    assert len(validations) == 2 * 2 * len(sites_seen) and max(validations) < first_test


@pytest.mark.skipif(not MEDQUAD.is_dir(), reason=f"MedQuAD is not at {MEDQUAD} (it lives beside the repository, never in it)")
def test_a_site_s_last_local_adapter_is_its_last_reply_and_scores_its_own_split(tiny_model: Path, capsys, monkeypatch) -> None:
    argv = ["--base", str(tiny_model), "--records", "8", "--test", "4", "--general", "4", "--rounds", "2", "--steps", "1",
            "--runs", "federated"]
    replies: list[tuple[str, dict]] = []
    federate = bench.federate

    def recorded(model, start, sites, *rest):  # noqa: ANN001, ANN002, ANN202 - the same call, its replies kept
        state, local = federate(model, start, sites, *rest)
        replies.extend(local.items())
        assert set(local) == {s.name for s in sites}
        for name, adapter in local.items():  # not the average: each site's own
            assert any(not torch.equal(adapter[k], state[k]) for k in state), name
        return state, local

    measured: list[dict] = []
    measure = bench.measure

    def spy(model, models, *rest):  # noqa: ANN001, ANN002, ANN202
        measured.append(dict(models))
        return measure(model, models, *rest)

    monkeypatch.setattr(bench, "federate", recorded)
    monkeypatch.setattr(bench, "measure", spy)
    assert bench.main(argv) == 0
    base, averaged, own = measured
    assert len({id(m) for m in averaged.values()}) == 1  # one adapter at every site
    assert all(own[name] is adapter for name, adapter in replies)  # each site with its own last reply
    printed = capsys.readouterr().out
    assert "| federated, each site's last local adapter |" in printed


def test_a_grid_without_validation_records_is_refused(capsys) -> None:
    if not MEDQUAD.is_dir():
        pytest.skip(f"MedQuAD is not at {MEDQUAD} (it lives beside the repository, never in it)")
    with pytest.raises(SystemExit):
        bench.parse(["--dp-lr-grid", "1e-3", "1e-2"])
    assert "give --validation N" in capsys.readouterr().err


@pytest.mark.skipif(not MEDQUAD.is_dir(), reason=f"MedQuAD is not at {MEDQUAD} (it lives beside the repository, never in it)")
@pytest.mark.parametrize("runs", [["federated-dp", "federated-dp-tuned"], ["federated-dp-tuned"]])
def test_the_tuned_run_fine_tunes_the_reported_dp_federation_at_each_site(tiny_model: Path, capsys, monkeypatch, runs) -> None:
    argv = ["--base", str(tiny_model), "--records", "8", "--test", "4", "--general", "4", "--rounds", "1", "--steps", "1",
            "--runs", *runs]
    calls: list[tuple[object, list[str], float | None, dict]] = []
    federate = bench.federate

    def recorded(model, start, sites, epsilon, *rest):  # noqa: ANN001, ANN002, ANN202 - the same call, recorded
        state, local = federate(model, start, sites, epsilon, *rest)
        calls.append((start, [s.name for s in sites], epsilon, state))
        return state, local

    monkeypatch.setattr(bench, "federate", recorded)
    assert bench.main(argv) == 0
    dp = [c for c in calls if c[2] is not None]
    assert len(dp) == 1 and dp[0][1] == list(bench.SITES)  # one DP federation of all three sites, reused
    tuning = [c for c in calls if c[2] is None]
    assert [c[1] for c in tuning] == [[name] for name in bench.SITES]  # then each site on its own, without DP
    assert all(c[0] is dp[0][3] for c in tuning)  # starting from the DP federation's averaged adapter
    printed = capsys.readouterr().out
    assert "| federated, DP epsilon 8, then each site fine-tuned on its own (no DP, kept at the site) |" in printed
