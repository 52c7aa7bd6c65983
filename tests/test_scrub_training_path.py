"""Scrubbed text is what reaches training: the site's data path with scrubbing on, decoded, holds no labelled PII."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from fedtune.client.site import prepare_site_data
from fedtune.common.policy import SitePolicy
from fedtune.demo.synthetic import generate_records
from fedtune.scrubbing.evaluate import evaluate


@dataclass(frozen=True)
class _Span:
    field: str
    entity: str
    text: str


@dataclass
class _Everything:
    """All decoded training and validation text as one field, with every record's labels."""

    record: dict
    pii: list[_Span]
    keep: list[str] = field(default_factory=list)


def test_no_labelled_pii_span_survives_into_training_or_validation_examples(tmp_path: Path, tiny_tokenizer) -> None:  # noqa: ANN001
    labelled = generate_records("clinical", 30, 7, ("instruction",)) + generate_records("legal", 30, 7, ("instruction",))
    data = tmp_path / "data" / "notes.jsonl"
    data.parent.mkdir()
    data.write_text("".join(json.dumps(r.record) + "\n" for r in labelled), encoding="utf-8")
    policy = SitePolicy(site_id="st-marys", data=data, state_dir=tmp_path / "state", general_share=0.0, validation_fraction=0.2)

    site = prepare_site_data(policy, tiny_tokenizer, max_length=1024, truncate=True)

    assert site.scrubbed and site.train and site.val
    decoded = "\n".join(tiny_tokenizer.decode(ex.input_ids) for ex in site.train + site.val)
    assert "<PERSON>" in decoded
    everything = _Everything(
        {"text": decoded},
        [_Span("text", s.entity, s.text) for r in labelled for s in r.pii],
        sorted({t for r in labelled for t in r.keep}),
    )
    q = evaluate([everything], [{"text": decoded}], examples=5)
    assert q.spans > 500 and q.leaks == 0, q.examples
