"""Issue 16, eleventh blind corpus's development round: machine formats whose fields are named (SQL dumps, XML, YAML and
INI blocks, vCards, calendar entries), column names in other languages, a quoted "SURNAME, Given" cell in any delimited
file, and identifiers in a CSV row that follows a number. Each rule has a case where it must find nothing. The examples
are made up in the formats' shapes, not copied from any corpus."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.structured import DelimitedColumnRecognizer, StructuredNameRecognizer, column_kind, field_cells
from tests.scrub_support import found, gone, kept

SQL = (
    "CREATE TABLE `doentes` (\n"
    "  `id` int NOT NULL AUTO_INCREMENT,\n"
    "  `apelido` varchar(64) NOT NULL,\n"
    "  `nome` varchar(64) DEFAULT NULL,\n"
    "  `data_nascimento` date DEFAULT NULL,\n"
    "  `morada` varchar(128) DEFAULT NULL,\n"
    "  `telefone` varchar(20) DEFAULT NULL,\n"
    "  `diagnostico` varchar(255) DEFAULT NULL,\n"
    "  PRIMARY KEY (`id`)\n"
    ") ENGINE=InnoDB;\n"
    "INSERT INTO `doentes` VALUES (1,'Mussagy','Ilídio','1971-05-02','Rua da Resistência 1120','+258 84 310 2291',"
    "'J45.9 asma'),(2,'O''Neill','Fátima',NULL,'Av. Eduardo Mondlane 45','84 771 0392','E11.9 diabetes tipo 2');\n"
    "INSERT INTO visitas (doente, medico, nota) VALUES ('Mussagy, Ilídio', 'Dra. Quitéria Langa', 'salbutamol 100 mcg');\n"
)


def values(text: str) -> dict[str, str]:
    return {text[s:e]: column.kind for column, s, e in field_cells(text)}


def test_a_sql_dump_s_insert_values_take_the_kinds_of_their_create_table_s_columns() -> None:
    got = values(SQL)
    for value, kind in [("Mussagy", "PERSON"), ("Ilídio", "PERSON"), ("O''Neill", "PERSON"), ("1971-05-02", "DATE_TIME"),
                        ("Rua da Resistência 1120", "ADDRESS"), ("+258 84 310 2291", "PHONE_NUMBER"),
                        ("Mussagy, Ilídio", "PERSON"), ("Dra. Quitéria Langa", "PERSON")]:
        assert got.get(value) == kind, value
    assert not {"J45.9 asma", "E11.9 diabetes tipo 2", "salbutamol 100 mcg", "NULL"} & set(got)
    assert got.get("1") == "ID"  # the `id` column: a row's own number may be the record's


def test_an_insert_without_columns_or_a_create_table_names_nothing() -> None:
    assert values("INSERT INTO `t` VALUES (1,'Mussagy','Ilídio');") == {}


@pytest.mark.parametrize(("name", "kind"), [
    ("Apelido", "PERSON"), ("Nome", "PERSON"), ("Nome completo", "PERSON"), ("Nachname", "PERSON"),
    ("Vorname", "PERSON"), ("achternaam", "PERSON"), ("voornamen", "PERSON"), ("Apellidos", "PERSON"),
    ("Prénom", "PERSON"), ("Data de nascimento", "DATE_TIME"), ("geboortedatum", "DATE_TIME"),
    ("Fecha de nacimiento", "DATE_TIME"), ("Telemóvel", "PHONE_NUMBER"), ("telefoon", "PHONE_NUMBER"),
    ("Endereço", "ADDRESS"), ("Bairro", "ADDRESS"), ("woonplaats", "ADDRESS"), ("Wohnort", "ADDRESS"),
    ("district", "ADDRESS"), ("NID", "ID"), ("BI", "ID"), ("id_nummer", "ID"), ("Nº SNS", "ID"),
])
def test_column_names_in_other_languages(name: str, kind: str) -> None:
    assert column_kind(name) == kind


@pytest.mark.parametrize("name", ["Nome do medicamento", "Sexo", "Regime", "diagnose", "Carga viral", "Dosis"])
def test_other_language_columns_that_hold_no_one_s_data(name: str) -> None:
    assert column_kind(name) is None


def test_a_portuguese_header_names_its_columns() -> None:
    text = ("NID;Apelido;Nome;Sexo;Data de nascimento;Telemóvel;Endereço;Regime\n"
            "0104/2019/00231;MUCAVELE;Ermelinda;F;02/09/1985;84 207 1190;Bairro Magoanine C, Q. 14;TDF+3TC+DTG\n")
    got = found(DelimitedColumnRecognizer(), text)
    assert {"0104/2019/00231", "MUCAVELE", "Ermelinda", "02/09/1985", "84 207 1190", "Bairro Magoanine C, Q. 14"} <= got
    assert not {"F", "TDF+3TC+DTG"} & got


YAML = (
    "visit:\n"
    "  chw:\n"
    "    name: Korpu Sumo\n"
    "    username: korpus22\n"
    "    phone: \"088 412 7730\"\n"
    "  child:\n"
    "    date_of_birth: 2023-04-11\n"
    "    caregiver: \"Yatta Sumo (aunt)\"\n"
    "    community: Gbarnga Road\n"
    "    household_gps: \"6.99812, -9.47351\"\n"
    "    muac: \"MUAC 121 mm\"\n"
    "    treatment: amoxicillin dispersible 250 mg\n"
)


def test_a_yaml_block_s_keys_name_their_values() -> None:
    got = values(YAML)
    for value, kind in [("Korpu Sumo", "PERSON"), ("korpus22", "ID"), ("088 412 7730", "PHONE_NUMBER"),
                        ("2023-04-11", "DATE_TIME"), ("Yatta Sumo (aunt)", "PERSON"), ("Gbarnga Road", "ADDRESS"),
                        ("6.99812, -9.47351", "ADDRESS")]:
        assert got.get(value) == kind, value
    assert not {"MUAC 121 mm", "amoxicillin dispersible 250 mg"} & set(got)


def test_two_key_value_lines_are_no_block_and_prose_keys_are_not_read() -> None:
    assert values("phone: 088 412 7730\nname: Korpu Sumo\n\nThe rest is prose.") == {}
    assert values("Patient: seen today.\nPhone: call back.\nAddress: unchanged.\n") == {}  # capitals: prose labels


def test_xml_elements_named_for_people_and_places_but_not_a_bare_name() -> None:
    text = ('<addr use="H"><streetAddressLine>14 Eastern Avenue</streetAddressLine><city>George Town</city>'
            "<state>Grand Cayman</state></addr><assignedPerson><name><given>Rennard</given><family>Bodden</family>"
            "</name></assignedPerson><manufacturedMaterial><name>enoxaparin 40 mg</name></manufacturedMaterial>")
    got = values(text)
    assert {v: got.get(v) for v in ("14 Eastern Avenue", "George Town", "Grand Cayman", "Rennard", "Bodden")} == {
        "14 Eastern Avenue": "ADDRESS", "George Town": "ADDRESS", "Grand Cayman": "ADDRESS", "Rennard": "PERSON",
        "Bodden": "PERSON"}
    assert "enoxaparin 40 mg" not in got


def test_a_vcard_s_properties_and_a_calendar_entry_s_people_and_place() -> None:
    card = ("BEGIN:VCARD\nVERSION:3.0\nN:Kiriau;Delma;;;\nFN:Delma Kiriau\nORG:Auki Family Support\n"
            "TEL;TYPE=CELL:+677 741 0093\nADR;TYPE=HOME:;;Kwaibala;Auki;Malaita;;\nNOTE:prefers text messages\nEND:VCARD\n")
    got = values(card)
    assert {"Kiriau", "Delma", "Delma Kiriau", "Auki Family Support", "+677 741 0093", "Kwaibala", "Auki", "Malaita"} <= set(got)
    assert "prefers text messages" not in got and "3.0" not in got
    event = ("BEGIN:VEVENT\nSUMMARY:Wound review\nLOCATION:Anse Boileau Health Centre\\, Mahé\n"
             "ORGANIZER;CN=Dr Hermine Payet:mailto:h.payet@example.sc\nEND:VEVENT\n")
    got = values(event)
    assert got.get("Dr Hermine Payet") == "PERSON" and got.get("Anse Boileau Health Centre\\, Mahé") == "ADDRESS"
    assert "Wound review" not in got


def test_a_quoted_surname_first_cell_is_a_person_in_any_delimited_file() -> None:
    row = '20240311,EFT20011,P0042,"KNOWLES, DARNELL",19770405,99213,I10,60.00\n'
    assert found(StructuredNameRecognizer(), row) == {"KNOWLES, DARNELL"}
    assert found(StructuredNameRecognizer(), 'name: "FERGUSON, Patrice"\n') == {"FERGUSON, Patrice"}
    # Not in running text, and not without quotes around the whole cell.
    assert found(StructuredNameRecognizer(), 'He said "KNOWLES, DARNELL was late" at the desk.') == set()
    assert found(StructuredNameRecognizer(), "x,KNOWLES, DARNELL,y") == set()


def test_identifiers_in_a_csv_row_after_a_number_are_scrubbed_but_thousands_stay_whole() -> None:
    row = "20240311,EFT20011,P0042,2460657354,19770405,66763373\n"
    for value in ("2460657354", "19770405", "66763373"):
        assert gone(row, value), value
    assert kept("a fee of 12,500") and kept("1,234,567 people")


def test_the_whole_pipeline_scrubs_a_sql_dump_s_people() -> None:
    for value in ("Mussagy", "Ilídio", "Rua da Resistência 1120", "+258 84 310 2291"):
        assert gone(SQL, value), value


FIXED_WIDTH = (
    "Extract below (fixed width, one FILLER byte between fields). Record layout: REC 1-2, MRN 4-11, SURNAME 13-27, "
    "GIVEN 29-40, DOB 42-49, PARISH 51-62, DX 64-68.\n\n"
    "01 77120394 DESILVA         KEMAR        19610922 WARWICK      I251 \n"
    "01 30918822 OUTERBRIDGE     TAMIKO       19880317 SANDYS       O244 \n"
)


def test_a_fixed_width_file_is_sliced_by_the_layout_its_text_gives() -> None:
    got = values(FIXED_WIDTH)
    for value, kind in [("77120394", "ID"), ("DESILVA", "PERSON"), ("KEMAR", "PERSON"), ("19610922", "DATE_TIME"),
                        ("WARWICK", "ADDRESS"), ("OUTERBRIDGE", "PERSON"), ("TAMIKO", "PERSON"), ("SANDYS", "ADDRESS")]:
        assert got.get(value) == kind, value
    assert not {"I251", "O244", "01"} & set(got)  # the diagnosis and the record type name no one
    assert values(FIXED_WIDTH.split("\n\n")[1]) == {}  # no layout, no fields


def test_a_found_name_s_initials_are_scrubbed_where_they_stand_for_the_person() -> None:
    text = ("Present: Dr Kila Yalo (Chair), Sr Wasi Hona (DOTS nurse), Thomas Brown (pharmacist).\n"
            "Action: WH to arrange a home visit; KY to confirm stock. TB clinic review on Friday.")
    assert gone(text, "WH") and gone(text, "KY")
    assert not gone(text, "TB")  # Thomas Brown's initials, but a protected term


def test_a_southern_african_private_company_is_an_organisation_whole() -> None:
    assert gone("Employer: Lobamba Brickworks (Pty) Ltd, contact person on site.", "Lobamba Brickworks (Pty) Ltd")


def test_a_username_named_once_goes_wherever_it_recurs() -> None:
    text = "record:\n  chw:\n    username: gbokolo31\n    phone: \"088 100 2211\"\n    county: Bong\nreviewed_by: gbokolo31\n"
    assert column_kind("username") == "ID"
    assert text.count("gbokolo31") == 2 and _both_gone(text, "gbokolo31")


def _spans(text: str) -> list[tuple[int, int]]:
    from tests.scrub_support import shared_detector

    return [(d.start, d.end) for d in shared_detector().detect([[text]])[0][0]]


def _both_gone(text: str, value: str) -> bool:
    spans = _spans(text)
    starts = [i for i in range(len(text)) if text.startswith(value, i)]
    return all(any(s <= at and at + len(value) <= e for s, e in spans) for at in starts)


@pytest.mark.parametrize("term", [
    "Trusts (Guernsey) Law, 2007", "Limitation Act, Cap. 170", "Employment Rights Act, 2012-9",
    "District Tribunals Act, Cap. 6:03", "Severance Payments Act, Cap. 355A", "LOINC 18842-5",
])
def test_statutes_by_chapter_or_act_number_and_a_labelled_loinc_code_are_kept(term: str) -> None:
    assert kept(term)


def test_a_cda_code_of_the_loinc_system_is_kept_but_an_organisation_s_oid_is_not() -> None:
    text = ('<code code="11535-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge Dx"/>\n'
            '<id root="2.16.840.1.113883.19.5.99999.1" extension="KY-884213"/>')
    assert not gone(text, "11535-2") and not gone(text, "2.16.840.1.113883.6.1")
    assert gone(text, "2.16.840.1.113883.19.5.99999.1") and gone(text, "KY-884213")
    # The label must be there: a bare number of that shape after a phone's words is not a LOINC code.
    assert gone("Call 555-1234-5 after six.", "555-1234-5")


def test_a_claim_line_keeps_its_procedure_and_diagnosis_codes_and_its_amounts() -> None:
    row = ('20240305,EFT358332456,P029061,2475625662,LMH72852327-02,"DARVILLE, KENDAL",19400602,66763373,20240217,'
           "99203,J06.9,120.00,120.00,15.00,105.00,PR-1,\n")
    for value in ("99203", "J06.9", "120.00", "15.00", "105.00"):
        assert not gone(row, value), value
    for value in ("DARVILLE, KENDAL", "2475625662", "19400602", "66763373", "20240217"):
        assert gone(row, value), value
    # Alone in a row, with no diagnosis beside it, a five-digit number is anyone's number.
    assert gone("20240305,P029061,85025,120.00\n", "85025")


@pytest.mark.parametrize("term", [
    "Samedi Division", "Judicial Greffe", "Labour Commissioner", "one eighth", "two thirds",
])
def test_court_divisions_and_offices_and_shares_in_words_are_kept(term: str) -> None:
    assert kept(term)


def test_the_people_beside_a_kept_division_or_share_still_go() -> None:
    text = "Advocate Mireille Le Quesne appeared in the Samedi Division; the widow Fatou Jallow takes one eighth."
    assert gone(text, "Mireille Le Quesne") and gone(text, "Fatou Jallow")
    assert not gone(text, "Samedi Division") and not gone(text, "one eighth")
