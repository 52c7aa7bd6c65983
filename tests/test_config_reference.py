"""docs/CONFIG.md is generated from the config models: it must match them, and what it says about ranges must hold."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from fedtune import configref
from fedtune.common.policy import SitePolicy
from fedtune.common.runconfig import RunConfig

COMMITTED = Path(__file__).resolve().parents[1] / "docs" / "CONFIG.md"


def test_committed_reference_matches_the_models() -> None:
    generated = configref.reference()
    committed = COMMITTED.read_text(encoding="utf-8") if COMMITTED.is_file() else ""
    assert generated == committed, (
        f"docs/CONFIG.md differs from what the config models generate; regenerate it with: {configref.REGENERATE}"
    )


def test_every_setting_is_listed_once_with_a_privacy_effect() -> None:
    text = configref.reference()
    policy_keys = [row.key for rows in configref.policy_rows().values() for row in rows]
    run_keys = [row.key for row in configref.run_rows()]
    assert len(run_keys) == len(dataclasses.fields(RunConfig)) and len(set(run_keys)) == len(run_keys)
    assert {"site_id", "privacy.target_epsilon", "scrub.default_operator", "limits.max_evaluations"} <= set(policy_keys)
    for key in run_keys:
        assert f"| `{key}` |" in text
    # Nested tables are listed under their [table] heading by their own key.
    assert "### `[privacy]`" in text and "| `target_epsilon` | float | `8` | (0, 100] |" in text
    assert "| `site_id` | string | required |" in text


def test_a_field_without_a_description_stops_the_generator() -> None:
    docs = dict(configref.POLICY_DOCS)
    del docs["privacy.loss_bound"]
    with pytest.raises(configref.ReferenceError, match=r"common/policy.py: field 'privacy.loss_bound'.*python -m fedtune.configref"):
        configref.reference(policy_docs=docs)
    run_docs = dict(configref.RUN_DOCS)
    del run_docs["lora_r"]
    with pytest.raises(configref.ReferenceError, match=r"common/runconfig.py: field 'lora_r'"):
        configref.reference(run_docs=run_docs)


def test_a_description_of_no_field_stops_the_generator() -> None:
    docs = dict(configref.RUN_DOCS, num_rounds=configref.Doc(text="x", privacy="y"))
    with pytest.raises(configref.ReferenceError, match="RUN_DOCS describes 'num_rounds'"):
        configref.run_rows(docs)


def _probe(name: str, value: object) -> bool:
    try:
        RunConfig(**{name: value})
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("name", [n for n, d in configref.RUN_DOCS.items() if d.range is not None])
def test_run_config_ranges_in_the_reference_are_the_ones_enforced(name: str) -> None:
    """RunConfig checks its ranges in code, so the reference states them; each bound is probed here."""
    bounds = configref.RUN_DOCS[name].range
    integer = isinstance(next(f for f in dataclasses.fields(RunConfig) if f.name == name).default, int)
    step = 1 if integer else 1e-9
    if bounds.low is not None:
        assert _probe(name, bounds.low) is not bounds.low_open, f"{name}: the low bound {bounds.low}"
        assert not _probe(name, bounds.low - step), f"{name}: below the low bound"
        assert _probe(name, bounds.low + step)
    if bounds.high is not None:
        assert _probe(name, bounds.high) is not bounds.high_open, f"{name}: the high bound {bounds.high}"
        assert not _probe(name, bounds.high + step), f"{name}: above the high bound"
        assert _probe(name, bounds.high - step)


@pytest.mark.parametrize("name", [n for n, d in configref.RUN_DOCS.items() if d.choices])
def test_run_config_choices_in_the_reference_are_the_ones_accepted(name: str) -> None:
    for choice in configref.RUN_DOCS[name].choices:
        assert _probe(name, choice), f"{name}: {choice!r} is documented but refused"
    assert not _probe(name, "not-a-choice")


def test_policy_defaults_in_the_reference_are_the_models() -> None:
    rows = {row.key: row for rows in configref.policy_rows().values() for row in rows}
    policy = SitePolicy(site_id="s", data=Path("d"), state_dir=Path("s"))
    assert rows["privacy.target_epsilon"].default == f"`{policy.privacy.target_epsilon:g}`"
    assert rows["scrub.default_operator"].default == f'`"{policy.scrub.default_operator}"`'
    assert rows["general_share"].range == "[0, 1)"


def test_the_site_guides_policy_example_is_valid_and_lists_every_field(tmp_path: Path) -> None:
    """docs/SITE.md shows every policy field with its default; the example must load and stay complete."""
    import re
    import tomllib

    from fedtune.common.policy import load_policy

    guide = (COMMITTED.parent / "SITE.md").read_text(encoding="utf-8")
    section = guide.split("## 3. The policy file", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "site.toml").write_text(example, encoding="utf-8")
    policy = load_policy(tmp_path / "site.toml")
    defaults = SitePolicy(site_id="s", data=Path("d"), state_dir=Path("s"))
    parsed = tomllib.loads(example)
    for table in ("scrub", "privacy"):  # the values shown are the defaults
        for key, value in parsed[table].items():
            assert getattr(getattr(defaults, table), key) == value, f"docs/SITE.md [{table}] {key}"
    assert policy.general_share == defaults.general_share and policy.validation_fraction == defaults.validation_fraction
    # Every field appears, set or commented out.
    shown = {m.group(2) for m in re.finditer(r"^(# )?([a-z_]+) =", example, re.MULTILINE)}
    fields = {row.key.rsplit(".", 1)[-1] for rows in configref.policy_rows().values() for row in rows}
    assert fields <= shown, f"docs/SITE.md's policy example lacks {sorted(fields - shown)}"
