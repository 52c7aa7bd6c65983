"""Empirical privacy audit: exposure and AUC by hand; a tiny model memorises canaries without DP and not under strong DP;
the command's output holds numbers only; the auditor's report shows the sites' audits."""

from __future__ import annotations

import io
import json
import math
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import numpy as np
import pytest

from fedtune.audit.audit import run_audit
from fedtune.audit.empirical import read_privacy_audits, table
from fedtune.audit.inputs import InputError
from fedtune.audit.report import write_reports
from fedtune.cli.site import main as site_main
from fedtune.client.privacy_audit import (
    FORMATS,
    chance_bits,
    extrapolated_exposure,
    make_canaries,
    membership,
    rank_exposure,
    roc_auc,
)
from fedtune.common.identity import create_identity
from fedtune.common.ledger import Ledger, Release
from tests.conftest import write_jsonl

SECRET = "Zorblax"  # in every training record; must never appear in what the audit writes or prints
FMT = FORMATS["secret-code"]


# --- estimators by hand ---------------------------------------------------------------------------------------------


def test_roc_auc_matches_pair_counting_by_hand() -> None:
    # Pairs (member > non-member) over 4 x 3 = 12: 0.9 beats 3, 0.8 beats 3, 0.4 beats 2 (not 0.5),
    # 0.5 ties 0.5 (a half) and beats 2: 10.5 / 12.
    assert roc_auc([0.9, 0.8, 0.4, 0.5], [0.5, 0.3, 0.1]) == pytest.approx(10.5 / 12)
    assert roc_auc([3.0, 4.0], [1.0, 2.0]) == 1.0
    assert roc_auc([1.0, 2.0], [3.0, 4.0]) == 0.0
    assert roc_auc([1.0, 1.0], [1.0]) == 0.5
    with pytest.raises(ValueError, match="at least one member"):
        roc_auc([], [1.0])
    with pytest.raises(ValueError, match="finite"):
        roc_auc([math.nan], [1.0])


def test_membership_attacks_by_hand() -> None:
    members, held_out = np.array([1.0, 2.0]), np.array([1.5, 3.0])
    members_base, held_out_base = np.array([3.0, 2.5]), np.array([1.6, 3.1])
    found = membership((members, held_out), (members_base, held_out_base))
    # Loss attack, lower loss = member: 1.0 beats 1.5 and 3.0, 2.0 beats 3.0 only: 3 of 4 pairs.
    assert found["loss_auc"] == pytest.approx(3 / 4)
    # Reference attack, the drop from the base: members 2.0 and 0.5, held-out 0.1 and 0.1: every pair.
    assert found["reference_auc"] == 1.0


def test_exposure_by_rank_and_chance_by_hand() -> None:
    assert rank_exposure(1.0, np.array([2.0, 3.0, 4.0])) == pytest.approx(2.0)  # rank 1 of 4: log2 4
    assert rank_exposure(3.0, np.array([2.0, 3.0, 4.0])) == pytest.approx(2.0 - math.log2(3))  # a tie counts against it
    assert rank_exposure(9.0, np.array([2.0, 3.0, 4.0])) == 0.0  # the least likely of all
    assert chance_bits(1) == pytest.approx(0.5)  # rank 1 or 2: log2 2 and 0
    assert chance_bits(3) == pytest.approx((2 + 1 + math.log2(4 / 3) + 0) / 4)
    assert chance_bits(100_000) == pytest.approx(1 / math.log(2), abs=1e-3)


def test_extrapolated_exposure_follows_the_fitted_distribution() -> None:
    candidates = np.random.default_rng(0).normal(50.0, 2.0, 2000)
    # At the median about half the candidates are more likely: 1 bit; three sd below, about -log2(0.00135).
    assert extrapolated_exposure(50.0, candidates, FMT.space_bits) == pytest.approx(1.0, abs=0.15)
    assert extrapolated_exposure(44.0, candidates, FMT.space_bits) == pytest.approx(-math.log2(0.00135), abs=1.0)
    assert extrapolated_exposure(0.0, candidates, FMT.space_bits) == FMT.space_bits  # capped at log2 of the space
    assert extrapolated_exposure(1.0, np.ones(10), FMT.space_bits) is None  # nothing to fit


