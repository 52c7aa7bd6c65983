"""Eighth blind scrubbing corpus: twenty more registers from twenty more countries, national numbers with their check characters.

    python bench/blind8.py --stats             # entity, document-type and protected-term counts of the default corpus
    python bench/blind8.py --out blind8.jsonl  # the records with their labels, one JSON object a line

Written for issue 16 to measure once, later, how the scrubber generalises to text nobody tuned
on; its author read no scrubber rule, no scrubber test, no scrubbing document and none of the
measured misses, and never ran the scrubber on it. Registers no other corpus uses, from
countries and regions bench/blind7.py did not visit: a Nigerian Lassa fever case investigation
form (a zoonosis traced back to rodents, with the state veterinary team's findings and the
contact list), a Kenyan transfusion reaction (haemovigilance) report, a Turkish workplace
physician's pre-employment or periodic examination form, an Argentine notarial deed of sale
(escritura, the date and the price written out in words), an Irish probate application (oath
of an administrator or executor), a Romanian clinical trial serious adverse event narrative
with the monitor's note, a Czech medical report on fitness to drive, a Greek police report of
a missing person with dementia (Greek script beside the transliteration), a Flemish
registration document of a euthanasia for the federal review commission, a Dutch rent
tribunal (Huurcommissie) ruling, a Swiss home care (Spitex) order, an Austrian post-mortem
inspection report (Totenbeschau), a Chilean employer's letter of dismissal, a Mexican
hospital birth certificate, a New Zealand youth justice family group conference plan, a
Scottish adult support and protection case conference minute, an Israeli IVF cycle summary, a
Pakistani First Information Report, a Bangladeshi microcredit loan application and a Nepali
helicopter rescue report for a Korean trekker's travel insurer.

Identifiers follow the public descriptions of their formats, with the check characters
computed: Turkish TC Kimlik numbers (the two check digits) and tax numbers (VKN), Romanian CNP
(weights 279146358279) and CUI, Czech birth numbers (rodné číslo, divisible by 11, 50 added to
a woman's month), company numbers (IČO) and bank accounts (weighted mod 11, prefix and number),
Greek AMKA (the birth date and Luhn) and tax numbers (AFM, powers of two), Belgian national
register numbers (97 less the remainder, a 2 before it from 2000), Dutch, Irish, Swiss, Austrian,
Romanian, Czech (the account's own check inside) and Israeli IBANs, Dutch BSN (the 11-test),
Swiss AHV numbers and GLNs (EAN-13) and UIDs (weighted mod 11), Austrian social insurance
numbers (the check digit fourth, weighted mod 11), Chilean RUT (mod 11 with K), Argentine CUIT
and CUIL (weights 5432765432) and CBU (two check digits, weights 7139), Mexican CURP (the
38-character alphabet, weights 18 to 2) and IMSS numbers (Luhn), New Zealand NHI numbers (mod
11 over the letters' values), Scottish CHI numbers (the NHS mod 11, the ninth digit odd for
men), Irish PPSN (mod 23, the letter W for 0), Korean resident registration numbers (weights
234567892345), Israeli identity numbers (Luhn over nine digits) and IMEI numbers (Luhn). Drawn
in their published patterns, with no public check: Nigerian NIN, Kenyan identity card numbers,
Pakistani CNIC (the last digit odd for men), Bangladeshi NID (ten or seventeen
digits, the birth year first), Nepali citizenship certificate numbers, Korean passports, Dutch
KvK numbers, Austrian company register numbers (FN), Belgian RIZIV/INAMI numbers, Swiss ZSR
numbers, Czech driving licences, Greek police identity cards (one or two Greek capitals), New
Zealand student numbers, and the court, police, trial, registry, policy and claim numbers of each
place. Every check function is tested against the formats' published examples where there is one
(tests/test_blind8.py).

Names are the hand-written lists below (never Faker's, never a census list, and no word of them
or of their nicknames and feminine forms in the name lists of bench/blind2.py to
bench/blind7.py: checked when this module loads): Yoruba, Igbo and Hausa; Kikuyu, Luo, Kalenjin,
Luhya, Kamba and Kisii; Turkish (Bey and Hanım after the given name); Argentine (Italian
surnames among them); Irish in Irish and in English (Ó, Mac, and a woman's Ní and Nic with the
lenited surname); Romanian; Czech (a woman's -ová and -á, academic titles before and after the
name); Greek in Latin letters and in Greek script (a woman's genitive surname); Flemish and
Dutch (de, in lower case inside the name; Van, in capitals); Swiss German, Romansh and Ticinese;
Austrian (Dr.in and Mag.a, a maiden name after geb.); Chilean and Mexican (two surnames,
Mapuche and Nahuatl among them); Māori and Pākehā; Scottish; Israeli; Punjabi and Pashtun (s/o and
the father's name, inside the span); Bengali (Begum, Akter and Khatun carried by
unrelated women); Sherpa (named for the weekday of birth, Sherpa as everyone's surname),
Brahmin, Chhetri, Newar and Tharu; Korean (family name first, in capitals on a passport).
Hard cases: names that are words (Gift, Comfort, Wisdom, Sunday, Purity, Baraka, Bahar, Umut,
Deniz, Kaplan, Brisa, Luna, Abril, Liška, Vrána, Zima, Holub, Ursu, Crăciun, Vos, Zwart, Prins,
Groen, Frei, Fürst, Soledad, Esperanza, Dulce, Paloma, Beauty, Jewel, Shapla), lower case in a
text message, particles (Ó, Ní, Nic, Mac, de, Van), initials (a trial subject's, run together or
dotted; a Dutch tenant's; a sub-investigator's), nicknames (Takis, Babis, Voula; a.k.a. Tobi,
Kunle; alias Zulfi, Ifti), names inside e-mail addresses and a satellite tracking link, surnames in
capitals, honorifics in other languages (Alhaji, Hajiya, Chief, Mallam, Pastor, Bey, Hanım, κ.,
κα, Dr.in, Mag.a, MUDr., Ing., Ph.D., mevrouw, de heer, mr., Señor, Señora, Escribana, Koro,
whaea, ji, Sahib), people's names inside the names of hospitals, practices, notaries and firms
(Pius Brînzeu, Octavian Fodor, Notaría Bustamante, Oifig Dlí Moriarty), a date written out in
Spanish words, Bikram Sambat and Bengali calendar dates, Māori month names, Greek script (names
and dates) and Hebrew script (a label).

Labelling rules are bench/blind7.py's (which extend bench/blind5.py's and bench/blind6.py's):
the name of the body that issues a number stays outside its span while letters that every
written copy carries stay inside; social-security, citizen, tax and passport numbers are
NATIONAL_ID, numbers that exist for health care HEALTH_ID (a trial subject number and a blood
unit number too, like a biobank sample), professional registrations and vehicle registrations
LICENSE_NUMBER, file, claim, court, police and policy numbers CASE_NUMBER; hospitals, wards,
local courts and police stations, practices, councils and local offices are ORGANIZATION,
whole, even when they carry a person's name, while national bodies are left unlabelled; clock
times, ages and years on their own are not labelled, a date with its time is one DATE_TIME;
titles and kin titles stay outside a person's span, patronymics (s/o, d/o) inside;
nationalities, languages, peoples and iwi are not labelled; money amounts, clinical and legal
terms are protected. New calls for this corpus: a date written out in words (the notarial
deed's "doce días del mes de marzo del año dos mil veinticuatro") and a date in another calendar
(Bikram Sambat, the Bengali calendar) are DATE_TIME as written; a woman's maiden name after
"geb." is its own PERSON span; subject initials in a trial narrative are PERSON; a mobile
phone's IMEI, a helicopter's registration and a trekking permit are LICENSE_NUMBER, like a
vehicle registration; an Argentine CBU, a Chilean Cuenta RUT, a Czech bank account, a Scottish
sort code with its account and a Bangladeshi microcredit member or loan account are
ACCOUNT_NUMBER, and so are a bKash wallet and a Czech variable symbol (the payer's reference); a
Bangladeshi NGO's regulator licence is COMPANY_REGISTRATION, like a company
number; a marae and a mountain village are LOCATION; public trial registry numbers (EU CT,
NCT) and protocol codes are protected, like a statute. Records, labels and the soundness check
are bench/blind3.py's.
"""

from __future__ import annotations

import datetime
import functools
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import blind3  # bench/, beside this script
import blind7
from blind2 import iban
from blind3 import Blind3Record, Draw, K, L

DOCS = 200

# ---------------------------------------------------------------- people, by hand

# culture: (women, men, surnames). Czech and Greek surnames are the men's forms (FEMININE gives a woman's); an Irish-form surname
# has a woman's form too. Korean names are written family name first.
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ng": (("Omolara", "Kehinde", "Oluchi", "Ebere", "Ijeoma", "Zainab", "Aishat", "Rukayat", "Kemi", "Gift", "Comfort", "Endurance",
            "Ugochi", "Oyinkansola", "Damilola", "Adunni", "Jummai", "Blessing", "Patience", "Favour", "Nkechi"),
           ("Adekunle", "Ayodele", "Akinwale", "Olusegun", "Femi", "Tobiloba", "Chibuike", "Somtochukwu", "Chidi", "Uzoma", "Tochukwu",
            "Suleiman", "Bashir", "Kabiru", "Nuhu", "Mustapha", "Idris", "Innocent", "Sunday", "Wisdom", "Godswill", "Goodluck", "Ikechukwu", "Yakubu"),
           ("Adegoke", "Olaniyan", "Fagbemi", "Oladipo", "Nwankwo", "Onuoha", "Ezeani", "Okpara", "Ibekwe", "Chukwuma", "Mbah", "Aliyu", "Umar",
            "Dikko", "Tukur", "Oladele", "Ayinde", "Adesanya", "Adebisi", "Akande", "Ilori", "Balogun", "Akintola", "Okoye", "Iheanacho")),
    "ke": (("Wangari", "Wangui", "Njeri", "Nyokabi", "Kerubo", "Moraa", "Kwamboka", "Auma", "Adhiambo", "Awino", "Jeptoo", "Chepngetich",
            "Jelagat", "Mumbua", "Mwende", "Nanjala", "Nekesa", "Zawadi", "Neema", "Purity", "Eunice", "Gladys", "Akinyi", "Wairimu"),
           ("Kiprotich", "Kipkorir", "Cheruiyot", "Kimutai", "Odera", "Okoth", "Oduor", "Wambua", "Kioko", "Mwendwa", "Muriuki", "Gitau",
            "Karanja", "Macharia", "Wanjala", "Juma", "Hamisi", "Baraka", "Wycliffe", "Kamau", "Barasa", "Kibet"),
           ("Kirui", "Langat", "Koech", "Kiplimo", "Korir", "Mutiso", "Kilonzo", "Nzioki", "Ndungu", "Gachanja", "Waweru", "Mugo", "Wachira",
            "Ngugi", "Otiende", "Okello", "Opiyo", "Obura", "Makokha", "Wanyonyi", "Masinde", "Shikuku", "Nyamweya", "Nyakundi", "Momanyi",
            "Odhiambo", "Rotich", "Simiyu")),
    "tr": (("Fadime", "Emine", "Zübeyde", "Şükran", "Nazmiye", "Gönül", "Meltem", "Sevda", "Pınar", "Özlem", "Bahar", "Ebru", "Esra", "Aslı",
            "Nilüfer", "Melek", "Damla", "İpek", "Hande", "Gülsüm", "Nermin", "Filiz", "Dilek", "Tuğba"),
           ("Cemal", "Ferhat", "Oktay", "Sinan", "Taner", "Ümit", "Bülent", "Orhan", "Necati", "Şükrü", "Halil", "İbrahim", "Nurettin", "Kenan",
            "Fikret", "Haluk", "Metin", "Barış", "Onur", "Umut", "Deniz", "Ozan", "Ramazan", "Kadir", "Recep"),
           ("Yücel", "Aktaş", "Şimşek", "Kahraman", "Uysal", "Bozkurt", "Türkmen", "Akbulut", "Çetin", "Güler", "Kaplan", "Aslan", "Ateş", "Yavuz",
            "Özkan", "Duman", "Çakır", "Tosun", "Ekinci", "Sevim", "Temiz", "Keskin", "Ergün", "Gündoğdu", "Tunç", "Coşkun", "Aydoğan", "Koç",
            "Yıldız", "Polat", "Korkmaz", "Bulut")),
    "ar": (("Antonela", "Milagros", "Yanina", "Gisela", "Belén", "Luján", "Lorena", "Vanesa", "Mariela", "Silvina", "Griselda", "Nélida",
            "Estela", "Ailén", "Abril", "Brisa", "Jazmín", "Daiana", "Celeste", "Mirta", "Graciela", "Noelia"),
           ("Lautaro", "Ramiro", "Leonel", "Emiliano", "Nicolás", "Cristian", "Walter", "Oscar", "Néstor", "Raúl", "Horacio", "Alberto", "Claudio",
            "Ariel", "Darío", "Gastón", "Hernán", "Marcelo", "Santino", "Lisandro"),
           ("Álvarez", "Torres", "Suárez", "Correa", "Godoy", "Ojeda", "Molina", "Vera", "Coronel", "Ponce", "Bustos", "Peralta", "Maidana",
            "Sotelo", "Leguizamón", "Cáceres", "Olivera", "Funes", "Barrionuevo", "Zalazar", "Chiappe", "Bertolotti", "Pagliaro", "Caruso",
            "Rodríguez", "Gómez", "Sosa", "Medina", "Herrera", "Aguirre", "Giménez", "Ledesma", "Ferreyra", "Quiroga", "Luna", "Gallo")),
    "ie": (("Bríd", "Máire", "Nuala", "Saoirse", "Ailbhe", "Deirdre", "Sorcha", "Fionnuala", "Eithne", "Laoise", "Méabh", "Clíona", "Ciara",
            "Dervla", "Ríona", "Sinéad", "Úna", "Orla"),
           ("Donal", "Rónán", "Lorcan", "Senan", "Peadar", "Micheál", "Éamon", "Proinsias", "Conall", "Naoise", "Breandán", "Cormac"),
           ("Ó Dubhghaill", "Mac Mathúna", "Ó Flaithearta", "Ó Riain", "Mulqueen", "Tierney", "Hanrahan", "Cusack", "Scanlon", "Spillane",
            "Fennelly", "Kinsella", "Tuohy", "Costigan", "Dillane", "Fogarty", "Hourihane", "Lenihan", "Buckley", "O'Donoghue", "Kavanagh",
            "Brennan", "Moriarty", "Keane", "Whelan", "Mulcahy", "Dunne")),
    "ro": (("Anca", "Simona", "Bianca", "Raluca", "Irina", "Adina", "Camelia", "Veronica", "Violeta", "Viorica", "Aurelia", "Mădălina",
            "Teodora", "Smaranda", "Livia", "Ileana", "Floarea", "Lenuța", "Ioana", "Roxana", "Georgiana", "Nicoleta", "Rodica"),
           ("Gheorghe", "Dorin", "Cosmin", "Ciprian", "Traian", "Petru", "Aurel", "Emil", "Doru", "Viorel", "Liviu", "Nelu", "Remus", "Horia",
            "Laurențiu", "Virgil", "Mihai", "Bogdan", "Răzvan", "Cătălin", "Sorin", "Mircea", "Ovidiu"),
           ("Georgescu", "Marinescu", "Dinu", "Radu", "Neagu", "Oprea", "Barbu", "Enache", "Iordache", "Mocanu", "Ursu", "Negru", "Cojocaru",
            "Sârbu", "Mureșan", "Crăciun", "Toma", "Florea", "Dobre", "Manea", "Anghel", "Matei", "Voicu", "Preda", "Tudose", "Chiriac",
            "Popescu", "Ionescu", "Stoica", "Moldovan", "Păun", "Tănase", "Nistor", "Zamfir", "Bălan", "Cozma")),
    "cz": (("Jarmila", "Drahomíra", "Libuše", "Miroslava", "Alena", "Ivana", "Šárka", "Romana", "Pavla", "Soňa", "Milada", "Věra", "Eliška",
            "Tereza", "Klára", "Vendula", "Anežka", "Bohdana", "Květa", "Hana", "Lenka", "Vlasta", "Blažena", "Dagmar"),
           ("Přemysl", "Jaroslav", "Vlastimil", "Bořivoj", "Ctibor", "Dalibor", "Ladislav", "Lubomír", "Vratislav", "Čestmír", "Svatopluk",
            "Kamil", "Libor", "Matěj", "Štěpán", "Oldřich", "Kryštof", "Milan", "Zbyněk", "Vítězslav", "Luboš"),
           ("Doležal", "Sedláček", "Němec", "Marek", "Pospíšil", "Hájek", "Jelínek", "Růžička", "Bartoš", "Kříž", "Holub", "Skála", "Vlček",
            "Zeman", "Kopecký", "Hrubý", "Kratochvíl", "Bureš", "Štěpánek", "Liška", "Vrána", "Zima", "Beneš", "Šťastný")),
    "gr": (("Vasiliki", "Paraskevi", "Chrysoula", "Athina", "Stavroula", "Dimitra", "Evangelia", "Kalliopi", "Fotini"),
           ("Panagiotis", "Charalambos", "Spyridon", "Theodoros", "Evangelos", "Christos", "Vasilis", "Apostolos", "Thanasis"),
           ("Papadimitriou", "Antoniou", "Konstantinidis", "Makris", "Alexiou", "Lamprou", "Dimopoulos", "Zervas", "Panagiotopoulos",
            "Christodoulou", "Tsakiris", "Bakas", "Mavridis", "Stathopoulos", "Kyriakidis", "Galanis", "Raptis")),
    "be": (("Hilde", "Veerle", "Ilse", "Katrien", "Mieke", "Nele", "Kaat", "Greet", "Marleen", "Godelieve", "Lutgarde", "Fien", "Jolien", "Saskia"),
           ("Jef", "Luc", "Staf", "Bart", "Guido", "Wannes", "Stijn", "Hendrik", "Jozef", "Lode", "Tuur", "Warre", "Nand", "Dries", "Sander", "Lieven"),
           ("Peeters", "Janssens", "Maes", "De Smet", "Van Damme", "Verbeke", "Mertens", "Willems", "Lemmens", "Vandenbroucke", "De Clercq",
            "Verstraete", "Wouters", "Vanhoutte", "Van Acker", "De Backer", "Vercammen", "Van Hove", "Lauwers", "De Wilde", "Hermans", "Cuypers",
            "Claeys", "Boeckx", "Van Looy", "Dewulf", "Vanneste")),
    "nl": (("Jantien", "Trijntje", "Klaasje", "Fenna", "Geertje", "Marijke", "Riet", "Lieke", "Roos", "Noor", "Jikke", "Tjitske", "Aaltje",
            "Baukje", "Tineke", "Annemiek"),
           ("Klaas", "Teun", "Hidde", "Jelle", "Sietse", "Gijs", "Arjen", "Dolf", "Harm", "Freek", "Wybren", "Douwe", "Auke", "Rutger", "Joris",
            "Evert", "Jeroen"),
           ("Vos", "de Wit", "Veenstra", "Zwart", "Prins", "Koster", "Bosman", "Blom", "Timmermans", "Groen", "Huisman", "Wolters", "Kramer",
            "Hendriks", "Koopman", "Haverkamp", "Zijlstra", "Terpstra", "Bosma", "Wiersma", "Hiemstra", "Smit", "Meijer",
            "Verhoeven", "Postma", "de Haan")),
    "ch": (("Nadja", "Barbara", "Heidi", "Annemarie", "Käthi", "Margrit", "Rösli", "Trudi", "Elsbeth", "Sibylle", "Jolanda", "Mirjam", "Rahel",
            "Flurina", "Ladina"),
           ("Christoph", "Adrian", "Fabio", "Ruedi", "Köbi", "Hansruedi", "Peider", "Flurin", "Mattia", "Fritz", "Walti", "Bruno", "Pascal",
            "Dominik", "Silvan", "Remo", "Ueli"),
           ("Keller", "Baumann", "Steiner", "Frei", "Huber", "Marti", "Bühler", "Aebischer", "Zbinden", "Rochat", "Bernasconi", "Lüthi",
            "Schüpbach", "Wüthrich", "Imhof", "Ammann", "Gasser", "Stucki", "Kälin", "Jaccard", "Pittet", "Cattaneo", "Tschudi", "Hänni",
            "Zurbriggen", "Mettler", "Fankhauser")),
    "at": (("Hermine", "Gertraud", "Elfriede", "Johanna", "Anneliese", "Adelheid", "Kunigunde", "Hedwig", "Mathilde", "Rosina", "Veronika",
            "Herta", "Leopoldine", "Gerlinde", "Ingeborg", "Sieglinde", "Edeltraud"),
           ("Florian", "Ferdinand", "Gottfried", "Hannes", "Ignaz", "Vinzenz", "Balthasar", "Korbinian", "Erwin", "Siegfried", "Herbert",
            "Friedrich", "Reinhold", "Gerhard", "Kajetan", "Valentin", "Bernhard"),
           ("Hofer", "Leitner", "Wimmer", "Eder", "Lechner", "Berger", "Aigner", "Stadler", "Haider", "Egger", "Mayrhofer", "Pölzl", "Steinbauer",
            "Kogler", "Pirker", "Auer", "Reiter", "Hintermayr", "Obermüller", "Ortner", "Zechner", "Rainer", "Schwaiger", "Fürst", "Holzer",
            "Kössler", "Strasser", "Grabner", "Ebner", "Hölzl")),
    "cl": (("Soledad", "Fernanda", "Antonia", "Josefa", "Trinidad", "Isidora", "Ayelén", "Rayén", "Pía", "Bárbara", "Carolina", "Loreto",
            "Pamela", "Yasna", "Marcela"),
           ("Rodrigo", "Patricio", "Sebastián", "Agustín", "Felipe", "Bastián", "Alonso", "Renato", "Gaspar", "Mauricio", "Hugo", "Galvarino",
            "Segundo", "Juvenal"),
           ("Rojas", "Díaz", "Silva", "Fuentes", "Valenzuela", "Espinoza", "Figueroa", "Vergara", "Pizarro", "Soto", "Castro", "Cortés",
            "Alarcón", "Saavedra", "Jara", "Huenchullán", "Quilapán", "Cayupán", "Lagos", "Aravena", "Bustamante", "Orellana", "Poblete",
            "Ulloa", "Leiva", "Yáñez", "Cifuentes")),
    "mx": (("Itzel", "Brenda", "Paloma", "Azucena", "Esperanza", "Dulce", "Consuelo", "Yoselin", "Areli", "Montserrat", "Tonantzin"),
           ("Ulises", "Alejandro", "Eduardo", "Octavio", "Everardo", "Lázaro", "Fidel", "Genaro", "Pánfilo", "Crescencio", "Abundio", "Gerardo",
            "Rogelio", "Porfirio", "Abelardo", "Gilberto"),
           ("Martínez", "Flores", "Jiménez", "Vázquez", "Mendoza", "Gutiérrez", "Chávez", "Tzompa", "Xolalpa", "Pérez", "Rosales", "Aguilar",
            "Salazar", "Ortiz", "Zavala", "Ávila", "Cuevas", "Trejo", "Villegas", "Huerta", "Cuautle", "Ahuatzin")),
    "nz": (("Mere", "Anahera", "Ngaio", "Kiri", "Tui", "Miriama", "Rangimarie", "Huhana", "Pania", "Ataahua", "Marama", "Awhina", "Maia",
            "Mihi", "Roimata", "Hinewai"),
           ("Ihaia", "Manaia", "Rewi", "Hone", "Piripi", "Matiu", "Pita", "Hamiora", "Tama", "Tamahou", "Ruawai", "Kauri", "Aperahama", "Hori",
            "Turei"),
           ("Tipene", "Paewai", "Whaanga", "Karaka", "Hohaia", "Te Whatu", "Tawhai", "Tuhiwai", "Ruatapu", "Rakena", "Te Kani", "Wihongi",
            "Kereama", "Tautahi", "Boyce", "Fitzsimmons", "Harcourt", "McAlpine", "Lovelock")),
    "sc": (("Eilidh", "Isla", "Catriona", "Ailsa", "Mhairi", "Shona", "Iona", "Kenna", "Elspeth", "Marsaili", "Seonaid", "Rhona", "Isobel",
            "Fenella", "Morven", "Ishbel", "Senga"),
           ("Euan", "Alasdair", "Angus", "Struan", "Murdo", "Lachie", "Ruaridh", "Torquil", "Dougal", "Fergus", "Gregor", "Innes", "Finlay",
            "Calum", "Somhairle", "Iain"),
           ("Robertson", "Campbell", "Stewart", "Sinclair", "Munro", "Ferguson", "Cameron", "Buchanan", "MacKinnon", "Drummond", "Gunn",
            "Baird", "Lamont", "MacAulay", "Morrison", "Henderson", "Matheson", "Crombie", "Lennox", "Kerr", "Dunbar", "Rennie", "Strachan",
            "Menzies", "Galbraith", "MacRae", "Mackay", "Gillies", "Sutherland", "Fyfe")),
    "il": (("Michal", "Orly", "Tikva", "Hila", "Efrat", "Ayelet", "Galit", "Sigal", "Limor", "Ruti", "Osnat", "Irit", "Nurit", "Keren", "Liat",
            "Maayan", "Shlomit", "Tzipi", "Hadas", "Yifat", "Rivka", "Batsheva"),
           ("Yossi", "Itzik", "Oren", "Gilad", "Moshe", "Amir", "Shlomo", "Yitzhak", "Dudi", "Kobi", "Boaz", "Eitan", "Ronen", "Tzvi", "Meir",
            "Yaakov", "Doron", "Asaf", "Yoav", "Nadav", "Elad"),
           ("Cohen", "Levi", "Shapira", "Dahan", "Azoulay", "Ohana", "Malka", "Golan", "Segal", "Amsalem", "Elbaz", "Vaknin", "Hadad",
            "Abutbul", "Rosenthal", "Weiss", "Goldberg", "Shalev", "Harel", "Navon", "Carmeli", "Ashkenazi", "Sasson", "Gabay", "Zilberman",
            "Ochayon")),
    "pk": (("Shazia", "Nasreen", "Rubina", "Saima", "Farzana", "Uzma", "Kiran", "Bushra", "Sadia", "Naila", "Ghazala", "Tahira", "Samina", "Rabia"),
           ("Imran", "Waqar", "Asif", "Nadeem", "Zulfiqar", "Shahid", "Khurram", "Adnan", "Ghulam Rasool", "Naveed", "Sajid", "Arshad", "Javed",
            "Pervaiz", "Shoaib", "Zubair", "Iftikhar", "Shahzad", "Tanveer"),
           ("Qureshi", "Chaudhry", "Butt", "Awan", "Khattak", "Rajput", "Siddiqui", "Abbasi", "Niazi", "Bhatti", "Gondal", "Warraich", "Cheema",
            "Tarar", "Jatoi", "Leghari")),
    "bd": (("Moushumi", "Taslima", "Parvin", "Nazma", "Rehana", "Shilpi", "Shahnaz", "Farida", "Rupa", "Mitu", "Shapla", "Jharna", "Beauty",
            "Sharmin", "Rina", "Kulsum", "Momotaz", "Selina", "Jesmin", "Nilufa"),
           ("Shafiqul", "Habibur", "Kamrul", "Sohel", "Abul", "Monir", "Shahjahan", "Delwar", "Moniruzzaman", "Ashraful", "Saiful", "Belal",
            "Jewel", "Liton", "Babul", "Rubel", "Sumon"),
           ("Chowdhury", "Sarkar", "Mollah", "Sheikh", "Mondal", "Biswas", "Pramanik", "Howlader", "Munshi", "Khandaker", "Majumder", "Bepari",
            "Sikder", "Patwary")),
    "np": (("Kabita", "Sabitri", "Januka", "Sarita", "Bimala", "Goma", "Radhika", "Chameli", "Phulmaya", "Dhanmaya", "Kalpana", "Manisha"),
           ("Bishnu", "Hari", "Gopal", "Keshav", "Suman", "Prakash", "Narayan", "Mohan", "Dorje", "Temba", "Nuru"),
           ("Adhikari", "Karki", "Bhattarai", "Poudel", "Tharu", "Khadka", "Bhandari", "Dahal", "Pokharel", "Ghimire", "Subedi", "Koirala",
            "Basnet", "Chhetri", "Bista", "Maharjan", "Shakya", "Bajracharya", "Dhakal", "Acharya", "Lama")),
    "sh": (("Pemba", "Lhakpa", "Dolma", "Yangchen", "Doma"),  # Sherpa: named for the weekday of birth, Sherpa as the surname
           ("Mingma", "Nima", "Dawa", "Pasang", "Phurba", "Tenzing"), ("Sherpa",)),
    "kr": (("Jiwoo", "Seoyun", "Minseo", "Yerin", "Dahyun", "Chaeyoung", "Subin", "Haneul", "Eunji", "Sooyeon", "Hyejin", "Yuna", "Nayeon",
            "Boram", "Seulgi", "Mirae"),
           ("Minjae", "Taeyang", "Jaewon", "Sungmin", "Hyunsoo", "Junho", "Woojin", "Kyungho", "Sangwoo", "Dongwook", "Youngsoo", "Chanwoo",
            "Sehun", "Jiseong", "Taemin"),
           ("Shin", "Ryu", "Bae", "Cha", "Heo", "Byun", "Jeon", "Kwon", "Seong", "Hong", "Noh", "Yeo", "Pyo", "Eom", "Chae", "Kong", "Sim", "Tak")),
}  # fmt: skip
# A woman's surname where it differs: Czech -ová and -á, Greek genitive forms, Irish Ní and Nic with lenition.
FEMININE: dict[str, str] = {
    "Doležal": "Doležalová", "Sedláček": "Sedláčková", "Němec": "Němcová", "Marek": "Marková", "Pospíšil": "Pospíšilová", "Hájek": "Hájková",
    "Jelínek": "Jelínková", "Růžička": "Růžičková", "Bartoš": "Bartošová", "Kříž": "Křížová", "Holub": "Holubová", "Skála": "Skálová",
    "Vlček": "Vlčková", "Zeman": "Zemanová", "Kopecký": "Kopecká", "Hrubý": "Hrubá", "Kratochvíl": "Kratochvílová", "Bureš": "Burešová",
    "Štěpánek": "Štěpánková", "Liška": "Lišková", "Vrána": "Vránová", "Zima": "Zimová", "Beneš": "Benešová", "Šťastný": "Šťastná",
    "Konstantinidis": "Konstantinidou", "Makris": "Makri", "Dimopoulos": "Dimopoulou", "Zervas": "Zerva", "Panagiotopoulos": "Panagiotopoulou",
    "Tsakiris": "Tsakiri", "Bakas": "Baka", "Mavridis": "Mavridou", "Stathopoulos": "Stathopoulou", "Kyriakidis": "Kyriakidou",
    "Galanis": "Galani", "Raptis": "Rapti",
    "Ó Dubhghaill": "Ní Dhubhghaill", "Mac Mathúna": "Nic Mhathúna", "Ó Flaithearta": "Ní Fhlaithearta", "Ó Riain": "Ní Riain",
}  # fmt: skip
# The Greek names in Greek script (a Greek police report gives both).
GREEK: dict[str, str] = {
    "Vasiliki": "Βασιλική", "Paraskevi": "Παρασκευή", "Chrysoula": "Χρυσούλα", "Athina": "Αθηνά", "Stavroula": "Σταυρούλα", "Dimitra": "Δήμητρα",
    "Evangelia": "Ευαγγελία", "Kalliopi": "Καλλιόπη", "Fotini": "Φωτεινή", "Panagiotis": "Παναγιώτης", "Charalambos": "Χαράλαμπος",
    "Spyridon": "Σπυρίδων", "Theodoros": "Θεόδωρος", "Evangelos": "Ευάγγελος", "Christos": "Χρήστος", "Vasilis": "Βασίλης",
    "Apostolos": "Απόστολος", "Thanasis": "Θανάσης", "Papadimitriou": "Παπαδημητρίου", "Antoniou": "Αντωνίου", "Konstantinidis": "Κωνσταντινίδης",
    "Konstantinidou": "Κωνσταντινίδου", "Makris": "Μακρής", "Makri": "Μακρή", "Alexiou": "Αλεξίου", "Lamprou": "Λάμπρου",
    "Dimopoulos": "Δημόπουλος", "Dimopoulou": "Δημοπούλου", "Zervas": "Ζέρβας", "Zerva": "Ζέρβα", "Panagiotopoulos": "Παναγιωτόπουλος",
    "Panagiotopoulou": "Παναγιωτοπούλου", "Christodoulou": "Χριστοδούλου", "Tsakiris": "Τσακίρης", "Tsakiri": "Τσακίρη", "Bakas": "Μπάκας",
    "Baka": "Μπάκα", "Mavridis": "Μαυρίδης", "Mavridou": "Μαυρίδου", "Stathopoulos": "Σταθόπουλος", "Stathopoulou": "Σταθοπούλου",
    "Kyriakidis": "Κυριακίδης", "Kyriakidou": "Κυριακίδου", "Galanis": "Γαλάνης", "Galani": "Γαλάνη", "Raptis": "Ράπτης", "Rapti": "Ράπτη",
}  # fmt: skip
NICKNAMES = {
    "Tobiloba": "Tobi", "Adekunle": "Kunle", "Ayodele": "Ayo", "Oyinkansola": "Oyin", "Somtochukwu": "Somto", "Ikechukwu": "Ike",
    "Wycliffe": "Wyco", "Nurettin": "Nuri", "Lautaro": "Lauti", "Santino": "Santi", "Nicolás": "Nico", "Milagros": "Mili", "Antonela": "Anto",
    "Gheorghe": "Gică", "Mădălina": "Mădă", "Petru": "Petrică", "Přemysl": "Přema", "Vratislav": "Vráťa", "Svatopluk": "Sváťa",
    "Ladislav": "Láďa", "Jaroslav": "Jarda", "Bořivoj": "Bořek", "Oldřich": "Olda", "Miroslava": "Mirka", "Anežka": "Anča",
    "Charalambos": "Babis", "Spyridon": "Spyros", "Panagiotis": "Takis", "Evangelos": "Vangelis", "Theodoros": "Thodoris",
    "Apostolos": "Tolis", "Paraskevi": "Voula", "Kalliopi": "Popi", "Fotini": "Fofi", "Chrysoula": "Chrysa", "Evangelia": "Litsa",
    "Lutgarde": "Lut", "Trijntje": "Trijn", "Hansruedi": "Hansi", "Vinzenz": "Vinzi", "Korbinian": "Korbi", "Siegfried": "Sigi",
    "Gottfried": "Friedl", "Hedwig": "Hedi", "Ferdinand": "Ferdl", "Patricio": "Pato", "Sebastián": "Seba", "Trinidad": "Trini",
    "Gerardo": "Lalo", "Crescencio": "Chencho", "Esperanza": "Espe", "Consuelo": "Chelo", "Somhairle": "Sorley", "Elspeth": "Elsie",
    "Shlomo": "Momi", "Tzvi": "Tzviki", "Zulfiqar": "Zulfi", "Iftikhar": "Ifti", "Momotaz": "Momo", "Ashraful": "Ashraf",
}  # fmt: skip
FAMILY_FIRST = {"kr"}  # the family name written first
GIVEN_ADDRESSED = {"sh", "bd", "np"}  # addressed by the given name (Sherpa, Bangladeshi and Nepali usage; "Dawa dai", "Kamrul bhai")
TWO_SURNAMES = {"cl", "mx"}  # father's first surname, then the mother's
TAKES_SPOUSE_NAME = {"ng", "ke", "tr", "ie", "ro", "cz", "at", "ch", "nz", "sc", "il", "np", "sh", "nl"}
WOMEN_ONLY = {"Begum", "Akter", "Khatun"}  # Bangladeshi women's surnames, carried by unrelated women
NOT_NAMES = {"sherpa", "begum", "akter", "khatun"}  # carried by strangers alike: never taken for a shared name
PARTICLES = blind7.PARTICLES | {"ni", "nic", "te", "van", "der", "s/o", "d/o", "w/o"}


