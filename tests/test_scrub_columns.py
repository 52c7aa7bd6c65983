"""Issue 16: a delimited export's header row names its columns, and every cell of a column it names as a person, an
address, a contact, an identifier, a birth date or an organisation is scrubbed whatever its shape. Each rule has a case
where it must find nothing: columns that hold drugs, codes, quantities and types, prose with commas, and tables with no
header row. The examples are made up in the exports' shapes, not copied from any corpus."""

from __future__ import annotations

import pytest

from fedtune.scrubbing.recognizers.structured import DelimitedColumnRecognizer, cells, code_cells, column_kind
from tests.scrub_support import found, gone, kept, scrubbed_values

APPOINTMENTS = (
    "Export: appointments 2024-03-02.csv, 3 rows\n"
    '"appt_date","clinic","doctor","patient_name","nric_fin","dob","mobile","email","visit_type","remarks"\n'
    '"2024-03-02","Bukit Merah Family Clinic","Dr ONG KAH WEE","LIM, Hui Min","S8812345D","1988-04-12","+65 9123 4567",'
    '"hmlim@example.sg","Review","Chronic cough, ""worse at night"""\n'
    '"2024-03-02","Bukit Merah Family Clinic","Dr ONG KAH WEE","RAJOO s/o PERUMAL","S5512345A","1955-01-30","N/A",'
    '"","First visit","BP 150/95; amlodipine 5 mg"\n'
    '"2024-03-02","Bukit Merah Family Clinic","Dr TEO","NUR AISYAH BTE ISMAIL","T0412345J","2004-08-09","8123 4567",'
    '"-","Review","HbA1c 7.2%"\n'
)
DISPENSING = (
    "Rx No;Date Disp;Patient;Address;Drug;Qty;Rpts;PBS Item;Prescriber;Prescriber No\n"
    "4410231;02/03/2024;HOSTEEN, W;7 Mill St, Ayr QLD 4807;oxycodone 5 mg tablets;20;0;08215Q;Dr A. Veldhuis;2049871B\n"
    "4410232;02/03/2024;S.C.;12 Wattle Ave, Home Hill QLD 4806;alprazolam 1 mg tablets;50;0;02062W;Dr Veldhuis;2049871B\n"
)


@pytest.mark.parametrize(("name", "kind"), [
    ("patient_name", "PERSON"), ("Patient", "PERSON"), ("Prescriber", "PERSON"), ("first name", "PERSON"),
    ("Surname", "PERSON"), ("NOK", "PERSON"), ("attorney", "PERSON"), ("birth name", "PERSON"),
    ("Prescriber No", "ID"), ("nric_fin", "ID"), ("member_id", "ID"), ("Rx No", "ID"), ("MRN", "ID"),
    ("dob", "DATE_TIME"), ("Date of Birth", "DATE_TIME"), ("e-mail", "EMAIL_ADDRESS"), ("NOK Phone", "PHONE_NUMBER"),
    ("Address", "ADDRESS"), ("postcode", "ADDRESS"), ("clinic", "ORGANIZATION"), ("Employer", "ORGANIZATION"),
])
def test_a_column_s_name_says_what_its_cells_hold(name: str, kind: str) -> None:
    assert column_kind(name) == kind


@pytest.mark.parametrize("name", [
    "Drug Name", "drug", "Test name", "Item No", "PBS Item", "Seq No", "Bed No", "Lot No", "patient_type",
    "Patient Status", "Provider Specialty", "Address Type", "user_role", "appt_date", "Qty", "remarks", "sex",
    "visit_type", "result", "the first column of a table that is far too long to be a column's name",
])
def test_a_column_that_holds_no_one_s_data_is_named_so(name: str) -> None:
    assert column_kind(name) is None


def test_cells_are_split_as_csv_writers_quote_and_keep_their_offsets() -> None:
    line = '"a, b","say ""hi""", plain ,"",x'
    assert [line[s:e] for s, e in cells(line, ",")] == ["a, b", 'say ""hi""', "plain", "", "x"]
    row = "| Patient | Dose |"
    assert [row[s:e] for s, e in cells(row, "|")] == ["Patient", "Dose"]