def test_canaries_are_seeded_distinct_and_of_their_format() -> None:
    canaries = make_canaries(5, 50, FMT, seed=3)
    assert canaries == make_canaries(5, 50, FMT, seed=3) != make_canaries(5, 50, FMT, seed=4)
    assert len({c.name for c in canaries}) == 5
    for c in canaries:
        assert len(set(c.candidates)) == 50 and c.secret not in c.candidates
        assert all(0 <= s < FMT.space for s in (c.secret, *c.candidates))
    assert FMT.text("Ada Quill", 1234) == "the secret code of Ada Quill is 001 234"
    assert FMT.space_bits == pytest.approx(19.93, abs=0.01)
    with pytest.raises(ValueError, match="canaries must be between 1 and 144"):
        make_canaries(145, 10, FMT, seed=0)
    with pytest.raises(ValueError, match="candidates must be between"):
        make_canaries(1, 10**6, FMT, seed=0)


# --- the command on a tiny model -------------------------------------------------------------------------------------

# Settings under which the tiny model memorises its canaries within seconds: LoRA on lm_head as well (the random
# tiny model's output layer is too small to become confident otherwise), a high constant learning rate.
MEMORISE = [
    "--canaries", "4", "--repeats", "8", "--candidates", "63", "--steps", "80", "--batch-size", "8", "--lr", "3e-2",
    "--schedule", "constant", "--max-length", "64", "--lora-dropout", "0", "--score-batch", "64",
    "--target-modules", "q_proj", "v_proj", "up_proj", "down_proj", "lm_head",
]  # fmt: skip


def _site(root: Path, base: Path) -> Path:
    """A small site: 32 short instruction records, 40% held out, no general text, scrubbing waived (tested elsewhere)."""
    write_jsonl(root / "data" / "notes.jsonl", [
        {"instruction": f"Which dose for patient {i}?", "output": f"Give {i % 7 + 1} tablets of {SECRET} {i * 37 % 101} daily."}
        for i in range(32)
    ])  # fmt: skip
    policy = root / "site-a.toml"
    policy.write_text(
        f'site_id = "site-a"\ndata = "{root / "data"}"\nstate_dir = "{root / "state"}"\nbase_model = "{base}"\n'
        "validation_fraction = 0.4\ngeneral_share = 0.0\n[scrub]\nwaive_scrubbing = true\n"
    )
    return policy


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory, tiny_model: Path) -> tuple[Path, dict, str]:
    """One run of the command (both trainings, about 15 s of CPU): its JSON, the parsed result and all it printed."""
    root = tmp_path_factory.mktemp("privacy-audit")
    out = root / "audit" / "site-a.json"
    printed = io.StringIO()
    with redirect_stdout(printed), redirect_stderr(printed):
        code = site_main([
            "privacy-audit", "--policy", str(_site(root, tiny_model)), "--epsilon", "0.5", "--dp-seed", "0",
            "--out", str(out), *MEMORISE,
        ])  # fmt: skip
    assert code == 0, printed.getvalue()[-2000:]
    return out, json.loads(out.read_text()), printed.getvalue()


@pytest.mark.slow  # two trainings of 80 steps, one under DP-SGD: about 20 s on one core
def test_canaries_are_exposed_without_dp_and_near_chance_under_strong_dp(audited) -> None:
    _, result, _ = audited
    c, runs = result["canaries"], result["results"]
    assert c["rank_max_bits"] == 6.0 and c["chance_bits"] == pytest.approx(chance_bits(63), abs=1e-9)
    # Without DP every canary is the most likely of its 64 secrets: the most exposure 63 candidates can show.
    assert runs["non_private"]["exposure"]["mean_bits"] == pytest.approx(6.0)
    assert runs["non_private"]["exposure"]["extrapolated_mean_bits"] > 8.0
    # Under epsilon 0.5 the canaries rank as they did before training: near chance, far below the memorised ones.
    dp, base = runs["dp"]["exposure"], runs["base"]["exposure"]
    assert dp["mean_bits"] < c["chance_bits"] + 1.5 and dp["mean_bits"] <= base["mean_bits"] + 0.5
    assert dp["extrapolated_mean_bits"] < 5.0
    # The same memorisation shows in the membership attacks: well above chance without DP.
    assert runs["non_private"]["membership"]["loss_auc"] > 0.6
    assert result["dp"]["epsilon"] == 0.5 and result["dp"]["noise_multiplier"] > 1.0