def fold8(text: str) -> str:
    return blind7.fold7(text)


def name_words(name: str) -> set[str]:
    """The words of a name, folded to ASCII and lower case, without particles: what must not repeat across corpora."""
    return {w for w in re.split(r"[\s\-'’./]+", fold8(name)) if w and w not in PARTICLES}


def earlier_names() -> set[str]:
    """Every word of the hand-written name lists (and nicknames) of bench/blind2.py to bench/blind7.py."""
    return blind7.earlier_names() | blind7.own_names()


def own_names() -> set[str]:
    names = [n for women, men, surnames in PEOPLE.values() for n in (*women, *men, *surnames)]
    names += [*FEMININE.values(), *NICKNAMES.values(), *WOMEN_ONLY]
    return set().union(*(name_words(n) for n in names))


CLASHES = sorted(own_names() & earlier_names())
assert not CLASHES, f"names already used by an earlier blind corpus: {CLASHES}"
assert all(n in GREEK for women, men, surnames in [PEOPLE["gr"]] for n in (*women, *men, *surnames))
assert all(FEMININE.get(s, s) in GREEK for s in PEOPLE["gr"][2])


def greek_caps(text: str) -> str:
    """Greek in capitals, as an identity card writes it: without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", text.upper()) if not unicodedata.combining(c))


@dataclass
class Person:
    first: str
    last: str
    culture: str
    female: bool
    stem: str = ""  # the surname's men's form, what a family passes on
    father: str = ""  # a Pakistani father's given name (s/o, d/o)
    short: str = ""  # what follows a title

    def plain(self) -> str:
        return f"{self.last} {self.first}" if self.culture in FAMILY_FIRST else f"{self.first} {self.last}"

    def full(self) -> str:
        return L("PERSON", self.plain())

    def given(self) -> str:
        return L("PERSON", self.first)

    def sur(self) -> str:
        return L("PERSON", self.short)

    def formal(self, titles: tuple[str, str] = ("Ms", "Mr")) -> str:
        return f"{titles[0] if self.female else titles[1]} {self.sur()}"

    def official(self) -> str:
        """How a register writes it: the surname first and in capitals."""
        if self.culture in FAMILY_FIRST:
            return L("PERSON", f"{self.last.upper()} {self.first.upper()}")
        return L("PERSON", f"{self.last.upper()}, {self.first}")

    def caps(self) -> str:
        return L("PERSON", self.plain().upper())

    def lower_full(self) -> str:
        return L("PERSON", self.plain().lower())

    def lower_first(self) -> str:
        return L("PERSON", self.first.split()[0].lower())

    def initial_dot(self) -> str:
        if self.culture in FAMILY_FIRST | GIVEN_ADDRESSED:
            return self.full()
        return L("PERSON", f"{''.join(f'{w[0]}.' for w in re.split(r'[ -]+', self.first))} {self.last}")

    def initials(self, sep: str = "") -> str:
        """A trial subject's initials: the given names' and the surnames' first letters (particles left out), run together or with a
        separator ("." or "-")."""
        words = [w for w in re.split(r"[ -]+", self.plain()) if fold8(w) not in PARTICLES]
        letters = [fold8(w)[0].upper() for w in words]
        return L("PERSON", "".join(c + "." for c in letters) if sep == "." else sep.join(letters))

    def with_father(self) -> str:
        """A Pakistani name with the father's: "Waqar Awan s/o Arshad", one span."""
        return L("PERSON", f"{self.plain()} {'d/o' if self.female else 's/o'} {self.father}")

    def nicknamed(self) -> str:
        nick = NICKNAMES.get(self.first)
        return L("PERSON", nick) if nick else self.given()

    def ascii(self, sep: str = ".") -> str:
        first = fold8(self.first).replace(" ", "").replace("'", "")
        last = fold8(self.last.split()[0] if self.culture in TWO_SURNAMES else self.last).replace(" ", "").replace("'", "")
        return f"{first}{sep}{last}".lower()


def ascii_fold(text: str) -> str:
    return "".join(c for c in fold8(text) if c.isalnum() or c in "._-")


def feminine(stem: str, female: bool) -> str:
    return FEMININE.get(stem, stem) if female else stem


# ---------------------------------------------------------------- identifiers: check characters from the formats' public descriptions


def luhn(digits: str) -> str:
    """The Luhn check digit (Greek AMKA, Israeli identity numbers over nine digits, IMEI, Mexican IMSS numbers)."""
    return blind7.luhn(digits)


def tckn_digits(nine: str) -> str:
    """Turkish TC Kimlik: the tenth digit is 7 times the odd-placed digits less the even-placed ones, modulo 10; the eleventh the
    sum of the first ten modulo 10."""
    odd, even = sum(int(nine[i]) for i in (0, 2, 4, 6, 8)), sum(int(nine[i]) for i in (1, 3, 5, 7))
    tenth = (7 * odd - even) % 10
    return f"{tenth}{(sum(int(c) for c in nine) + tenth) % 10}"


def vkn_digit(nine: str) -> str:
    """Turkish tax number (VKN): each digit from the right, plus its place, modulo 10, times 2 to the place, modulo 9 (9 for 0
    unless the digit was 0); 10 less the sum, modulo 10."""
    total = 0
    for i, c in enumerate(reversed(nine), 1):
        v = (int(c) + i) % 10
        if v:
            total += v * 2**i % 9 or 9
    return str(-total % 10)


def cnp_digit(twelve: str) -> str:
    """Romanian CNP: weights 2,7,9,1,4,6,3,5,8,2,7,9; the sum modulo 11, 10 written 1."""
    r = sum(int(c) * int(w) for c, w in zip(twelve, "279146358279")) % 11
    return "1" if r == 10 else str(r)


def cui_ro_digit(body: str) -> str:
    """Romanian CUI (CIF): the body right-aligned under weights 7,5,3,2,1,7,5,3,2; 10 times the sum modulo 11, 10 written 0."""
    return str(10 * sum(int(c) * w for c, w in zip(body.zfill(9), (7, 5, 3, 2, 1, 7, 5, 3, 2))) % 11 % 10)


def rc_digit(nine: str) -> str:
    """Czech birth number (rodné číslo): the ten-digit number is divisible by 11; where the first nine leave 10, the last is 0."""
    return str(int(nine) % 11 % 10)


def ico_digit(seven: str) -> str:
    """Czech company number (IČO): weights 8 down to 2; 11 less the remainder modulo 11, then modulo 10 (a remainder of 0 gives 1)."""
    r = (11 - sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))) % 11
    return str((r or 1) % 10)


def cz_account_ok(number: str) -> bool:
    """A Czech bank account (prefix-number): the prefix under weights 10,5,8,4,2,1 and the number under 6,3,7,9,10,5,8,4,2,1 each
    a multiple of 11."""
    prefix, _, base = number.rpartition("-")
    weights = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
    ok = sum(int(c) * w for c, w in zip(base.zfill(10), weights)) % 11 == 0
    return ok and sum(int(c) * w for c, w in zip(prefix.zfill(10), weights)) % 11 == 0


def afm_digit(eight: str) -> str:
    """Greek tax number (AFM): the first eight digits weighted 256 down to 2; the sum modulo 11, then modulo 10."""
    return str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight)) % 11 % 10)


def be_nn_digits(nine: str, born: int) -> str:
    """Belgian national register number: 97 less the first nine digits (with a 2 before them for a birth from 2000) modulo 97."""
    return f"{97 - int(('2' if born >= 2000 else '') + nine) % 97:02d}"


def bsn_ok(nine: str) -> bool:
    """Dutch BSN: the 11-test, weights 9 down to 2 and -1."""
    return sum(int(c) * w for c, w in zip(nine, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def ean13_digit(twelve: str) -> str:
    """EAN-13 (Swiss AHV numbers, GLNs): weights 1 and 3 from the left; 10 less the sum, modulo 10."""
    return str(-sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(twelve)) % 10)


def uid_ch_digit(eight: str) -> str | None:
    """Swiss UID (CHE-): weights 5,4,3,2,7,6,5,4; 11 less the sum modulo 11, 11 written 0 (None where it would be 10)."""
    r = 11 - sum(int(c) * w for c, w in zip(eight, (5, 4, 3, 2, 7, 6, 5, 4))) % 11
    return None if r == 10 else str(r % 11)


def svnr_digit(serial: str, ddmmyy: str) -> str | None:
    """Austrian social insurance number: the serial's three digits weighted 3,7,9, the birth date's six 5,8,4,2,1,6; the sum
    modulo 11 is the fourth digit (None where it is 10)."""
    r = (sum(int(c) * w for c, w in zip(serial, (3, 7, 9))) + sum(int(c) * w for c, w in zip(ddmmyy, (5, 8, 4, 2, 1, 6)))) % 11
    return None if r == 10 else str(r)


def rut_char(body: str) -> str:
    """Chilean RUT: digits from the right weighted 2 to 7 and again; 11 less the sum modulo 11, 11 written 0 and 10 written K."""
    r = 11 - sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body))) % 11
    return {11: "0", 10: "K"}.get(r, str(r))


