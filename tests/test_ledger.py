"""The privacy ledger: a signed hash chain from a genesis entry, verified on every read, appended durably under a lock."""

from __future__ import annotations

import dataclasses
import json
import math
import multiprocessing
import os
import stat

import pytest

from fedtune.common.identity import create_identity, load_identity
from fedtune.common.ledger import (
    LEDGER_FILE,
    Ledger,
    LedgerError,
    Release,
    canonical,
    migrate_unsigned,
    parse_entry,
)

SITE = "hospital-a"


def release(round_: int = 1, epsilon: float = 1.25, **change) -> Release:
    base = Release(
        kind="train", run_id="7", round=round_, records=300, scrubbed=True, noise_multiplier=0.8123456789,
        sample_rate=1 / 75, steps=8, max_grad_norm=1.0, delta=1e-5, epsilon=epsilon, accountant="prv",
        accountant_version="opacus 1.6.0",
    )  # fmt: skip
    return dataclasses.replace(base, **change)


@pytest.fixture
def identity(tmp_path):
    return create_identity(tmp_path / "identity" / "site_key")


def lines(ledger: Ledger) -> list[bytes]:
    return ledger.path.read_bytes().splitlines()


def test_appended_releases_read_back_after_one_genesis_entry(tmp_path, identity) -> None:
    ledger = Ledger(tmp_path / "state")
    first = ledger.append(release(1, 1.25), site=SITE, identity=identity)
    second = ledger.append(release(2, 1.9, kind="metric", noise_multiplier=5.0, sample_rate=1.0, steps=1,
                                   max_grad_norm=5.0), site=SITE, identity=identity)  # fmt: skip
    entries = ledger.entries()
    assert [e.seq for e in entries] == [0, 1, 2]
    assert [e.kind for e in entries] == ["genesis", "train", "metric"]
    genesis = entries[0]
    assert genesis.public_key == identity.public_ssh and genesis.site == SITE
    assert entries[1:] == ledger.releases() == [first, second]
    assert second.release == release(2, 1.9, kind="metric", noise_multiplier=5.0, sample_rate=1.0, steps=1,
                                     max_grad_norm=5.0)  # fmt: skip  # floats round-trip exactly
    assert entries[1].prev_hash == genesis.digest and entries[2].prev_hash == entries[1].digest
    assert ledger.head() == second and first.mechanism == (0.8123456789, 1 / 75, 8) and first.private
    assert sum(json.loads(line)["kind"] == "genesis" for line in lines(ledger)) == 1
    with pytest.raises(AttributeError, match="genesis"):
        _ = genesis.epsilon


def test_every_line_is_the_entrys_canonical_json_and_its_digest_is_its_sha256(tmp_path, identity) -> None:
    import hashlib

    ledger = Ledger(tmp_path)
    entry = ledger.append(release(), site=SITE, identity=identity)
    raw = lines(ledger)[1]
    assert raw == canonical(json.loads(raw)) == entry.line
    assert entry.digest == hashlib.sha256(raw).hexdigest()
    assert set(json.loads(raw)) == {
        "seq", "kind", "time", "site", "prev_hash", "signature", "run_id", "round", "records", "scrubbed",
        "noise_multiplier", "sample_rate", "steps", "max_grad_norm", "delta", "epsilon", "accountant",
        "accountant_version",
    }  # fmt: skip


def test_an_infinite_epsilon_is_stored_as_null_and_read_back_as_inf(tmp_path, identity) -> None:
    ledger = Ledger(tmp_path)
    ledger.append(release(noise_multiplier=0.0, epsilon=math.inf, delta=0.0), site=SITE, identity=identity)
    assert json.loads(lines(ledger)[1])["epsilon"] is None
    (entry,) = ledger.releases()
    assert entry.epsilon == math.inf and not entry.private


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "metric"}, "metric release"),  # sample rate 1/75, 8 steps: not one Gaussian release
        ({"noise_multiplier": 0.0}, "infinite"),  # no DP but a finite epsilon
        ({"epsilon": math.nan}, "epsilon"),
        ({"round": 0}, "round"),
        ({"run_id": ""}, "run_id"),
        ({"delta": 1.0}, "delta"),
    ],
)
def test_an_impossible_release_cannot_be_made(change, message) -> None:
    with pytest.raises(ValueError, match=message):
        release(**change)


