#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the real-file fixtures of TestImportRealFiles byte for byte (encodings, BOMs, endings).

The files are committed; rerun this script after changing it (python3 generate.py). The
expected counts live in TestImportRealFiles.cpp beside each file's name, and each file's
comment below says where they come from.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(name, lines, encoding="utf-8", eol="\r\n", bom=b"", final_eol=True):
    text = eol.join(lines) + (eol if final_eol else "")
    (HERE / name).write_bytes(bom + text.encode(encoding))


# --- Encodings -------------------------------------------------------------------------------
# Each: 4 rows, 3 imported, 1 invalid (no phone), consent 2 yes + 1 no.

# UTF-16 big-endian with a BOM (Excel "Unicode Text" on a Mac, some CRMs), tab-separated.
write("utf16be_bom.csv", [
    "Prenume\tNume\tTelefon\tOraș\tAcord SMS",
    "Ștefan\tȚăranu\t0712 345 690\tBrașov\tda",
    "Ioana\tMănescu\t0712 345 691\tTimișoara\tnu",
    "Mihai\tDumitrescu\t+40 712 345 692\tConstanța\tDa",
    "Fără\tTelefon\t\tIași\tda",
], encoding="utf-16-be", bom=b"\xfe\xff")

# UTF-16 little-endian without a BOM (detected from the zero bytes), comma-separated.
write("utf16le_nobom.csv", [
    "Name,Phone,City,SMS Opt-In",
    "Alice Walker,+44 7400 123460,London,yes",
    "Bob Stone,+44 7400 123461,Leeds,no",
    "Carol King,+44 7400 123462,York,true",
    "No Phone,,Bath,yes",
], encoding="utf-16-le")

# Windows-1252 from a Western European Excel: semicolons, accented names, true/false.
write("cp1252_semicolon.csv", [
    "First Name;Last Name;Phone;City;SMS Opt-In",
    "François;Lefèvre;06 12 34 56 79;Besançon;true",
    "Jürgen;Müßig;+49 1512 3456780;Köln;FALSE",
    "Søren;Åkesson;+45 20 12 34 56;Århus;True",
    "Zoë;Noël;;Orléans;true",
], encoding="cp1252")

# UTF-8 without a BOM, Russian column names, "Согласие на SMS" with да/нет.
write("utf8_nobom_russian.csv", [
    "Имя,Фамилия,Телефон,Город,Согласие на SMS",
    "Дмитрий,Соколов,+7 916 345-67-80,Казань,да",
    "Ольга,Кузнецова,8 916 345-67-81,Самара,нет",
    "Сергей,Попов,+79163456782,Пермь,ДА",
    "Без,Телефона,,Омск,да",
])

# --- Shopify's ' prefix ----------------------------------------------------------------------
# The current export's full header, with the ' prefix Shopify puts before Customer IDs, phones
# and other numbers so that spreadsheets keep them as text; Windows line endings this time, and
# a phone only in "Default Address Phone". 3 rows, 3 imported, consent 2 yes + 1 no.
write("shopify_apostrophes.csv", [
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code,"
    "Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,"
    "Total Spent,Total Orders,Note,Tax Exempt,Tags",
    "'7012345678911,Ala,Nowa,ala@example.com,yes,,ul. Nowa 1,,Opole,OP,PL,'45-001,,'+48 601 111 001,yes,'10.00,'1,,no,",
    "'7012345678912,Ola,Stara,ola@example.com,no,,ul. Stara 2,,Opole,OP,PL,'45-002,'+48601111002,,no,0.00,0,,no,",
    "'7012345678913,Ela,Inna,ela@example.com,yes,,Str. Mică 3,,Iași,IS,RO,'700001,,'0712 345 693,yes,5.50,'2,,no,vip",
])

# --- Duplicates --------------------------------------------------------------------------------
# One Polish mobile, +48 601 234 570, written fourteen ways (imported with Poland as the default
# country; a row's Country, as a code or a name, takes precedence). Then another Polish number, a
# Romanian one, and the Polish national digits with a US country (not a valid US number).
# 17 rows: 3 imported, 13 duplicates, 1 invalid (line 18).
write("duplicates_formats.csv", [
    "Name,Phone,Country",
    "D01,+48 601 234 570,",
    "D02,0048601234570,",
    "D03,601-234-570,PL",
    "D04,(601) 234 570,Poland",
    "D05,48601234570,",
    "D06,+48-601-234-570,",
    "D07,'+48601234570,",
    "D08,601 23 45 70,Polska",
    "D09,tel:+48601234570,",
    "D10,00 48 601 234 570,",
    "D11,+48/601/234/570,",
    "D12,+48.601.234.570,",
    "D13,\"+48 601 234 570 \",",
    "D14,+48 601\u00a0234\u00a0570,",
    "Other,+48 601 234 571,",
    "Romania,0712 345 694,RO",
    "Not US,601 234 570,US",
])