def cuit_digit(ten: str) -> str | None:
    """Argentine CUIT and CUIL: weights 5,4,3,2,7,6,5,4,3,2; 11 less the sum modulo 11, 11 written 0 (None where it would be 10)."""
    r = 11 - sum(int(c) * w for c, w in zip(ten, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return None if r == 10 else str(r % 11)


def cbu_digit(digits: str) -> str:
    """Argentine CBU: each block's digits weighted 7,1,3,9,7,1,3,... from its left (so 3,1,7,9 from its right end); 10 less the sum,
    modulo 10."""
    weights = (3, 1, 7, 9)
    return str(-sum(int(c) * weights[i % 4] for i, c in enumerate(reversed(digits))) % 10)


_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
# RENAPO's "palabras inconvenientes": where the first four letters spell one, the second becomes X.
CURP_INCONVENIENT = set("""BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO GETA GUEI GUEY JETA
    JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION
    MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI
    VUEY WUEI WUEY""".split())


def curp_digit(seventeen: str) -> str:
    """Mexican CURP: characters valued by their place in 0-9, A-N, Ñ, O-Z; weights 18 down to 2; 10 less the sum, modulo 10."""
    return str(-sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(seventeen)) % 10)


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are never used


def nhi_digit(six: str) -> str | None:
    """New Zealand NHI (three letters, three digits, the check): letters valued 1 to 24 without I and O, weights 7 down to 2; 11
    less the sum modulo 11, 10 written 0 (None where the remainder is 0)."""
    values = [_NHI_LETTERS.index(c) + 1 for c in six[:3]] + [int(c) for c in six[3:]]
    r = sum(v * w for v, w in zip(values, range(7, 1, -1))) % 11
    return None if r == 0 else str((11 - r) % 10)


def nhs_digit(nine: str) -> str | None:
    """NHS (and Scottish CHI) numbers: weights 10 down to 2; 11 less the sum modulo 11, 11 written 0 (None where it would be 10)."""
    r = 11 - sum(int(c) * w for c, w in zip(nine, range(10, 1, -1))) % 11
    return None if r == 10 else str(r % 11)


def pps_letter(seven: str, second: str = "") -> str:
    """Irish PPSN: the digits weighted 8 down to 2, a second letter (from 2013) weighted 9 with A=1 ... (W=0); modulo 23 the check
    letter, W for 0, A for 1 and so on."""
    total = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))
    if second:
        total += 9 * ("WABCDEFGHIJKLMNOPQRSTUV".index(second))
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def rrn_digit(twelve: str) -> str:
    """Korean resident registration number (before October 2020): weights 2-9,2-5; 11 less the sum modulo 11, then modulo 10."""
    return str((11 - sum(int(c) * w for c, w in zip(twelve, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11) % 10)


assert tckn_digits("172917160") == "60" and vkn_digit("454053692") == "0" and cnp_digit("163061512345") == "7"
assert cui_ro_digit("1854729") == "0" and rc_digit("710319274") == "5" and ico_digit("2512389") == "1"
assert cz_account_ok("34278-0727558021") and afm_digit("09425921") == "6" and be_nn_digits("850730033", 1985) == "28"
assert bsn_ok("111222333") and ean13_digit("756921707698") == "5" and uid_ch_digit("10015521") == "2"
assert svnr_digit("123", "010180") == "7" and rut_char("76086428") == "5" and rut_char("12531909") == "2"
assert cuit_digit("2005536168") == "2" and cbu_digit("2850590") == "9" and cbu_digit("4009041813520") == "1"
assert curp_digit("BOXW310820HNERXN0") == "9" and nhi_digit("ZZZ001") == "6" and nhs_digit("943476587") == "0"
assert pps_letter("6433435") == "F" and pps_letter("6433435", "A") == "O" and rrn_digit("971013901990") == "2"
assert luhn("03933742") == "3" and luhn("49015420323751") == "8"


# ---------------------------------------------------------------- dates, clocks and telephone numbers

EN_MONTHS = blind7.EN_MONTHS
ES_MONTHS = blind7.ES_MONTHS
TR_MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
RO_MONTHS = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
CZ_MONTHS = "ledna února března dubna května června července srpna září října listopadu prosince".split()  # genitive, as dated
GR_MONTHS = "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split()
NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
AT_MONTHS = ["Jänner", *DE_MONTHS[1:]]
MI_MONTHS = ("Kohitātea Huitanguru Poutūterangi Paengawhāwhā Haratua Pipiri Hōngongoi Here-turi-kōkā Mahuru Whiringa-ā-nuku "
             "Whiringa-ā-rangi Hakihea").split()
BS_MONTHS = "Baisakh Jestha Asar Shrawan Bhadra Asoj Kartik Mangsir Poush Magh Falgun Chaitra".split()
BN_MONTHS = "Boishakh Joishtho Asharh Srabon Bhadro Ashwin Kartik Ogrohayon Poush Magh Falgun Chaitra".split()
ES_UNITS = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho "
            "diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve").split()
ES_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta", 90: "noventa"}


def es_words(n: int) -> str:
    """A number from 0 to 999,999 in Spanish words, as a notary writes a date or a price."""
    if n < 30:
        return ES_UNITS[n]
    if n < 100:
        return ES_TENS[n - n % 10] + (f" y {ES_UNITS[n % 10]}" if n % 10 else "")
    if n < 1000:
        hundreds = ("", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos",
                    "novecientos")[n // 100]
        return "cien" if n == 100 else hundreds + (f" {es_words(n % 100)}" if n % 100 else "")
    count = es_words(n // 1000)
    count = count[:-3] + "ún" if count.endswith("veintiuno") else count[:-1] if count.endswith("uno") else count  # veintiún mil, treinta y un mil
    thousands = "mil" if n // 1000 == 1 else f"{count} mil"
    return thousands + (f" {es_words(n % 1000)}" if n % 1000 else "")


def bikram_sambat(date: datetime.date) -> tuple[int, int, int]:
    """A Bikram Sambat date, near enough for a form: the year begins about 14 April; months of 31, 31, 32, 31, 31, 31, 30, 29, 30,
    29, 30 and 30 days."""
    start = datetime.date(date.year if date >= datetime.date(date.year, 4, 14) else date.year - 1, 4, 14)
    days, month = (date - start).days, 0
    for month, length in enumerate((31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30)):
        if days < length:
            break
        days -= length
    return start.year + 57, month + 1, days + 1


def bangla(date: datetime.date) -> tuple[int, int, int]:
    """A date of the revised Bengali calendar of Bangladesh: 1 Boishakh is 14 April; six months of 31 days, then 30 (Falgun 29, or
    30 in a leap year)."""
    start = datetime.date(date.year if date >= datetime.date(date.year, 4, 14) else date.year - 1, 4, 14)
    leap = (start.year + 1) % 4 == 0
    days, month = (date - start).days, 0
    for month, length in enumerate((31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30 if leap else 29, 30)):
        if days < length:
            break
        days -= length
    return start.year - 593, month + 1, days + 1


PHONES = {
    "ng": ("0803 ### ####", "+234 80# ### ####", "0706-###-####", "+234 (0)81 #### ####", "0902 ### ####"),
    "ke": ("0722 ### ###", "+254 7## ### ###", "0110 ### ###", "0733-######", "+254 (0) 20 ### ####"),
    "tr": ("0532 ### ## ##", "+90 5## ### ## ##", "(0224) ### ## ##", "0 (212) ### ## ##", "0505 ### ####"),
    "ar": ("11 ####-####", "+54 9 11 ####-####", "(0351) 15-###-####", "0341 ###-####", "+54 9 351 ### ####"),
    "ie": ("087 ### ####", "+353 86 ### ####", "(021) ### ####", "066 71 #####", "+353 (0)85 ### ####"),
    "ro": ("07## ### ###", "+40 7## ### ###", "021 ### ## ##", "0264 ### ###", "0232.###.###"),
    "cz": ("+420 6## ### ###", "7## ### ###", "+420 5## ### ###", "596 ### ###"),
    "gr": ("69# ### ####", "+30 69# ### ####", "210 ### ####", "2310 ######", "+30 2310 ######"),
    "be": ("04## ## ## ##", "+32 4## ## ## ##", "09 ### ## ##", "03/### ## ##", "050 ## ## ##"),
    "nl": ("06-########", "06 ## ## ## ##", "+31 6 ########", "020-### ####", "010 - ### ## ##"),
    "ch": ("079 ### ## ##", "+41 7# ### ## ##", "031 ### ## ##", "044 ### ## ##", "091 ### ## ##"),
    "at": ("0664 ### ####", "+43 664 ######", "01/### ## ##", "0316 ######", "+43 512 ######"),
    "cl": ("+56 9 #### ####", "9 #### ####", "(2) 2### ####", "+56 2 2### ####", "+569 ########"),
    "mx": ("55 #### ####", "+52 1 222 ### ####", "(222) ###-####", "246 ### ####", "+52 (246) ### ####"),
    "nz": ("021 ### ####", "027 ### ####", "+64 21 ### ####", "(09) ### ####", "09-### ####"),
    "sc": ("07### ######", "+44 7### ######", "0141 ### ####", "0131 ### ####", "01463 ######"),
    "il": ("05#-###-####", "+972-5#-###-####", "03-###-####", "02-###-####", "+972 4 ### ####"),
    "pk": ("03##-#######", "+92 3## #######", "042-########", "051-#######", "0300 #######"),
    "bd": ("01###-######", "+880 1### ######", "017########", "01### ######"),
    "np": ("98########", "+977 98########", "01-#######", "+977-1-#######", "984-#######"),
    "kr": ("010-####-####", "+82 10-####-####", "+82 10 #### ####"),
}  # fmt: skip


def nth(d: int) -> str:
    return "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


# ---------------------------------------------------------------- the generator


class Gen(Draw):
    """bench/blind3.py's draws, with this corpus's people, dates and identifiers; every method returns marked text."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.used: set[str] = set()  # words of the names already given in this document: strangers never share one

    # people

    def _free(self, *names: str) -> bool:
        return not set().union(*(name_words(n) for n in names if n)) & self.used

    def _take(self, *names: str) -> None:
        self.used |= set().union(*(name_words(n) for n in names if n)) - NOT_NAMES

    def _name(self, pool: tuple[str, ...] | list[str]) -> str:
        free = [n for n in pool if self._free(n)]
        if not free:
            raise RuntimeError("no free name left in this document")  # the lists are too short for the writer
        return self.pick(free)

    def person(self, culture: str, female: bool | None = None) -> Person:  # type: ignore[override]
        women, men, surnames = PEOPLE[culture]
        female = self.rng.random() < 0.5 if female is None else female
        first = self._name(women if female else men)
        self._take(first)
        father = ""
        if culture in TWO_SURNAMES:
            a = self._name(surnames)
            self._take(a)
            b = self._name(surnames)
            stem = last = f"{a} {b}"
        elif culture == "bd" and female and self.rng.random() < 0.6:
            stem = last = self.pick(sorted(WOMEN_ONLY))
        else:
            stem = self._name(surnames) if culture != "sh" else "Sherpa"
            last = feminine(stem, female)
        if culture == "pk":
            father = self._name(men)
            self._take(father)
        self._take(last, stem)
        p = Person(first, last, culture, female, stem, father)
        p.short = self._short(p)
        return p

    @staticmethod
    def _short(p: Person) -> str:
        if p.culture in GIVEN_ADDRESSED:
            return p.first
        if p.culture in TWO_SURNAMES:
            return p.last.split()[0]
        return p.last

    def relative(self, p: Person, female: bool, kin: str) -> Person:
        """Someone of p's family ("spouse", "child", "sibling" or "parent") with the family name as p's culture passes it on: Chilean
        and Mexican children take the father's first surname and the mother's; a Pakistani child is named for the father (s/o, d/o);
        Czech, Greek and Irish-form surnames change for a woman; a wife takes her husband's surname where the culture has her do so."""
        c = p.culture
        if kin == "spouse":
            female = not p.female
        r = self.person(c, female)
        if c == "sh":
            return r
        if c in TWO_SURNAMES:
            mine, theirs = r.last.split(" ", 1), p.last.split(" ", 1)
            if kin == "sibling":
                r.last = p.last
            elif kin == "child":
                r.last = f"{theirs[0]} {mine[1]}" if not p.female else f"{mine[0]} {theirs[0]}"
            elif kin == "parent":
                r.last = f"{theirs[0]} {mine[1]}" if not female else f"{theirs[1]} {mine[1]}"
            r.stem = r.last
        elif c == "pk":
            if kin == "child" and not p.female:
                r.father, r.last = p.first, p.last
            elif kin == "sibling":
                r.father, r.last = p.father, p.last
            elif kin == "parent" and not female:
                r.first, r.last = p.father, p.last
            elif kin == "spouse" and female:
                r.last = p.last
        elif c == "bd":
            if kin in ("child", "sibling", "parent") and not female and not (kin == "child" and p.female):
                r.last = r.stem = p.stem if p.stem not in WOMEN_ONLY else r.stem
        elif kin != "spouse" or c in TAKES_SPOUSE_NAME:
            if kin == "spouse" or kin == "sibling" or (kin == "child" and not p.female) or (kin == "parent" and not female) \
                    or c in TAKES_SPOUSE_NAME:
                r.stem, r.last = p.stem, feminine(p.stem, female)
        r.short = self._short(r)
        self._take(r.first, r.last, r.father)
        return r

    def firm_name(self, culture: str, surname: bool = True) -> str:
        """A surname (or given name) for a firm's or practice's name, kept from every person in the document."""
        women, men, surnames = PEOPLE[culture]
        name = self._name(surnames if surname else women + men)
        self._take(name)
        return name

    # dates

    def ymd(self, first: int = 1940, last: int = 2006) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def base(self, first: int = 2022, last: int = 2025) -> datetime.date:
        return datetime.date(*self.ymd(first, last))

    def fmt(self, cc: str, y: int, m: int, d: int) -> str:
        mon, es = EN_MONTHS[m - 1], ES_MONTHS[m - 1]
        forms = {
            "ng": (f"{d:02d}/{m:02d}/{y}", f"{d}{nth(d)} {mon}, {y}", f"{d:02d}-{mon[:3]}-{y}"),
            "ke": (f"{d:02d}/{m:02d}/{y}", f"{d}{nth(d)} {mon} {y}", f"{y}-{m:02d}-{d:02d}"),
            "tr": (f"{d:02d}.{m:02d}.{y}", f"{d} {TR_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"),
            "ar": (f"{d:02d}/{m:02d}/{y}", f"{d} de {es} de {y}", f"{d}/{m}/{y}"),
            "ie": (f"{d:02d}/{m:02d}/{y}", f"{d}{nth(d)} {mon} {y}", f"{d} {mon} {y}"),
            "ro": (f"{d:02d}.{m:02d}.{y}", f"{d} {RO_MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"),
            "cz": (f"{d}. {m}. {y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {CZ_MONTHS[m - 1]} {y}"),
            "gr": (f"{d:02d}/{m:02d}/{y}", f"{d} {GR_MONTHS[m - 1]} {y}", f"{d}-{m}-{y}"),
            "be": (f"{d:02d}/{m:02d}/{y}", f"{d} {NL_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"),
            "nl": (f"{d:02d}-{m:02d}-{y}", f"{d} {NL_MONTHS[m - 1]} {y}", f"{d} {NL_MONTHS[m - 1][:3]}. {y}"),
            "ch": (f"{d:02d}.{m:02d}.{y}", f"{d}. {DE_MONTHS[m - 1]} {y}", f"{d}.{m}.{y % 100:02d}"),
            "at": (f"{d:02d}.{m:02d}.{y}", f"{d}. {AT_MONTHS[m - 1]} {y}", f"{d}.{m}.{y}"),
            "cl": (f"{d:02d}-{m:02d}-{y}", f"{d} de {es} de {y}", f"{d:02d}/{m:02d}/{y}"),
            "mx": (f"{d:02d}/{m:02d}/{y}", f"{d} de {es} de {y}", f"{d:02d}/{es[:3].upper()}/{y}"),
            "nz": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d} {MI_MONTHS[m - 1]} {y}"),
            "sc": (f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}"),
            "il": (f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}"),
            "pk": (f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}", f"{d}{nth(d)} {mon}, {y}"),
            "bd": (f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}"),
            "np": (f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon[:3]} {y}"),
            "kr": (f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일"),
        }
        return self.pick(forms[cc])

    def day(self, cc: str, date: datetime.date, offset: int = 0) -> str:
        d = date + datetime.timedelta(days=offset)
        return L("DATE_TIME", self.fmt(cc, d.year, d.month, d.day))

    def when(self, cc: str, first: int = 2022, last: int = 2025) -> str:
        return L("DATE_TIME", self.fmt(cc, *self.ymd(first, last)))

    def dob(self, cc: str, ymd: tuple[int, int, int] | None = None) -> str:
        return L("DATE_TIME", self.fmt(cc, *(ymd or self.ymd())))

    def clock(self, cc: str, hour: int | None = None) -> str:
        hour, minute = self.rng.randint(0, 23) if hour is None else hour, self.rng.randint(0, 59)
        if cc in ("ng", "ke", "pk", "bd", "nz", "ie", "sc"):
            return self.pick((f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}", f"{hour:02d}:{minute:02d}",
                              f"{(hour - 1) % 12 + 1}.{minute:02d}{'am' if hour < 12 else 'pm'}", f"{hour:02d}{minute:02d} hrs"))
        if cc in ("ar", "cl", "mx", "cz", "at", "ch", "ro", "tr", "gr", "be", "nl") and self.rng.random() < 0.3:
            return {"ar": f"{hour}:{minute:02d} hs", "cl": f"{hour:02d}:{minute:02d} hrs", "mx": f"{hour:02d}:{minute:02d} h",
                    "cz": f"{hour}:{minute:02d} hod.", "at": f"{hour:02d}.{minute:02d} Uhr", "ch": f"{hour:02d}.{minute:02d} Uhr",
                    "ro": f"ora {hour:02d}:{minute:02d}", "tr": f"saat {hour:02d}.{minute:02d}", "gr": f"{hour:02d}:{minute:02d} ώρα",
                    "be": f"{hour}u{minute:02d}", "nl": f"{hour:02d}.{minute:02d} uur"}[cc]
        return f"{hour:02d}:{minute:02d}"

    def stamp(self, cc: str, date: datetime.date | None = None, hour: int | None = None) -> str:
        """A date with its clock time, one span."""
        y, m, d = (date.year, date.month, date.day) if date else self.ymd(2022, 2025)
        sep = self.pick((" ", ", ", " at ")) if cc in ("ng", "ke", "ie", "nz", "sc", "pk", "bd", "np", "il") else " "
        return L("DATE_TIME", f"{self.fmt(cc, y, m, d)}{sep}{self.clock(cc, hour)}")

    def bs(self, date: datetime.date) -> str:
        y, m, d = bikram_sambat(date)
        return L("DATE_TIME", self.pick((f"{y}/{m:02d}/{d:02d} BS", f"{d} {BS_MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d} B.S.")))

    def bn(self, date: datetime.date) -> str:
        y, m, d = bangla(date)
        return L("DATE_TIME", f"{d} {BN_MONTHS[m - 1]} {y}")

    def es_date_words(self, date: datetime.date) -> str:
        """A date as an Argentine notary writes it: "doce días del mes de marzo del año dos mil veinticuatro"."""
        word = es_words(date.day)
        word = word[:-3] + "ún" if word == "veintiuno" else word[:-1] if word.endswith("uno") else word  # veintiún días, treinta y un días
        days = "primer día" if date.day == 1 else f"{word} días"  # "al primer día del mes", "a los doce días del mes"
        return L("DATE_TIME", f"{days} del mes de {ES_MONTHS[date.month - 1]} del año {es_words(date.year)}")

    # contact details

    def shape(self, pattern: str) -> str:
        return "".join(self.digits(1) if c == "#" else c for c in pattern).strip()

    def phone(self, cc: str, mobile: bool = False) -> str:
        """A telephone number in one of the country's written forms (a mobile's: the first two forms of each list)."""
        return L("PHONE_NUMBER", self.shape(self.pick(PHONES[cc][:2] if mobile else PHONES[cc])))

    def email(self, p: Person, domain: str) -> str:
        base = ascii_fold(p.short.replace(" ", "")).lower().replace("'", "")
        local = self.pick((p.ascii(), p.ascii("_") + self.digits(2), ascii_fold(p.first[0] + p.short.replace(" ", "")).lower(),
                           base + self.digits(3), ascii_fold(p.first.split()[0]).lower() + self.digits(4)))
        return L("EMAIL_ADDRESS", f"{local}@{domain}")

    def fill(self, template: str) -> str:
        return template.format(n=self.rng.randint(2, 480), k=self.rng.randint(1, 24), m=self.rng.randint(1, 9), d=self.digits(1),
                               X=self.letters(1), p=self.digits(4), z=self.digits(5))

    def place(self, templates: tuple[str, ...]) -> str:
        return L("LOCATION", self.fill(self.pick(templates)))

    # identifiers with a published check

    def tckn(self) -> str:
        nine = self.pick("123456789") + self.digits(8)
        return L("NATIONAL_ID", nine + tckn_digits(nine))

    def vkn(self) -> str:
        nine = self.digits(9)
        return L("COMPANY_REGISTRATION", nine + vkn_digit(nine))

    def cnp(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """Romanian CNP: sex and century (1 or 2 for the 1900s, 5 or 6 from 2000), YYMMDD, the county, a serial, the check."""
        y, m, d = ymd
        twelve = f"{(1 if y < 2000 else 5) + p.female}{y % 100:02d}{m:02d}{d:02d}{self.pick(('12', '22', '35', '40', '05', '24'))}{self.digits(3)}"
        return L("NATIONAL_ID", twelve + cnp_digit(twelve))

    def cui_ro(self) -> str:
        body = self.pick("123456789") + self.digits(self.rng.randint(6, 8))
        return L("COMPANY_REGISTRATION", self.pick(("", "RO")) + body + cui_ro_digit(body))

    def rodne_cislo(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        while (t := f"{y % 100:02d}{m + (50 if p.female else 0):02d}{d:02d}{self.digits(3)}") and int(t) % 11 == 10:
            pass
        t += rc_digit(t)
        return L("NATIONAL_ID", self.pick((f"{t[:6]}/{t[6:]}", t)))

    def ico(self) -> str:
        seven = self.pick("012345678") + self.digits(6)
        return L("COMPANY_REGISTRATION", seven + ico_digit(seven))

    def cz_account(self, as_iban: bool = False) -> str:
        """A Czech account, prefix-number/bank, both parts passing the national check; or the same account as an IBAN."""
        while not cz_account_ok(number := f"{self.pick(('', '19-', '35-', '115-'))}{self.pick('123456789')}{self.digits(self.rng.randint(8, 9))}"):
            pass
        bank = self.pick(("0100", "0300", "0800", "2010", "0600"))
        if as_iban:
            prefix, _, base = number.rpartition("-")
            return self.iban_of("CZ", bank + prefix.zfill(6) + base.zfill(10))
        return L("ACCOUNT_NUMBER", f"{number}/{bank}")

    def amka(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """Greek AMKA: DDMMYY, four digits (the last odd for a man, even for a woman) and the Luhn check."""
        y, m, d = ymd
        ten = f"{d:02d}{m:02d}{y % 100:02d}{self.digits(3)}{self.pick('02468' if p.female else '13579')}"
        return L("NATIONAL_ID", ten + luhn(ten))

    def afm(self) -> str:
        eight = self.pick("01") + self.digits(7)
        return L("NATIONAL_ID", eight + afm_digit(eight))

    def be_nn(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        nine = f"{y % 100:02d}{m:02d}{d:02d}{self.rng.randint(1, 498) * 2 - (0 if p.female else 1):03d}"
        t = nine + be_nn_digits(nine, y)
        return L("NATIONAL_ID", self.pick((f"{t[:2]}.{t[2:4]}.{t[4:6]}-{t[6:9]}.{t[9:]}", f"{t[:6]} {t[6:9]} {t[9:]}", t)))

    def bsn(self) -> str:
        while not bsn_ok(nine := self.pick("123456") + self.digits(8)):
            pass
        return L("NATIONAL_ID", self.pick((nine, f"{nine[:4]}.{nine[4:6]}.{nine[6:]}")))

    def ahv(self) -> str:
        twelve = "756" + self.digits(9)
        t = twelve + ean13_digit(twelve)
        return L("NATIONAL_ID", f"{t[:3]}.{t[3:7]}.{t[7:11]}.{t[11:]}")

    def gln(self) -> str:
        twelve = "7601000" + self.digits(5)
        return L("LICENSE_NUMBER", twelve + ean13_digit(twelve))

    def uid_ch(self) -> str:
        while (check := uid_ch_digit(eight := self.pick("123456") + self.digits(7))) is None:
            pass
        t = eight + check
        return L("COMPANY_REGISTRATION", f"CHE-{t[:3]}.{t[3:6]}.{t[6:]}")

    def svnr(self, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        ddmmyy = f"{d:02d}{m:02d}{y % 100:02d}"
        while (check := svnr_digit(serial := self.pick("123456789") + self.digits(2), ddmmyy)) is None:
            pass
        return L("NATIONAL_ID", self.pick((f"{serial}{check} {ddmmyy}", f"{serial}{check}{ddmmyy}")))

    def rut(self, company: bool = False) -> str:
        n = self.rng.randint(76_000_000, 77_999_999) if company else self.rng.randint(6_000_000, 24_999_999)
        body = str(n)
        return L("COMPANY_REGISTRATION" if company else "NATIONAL_ID",
                 self.pick((f"{n:,}".replace(",", ".") + f"-{rut_char(body)}", f"{body}-{rut_char(body)}")))

    def cuit(self, dni: str, prefix: str) -> str:
        """Argentine CUIT or CUIL: 20 for a man, 27 for a woman, 30 for a company; 23 where the check would be 10."""
        check = cuit_digit(prefix + dni)
        if check is None:
            prefix, check = "23", cuit_digit("23" + dni)
        return f"{prefix}-{dni}-{check}" if check is not None else ""

    def cbu(self) -> str:
        bank = self.pick(("011", "007", "017", "072", "285", "191", "020")) + self.digits(4)
        account = self.digits(13)
        return L("ACCOUNT_NUMBER", f"{bank}{cbu_digit(bank)}{account}{cbu_digit(account)}")

    def curp(self, p: Person, ymd: tuple[int, int, int], state: str) -> str:
        """Mexican CURP: the first surname's initial and first inner vowel, the second surname's and the given name's initials, YYMMDD,
        H or M, the state, the inner consonants of the three names, a digit (a letter from 2000) and the check."""
        def inner(word: str, vowels: bool) -> str:
            w = fold8(word).upper()
            return next((c for c in w[1:] if (c in "AEIOU") == vowels and c.isalpha()), "X")

        y, m, d = ymd
        s1, s2 = (fold8(w).upper() for w in p.last.split(" ", 1))
        g = fold8(p.first).upper()
        letters = f"{s1[0]}{inner(s1, True)}{s2[0]}{g[0]}"
        if letters in CURP_INCONVENIENT:
            letters = letters[0] + "X" + letters[2:]
        seventeen = (f"{letters}{y % 100:02d}{m:02d}{d:02d}{'M' if p.female else 'H'}{state}"
                     f"{inner(s1, False)}{inner(s2, False)}{inner(g, False)}{self.digits(1) if y < 2000 else self.pick('ABCD')}")
        return L("NATIONAL_ID", seventeen + curp_digit(seventeen))

    def nss_mx(self, ymd: tuple[int, int, int]) -> str:
        ten = f"{self.rng.randint(1, 99):02d}{self.rng.randint(min(ymd[0] + 16, 2024), 2024) % 100:02d}{ymd[0] % 100:02d}{self.digits(4)}"
        return L("NATIONAL_ID", ten + luhn(ten))

    def nhi(self) -> str:
        while (check := nhi_digit(six := "".join(self.pick(_NHI_LETTERS) for _ in range(3)) + self.digits(3))) is None:
            pass
        return L("HEALTH_ID", six + check)

    def chi(self, p: Person, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        while (check := nhs_digit(nine := f"{d:02d}{m:02d}{y % 100:02d}{self.digits(2)}{self.pick('02468' if p.female else '13579')}")) is None:
            pass
        t = nine + check
        return L("HEALTH_ID", self.pick((t, f"{t[:6]} {t[6:]}")))

    def ppsn(self, female: bool = False) -> str:
        """Irish PPSN: seven digits and the check letter; from 2013 a second letter (A) counts in the check, while before it a married
        woman's number could carry a W after the check letter, outside the check."""
        seven = self.digits(7)
        second = self.pick(("", "A", "W" if female else "")) if self.rng.random() < 0.5 else ""
        if second == "W":
            return L("NATIONAL_ID", f"{seven}{pps_letter(seven)}W")  # the old married woman's form: W after the check letter
        return L("NATIONAL_ID", f"{seven}{pps_letter(seven, second)}{second}")

    def rrn(self, p: Person, ymd: tuple[int, int, int]) -> str:
        """Korean RRN: YYMMDD, sex and century (1 or 2 for the 1900s, 3 or 4 from 2000), the registering office, a serial, the check."""
        y, m, d = ymd
        twelve = f"{y % 100:02d}{m:02d}{d:02d}{(1 if y < 2000 else 3) + p.female}{self.rng.randint(0, 95):02d}{self.digits(3)}"  # the office, 00 to 95
        t = twelve + rrn_digit(twelve)
        return L("NATIONAL_ID", f"{t[:6]}-{t[6:]}")

    def teudat(self) -> str:
        eight = self.pick("0123") + self.digits(7)
        return L("NATIONAL_ID", eight + luhn(eight))

    def imei(self) -> str:
        fourteen = self.pick(("35", "86", "49", "01")) + self.digits(12)
        return L("LICENSE_NUMBER", fourteen + luhn(fourteen))

    def iban_of(self, country: str, bban: str) -> str:
        return L("IBAN_CODE", iban(country, bban))

    # identifiers drawn in their patterns

    def cnic(self, p: Person) -> str:
        return L("NATIONAL_ID", f"{self.pick(('35202', '35201', '37405', '61101', '34101', '33100', '17301'))}-{self.digits(7)}-"
                                f"{self.pick('2468' if p.female else '13579')}")

    def nid_bd(self, ymd: tuple[int, int, int]) -> str:
        if self.rng.random() < 0.5:
            return L("NATIONAL_ID", self.pick("123456789") + self.digits(9))
        return L("NATIONAL_ID", f"{ymd[0]}{self.pick(('26', '29', '54', '61', '93'))}{self.digits(11)}")


# ---------------------------------------------------------------- protected terms, places and institutions, by hand; and the documents

NG_STATES = (  # (state, code, facility, lab, LGAs with their towns, address templates)
    ("Edo", "EDS", "Irrua Specialist Teaching Hospital", "ISTH", (("Esan West", "ESW", "Ekpoma"), ("Esan Central", "ESC", "Irrua"), ("Etsako West", "ETW", "Auchi")),
     ("No. {k}, Ihumudumu Road, off Ekpoma-Irrua Road, Ekpoma", "{k} Uzebba Street, Auchi", "Behind Eguare Market, Irrua")),
    ("Ondo", "OND", "Federal Medical Centre, Owo", "FMCO", (("Owo", "OWO", "Owo"), ("Ose", "OSE", "Ifon"), ("Akoko South-West", "ASW", "Oka")),
     ("No. {k}, Oke-Ogun Street, Owo", "{k} Iyere Road, Owo", "Ojumu Quarters, Ifon")),
    ("Ebonyi", "EBS", "Alex Ekwueme Federal University Teaching Hospital, Abakaliki", "AEFUTHA",
     (("Abakaliki", "ABK", "Abakaliki"), ("Izzi", "IZZ", "Iboko"), ("Ikwo", "IKW", "Ndufu-Alike")),
     ("No. {k}, Ogoja Road, Abakaliki", "{k} Nwofe Street, Kpirikpiri, Abakaliki", "Umuezeoka, Ikwo")),
    ("Bauchi", "BAS", "Abubakar Tafawa Balewa University Teaching Hospital, Bauchi", "ATBUTH",
     (("Bauchi", "BAU", "Bauchi"), ("Toro", "TOR", "Toro"), ("Tafawa Balewa", "TFB", "Bununu")),
     ("No. {k}, Yelwa Tudu, Bauchi", "House {n}, Gwallameji, Bauchi", "Unguwar Sarki, Toro")),
)  # fmt: skip
NG_CLINICAL = ("temperature 39.4 °C", "temperature 38.9 °C", "retrosternal chest pain", "bleeding from the gums", "facial oedema",
               "creatinine 412 µmol/L", "urea 28 mmol/L", "haemoglobin 7.2 g/dL", "proteinuria 3+", "convulsions on day 6")
NG_TREATMENT = ("ribavirin 33 mg/kg IV loading dose, then 16 mg/kg 6-hourly for 4 days", "ceftriaxone 2 g IV daily", "artemether-lumefantrine 80/480 mg BD",
                "haemodialysis x 3 sessions", "whole blood 1 unit", "paracetamol 1 g 8-hourly")
NG_EXPOSURES = ("rodents (Mastomys natalensis) seen in the house", "grain stored in open bags on the floor", "rodent droppings in the kitchen",
                "eating bush rat (okete)", "caring for a sick relative before onset")
NG_TITLES = {True: ("Mrs", "Hajiya", "Madam", "Miss"), False: ("Mr", "Alhaji", "Chief", "Mallam", "Pastor")}
NG_JOBS = ("farmer", "trader", "student", "petty trader", "palm wine tapper", "nurse", "okada rider", "rice miller")


def lassa_investigation(g: Gen) -> tuple[str, str, str]:
    state, code, facility, lab, lgas, homes = g.pick(NG_STATES)
    lga, lga_code, town = g.pick(lgas)
    pt = g.person("ng")
    dsno, vet, clinician = g.person("ng"), g.person("ng"), g.person("ng")
    onset = g.base(2023, 2025)
    admitted = onset + datetime.timedelta(days=g.rng.randint(2, 7))
    ymd = g.ymd(1960, 2012)
    ct = g.rng.randint(19, 33)
    signs = [K(x) for x in g.rng.sample(NG_CLINICAL, 3)]
    tx = [K(x) for x in g.rng.sample(NG_TREATMENT, 2)]
    exposure = K(g.pick(NG_EXPOSURES))
    title = g.pick(NG_TITLES[pt.female])
    contacts, spouse_listed = [], False
    for i in range(g.rng.randint(3, 5)):
        kin = g.pick(("spouse", "child", "sibling", None, None))
        kin = "child" if kin == "spouse" and spouse_listed else kin
        spouse_listed |= kin == "spouse"
        if kin:
            c = g.relative(pt, g.rng.random() < 0.5, kin)
            relation = {"spouse": ("husband", "wife"), "child": ("son", "daughter"), "sibling": ("brother", "sister")}[kin][c.female]
        else:
            c, relation = g.person("ng"), g.pick(("neighbour", "co-worker", "nurse, ward B"))
        risk = g.pick(("high (shared bed)", "high (cleaned vomitus)", "low (visited)", "high (needlestick)", "low (household)"))
        aka = f" (a.k.a. {c.nicknamed()})" if c.first in NICKNAMES else ""
        contacts.append(f"  {i + 1}. {c.full() if g.rng.random() < 0.7 else c.official()}{aka} -- {relation}; {risk}; last contact {g.day('ng', admitted, -g.rng.randint(0, 3))}; "
                        f"tel {g.phone('ng') if g.rng.random() < 0.7 else 'none'}")
    body = (f"NIGERIA CENTRE FOR DISEASE CONTROL AND PREVENTION -- LASSA FEVER CASE INVESTIGATION FORM\n"
            f"EPID no.: {L('CASE_NUMBER', f'NIE-{code}-{lga_code}-{onset.year % 100}-{g.digits(3)}')}   Reporting facility: {L('ORGANIZATION', facility)}\n"
            f"State: {L('LOCATION', state)}   LGA: {L('LOCATION', lga)}   Ward/settlement: {L('LOCATION', town)}\n\n"
            f"SECTION A -- PATIENT\nName: {pt.official()}   Sex: {'F' if pt.female else 'M'}   Date of birth: {g.dob('ng', ymd)}   NIN: {L('NATIONAL_ID', g.digits(11))}\n"
            f"Occupation: {g.pick(NG_JOBS)}   Address: {g.place(homes)}   Phone: {g.phone('ng')}\n"
            f"Folder no.: {L('HEALTH_ID', f'{lab}/{onset.year % 100}/{g.digits(5)}')}\n\n"
            f"SECTION B -- CLINICAL\nDate of onset: {g.day('ng', onset)}   Admitted: {g.stamp('ng', admitted, g.rng.randint(0, 23))}\n"
            f"Signs: {'; '.join(signs)}. Lab: {K(f'Lassa virus RT-PCR positive (Ct {ct})')}, sample no. {L('HEALTH_ID', f'{lab}-LV-{g.digits(5)}')}.\n"
            f"Treatment: {tx[0]}; {tx[1]}. Case classification: {K('confirmed Lassa fever (ICD-10 A96.2)')}.\n\n"
            f"SECTION C -- EXPOSURE (21 days before onset)\n{title} {pt.sur()} reports {exposure}; "
            f"{g.pick(('no travel outside the LGA', 'travelled to ' + g.pick(('Benin City', 'Akure', 'Jos', 'Onitsha')) + ' for a burial'))}.\n"
            f"Environmental investigation by the State Ministry of Agriculture veterinary team ({vet.full()}, reg. no. "
            f"{L('LICENSE_NUMBER', 'VCN/' + g.digits(4))}): {g.rng.randint(4, 30)} traps set, {K(f'{g.rng.randint(1, 9)} Mastomys natalensis caught')}, "
            f"samples to the {L('ORGANIZATION', g.pick(('ISTH Institute of Viral and Emergent Pathogens Research', 'Nigeria Reference Laboratory, Gaduwa', 'Virology Laboratory, AEFUTHA')))}.\n\n"
            f"SECTION D -- CONTACTS (follow-up for 21 days)\n" + "\n".join(contacts) + "\n\n"
            f"Clinician: Dr {clinician.full()} (folio {L('LICENSE_NUMBER', 'MDCN/R/' + g.digits(5))})\n"
            f"Investigated by: {dsno.full()}, LGA Disease Surveillance and Notification Officer, {L('ORGANIZATION', lga + ' Local Government Health Department')}; "
            f"{g.phone('ng')}; {g.email(dsno, g.pick(('gmail.com', 'yahoo.com', 'ncdc.gov.ng')))}\nDate of report: {g.day('ng', admitted, g.rng.randint(1, 3))}")
    return "Summarise the case and the exposure for the weekly epidemiological report.", body, \
        f"Confirmed Lassa fever in {pt.full()} ({L('LOCATION', lga)} LGA); exposure: {exposure}; {len(contacts)} contacts under follow-up."


KE_HOSPITALS = (("Kenyatta National Hospital", "Nairobi", "KNH"), ("Moi Teaching and Referral Hospital", "Eldoret", "MTRH"),
                ("Coast General Teaching and Referral Hospital", "Mombasa", "CGTRH"), ("Jaramogi Oginga Odinga Teaching and Referral Hospital", "Kisumu", "JOOTRH"),
                ("Nakuru Level 5 Hospital", "Nakuru", "NL5H"), ("Kakamega County General Hospital", "Kakamega", "KCGH"))
KE_CENTRES = ("Nairobi RBTC", "Eldoret RBTC", "Kisumu RBTC", "Mombasa RBTC", "Embu RBTC")  # the regional blood transfusion centres
KE_HOMES = ("P.O. Box {n}-00100, Nairobi", "Kondele, house no. {k}, Kisumu", "Langas estate, plot {n}, Eldoret", "Bamburi, off Links Road, Mombasa",
            "P.O. Box {n}-20100, Nakuru", "Shirere, near the chief's camp, Kakamega", "Kayole, phase {m}, house {n}, Nairobi")
KE_REACTIONS = (  # (reaction, signs, treatment, outcome, imputability, severity)
    ("febrile non-haemolytic transfusion reaction", ("temperature 39.1 °C", "rigors", "pulse 118"), ("paracetamol 1 g PO", "transfusion stopped at 120 mL"),
     "recovered without sequelae", "probable", "non-severe"),
    ("allergic transfusion reaction", ("urticarial rash over the trunk", "pruritus", "BP 124/80 mmHg"),
     ("chlorphenamine 10 mg IV", "hydrocortisone 100 mg IV"), "recovered; transfusion resumed after 30 minutes", "definite", "non-severe"),
    ("acute haemolytic transfusion reaction (ABO incompatible)", ("loin pain", "haemoglobinuria", "BP 82/48 mmHg", "DAT positive (IgG, C3d)"),
     ("normal saline 1 L bolus", "furosemide 40 mg IV"), "admitted to the ICU; creatinine 298 µmol/L on day 2", "definite", "severe"),
    ("transfusion-associated circulatory overload (TACO)", ("SpO2 84% on room air", "bibasal crepitations", "BP 178/96 mmHg"),
     ("furosemide 40 mg IV", "oxygen 6 L/min by face mask"), "recovered within 24 hours", "probable", "severe"),
)  # fmt: skip
KE_COMPONENTS = ("packed red cells", "whole blood", "platelet concentrate", "fresh frozen plasma")
KE_GROUPS = ("O RhD positive", "A RhD positive", "B RhD positive", "AB RhD positive", "O RhD negative")
KE_INDICATIONS = ("Hb 5.9 g/dL (severe anaemia, malaria)", "postpartum haemorrhage, estimated blood loss 1,500 mL", "sickle cell crisis, Hb 6.3 g/dL",
                  "upper GI bleed, Hb 6.8 g/dL", "Hb 7.1 g/dL before elective hysterectomy")


def transfusion_reaction(g: Gen) -> tuple[str, str, str]:
    hospital, town, short = g.pick(KE_HOSPITALS)
    reaction, signs, treatment, outcome, imputability, severity = g.pick(KE_REACTIONS)
    pt = g.person("ke")
    kin_kind = g.pick(("spouse", "sibling", "parent", "child"))
    kin = g.relative(pt, g.rng.random() < 0.5, kin_kind)
    kin_word = {"spouse": ("husband", "wife"), "sibling": ("brother", "sister"), "parent": ("father", "mother"), "child": ("son", "daughter")}[kin_kind][kin.female]
    nurse, mo, tech, focal = g.person("ke", True), g.person("ke"), g.person("ke"), g.person("ke")
    day = g.base(2023, 2025)
    ymd = g.ymd(1950, 2008)
    component, group = g.pick(KE_COMPONENTS), g.pick(KE_GROUPS)
    unit = f"KE{day.year % 100}{g.digits(2)} {g.digits(4)} {g.digits(3)}"
    s, t = [K(x) for x in signs], [K(x) for x in treatment]
    started = g.rng.randint(8, 20)
    body = (f"{L('ORGANIZATION', hospital)} -- haemovigilance\nTRANSFUSION REACTION REPORT (to the blood bank and the national haemovigilance officer)\n\n"
            f"Patient: {pt.full()}   Sex: {'F' if pt.female else 'M'}   DOB: {g.dob('ke', ymd)}   ID no.: {L('NATIONAL_ID', g.digits(8))}\n"
            f"IP no.: {L('HEALTH_ID', f'IP/{day.year}/{g.digits(6)}')}   SHA no.: {L('HEALTH_ID', 'CR' + g.digits(10) + '-' + g.digits(1))}   "
            f"{g.pick(('Ward 7B', 'Maternity ward', 'Female medical ward', 'Ward 4C'))}, bed {g.rng.randint(1, 40)}\n"
            f"Residence: {g.place(KE_HOMES)}   Next of kin: {kin.full()} ({kin_word}), {g.phone('ke')}\n\n"
            f"Indication: {K(g.pick(KE_INDICATIONS))}. Patient group: {K(group)}.\n"
            f"Unit: {K(component)}, donation no. {L('HEALTH_ID', unit)}, {K(g.pick(('250 mL', '280 mL', '300 mL', '350 mL')))}, issued by the "
            f"{L('ORGANIZATION', g.pick(KE_CENTRES))}; bedside check by {nurse.full()} and {g.person('ke', True).full()}.\n"
            f"Transfusion started {g.stamp('ke', day, started)}; reaction after {g.rng.randint(10, 90)} minutes: {'; '.join(s)}.\n"
            f"Action: {'; '.join(t)}. Post-transfusion samples and the bag returned to the lab; "
            f"{K(g.pick(('repeat ABO/RhD grouping', 'DAT', 'blood culture of the bag')))} done by {tech.full()} "
            f"(KMLTTB {L('LICENSE_NUMBER', 'B' + g.digits(5))}).\n\n"
            f"Classification: {K(reaction)}; severity {K(severity)}; imputability {K(imputability)} ({K('ISBT haemovigilance definitions')}).\n"
            f"Outcome: {outcome}.\n\nReported by: Dr {mo.full()}, medical officer, KMPDC reg. no. {L('LICENSE_NUMBER', 'A' + g.digits(4))}, "
            f"{g.phone('ke')}, {g.email(mo, g.pick(('gmail.com', 'yahoo.com', short.lower() + '.go.ke')))}\n"
            f"Received by the hospital transfusion committee focal person, {focal.full()}, on {g.day('ke', day, g.rng.randint(0, 2))}.")
    return "Classify the reaction and say what the ward must do with the next unit.", body, \
        f"{K(reaction)} in {pt.full()}; {outcome}."


TR_EMPLOYERS = (("Uludağ Örme Tekstil San. ve Tic. A.Ş.", "Bursa", "dokuma operatörü", ("gürültü 88 dB(A)", "pamuk tozu")),
                ("Gebze Çelik Döküm Ltd. Şti.", "Kocaeli", "kaynakçı", ("kaynak dumanı", "gürültü 92 dB(A)", "UV ışınımı")),
                ("Erciyes Mobilya Sanayi A.Ş.", "Kayseri", "CNC operatörü", ("ahşap tozu", "gürültü 86 dB(A)", "formaldehit")),
                ("Pamukkale Havlu ve Tekstil A.Ş.", "Denizli", "boyahane işçisi", ("azo boyarmaddeler", "sıcak ortam")),
                ("Ostim Seramik ve Granit San. A.Ş.", "Ankara", "fırın operatörü", ("kristal silika (respirable)", "sıcak ortam")))
TR_HOMES = {"Bursa": ("Yıldırım Mah. {p}. Sok. No: {k} D: {m}, 16330 Osmangazi/Bursa", "Hürriyet Mah. Gazcılar Cad. No: {n}, 16200 Osmangazi/Bursa"),
            "Kocaeli": ("Cumhuriyet Mah. {p}. Sok. No: {k}, 41400 Gebze/Kocaeli", "Hacı Halil Mah. Bağdat Cad. No: {n} D: {m}, Gebze/Kocaeli"),
            "Kayseri": ("Esenyurt Mah. {p}. Sok. No: {k}, 38030 Melikgazi/Kayseri", "Mimarsinan Mah. No: {n}, 38090 Kocasinan/Kayseri"),
            "Denizli": ("Çamlaraltı Mah. {p}. Sok. No: {k} D: {m}, 20040 Pamukkale/Denizli", "Sırakapılar Mah. No: {n}, 20010 Merkezefendi/Denizli"),
            "Ankara": ("Ostim OSB Mah. {p}. Cad. No: {k}, 06374 Yenimahalle/Ankara", "Batıkent Mah. {p}. Sok. No: {k} D: {m}, 06370 Yenimahalle/Ankara")}
TR_DISTRICTS = {"Bursa": "Osmangazi", "Kocaeli": "Gebze", "Kayseri": "Melikgazi", "Denizli": "Merkezefendi", "Ankara": "Yenimahalle"}
TR_TESTS = ("odyometri: sağ 4 kHz'de 35 dB çentik, sol normal", "odyometri: bilateral normal", "SFT: FEV1 %82, FEV1/FVC 0,78",
            "SFT: FEV1 %71, FEV1/FVC 0,68", "PA akciğer grafisi: ILO 0/0", "PA akciğer grafisi: ILO 1/0 (p/q)", "hemogram: Hb 14,1 g/dL",
            "kan kurşun düzeyi 11 µg/dL", "idrarda hippürik asit 0,4 g/g kreatinin", "EKG: normal sinüs ritmi")
TR_DECISIONS = ("Çalışmaya elverişlidir.", "Kişisel koruyucu donanım (kulaklık, FFP3 maske) kullanması koşuluyla çalışmaya elverişlidir.",
                "Gürültülü ortamda çalışmaya elverişli değildir; 3 ay sonra yeniden değerlendirilecek.")


def occupational_exam(g: Gen) -> tuple[str, str, str]:
    employer, city, job, hazards = g.pick(TR_EMPLOYERS)
    worker, doc, family_doc, hr = g.person("tr"), g.person("tr"), g.person("tr"), g.person("tr")
    spouse = g.relative(worker, not worker.female, "spouse")
    seen = g.base(2023, 2025)
    ymd = g.ymd(1966, 2005)
    kind = g.pick(("İşe giriş", "Periyodik"))
    tests = [K(x) for x in g.rng.sample(TR_TESTS, 4)]
    hz = [K(h) for h in hazards]
    decision = K(g.pick(TR_DECISIONS))
    honor = "Hanım" if worker.female else "Bey"
    previous = g.pick(("", f"Önceki işyeri: {L('ORGANIZATION', g.pick(('Marmara Konfeksiyon Ltd. Şti.', 'Anadolu Plastik A.Ş.', 'Karadeniz Fındık Ltd. Şti.')))} "
                           f"({g.rng.randint(2, 9)} yıl, {g.pick(('ütücü', 'forklift operatörü', 'depo elemanı'))}).\n"))
    body = (f"EK-2: İŞE GİRİŞ / PERİYODİK MUAYENE FORMU ({kind})\n"
            f"İşyeri: {L('ORGANIZATION', employer)}   SGK sicil no.: {L('COMPANY_REGISTRATION', f'2 {g.digits(4)} 01 01 {g.digits(7)} {g.digits(3)} {g.digits(2)}-{g.digits(2)} 000')}\n"
            f"Vergi no.: {g.vkn()}   Tehlike sınıfı: {K('çok tehlikeli')}\n\n"
            f"Çalışanın adı soyadı: {worker.official()}   T.C. kimlik no.: {g.tckn()}   Doğum tarihi: {g.dob('tr', ymd)}\n"
            f"Adres: {g.place(TR_HOMES[city])}   Tel.: {g.phone('tr')}\n"
            f"Görevi: {job}   Maruziyet: {'; '.join(hz)}\n"
            f"Acil durumda aranacak kişi: {spouse.full()} (eşi), {g.phone('tr')}\n{previous}"
            f"Öz geçmiş: {K(g.pick(('hipertansiyon, amlodipin 5 mg', 'astım, salbutamol inhaler', 'özellik yok', 'tip 2 diyabet, metformin 1000 mg')))}; "
            f"sigara {g.rng.randint(0, 30)} paket-yıl. Kayıtlı olduğu hekim: Dr. {family_doc.full()}, "
            f"{L('ORGANIZATION', f'{TR_DISTRICTS[city]} {g.rng.randint(1, 24)} No.lu Aile Sağlığı Merkezi')}.\n\n"
            f"Tetkikler: {tests[0]}; {tests[1]}; {tests[2]}; {tests[3]}.\n"
            f"Muayene: TA {K(f'{g.rng.randint(110, 160)}/{g.rng.randint(65, 100)} mmHg')}, {K(f'VKİ {g.rng.randint(19, 34)},{g.digits(1)}')}.\n"
            f"KANAAT: {decision}\n\n"
            f"{worker.given()} {honor} bilgilendirildi; {K('6331 sayılı İş Sağlığı ve Güvenliği Kanunu')} ve "
            f"{K('İşyeri Sağlık ve Güvenlik Birimleri ile Ortak Sağlık ve Güvenlik Birimleri Hakkında Yönetmelik')} uyarınca bir nüshası dosyaya konuldu.\n"
            f"İşyeri hekimi: Dr. {doc.full()}, sertifika no. {L('LICENSE_NUMBER', g.digits(5))}, diploma tescil no. {L('LICENSE_NUMBER', g.digits(6))}\n"
            f"İnsan kaynakları: {hr.full()} ({g.email(hr, g.pick(('gmail.com', 'hotmail.com', 'outlook.com.tr')))})   Tarih: {g.day('tr', seen)}")
    return "İşyeri hekiminin kararını ve gerekçesini özetle.", body, f"{worker.full()}: {decision}"


AR_CITIES = (("Córdoba", "Provincia de Córdoba", ("calle Caseros {n}, barrio Alberdi", "calle Obispo Trejo {n}, piso {m}, departamento \"{X}\", barrio Nueva Córdoba",
                                                   "Avenida Colón {n}, barrio Alto Alberdi", "calle Sucre {n}, barrio Centro")),
             ("Rosario", "Provincia de Santa Fe", ("calle Mendoza {n}, piso {m}", "Bulevar Oroño {n}, departamento {k}", "calle Pellegrini {n}, barrio Echesortu")),
             ("La Plata", "Provincia de Buenos Aires", ("calle 7 nro. {n}, entre 45 y 46", "calle 12 nro. {n}, piso {m}, departamento \"{X}\"",
                                                        "Diagonal 74 nro. {n}")),
             ("San Miguel de Tucumán", "Provincia de Tucumán", ("calle 24 de Septiembre {n}", "calle Laprida {n}, piso {m}", "pasaje Padilla {n}")))
AR_PROPERTY = ("una casa con todo lo edificado, clavado y plantado", "la unidad funcional {k} del edificio, sometida al régimen de propiedad horizontal",
               "un lote de terreno baldío designado como lote {k} de la manzana {n}")
AR_CIVIL = {True: ("soltera", "casada en primeras nupcias con", "divorciada", "viuda de"), False: ("soltero", "casado en primeras nupcias con", "divorciado", "viudo de")}


def notarial_deed(g: Gen) -> tuple[str, str, str]:
    city, province, streets = g.pick(AR_CITIES)
    notary = g.person("ar")
    seller, buyer = g.person("ar"), g.person("ar")
    signed = g.base(2023, 2025)
    price = g.rng.randint(38, 180) * 1000
    deed_no = g.rng.randint(12, 390)
    bank = g.pick(("Banco Macro S.A.", "Banco Credicoop Cooperativo Limitado", "Banco Supervielle S.A.", "Banco Patagonia S.A."))

    def party(p: Person, role: str) -> str:
        born = g.ymd(1950, 1998)
        dni = f"{int((born[0] - 1950) * 0.7 + 7 + g.rng.random()):02d}{g.digits(6)}"  # numbers were issued in order of birth, more or less
        civil = g.pick(AR_CIVIL[p.female])
        spouse = ""
        if civil.endswith("con") or civil.endswith("de"):
            sp = g.relative(p, not p.female, "spouse")
            spouse = f" {sp.full()}"
        cuit = g.cuit(dni, "27" if p.female else "20") or f"{'27' if p.female else '20'}-{dni}-{cuit_digit('20' + dni) or 0}"
        return (f"{'la señora' if p.female else 'el señor'} {p.full()}, argentin{'a' if p.female else 'o'}, nacid{'a' if p.female else 'o'} el "
                f"{g.dob('ar', born)}, titular del Documento Nacional de Identidad número {L('NATIONAL_ID', f'{int(dni):,}'.replace(',', '.'))}, "
                f"{'CUIL' if g.rng.random() < 0.5 else 'CUIT'} {L('NATIONAL_ID', cuit)}, {civil}{spouse}, con domicilio en {g.place(streets)}, de esta ciudad, "
                f"en adelante \"{role}\"")

    seller_text, buyer_text = party(seller, "LA PARTE VENDEDORA"), party(buyer, "LA PARTE COMPRADORA")
    amount = K(f"DÓLARES ESTADOUNIDENSES {es_words(price).upper()} (U$S {price:,}.-)".replace(",", "."))
    body = (f"ESCRITURA NÚMERO {es_words(deed_no).upper()} ({deed_no}).- COMPRAVENTA.- En la ciudad de {L('LOCATION', city)}, {L('LOCATION', province)}, República Argentina, {'al' if signed.day == 1 else 'a los'} "
            f"{g.es_date_words(signed)}, ante mí, {'Escribana' if notary.female else 'Escribano'} {notary.full()}, titular del Registro Notarial número "
            f"{g.rng.randint(11, 740)}, matrícula profesional {L('LICENSE_NUMBER', f'{g.rng.randint(1, 2)}-{g.digits(4)}')}, COMPARECEN: por una parte {seller_text}; "
            f"y por la otra {buyer_text}.- Los comparecientes son personas capaces, de mi conocimiento, doy fe.- "
            f"Y LA PARTE VENDEDORA DICE: Que VENDE a LA PARTE COMPRADORA {g.fill(g.pick(AR_PROPERTY))}, sito en {g.place(streets)}, de la ciudad de "
            f"{L('LOCATION', city)}, inscripto en el Registro General de la Propiedad, {K('Ley 17.801')}, en la Matrícula {L('CASE_NUMBER', f'{g.rng.randint(10, 999)}.{g.digits(3)}')}.- "
            f"PRECIO: La venta se realiza por la suma de {amount}, que LA PARTE VENDEDORA recibe en este acto mediante transferencia bancaria desde la cuenta de "
            f"LA PARTE COMPRADORA en el {L('ORGANIZATION', bank)}, CBU {g.cbu()}, sirviendo la presente de suficiente recibo y carta de pago.- "
            f"CERTIFICADOS: Con el certificado de dominio e inhibiciones número {L('CASE_NUMBER', g.digits(6))} se acredita que no existen "
            f"{K('embargos, inhibiciones ni gravámenes')}; se emitió el {K('Código de Oferta de Transferencia de Inmuebles (COTI)')} "
            f"{L('CASE_NUMBER', g.digits(8))}.- Se retiene el {K('Impuesto a la Transferencia de Inmuebles (ITI)')} del {K('1,5%')}.- "
            f"ASENTIMIENTO: se presta, de corresponder, el {K('asentimiento conyugal del artículo 470 del Código Civil y Comercial de la Nación')}.- "
            f"TRADICIÓN: LA PARTE VENDEDORA transmite la posesión, que LA PARTE COMPRADORA declara tener recibida, {K('conforme al artículo 1892 del Código Civil y Comercial')}.- "
            f"LEÍDA que les fue, los comparecientes la otorgan y firman ante mí, doy fe.- {seller.caps()}.- {buyer.caps()}.- "
            f"Ante mí: {notary.caps()}, {'Escribana' if notary.female else 'Escribano'}.")
    return "Resumí quién vende, quién compra, qué y por cuánto.", body, \
        f"{seller.full()} vende a {buyer.full()} un inmueble en {L('LOCATION', city)} por {amount}."


IE_HOMES = (("Listowel, Co. Kerry", "V31"), ("Ennistymon, Co. Clare", "V95"), ("Clonakilty, Co. Cork", "P85"), ("Castlebar, Co. Mayo", "F23"),
            ("Carrick-on-Shannon, Co. Leitrim", "N41"), ("Thurles, Co. Tipperary", "E41"), ("An Daingean, Co. Chiarraí", "V92"))
IE_STREETS = ("{n} Church Street", "{k} Bóthar na Trá", "Knockanure, {k} Ballyduff Road", "{k} Sráid an Mhargaidh", "Cnoc an Bhile",
              "{k} Ard Gréine, Tullow Road", "Glenbeigh Cross, {k} Mill Lane")
IE_FIRMS = ("{a} & {b} Solicitors", "{a} {b} LLP", "{a} & Co. Solicitors", "Oifig Dlí {a}")
IE_ASSETS = (("current account", ("AIBK", "BOFI", "IPBS", "ULSB")), ("deposit account", ("AIBK", "BOFI", "PTSB")))


def probate_application(g: Gen) -> tuple[str, str, str]:
    town, routing = g.pick(IE_HOMES)
    deceased = g.person("ie")
    will = g.rng.random() < 0.5
    kin_kind = g.pick(("child", "spouse", "sibling"))
    applicant = g.relative(deceased, g.rng.random() < 0.5, kin_kind)
    kin = {"child": ("son", "daughter"), "spouse": ("widower", "widow"), "sibling": ("brother", "sister")}[kin_kind][applicant.female]
    solicitor, commissioner = g.person("ie"), g.person("ie")
    a, b = g.firm_name("ie"), g.firm_name("ie")
    firm = L("ORGANIZATION", g.pick(IE_FIRMS).format(a=a, b=b))
    died = g.base(2022, 2025)
    sworn = died + datetime.timedelta(days=g.rng.randint(60, 300))
    ymd = g.ymd(1928, 1965)
    eircode = f"{routing} {g.pick('ACDEFHKNPRTVWXY')}{g.digits(1)}{g.pick('ACDEFHKNPRTVWXY')}{g.digits(1)}"
    gross = g.rng.randint(95, 980) * 1000 + g.rng.randint(0, 999)
    kind, banks = g.pick(IE_ASSETS)
    account = g.iban_of("IE", g.pick(banks) + g.pick(("93", "90", "98")) + g.digits(4) + g.digits(8))
    grant = "Probate" if will else "Letters of Administration Intestate"
    body = (f"THE HIGH COURT -- PROBATE\nRecord No. {L('CASE_NUMBER', f'{sworn.year} PO {g.digits(6)}')}\n\n"
            f"{'OATH OF EXECUTOR' if will else 'OATH OF ADMINISTRATOR (INTESTATE)'}\n\n"
            f"In the Estate of {deceased.caps()}, late of {L('LOCATION', f'{g.fill(g.pick(IE_STREETS))}, {town}, {eircode}')}, "
            f"{g.pick(('retired farmer', 'retired publican', 'retired national school teacher', 'retired nurse', 'shopkeeper'))}, deceased, "
            f"PPS No. {g.ppsn(deceased.female)}, born on {g.dob('ie', ymd)}, who died on the {L('DATE_TIME', f'{died.day}{nth(died.day)} day of {EN_MONTHS[died.month - 1]} {died.year}')} "
            f"at {L('ORGANIZATION', g.pick(('University Hospital Kerry', 'Bantry General Hospital', 'Mayo University Hospital', 'Sligo University Hospital', 'Nenagh Hospital')))}.\n\n"
            f"I, {applicant.full()}, of {L('LOCATION', f'{g.fill(g.pick(IE_STREETS))}, {g.pick(IE_HOMES)[0]}')}, aged eighteen years and upwards, make oath and say:\n"
            f"1. I am the {('executor named in the last will dated ' + L('DATE_TIME', g.fmt('ie', *g.ymd(2005, died.year - 1)))) if will else 'lawful ' + kin + (' and one of the next of kin' if kin_kind != 'spouse' else '')} "
            f"of the deceased{'.' if will else ', who died intestate, leaving ' + g.pick(('two children', 'three children', 'no issue', 'a spouse and one child')) + '.'}\n"
            f"2. I will faithfully administer the estate according to law, under {K('section 10 of the Succession Act 1965')}"
            + (f" and {K('Order 79 of the Rules of the Superior Courts')}" if not will else "") + ".\n"
            f"3. The gross value of the estate is {K(f'€{gross:,}.00')}, including the {kind} {account}, "
            f"a Credit Union share account no. {L('ACCOUNT_NUMBER', g.digits(6) + '/' + g.digits(2))}, and land in Folio {L('CASE_NUMBER', g.pick(('KY', 'CE', 'CK', 'MY', 'LM', 'TY')) + g.digits(5) + 'F')}.\n"
            f"4. The {K('Statement of Affairs (Probate) Form SA.2')} has been delivered to the Revenue Commissioners; "
            f"{K('Capital Acquisitions Tax Consolidation Act 2003')} clearance {g.pick(('is attached', 'will follow'))}.\n"
            f"5. {('No claim under ' + K('section 117 of the Succession Act 1965') + ' has been notified.') if will else 'The estate passes under ' + K('section 67 of the Succession Act 1965') + '.'}\n\n"
            f"Sworn by the said {applicant.full()} at {L('LOCATION', town.split(',')[0])} on {g.day('ie', sworn)} before me, {commissioner.full()}, "
            f"a Commissioner for Oaths / Practising Solicitor, and I know the deponent.\n\n"
            f"Acting for the applicant: {firm}, {L('LOCATION', town)}; ref. {L('CASE_NUMBER', f'{ascii_fold(a)[:3].upper()}/{g.digits(4)}')}; "
            f"{g.phone('ie')}; {g.email(solicitor, g.pick(('eircom.net', 'gmail.com', ascii_fold(a).lower() + 'solicitors.ie')))} "
            f"({solicitor.initial_dot()})\nGrant sought: {K(grant)}.")
    return "Who is applying, for what grant, and what is the estate worth?", body, \
        f"{applicant.full()} seeks {K(grant)} for the estate of {deceased.full()} ({K(f'€{gross:,}.00')})."


RO_SITES = (("Institutul Regional de Gastroenterologie-Hepatologie \u201eProf. Dr. Octavian Fodor\u201d", "Cluj-Napoca", "12", "0264"),
            ("Institutul Regional de Oncologie Iași", "Iași", "22", "0232"),
            ("Spitalul Clinic Județean de Urgență \u201ePius Brînzeu\u201d", "Timișoara", "35", "0256"),
            ("Institutul Oncologic \u201eProf. Dr. Ion Chiricuță\u201d", "Cluj-Napoca", "12", "0264"),
            ("Spitalul Universitar de Urgență Elias", "București", "40", "021"))
RO_ER = ("Spitalul Municipal Turda", "Spitalul Județean de Urgență Vaslui", "Spitalul Orășenesc Lipova", "Spitalul de Urgență Floreasca",
         "Spitalul Municipal Dej")
RO_TRIALS = (  # (protocol, EU CT number, NCT, investigational product)
    ("ONX-214-301", "2023-503874-21-00", "NCT05984172", "onvatilimab 400 mg IV every 3 weeks"),
    ("HEP-778-202", "2022-501226-38-00", "NCT05433920", "zelvorastat 50 mg PO once daily"),
    ("KRN-1055-301", "2024-510392-16-00", "NCT06218855", "tarlecumab 10 mg/kg IV every 2 weeks"),
)  # fmt: skip
RO_EVENTS = (  # (MedDRA preferred term, CTCAE grade, course, labs, treatment)
    ("Febrile neutropenia", "CTCAE v5.0 grade 3", "temperature 38.9 °C at home; presented to the emergency department",
     ("absolute neutrophil count 0.4 x 10^9/L", "CRP 142 mg/L"), ("piperacillin/tazobactam 4.5 g IV q8h", "filgrastim 30 MU SC daily")),
    ("Immune-mediated hepatitis", "CTCAE v5.0 grade 3", "jaundice and dark urine for 4 days",
     ("ALT 412 U/L", "total bilirubin 58 µmol/L"), ("methylprednisolone 1 mg/kg IV daily", "study drug interrupted")),
    ("Pulmonary embolism", "CTCAE v5.0 grade 4", "sudden dyspnoea and syncope at home",
     ("CT pulmonary angiography: bilateral segmental emboli", "troponin T 78 ng/L"), ("enoxaparin 1 mg/kg SC q12h", "study drug interrupted")),
    ("Acute kidney injury", "CTCAE v5.0 grade 3", "oliguria and vomiting after 2 cycles",
     ("creatinine 3.4 mg/dL", "potassium 6.1 mmol/L"), ("IV 0.9% sodium chloride 2 L", "study drug withdrawn")),
)  # fmt: skip
RO_CROS = (("Carpathia Clinical Research S.R.L.", "carpathia-cr.ro"), ("Transilvania Trials S.R.L.", "ttrials.ro"), ("Danubius CRO S.R.L.", "danubiuscro.eu"))


def trial_sae_narrative(g: Gen) -> tuple[str, str, str]:
    site, city, county, area = g.pick(RO_SITES)
    protocol, euct, nct, product = g.pick(RO_TRIALS)
    term, grade, course, labs, treatment = g.pick(RO_EVENTS)
    cro, domain = g.pick(RO_CROS)
    subject = g.person("ro")
    pi, subi, cra, er_doc = g.person("ro"), g.person("ro"), g.person("ro"), g.person("ro")
    ymd = g.ymd(1945, 1985)
    onset = g.base(2023, 2025)
    site_no = f"{g.rng.randint(4, 40):03d}"
    subj_no = f"{int(site_no) * 1000 + g.rng.randint(1, 60)}"  # the site's number and the subject's, run together
    lab, tx = [K(x) for x in labs], [K(x) for x in treatment]
    caused = g.pick(("related", "possibly related", "not related"))
    body = (f"SERIOUS ADVERSE EVENT REPORT -- narrative (initial, day 1 report)\nProtocol {K(protocol)} ({K('EU CT ' + euct)}; {K(nct)})   "
            f"Contract research organisation: {L('ORGANIZATION', cro)}, CUI {g.cui_ro()}\n"
            f"Site {site_no}: {L('ORGANIZATION', site)}, {L('LOCATION', city)}   Principal investigator: Dr. {pi.full()}\n\n"
            f"Subject {L('HEALTH_ID', subj_no)} (initials {subject.initials(g.pick(('', '.', '-')))}), {'female' if subject.female else 'male'}, born {ymd[0]}, randomised on "
            f"{g.day('ro', onset, -g.rng.randint(40, 300))} to {K(product)}.\n"
            f"On {g.day('ro', onset)} the subject had {course} and was admitted to {L('ORGANIZATION', g.pick(RO_ER))} (Dr. {er_doc.full()}); "
            f"observation chart (FO) no. {L('HEALTH_ID', f'{g.digits(5)}/{onset.year}')}. Event: {K(term)} ({K('MedDRA PT')}), {K(grade)}. "
            f"Results: {lab[0]}; {lab[1]}. Treated with {tx[0]} and {tx[1]}.\n"
            f"The site learned of the event on {g.stamp('ro', onset + datetime.timedelta(days=g.rng.randint(0, 3)), g.rng.randint(8, 18))} from the subject's "
            f"{g.pick(('daughter', 'son', 'husband', 'wife'))}, who telephoned the study nurse at {L('PHONE_NUMBER', f'{area} {g.digits(3)} {g.digits(3)}')}.\n"
            f"Investigator's causality assessment: {caused} to the investigational product; seriousness: hospitalisation. "
            f"Outcome: {g.pick(('recovering', 'recovered on ' + g.day('ro', onset, g.rng.randint(5, 20)), 'not yet recovered'))}.\n\n"
            f"Monitor's note ({cra.full()}, {g.email(cra, domain)}): the discharge letter in the SAE fax still shows the subject's full name and CNP "
            f"({g.cnp(subject, ymd)}); the site was asked to redact it before upload, per {K('ICH E6(R3)')} and {K('GDPR Article 9')}. "
            f"Sub-investigator {subi.initial_dot()} confirmed on {g.day('ro', onset, g.rng.randint(2, 6))}.\n"
            f"Travel costs for the unscheduled visit are reimbursed to the subject's account {g.iban_of('RO', g.pick(('BTRL', 'RNCB', 'BRDE', 'INGB')) + g.digits(16))}. "
            f"SAE form uploaded to {L('URL', f'https://esafety.{domain}/sae/{g.digits(6)}')}.\n"
            f"Investigator signature: {pi.official()}, {g.day('ro', onset, g.rng.randint(1, 4))}")
    return "Summarise the SAE for the safety database in three lines.", body, \
        f"Subject {L('HEALTH_ID', subj_no)}: {K(term)}, {K(grade)}; causality {caused}."


CZ_TOWNS = (("Ostrava", ("Nádražní {n}/{k}, 702 00 Ostrava", "Výškovická {n}/{k}, 700 30 Ostrava-Zábřeh", "Hlavní třída {n}/{k}, 708 00 Ostrava-Poruba")),
            ("Brno", ("Kounicova {n}/{k}, 602 00 Brno", "Bystrcká {n}/{k}, 635 00 Brno-Bystrc", "Lidická {n}/{k}, 602 00 Brno")),
            ("Olomouc", ("Třída Svobody {n}/{k}, 779 00 Olomouc", "Zikova {n}/{k}, 779 00 Olomouc")),
            ("České Budějovice", ("Lannova třída {n}/{k}, 370 01 České Budějovice", "U Tří lvů {n}/{k}, 370 01 České Budějovice")),
            ("Plzeň", ("Klatovská třída {n}/{k}, 301 00 Plzeň", "Skupova {n}/{k}, 323 00 Plzeň-Bory")))
CZ_FINDINGS = ("visus 6/6 bilat. s korekcí", "visus 6/9 vpravo, 6/6 vlevo", "TK 150/95 mmHg", "TK 132/84 mmHg", "diabetes mellitus 2. typu na PAD",
               "HbA1c 52 mmol/mol", "syndrom spánkové apnoe (AHI 32/h), na CPAP", "EEG bez epileptiformní aktivity", "stav po CMP bez reziduálního deficitu",
               "BMI 31,2", "audiometrie v normě")
CZ_SPECIALISTS = (("oční", "Oční ambulance {a} s.r.o."), ("neurologické", "Neurologie {a} s.r.o."), ("diabetologické", "Diabetologie {a} s.r.o."),
                  ("psychologické", "Dopravní psychologie {a}"))
CZ_GROUPS = ("AM, A1, B", "B, BE", "B, C1, C", "B, C, CE, D (profesionální řidič)", "A, B, T")


def driving_fitness(g: Gen) -> tuple[str, str, str]:
    town, streets = g.pick(CZ_TOWNS)
    pt, doc = g.person("cz"), g.person("cz")
    practice_owner = g.firm_name("cz")
    spec_kind, spec_org = g.pick(CZ_SPECIALISTS)
    specialist = g.person("cz")
    ymd = g.ymd(1945, 2006)
    seen = g.base(2023, 2025)
    fx = [K(x) for x in g.rng.sample(CZ_FINDINGS, 3)]
    groups = g.pick(CZ_GROUPS)
    fit = g.pick(("je zdravotně způsobilý", "je zdravotně způsobilý s podmínkou", "je zdravotně způsobilý s podmínkou", "není zdravotně způsobilý"))
    if pt.female:
        fit = fit.replace("způsobilý", "způsobilá")
    condition = K(g.pick(("podmínka: brýle nebo kontaktní čočky (kód 01)", "podmínka: kontrola za 12 měsíců", "podmínka: řízení pouze za denního světla (kód 61)")))
    title = g.pick(("", "Ing. ", "Mgr. ", "Bc. ", "Ing. "))
    suffix = g.pick(("", "", ", Ph.D.", ", DiS."))
    practice = L("ORGANIZATION", g.pick((f"Medicentrum {practice_owner} s.r.o.", f"Ordinace {practice_owner} a partneři s.r.o.",
                                         f"Zdravotní středisko {practice_owner} s.r.o.")))
    body = (f"{practice}, IČO {g.ico()}, {g.place(streets)}\n"
            f"LÉKAŘSKÝ POSUDEK O ZDRAVOTNÍ ZPŮSOBILOSTI K ŘÍZENÍ MOTOROVÝCH VOZIDEL\n(podle {K('§ 87 zákona č. 361/2000 Sb.')} a {K('vyhlášky č. 277/2004 Sb.')})\n\n"
            f"Posuzovaná osoba: {title}{pt.full()}{suffix}\nDatum narození: {g.dob('cz', ymd)}   Rodné číslo: {g.rodne_cislo(pt, ymd)}\n"
            f"Trvalý pobyt: {g.place(streets)}   Telefon: {g.phone('cz')}\n"
            f"Řidičský průkaz č.: {L('LICENSE_NUMBER', g.pick(('EL', 'EK', 'EJ')) + ' ' + g.digits(6))}   Skupiny: {groups}\n"
            f"Důvod prohlídky: {g.pick(('vstupní', 'pravidelná (po dovršení 65 let)', 'mimořádná (na žádost obecního úřadu)', 'pravidelná (profesionální řidič)'))}\n\n"
            f"Anamnéza a vyšetření: {fx[0]}; {fx[1]}; {fx[2]}.\n"
            f"Odborné vyšetření: {spec_kind} -- {specialist.full()}, {L('ORGANIZATION', spec_org.format(a=g.firm_name('cz')))}, ze dne {g.day('cz', seen, -g.rng.randint(3, 40))}.\n\n"
            f"ZÁVĚR: Posuzovaná osoba {K(fit)} k řízení motorových vozidel skupin {groups}" + (f"; {condition}" if "podmínk" in fit else "") + ".\n"
            f"Platnost posudku do {g.day('cz', seen, g.pick((365, 730, 1825)))}.\n"
            f"Poučení: proti posudku lze podat návrh na přezkoumání do 10 pracovních dnů od jeho převzetí ({K('§ 46 zákona č. 373/2011 Sb.')}).\n"
            f"Úhrada: {K(f'{g.pick((600, 700, 800, 900))} Kč')} převodem na " + (f"č. ú. {g.cz_account()}" if g.rng.random() < 0.6 else f"IBAN {g.cz_account(True)}")
            + f", VS {L('ACCOUNT_NUMBER', g.digits(8))}.\n\n"
            f"Místo vydání: {L('LOCATION', town)}, dne {g.day('cz', seen)}        MUDr. {doc.full()}, {'praktická lékařka' if doc.female else 'praktický lékař'}\n"
            f"Posudek převzal/a: {pt.initial_dot()}, {g.day('cz', seen, g.rng.randint(0, 5))}")
    return "Shrň závěr posudku jednou větou.", body, f"{pt.full()} {K(fit)} (skupiny {groups})."


GR_AREAS = (("Αστυνομικό Τμήμα Καλαμαριάς", "Kalamaria", ("Κομνηνών {k}, 551 31 Καλαμαριά", "Πλαστήρα {n}, 551 32 Καλαμαριά"),
             ("the tram stop at Plateia Kalamarias", "the Sunday street market on Kritis Street", "the seafront at Nea Krini")),
            ("Αστυνομικό Τμήμα Νέας Σμύρνης", "Nea Smyrni", ("Ελευθερίου Βενιζέλου {n}, 171 21 Νέα Σμύρνη", "Ομήρου {k}, 171 21 Νέα Σμύρνη"),
             ("the square of Nea Smyrni", "the Estia park", "the bus stop on Syngrou Avenue")),
            ("Αστυνομικό Τμήμα Πάτρας", "Patras", ("Κορίνθου {n}, 262 23 Πάτρα", "Μαιζώνος {k}, 262 21 Πάτρα"),
             ("the Psila Alonia square", "the port gate 6", "the Agios Andreas church")),
            ("Αστυνομικό Τμήμα Ηρακλείου", "Heraklion", ("Λεωφόρος Κνωσού {n}, 713 06 Ηράκλειο", "Ιδομενέως {k}, 712 02 Ηράκλειο"),
             ("the Lions square (Plateia Leonton)", "the central bus station", "the Koules harbour")))
GR_HOSPITALS = ("Γενικό Νοσοκομείο Θεσσαλονίκης «Γ. Παπανικολάου»", "Γενικό Νοσοκομείο Αθηνών «Ο Ευαγγελισμός»", "Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών",
                "Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου")
GR_DEMENTIA = ("Alzheimer's disease, MMSE 17/30", "vascular dementia, MMSE 20/30", "Lewy body dementia with visual hallucinations",
               "frontotemporal dementia", "mixed dementia, CDR 2")
GR_DRUGS = ("donepezil 10 mg", "memantine 20 mg", "rivastigmine patch 9.5 mg/24 h", "quetiapine 25 mg at night", "metformin 850 mg BD", "apixaban 5 mg BD")
GR_CLOTHES = ("a grey cardigan and dark trousers", "a black headscarf and a brown coat", "a blue tracksuit and white trainers", "a checked shirt and a cap")


def missing_person_report(g: Gen) -> tuple[str, str, str]:
    station, area, homes, spots = g.pick(GR_AREAS)
    missing = g.person("gr")
    reporter = g.relative(missing, g.rng.random() < 0.6, "child")
    officer, neurologist, finder = g.person("gr"), g.person("gr"), g.person("gr")
    seen = g.base(2023, 2025)
    hour = g.rng.randint(7, 19)
    ymd = g.ymd(1932, 1955)
    greek = L("PERSON", f"{greek_caps(GREEK[missing.last])} {greek_caps(GREEK[missing.first])}")
    honor = "κα" if missing.female else "κ."
    found = g.rng.random() < 0.6
    dementia, drugs = K(g.pick(GR_DEMENTIA)), [K(d) for d in g.rng.sample(GR_DRUGS, 2)]
    nick = f" (known to everyone as {missing.nicknamed()})" if missing.first in NICKNAMES and g.rng.random() < 0.6 else ""
    body = (f"ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ -- {L('ORGANIZATION', station)}\nΑρ. πρωτ. {L('CASE_NUMBER', f'{g.digits(4)}/{g.rng.randint(1, 30)}/{g.digits(6)}')}\n"
            f"MISSING PERSON REPORT (translated for the Silver Alert partners)\n\n"
            f"Missing person: {missing.official()} / {greek}{nick}\nDate of birth: {g.dob('gr', ymd)}   AMKA: {g.amka(missing, ymd)}   "
            f"Identity card: {L('NATIONAL_ID', g.pick(('ΑΚ', 'ΑΒ', 'ΑΗ', 'ΑΖ', 'Χ', 'ΑΙ')) + ' ' + g.digits(6))}\n"
            f"Home: {g.place(homes)}   Own mobile: {g.phone('gr', mobile=True)} (switched off since {g.clock('gr', hour + 1)})\n"
            f"Description: about {g.rng.randint(150, 178)} cm, {g.pick(('slim', 'heavy build', 'stooped'))}, grey hair, wearing {g.pick(GR_CLOTHES)}.\n"
            f"Health: {dementia}; takes {drugs[0]} and {drugs[1]}; followed at the memory clinic of the "
            f"{L('ORGANIZATION', g.pick(GR_HOSPITALS))} by Dr {neurologist.full()}.\n\n"
            f"Reported by {'daughter' if reporter.female else 'son'} {reporter.full()} (ΑΦΜ {g.afm()}, {g.phone('gr')}, "
            f"{g.email(reporter, g.pick(('gmail.com', 'yahoo.gr', 'otenet.gr')))}) "
            f"on {g.stamp('gr', seen, hour + 3)}: {honor} {missing.sur()} left home at about {g.clock('gr', hour)} to buy bread and did not return; "
            f"last seen at {L('LOCATION', g.pick(spots))} by a neighbour.\n"
            f"Received by {g.pick(('Αρχιφύλακας', 'Υπαστυνόμος Β΄', 'Αστυφύλακας'))} {officer.full()}. Informed: {K('Silver Alert')} "
            f"({K('Χαμόγελο του Παιδιού')} hotline {K('1065')}), hospitals of {L('LOCATION', area)}, taxi radio.\n"
            + (f"\nUPDATE {g.stamp('gr', seen + datetime.timedelta(days=g.rng.randint(0, 1)), g.rng.randint(6, 23))}: found alive by {finder.full()} near "
               f"{L('LOCATION', g.pick(spots))}, dehydrated ({K('BP 95/60 mmHg')}); taken by {K('EKAB')} ambulance for assessment. Case closed."
               if found else f"\nUPDATE {g.day('gr', seen, 1)}: search continues with the fire service drone unit; {K('ΕΚΑΒ')} alerted."))
    return "Write the short text for the public appeal.", body, \
        f"Missing since {g.day('gr', seen)}: {missing.full()}, {seen.year - ymd[0]} years old, with {dementia}."


BE_PLACES = (("Gent", ("Kortrijksesteenweg {n}, 9000 Gent", "Sint-Pietersnieuwstraat {n} bus {k}, 9000 Gent"), ("AZ Sint-Lucas Gent", "UZ Gent"),
              "Netwerk Palliatieve Zorg Gent-Eeklo"),
             ("Brugge", ("Langestraat {n}, 8000 Brugge", "Gistelse Steenweg {n}, 8200 Sint-Andries"), ("AZ Sint-Jan Brugge", "AZ Delta Torhout"),
              "Palliatief Netwerk Arrondissement Brugge"),
             ("Leuven", ("Naamsestraat {n}, 3000 Leuven", "Tiensesteenweg {n} bus {k}, 3010 Kessel-Lo"), ("UZ Leuven", "Heilig Hartziekenhuis Leuven"),
              "Palliatieve Zorg Oost-Brabant"),
             ("Antwerpen", ("Turnhoutsebaan {n}, 2140 Borgerhout", "Kioskplaats {n}, 2660 Hoboken"), ("ZNA Middelheim", "GZA Sint-Augustinus"),
              "Palliatieve Hulpverlening Antwerpen"),
             ("Hasselt", ("Kempische Steenweg {n}, 3500 Hasselt", "Genkersteenweg {n}, 3500 Hasselt"), ("Jessa Ziekenhuis", "AZ Vesalius Tongeren"),
              "Palliatief Netwerk Limburg"))
BE_CASES = (("amyotrofische laterale sclerose (ALS), ALSFRS-R 14/48", "respiratoire insufficiëntie, niet-invasieve beademing 20 u/dag", "lichamelijk"),
            ("glioblastoom WHO-graad 4, progressief na radiochemotherapie", "hemiparese links, afasie", "lichamelijk en psychisch"),
            ("pancreascarcinoom met levermetastasen (cT4N1M1)", "refractaire pijn ondanks hydromorfon 24 mg/dag subcutaan", "lichamelijk"),
            ("multiple sclerose, secundair progressief, EDSS 8,5", "volledige hulpafhankelijkheid, Karnofsky 30%", "lichamelijk en psychisch"),
            ("COPD GOLD 4 met chronische hypercapnie", "zuurstof 3 l/min continu, mMRC-dyspneuschaal 4", "lichamelijk"))
BE_MUTUALITIES = ("CM", "Solidaris", "Helan", "Liberale Mutualiteit", "Partena")


def euthanasia_registration(g: Gen) -> tuple[str, str, str]:
    city, homes, hospitals, palliative = g.pick(BE_PLACES)
    dx, state, suffering = g.pick(BE_CASES)
    pt = g.person("be")
    partner = g.relative(pt, not pt.female, "spouse")
    gp, consulted, third = g.person("be"), g.person("be"), g.person("be")
    died = g.base(2023, 2025)
    request = died - datetime.timedelta(days=g.rng.randint(35, 200))
    ymd = g.ymd(1935, 1975)
    at_home = g.rng.random() < 0.5
    place = f"thuis, {g.place(homes)}" if at_home else f"in {L('ORGANIZATION', g.pick(hospitals))}, afdeling palliatieve zorg"
    riziv = lambda: L("LICENSE_NUMBER", f"1-{g.digits(5)}-{g.digits(2)}-{g.pick(('001', '003', '004', '580', '770'))}")  # noqa: E731
    body = (f"FEDERALE CONTROLE- EN EVALUATIECOMMISSIE EUTHANASIE -- REGISTRATIEDOCUMENT\n"
            f"DEEL I (vertrouwelijk, onder gesloten omslag)\n"
            f"Patiënt: {pt.official()}   Rijksregisternummer: {g.be_nn(pt, ymd)}   Geboren op {g.dob('be', ymd)}\n"
            f"Adres: {g.place(homes)}   Ziekenfonds: {g.pick(BE_MUTUALITIES)}, lidnummer {L('HEALTH_ID', g.digits(11))}\n"
            f"Arts die de euthanasie uitvoerde: dr. {gp.full()}, RIZIV {riziv()}, {g.phone('be')}\n"
            f"Geraadpleegde arts (onafhankelijk, bevoegd voor de aandoening): dr. {consulted.full()}, RIZIV {riziv()}\n"
            + (f"Derde arts (psychiater of specialist, overlijden niet op korte termijn verwacht): dr. {third.full()}, RIZIV {riziv()}\n"
               if g.rng.random() < 0.4 else "")
            + f"Betrokken palliatief team: {L('ORGANIZATION', palliative)}\n"
            f"Aanwezig bij het overlijden: {'echtgenote' if partner.female else 'echtgenoot'} {partner.full()}"
            f"{g.pick(('', ' en de kinderen', ' en een zus'))}\n\n"
            f"DEEL II\nDiagnose: {K(dx)}; {K(state)}.\nLijden: {K(f'aanhoudend en ondraaglijk {suffering} lijden')}, dat niet gelenigd kan worden.\n"
            f"Schriftelijk verzoek van {g.day('be', request)}, herhaald op {g.day('be', request, g.rng.randint(20, 30))}; "
            f"{K('wet van 28 mei 2002 betreffende de euthanasie')}, {K('artikel 3')}.\n"
            f"Overlijden: {g.stamp('be', died, g.rng.randint(9, 18))}, {place}.\n"
            f"Werkwijze: {K('midazolam 15 mg IV')}, gevolgd door {K('thiopental 2 g IV')} en {K('rocuronium 100 mg IV')}.\n\n"
            f"Opgemaakt te {L('LOCATION', city)} op {g.day('be', died, g.rng.randint(1, 4))} -- dr. {gp.initial_dot()}")
    return "Vat het document samen voor het dossieroverzicht van de commissie.", body, \
        f"Euthanasie bij {pt.full()} wegens {K(dx)}; geraadpleegde arts dr. {consulted.full()}."


NL_HOMES = (("Utrecht", ("Kanaalweg {n}-{X}, 3533 {X}{X} Utrecht", "Amsterdamsestraatweg {n} bis, 3513 AG Utrecht", "Zamenhofdreef {n}, 3562 JT Utrecht")),
            ("Groningen", ("Oosterstraat {n}a, 9711 NS Groningen", "Paterswoldseweg {n}-{k}, 9726 BH Groningen")),
            ("Rotterdam", ("Zwart Janstraat {n}B, 3035 AT Rotterdam", "Groene Hilledijk {n}, 3074 AG Rotterdam", "Pleinweg {n}-{k}, 3083 EE Rotterdam")),
            ("Leeuwarden", ("Nieuwestad {n}, 8911 CK Leeuwarden", "Vossenparklaan {n}, 8924 BL Leeuwarden")),
            ("Den Haag", ("Weimarstraat {n}, 2562 HB Den Haag", "Hoefkade {n}, 2526 BS Den Haag")))
NL_LANDLORDS = ("Woonstichting De Linde", "Stichting Huisvesting Groene Weide", "Vastgoedbeheer Maasoever B.V.", "Kamerverhuur Noorderpoort B.V.",
                "Woningcorporatie Wapenveld")
NL_DISPUTES = (  # (subject, findings, ruling)
    ("onderhoudsgebreken", ("lekkage aan het dak boven de slaapkamer (gebrekencategorie B)", "schimmel in de badkamer (gebrekencategorie C)"),
     "de huurprijs wordt verlaagd tot 30% van de maximale huurprijs tot de gebreken zijn verholpen"),
    ("servicekosten over 2023", ("voorschot € 64,00 per maand", "werkelijke kosten schoonmaak algemene ruimten € 412,18 per jaar"),
     "verhuurder betaalt € 356,40 aan huurder terug"),
    ("toetsing aanvangshuurprijs", ("woningwaarderingsstelsel (WWS): 142 punten", "maximale huurprijs € 879,66"),
     "de huurprijs wordt vastgesteld op € 879,66 per maand"),
)  # fmt: skip


def rent_tribunal_ruling(g: Gen) -> tuple[str, str, str]:
    city, homes = g.pick(NL_HOMES)
    subject, findings, ruling = g.pick(NL_DISPUTES)
    tenant, chair, secretary, inspector, landlord_rep = g.person("nl"), g.person("nl"), g.person("nl"), g.person("nl"), g.person("nl")
    landlord = L("ORGANIZATION", g.pick(NL_LANDLORDS))
    heard = g.base(2023, 2025)
    filed = heard - datetime.timedelta(days=g.rng.randint(90, 240))
    fx = [K(x) for x in findings]
    title = "mevrouw" if tenant.female else "de heer"
    rent = K(f"€ {g.rng.randint(590, 1150)},{g.digits(2)}")
    body = (f"UITSPRAAK van de Huurcommissie\nZaaknummer: {L('CASE_NUMBER', f'ZK{heard.year % 100}-{g.digits(5)}')}\nBetreft: {K(subject)}\n\n"
            f"in het geschil tussen\n{title} {tenant.initial_dot()}, wonende te {g.place(homes)}, huurder,\n"
            f"en\n{landlord}, KvK {L('COMPANY_REGISTRATION', g.digits(8))}, gevestigd te {L('LOCATION', g.pick(('Utrecht', 'Amersfoort', 'Zwolle', 'Delft', 'Assen')))}, "
            f"verhuurder, vertegenwoordigd door {landlord_rep.full()}.\n\n"
            f"1. Verloop van de procedure\nHet verzoekschrift is ontvangen op {g.day('nl', filed)}. Op {g.day('nl', filed, g.rng.randint(30, 70))} heeft "
            f"{inspector.full()}, rapporteur, de woning bezocht. In het verweerschrift staat per abuis het BSN van huurder ({g.bsn()}); de commissie heeft "
            f"dit gegeven niet gebruikt. De zitting vond plaats op {g.day('nl', heard)} te {L('LOCATION', city)}; huurder verscheen, bijgestaan door "
            f"{'haar' if tenant.female else 'zijn'} dochter {g.relative(tenant, True, 'child').full()}.\n\n"
            f"2. Vaststaande feiten\nDe kale huurprijs bedraagt {rent} per maand. Het rapport vermeldt: {fx[0]}; {fx[1]}.\n\n"
            f"3. Beoordeling\nDe commissie toetst aan {K('artikel 7:257 BW')} en de {K('Uitvoeringswet huurprijzen woonruimte')}, met het "
            f"{K('Besluit huurprijzen woonruimte')}.\n\n4. Uitspraak\nDe Huurcommissie oordeelt dat {K(ruling)}. Verhuurder betaalt de {K('leges van € 300')} "
            f"aan de Huurcommissie; huurder krijgt de {K('leges van € 25')} terug op {g.iban_of('NL', g.pick(('INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO')) + g.digits(10))}.\n\n"
            f"Aldus vastgesteld door mr. {chair.full()}, voorzitter, en {secretary.initial_dot()}, secretaris, op {g.day('nl', heard, g.rng.randint(7, 30))}.\n"
            f"Correspondentie huurder: {g.email(tenant, g.pick(('ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl')))}, {g.phone('nl')}")
    return "Vat de uitspraak samen voor de huurder.", body, f"{title.capitalize()} {tenant.sur()}: {K(ruling)}."


CH_REGIONS = (("de", "Spitex Region Thun AG", ("Hauptgasse {n}, 3600 Thun", "Frutigenstrasse {n}, 3604 Thun", "Bernstrasse {n}, 3613 Steffisburg")),
              ("de", "Spitex Zürich Limmat AG", ("Langstrasse {n}, 8004 Zürich", "Wehntalerstrasse {n}, 8057 Zürich", "Badenerstrasse {n}, 8004 Zürich")),
              ("de", "Spitex Chur", ("Masanserstrasse {n}, 7000 Chur", "Via Principala {k}, 7402 Bonaduz")),
              ("it", "SCuDo -- Servizio cure a domicilio del Luganese", ("Via Nassa {k}, 6900 Lugano", "Via Cantonale {n}, 6942 Savosa")),
              ("fr", "Fondation de soins Lavaux", ("Chemin des Vignes {k}, 1096 Cully", "Route de la Corniche {k}, 1071 Chexbres")))
CH_INSURERS = ("CSS Versicherung", "Helsana Versicherungen AG", "Visana", "SWICA Krankenversicherung AG", "Groupe Mutuel", "Sanitas")
CH_ORDERS = (  # (diagnosis, measures under KLV Art. 7 para. 2 a, b, c)
    ("Ulcus cruris venosum rechts", ("Wundversorgung mit Schaumverband 3x pro Woche", "Kompressionstherapie Klasse II täglich anziehen")),
    ("Diabetes mellitus Typ 2, insulinpflichtig", ("Insulin glargin 18 E s.c. abends", "Blutzuckermessung 2x täglich")),
    ("Herzinsuffizienz NYHA III", ("Gewichtskontrolle täglich", "Torasemid 10 mg morgens, Medikamente richten 1x wöchentlich")),
    ("Status nach Hüft-TEP links", ("Thromboseprophylaxe Rivaroxaban 10 mg 1x täglich bis Tag 35", "Fadenentfernung an Tag 14")),
    ("Demenz vom Alzheimer-Typ, MMS 19/30", ("Medikamentenabgabe Donepezil 10 mg", "Anleitung der Angehörigen")),
)  # fmt: skip
CH_TOOLS = ("interRAI HC Schweiz", "Barthel-Index 55/100", "Barthel-Index 70/100", "RAI-Home-Care-Bedarfsabklärung")


def spitex_order(g: Gen) -> tuple[str, str, str]:
    lang, org, homes = g.pick(CH_REGIONS)
    dx, measures = g.pick(CH_ORDERS)
    client = g.person("ch")
    child = g.relative(client, g.rng.random() < 0.5, "child")
    doc, nurse = g.person("ch"), g.person("ch", True)
    issued = g.base(2023, 2025)
    ymd = g.ymd(1928, 1960)
    mx = [K(m) for m in measures]
    hours_a, hours_b, hours_c = g.rng.randint(1, 3), round(g.rng.uniform(4, 20), 1), round(g.rng.uniform(6, 40), 1)
    owner = g.firm_name("ch")
    practice = L("ORGANIZATION", g.pick((f"Hausarztpraxis {owner}", f"Gruppenpraxis {owner} & Partner", "Medbase Gesundheitszentrum Thun")))
    heading = {"de": "", "it": "PRESCRIZIONE MEDICA CURE A DOMICILIO / ", "fr": "PRESCRIPTION MÉDICALE DE SOINS À DOMICILE / "}[lang]
    body = (f"{heading}ÄRZTLICHE VERORDNUNG / BEDARFSMELDUNG SPITEX ({K('Art. 7 Abs. 2 KLV')}; {K('Art. 25a KVG')})\n"
            f"Leistungserbringer: {L('ORGANIZATION', org)}, UID {g.uid_ch()}\n\n"
            f"Klient{'in' if client.female else ''}: {client.official()}   Geburtsdatum: {g.dob('ch', ymd)}   AHV-Nr.: {g.ahv()}\n"
            f"Adresse: {g.place(homes)}   Tel.: {g.phone('ch')}\n"
            f"Krankenversicherer: {L('ORGANIZATION', g.pick(CH_INSURERS))}, Versichertenkarte {L('HEALTH_ID', '80756' + g.digits(15))}\n"
            f"Angehörige: {'Tochter' if child.female else 'Sohn'} {child.full()}, {g.phone('ch')}\n\n"
            f"Diagnose: {K(dx)}\nAbklärung ({K(g.pick(CH_TOOLS))}) durch Pflegefachfrau {nurse.full()} am {g.day('ch', issued, -g.rng.randint(2, 10))}.\n"
            f"Massnahmen:\n  a) Abklärung, Beratung und Koordination: {K(f'{hours_a} Std. pro Quartal')}\n"
            f"  b) Untersuchung und Behandlung: {mx[0]}; {mx[1]} -- {K(f'{hours_b} Std. pro Quartal')}\n"
            f"  c) Grundpflege (Körperpflege, Mobilisation): {K(f'{hours_c} Std. pro Quartal')}\n"
            f"Gültig vom {g.day('ch', issued)} bis {g.day('ch', issued, 89)} (3 Monate). {K('Patientenbeteiligung max. CHF 15.35 pro Tag')}; "
            f"Rückerstattungen auf {g.iban_of('CH', g.pick(('00700', '00235', '80808', '09000')) + g.digits(12))}.\n\n"
            f"Verordnende Ärztin/verordnender Arzt: Dr. med. {doc.full()}, {practice}, ZSR {L('LICENSE_NUMBER', g.pick('ABCDEFGHKLMNPRSTUVWXYZ') + g.digits(6))}, "
            f"GLN {g.gln()}\nDatum: {g.day('ch', issued)}")
    return "Welche Leistungen sind verordnet und für wie lange?", body, \
        f"{client.full()}: {mx[0]}; {mx[1]}; gültig 3 Monate ab {g.day('ch', issued)}."


AT_PLACES = (("Wien", ("Mariahilfer Straße {n}/{k}/{m}, 1060 Wien", "Favoritenstraße {n}/{m}/{k}, 1100 Wien", "Brünner Straße {n}/{k}, 1210 Wien"),
              "Standesamt Wien-Mariahilf", ("Pflegewohnhaus Rudolfsheim", "Haus der Barmherzigkeit Seeböckgasse")),
             ("Graz", ("Annenstraße {n}/{k}, 8020 Graz", "Conrad-von-Hötzendorf-Straße {n}, 8010 Graz"), "Standesamt Graz",
              ("Pflegeheim Aigner-Rollett-Allee", "Geriatrische Gesundheitszentren Graz")),
             ("Innsbruck", ("Anichstraße {n}, 6020 Innsbruck", "Höttinger Au {n}/{k}, 6020 Innsbruck"), "Standesamt Innsbruck",
              ("Wohnheim Pradl", "Seniorenheim Hötting")),
             ("Salzburg", ("Linzer Gasse {n}, 5020 Salzburg", "Ignaz-Harrer-Straße {n}/{k}, 5020 Salzburg"), "Standesamt Salzburg",
              ("Seniorenwohnhaus Nonntal", "Seniorenwohnhaus Itzling")))
AT_CAUSES = (("akuter Myokardinfarkt (I21.9)", "koronare Herzkrankheit (I25.1)", "Diabetes mellitus Typ 2 (E11.9)"),
             ("Pneumonie (J18.9)", "Morbus Parkinson (G20)", "Dysphagie (R13)"),
             ("Herzinsuffizienz (I50.0)", "Vorhofflimmern (I48.9)", "chronische Niereninsuffizienz Stadium 4 (N18.4)"),
             ("metastasiertes Kolonkarzinom (C18.9)", "Kachexie (R64)", "Lebermetastasen (C78.7)"))
AT_SIGNS = ("Totenflecken am Rücken, nicht mehr wegdrückbar", "Leichenstarre voll ausgebildet", "Hornhauttrübung beidseits",
            "keine Zeichen äußerer Gewalteinwirkung")
AT_UNDERTAKERS = ("Bestattung {a} GmbH", "{a} Bestattungen KG", "Bestattungsinstitut {a} & Söhne GmbH")
AT_LAWS = {"Wien": "§ 3 Wiener Leichen- und Bestattungsgesetz", "Graz": "§ 3 Steiermärkisches Leichenbestattungsgesetz 2010",
           "Innsbruck": "§ 4 Tiroler Gemeindesanitätsdienstgesetz", "Salzburg": "§ 5 Salzburger Leichen- und Bestattungsgesetz 1986"}


def death_inspection(g: Gen) -> tuple[str, str, str]:
    city, homes, registry, homes_care = g.pick(AT_PLACES)
    female = g.rng.random() < 0.5
    deceased = g.person("at", female)
    maiden = g.person("at", True).last if female else ""  # a married woman's own family name (geb.)
    informant = g.relative(deceased, g.rng.random() < 0.5, "child")
    inspector, gp = g.person("at"), g.person("at")
    died = g.base(2023, 2025)
    ymd = g.ymd(1925, 1960)
    causes = [K(c) for c in g.pick(AT_CAUSES)]
    signs = [K(s) for s in g.rng.sample(AT_SIGNS, 3)]
    at_home = g.rng.random() < 0.5
    title = "Dr.in" if inspector.female else "Dr."
    undertaker = L("ORGANIZATION", g.pick(AT_UNDERTAKERS).format(a=g.firm_name("at")))
    maiden_text = f", geb. {L('PERSON', maiden)}" if maiden else ""
    body = (f"TOTENBESCHAUBEFUND / TODESBESCHEINIGUNG\n(gemäß {K(AT_LAWS[city])})\n\n"
            f"Verstorbene{'' if female else 'r'}: {deceased.full()}{maiden_text}\nGeburtsdatum: {g.dob('at', ymd)}   SVNR: {g.svnr(ymd)}\n"
            f"Letzter Wohnsitz: {g.place(homes)}\nFamilienstand: {g.pick(('verwitwet', 'verheiratet', 'geschieden') if maiden else ('verwitwet', 'verheiratet', 'ledig'))}; "
            f"Religionsbekenntnis: {g.pick(('röm.-kath.', 'evang. A.B.', 'ohne'))}\n\n"
            f"Todeszeitpunkt: {g.stamp('at', died, g.rng.randint(0, 23))}   Sterbeort: "
            + ("Wohnung (wie oben)" if at_home else L('ORGANIZATION', g.pick(homes_care))) + "\n"
            f"Totenbeschau: {g.stamp('at', died + datetime.timedelta(days=g.rng.randint(0, 1)), g.rng.randint(6, 22))}; Befund: {signs[0]}; {signs[1]}; {signs[2]}.\n"
            f"Todesursache: Ia {causes[0]}; Ib {causes[1]}; II {causes[2]}.\nTodesart: {K('natürlicher Tod')}. Obduktion: {K('nicht erforderlich')}.\n"
            f"Behandelnde{'' if gp.female else 'r'} Ärztin/Arzt: {'Dr.in' if gp.female else 'Dr.'} {gp.full()}, {g.phone('at')}\n\n"
            f"Anzeigende Person: {'Tochter' if informant.female else 'Sohn'} {g.pick(('', 'Mag.a ' if informant.female else 'Mag. ', 'DI ', 'Ing. '))}"
            f"{informant.full()}, {g.place(homes)}, {g.phone('at')}\n"
            f"Bestatter: {undertaker}, FN {L('COMPANY_REGISTRATION', g.digits(6) + g.pick('abdfghikmpstvwxyz'))}\n"
            f"Gebühr für die Totenbeschau: {K(f'€ {g.rng.randint(60, 140)},{g.digits(2)}')}, zu überweisen auf "
            f"{g.iban_of('AT', g.pick(('12000', '20111', '32000', '14000', '60000')) + g.digits(11))}.\n"
            f"Weiterleitung an: {L('ORGANIZATION', registry)}, Sterbebuch-Nr. {L('CASE_NUMBER', f'{g.rng.randint(40, 2900)}/{died.year}')}\n\n"
            f"{title} {inspector.full()}, Totenbeschau{'ärztin' if inspector.female else 'arzt'} (Sprengel{'ärztin' if inspector.female else 'arzt'}) -- "
            f"{L('LOCATION', city)}, am {g.day('at', died, g.rng.randint(0, 1))}")
    return "Fasse den Totenbeschaubefund in einem Satz zusammen.", body, \
        f"{deceased.full()}: {K('natürlicher Tod')} an {causes[0]}."


CL_EMPLOYERS = (("Transportes Cordillera SpA", "Av. Américo Vespucio {n}, Pudahuel, Santiago"), ("Comercial Los Aromos Limitada", "Av. Providencia {p}, oficina {n}, Providencia, Santiago"),
                ("Agrícola Valle Elqui S.A.", "Ruta D-41 km {k}, Vicuña"), ("Servicios Mineros Atacama SpA", "Av. Grecia {p}, Antofagasta"),
                ("Pesquera Golfo de Arauco S.A.", "Av. Colón {p}, Talcahuano"))
CL_HOMES = ("Pasaje Los Aromos {p}, Villa Los Héroes, comuna de Maipú", "Calle Santa Rosa {p}, depto. {n}, comuna de Santiago",
            "Población La Victoria, pasaje {k} casa {n}, comuna de Pedro Aguirre Cerda", "Los Copihues {p}, Villa El Bosque, Temuco",
            "Block {k}, depto. {n}, Villa Portales, Estación Central")
CL_JOBS = ("conductor de camión", "vendedor", "operador de grúa horquilla", "temporero", "administrativo contable", "operario de planta")
CL_AFP = ("AFP Habitat", "AFP Provida", "AFP Capital", "AFP Modelo", "AFP PlanVital")
CL_HEALTH = ("Fonasa", "Isapre Colmena", "Isapre Cruz Blanca", "Isapre Banmédica")
CL_NOTARIES = ("Notaría {a}", "Notaría {a} de Maipú", "Primera Notaría de {city}")


def dismissal_letter(g: Gen) -> tuple[str, str, str]:
    employer, address = g.pick(CL_EMPLOYERS)
    worker, manager = g.person("cl"), g.person("cl")
    hired = g.base(2012, 2021)
    notice = g.base(2023, 2025)
    end = notice + datetime.timedelta(days=30 if g.rng.random() < 0.5 else 0)
    salary = g.rng.randint(52, 260) * 10_000
    years = max(1, min(11, (notice - hired).days // 365))
    severance = salary * years
    notary_name = g.firm_name("cl")
    health = g.pick(CL_HEALTH)
    health_text = health if health == "Fonasa" else L("ORGANIZATION", health)
    worker_title = "Señora" if worker.female else "Señor"
    clp = lambda n: f"${n:,}".replace(",", ".")  # noqa: E731
    body = (f"{L('ORGANIZATION', employer)}\nRUT {g.rut(company=True)}\n{L('LOCATION', g.fill(address))}\n\n"
            f"{L('LOCATION', g.pick(('Santiago', 'Antofagasta', 'Talcahuano', 'Vicuña')))}, {g.day('cl', notice)}\n\n"
            f"{worker_title}\n{worker.caps()}\nRUT {g.rut()}\n{g.place(CL_HOMES)}\nPRESENTE\n\n"
            f"Ref.: Carta de aviso de término de contrato de trabajo\n\n"
            f"De nuestra consideración:\nPor medio de la presente, comunicamos a usted que con fecha {g.day('cl', end)} se pondrá término al contrato de trabajo "
            f"que {'la' if worker.female else 'lo'} vincula con la empresa desde el {g.day('cl', hired)}, en el cargo de {g.pick(CL_JOBS)}, por la causal del "
            f"{K('artículo 161 inciso primero del Código del Trabajo')}, esto es, {K('necesidades de la empresa')}, fundada en "
            f"{g.pick(('la reestructuración del área de logística', 'la baja sostenida de las ventas', 'el cierre de la faena'))}.\n\n"
            f"Conforme al {K('artículo 162 del Código del Trabajo')}, le informamos que sus cotizaciones previsionales se encuentran íntegramente pagadas en "
            f"{L('ORGANIZATION', g.pick(CL_AFP))} y {health_text}, según certificado adjunto.\n\n"
            f"Se pagarán: {K(f'indemnización por años de servicio ({years} años): {clp(severance)}')}"
            + (f"; {K(f'indemnización sustitutiva del aviso previo: {clp(salary)}')}" if end == notice else "")
            + f"; {K(f'feriado proporcional: {g.rng.randint(3, 14)},{g.digits(2)} días')}. Del monto se descontará el aporte del empleador al "
            f"{K('seguro de cesantía (Ley N° 19.728)')}.\n"
            f"El finiquito estará a su disposición en la {L('ORGANIZATION', g.pick(CL_NOTARIES).format(a=notary_name, city=g.pick(('Santiago', 'Temuco', 'Antofagasta'))))}, "
            f"y el pago se depositará en su Cuenta RUT N° {L('ACCOUNT_NUMBER', g.digits(8))}.\n\n"
            f"Copia de esta carta se envía a la {L('ORGANIZATION', g.pick(('Inspección Provincial Santiago Poniente', 'Inspección Comunal Maipú', 'Inspección Provincial Antofagasta')))}.\n\n"
            f"Atentamente,\n{manager.full()}\nGerente de Personas\n{g.email(manager, ascii_fold(employer.split()[0]).lower() + '.cl')} -- {g.phone('cl')}\n\n"
            f"Recibí copia: {worker.initial_dot()}  Fecha: {g.day('cl', notice, g.rng.randint(0, 3))}")
    return "Resume la carta: causal, fecha de término y montos.", body, \
        f"{worker.full()}: despido por {K('necesidades de la empresa')} desde el {g.day('cl', end)}; {K(f'indemnización por años de servicio ({years} años): {clp(severance)}')}."


MX_PLACES = (("PL", "Puebla", ("Calle 5 de Mayo {n}, Col. Centro, C.P. 72000, Puebla, Pue.", "Privada Xonaca {k}, Col. Xonaca, C.P. 72280, Puebla, Pue.",
                               "Av. Hermanos Serdán {n}, San Pedro Cholula, Pue."), ("Hospital General de Cholula", "Hospital de la Mujer Puebla")),
             ("TL", "Tlaxcala", ("Calle Juárez {n}, San Pablo del Monte, Tlax.", "Barrio de Xolalpan, Calle Tlaloc {k}, Contla, Tlax."),
              ("Hospital General de Tlaxcala", "Hospital de la Mujer Tlaxcala")),
             ("DF", "Ciudad de México", ("Calle Oriente 157 núm. {n}, Col. Salvador Díaz Mirón, Gustavo A. Madero, C.P. 07400, CDMX",
                                        "Andador {k}, Unidad Habitacional Vicente Guerrero, Iztapalapa, C.P. 09200, CDMX"),
              ("Hospital Materno Infantil Inguarán", "Hospital General de Iztapalapa")),
             ("OC", "Oaxaca", ("Calle Macedonio Alcalá {n}, Oaxaca de Juárez, Oax.", "Domicilio conocido, San Antonino Castillo Velasco, Oax."),
              ("Hospital General Dr. Aurelio Valdivieso", "Hospital de la Niñez Oaxaqueña")))
MX_LANGUAGES = ("náhuatl", "zapoteco", "mixteco", "ninguna")


def birth_certificate(g: Gen) -> tuple[str, str, str]:
    state, state_name, homes, hospitals = g.pick(MX_PLACES)
    mother = g.person("mx", True)
    baby_female = g.rng.random() < 0.5
    father = g.person("mx", False)
    doc, informant_nurse = g.person("mx"), g.person("mx", True)
    born = g.base(2023, 2025)
    ymd = g.ymd(1982, 2007)
    weight, length = g.rng.randint(2450, 4100), g.rng.randint(45, 53)
    apgar = (g.rng.randint(6, 9), g.rng.randint(8, 10))
    weeks = g.rng.randint(36, 41)
    gravida = g.rng.randint(1, 5)
    imss = g.rng.random() < 0.5
    language = g.pick(MX_LANGUAGES)
    doctor_title = "Dra." if doc.female else "Dr."
    body = (f"CERTIFICADO DE NACIMIENTO -- Subsistema de Información sobre Nacimientos (SINAC)\nFolio: {L('CASE_NUMBER', f'{born.year % 100}{g.digits(8)}')}\n\n"
            f"DATOS DE LA MADRE\nNombre: {mother.caps()}   CURP: {g.curp(mother, ymd, state)}   Fecha de nacimiento: {g.dob('mx', ymd)}\n"
            f"Estado conyugal: {g.pick(('casada', 'unión libre', 'soltera'))}   Habla lengua indígena: {language}\n"
            f"Residencia habitual: {g.place(homes)}   Teléfono: {g.phone('mx')}\n"
            f"Derechohabiencia: " + (f"IMSS, NSS {g.nss_mx(ymd)}" if imss else "IMSS-Bienestar") + "\n"
            f"Expediente clínico: {L('HEALTH_ID', g.digits(7))}   Embarazos: {K(f'G{gravida} P{gravida}')}; consultas prenatales: {g.rng.randint(2, 9)}; trimestre de la primera: {g.pick(('primero', 'segundo'))}\n\n"
            f"DATOS DEL NACIDO VIVO\nSexo: {'mujer' if baby_female else 'hombre'}   Fecha y hora de nacimiento: {g.stamp('mx', born, g.rng.randint(0, 23))}\n"
            f"{K(f'Peso {weight:,} g')}   {K(f'Talla {length} cm')}   {K(f'Apgar {apgar[0]}/{apgar[1]}')}   "
            f"{K(f'Silverman-Andersen {g.rng.randint(0, 2)}')}   {K(f'Edad gestacional {weeks} semanas (Capurro)')}\n"
            f"Procedimientos: {K(g.pick(('parto eutócico', 'cesárea', 'parto eutócico con episiotomía')))}; {K('vacuna BCG')} y {K('hepatitis B')} aplicadas; "
            f"{K('tamiz neonatal')} programado.\n"
            f"Lugar: {L('ORGANIZATION', g.pick(hospitals))}, {L('LOCATION', state_name)}\n\n"
            f"Padre (informante): {father.full()}, CURP {g.curp(father, g.ymd(1975, 2005), state)}, {g.phone('mx')}\n"
            f"Certificó: {doctor_title} {doc.full()}, cédula profesional {L('LICENSE_NUMBER', g.digits(g.pick((7, 8))))}\n"
            f"Llenó: Enf. {informant_nurse.full()}   Fecha de certificación: {g.day('mx', born, g.rng.randint(0, 2))}\n"
            f"Nota: presentar este certificado en el {L('ORGANIZATION', g.pick(('Registro Civil de San Pedro Cholula', 'Juzgado del Registro Civil No. 12', 'Oficialía del Registro Civil de Contla', 'Registro Civil de Oaxaca de Juárez')))} "
            f"para el acta de nacimiento.")
    return "¿Qué datos de la persona recién nacida van al expediente?", body, \
        f"Nacido vivo, {'mujer' if baby_female else 'hombre'}, {K(f'Talla {length} cm')}; madre {mother.full()}."


NZ_AREAS = (("Counties Manukau", ("{n} Kowhai Street, Ōtara, Auckland 2023", "{k}/{n} Great South Road, Manurewa, Auckland 2102"), "Te Puea Memorial Marae, Māngere",
             "Tangaroa College"),
            ("Rotorua", ("{n} Ranolf Street, Rotorua 3010", "{k} Ngongotahā Road, Rotorua 3010"), "Te Papaiouru Marae, Ōhinemutu", "Western Heights High School"),
            ("Kaikohe", ("{n} Broadway, Kaikohe 0405", "{k} Mangakāhia Road, Kaikohe 0405"), "Te Kotahitanga Marae, Kaikohe", "Northland College"),
            ("Gisborne", ("{n} Childers Road, Gisborne 4010", "{k} Aberdeen Road, Gisborne 4010"), "Te Poho-o-Rāwiri Marae, Gisborne", "Lytton High School"),
            ("Porirua", ("{n} Bedford Street, Cannons Creek, Porirua 5024", "{k} Castor Crescent, Porirua 5024"), "Takapūwāhia Marae, Porirua",
             "Porirua College"))
NZ_OFFENCES = ("unlawfully taking a motor vehicle (Crimes Act 1961, s 226)", "burglary (Crimes Act 1961, s 231)",
               "wilful damage (Summary Offences Act 1981, s 11)", "shoplifting (Crimes Act 1961, s 219)", "assault (Summary Offences Act 1981, s 9)")
NZ_PLAN = ("reparation of $450 to the victim at $25 a week", "40 hours of community work at the marae", "a written apology to the victim",
           "an alcohol and other drug (AOD) assessment", "mentoring with a kaumātua for 3 months", "attendance at school (95% target)", "a curfew of 8 pm to 6 am")
NZ_IWI = ("Ngāpuhi", "Ngāti Whātua", "Te Arawa", "Ngāti Porou", "Ngāti Toa Rangatira", "Waikato-Tainui")


def family_group_conference(g: Gen) -> tuple[str, str, str]:
    area, homes, marae, school = g.pick(NZ_AREAS)
    yp = g.person("nz")
    mum = g.relative(yp, True, "parent")
    koro = g.person("nz", False)  # mum's father: her own family's name, not the one she married into
    victim = g.person("nz")
    coordinator, youth_aid, advocate, social_worker = g.person("nz"), g.person("nz"), g.person("nz"), g.person("nz")
    held = g.base(2023, 2025)
    ymd = g.ymd(held.year - 17, held.year - 14)
    plan = [K(p) for p in g.rng.sample(NZ_PLAN, 4)]
    offence = K(g.pick(NZ_OFFENCES))
    text_msg = (f"Text from {yp.given()} to the coordinator the night before: \"kia ora whaea {coordinator.lower_first()} its {yp.lower_first()}, "
                f"can my koro come 2moro? he dont drive so mum will bring him\"")
    body = (f"ORANGA TAMARIKI -- YOUTH JUSTICE FAMILY GROUP CONFERENCE: RECORD AND PLAN\n"
            f"Young person: {yp.full()}   DOB: {g.dob('nz', ymd)}   NHI: {g.nhi()}   Iwi: {g.pick(NZ_IWI)}\n"
            f"Youth Court CRN: {L('CASE_NUMBER', f'{held.year % 100}{g.rng.randint(1, 9):03d}{g.digits(6)}')}   Charge: {offence}\n"
            f"Address: {g.place(homes)}   Attends: {L('ORGANIZATION', school)}, NSN {L('STUDENT_ID', g.digits(9))}\n"
            f"Held: {g.stamp('nz', held, g.rng.randint(9, 14))} at {L('LOCATION', marae)}; opened with karakia by Koro {koro.full()}.\n\n"
            f"Present: {yp.given()}; mum {mum.full()} ({g.phone('nz')}); Koro {koro.given()}; {victim.full()} (victim, with a support person); "
            f"Constable {youth_aid.full()} (Youth Aid), {L('ORGANIZATION', area + ' Police')}; youth advocate {advocate.full()}; "
            f"social worker {social_worker.full()}; coordinator {coordinator.full()}.\n\n"
            f"{text_msg}\n\n"
            f"The young person admitted the charge under {K('s 259 of the Oranga Tamariki Act 1989')}. The whānau spoke about "
            f"{g.pick(('the older cousins', 'the friends at the skate park', 'the move from Australia last year'))}; {victim.formal()} described the loss.\n"
            f"Agreed plan ({K('s 260 Oranga Tamariki Act 1989')}), to be monitored by the coordinator:\n"
            + "\n".join(f"  {i}. {p}" for i, p in enumerate(plan, 1)) + "\n"
            f"Next Youth Court date: {g.day('nz', held, g.rng.randint(28, 60))}. If the plan is completed: {K('s 282 discharge')} to be sought.\n"
            f"Record written by {coordinator.initial_dot()}, {g.email(coordinator, 'ot.govt.nz')}, on {g.day('nz', held, 1)}.")
    return "Summarise the FGC plan for the Youth Court.", body, f"{yp.full()} admitted {offence}; plan: {plan[0]}; {plan[1]}."


SC_AREAS = (("Glasgow City Health and Social Care Partnership", ("Flat {m}/{k}, {n} Dumbarton Road, Glasgow G11 6PA", "{n} Paisley Road West, Glasgow G51 1LF",
                                                               "Flat {m}/{k}, {n} Duke Street, Dennistoun, Glasgow G31 1JD"), "glasgow.gov.uk"),
            ("Highland Council", ("{n} Culduthel Road, Inverness IV2 4AG", "{k} Achany Road, Dingwall IV15 9JB", "Croft {k}, Balnacoil, Brora KW9 6LX"), "highland.gov.uk"),
            ("Dundee City Council", ("{n} Hilltown, Dundee DD3 7AN", "Flat {k}, {n} Perth Road, Dundee DD2 1LN"), "dundeecity.gov.uk"),
            ("Comhairle nan Eilean Siar", ("{k} Bayhead, Stornoway, Isle of Lewis HS1 2DU", "{k} Lionel, Ness, Isle of Lewis HS2 0XD"), "cne-siar.gov.uk"))
SC_PRACTICES = ("Riverside Medical Practice", "Dennistoun Family Practice", "Ardach Health Centre", "Cairnsmore Surgery", "Group Practice, Ness")
SC_HARMS = (("financial harm", "withdrawals of " + K("£300 a day") + " from the adult's account by {who}, the adult's {rel}", True),
            ("neglect", "the adult found without heating or food by a home carer (" + K("Waterlow score 18") + "); {who}, the adult's {rel} and unpaid carer, not seen for a week", None),
            ("physical harm", K("bruising to both upper arms") + " noted by the district nurse; the adult said {who}, the adult's {rel}, 'gets angry'", None),
            ("financial harm", "a doorstep trader, {who}, took " + K("£4,800") + " for roof repairs that were never done; the adult's {rel} raised it", None))
SC_HEALTH = ("Alzheimer's disease, MMSE 19/30", "vascular dementia, ACE-III 61/100", "Korsakoff syndrome", "learning disability (moderate)",
             "COPD with home oxygen", "Parkinson's disease, Hoehn and Yahr stage 4")


def asp_case_conference(g: Gen) -> tuple[str, str, str]:
    council, homes, domain = g.pick(SC_AREAS)
    harm, story, bank = g.pick(SC_HARMS)
    adult = g.person("sc")
    kin_kind = g.pick(("child", "sibling"))
    other = g.relative(adult, g.rng.random() < 0.5, kin_kind) if "trader" not in story else g.person("sc")
    rel = {"child": ("son", "daughter"), "sibling": ("brother", "sister")}[kin_kind][other.female]
    chair, sw, dc, cpn, advocate, gp, clerk = (g.person("sc") for _ in range(7))
    held = g.base(2023, 2025)
    ymd = g.ymd(1930, 1965)
    health = K(g.pick(SC_HEALTH))
    bank_line = (f"{L('ORGANIZATION', g.pick(('Clydesdale Bank', 'TSB', 'Nationwide Building Society', 'Virgin Money')))}'s vulnerable customer team "
                 f"confirmed the account (sort code and account "
                 f"{L('ACCOUNT_NUMBER', f'80-{g.digits(2)}-{g.digits(2)} {g.digits(8)}')}) is now flagged.\n" if bank else "")
    body = (f"{L('ORGANIZATION', council)} -- ADULT SUPPORT AND PROTECTION: INITIAL CASE CONFERENCE MINUTE (restricted)\n"
            f"Date: {g.stamp('sc', held, g.rng.randint(9, 15))}   Venue: {g.pick(('Teams', 'the social work office', 'the adult at risk’s home'))}\n\n"
            f"Adult at risk: {adult.full()}   DOB: {g.dob('sc', ymd)}   CHI: {g.chi(adult, ymd)}\nAddress: {g.place(homes)}\n"
            f"GP: Dr {gp.full()}, {L('ORGANIZATION', g.pick(SC_PRACTICES))}   Conditions: {health}\n\n"
            f"Present: {chair.full()} (chair, service manager); {sw.full()} (council officer); DC {dc.full()} (Police Scotland, ref. "
            f"{L('CASE_NUMBER', f'PS-{held.year}{held.month:02d}{held.day:02d}-{g.digits(4)}')}); {cpn.full()} (community psychiatric nurse); "
            f"{advocate.full()} (independent advocate). The adult attended for part of the meeting.\n\n"
            f"Concern ({K(harm)}): {story.format(who=other.full(), rel=rel)}.\n{bank_line}"
            f"Capacity: assessed by Dr {gp.sur()} on {g.day('sc', held, -g.rng.randint(3, 20))} as lacking capacity for complex financial decisions "
            f"({K('Adults with Incapacity (Scotland) Act 2000')}); no power of attorney registered.\n"
            f"Decisions: the adult meets the {K('three-point criteria')} of {K('section 3 of the Adult Support and Protection (Scotland) Act 2007')}; "
            f"protection plan agreed; {g.pick((K('banning order under section 19') + ' to be considered', K('guardianship application under section 57 of the 2000 Act'), K('Large Scale Investigation') + ' not needed'))}.\n"
            f"Actions: council officer to visit weekly -- {sw.initial_dot()}; advocacy -- {advocate.given()}; review on {g.day('sc', held, g.rng.randint(28, 90))}.\n"
            f"Minute taken by {clerk.full()}, {g.email(clerk, domain)}, {g.phone('sc')}")
    return "List the decisions and who does what.", body, f"{adult.full()}: protection plan agreed for {K(harm)}; review set."


IL_HOSPITALS = (("Sheba Medical Center, Tel HaShomer", "sheba.health.gov.il"), ("Rambam Health Care Campus", "rambam.org.il"),
                ("Hadassah Ein Kerem", "hadassah.org.il"), ("Soroka University Medical Center", "clalit.org.il"), ("Shaare Zedek Medical Center", "szmc.org.il"))
IL_FUNDS = ("Clalit", "Maccabi", "Meuhedet", "Leumit")
IL_HOMES = ("Rehov HaRakefet {k}/{m}, Modi'in-Maccabim-Re'ut", "Sderot Yerushalayim {n}, Ashdod", "Rehov Herzl {n}, dira {k}, Rishon LeZion",
            "Rehov HaNevi'im {n}, Haifa", "Rehov Ben Gurion {k}, Be'er Sheva", "Moshav Nir Galim, house {n}")
IL_PROTOCOLS = (("antagonist protocol", ("follitropin alfa 225 IU SC daily", "ganirelix 0.25 mg SC from day 6"), "triptorelin 0.2 mg SC trigger"),
                ("long agonist protocol", ("triptorelin 0.1 mg SC daily (down-regulation)", "menotropin 300 IU SC daily"), "choriogonadotropin alfa 250 µg SC trigger"),
                ("mild stimulation protocol", ("letrozole 5 mg PO days 3-7", "follitropin alfa 150 IU SC daily"), "triptorelin 0.2 mg SC trigger"))


def ivf_cycle_summary(g: Gen) -> tuple[str, str, str]:
    hospital, domain = g.pick(IL_HOSPITALS)
    protocol, drugs, trigger = g.pick(IL_PROTOCOLS)
    woman = g.person("il", True)
    partner = g.relative(woman, False, "spouse")
    doc, embryologist, nurse = g.person("il"), g.person("il"), g.person("il", True)
    start = g.base(2023, 2025)
    retrieval = start + datetime.timedelta(days=g.rng.randint(10, 13))
    ymd = g.ymd(1982, 1996)
    oocytes = g.rng.randint(4, 18)
    mii = g.rng.randint(max(2, oocytes - 6), oocytes)
    blasts = g.rng.randint(1, max(1, mii // 2))
    donor = g.rng.random() < 0.25
    hcg = g.rng.choice((0, 0, g.rng.randint(60, 900)))
    d = [K(x) for x in drugs]
    body = (f"{L('ORGANIZATION', hospital)} -- IVF Unit\nIVF CYCLE SUMMARY   Cycle no. {L('CASE_NUMBER', f'{start.year}-{g.digits(4)}')}\n\n"
            f"Patient: {woman.full()}   ת.ז. (Teudat Zehut): {g.teudat()}   DOB: {g.dob('il', ymd)}\n"
            f"Kupat Holim: {g.pick(IL_FUNDS)}, member no. {L('HEALTH_ID', g.digits(9))}   Address: {g.place(IL_HOMES)}   Mobile: {g.phone('il')}\n"
            + (f"Partner: {partner.full()}, ת.ז. {g.teudat()}\n" if not donor else f"Sperm: donor no. {L('HEALTH_ID', 'SB-' + g.digits(4))} (sperm bank, anonymous)\n")
            + f"\nIndication: {K(g.pick(('tubal factor', 'male factor (TMSC 2.1 million)', 'unexplained infertility', 'diminished ovarian reserve', 'PGT-M for BRCA1 carrier')))}; "
            f"{K(f'AMH {g.rng.randint(5, 40) / 10} ng/mL')}, {K(f'AFC {g.rng.randint(4, 22)}')}.\n"
            f"Protocol: {K(protocol)} from {g.day('il', start)}: {d[0]}; {d[1]}; final maturation {K(trigger)}.\n"
            f"Oocyte retrieval {g.stamp('il', retrieval, g.rng.randint(7, 11))}: {K(f'{oocytes} oocytes, {mii} MII')}; {K('ICSI')}; "
            f"{K(f'{blasts} blastocyst(s) on day 5 (best 4AA, Gardner)')}.\n"
            f"Transfer: single embryo on {g.day('il', retrieval, 5)}; {max(0, blasts - 1)} vitrified.\n"
            f"Result: {K(f'β-hCG {hcg} mIU/mL') if hcg else K('β-hCG negative')} on {g.day('il', retrieval, 14)}.\n\n"
            f"Physician: Dr. {doc.full()} (licence {L('LICENSE_NUMBER', g.digits(5))})   Embryologist: {embryologist.full()}\n"
            f"Coordinator: {nurse.full()}, {g.email(nurse, domain)}, {g.phone('il')}\n"
            f"Funded under the {K('National Health Insurance Law, 5754-1994')} basket (first two children); the {K('NIS 1,250 co-payment')} is refunded to "
            f"{g.iban_of('IL', g.pick(('010', '012', '020', '011')) + g.digits(3) + g.digits(13))}.")
    return "Summarise the cycle outcome for the referring gynaecologist.", body, \
        f"{woman.full()}: {K(f'{oocytes} oocytes, {mii} MII')}; " + (f"{K(f'β-hCG {hcg} mIU/mL')}." if hcg else f"{K('β-hCG negative')}.")


PK_STATIONS = (("Police Station Gulberg", "Lahore", ("House No. {n}, Street {k}, Mohallah Islampura, Lahore", "{n}-C, Model Town Extension, Lahore",
                                                     "House No. {n}, Gali Qasaban, Shad Bagh, Lahore")),
               ("Thana Saddar Rawalpindi", "Rawalpindi", ("House No. {n}, Dhoke Hassu, Rawalpindi", "Mohallah Chaman Zar, Street {k}, Rawalpindi")),
               ("Police Station Civil Lines Faisalabad", "Faisalabad", ("Chak No. {n}/JB, Tehsil Faisalabad Saddar", "P-{n}, Ghulam Muhammad Abad, Faisalabad")),
               ("Police Station Hayatabad", "Peshawar", ("House No. {n}, Phase {m}, Sector F-{k}, Hayatabad, Peshawar", "Mohallah Yakatoot, Peshawar City")))
PK_OFFENCES = (("379", "theft", "a Samsung Galaxy A54 mobile phone, IMEI {imei}, and cash Rs. {cash}"),
               ("392", "robbery", "a Honda CD-70 motorcycle, registration {reg}, a mobile phone, IMEI {imei}, and cash Rs. {cash}"),
               ("381-A", "theft of a vehicle", "a Suzuki Mehran car, registration {reg}, parked outside the house"),
               ("337-A(i), 506", "causing shajjah-i-khafifah and criminal intimidation", "a mobile phone, IMEI {imei}, after causing a lacerated wound 3 cm on the scalp"))


def fir_report(g: Gen) -> tuple[str, str, str]:
    station, city, homes = g.pick(PK_STATIONS)
    sections, offence, items = g.pick(PK_OFFENCES)
    complainant = g.person("pk", False)
    io, moharrir, witness = g.person("pk", False), g.person("pk", False), g.person("pk", False)
    accused = g.person("pk", False) if g.rng.random() < 0.5 else None
    occurred = g.base(2023, 2025)
    fir_no = f"{g.rng.randint(40, 2400)}/{occurred.year % 100}"
    reg = f"{g.pick(('LEA', 'LED', 'RIM', 'FDA', 'PRB'))}-{g.rng.randint(10, 24)}-{g.digits(4)}"
    cash = f"{g.rng.randint(3, 95) * 1000:,}"
    stolen = items.format(imei=g.imei(), reg=L("LICENSE_NUMBER", reg), cash=cash)
    stolen = stolen.replace(f"Rs. {cash}", K(f"Rs. {cash}"))
    caste = g.pick(("Arain", "Jat", "Gujjar", "Kamboh", "Mughal"))
    alias = f", alias {accused.nicknamed()}," if accused and accused.first in NICKNAMES else ""
    accused_text = (f"the accused {accused.with_father()}{alias} resident of {L('LOCATION', g.pick(('Bhatta Chowk', 'Kot Lakhpat', 'Dhok Kala Khan', 'Tarnol')))}, "
                    f"known to the complainant" if accused else "two unknown persons aged about 25-30 years, on a motorcycle without number plate")
    body = (f"FIRST INFORMATION REPORT\n(under {K('section 154 Cr.P.C.')})\n"
            f"FIR No. {L('CASE_NUMBER', fir_no)}   {L('ORGANIZATION', station)}   District {L('LOCATION', city)}\n"
            f"Date and time of occurrence: {g.stamp('pk', occurred, g.rng.randint(0, 23))}   Date and time of report: "
            f"{g.stamp('pk', occurred + datetime.timedelta(days=g.rng.randint(0, 1)), g.rng.randint(8, 23))}\n"
            f"Offence: {K(f'section {sections} PPC')} ({offence})\n\n"
            f"Complainant: {complainant.with_father()}, caste {caste}, resident of {g.place(homes)}, CNIC {g.cnic(complainant)}, mobile {g.phone('pk', mobile=True)}\n\n"
            f"Statement: Stated that I, {complainant.given()}, was returning home at night when {accused_text} stopped me near "
            f"{L('LOCATION', g.pick(('Liberty Chowk', 'Committee Chowk', 'Clock Tower', 'Board Bazaar')))} and took {stolen}. "
            f"{witness.with_father()} (mobile {g.phone('pk', mobile=True)}) saw the occurrence. "
            + (f"I was medically examined at the {L('ORGANIZATION', g.pick(('Services Hospital', 'Benazir Bhutto Hospital', 'Allied Hospital', 'Lady Reading Hospital')))}, "
               f"MLC No. {L('CASE_NUMBER', f'{g.rng.randint(10, 900)}/{occurred.year % 100}')}. " if "337" in sections else "")
            + "Legal action may be taken.\n"
            f"Entered in the daily diary (Roznamcha) as report No. {L('CASE_NUMBER', str(g.rng.randint(11, 69)))}. Case property, if recovered, to the Malkhana under "
            f"{K('Police Rules 1934, rule 22.70')}; report under {K('section 173 Cr.P.C.')} within {K('14 days')}.\n\n"
            f"Sd/- {complainant.given()} (thumb impression)\n"
            f"Registered by: {moharrir.full()}, ASI/Moharrir. Investigation entrusted to SI {io.full()}, mobile {g.phone('pk', mobile=True)}. "
            f"Copy of FIR supplied free of cost to the complainant under {K('section 154 Cr.P.C.')}")
    return "Summarise the FIR in two lines for the case diary.", body, \
        f"FIR {L('CASE_NUMBER', fir_no)}: {K(f'section {sections} PPC')} ({offence}) reported by {complainant.full()}."


BD_NGOS = (("Padma Unnayan Sangstha", "PUS"), ("Jamuna Gram Unnayan Society", "JGUS"), ("Shimul Samaj Kalyan Sangstha", "SSKS"),
           ("Meghna Mohila Unnayan Foundation", "MMUF"))
BD_PLACES = (("Kaliganj", "Village: Char Bhadrasan, Post Office: Kaliganj, Upazila: Kaliganj, District: Jhenaidah",
              "Village: Baro Bazar, Ward {k}, Kaliganj, Jhenaidah"),
             ("Shibchar", "Village: Kathalbari, Post Office: Shibchar, Upazila: Shibchar, District: Madaripur",
              "Village: Dattapara, Ward {k}, Shibchar, Madaripur"),
             ("Ullapara", "Village: Mohonpur, Post Office: Salap, Upazila: Ullapara, District: Sirajganj",
              "Village: Purnimagati, Ward {k}, Ullapara, Sirajganj"),
             ("Chilmari", "Village: Ramna, Post Office: Chilmari, Upazila: Chilmari, District: Kurigram",
              "Village: Jorgachh, Ward {k}, Chilmari, Kurigram"))
BD_PURPOSES = ("rearing two milk cows", "a small grocery shop (mudi dokan)", "duck rearing", "buying a sewing machine for tailoring",
               "vegetable cultivation on leased land", "a van rickshaw for the husband")
BD_SAMITIS = ("Shapla Mohila Samity", "Rajanigandha Mohila Samity", "Jhinuk Mohila Samity", "Bakul Mohila Samity", "Kamini Mohila Samity")


def microcredit_application(g: Gen) -> tuple[str, str, str]:
    ngo, short = g.pick(BD_NGOS)
    branch, village_full, village_short = g.pick(BD_PLACES)
    borrower = g.person("bd", True)
    husband = g.relative(borrower, False, "spouse")
    mother = g.person("bd", True)
    guarantor, officer, manager = g.person("bd"), g.person("bd", False), g.person("bd", False)
    applied = g.base(2023, 2025)
    ymd = g.ymd(1975, 2003)
    amount = g.rng.choice((20_000, 25_000, 30_000, 40_000, 50_000))
    weeks = 46
    instalment = round(amount * 1.15 / weeks)
    samity = g.pick(BD_SAMITIS)
    if samity.split()[0] == borrower.first:
        samity = "Padma Mohila Samity"
    purpose = K(g.pick(BD_PURPOSES))
    body = (f"{L('ORGANIZATION', ngo)} -- MRA licence no. {L('COMPANY_REGISTRATION', f'{g.digits(5)}-{g.digits(5)}-{g.digits(5)}')}\n"
            f"{L('ORGANIZATION', branch + ' Branch')}\nLOAN APPLICATION (JAGORON / general loan) -- translated from Bangla\n\n"
            f"Date: {g.day('bd', applied)} ({g.bn(applied)})\nGroup: {L('ORGANIZATION', samity)}, member no. {L('ACCOUNT_NUMBER', f'{g.digits(3)}-{g.digits(4)}')}\n\n"
            f"Name of member: {borrower.full()}   Husband's name: {husband.full()}   Mother's name: {mother.full()}\n"
            f"NID: {g.nid_bd(ymd)}   Date of birth: {g.dob('bd', ymd)}   Mobile: {g.phone('bd')}\n"
            f"Permanent address: {L('LOCATION', village_full)}\nPresent address: {L('LOCATION', g.fill(village_short))}\n\n"
            f"Loan applied for: {K(f'Tk {amount:,}')} for {purpose}\n"
            f"Terms: {K('service charge 24% (declining balance)')}; {K(f'{weeks} weekly instalments of Tk {instalment:,}')}; {K('loan insurance 1%')}; "
            f"{K('compulsory savings Tk 50 per week')}.\nRepayment by bKash from wallet {L('ACCOUNT_NUMBER', g.shape('01#########'))} or at the samity meeting.\n\n"
            f"Guarantor: {guarantor.full()} ({g.pick(('neighbour', 'samity leader', 'brother-in-law'))}), NID {g.nid_bd(g.ymd(1960, 2000))}, mobile {g.phone('bd')}\n"
            f"Thumb impression / signature of applicant: {borrower.given()}\n\n"
            f"Field verification by credit officer {officer.full()} on {g.day('bd', applied, g.rng.randint(2, 6))}: house visited, purpose confirmed.\n"
            f"Recommended by {manager.given()} {g.pick(('Sahib', 'bhai'))}, branch manager; loan account no. {L('ACCOUNT_NUMBER', f'{short}-{g.digits(6)}')} "
            f"opened, disbursement on {g.day('bd', applied, g.rng.randint(7, 15))}, under {K('Microcredit Regulatory Authority Act 2006')}.")
    return "Summarise the loan application for the branch committee.", body, \
        f"{borrower.full()} applies for {K(f'Tk {amount:,}')} for {purpose}."


NP_ROUTES = (  # (route, stops with their altitude, the nearest aid posts, the refuelling strip, where the others walk on to)
    ("Everest Base Camp trek", ("Lobuche (4,940 m)", "Dingboche (4,410 m)", "Gorak Shep (5,164 m)"),
     ("Himalayan Rescue Association aid post, Pheriche", "Khunde Health Post"), "Lukla", ("Namche Bazaar", "Lukla")),
    ("Annapurna Circuit", ("Thorong Phedi (4,450 m)", "Manang (3,540 m)", "Yak Kharka (4,050 m)"),
     ("Himalayan Rescue Association aid post, Manang", "Chame Health Post"), "Jomsom", ("Muktinath", "Pokhara")),
    ("Gokyo Lakes trek", ("Machermo (4,470 m)", "Phortse Thanga (3,680 m)", "Dole (4,040 m)"),
     ("Machermo Porters' Rescue Post", "Khunde Health Post"), "Lukla", ("Namche Bazaar", "Kathmandu")),
    ("Langtang Valley trek", ("Kyanjin Gompa (3,870 m)", "Mundu (3,550 m)"), ("Dhunche Primary Health Care Centre",), "Syabrubesi",
     ("Syabrubesi", "Kathmandu")))
NP_AGENCIES = (("Himalayan Summit Treks & Expedition Pvt. Ltd.", "himalayansummit.com.np"), ("Khumbu Sherpa Adventure Pvt. Ltd.", "khumbusherpa.com"),
               ("Machhapuchhre Trail Walkers Pvt. Ltd.", "trailwalkers.com.np"))
NP_OPERATORS = ("Kailash Air Rescue Pvt. Ltd.", "Dhaulagiri Heli Services", "Sagarmatha Rescue Air")
NP_HOSPITALS = ("CIWEC Hospital, Kathmandu", "Grande International Hospital", "Norvic International Hospital", "Mediciti Hospital, Lalitpur")
NP_CASES = (  # (diagnosis, findings, treatment on the mountain)
    ("high-altitude pulmonary oedema (HAPE)", ("SpO2 68% on room air", "crackles at both bases", "pulse 124"), ("nifedipine 30 mg SR", "oxygen 4 L/min", "Gamow bag 1 hour")),
    ("high-altitude cerebral oedema (HACE)", ("Lake Louise AMS score 9", "ataxia on heel-to-toe walking", "confusion"), ("dexamethasone 8 mg IM", "oxygen 4 L/min")),
    ("acute mountain sickness, severe", ("Lake Louise AMS score 7", "SpO2 74%", "vomiting x 4"), ("acetazolamide 250 mg BD", "ondansetron 4 mg")),
    ("fracture of the right ankle", ("swelling and deformity of the right ankle", "Ottawa ankle rules positive"), ("SAM splint", "ibuprofen 400 mg TDS")),
)  # fmt: skip
KR_INSURERS = (("Hanbit Travel Insurance Co., Ltd.", "hanbitins.co.kr"), ("Sejong Overseas Assistance Co.", "sejong-assist.kr"))
KR_HOMES = ("{n}, Worldcup-ro {k}-gil, Mapo-gu, Seoul {z}", "Apt. {n}-{p}, Haeundae-ro {k}, Haeundae-gu, Busan {z}",
            "{n}, Dongil-ro, Nowon-gu, Seoul {z}", "Apt. {k}-{p}, Jungang-ro {n}, Suwon-si, Gyeonggi-do {z}")


def heli_rescue(g: Gen) -> tuple[str, str, str]:
    route, stops, posts, airstrip, onward = g.pick(NP_ROUTES)
    agency, domain = g.pick(NP_AGENCIES)
    insurer, insurer_domain = g.pick(KR_INSURERS)
    dx, findings, tx = g.pick(NP_CASES)
    trekker = g.person("kr")
    companion = g.person("kr")
    guide, pilot, coordinator, doc = g.person("sh"), g.person("np", False), g.person("np"), g.person("np")
    porter = g.person("sh", False)
    day = g.base(2023, 2025)
    ymd = g.ymd(1960, 2000)
    f, t = [K(x) for x in findings], [K(x) for x in tx]
    where = g.pick(stops)
    place, altitude = where.split(" (")
    heli = f"9N-A{g.letters(2)}"
    body = (f"{L('ORGANIZATION', agency)} (Reg. no. {L('COMPANY_REGISTRATION', f'{g.digits(6)}/{g.pick((72, 74, 76, 78))}/0{g.pick((73, 75, 77, 79))}')}) -- "
            f"HELICOPTER EVACUATION REPORT for the insurer\nInsurer: {L('ORGANIZATION', insurer)}   Policy no. {L('CASE_NUMBER', f'TR{day.year}{g.digits(7)}')}   "
            f"Claim ref. {L('CASE_NUMBER', 'CL-' + g.digits(6))}\n\n"
            f"Patient: {trekker.official()}   Passport: {L('NATIONAL_ID', 'M' + g.digits(8))}   Resident registration no.: {g.rrn(trekker, ymd)}\n"
            f"Home address: {g.place(KR_HOMES)}   Mobile: {g.phone('kr')}   E-mail: {g.email(trekker, g.pick(('naver.com', 'daum.net', 'gmail.com')))}\n"
            f"TIMS card: {L('LICENSE_NUMBER', g.digits(4) + '-' + g.digits(6))}   Trip: {route}, day {g.rng.randint(6, 12)}\n\n"
            f"Event: on {g.stamp('np', day, g.rng.randint(4, 8))} ({g.bs(day)}) at {L('LOCATION', place)} ({K(altitude.rstrip(')'))}) the guide, "
            f"{guide.full()} (licence {L('LICENSE_NUMBER', g.digits(4))}, citizenship no. {L('NATIONAL_ID', f'{g.rng.randint(1, 75):02d}-{g.rng.randint(1, 9):02d}-{g.rng.randint(60, 79)}-{g.digits(5)}')}, "
            f"{g.phone('np')}), found {trekker.formal()} with {f[0]}; {f[1]}"
            + (f"; {f[2]}" if len(f) > 2 else "") + f". Treated on the spot: {'; '.join(t)}.\n"
            f"Working diagnosis (by phone with Dr {doc.full()} of the {L('ORGANIZATION', g.pick(posts))}): "
            f"{K(dx)}.\n"
            f"Evacuation: {L('ORGANIZATION', g.pick(NP_OPERATORS))}, aircraft {L('LICENSE_NUMBER', heli)}, Capt. {pilot.full()}; picked up at "
            f"{g.clock('np', g.rng.randint(6, 10))}, refuelled at {L('LOCATION', airstrip)}, handed over at the {L('ORGANIZATION', g.pick(NP_HOSPITALS))} "
            f"emergency department. Flight cost {K(f'USD {g.rng.randint(38, 62) * 100:,}')}; {K('guarantee of payment')} received from the insurer before take-off.\n"
            f"Position from the trekker's satellite messenger: {L('URL', f'https://share.garmin.com/{ascii_fold(trekker.first)}{ascii_fold(trekker.last)}')}.\n"
            f"Companion {companion.full()} and porter {porter.given()} continued to {L('LOCATION', g.pick(onward))}.\n\n"
            f"Coordinator: {coordinator.full()}, {g.email(coordinator, domain)}, {g.phone('np')}   Date: {g.day('np', day, 1)}\n"
            f"(Pilot's note: landing zone marked by {guide.given()} ji with a red jacket; {K('wind 15 kt')}, {K('visibility 5 km')}.)")
    return "Write the summary the insurer's medical team asked for.", body, \
        f"{trekker.full()}: {K(dx)} at {L('LOCATION', place)}; evacuated by helicopter."


def _one_document(write: Callable[[Gen], tuple[str, str, str]]) -> Callable[[Gen], tuple[str, str, str]]:
    """The writer, starting each document with no names given yet."""

    @functools.wraps(write)
    def fresh(g: Gen) -> tuple[str, str, str]:
        g.used = set()
        return write(g)

    return fresh


DOCTYPES: dict[str, Callable[[Gen], tuple[str, str, str]]] = {
    f.__name__: _one_document(f) for f in (lassa_investigation, transfusion_reaction, occupational_exam, notarial_deed, probate_application,
                                           trial_sae_narrative, driving_fitness, missing_person_report, euthanasia_registration, rent_tribunal_ruling,
                                           spitex_order, death_inspection, dismissal_letter, birth_certificate, family_group_conference,
                                           asp_case_conference, ivf_cycle_summary, fir_report, microcredit_application, heli_rescue)
}


# ---------------------------------------------------------------- records (bench/blind3.py's)


def generate(docs: int = DOCS, seed: int = 0) -> list[Blind3Record]:
    """``docs`` labelled records, document types and formats in turn, all drawn from ``seed``."""
    return blind3.generate(docs, seed, doctypes=DOCTYPES, draw=Gen)


def span_offsets(r: Blind3Record) -> list[tuple[str, int, int, str]]:
    """Each label as (field, start, end, entity), found in document order after the end of the one before it."""
    return blind7.span_offsets(r)


def text_fields(record: dict) -> list[tuple[str, str]]:
    """A record's text fields by the paths bench/blind3.py's labels use."""
    return blind7.text_fields(record)


def main(argv: list[str] | None = None) -> int:
    return blind3.main(argv, make=generate, docs=DOCS, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