@pytest.mark.parametrize("value", [
    "Dr ONG KAH WEE", "LIM, Hui Min", "RAJOO s/o PERUMAL", "NUR AISYAH BTE ISMAIL", "Dr TEO", "S8812345D", "T0412345J",
    "1988-04-12", "+65 9123 4567", "8123 4567", "hmlim@example.sg", "Bukit Merah Family Clinic",
])
def test_every_cell_of_a_named_column_goes(value: str) -> None:
    assert gone(APPOINTMENTS, value)


def test_the_other_columns_and_the_absent_values_are_left_to_the_rest_of_the_scrubber() -> None:
    names = found(DelimitedColumnRecognizer(), APPOINTMENTS)
    for other in ("Review", "First visit", "HbA1c 7.2%", "BP 150/95; amlodipine 5 mg", "N/A", "-", "2024-03-02"):
        assert other not in names
    assert "patient_name" not in names and "doctor" not in names  # the header itself


@pytest.mark.parametrize("value", ["HOSTEEN, W", "S.C.", "7 Mill St, Ayr QLD 4807", "Dr A. Veldhuis", "2049871B", "4410231"])
def test_a_semicolon_export_without_quotes_goes_by_its_header(value: str) -> None:
    assert gone(DISPENSING, value)


def test_a_dispensing_export_keeps_its_drugs_and_codes() -> None:
    names = found(DelimitedColumnRecognizer(), DISPENSING)
    for kept_cell in ("oxycodone 5 mg tablets", "alprazolam 1 mg tablets", "08215Q", "02062W", "20", "50"):
        assert kept_cell not in names
    assert not any("oxycodone" in v for v in scrubbed_values(DISPENSING))


def test_a_tab_separated_log_and_a_markdown_table_go_by_their_headers() -> None:
    log = "seq\tfiled\tdocument\tfiler\tattorney\tbar_no\n1\t2024-03-01\tMotion to compel\tDefendant\tKasia Wróblewska\t301122\n"
    assert found(DelimitedColumnRecognizer(), log) == {"Defendant", "Kasia Wróblewska", "301122"}
    table = "| Patient | Drug | Dose |\n|---|---|---|\n| Ragnhild Þórsdóttir | metformin | 500 mg |\n"
    assert found(DelimitedColumnRecognizer(), table) == {"Ragnhild Þórsdóttir"}


def test_a_table_ends_at_the_first_line_that_does_not_fit_its_header() -> None:
    text = "Patient,Drug,Dose\nAlma Quist,warfarin,5 mg\n\nThe patient, the nurse, the porter all agreed.\n"
    assert found(DelimitedColumnRecognizer(), text) == {"Alma Quist"}


@pytest.mark.parametrize("text", [
    "Patient, 45, presented with fever, cough and chills.\nShe was seen, examined, and sent home, twice.",
    "4410231;02/03/2024;HOSTEEN, W;7 Mill St;oxycodone 5 mg tablets;20\n",  # rows with no header row: a claim file
    "MSH|^~\\&|PAS|NTH|PORTAL|NTH|20240302||ADT^A01|MSG1|P|2.4\nPID|1||700123^^^NTH^MR||OYELARAN^TEMITOPE",
])
def test_prose_a_headerless_file_and_hl7_are_not_read_as_tables(text: str) -> None:
    assert not found(DelimitedColumnRecognizer(), text)


# ---------------------------------------------------------------- the keep side: a table's code columns, codes by label
CLAIMS = (
    "CLM|Patient|Dx Code|CPT|Taxonomy|Rendering Provider\n"
    "C-1|HOSTEEN, WILBUR|M17.11|73562|207R00000X|BEGAY, ANNA\n"
    "C-2|TSOSIE, MAE|E11.65|99214|208000000X|Dr Begay\n"
)


@pytest.mark.parametrize("code", ["M17.11", "73562", "207R00000X", "E11.65", "99214", "208000000X"])
def test_the_codes_in_a_table_s_code_columns_are_kept(code: str) -> None:
    assert not any(code in v for v in scrubbed_values(CLAIMS))