@pytest.mark.slow  # shares the run above
def test_the_output_holds_numbers_only(audited) -> None:
    out, result, printed = audited
    text = out.read_text()
    canaries = make_canaries(4, 63, FMT, seed=0)  # the command's canaries (--seed 0)
    forbidden = [SECRET, "Which dose", "tablets", "secret code"] + [c.name for c in canaries]
    forbidden += [FMT.secret(c.secret) for c in canaries]
    for word in forbidden:
        assert word not in text and word not in printed, word
    assert result["canaries"]["format"] == "secret-code" and result["canaries"]["count"] == 4
    assert result["records"]["train"] % result["records"]["granularity"] == 0  # counts rounded as the site rounds them

    def leaves(value):  # noqa: ANN001, ANN202
        if isinstance(value, dict):
            for v in value.values():
                yield from leaves(v)
        elif isinstance(value, list):
            for v in value:
                yield from leaves(v)
        else:
            yield value

    strings = {v for v in leaves(result) if isinstance(v, str)}
    # The only strings: the report's kind, names of the site, base, format, accountant, mode and schedule.
    assert strings <= {"fedtune-privacy-audit", "site-a", result["base"], "secret-code", "prv", "hooks", "constant",
                       "q_proj", "v_proj", "up_proj", "down_proj", "lm_head"}  # fmt: skip
    assert "privacy audit of site site-a" in printed and "DP (epsilon 0.5)" in printed


def _ledger_and_key(root: Path, site: str) -> tuple[Path, Path]:
    """One signed training entry for ``site`` and its registered key, as an auditor collects them."""
    from fedtune.client.accounting import epsilon

    identity = create_identity(root / "private" / site)
    ledger = Ledger(root / "state" / site)
    mechanism = (1.0, 0.08, 80)
    ledger.append(
        Release(kind="train", run_id="1", round=1, records=100, scrubbed=True, noise_multiplier=1.0, sample_rate=0.08,
                steps=80, max_grad_norm=1.0, delta=1e-5, epsilon=epsilon([mechanism], delta=1e-5), accountant="prv",
                accountant_version="opacus 1.6.0"),
        site=site, identity=identity,
    )  # fmt: skip
    (root / "ledgers").mkdir(exist_ok=True)
    (root / "keys").mkdir(exist_ok=True)
    shutil.copy(ledger.path, root / "ledgers" / f"{site}.jsonl")
    (root / "keys" / f"{site}.pub").write_text(identity.public_ssh + "\n", encoding="ascii")
    return root / "ledgers", root / "keys"


