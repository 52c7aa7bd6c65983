"""Issue 16's round on the eighth corpus (bench/blind8.py, a development corpus since its one blind measurement):
statutes cited the way Pakistan, Czechia, the Netherlands, Belgium, Turkey, Chile, Israel, Scotland and Austria cite
them are kept, and none of these keep entries shields a person written beside it."""

from __future__ import annotations

import pytest

from tests.scrub_support import detected, kept

CITATIONS = [
    "section 154 Cr.P.C.",
    "section 381-A PPC",
    "§ 87 zákona č. 361/2000 Sb.",
    "vyhlášky č. 277/2004 Sb.",
    "wet van 28 mei 2002 betreffende de euthanasie",
    "Besluit huurprijzen woonruimte",
    "6331 sayılı İş Sağlığı ve Güvenliği Kanunu",
    "İşyeri Sağlık ve Güvenlik Birimleri ile Ortak Sağlık ve Güvenlik Birimleri Hakkında Yönetmelik",
    "Ley N° 19.728",
    "National Health Insurance Law, 5754-1994",
    "section 3 of the Adult Support and Protection (Scotland) Act 2007",
    "§ 3 Steiermärkisches Leichenbestattungsgesetz 2010",
]


@pytest.mark.parametrize("citation", CITATIONS)
def test_a_statute_cited_by_number_is_kept(citation: str) -> None:
    assert kept(citation)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("FIR under section 154 Cr.P.C. lodged by Mst. Rukhsana Bibi against Ghulam Sarwar", "Ghulam Sarwar"),
        ("posudek podle § 87 zákona č. 361/2000 Sb. pro Jaroslava Nováková", "Jaroslava Nováková"),
        ("wet van 28 mei 2002 betreffende de euthanasie; arts Pieter Verhulst", "Pieter Verhulst"),
        ("6331 sayılı İş Sağlığı ve Güvenliği Kanunu gereği Mehmet Yıldırım muayene edildi", "Mehmet Yıldırım"),
        ("seguro de cesantía (Ley N° 19.728) de Catalina Fuentes", "Catalina Fuentes"),
        ("section 3 of the Adult Support and Protection (Scotland) Act 2007 applies to Morag Strachan", "Morag Strachan"),
        ("gemäß § 3 Steiermärkisches Leichenbestattungsgesetz 2010, Verstorbener: Johann Pölzl", "Johann Pölzl"),
    ],
)
def test_a_citation_never_shields_the_person_beside_it(text: str, person: str) -> None:
    found = " ".join(value for _, value in detected(text))
    assert all(part in found for part in person.split())
