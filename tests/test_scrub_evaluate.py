"""fedtune.scrubbing.evaluate: partial leaks count, for names and for every other entity but dates and ages."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from fedtune.scrubbing.evaluate import evaluate


@dataclass(frozen=True)
class Span:
    field: str
    entity: str
    text: str


@dataclass
class Labelled:
    record: dict
    pii: list[Span]
    keep: list[str] = field(default_factory=list)


def leaks(text: str, entity: str, value: str, scrubbed: str, keep: tuple[str, ...] = ()) -> int:
    truth = Labelled({"text": text}, [Span("text", entity, value)], list(keep))
    return evaluate([truth], [{"text": scrubbed}]).leaks


@pytest.mark.parametrize(
    ("entity", "value", "scrubbed"),
    [
        ("LOCATION", "12 Elm Street, Springfield, IL 62704", "<ADDRESS>, Springfield, IL 62704"),
        ("LOCATION", "12 Elm Street, Springfield, IL 62704", "<ADDRESS> 62704"),
        ("PHONE_NUMBER", "+45 23 62 38 29 x4-1187", "<PHONE_NUMBER> x4-1187"),
        ("NATIONAL_ID", "RN-5530218", "RN-<ID>5530218"),
        ("EMAIL_ADDRESS", "siobhan.twomey@eircom.net", "<EMAIL>twomey@eircom.net"),
        ("PERSON", "Siobhán Twomey", "<PERSON> Twomey"),
    ],
)
def test_a_part_that_survives_is_a_leak(entity: str, value: str, scrubbed: str) -> None:
    assert leaks(f"Seen: {value}.", entity, value, f"Seen: {scrubbed}.") == 1


@pytest.mark.parametrize(
    ("entity", "value", "scrubbed"),
    [
        ("LOCATION", "12 Elm Street, Springfield, IL 62704", "<ADDRESS>"),
        # Words that identify nobody on their own, and short parts, are no leak.
        ("LOCATION", "Suite 210, 12 Elm Street", "Suite <ADDRESS> Street"),
        ("EMAIL_ADDRESS", "siobhan.twomey@eircom.net", "<EMAIL> com"),
        # A date is judged whole: a year alone names nobody.
        ("DATE_TIME", "14 March 2024", "<DATE> 2024"),
    ],
)
def test_no_part_surviving_is_no_leak(entity: str, value: str, scrubbed: str) -> None:
    assert leaks(f"Seen: {value}.", entity, value, f"Seen: {scrubbed}.") == 0


def test_a_part_inside_a_protected_term_is_no_leak() -> None:
    text = "Resident of Hadley; see Hadley v Baxendale."
    assert leaks(text, "LOCATION", "Hadley", "Resident of <LOC>; see Hadley v Baxendale.", ("Hadley v Baxendale",)) == 0


def test_a_url_leaks_by_its_host_or_a_number_in_its_path_not_by_common_words() -> None:
    url = "https://portal.smm.org/records/6499567"
    text = f"Earlier letters are on the portal: {url} (records)."
    assert leaks(text, "URL", url, "Earlier letters are on the portal: <URL> (records).") == 0
    assert leaks(text, "URL", url, "Earlier letters are on the portal: <URL>/6499567 (records).") == 1
    assert leaks(text, "URL", url, "Earlier letters are on the portal: portal.smm.org/<URL> (records).") == 1


def test_a_number_read_out_leaks_whole_or_by_its_other_parts_not_by_a_number_word_said_elsewhere() -> None:
    text = "my nhs number is seven nine oh one oh three three one two six and i take five milligrams"
    value = "seven nine oh one oh three three one two six"
    assert leaks(text, "HEALTH_ID", value, "my nhs number is <ID> and i take five milligrams") == 0
    assert leaks(text, "HEALTH_ID", value, text) == 1
    # A street read out: the number words are no part, its name and a lower-case "road" judged as before.
    street = "i live at fourteen norwich road and the road is busy"
    assert leaks(street, "LOCATION", "fourteen norwich road", "i live at <ADDRESS> and the road is busy") == 0
    assert leaks(street, "LOCATION", "fourteen norwich road", "i live at fourteen <ADDRESS> road and the road is busy") == 0
    assert leaks(street, "LOCATION", "fourteen norwich road", "i live at fourteen norwich <ADDRESS> and the road is busy") == 1


def test_the_corpora_are_drawn_under_the_scorer_they_were_written_for() -> None:
    """The blind corpora redraw a record until it is sound under the scorer; they keep the scorer as it was when they were
    written, so that a later change to the scorer never changes the records a figure was measured on."""
    from fedtune.scrubbing.evaluate import AS_WRITTEN, CURRENT

    text = "my nhs number is seven nine oh one oh three three one two six and i take two tablets"
    value = "seven nine oh one oh three three one two six"
    scrubbed = "my nhs number is <ID> and i take two tablets"
    truth = Labelled({"text": text}, [Span("text", "HEALTH_ID", value)])
    assert evaluate([truth], [{"text": scrubbed}], scorer=CURRENT).leaks == 0
    assert evaluate([truth], [{"text": scrubbed}], scorer=AS_WRITTEN).leaks == 1  # "two" counted as a part then