@pytest.mark.parametrize("value", ["HOSTEEN, WILBUR", "BEGAY, ANNA", "TSOSIE, MAE", "Dr Begay"])
def test_the_persons_beside_them_still_go(value: str) -> None:
    assert gone(CLAIMS, value)


def test_a_code_column_shields_no_name_and_no_person_s_column() -> None:
    # A cell of a code column with a lower-case letter is no code; "Patient Code" is the patient's, not a classification's.
    text = "Seq|Drug Code|Patient Code|Note\n1|Ingrid Solberg 4|PT44817|review\n"
    assert code_cells(text) == []
    assert gone(text, "Ingrid Solberg") and gone(text, "PT44817")


@pytest.mark.parametrize("term", ["CPT 73562", "CPT code 99214-25", "HCPCS J1100", "PBS item 08215Q", "taxonomy 207R00000X"])
def test_a_procedure_item_or_taxonomy_code_with_its_label_is_kept(term: str) -> None:
    assert kept(term)


@pytest.mark.parametrize("text", ["Called back on 73562 today.", "Reference 123456700X on file.", "Member 73562 rang."])
def test_without_its_label_a_code_s_shape_protects_nothing(text: str) -> None:
    value = next(w for w in text.split() if any(c.isdigit() for c in w))
    assert gone(text, value)


def test_a_transcript_s_lines_with_commas_are_no_table() -> None:
    transcript = (
        "A. Dr. Okafor-Hayes, at the clinic on RR 4, Truro, NS B2N 5U3.\n"
        "MS. NÍ BHRIAIN: Then I ask for an undertaking, under the Act, s. 267.5, today.\n"
    )
    assert not found(DelimitedColumnRecognizer(), transcript)


def test_a_column_called_code_alone_may_hold_the_patients_own_codes_and_shields_nothing() -> None:
    text = "Code,Name,Ward\nA0012345,Tomasz Wiśniewski,4B\nA0012399,Aroha Ngata,4B\n"
    assert code_cells(text) == []
    assert gone(text, "A0012345") and gone(text, "A0012399")


# Found by a reviewer playing the privacy auditor against the first version: three ways a code column shielded data.
@pytest.mark.parametrize(("text", "value"), [
    ("MRN,Patient,Px Date,CPT\nA0012345,Tomasz Wisniewski,2024-03-12,27447\n", "2024-03-12"),  # a date column named for a classification
    ("Patient|Rev Date|Rev Code\nJohn Okafor|03.11.2023|0450\n", "03.11.2023"),
    ("Client,Billing Code,Amount\nRaj Patel,AC998123,120.00\n", "AC998123"),  # an account under a loosely named column
    ("MRN,Patient,Dx Code\nSmith, John,A0012345\n", "A0012345"),  # an unquoted comma shifts an MRN under "Dx Code"
])
def test_a_code_column_shields_no_date_account_or_shifted_identifier(text: str, value: str) -> None:
    assert not any(text[s:e] == value for s, e in code_cells(text))
    assert gone(text, value)


def test_a_kept_cell_has_a_classification_s_shape() -> None:
    text = "Rx|PBS Item|Drug Code|Dx Code|CPT\n1|08215Q|C09AA05|E11.65|99214-25\n2|AB12345678|X9|Q99999999|12345678\n"
    kept_cells = {text[s:e] for s, e in code_cells(text)}
    assert {"08215Q", "C09AA05", "E11.65", "99214-25"} <= kept_cells
    assert not kept_cells & {"AB12345678", "Q99999999", "12345678"}


@pytest.mark.parametrize(("text", "value"), [
    ("Patient,MRN,Ward\n\nBOSWELL Kieran,H77821,4B\n", "H77821"),  # a cell between commas, after a blank line
    ("Smith, John,A0012345\n", "A0012345"),
])
def test_an_identifier_between_a_csv_row_s_commas_goes_by_its_shape(text: str, value: str) -> None:
    assert gone(text, value)


def test_a_thousands_separator_still_joins_its_digits() -> None:
    assert not any("500" in v or "567" in v for v in scrubbed_values("Paid EUR 12,500 and 1,234,567 in total."))