# --- CSV injection ---------------------------------------------------------------------------
# Formula payloads (OWASP) in names, city and phone cells. Rows 2-7 have a real phone and are
# imported with their text kept as written (the CR inside the quoted field of row 7 is a line
# break, so that row spans lines 7-8); the last six put the payload in the phone column and are
# rejected. 12 rows: 6 imported, 6 invalid (lines 9-14).
write("injection_payloads.csv", [
    "First Name,Last Name,Phone,City",
    "\"=cmd|' /C calc'!A0\",Eq,+48 608 100 001,Gdańsk",
    "\"+cmd|' /C calc'!A0\",Plus,+48 608 100 002,\"-2+3+cmd|' /C calc'!A0\"",
    "\"-2+3+cmd|' /C calc'!A0\",Minus,+48 608 100 003,\"@SUM(1+1)*cmd|' /C calc'!A0\"",
    "\"@SUM(1+1)*cmd|' /C calc'!A0\",At,+48 608 100 004,\"\t=1+1\"",
    "Tab,\"\t=cmd|' /C calc'!A0\",+48 608 100 005,x",
    "Cr,\"\r=cmd|' /C calc'!A0\",+48 608 100 006,y",
    "Phone,Eq,\"=cmd|' /C calc'!A0\",z",
    "Phone,EqDigits,=48608100008,z",
    "Phone,At,@48608100009,z",
    "Phone,Plus,\"+cmd|' /C calc'!A0\",z",
    "Phone,Sci,4.8608100011E+10,z",
    "Phone,SciComma,\"4,8608100012E+10\",z",
])

# --- Ragged rows, stray quotes and multi-line fields --------------------------------------------
# Physical line numbers count the line breaks inside quoted fields. 7 rows: 3 imported, 4 invalid
# (line 4 too few fields, line 5 too many, line 6 a stray quote, line 10 an unclosed quote).
write("ragged_multiline.csv", [
    "Name,Phone,Notes",
    "A,+48 609 100 001,\"two",
    "lines\"",
    "B,+48 609 100 002",
    "C,+48 609 100 003,ok,extra",
    "D \"the\" quote,+48 609 100 004,n",
    "E,+48 609 100 005,\"three",
    "line",
    "note\"",
    "F,+48 609 100 006,\"never closed",
    "G,+48 609 100 007,fine",
])

# --- Malformed UTF-16 (found by fuzz_importer) ------------------------------------------------
# An unpaired high surrogate, an unpaired low surrogate and the noncharacter U+FFFF in names, then
# a correct pair (an emoji). The first three decode as U+FFFD. 4 rows, 4 imported.
def utf16be(text):
    return text.encode("utf-16-be")


(HERE / "utf16be_invalid_units.csv").write_bytes(
    b"\xfe\xff" + utf16be("First Name,Phone\r\n")
    + utf16be("Z") + b"\xd8\x00" + utf16be("x,+48 601 234 580\r\n")
    + utf16be("Y") + b"\xdc\x00" + utf16be("y,+48 601 234 581\r\n")
    + utf16be("W") + b"\xff\xff" + utf16be("w,+48 601 234 582\r\n")
    + utf16be("V\U0001F600v,+48 601 234 583\r\n"))

# --- Numbers longer than E.164 allows (found by fuzz_importer) ----------------------------------
# libphonenumber takes German numbers of up to 17 digits (letters count as keypad digits); E.164
# stops at 15. Imported with Germany as the default country. 4 rows: 2 imported, 2 invalid
# (lines 2 and 4).
write("too_long_numbers.csv", [
    "Name,Phone",
    "Vanity,48 (607) 12keis3-456",
    "Berlin,+49 30 12345678",
    "Sixteen,+4930123456789012",
    "Mobile,+49 1512 3456781",
])

# --- Joined exports (found by fuzz_importer) ---------------------------------------------------
# Three UTF-8 files with BOMs joined into one: the second without a header, the third with one.
# The inner BOMs are dropped, so the rows store (and re-import) as written. 4 rows: 3 imported,
# 1 invalid (line 4, the third file's header).
BOM = "\ufeff"
write("joined_exports.csv", [
    BOM + "Name,Phone,City",
    "Ala Nowak,+48 601 234 590,Opole",
    BOM + "Ola,+48 601 234 591,Nysa",
    BOM + "Name,Phone,City",
    "Ela Lis,+48 601 234 592,Brzeg",
])

# A one-word full name, imported and then updated from a file where the city changed
# (found by fuzz_importer: the update failed on the empty last name). 1 row each.
write("one_word_name_before.csv", ["Name,Phone,City", "Anna,+48 601 234 595,Gdynia"])
write("one_word_name_after.csv", ["Name,Phone,City", "Anna,+48 601 234 595,Sopot"])

# --- Consent ---------------------------------------------------------------------------------
# Every word of the brief under each consent column name: 12 rows, 12 imported; 5 opt-in and
# 5 opt-out events, one unrecognised value (a warning, no event) and one empty cell (no event).
CONSENT_ROWS = [
    ("yes", "+48 602 000 001"), ("true", "+48 602 000 002"), ("tak", "+48 602 000 003"),
    ("da", "+48 602 000 004"), ("да", "+48 602 000 005"),
    ("no", "+48 602 000 006"), ("false", "+48 602 000 007"), ("nie", "+48 602 000 008"),
    ("nu", "+48 602 000 009"), ("нет", "+48 602 000 010"),
    ("maybe", "+48 602 000 011"), ("", "+48 602 000 012"),
]
for name, header in [("consent_accepts_sms.csv", "Accepts SMS Marketing"),
                     ("consent_sms_opt_in.csv", "SMS Opt-In"),
                     ("consent_zgoda.csv", "Zgoda na SMS")]:
    write(name, ["Phone," + header] + [f"{phone},{value}" for value, phone in CONSENT_ROWS])

# --- Refused files ---------------------------------------------------------------------------
write("bom_only.csv", [], bom=b"\xef\xbb\xbf", final_eol=False)
write("header_only_utf16.csv", ["Name,Phone,City"], encoding="utf-16-le", bom=b"\xff\xfe")
write("header_only_no_newline.csv", ["First Name;Last Name;Phone"], final_eol=False)
write("blank_cells.csv", ["", ",,,", "  ,  , ", ""])
(HERE / "binary_png.csv").write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)))