def test_an_edited_line_is_refused_on_read_naming_file_and_line(tmp_path, identity) -> None:
    ledger = Ledger(tmp_path)
    for r in (1, 2):
        ledger.append(release(r), site=SITE, identity=identity)
    raw = lines(ledger)
    edited = json.loads(raw[1]) | {"epsilon": 0.5}
    ledger.path.write_bytes(b"\n".join([raw[0], canonical(edited), raw[2]]) + b"\n")
    with pytest.raises(LedgerError, match=rf"{LEDGER_FILE}, line 2 \(seq 1\): the signature does not verify"):
        ledger.entries()
    ledger.path.write_bytes(b"\n".join([raw[0], raw[2], raw[1]]) + b"\n")
    with pytest.raises(LedgerError, match="line 2 .*seq 2 follows seq 0"):
        ledger.entries()


def test_a_second_identity_is_refused_and_the_ledger_is_left_alone(tmp_path, identity) -> None:
    ledger = Ledger(tmp_path / "state")
    ledger.append(release(), site=SITE, identity=identity)
    before = ledger.path.read_bytes()
    other = create_identity(tmp_path / "other_key")
    with pytest.raises(LedgerError, match="another identity key"):
        ledger.append(release(2), site=SITE, identity=other)
    assert ledger.path.read_bytes() == before


def test_the_ledger_file_is_private_to_the_site(tmp_path, identity) -> None:
    ledger = Ledger(tmp_path)
    ledger.append(release(), site=SITE, identity=identity)
    assert stat.S_IMODE(os.stat(ledger.path).st_mode) == 0o600


def _append_many(state_dir: str, key_path: str, count: int, start: int) -> None:
    identity = load_identity(key_path)
    ledger = Ledger(state_dir)
    for i in range(count):
        ledger.append(release(start + i), site=SITE, identity=identity)


def test_two_processes_appending_at_once_never_fork_or_lose_the_chain(tmp_path, identity) -> None:
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=_append_many, args=(str(tmp_path / "state"), str(identity.path), 20, start))
        for start in (1, 101)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    entries = Ledger(tmp_path / "state").entries()  # verifies every link and signature
    assert [e.seq for e in entries] == list(range(41))
    assert sorted(e.round for e in entries[1:]) == [*range(1, 21), *range(101, 121)]


def test_a_partly_written_last_line_is_reported_and_blocks_appending(tmp_path, identity) -> None:
    ledger = Ledger(tmp_path)
    ledger.append(release(1), site=SITE, identity=identity)
    whole = ledger.path.read_bytes()
    ledger.path.write_bytes(whole + release(2).__repr__().encode()[:40])  # a crash in the middle of a write
    with pytest.raises(LedgerError, match="line 3 .*incomplete"):
        ledger.entries()
    with pytest.raises(LedgerError, match="incomplete"):
        ledger.append(release(2), site=SITE, identity=identity)


def test_an_unsigned_ledger_is_refused_and_can_be_migrated_keeping_its_spending(tmp_path, identity) -> None:
    old = {k: v for k, v in dataclasses.asdict(release(1, 2.5)).items() if k not in ("kind", "run_id")}
    (tmp_path / LEDGER_FILE).write_text(json.dumps({"site": SITE, **old}) + "\n", encoding="utf-8")
    ledger = Ledger(tmp_path)
    with pytest.raises(LedgerError, match="line 1 .*older fedtune.*migrate_unsigned"):
        ledger.entries()
    kept = migrate_unsigned(tmp_path, SITE, identity)
    assert kept.is_file()
    (entry,) = ledger.releases()
    assert (entry.run_id, entry.round, entry.epsilon, entry.mechanism) == ("unsigned", 1, 2.5, (0.8123456789, 1 / 75, 8))


def test_a_line_with_unknown_keys_or_types_is_refused() -> None:
    good = {"seq": 0, "kind": "genesis", "time": "t", "site": SITE, "prev_hash": "0" * 64, "signature": "", "public_key": "k"}
    assert parse_entry(json.dumps(good)).public_key == "k"
    for bad in ({**good, "extra": 1}, {**good, "seq": True}, {**good, "kind": "other"}):
        with pytest.raises(ValueError):
            parse_entry(json.dumps(bad))
    with pytest.raises(ValueError, match="strict JSON"):
        parse_entry(json.dumps({**good, "seq": float("nan")}))
