"""fedtune-audit: honest ledgers sign off with dp_accounting agreeing; every kind of tampering is caught and named."""

from __future__ import annotations

import base64
import dataclasses
import json
import math
import shutil
from pathlib import Path

import pytest

from fedtune.audit.audit import AuditReport, run_audit
from fedtune.cli.audit import main
from fedtune.common.identity import SiteIdentity, create_identity, load_identity
from fedtune.common.ledger import Ledger, LedgerEntry, Release, parse_entry
from fedtune.common.protocol import digest_prefix

DELTA = 1e-5
TRAIN = (0.7, 0.05, 15)  # noise_multiplier, sample_rate, steps: about epsilon 4.3 per round
METRIC = (5.0, 1.0, 1)  # a noised loss release: Gaussian, sensitivity the loss bound
# hospital-a trains two rounds in run 101, restarts, and trains two more in run 202, with evaluations between.
PLANS = {
    "hospital-a": [("101", 1, "train"), ("101", 1, "metric"), ("101", 2, "train"),
                   ("202", 1, "train"), ("202", 1, "metric"), ("202", 2, "train")],
    "law-b": [("101", 1, "train"), ("101", 1, "metric"), ("101", 2, "train")],
}  # fmt: skip


def _release(kind: str, run: str, round_: int, mechanism: tuple[float, float, int], eps: float) -> Release:
    sigma, rate, steps = mechanism
    return Release(
        kind=kind, run_id=run, round=round_, records=300, scrubbed=True, noise_multiplier=sigma, sample_rate=rate,
        steps=steps, max_grad_norm=1.0 if kind == "train" else 5.0, delta=DELTA, epsilon=eps, accountant="prv",
        accountant_version="opacus 1.6.0",
    )  # fmt: skip