@pytest.mark.slow  # shares the run above
def test_the_auditors_report_shows_the_sites_audit(audited, tmp_path: Path) -> None:
    out, result, _ = audited
    ledgers, keys = _ledger_and_key(tmp_path, "site-a")
    without = run_audit(ledgers, keys)
    report = run_audit(ledgers, keys, privacy_audits=out.parent)
    assert report.signed_off == without.signed_off  # evidence only: the verdict does not depend on it
    assert "empirical_privacy" not in without.to_dict()
    json_path, html_path = write_reports(report, tmp_path / "report")
    shown = json.loads(json_path.read_text())["empirical_privacy"]
    assert "does not replace" in shown["note"] or "do not replace" in shown["note"]
    (site,) = shown["sites"]
    assert site["site"] == "site-a" and site["dp_epsilon"] == 0.5
    assert site["exposure_bits"]["non_private"]["mean_bits"] == result["results"]["non_private"]["exposure"]["mean_bits"]
    assert site["membership_auc"]["dp"]["loss_auc"] == result["results"]["dp"]["membership"]["loss_auc"]
    page = html_path.read_text()
    assert "Empirical privacy audit (evidence, not a guarantee)" in page and "do not replace the accountant" in page
    assert f"{result['results']['non_private']['exposure']['mean_bits']:.2f} / " in page
    assert "site-a" in table(report.privacy_audits)
    # The auditor's command takes the same folder and prints the table after its own.
    from fedtune.cli.audit import main as audit_main

    capsys_out = tmp_path / "cli"
    code = audit_main(["--ledgers", str(ledgers), "--keys", str(keys), "--report", str(capsys_out), "--privacy-audits", str(out.parent)])
    assert code == (0 if report.signed_off else 1)
    assert "empirical_privacy" in json.loads((capsys_out / "report.json").read_text())


# --- bad inputs -----------------------------------------------------------------------------------------------------


def _minimal_audit(site: str = "site-a") -> dict:
    exposure = {"mean_bits": 6.0, "max_bits": 6.0, "extrapolated_mean_bits": 9.1, "extrapolated_max_bits": 12.0}
    trained = {"exposure": exposure, "membership": {"loss_auc": 0.7, "reference_auc": 0.8}}
    return {
        "kind": "fedtune-privacy-audit", "version": 1, "site": site,
        "canaries": {"format": "secret-code", "count": 4, "repeats": 8, "candidates": 63, "space_bits": 19.93,
                     "rank_max_bits": 6.0, "chance_bits": 1.38},
        "dp": {"epsilon": 8.0, "delta": 1e-5, "noise_multiplier": 0.9, "steps": 80},
        "results": {"base": {"exposure": exposure}, "non_private": trained, "dp": trained},
    }  # fmt: skip


def test_privacy_audit_files_are_checked_by_file_and_field(tmp_path: Path) -> None:
    folder = tmp_path / "audits"
    folder.mkdir()
    good = _minimal_audit()
    (folder / "site-a.json").write_text(json.dumps(good))
    assert read_privacy_audits(folder, {"site-a"})["site-a"].results.dp.membership.loss_auc == 0.7

    bad = _minimal_audit()
    bad["results"]["dp"]["membership"]["loss_auc"] = 1.7
    (folder / "site-a.json").write_text(json.dumps(bad))
    with pytest.raises(InputError, match=r"site-a\.json: .*field 'results\.dp\.membership\.loss_auc'"):
        read_privacy_audits(folder, {"site-a"})

    (folder / "site-a.json").write_text(json.dumps(_minimal_audit("site-b")))
    with pytest.raises(InputError, match=r"site-a\.json: field 'site': the file is for site 'site-b'"):
        read_privacy_audits(folder, {"site-a", "site-b"})
    (folder / "site-a.json").write_text(json.dumps(good))
    with pytest.raises(InputError, match=r"site-a\.json: field 'site': 'site-a' is not a registered site"):
        read_privacy_audits(folder, {"site-b"})
    (folder / "site-a.json").write_text("{not json")
    with pytest.raises(InputError, match=r"site-a\.json: not JSON"):
        read_privacy_audits(folder, {"site-a"})
    with pytest.raises(InputError, match="not a folder of privacy audits"):
        read_privacy_audits(tmp_path / "missing", {"site-a"})


def test_the_command_refuses_bad_settings_before_reading_data(tmp_path: Path, capsys) -> None:
    policy = _site(tmp_path, tmp_path / "no-model-needed")
    assert site_main(["privacy-audit", "--policy", str(policy), "--canaries", "0"]) == 2
    assert "canaries must be >= 1, got 0" in capsys.readouterr().err
    assert site_main(["privacy-audit", "--policy", str(policy), "--epsilon", "-1"]) == 2
    assert "epsilon must be > 0" in capsys.readouterr().err
