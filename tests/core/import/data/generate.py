#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the CSV fixtures for test_csv_import byte for byte.

The files are committed; rerun this script after changing it (python3 generate.py) so the
exact encodings, BOMs and line endings stay reproducible and reviewable.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def text(lines, eol="\n", final=True):
    body = eol.join(lines)
    return body + (eol if final else "")


# --- encodings -------------------------------------------------------------------------------

POLISH = [
    "first_name,last_name,phone,city",
    "Zażółć,Gęślą,+48601234567,Łódź",
    "Małgorzata,Źdźbło,+48602345678,Kraków",
    "Jędrzej,Świątek,+48603456789,Gdańsk",
]
write("utf8.csv", text(POLISH).encode("utf-8"))
write("utf8_bom.csv", b"\xef\xbb\xbf" + text(POLISH, "\r\n").encode("utf-8"))
write("utf16le_bom.csv", b"\xff\xfe" + text(POLISH, "\r\n").encode("utf-16-le"))
write("utf16be_bom.csv", b"\xfe\xff" + text(POLISH, "\r\n").encode("utf-16-be"))

# Polish Excel: Windows-1250, semicolons, CRLF, decimal commas.
POLISH_EXCEL = [
    "Imię;Nazwisko;Telefon;Miasto;Kwota",
    "Łukasz;Wiśniewski;601 234 567;Łódź;12,50",
    "Żaneta;Kołodziej;602 345 678;Gdańsk;7,00",
    "Świętosław;Ząbkowski;603 456 789;Częstochowa;100,99",
    "Małgorzata;Jaśkiewicz;604 567 890;Białystok;3,10",
    "Ździsław;Pączek;605 678 901;Kraków;0,50",
]
write("cp1250_excel.csv", text(POLISH_EXCEL, "\r\n").encode("cp1250"))

RUSSIAN = [
    "Имя,Фамилия,Телефон,Город",
    "Александр,Чайковский,+79161234567,Москва",
    "Мария,Щербакова,+79162345678,Санкт-Петербург",
    "Юрий,Жуков,+79163456789,Новосибирск",
    "Екатерина,Воробьёва,+79164567890,Екатеринбург",
]
write("cp1251_russian.csv", text(RUSSIAN, "\r\n").encode("cp1251"))

WESTERN = [
    "Name,Surname,Phone,City",
    "José,Müller,+4915112345678,München",
    "Zoë,Françoise,+33612345678,Besançon",
    "Jürgen,Größe,+4915212345678,Düsseldorf",
    "Renée,Kühn,+4915312345678,Köln",
]
write("cp1252_western.csv", text(WESTERN, "\r\n").encode("cp1252"))

# --- quoting ---------------------------------------------------------------------------------

write("multiline.csv", (
    'name,note,phone\r\n'                       # line 1
    '"Kowalski, Jan","first line\r\n'          # line 2: note spans lines 2-4 (CRLF, LF inside)
    'second line\n'
    'third ""quoted"" line",+48601234567\r\n'
    'Nowak,"say ""hi""",+48602345678\r\n'      # line 5
    '"","",+48603456789\r\n'                    # line 6: empty quoted fields
).encode("utf-8"))

write("stray_quote.csv", text([
    "name,phone",
    "Anna,+48601234567",
    "Piotr,+48602345678",
    'Kow"alski,+48603456789',   # line 4: quote inside an unquoted field
    '"Nowak"x,+48604567890',    # line 5: text after a closing quote
    "Zofia,+48605678901",
]).encode("utf-8"))

# 50 data lines; line 26 opens a quote that never closes. The rest must still be read.
rows = ["id,name,phone"]
for i in range(2, 52):
    if i == 26:
        rows.append(f'{i},"Broken name,+4860000{i:04d}')
    else:
        rows.append(f"{i},Name {i},+4860000{i:04d}")
write("unclosed_quote.csv", text(rows).encode("utf-8"))

# An unclosed quote followed by more lines than a quoted field may span: the reader gives up
# on the field after CsvReader::MaxQuotedFieldLines lines and resumes on line 11.
rows = ["id,name,phone"]
for i in range(2, 302):
    rows.append(f'{i},"Broken,+4860000{i:04d}' if i == 10 else f"{i},Name {i},+4860000{i:04d}")
write("unclosed_quote_long.csv", text(rows).encode("utf-8"))

write("ragged.csv", text([
    "name,phone,city",
    "Anna,+48601234567,Łódź",
    "Piotr,+48602345678",                 # line 3: too few
    "Zofia,+48603456789,Kraków,extra",    # line 4: too many
    "Marek,+48604567890,Gdańsk,,",        # line 5: trailing empty cells are tolerated
    "Ewa,+48605678901,Poznań",
]).encode("utf-8"))

# --- line endings ----------------------------------------------------------------------------

BASIC = [
    "name,phone,city",
    "Anna,+48601234567,Warszawa",
    "Piotr,+48602345678,Kraków",
    "Zofia,+48603456789,Gdańsk",
]
write("cr_only.csv", text(BASIC, "\r").encode("utf-8"))
write("no_final_newline.csv", text(BASIC, "\r\n", final=False).encode("utf-8"))
write("mixed_endings.csv", (
    "name,phone,city\r\n"
    "Anna,+48601234567,Warszawa\n"
    '"Piotr\rPaweł",+48602345678,Kraków\r'   # line 3-4: CR inside a quoted field
    "Zofia,+48603456789,Gdańsk\r\n"          # line 5
    "\r\n"                                   # line 6: blank
    ",,\n"                                   # line 7: all cells empty
    "Ewa,+48604567890,Poznań"              # line 8, no final newline
).encode("utf-8"))

# --- delimiters ------------------------------------------------------------------------------

write("tab.csv", text([c.replace(",", "\t") for c in BASIC]).encode("utf-8"))
write("pipe.csv", text([c.replace(",", "|") for c in BASIC]
                       + ['"Nowak | Jan"|+48604567890|"Łódź, centrum"']).encode("utf-8"))
write("no_header.csv", text([
    "Anna;+48601234567;Warszawa",
    "Piotr;+48602345678;Kraków",
]).encode("utf-8"))

# --- files that are not usable ---------------------------------------------------------------

write("empty.csv", b"")
write("blank_lines.csv", b"\r\n\r\n  \r\n")
write("header_only.csv", b"first_name,last_name,phone\r\n")
write("binary.csv", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00" + bytes(range(256)))
# An .xlsx renamed to .csv: a ZIP archive.
write("xlsx_renamed.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" + bytes(64))