@pytest.fixture(scope="module")
def federation(tmp_path_factory) -> Path:
    """Two sites' ledgers with epsilon from Opacus's PRV accountant, their registered keys and the coordinator's receipts."""
    from fedtune.client.accounting import epsilon  # the site's own accountant

    root = tmp_path_factory.mktemp("federation")
    receipts = []
    for site, plan in PLANS.items():
        identity = create_identity(root / "private" / site)
        ledger = Ledger(root / "state" / site)
        history = []
        for run, round_, kind in plan:
            mechanism = TRAIN if kind == "train" else METRIC
            history.append(mechanism)
            entry = ledger.append(
                _release(kind, run, round_, mechanism, epsilon(history, delta=DELTA)), site=site, identity=identity
            )
            message = "train" if kind == "train" else "evaluate"
            receipts.append({"node": f"{site}-node", "round": round_, "message": message, "seq": entry.seq,
                             "hash": digest_prefix(entry.digest)})  # fmt: skip
        (root / "ledgers").mkdir(exist_ok=True)
        (root / "keys").mkdir(exist_ok=True)
        shutil.copy(ledger.path, root / "ledgers" / f"{site}.jsonl")
        (root / "keys" / f"{site}.pub").write_text(identity.public_ssh + "\n", encoding="ascii")
    (root / "run").mkdir()
    (root / "run" / "receipts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in receipts), encoding="utf-8")
    return root


@pytest.fixture
def fed(federation, tmp_path) -> Path:
    """A copy the test may tamper with."""
    copy = tmp_path / "fed"
    shutil.copytree(federation, copy)
    return copy


def _entries(fed: Path, site: str = "hospital-a") -> list[LedgerEntry]:
    return [parse_entry(line) for line in (fed / "ledgers" / f"{site}.jsonl").read_bytes().splitlines()]


def _write(fed: Path, entries: list[LedgerEntry], site: str = "hospital-a") -> None:
    (fed / "ledgers" / f"{site}.jsonl").write_bytes(b"".join(e.line + b"\n" for e in entries))


def _identity(fed: Path, site: str = "hospital-a") -> SiteIdentity:
    return load_identity(fed / "private" / site)


def _resign(entries: list[LedgerEntry], identity: SiteIdentity, start: int) -> list[LedgerEntry]:
    """Re-sign entries[start:] with ``identity``, re-linking the chain as a forger would."""
    out = entries[:start]
    for entry in entries[start:]:
        if out:
            entry = dataclasses.replace(entry, prev_hash=out[-1].digest)
        if entry.kind == "genesis":
            entry = dataclasses.replace(entry, public_key=identity.public_ssh)
        signature = base64.b64encode(identity.sign(entry.signed_bytes)).decode("ascii")
        out.append(dataclasses.replace(entry, signature=signature))
    return out


def _audit(fed: Path, coordinator: bool = True, caps: Path | None = None) -> AuditReport:
    return run_audit(fed / "ledgers", fed / "keys", fed / "run" if coordinator else None, caps)


def _first_failure(report: AuditReport, site: str = "hospital-a"):
    audit = next(s for s in report.sites if s.site == site)
    failing = [f for f in audit.findings if f.fails]
    assert failing, f"no failure for {site}: {audit.findings}"
    assert not report.signed_off
    return failing[0]


# --- honest ledgers ---


def test_honest_ledgers_spanning_a_restart_sign_off_and_agree_with_dp_accounting(fed) -> None:
    report = _audit(fed)
    assert report.signed_off, [str(f) for f in report.all_findings]
    a, b = report.sites
    assert (a.site, a.rounds, a.metric_releases, a.runs, a.receipts) == ("hospital-a", 4, 2, ["101", "202"], 6)
    assert (b.site, b.rounds, b.metric_releases) == ("law-b", 2, 1)
    for site in report.sites:
        for point in site.points:  # every prefix, not only the last figure
            assert abs(point.reported - point.pld) / point.pld < 0.02
        assert site.rdp >= site.pld  # RDP is the looser bound
    assert a.pld > b.pld > 0


def test_the_pld_series_is_what_dp_accountings_pld_accountant_gives(fed) -> None:
    from dp_accounting.pld import PLDAccountant

    from fedtune.audit.accountant import PLD_DISCRETIZATION, event, recompute

    releases = _entries(fed)[1:]
    accountant = PLDAccountant(value_discretization_interval=PLD_DISCRETIZATION)
    for entry in releases:
        accountant.compose(event(entry.noise_multiplier, entry.sample_rate), entry.steps)
    assert recompute(releases).pld[-1] == pytest.approx(accountant.get_epsilon(DELTA), rel=1e-6)


def test_a_site_that_under_reports_its_epsilon_by_one_percent_fails(fed) -> None:
    entries = _entries(fed)
    last = entries[-1]
    lie = dataclasses.replace(last, release=dataclasses.replace(last.release, epsilon=last.epsilon * 0.99))
    _write(fed, _resign([*entries[:-1], lie], _identity(fed), len(entries) - 1))  # signed by the site itself
    finding = _first_failure(_audit(fed, coordinator=False))
    assert (finding.kind, finding.seq, finding.line) == ("under-reported", last.seq, last.seq + 1)


# --- tampering, one test each ---


def test_an_edited_field_is_named(fed) -> None:
    entries = _entries(fed)
    target = entries[2]
    entries[2] = dataclasses.replace(target, release=dataclasses.replace(target.release, noise_multiplier=9.0))
    _write(fed, entries)
    finding = _first_failure(_audit(fed))
    assert (finding.kind, finding.seq, finding.line) == ("edited", 2, 3)


def test_a_deleted_entry_is_named(fed) -> None:
    entries = _entries(fed)
    _write(fed, entries[:3] + entries[4:])
    finding = _first_failure(_audit(fed))
    assert (finding.kind, finding.seq, finding.line) == ("removed", 3, 4)
    assert "seq 3 missing" in finding.detail


def test_a_deleted_last_entry_is_caught_through_the_coordinators_receipts(fed) -> None:
    entries = _entries(fed)
    _write(fed, entries[:-1])
    assert _audit(fed, coordinator=False).signed_off  # the chain alone cannot show a shorter tail
    finding = _first_failure(_audit(fed))
    assert (finding.kind, finding.seq) == ("removed", entries[-1].seq)
    assert "ends at seq 5" in finding.detail


def test_swapped_entries_are_named(fed) -> None:
    entries = _entries(fed)
    entries[2], entries[3] = entries[3], entries[2]
    _write(fed, entries)
    finding = _first_failure(_audit(fed))
    assert (finding.kind, finding.seq, finding.line) == ("reordered", 3, 3)


def test_a_replayed_entry_is_named(fed) -> None:
    entries = _entries(fed)
    _write(fed, [*entries, entries[1]])
    finding = _first_failure(_audit(fed))
    assert (finding.kind, finding.seq, finding.line) == ("replayed", 1, len(entries) + 1)


def test_entries_re_signed_with_a_wrong_key_are_forged(fed, tmp_path) -> None:
    entries = _entries(fed)
    forger = create_identity(tmp_path / "forger")
    _write(fed, _resign(entries, forger, 2))
    finding = _first_failure(_audit(fed))
    assert (finding.kind, finding.seq, finding.line) == ("forged", 2, 3)


def test_an_entry_signed_with_another_sites_key_names_that_site(fed) -> None:
    entries = _entries(fed)
    _write(fed, _resign(entries, _identity(fed, "law-b"), len(entries) - 1))
    finding = _first_failure(_audit(fed))
    assert (finding.kind, finding.seq) == ("forged", len(entries) - 1)
    assert "site law-b's key" in finding.detail


def test_a_changed_key_is_named(fed, tmp_path) -> None:
    _write(fed, _resign(_entries(fed), create_identity(tmp_path / "new"), 0))  # a whole, valid chain under a new key
    finding = _first_failure(_audit(fed, coordinator=False))
    assert (finding.kind, finding.seq, finding.line) == ("key changed", 0, 1)


def test_a_site_rewriting_its_history_with_its_own_key_is_caught_by_the_receipts(fed) -> None:
    entries = _entries(fed)
    kept = entries[:2] + [dataclasses.replace(e, seq=e.seq - 1) for e in entries[3:]]  # drop seq 2, renumber
    _write(fed, _resign(kept, _identity(fed), 2))
    assert _audit(fed, coordinator=False).signed_off  # a valid chain, signed by the site
    finding = _first_failure(_audit(fed))
    assert (finding.kind, finding.seq, finding.line) == ("edited", 2, 3)


def test_receipts_from_a_node_with_no_collected_ledger_fail(fed) -> None:
    (fed / "ledgers" / "law-b.jsonl").unlink()
    report = _audit(fed)
    assert not report.signed_off
    kinds = {f.kind for f in report.all_findings if f.fails}
    assert kinds == {"missing ledger", "unattributed receipts"}


def test_a_torn_last_line_from_a_crash_is_flagged_not_failed(fed) -> None:
    path = fed / "ledgers" / "law-b.jsonl"
    path.write_bytes(path.read_bytes() + b'{"kind":"train","prev')
    report = _audit(fed)
    assert report.signed_off
    (torn,) = [f for f in report.all_findings if f.kind == "torn line"]
    assert (torn.site, torn.seq, torn.line, torn.fails) == ("law-b", 4, 5, False)


# --- caps, floors, non-DP ---


def test_caps_and_clip_floors_are_enforced(fed) -> None:
    caps = fed / "caps.toml"
    caps.write_text("[sites.hospital-a]\ntarget_epsilon = 6.0\n[sites.law-b]\ntarget_epsilon = 8.0\nmax_grad_norm = 2.0\n")
    report = _audit(fed, caps=caps)
    assert _first_failure(report, "hospital-a").kind == "over cap"
    floor = _first_failure(report, "law-b")
    assert (floor.kind, floor.seq) == ("clip below floor", 1)
    caps.write_text("[sites.hospital-a]\ntarget_epsilon = 8.0\nmax_grad_norm = 1.0\n")
    assert _audit(fed, caps=caps).signed_off


def test_a_round_without_dp_makes_epsilon_infinite_and_breaks_any_cap(fed, tmp_path) -> None:
    identity = create_identity(tmp_path / "key")
    ledger = Ledger(tmp_path / "state")
    ledger.append(_release("train", "9", 1, (0.0, 0.05, 15), math.inf), site="clinic-c", identity=identity)
    ledger.append(_release("train", "9", 2, TRAIN, math.inf), site="clinic-c", identity=identity)
    shutil.copy(ledger.path, fed / "ledgers" / "clinic-c.jsonl")
    (fed / "keys" / "clinic-c.pub").write_text(identity.public_ssh)
    site = next(s for s in _audit(fed).sites if s.site == "clinic-c")
    assert site.signed_off and site.non_dp == 1 and math.isinf(site.pld)
    assert "non-DP" in {f.kind for f in site.findings}
    (fed / "caps.toml").write_text("[sites.clinic-c]\ntarget_epsilon = 8.0\n")
    assert _first_failure(_audit(fed, caps=fed / "caps.toml"), "clinic-c").kind == "over cap"


# --- the command ---


def test_the_command_writes_both_reports_and_exits_0_when_signed_off(fed, capsys) -> None:
    out = fed / "report"
    code = main(["--ledgers", str(fed / "ledgers"), "--keys", str(fed / "keys"), "--coordinator", str(fed / "run"),
                 "--report", str(out)])  # fmt: skip
    printed = capsys.readouterr().out
    assert code == 0 and "audit signed off" in printed and "hospital-a" in printed
    report = json.loads((out / "report.json").read_text())
    assert report["signed_off"] and [s["site"] for s in report["sites"]] == ["hospital-a", "law-b"]
    html = (out / "report.html").read_text()
    assert "<table class=summary>" in html and html.count("<table class=site>") == 2
    assert "<h2>hospital-a</h2>" in html and "<h2>law-b</h2>" in html
    png = html.split("data:image/png;base64,")[1].split("'")[0]
    assert base64.b64decode(png).startswith(b"\x89PNG") and len(png) > 1000


def test_the_command_exits_1_on_a_failure_and_names_the_entry(fed, capsys) -> None:
    entries = _entries(fed)
    _write(fed, [*entries, entries[1]])
    code = main(["--ledgers", str(fed / "ledgers"), "--keys", str(fed / "keys"), "--report", str(fed / "out")])
    printed = capsys.readouterr().out
    assert code == 1 and "FAIL  hospital-a, seq 1, line 8: replayed" in printed and "audit FAILED" in printed
    assert json.loads((fed / "out" / "report.json").read_text())["verdict"] == "FAILED"


def test_the_command_exits_2_on_inputs_it_cannot_read(fed, capsys) -> None:
    args = ["--ledgers", str(fed / "ledgers"), "--report", str(fed / "out")]
    assert main([*args, "--keys", str(fed / "nothing")]) == 2
    assert "nothing: not a folder of public keys" in capsys.readouterr().err
    (fed / "keys" / "law-b.pub").unlink()
    assert main([*args, "--keys", str(fed / "keys")]) == 2
    assert "law-b.jsonl: no registered key for site 'law-b'" in capsys.readouterr().err
    (fed / "caps.toml").write_text("[sites.hospital-a]\ntarget_epsilon = 'lots'\n")
    assert main([*args, "--keys", str(fed / "keys"), "--caps", str(fed / "caps.toml")]) == 2
    assert "caps.toml: sites.hospital-a.target_epsilon" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--ledgers", str(fed / "ledgers")])
    assert exit_.value.code == 2


def test_sites_with_policies_at_hand_are_collected_for_an_audit(tmp_path) -> None:
    from fedtune.audit.collect import collect_sites
    from fedtune.common.policy import SitePolicy

    policies = []
    for site, cap in (("clinic-d", 3.0), ("idle-e", 8.0)):
        policy = SitePolicy(site_id=site, data=tmp_path / "data", state_dir=tmp_path / site,
                            privacy={"target_epsilon": cap, "max_grad_norm": 0.5})  # fmt: skip
        policies.append(policy)
    identity = create_identity(policies[0].identity_key_path)
    Ledger(policies[0].state_dir).append(_release("train", "1", 1, TRAIN, 4.33), site="clinic-d", identity=identity)
    ledgers, keys, caps = collect_sites(policies, tmp_path / "audit")
    assert sorted(p.name for p in ledgers.iterdir()) == ["clinic-d.jsonl"]  # idle-e released nothing
    assert (keys / "clinic-d.pub").read_text().strip() == identity.public_ssh
    report = run_audit(ledgers, keys, None, caps)
    assert _first_failure(report, "clinic-d").kind == "over cap"  # 4.33 spent against a cap of 3


def test_the_auditor_needs_neither_flower_nor_torch() -> None:
    import subprocess
    import sys

    code = "import sys, fedtune.cli.audit; print(sorted(m for m in ('torch', 'flwr', 'opacus') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[]"
