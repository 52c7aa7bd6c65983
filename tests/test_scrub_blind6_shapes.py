"""Issue 16's round on the sixth corpus's misses (bench/blind6.py, a development corpus since): Latin American, Thai,
Philippine, South African and remote Australian address lines, places in their own field or by their kind, and
institutions of other countries; with the English text and clinical terms these rules must leave alone."""

from __future__ import annotations

import pytest

from tests.scrub_support import detected, kept


def _gone(text: str, value: str) -> bool:
    """Whether every non-space character of ``value`` in ``text`` lies inside something scrubbed."""
    start = text.index(value)
    covered = set()
    for _, found in detected(text):
        at = text.index(found)
        covered.update(range(at, at + len(found)))
    return all(i in covered for i in range(start, start + len(value)) if not text[i].isspace())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("domiciled at Calle Pino Suárez 417, col. Centro, C.P. 44100, Guadalajara, Jal., a general power",
         "Calle Pino Suárez 417, col. Centro, C.P. 44100, Guadalajara, Jal."),
        ("domiciled at Av. San Martín 51, Ramos Mejía, Prov. de Buenos Aires.\n2.", "Av. San Martín 51, Ramos Mejía, Prov. de Buenos Aires"),
        ("domiciled at Calle 47 N° 392, La Plata.\n2.", "Calle 47 N° 392, La Plata"),
        ("domiciled at Av. Corrientes 154, 23° B, C1195 CABA.\n2.", "Av. Corrientes 154, 23° B, C1195 CABA"),
        ("Pasaje Quetrahue 89, población Pedro de Valdivia, Temuco\nX", "Pasaje Quetrahue 89, población Pedro de Valdivia, Temuco"),
        ("request form: 51/5 Moo 4, Tambon Ban Pet, Amphoe Mueang Khon Kaen, Khon Kaen 40000; tel",
         "51/5 Moo 4, Tambon Ban Pet, Amphoe Mueang Khon Kaen, Khon Kaen 40000"),
        ("form: 152 Soi Sukhumvit 1, Khlong Toei, Bangkok 10110; tel", "152 Soi Sukhumvit 1, Khlong Toei, Bangkok 10110"),
        ("of Purok Mahayag, Brgy. Sasa, Davao City; card", "Purok Mahayag, Brgy. Sasa, Davao City"),
        ("of 226 Sampaguita St., Purok 5, Brgy. Tagapo, Santa Rosa, Laguna, x", "226 Sampaguita St., Purok 5, Brgy. Tagapo, Santa Rosa, Laguna"),
        ("BARANGAY SASA\nOffice of the Lupon", "BARANGAY SASA"),
        ("Mr X\n8 Jan van Riebeeck Street, Paarl, 7646\n\nDear", "8 Jan van Riebeeck Street, Paarl, 7646"),
        ("Home: Lot 113, Maningrida NT 0822   Languages: Burarra", "Lot 113, Maningrida NT 0822"),
        ("Residence: Musikoma village, plot next to the mill", "Musikoma"),
        ("PATIENT: x\nCITY: Temuco\nNOTIFYING", "Temuco"),
        ("Sub-county: Kisumu East   Index case", "Kisumu East"),
        ("Gemeente Emmen -- Wmo team", "Gemeente Emmen"),
        ("Notaría Pública número 91 de San Pedro Tlaquepaque, Jalisco\nLic.", "Notaría Pública número 91 de San Pedro Tlaquepaque"),
        ("seen by Bush Mob Disability Services and Red Dust Therapy Services.", "Red Dust Therapy Services"),
        ("paid by the Sylhet Probashi Forum UAE in full", "Sylhet Probashi Forum UAE"),
    ],
)  # fmt: skip
def test_blind6_shapes_go(text: str, value: str) -> None:
    assert _gone(text, value), detected(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("State: Stable. Region: Left lower lobe.", "Stable"),
        ("State: Stable. Region: Left lower lobe.", "Left"),
        ("The patient lives in town and walks daily.", "town"),
        ("take 2 tablets twice daily", "tablets"),
    ],
)  # fmt: skip
def test_the_place_rules_leave_clinical_words_alone(text: str, word: str) -> None:
    assert not any(word in value for _, value in detected(text)), detected(text)


@pytest.mark.parametrize("term", ["Lot FK4471", "batch 1234567", "Kansas City Cardiomyopathy Questionnaire", "KCCQ"])
def test_lots_with_a_letter_or_five_digits_and_the_kccq_survive(term: str) -> None:
    assert kept(term)


def test_a_plot_number_is_no_vaccine_lot() -> None:
    assert not kept("Lot 113, Maningrida NT 0822")
