"""Postal addresses: US street lines with units, city-state-ZIP lines, military mail, UK, Canadian and Irish postcodes,
and continental European street lines and postcodes."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern

from fedtune.scrubbing.recognizers.base import NAME_WORD, DomainRecognizer
from fedtune.scrubbing.recognizers.spoken import SPOKEN_NUMBER
from fedtune.scrubbing.vouch import census_names, is_english, proper_words

_WORD = r"(?:[A-Z][a-z]+(?:['’]s)?\.?|(?:van|von|de|der|den|du|la|le|da|di|dos|das)(?=\s[A-Z]))"  # "8 Jan van Riebeeck Street", "29 Governor's Parade"
_SUFFIX_WORDS = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way"
    "|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close"
    "|Loop|Row|Alley|Plaza|Pike|Path|Walk|Run|Pass|Crossing|Ridge|Hill|Hills|Park|View"
    "|Heights|Gardens|Green|Grove|Point|Springs?|Mews|Expressway|Freeway|Turnpike"
    # Australian, New Zealand and South African kinds and their abbreviations: "Ocean Pde", "Gympie Tce".
    "|Parade|Pde|Tce|Cres|Esplanade|Esp|Circuit|Cct|Quay|Promenade|Boulevarde"
)
# A direction after the kind ends the street's name: "3824 2nd Avenue West,", "410 Main Street NE".
_POST_DIRECTION = r"(?:[ \t](?:North|South|East|West|NE|NW|SE|SW)(?=[ \t]*(?:[,;)\n]|$)|[ \t]+\p{Ll}))?"
_SUFFIX = rf"(?:{_SUFFIX_WORDS})\b\.?{_POST_DIRECTION}"
# The same street line in capitals, as a heading writes it: "PURCHASE OF 90 WILLOW WAY".
_CAPS_STREET = rf"\b\d{{1,6}}[A-Z]?\s(?:[A-Z][A-Z'’-]+\s){{1,3}}(?:{_SUFFIX_WORDS.upper().replace('SPRINGS?', 'SPRINGS|SPRING')}|PINES|CANYON|FERRY)\b\.?"
_UNIT_WORD = r"(?:Apt|Apartment|Suite|Ste|Unit|Rm|Room|Floor|Fl|Bldg|Building|#)"
_AU_UNIT = r"(?:(?:(?:Unit|Flat|Apt|Apartment|Shop|Suite|Villa|Townhouse|Level|Lvl)\.?[ \t])?\d{1,5}[A-Za-z]?/)?"
# A unit before the street line with a comma, as North America writes it: "Unit 10, 3824 2nd Avenue West".
_UNIT_BEFORE = r"(?:(?:Unit|Suite|Apt|Apartment|Flat)\.?[ \t]#?\d{1,5}[A-Za-z]?,[ \t])?"
_UNIT = rf"(?:,?\s{_UNIT_WORD}\.?\s?#?[\dA-Z][\w-]*)?"
_CITY_LINE = r"(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,\s[A-Z]{2}\s\d{5}(?:-\d{4})?\b"
# British overseas territories use one code each: "Stanley FIQQ 1ZZ", "Jamestown STHL 1ZZ", "Gibraltar GX11 1AA".
_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|(?:FIQQ|STHL|ASCN|TDCU|BBND|BIQQ|SIQQ|TKCA|PCRN)\s?1ZZ|GX11\s?1AA)\b"
# The town after a street line: "48 Lakeview Way, Paisley".
# Up to three places ("..., Morningside, Durban") and a four- or five-digit postcode ending the line or
# sentence, as South Africa, Australia and much of the world write it: "64 Long Street, Cape Town, 8001".
_PLACE = rf",\s(?!(?:The|He|She|They|It|We|His|Her|Their|Dr|Mr|Mrs|Ms|Suite|Apt|Unit)\b){NAME_WORD}(?:[ \t]{NAME_WORD}|\n(?!{NAME_WORD}[ \t]*:){NAME_WORD})?(?![\w'’])"
_TOWN = rf"(?:(?:{_PLACE}){{1,3}}(?:,?[ \t]\d{{4,5}}(?=[ \t]*(?:$|[.;)]|\s(?:and|or)\b)))?)?"
_UK_TOWN = rf"(?:{NAME_WORD}\s){{0,2}}{NAME_WORD}\s{_POSTCODE}"
# Words that end a form's label, not a town, before a state-like code: "Member ID", "Patient ID".
_NOT_TOWN = r"(?:Patient|Member|Insurance|Policy|Subscriber|Group|Claim|Student|Employee|Staff|User|Tax|Case|Seen|Reviewed|Signed|Name)\b"
# US states and territories, Canadian provinces, Australian states: the code before a postal code.
_STATE = (
    r"(?:A[AEKLPRSZ]|C[AOT]|D[CE]|F[LM]|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEHINOPST]|N[CDEHJMVY]|O[HKR]|P[ARW]"
    r"|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|ACT|NSW|QLD|TAS|VIC)"
)
_ZIP = r"\d{5}(?:-\d{4})?"
# Canada Post's letters (no D, F, I, O, Q, U; no W or Z first): "X2V 7H3", "J2S3V4".
CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPR-TV-Z][ \t]?\d[ABCEGHJ-NPR-TV-Z]\d"
# An Eircode: routing key (letter, two digits, or D6W) and four characters of Eircode's own
# alphabet, one at least a letter: "R13 YNCY", "D27 C4V0", "F55469X".
_EIRCODE = r"(?:[ACDEFHKNPRTVWXY]\d\d|D6W)[ \t]?(?=[\dACDEFHKNPRTVWXY]{0,3}[ACDEFHKNPRTVWXY])[\dACDEFHKNPRTVWXY]{4}"
# After a province's code any letter-digit-letter code is its postcode, whatever letters it uses: "Edmonton AB D8G 0N7".
_CA_PROVINCE = r"(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)"
_POSTAL = rf"(?:{_STATE}\s{{1,2}}{_ZIP}|{_CA_PROVINCE}[ \t][A-Z]\d[A-Z][ \t]?\d[A-Z]\d|{CA_POSTCODE}|{_EIRCODE}|{_POSTCODE})(?![\w/-])"

# Continental Europe. A street name ending in its kind ("Bahnhofstrasse", "Nørregade", "Storgata",
# "Oudegracht") or a kind as a word of its own ("Am Mühlbach", "Kongens gate", "Jægersborg Allé"),
# then the house number: "12", "14B", "1022/15", "221-bis".
_EU_KIND_SUFFIX = (
    r"(?:stra(?:ss|ß)e|gasse|weg|allee|platz|ring|damm|ufer|steig|gade|vej|gata|gatan|gate|veien|vegen|vegur|stræti"
    r"|stígur|gränd|straat|gracht|laan|plein|kade|singel|dreef|markt|ulica|bakken|bakke|torv|stræde|stien|vænget|toften"
    # Finnish: "Jaakonkatu 20 C 12", "Rovakatu 163 B 1", "Koivutie 5".
    r"|katu|(?<=[aeiouyäö]n|[uoyäö])(?<!Aun)tie|kuja|polku|väylä|raitti|kaari|rinne)"
)
_EU_KIND_WORD = (
    r"(?:Straße|Strasse|Gasse|Weg|Allee|Allé|Platz|Ring|Markt|Hauptstraße|gate|gata|gade|vej|veien|vegen|Vej|Gade"
    r"|Am|An\sder|Im|Auf\sdem|Zum|Zur)"
)
# A Finnish staircase and flat after the number: "20 C 12", "163 B 1".
_HOUSE = r"\d{1,4}(?:[ \t]?[A-Za-z](?![\w])(?:[ \t]\d{1,3}(?![\w.,/]))?)?(?:/\d{1,4}[A-Za-z]?)?(?:-bis|\sbis|\ster)?"
_EU_STREET = (
    rf"(?:\p{{Lu}}[\p{{L}}-]*{_EU_KIND_SUFFIX}|(?:{NAME_WORD}[ \t])?{NAME_WORD}[ \t]{_EU_KIND_WORD}"
    rf"|(?:Am|An\sder|Im|Auf\sdem|Zum|Zur)[ \t]{NAME_WORD})[ \t]{_HOUSE}"
)
# Prefixed street kinds: Polish, French, Spanish, Portuguese, Italian, Czech: "ul. Długa 7", "C/ Iturribide 22",
# "Rua de Cedofeita 318"; in French the number comes first: "14 rue des Tanneurs".
_CONNECTOR = r"(?:(?:de|del|de\sla|des|du|da|do|dos|das|di|della|dello|dei|degli|delle|dell['’]|la|le|les|d['’]|am|an|der|van|von)[ \t]?)"
_EU_PREFIX = (
    r"(?:ul\.|al\.|os\.|pl\.|rue|allée|avenue|av\.|boulevard|bd|impasse|chemin|quai|route|C/|Calle|Avda\.?|Avenida"
    r"|Paseo|Plaza|Carrer|Rambla|Rua|Travessa|Praça|Largo|Via|Viale|Piazza|Corso|nám\.|náměstí|třída"
    # Belgian and Brazilian kinds, and French "place" before its article ("place du Marché"; "in place" is English).
    r"|Chaussée|chaussée|Passagem|Alameda|Estrada|Rodovia|Beco|place(?=[ \t](?:du|de|des|d['’]))|Place(?=[ \t](?:du|de|des|d['’])))"
)
# A prefix starts its word: "al." ending "dismissal." or "refusal." is no street (issue 16, blind4).
_EU_NAMED = rf"(?<![\p{{L}}\d])(?:{_EU_PREFIX})[ \t]{_CONNECTOR}*\p{{Lu}}[\p{{L}}'’.-]*(?:[ \t]{_CONNECTOR}*\p{{Lu}}[\p{{L}}'’.-]*){{0,3}}"
# A flat, floor or door after the number: "2. th.", "st. tv.", "4º izq.", "m. 4", "Top 14", "Bât. C".
_EU_UNIT = r"(?:,?[ \t](?:bus[ \t]\d{1,4}[A-Za-z]?|\d{1,2}\.[ \t]?(?:th|tv|mf|sal)\.?|st\.[ \t]?(?:th|tv)\.?|\d{1,2}º[ \t]?\w{1,4}\.?|m\.[ \t]?\d{1,4}|lok\.[ \t]?\d{1,4}|Top[ \t]\d{1,4}|Stiege[ \t]\d{1,2}|\d\.[ \t]?OG|Bât\.[ \t]?\w))?"
# Continental postcodes before the town: "8001 Zürich", "80-831 Gdańsk", "602 00 Brno", "4050-174 Porto",
# "3511 NB Utrecht", "1165 København K", "F-38000 Grenoble", "D-79098 Freiburg im Breisgau".
_EU_CODE = r"(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}-\d{3}|\d{4}[ \t][A-Z]{2}|\d{3,5})"
_EU_TOWN = (
    rf"{_EU_CODE}[ \t]\p{{Lu}}[\p{{L}}'’.-]+(?:[ \t](?:im|am|an\sder|upon|sur|en|de)?[ \t]?\p{{Lu}}[\p{{L}}'’.-]*){{0,2}}(?:[ \t][A-Z]{{1,2}}\b)?"
    r"(?:[ \t]\([A-Z]{2}\))?"  # an Italian province: "93012 Gela (CL)"
)
# Italian streets in lower case, as Italians write them: "via dell'Industria 107", "corso Umberto I 115".
# English has "via" too ("via HFNC", "via Bristol 2 weeks later"), so a house number ending the line or
# clause must follow, except after kinds
# English lacks ("contrada Piano Lupo", "località Fontana").
_IT_NAME = r"(?:\p{Lu}[\p{L}'’.-]*|[IVX]{1,4}\b)"
_IT_STREET = (
    rf"(?<![\p{{L}}\d])(?:(?:via|viale|corso|piazza|piazzale|vicolo|largo|strada|lungomare)[ \t]{_CONNECTOR}*{_IT_NAME}"
    rf"(?:[ \t]{_CONNECTOR}*{_IT_NAME}){{0,3}},?[ \t]\d{{1,4}}(?:/?[A-Za-z](?![\w]))?(?=[ \t]*(?:[,;)]|$))"
    rf"|(?:contrada|località|frazione|borgata)[ \t]{_CONNECTOR}*{_IT_NAME}(?:[ \t]{_CONNECTOR}*{_IT_NAME}){{0,3}}(?:,?[ \t]\d{{1,4}})?)"
    rf"(?:,?[ \t](?:{_EU_TOWN}|{NAME_WORD}(?:[ \t]{NAME_WORD})?[ \t]\([A-Z]{{2}}\)))?"
)
# Brazil after the number: a flat ("apto 42", "sala 3"), the neighbourhood after a dash, the town and its state
# ("Campinas - SP", "São Paulo/SP") and the CEP, five digits, a dash and three ("01304-001").
_BR_UF = r"(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?![\w-])"
_CEP = r"\d{5}-\d{3}(?![\w-])"
_BR_PLACE = r"\p{Lu}[\p{L}'’.-]*(?:[ \t](?:de|do|da|dos|das)?[ \t]?\p{Lu}[\p{L}'’.-]*){0,3}"
_BR_TAIL = (
    r"(?:,?[ \t](?i:apto|apt|ap|sala|bloco|casa|conj|cj)\.?[ \t]\w{1,5})?"
    rf"(?:[ \t][-–][ \t]{_BR_PLACE})?(?:(?:,[ \t]{_BR_PLACE})?,[ \t]{_BR_PLACE}(?:[ \t]?[-–/][ \t]?{_BR_UF}))?(?:,?[ \t](?:CEP:?[ \t])?{_CEP})?"
)
# East Asia. Japan: a block number (chōme-banchi-gō, "2-6-16"), the district, the ward or city with its kind
# ("Naka-ku", "Kita-ku", "Sapporo-shi") and the postcode "998-6930". Korea: the building number and the road
# with its kind ("206 Haeundae-ro", "Teheran-ro 152"), the district ("Gangnam-gu"), the city and five digits.
_ASIA_ADMIN = r"(?:ku|shi|cho|chō|machi|mura|gun|ken|fu|gu|si|dong|eup|myeon|ri|do)"
_ASIA_ROAD = r"(?:ro|gil|daero|dong|ga)"
_ASIA_PLACE = rf",[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD})?"
_ASIA_CODE = r"(?:,?[ \t](?:〒[ \t]?)?(?:\d{3}-\d{4}|\d{5})(?![\w-]))?"
_JP_STREET = rf"\b\d{{1,2}}-\d{{1,3}}(?:-\d{{1,3}})?[ \t]{NAME_WORD}(?=(?:{_ASIA_PLACE}){{0,2}},[ \t]\p{{Lu}}\p{{Ll}}+-{_ASIA_ADMIN}\b)(?:{_ASIA_PLACE}){{1,3}}{_ASIA_CODE}"
_KR_STREET = (
    rf"(?:\b\d{{1,4}}(?:-\d{{1,3}})?[ \t]\p{{Lu}}\p{{Ll}}+-{_ASIA_ROAD}(?:[ \t]\d{{1,4}}(?:-\d{{1,3}})?)?"
    rf"|\b\p{{Lu}}\p{{Ll}}+-{_ASIA_ROAD}(?:[ \t]\d{{1,3}}(?:beon-gil|-gil))?[ \t]\d{{1,4}}(?:-\d{{1,3}})?)(?![\w-])"
    rf"(?:{_ASIA_PLACE}){{0,3}}{_ASIA_CODE}"
)
# The Philippines: block and lot, the barangay, the city: "Blk 30 Lot 15, Brgy. San Isidro, Iloilo City".
_PH_BARANGAY = rf"(?:Brgy\.?|Barangay|Purok|Sitio)[ \t](?:{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}|\d{{1,3}}\b)"
_PH_STREET = (
    rf"\b(?:Blk|Block)\.?[ \t]\d{{1,4}}[A-Z]?,?[ \t](?:Lot|L)\.?[ \t]\d{{1,4}}[A-Z]?(?:,?[ \t](?:Phase|Ph)\.?[ \t]\w{{1,4}})?"
    rf"(?:,[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}[ \t](?:St|Street|Ave|Avenue|Road|Rd)\.?)?"
    rf"(?:,[ \t]{_PH_BARANGAY})?(?:,[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}){{0,2}}(?:[ \t]\d{{4}}\b)?"
)
# A field that holds an address: "Address:", "Home address:", "Street:", "Residence:".
# In other languages too, with up to two words after the label: "Adrese:", "Naslov:", "Domicilio:", "Adresse de facturation:".
_ADDRESS_LABEL = (
    r"\b(?i:(?:home|postal|street|residential|permanent|mailing|current|new|correspondence|usual|habitual|normal|last|previous|present)[ \t]+)?"
    r"(?i:address|street|residence|domicile|adresse|adresa|adrese|adres|adresas|aadress|osoite|naslov|domicilio|domicílio"
    r"|dirección|direccion|endereço|morada|anschrift|wohnadresse|indirizzo|adreça|cím)(?:[ \t]+\p{Ll}+){0,2}[ \t]*:[ \t]*\K(?![^\n]{0,3}@)"
)
# Where someone lives, said in running text or speech, up to the clause's end when a number is in it: "I live at 17
# ward avenue, mandeville", "He lives at Farm No. 1256, Chisamba.", "domiciliado en Urdesa Central, calle Las Monjas
# 134", "gyv. Vilniaus g. 113, Šiauliai", "iz Vizantijski bulevar 157". "lives at home with his wife" has no number.
_CLAUSE_END = r"[ \t]+(?:with|and|since|for|but|who|because|when|where|until|while)\b"
_RESIDES = (
    r"(?:\b(?i:live|lives|living|lived|reside|resides|residing|resident|staying|stays)[ \t]+(?i:at|on)"
    r"|\b(?i:domiciliad[oa]|residente|con[ \t]domicilio|domicilié|domiciliée|demeurant|wohnhaft)[ \t]+(?i:en|à|au|in|a)"
    r"|(?<![\w.])gyv\.)"
    rf"[ \t]+\K(?=(?:(?!{_CLAUSE_END})[^\n;]){{0,60}}?\d)[^\n;]{{3,100}}?(?=[ \t]*(?:$|;|\.(?=[ \t]*(?:$|\p{{Lu}}))|[ \t]{{2}}|\)|{_CLAUSE_END}))"
)
# Where someone lives or has moved to, by the place's name alone: "Lives at Takamaka", "lives in Anse Royale with her
# aunt", "client relocated to Up Station, Bamenda". Capitalised words only: "lives at home" stays.
_RESIDES_IN_PLACE = (
    r"\b(?i:lives|living|lived|resides|residing|relocated|relocating)[ \t]+(?i:at|in|to)[ \t]+\K"
    rf"{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}(?:,[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}})?"
)
# The answer to a question for an address, on the next speaker's line: "AGENT: and the address\nCALLER: 22 heol y bryn,
# caernarfon", "Bot: And your address?\nuser: lot 37, nadera, nasinu".
_ADDRESS_ANSWER = r"\b(?<!(?i:e-?mail|web|ip|mac|return)[ \t])(?i:address)[ \t]*\??[ \t]*\n[ \t]*[\w \[\]:.-]{1,30}:[ \t]*\K(?=[^\n]{0,80}[\d,])[^\n]{3,120}"
# A plot, stand or farm by its number, as much of Africa and the Pacific address them, and the places after it:
# "Plot 7877, Kabulonga Road, Lusaka", "Stand 9013, Kansenshi, Ndola", "House No. 115, Chelston", "lot 37, nadera".
_NOT_PLACE = r"(?!(?:and|or|the|with|but|which|who|he|she|they|it|we|for|from|to|of)\b)"
_LOWER_PLACE = rf"{_NOT_PLACE}(?:{NAME_WORD}|\p{{Ll}}[\p{{Ll}}'’-]+)(?:[ \t](?:{NAME_WORD}|\p{{Ll}}[\p{{Ll}}'’-]+)){{0,2}}"
_LAND_PARCEL = (
    r"\b(?:Lot|Allotment|Parcel)[ \t]\d{1,5}[A-Z]?(?:[ \t](?:Block[ \t][IVXLC\d]+|Section[ \t]\d{1,4}))?[ \t](?:on[ \t])?"
    r"(?:Deposited[ \t]Plan[ \t]?(?:No\.?[ \t])?\d{3,7}|(?:Plan[ \t])?(?:DP|SP|LRP|RP|CP|PS|TP|SO|DPS)[ \t]?\d{3,7})\b"
)
# A US public-land description, as a deed or a will names a farm: "the SW 1/4 of Section 25, Township 16 North, Range 29 West".
PUBLIC_LAND = (
    r"\b(?:(?:the[ \t])?(?:[NS][EW]|[NSEW])[ \t]?(?:1/4|1/2|¼|½)[ \t](?:of[ \t](?:the[ \t])?)?)*"
    r"(?:Section|Sec\.)[ \t]\d{1,2},?[ \t](?:Township|Twp\.?|T\.)[ \t]?\d{1,3}[ \t]?(?:North|South|N|S)\b\.?,?[ \t]"
    r"(?:Range|Rge\.?|R\.)[ \t]?\d{1,3}[ \t]?(?:East|West|E|W)\b"
)
# Two streets that cross, as a witness places an event: "ran the light at 9th and Crawford", "near Main & 3rd".
_ORDINAL_STREET = r"\d{1,3}(?:st|nd|rd|th)"
_CROSSING = (
    rf"\b(?i:at|on|near|corner[ \t]of|intersection[ \t]of)[ \t]+(?:the[ \t]+)?\K(?!(?:The|A|An)\b)"
    rf"(?:{_ORDINAL_STREET}[ \t](?:and|&)[ \t]{NAME_WORD}|{NAME_WORD}[ \t](?:and|&)[ \t]{_ORDINAL_STREET}(?![ \t]+\p{{Ll}}))"
    r"(?:[ \t](?:Streets?|Sts?\.|Avenues?|Aves?\.))?"
)
_LANDMARK = rf"{NAME_WORD}(?:['’]s)?(?:[ \t]{NAME_WORD}(?:['’]s)?){{0,2}}"
_LANDMARK_ON_STREET = (
    rf"\b(?i:behind|past|near|opposite|next[ \t]+to|across[ \t]+from|by|beside)[ \t]+the[ \t]+(?:(?i:old|new)[ \t]+)?"
    rf"\K{_LANDMARK}[ \t]on[ \t](?:(?:{_WORD}[ \t]){{1,3}}{_SUFFIX}|Main(?![\w'’]|[ \t]\p{{Lu}}))"
)
_PLOT = (
    rf"\b(?:(?:Plot|Stand|Erf|House[ \t]No\.?|Farm[ \t]No\.?)[ \t]\d{{1,5}}[A-Za-z]?(?![\w/-])(?:,[ \t]{_LOWER_PLACE}){{0,3}}"
    # A lot (also a batch's word) only with a place after it.
    rf"|(?i:lot)[ \t]\d{{1,5}}[A-Za-z]?(?![\w/-])(?:,[ \t]{_LOWER_PLACE}){{1,3}})"
)
# A street line in lower case, as speech-to-text and typed forms write it, and its town: "167 main street strabane",
# "81 red hills road, kingston 19", "22 heol y bryn, caernarfon", "flat 2, 98 stryd fawr". Not "2 weeks down the road".
# Not "way" or "close", which ordinary sentences end with ("in 1 more way", "at 5 pm close").
_LOWER_KIND = r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|crescent|terrace|boulevard|blvd|highway|hwy|close|gardens|grove|mews|wynd)"
_LOWER_STREET_WORD = (
    r"(?!(?:the|a|an|of|to|in|on|at|down|up|for|and|or|by|from|with|this|that|my|his|her|our|their|per|times|x"
    r"|who|can|will|cannot|so|very|lives?|living|way|min|hr"
    r"|(?:second|minute|hour|day|week|month|year|mg|ml|mile|km|block|door|house|min|hr)s?)\b)[\p{Ll}'’-]+"
)
_TOWN_WORD = (
    rf"{_NOT_PLACE}(?!(?:full|new|comma|was|is|near|where|since|said|please|yes|no|um|in|on|at|by|every|this|last|next"
    rf"|today|tonight|yesterday|tomorrow|when|then|so|if|you|can|could|i|we|he|she|they|it|and|or|but|thanks|cheers|bye|the"
    rf"|my|your|for|to|with|from|as|are|will|would|should|might|may|must|have|has|had|do|does|did)\b)\p{{Ll}}[\p{{Ll}}'’-]+"
)
_LOWER_STREET = (
    # The house number in figures, or read out after a word that gives an address, as a transcript writes it: "i live at
    # forty four market street inverurie" (not "has one son who lives close by").
    rf"(?:\b(?i:flat|apt|unit)[ \t]\d{{1,4}}[a-z]?,?[ \t])?\b(?:\d{{1,5}}[a-z]?"
    rf"|(?<=\b(?i:live[sd]?|living|address(?:[ \t]is)?|at|number|flat|house)[ \t]){SPOKEN_NUMBER})[ \t]"
    rf"(?:(?:{_LOWER_STREET_WORD}[ \t]){{1,3}}{_LOWER_KIND}\b\.?|(?:heol|stryd|ffordd|lôn)(?:[ \t]{_LOWER_STREET_WORD}){{1,3}})"
    rf"(?:,?[ \t]{_TOWN_WORD}(?:[ \t]{_TOWN_WORD})?(?:[ \t]\d{{1,2}}\b)?)?"
)
# Whose drive or close it is, not which: "behind the car on neighbours drive", "on mums drive".
_POSSESSOR = r"(?:neighbou?rs?|mums?|mams?|moms?|dads?|nans?|grans?|sisters?|brothers?|friends?|aunty?s?|aunties|uncles?|sons?|daughters?|their|our|his|her|my)(?:['’]s?)?\b"
# A street in lower case located by a landmark on it, and its town: "the house behind the dairy on goulstone road,
# edgecumbe", "flat 4 above the chemist on high st" (not "behind the car on the road").
_LOWER_LANDMARK_STREET = (
    r"\b(?i:behind|past|near|opposite|next[ \t]+to|across[ \t]+from|beside|above|below|over|under)[ \t]+the[ \t]+"
    rf"(?:\p{{Ll}}+[ \t]+)?[\p{{Ll}}-]+[ \t]+on[ \t]+\K(?!{_POSSESSOR}){_LOWER_STREET_WORD}(?:[ \t]{_LOWER_STREET_WORD}){{0,2}}[ \t]{_LOWER_KIND}\b\.?"
    rf"(?:,?[ \t]{_TOWN_WORD}(?:[ \t]{_TOWN_WORD})?(?=[ \t]*(?:$|[,.;)]|(?i:till|until|from|since|for|and)\b)))?"
)
# A town's field typed in lower case, alone on its line: "Town: ross-on-wye", "City: wagga wagga" (not "Town: n/a").
_LOWER_PLACE_FIELD = (
    r"^[ \t]*(?i:town|city|village|suburb|county|town/city|place[ \t]of[ \t]birth)[ \t]*:[ \t]*"
    r"\K(?!(?:n/?a|none|unknown|same|as[ \t]above|tbc|not[ \t](?:known|stated|given)|see[ \t]|no[ \t]fixed)\b)"
    r"\p{Ll}[\p{Ll}'’]+(?:[ \t-]\p{Ll}[\p{Ll}'’]+){0,3}(?=[ \t]*\.?[ \t]*$)"
)
# A British postcode typed in lower or mixed case after its label: "Postcode: hr19ak", "pcode - HR4 3xc".
_LOWER_POSTCODE = r"\b(?i:post[ \t]?code|p[ \t]?code)[ \t]*[:#-]?[ \t]*\K(?i:[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2})\b"
# A unit on its own, anywhere: "Apt. 12B", "Suite 210", "Flat 2/1", "Studio 17g".
_UNIT_ALONE = r"\b(?:Apt\.?|Apartment|Suite|Ste\.|Flat|Studio)[ \t]#?\d{1,5}[A-Za-z]?(?:/\d{1,3})?\b"
# A label that announces a postcode: "postcode 4471", "PLZ 8400", "ZIP: 50312", "PIN 560041".
_CODE_LABEL = r"\b(?i:post\s?code|postal\s+code|zip(?:\s+code)?|PLZ|code\s+postal|PIN(?:\s+code)?|Eircode)\b\s{0,2}[:#]?\s{0,2}\K(?=[A-Z -]{0,4}\d)"


# Latin America: the kind, the name (words or a number, "Calle 47"), the number ("N° 392"), a floor
# ("23° B", "piso 4") and the places after it, each perhaps with its kind: "col. Centro", "C.P. 44100",
# "población Pedro de Valdivia", "Prov. de Buenos Aires", "C1195 CABA", "Guadalajara, Jal.".
_LA_KIND = (
    r"(?:Calle|Av\.|Avda\.|Avenida|Privada|Priv\.|Pasaje|Psje\.|Cerrada|Andador|Calzada|Callejón|Diagonal|Boulevard"
    r"|Blvd\.|Camino|Carrera|Cra\.|Transversal|Jirón|Jr\.)"
)
_LA_WORD = r"(?:(?:de|del|de\sla|de\slos|de\slas|la|las|los|el)[ \t])?(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?![\d°]))"
_LA_PLACE_KIND = r"(?:col\.|Col\.|colonia|Colonia|población|Población|barrio|Barrio|fracc\.|Fracc\.|Prov\.[ \t]de|Provincia[ \t]de|C\.P\.|CP|Depto\.|Dpto\.)"
_LA_PLACE = (
    rf",[ \t](?:{_LA_PLACE_KIND}[ \t]?)?(?:\p{{Lu}}\d{{4}}\p{{Lu}}{{0,3}}\b|\d{{4,5}}\b|{NAME_WORD}\.?|\p{{Lu}}{{2,5}}\b)"
    rf"(?:[ \t](?:(?:de|del|la|las|los)[ \t])?(?:{NAME_WORD}|\p{{Lu}}{{2,5}}\b)\.?)*"
)
_LA_STREET = (
    rf"\b{_LA_KIND}(?:[ \t]{_LA_WORD}){{1,4}}?[ \t](?:N°|Nº|No\.|#)?[ \t]?\d{{1,5}}(?:[-/]\d{{1,4}})?\b"
    rf"(?:,?[ \t]\d{{1,2}}°[ \t]?\p{{Lu}}\b|,?[ \t](?:piso|depto\.?|dpto\.?|int\.?|Int\.)[ \t]\w{{1,4}})?(?:{_LA_PLACE}){{0,5}}"
)
# Thailand: house number, the village group ("Moo 4") or the lane ("Soi Sukhumvit 23"), then subdistrict
# (Tambon, Khwaeng), district (Amphoe, Khet) and province, and the five-digit postcode.
_TH_STREET = (
    rf"\b\d{{1,4}}(?:/\d{{1,3}})?,?[ \t](?:Moo[ \t]\d{{1,2}}|Soi[ \t]{NAME_WORD}(?:[ \t]\d{{1,3}})?)"
    rf"(?:,[ \t](?:(?:Tambon|Amphoe|Khet|Khwaeng|Thanon|Soi)[ \t])?{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,3}}){{0,4}}(?:[ \t]\d{{5}}\b)?"
)
# A place named in its own field: "CITY: Temuco", "Sub-county: Kisumu East", "Born: Tulungagung, ...".
# Not "State:" or "Region:", which clinical forms use for other things ("State: Stable", "Region: Left").
_PLACE_LABEL = (
    r"\b(?i:city|town|village|district|sub-?county|county|province|municipality|place[ \t]of[ \t]birth|birthplace|born"
    r"|residence|locality|barangay|kecamatan|kabupaten|tambon|amphoe)[ \t]*:[ \t]*\K"
)
# A settlement by its kind: "Musikoma village", "Nyalenda B village", "Davao City", "Luleå kommun".
# With the place inside it before a comma: "Spanish Lookout, Cayo District", "Mhlume, Lubombo Region".
_SETTLEMENT = (
    rf"\b(?:{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}},[ \t])?"
    rf"{NAME_WORD}(?:[ \t](?:{NAME_WORD}|\p{{Lu}}\b)){{0,2}}[ \t](?:village|town|township|City|municipality|Municipality"
    rf"|kommun|kommune|Sub-County|sub-county|County|District|Province|Region|Parish|Regency|Kabupaten"
    rf"|district|province|county|prefecture)\b"
)

# Colombia: the street kind and number, "#", the cross street and the distance: "Carrera 9 # 48-66, apto 48, barrio
# Manrique, Medellín"; and the block-and-house form of planned districts: "Manzana 7 casa 6, barrio Cuba, Pereira".
_CO_TAIL = (
    rf"(?:,?[ \t](?:apto|apartamento|casa|torre|int\.?|interior|piso|bloque|lote)\.?[ \t][\w-]{{1,5}})*"
    rf"(?:,[ \t](?:barrio|urbanización|conjunto|sector|vereda)[ \t]{NAME_WORD}(?:[ \t](?:de[ \t]|del[ \t]|la[ \t])?{NAME_WORD}){{0,2}})?"
    rf"(?:,[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD})?(?![ \t]*\d))?"
)
_CO_STREET = (
    rf"\b(?:Carrera|Cra\.?|Kr\.?|Calle|Cl\.?|Avenida|Av\.?|Diagonal|Dg\.?|Transversal|Tv\.?)[ \t]\d{{1,3}}[A-Z]?(?:[ \t](?:Bis|Sur|Norte|Este))?"
    rf"[ \t]?(?:#|No\.?|N[°º])[ \t]?\d{{1,3}}[A-Z]?[ \t]?-[ \t]?\d{{1,3}}{_CO_TAIL}"
    rf"|\b(?:Manzana|Mz\.?)[ \t][\w]{{1,4}}[ \t](?:casa|lote|Lt\.?)[ \t]\w{{1,4}}{_CO_TAIL}"
)
# Bulgaria in Latin letters: the housing estate, block, entrance and flat: "zh.k. Mladost, bl. 135, vh. S, ap. 15, Varna 9000",
# "bul. Bulgaria 355, ap. 1, Veliko Tarnovo 5000".
_BG_STREET = (
    rf"\b(?:zh\.[ \t]?k\.|bul\.|kv\.)[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}(?:[ \t]\d{{1,4}}[A-Za-z]?)?"
    rf"(?:,[ \t](?:bl|vh|et|ap)\.[ \t]?\w{{1,4}})*(?:,[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD})?[ \t]\d{{4}}\b)?"
)
# Vietnam: house or group number, then street, ward, district and city, each after its word:
# "Số 416 phố Kim Mã, phường Ngọc Khánh, quận Ba Đình, Hà Nội", "Tổ 9, phường Hòa Khánh Bắc, quận Liên Chiểu, Đà Nẵng".
_VN_WORD = r"\p{Lu}\p{Ll}*\p{M}*\p{Ll}*"
_VN_PART = rf"(?i:phố|đường|phường|quận|huyện|xã|thị[ \t]trấn|tỉnh|thôn|ấp|khu[ \t]phố|thành[ \t]phố|TP\.)[ \t](?:{_VN_WORD}|\d{{1,2}})(?:[ \t]{_VN_WORD}){{0,3}}"
_VN_STREET = (
    rf"(?:\b(?i:Số|Tổ|Ngõ|Hẻm|Nhà)[ \t]\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})*,?[ \t])?{_VN_PART}(?:,[ \t](?:{_VN_PART}|{_VN_WORD}(?:[ \t]{_VN_WORD}){{0,2}}(?![ \t]*\d)))*"
)
# A street named without its kind, then a postcode and town: "Kerese 18, 20309 Narva", "Nørregade 41, 1165 København".
_STREET_BEFORE_CODE = rf"\b{NAME_WORD}(?:[ \t]{NAME_WORD})?[ \t]\d{{1,4}}[A-Za-z]?(?:-\d{{1,3}})?(?=,[ \t](?!(?:19|20)\d\d\b)\d{{4,5}}[ \t]\p{{Lu}})"
# Reserves and First Nations, named as places: "Garden Hill First Nation", "God's Lake Narrows", "Cross Lake Indian Reserve".
_FIRST_NATION = r"\b(?:(?!(?:Also|And|The|In|At|From|To|Home|Of|For|On|Near|With)\b)\p{Lu}[\p{L}'’-]*[ \t]){1,3}(?:First[ \t]Nations?|Cree[ \t]Nation|Indian[ \t]Reserve|Reserve[ \t]No\.[ \t]?\d{1,4})\b"


class StreetAddressRecognizer(DomainRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = (
        # 1777 Kramer Court, 68124 Julia Stravenue Suite 834, 12 N. Oak St. Apt 4B.
        # A house number may carry a letter: "142B Dooradoyle Road", "150a Pine Ridge Dr".
        # Australia writes the unit before the house number with a slash: "Unit 23/84 Brunswick St", "3/12 Smith St".
        Pattern("street with suffix", rf"\b{_UNIT_BEFORE}(?:(?:Lot|Block|Site|Mile)[ \t])?{_AU_UNIT}\d{{1,6}}[A-Za-z]?\s(?:(?:[NS][EW]|[NSEW])\.?\s)?(?:{_WORD}\s){{0,3}}{_SUFFIX}{_UNIT}{_TOWN}", 0.85),
        # A numbered street ("13 4th Ave", "60 4th Main, Kuvempunagar") and a numbered road, by the mile or the box on
        # it as rural routes give them ("154 Rte 10", "Mile 28 Hwy 2 W"); not "RR 22", a respiratory rate.
        Pattern("numbered street", rf"\b{_UNIT_BEFORE}\d{{1,6}}[A-Za-z]?[ \t](?:[NSEW]\.?[ \t])?\d{{1,3}}(?:st|nd|rd|th)[ \t](?:{_SUFFIX_WORDS}|Main)\b\.?{_POST_DIRECTION}{_UNIT}{_TOWN}", 0.85),
        Pattern("numbered road", r"\b(?:(?:Mile|Lot|Box|Site)[ \t])?\d{1,6}[A-Za-z]?,?[ \t](?:Hwy|Highway|Rte|Route|County[ \t]Road|Concession)[ \t]\d{1,4}[A-Z]?(?:[ \t][NSEW](?![\w'’-]))?", 0.85),
        # Directions by a landmark on a named street, as chat gives an address: "behind the Caltex on Mulgrave Rd", "past
        # the old Hardee's on Main", "by the Tesco on Boston Rd"; not "started by Oncology on PD-1".
        Pattern("landmark on a street", _LANDMARK_ON_STREET, 0.7),
        # A parcel by its legal description, as a title or a deed gives it: "Lot 3 Deposited Plan 065282", "Lot 12 DP
        # 1045521", "Lot 7 on Plan SP123456"; a lot named by its place after "of", "at" or "on" ("of Lot 20 Belmont,"; not
        # "Lot 4521 Sanofi", a vaccine's lot).
        Pattern("legal description of land", _LAND_PARCEL, 0.85),
        Pattern("public land description", PUBLIC_LAND, 0.85),
        Pattern("crossing streets", _CROSSING, 0.7),
        Pattern("lot by its place", rf"(?<=\b(?:of|at|on)[ \t])Lot[ \t]\d{{1,4}}[A-Z]?[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD})?(?=,)", 0.7),
        # A state of Nigeria, and others named so, after a town: ", Anambra State", ", Co. Wexford" is the county's.
        Pattern("state after a town", rf"(?<=,[ \t]){NAME_WORD}(?:[ \t]{NAME_WORD})?[ \t]State(?=[ \t]*(?:$|[,.;)\n]))", 0.7),
        # Any street line followed by a unit, or a number and capitalised words then a city line.
        Pattern("street with unit", rf"\b\d{{1,6}}[A-Za-z]?\s(?:{_WORD}\s){{1,3}}{_UNIT_WORD}\.?\s?#?\d[\w-]*", 0.85),
        Pattern("street before city", rf"\b\d{{1,6}}[A-Za-z]?\s(?:{_WORD}\s){{0,3}}{_WORD}{_UNIT}(?=,?\s{{1,2}}{_CITY_LINE})", 0.85),
        Pattern("city state zip", _CITY_LINE, 0.85),
        Pattern("street in capitals", rf"(?:\b(?:APT|FLAT|STUDIO|UNIT|SUITE)\s\w{{1,5}},?\s)?{_CAPS_STREET}", 0.85),
        Pattern("PO box", r"\b(?i:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box)\s\d{1,6}\b", 0.85),
        Pattern("military unit", r"\b(?:PSC|Unit|CMR)\s\d{4},?\sBox\s\d{4}\b", 0.9),
        Pattern("military ship", r"\bUS(?:NS|NV|S|CGC)\s[A-Z][a-z]+\b", 0.9),
        Pattern("military post", r"\b[AFD]PO\s(?:AA|AE|AP)\s\d{5}\b", 0.9),
        # Flat 59, Willis Lodge, North Jenna S6D 5AH; 317 Hugh Walk, Bellfurt G4 2UL.
        Pattern(
            "UK address",
            rf"\b(?:(?:Flat|Studio|Apartment|Unit)\s\d+[A-Za-z]?,\s)?(?:\d+[A-Za-z]?\s)?(?:{NAME_WORD}\s){{0,2}}{NAME_WORD},\s{_UK_TOWN}",
            0.85,
        ),
        Pattern("UK town and postcode", rf"\b{_UK_TOWN}", 0.85),
        Pattern("UK postcode", rf"\b{_POSTCODE}", 0.5),
        # A street line, town, or town and state, before a postal code: "7 Duncan Spurs, Chesterfield,
        # HD48 3QQ", "Spokane NV 73305", "Drogheda X40 5NK2", "Saskatoon SK J2S3V4".
        Pattern(
            "town before postal code",
            rf"\b(?:\d{{1,6}}[A-Z]?\s(?:{NAME_WORD}\s){{0,3}}{NAME_WORD}{_UNIT},\s)?(?:{NAME_WORD}[ \t]){{0,2}}{NAME_WORD},?\s{{1,2}}(?:{_STATE},?\s)?{_POSTAL}",
            0.85,
        ),
        # Canadian and Irish codes are distinctive alone; a ZIP needs the state before it.
        Pattern("postal code", rf"(?<![\w/.-])(?:{CA_POSTCODE}|{_EIRCODE})(?![\w/-])", 0.85),
        # A Canadian postcode's shape with its space whatever its letters (some letters are never issued; a typed or
        # invented code identifies as much): "Timmins P1B 3D0".
        Pattern("postcode shape", r"(?<![\w/.-])[A-Z]\d[A-Z][ ]\d[A-Z]\d(?![\w/-])", 0.7),
        Pattern("ZIP after a state", rf"\b{_STATE},?\s{{1,2}}{_ZIP}\b(?!-)", 0.85),
        # ZIP+4 is a format of its own: "32243-6195".
        Pattern("ZIP+4", r"(?<![\w/.-])\d{5}-\d{4}(?![\w/-])", 0.5),
        # Continental European street lines, with a unit and the postcode and town when they follow.
        Pattern("european street", rf"\b{_EU_STREET}{_EU_UNIT}(?:,?[ \t]{_EU_TOWN})?", 0.85),
        Pattern("european named street", rf"(?:\b\d{{1,4}}(?:[ \t]?bis)?,?[ \t])?{_EU_NAMED}(?:,?[ \t]{_HOUSE})?{_EU_UNIT}{_BR_TAIL}(?:,?[ \t]{_EU_TOWN})?", 0.7),
        Pattern("italian street", _IT_STREET, 0.85),
        Pattern("latin american street", _LA_STREET, 0.85),
        Pattern("thai street", _TH_STREET, 0.85),
        Pattern("place field", rf"{_PLACE_LABEL}{NAME_WORD}(?:[ \t](?:{NAME_WORD}|\p{{Lu}}\b))*(?:[ \t](?:village|town|city|district))?(?:,[ \t]{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}(?![ \t]*\p{{Ll}}))?", 0.6),
        Pattern("settlement", _SETTLEMENT, 0.6),
        # A First Nation's reserve, in any case: "Ahtahkakoop Cree Nation", "MUSKODAY FIRST NATION", "Six Nations Reserve".
        Pattern(
            "first nation",
            r"\b(?:(?!(?i:on|out|in|at|the|of|to|we|are|from|near|a|an|and|our|my|live|lives|living|back)\b)\p{Lu}[\p{L}'’-]+[ \t]){1,3}"
            r"(?i:first[ \t]nations?|cree[ \t]nation|dene[ \t]nation|indian[ \t]reserve|indian[ \t]reservation)\b",
            0.6,
        ),
        # A postcode and town after a comma (a street line before it) or on a line of its own.
        Pattern("european postcode and town", rf"(?:(?<=,[ \t])|^[ \t]*)(?!(?:19|20)\d\d[ \t])\K{_EU_TOWN}", 0.7),
        # Australian states take a four-digit postcode: "Hobart TAS 7000", "Fitzroy VIC 3065".
        # With a lot or house number before it, as remote communities write it: "Lot 113, Maningrida NT 0822".
        Pattern("town state postcode", rf"\b(?:(?:Lot|House|Unit|Block)[ \t]\d{{1,4}}[A-Z]?,[ \t])?(?:{NAME_WORD}[ \t]){{0,2}}{NAME_WORD},?[ \t](?:NSW|VIC|QLD|TAS|ACT|SA|WA|NT)[ \t]\d{{4}}\b", 0.85),
        Pattern("unit", _UNIT_ALONE, 0.7),
        # An Indian town and six-digit PIN after a comma: "..., Bandra West, Chennai 495343", "Bengaluru 560 041".
        Pattern("town and PIN", rf"(?<=,[ \t]){NAME_WORD}(?:[ \t]{NAME_WORD})?[ \t][1-9]\d{{2}}[ \t]?\d{{3}}\b", 0.7),
        Pattern("labelled postcode", rf"{_CODE_LABEL}[A-Z\d][A-Z\d -]{{2,8}}[A-Z\d]\b", 0.85),
        # The seat of an arbitration is its place: "Seat: Galway."
        Pattern("arbitral seat", rf"\b(?i:seat(?:\s+of\s+(?:the\s+)?arbitration)?|place\s+of\s+arbitration)[ \t]*:[ \t]*\K{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}", 0.6),
        # Where an award or deed was signed: "Made at Galway on 3 May 2024", "Signed at Leeds this".
        Pattern("place of signing", rf"\b(?i:made|signed|dated|executed|done)[ \t]+at[ \t]+\K{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}(?=[ \t]+(?:on|this)\b|[,.])", 0.6),
        # A town and state on a line of their own, an envelope's last line: "Albany ME", "Toowoomba ACT".
        Pattern("Japanese street", _JP_STREET, 0.85),
        # The value of an address field, to the line's end, when it holds a number (a house number or a postcode):
        # "Address: 184 14th Cross, Jayanagar, Mumbai 005800", "Street: Údolní 181/32".
        Pattern("address field", rf"{_ADDRESS_LABEL}(?=[^\n;]{{0,80}}\d)[^\n;]{{3,120}}?(?=[ \t]*(?:$|;|[ \t]{{2}}))", 0.85),
        Pattern("where someone lives", _RESIDES, 0.7),
        Pattern("where someone lives, by name", _RESIDES_IN_PLACE, 0.7),
        Pattern("address answer", _ADDRESS_ANSWER, 0.7),
        Pattern("plot or stand", _PLOT, 0.7),
        Pattern("street in lower case", _LOWER_STREET, 0.7),
        Pattern("street in lower case by a landmark", _LOWER_LANDMARK_STREET, 0.7),
        Pattern("town field in lower case", _LOWER_PLACE_FIELD, 0.7),
        Pattern("postcode in lower case after its label", _LOWER_POSTCODE, 0.85),
        Pattern("Korean street", _KR_STREET, 0.85),
        Pattern("Philippine street", _PH_STREET, 0.85),
        # A chain of them down to the city: "Purok Mahayag, Brgy. Sasa, Davao City", "226 Sampaguita St., Purok 5, Brgy. Tagapo".
        Pattern(
            "barangay",
            rf"(?:\b\d{{1,4}}[ \t]{NAME_WORD}[ \t](?:St|Street|Ave|Avenue|Road|Rd)\.?,[ \t])?\b{_PH_BARANGAY}"
            rf"(?:,[ \t](?:{_PH_BARANGAY}|{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}))*",
            0.7,
        ),
        Pattern("barangay in capitals", r"\bBARANGAY[ \t][A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?\b", 0.7),
        # A Brazilian town and its state, and a CEP after them: "Campinas - SP", "São Paulo/SP, 01304-001".
        Pattern("town and state (Brazil)", rf"\b{_BR_PLACE}[ \t]?[-–/][ \t]?{_BR_UF}(?:,?[ \t](?:CEP:?[ \t])?{_CEP})?(?![ \t]*\d)", 0.6),
        Pattern("CEP", rf"\b(?:CEP:?[ \t]?)\K{_CEP}", 0.85),
        Pattern("town and state line", rf"^[ \t]*(?!{_NOT_TOWN}){NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}[ \t]{_STATE}(?=[ \t]*$)", 0.6),
        Pattern("Colombian street", _CO_STREET, 0.85),
        Pattern("Bulgarian street", _BG_STREET, 0.85),
        Pattern("Vietnamese street", _VN_STREET, 0.85),
        Pattern("street before postcode", _STREET_BEFORE_CODE, 0.7),
        Pattern("First Nation", _FIRST_NATION, 0.7),
        # A neighbourhood by its word: "barrio Manrique", "bairro da Boavista", "colonia Roma Norte".
        Pattern("neighbourhood", rf"\b(?:barrio|bairro|urbanización|vereda|corregimiento|colonia|fraccionamiento)[ \t](?:(?:de|del|da|do|la)[ \t])?{NAME_WORD}(?:[ \t](?:de[ \t]|del[ \t]|la[ \t])?{NAME_WORD}){{0,2}}", 0.7),
    )
    CONTEXT = ("address", "lives", "resides", "residing", "street", "mail", "located")


# What an address field holds when it gives no address: "Address: as above", "Home: NFA".
_NO_ADDRESS = re.compile(
    r"(?i:as[ \t]above|see[ \t](?:above|below|attached)|same(?:[ \t]as[ \t]above)?|n/?a|nfa|no[ \t]fixed[ \t]abode|unknown|not[ \t]known"
    r"|withheld|redacted|none|nil|tbc|on[ \t]file|confidential)\.?"
)


class AddressFieldRecognizer(DomainRecognizer):
    """The value of a form's address field, whole, whatever its format: "Home: Section 91, Muri", "Address: Village
    Baroipara, P.O. Nowhata, Paba", "Visitors' homes: Okorase, New Juaben". It ends at the line's end, at a semicolon or
    at a run of spaces before the next field ("Home: Section 46, Matavera   Ph ..."); a placeholder ("as above", "NFA")
    is none, and a value must hold a capital or a digit."""

    ENTITY = "ADDRESS"
    PATTERNS = (
        Pattern(
            "address field",
            r"^[ \t]*(?:(?i:(?:previous|former|usual|current|permanent|temporary|last[ \t]known)[ \t]+(?:home|address|residence)|home|home[ \t]address|address|residential[ \t]address|postal[ \t]address|residence|abode"
            r"|visitors['’]?[ \t]homes?|village|lives[ \t]at|premises|scene|incident[ \t]address)[ \t]*:[ \t]*)\K(?=[^\n;]*[\p{Lu}\d])[^\n;]*?"
            r"(?=[ \t]{3,}\S|[ \t]*;|[ \t]*$)",
            0.6,
        ),
        # A Pakistani house by its number, block and colony: "House No. 33-B, Block 4, Shah Rukn-e-Alam Colony".
        Pattern(
            "house number, block and colony",
            r"\bHouse[ \t]No\.?[ \t]?\d{1,4}(?:-?[A-Z])?(?:,[ \t]Block[ \t]\d{1,3}[A-Z]?)?"
            rf"(?:,[ \t](?:\p{{Lu}}[\p{{L}}'’-]*[ \t]){{0,4}}(?:Colony|Town|Society|Mohallah|Sector|Phase[ \t]\d{{1,2}}))?{_TOWN}"
            # Without "No." only with its lane or quarter after it: "House 127, Gali Qazian, Hussain Agahi, Multan".
            rf"|(?<=\b(?i:of|at|address|resident[ \t]+of|residing[ \t]+at|lives[ \t]+at)[ \t]*:?[ \t])House[ \t]\d{{1,4}}(?:-?[A-Z])?(?:{_PLACE}){{1,3}}",
            0.6,
        ),
        # A Malé house by its ward's letter and name, and its street: "G. Sunny Side, Ameenee Magu", "H. Fehi Vilaa,
        # Sosun Goalhi".
        Pattern(
            "Maldivian house",
            r"\b(?:Ma|[HGMS])\.[ \t]\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2},[ \t](?:\p{Lu}[\p{L}'’-]+[ \t]){1,2}(?:Magu|Hingun|Goalhi)\b",
            0.6,
        ),
        # A house number and its comma before the street, as South Asian addresses write it: "No. 154, Huskisson Street",
        # "163, Kandy Road".
        Pattern(
            "house number before its street",
            r"(?<![\d,.])(?<!(?i:page|p\.|bed|room|table|figure|fig\.|item|line|para|paragraph|section|chapter|exhibit|tab)[ \t])"
            r"(?:\bNo\.[ \t]?)?\b\d{1,4}[A-Za-z]?(?:/\d{1,3})?,[ \t](?:\p{Lu}[\p{L}'’-]+[ \t]){1,3}"
            rf"(?:Road|Street|Lane|Mawatha|Avenue|Terrace|Drive|Veethi|Gardens|Crescent)\b{_TOWN}",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        value = pattern_text.strip()
        if _NO_ADDRESS.fullmatch(value) or _MEASURED.search(value):
            return False
        # What an address has and a clinical note under the same label has not ("Home: lives alone, 2 stairs", "Home:
        # Oxygen 2L via nasal cannula"): a number before a capitalised word ("Section 91, Muri", "12 Adeola Street").
        if _NUMBER_THEN_NAME.search(value):
            return True
        # Or, in parts a comma divides, a capitalised word that no dictionary, proper-word list or census forename holds
        # ("Okorase, New Juaben"); a short value without one is a note's ("Scene: Resus 2").
        return "," in value and any(_unknown_word(w.casefold()) for w in re.findall(r"\b\p{Lu}\p{Ll}[\p{Ll}'’-]+", value))


def _unknown_word(word: str) -> bool:
    """Whether a word in lower case is in no dictionary, no proper-word list and no census list of forenames."""
    return not is_english(word) and word not in proper_words() and word not in census_names().first


# A dose, a reading or a percentage: what "Home: Metformin 500mg BD" and "Home: SpO2 94% on air" hold.
_MEASURED = re.compile(r"\d[ \t]?(?i:mg|mcg|µg|g|ml|l|%|mmhg|bpm|units?|iu)\b|%")
_NUMBER_THEN_NAME = re.compile(r"\b\d{1,5}(?:-?[A-Za-z])?,?[ \t]+\p{Lu}\p{Ll}")


class ResidenceRecognizer(DomainRecognizer):
    """A townland or village given as where a named person lives, as wills and witness lines write it: "my niece Aoife
    Brady of Rathnally, Trim", "Signed in our presence: Seán Daly, Moyagher, Co. Meath;". The place must be no
    dictionary word: "Jane Smith of Counsel, London" and "Mary Byrne, Solicitor, Dublin" name an office."""

    ENTITY = "LOCATION"
    PATTERNS = (
        Pattern(
            "place of a named person",
            r"(?<=\b\p{Lu}\p{Ll}+[ \t]\p{Lu}[\p{L}'’-]+(?:[ \t]of|,)[ \t])\p{Lu}\p{Ll}{3,}(?=,[ \t](?:Co\.[ \t]|County[ \t])?\p{Lu}\p{Ll}+(?:[ \t]*[;.\n]|[ \t]*$|,))",
            0.6,
        ),
        # A village, ward or parish by its name before the word: "at Ruring'u village", "of Madiba ward", "Lacor Village".
        # A ward, a parish or a compound only after "of" or "from", where someone lives: "of Madiba ward", not "to Paeds
        # ward" or "Paediatric ward sister".
        Pattern(
            "named village or ward",
            r"(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’-]{2,}(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?(?=[ \t](?:[Vv]illage|settlement|chiefdom)\b)"
            r"|(?<=\b(?i:of|from)[ \t])(?!(?:Paeds|Paediatric|Pediatric|Haematology|Hematology|Oncology|Maternity|Surgical|Medical|Cardiac"
            r"|Renal|Stroke|Acute|Geriatric|Orthopaedic|Orthopedic|Gynae|Neonatal|Psychiatric|Respiratory|Elderly|Isolation|Labour"
            r"|Postnatal|Antenatal|Children['’]s|Burns|Cardiology|Neurology|Urology)\b)\p{Lu}[\p{Ll}'’-]{2,}(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?"
            r"(?=[ \t](?:ward|parish|compound|township|sub-county"
            r"|subcounty|sub-location)\b)",
            0.6,
        ),
        # A market or a taxi park by its place's name, head included, where a court order has children handed over: "at
        # Walukuba market", "Jinja Main Street taxi park" (not "the Farmers market").
        Pattern(
            "named market or park",
            r"(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’-]{2,}(?:[ \t]\p{Lu}[\p{Ll}'’-]+){0,3}[ \t](?:market|taxi[ \t]park|bus[ \t]park"
            r"|bus[ \t]stand|bus[ \t]stage|motor[ \t]park|trading[ \t]centre|trading[ \t]center)\b",
            0.6,
        ),
        # A landmark by its own name, as directions to a home give it: "near the Eidgah", "opposite the old Nakumatt".
        Pattern(
            "named landmark",
            r"(?<=\b(?i:behind|past|near|opposite|next[ \t]+to|across[ \t]+from|beside|off)[ \t]+the[ \t]+(?:(?i:old|new|big)[ \t]+)?)"
            r"\p{Lu}[\p{Ll}'’-]{2,}(?:[ \t]\p{Lu}[\p{Ll}'’-]+){0,2}",
            0.6,
        ),
        # A place whose name has an apostrophe inside it, as Kikuyu and Luo names do, after a word that places it: "at
        # Ruring'u", "from Murang'a" (not "Ma'am", which no place word comes before).
        Pattern(
            "place with an inner apostrophe",
            r"(?<=\b(?i:at|in|from|near|to|of)[ \t])\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?(?![\p{L}'’])",
            0.6,
        ),
        # A Nigerian state by its name, in capitals or title case: "IMO STATE", "Ebonyi State" (not "POSTICTAL STATE").
        Pattern(
            "state",
            r"\b(?i:Abia|Adamawa|Akwa[ \t]Ibom|Anambra|Bauchi|Bayelsa|Benue|Borno|Ebonyi|Edo|Ekiti|Enugu|Gombe|Imo|Jigawa|Kaduna|Kano"
            r"|Katsina|Kebbi|Kogi|Kwara|Lagos|Nasarawa|Ogun|Ondo|Osun|Oyo|Sokoto|Taraba|Yobe|Zamfara)(?=[ \t](?:STATE|State)\b)",
            0.6,
        ),
        # Where a spouse came from, as a family history gives it: "married Catriona MacLeod of Howmore.".
        Pattern(
            "place of a spouse",
            r"(?<=\b(?:married|m\.)[ \t]\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2}[ \t]of[ \t])\p{Lu}\p{Ll}{3,}(?=[ \t]*[,;.\n)]|[ \t]*$)",
            0.6,
        ),
        # Where someone was born, after the date: "Born January 11, 1946 in Eskasoni".
        Pattern("birthplace", r"(?<=\b(?i:born)\b[^.\n]{0,40}?[ \t]in[ \t])\p{Lu}\p{Ll}{3,}(?:[ \t]\p{Lu}\p{Ll}+)?(?=[ \t]*[,;.\n)]|[ \t]*$|[ \t]\p{Ll})", 0.6),
    )

    def validate_result(self, pattern_text: str) -> bool:
        # One word at least that no dictionary, proper-word list or census forename holds: "Eskasoni" is somewhere only a
        # gazetteer could know; "Cape Town" is the gazetteer's to find.
        return any(_unknown_word(word) for word in re.findall(r"\p{L}+", pattern_text.casefold()))
