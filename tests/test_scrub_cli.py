"""`scrub INPUT -o OUTPUT`: files and folders, never over its input, atomically, errors naming file, line, field."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from fedtune.cli import scrub as scrub_cli
from fedtune.scrubbing.operators import site_key_path

NOTE = "Dr. Alice Parker saw Robert Baker (MRN 1452754177) for Hodgkin lymphoma."


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="fedtune-site")
    scrub_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["scrub", *argv])
    return args.func(args)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_file_is_scrubbed_with_a_report_and_no_leftovers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # One record format per file: the data loader refuses a file that mixes them.
    source = write_jsonl(tmp_path / "in.jsonl", [{"instruction": "Summarise.", "output": NOTE}, {"instruction": "Who?", "output": "Robert Baker"}])
    out, report = tmp_path / "out" / "clean.jsonl", tmp_path / "report.json"
    assert run(str(source), "-o", str(out), "--report", str(report)) == 0
    records = read_jsonl(out)
    assert records[0]["output"] == "Dr. <PERSON> saw <PERSON> (MRN <MEDICAL_RECORD_NUMBER>) for Hodgkin lymphoma."
    assert records[1]["instruction"] == "Who?" and records[1]["output"] == "<PERSON>"
    counts = json.loads(report.read_text())
    assert counts["records"] == 2 and counts["by_field"]["output"]["PERSON"] == 3
    assert "Baker" not in report.read_text() and "Baker" not in capsys.readouterr().out
    assert sorted(p.name for p in out.parent.iterdir()) == ["clean.jsonl"]


def test_a_folder_is_scrubbed_into_a_folder_of_the_same_layout(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "data" / "a.jsonl", [{"text": NOTE}])
    chat = [{"role": "user", "content": NOTE}, {"role": "assistant", "content": "Noted."}]
    write_jsonl(tmp_path / "data" / "site" / "b.jsonl", [{"messages": chat}])
    assert run(str(tmp_path / "data"), "-o", str(tmp_path / "clean")) == 0
    assert "Baker" not in (tmp_path / "clean" / "a.jsonl").read_text()
    chat = read_jsonl(tmp_path / "clean" / "site" / "b.jsonl")[0]["messages"][0]
    assert chat["role"] == "user" and "<PERSON>" in chat["content"]


@pytest.mark.parametrize("output", ["in.jsonl", "."])
def test_the_input_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str], output: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": NOTE}])
    before = source.read_bytes()
    target = tmp_path / "in.jsonl" if output == "in.jsonl" else tmp_path
    assert run(str(source), "-o", str(target)) == 2
    assert source.read_bytes() == before
    assert capsys.readouterr().err.startswith("error: ")


def test_an_output_folder_inside_the_input_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    write_jsonl(tmp_path / "data" / "a.jsonl", [{"text": NOTE}])
    assert run(str(tmp_path / "data"), "-o", str(tmp_path / "data" / "clean")) == 2
    assert "must not be inside the input folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "ok"', "in.jsonl:2: field '(line)': bad JSON"),
        ('{"text": 7}', "in.jsonl:2: field 'text'"),
        ('{"messages": [{"role": "user", "content": "hi"}]}', "in.jsonl:2: field 'messages': a chat record in a file of text records"),
    ],
)
def test_errors_name_file_line_and_field(tmp_path: Path, capsys: pytest.CaptureFixture, line: str, message: str):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": NOTE}) + "\n" + line + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(str(source), "-o", str(out)) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_field_no_format_defines_is_dropped_never_written(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": NOTE}, {"text": "ok", "author": "Robert Baker"}])
    out = tmp_path / "out.jsonl"
    assert run(str(source), "-o", str(out)) == 0
    assert "Baker" not in out.read_text() and "author" in capsys.readouterr().out


def test_pseudonyms_use_the_key_in_the_policy_state_dir(tmp_path: Path) -> None:
    policy = tmp_path / "site.toml"
    policy.write_text(
        'site_id = "hospital-a"\ndata = "data"\nstate_dir = "state"\n[scrub]\noperators = { PERSON = "pseudonym" }\n',
        encoding="utf-8",
    )
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": NOTE}, {"text": "Robert Baker called."}])
    assert run(str(source), "-o", str(tmp_path / "out.jsonl"), "--policy", str(policy)) == 0
    first, second = (r["text"] for r in read_jsonl(tmp_path / "out.jsonl"))
    pseudonym = second.split()[0]
    assert pseudonym.startswith("<PERSON_") and pseudonym in first
    assert site_key_path(tmp_path / "state").stat().st_mode & 0o077 == 0

