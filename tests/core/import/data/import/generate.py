#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the importer fixtures byte for byte (encodings, BOMs, line endings).

The files are committed; rerun this script after changing it (python3 generate.py). The
expected counts live in TestContactImporter.cpp beside each file's name.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(name, lines, encoding="utf-8", eol="\r\n", bom=b""):
    (HERE / name).write_bytes(bom + (eol.join(lines) + eol).encode(encoding))


# Shopify's current customer export: IDs and phones prefixed with ' so spreadsheets keep them.
# 7 rows: 5 imported (one only through Default Address Phone, one a landline), 1 invalid (no
# phone at all), 1 duplicate of row 2 in another spelling.
SHOPIFY_HEADER = ("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
                  "Default Address Address1,Default Address Address2,Default Address City,"
                  "Default Address Province Code,Default Address Country Code,Default Address Zip,"
                  "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags")
write("shopify_current.csv", [
    SHOPIFY_HEADER,
    "'7012345678901,Anna,Kowalska,anna@example.com,yes,,ul. Długa 1,,Warszawa,MZ,PL,00-001,,'+48601234567,yes,123.45,3,,no,\"vip, newsletter\"",
    "'7012345678902,Jan,Nowak,jan@example.com,no,,ul. Krótka 2,,Kraków,MA,PL,30-001,'+48602345678,'+48602345678,no,0.00,0,,no,",
    "'7012345678903,Maria,Popescu,maria@example.com,yes,,Str. Lungă 3,,București,B,RO,010011,'+40712345678,,yes,99.90,2,,no,vip",
    "'7012345678904,Office,Landline,office@example.com,no,,ul. Biurowa 4,,Warszawa,MZ,PL,00-002,,'+48221234567,yes,10.00,1,,no,",
    "'7012345678905,No,Phone,nophone@example.com,no,,,,,,PL,,,,yes,0.00,0,,no,",
    "'7012345678906,Jan,Again,jan2@example.com,no,,,,,,PL,,,'602 345 678,yes,5.00,1,,no,",
    "'7012345678907,John,Smith,john@example.com,yes,,1 Main St,,Newark,NJ,US,07102,,'(201) 555-0123,yes,1234.50,7,,no,",
], eol="\n")

# The older export: Country Code beside each row, numbers without country code, "Accepts Marketing".
# 5 rows: 4 imported, 1 invalid (scientific notation from Excel).
LEGACY_HEADER = ("First Name,Last Name,Email,Company,Address1,Address2,City,Province,Province Code,Country,"
                 "Country Code,Zip,Phone,Accepts Marketing,Total Spent,Total Orders,Tags,Note,Tax Exempt")
write("shopify_legacy.csv", [
    LEGACY_HEADER,
    "Ewa,Zielińska,ewa@example.com,,ul. Polna 5,,Poznań,Wielkopolskie,WP,Poland,PL,60-001,601 111 222,yes,50.00,2,,,no",
    "Ion,Ionescu,ion@example.com,,Str. Mare 6,,Cluj,Cluj,CJ,Romania,RO,400001,0712 345 679,no,0.00,0,,,no",
    "Mary,Jones,mary@example.com,,2 High St,,London,England,ENG,United Kingdom,GB,SW1A 1AA,07400 123456,yes,20.00,1,,,no",
    "Klaus,Müller,klaus@example.com,,Hauptstr. 7,,Berlin,Berlin,BE,Germany,DE,10115,01512 3456789,TRUE,75.00,3,,,no",
    "Excel,Broke,excel@example.com,,,,,,,,PL,,4.8537906428E+10,yes,0.00,0,,,no",
])

# WooCommerce customer export (snake_case, billing_ and shipping_ columns). 3 rows, 3 imported;
# the second has only a shipping phone.
write("woocommerce.csv", [
    "customer_id,first_name,last_name,email,billing_first_name,billing_last_name,billing_phone,billing_city,"
    "billing_country,shipping_phone,order_count,total_spent,sms_opt_in",
    "1,Olga,Petrova,olga@example.com,Olga,Petrova,+7 912 345-67-89,Moscow,RU,,4,450.00,yes",
    "2,Piotr,Wiśniewski,piotr@example.com,Piotr,Wiśniewski,,Gdańsk,PL,603 456 789,1,\"1,234.56\",no",
    "3,Sophie,Martin,sophie@example.com,Sophie,Martin,06 12 34 56 78,Paris,FR,,0,0,",
])

# Google Contacts (2021+ format): labels per phone, " ::: " between several values, Labels as tags.
# 3 rows, 3 imported: the mobile wins over the first (home) phone; the second value list's first
# valid number is used.
GOOGLE_HEADER = ("First Name,Middle Name,Last Name,Phonetic First Name,Nickname,Birthday,Notes,Labels,"
                 "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
                 "Address 1 - City,Address 1 - Country")
write("google_contacts.csv", [
    GOOGLE_HEADER,
    "Zofia,,Lis,,,1990-05-17,,* myContacts ::: Friends,* Home,zofia@example.com,Home,+48 22 123 45 68,Mobile,+48 604 567 890,Warszawa,Poland",
    "Andrei,,Pop,,,--12-24,,* myContacts,,,Mobile,+40 712 345 680 ::: +40 712 345 681,,,Iași,Romania",
    "Ivan,,Sidorov,,,,,* myContacts ::: Clients ::: VIP,,,Work,+7 912 345-67-90,,,,",
])

# Outlook: Mobile Phone preferred over Business Phone; country as a name. 2 rows, 2 imported.
OUTLOOK_HEADER = ("First Name,Middle Name,Last Name,Title,Suffix,E-mail Address,E-mail 2 Address,Home Phone,"
                  "Business Phone,Mobile Phone,Other Phone,Primary Phone,Home City,Home Country/Region,Birthday,"
                  "Categories,Notes")
write("outlook.csv", [
    OUTLOOK_HEADER,
    "Tomasz,,Kowalczyk,,,tomasz@example.com,,,+48 22 555 12 34,+48 605 678 901,,,Łódź,Poland,3/14/1985,Clients,",
    "Elena,,Ivanova,,,elena@example.com,,,,,,+7 912 345-67-91,,Russia,0/0/00,,",
])

# Encodings with local column names (generic guesser). Each: 3 rows, 3 imported, consent 2 yes 1 no.
write("polish_cp1250.csv", [
    "Imię;Nazwisko;Telefon;Miasto;Zgoda na SMS",
    "Łukasz;Wiśniewski;601 234 568;Łódź;tak",
    "Żaneta;Kołodziej;602 345 679;Gdańsk;nie",
    "Świętosław;Ząbkowski;603 456 780;Częstochowa;TAK",
], encoding="cp1250")
write("russian_cp1251.csv", [
    "Имя,Фамилия,Телефон,Город,Согласие на SMS",
    "Александр,Чайковский,+7 916 123-45-67,Москва,да",
    "Мария,Щербакова,8 916 234-56-78,Санкт-Петербург,нет",
    "Юрий,Жуков,+79163456789,Новосибирск,Да",
], encoding="cp1251")
write("romanian_utf16.csv", [
    "Prenume\tNume\tTelefon\tOraș\tAcord SMS",
    "Ștefan\tȚăranu\t0712 345 682\tBrașov\tda",
    "Ioana\tMănescu\t0712 345 683\tTimișoara\tnu",
    "Mihai\tDumitrescu\t+40 712 345 684\tConstanța\t1",
], encoding="utf-16-le", bom=b"\xff\xfe")
write("english_bom.csv", [
    "Full Name,Mobile,SMS Opt-In,Birthday,Tags",
    "Alice Walker,+44 7400 123457,Yes,1980-02-29,\"a, b\"",
    "Bob Stone,+44 7400 123458,No,--07-04,",
    "Carol King,+44 7400 123459,yes,,c",
], bom=b"\xef\xbb\xbf")

# Quoted fields across lines. 3 rows, 3 imported; the multi-line notes column is a custom field.
write("multiline.csv", [
    "Name,Phone,Notes",
    "\"Anna Multi\",+48 606 000 001,\"first line",
    "second line\"",
    "\"Ben Quote\",+48 606 000 002,\"He said \"\"hi\"\"",
    "and left\"",
    "Cy Plain,+48 606 000 003,plain",
])

# One Polish mobile in twelve spellings, then one other number: 13 rows, 2 imported, 11 duplicates.
write("duplicates.csv", [
    "Name,Phone",
    "One,+48 607 123 456",
    "Two,0048607123456",
    "Three,607123456",
    "Four,607-123-456",
    "Five,(+48) 607 123 456",
    "Six,+48607123456",
    "Seven,'+48607123456",
    "Eight,+48 (607) 123-456",
    "Nine,+48.607.123.456",
    "Ten,tel:+48-607-123-456",
    "Eleven,\uff0b\uff14\uff18\uff16\uff10\uff17\uff11\uff12\uff13\uff14\uff15\uff16",
    "Twelve,  607 123 456  ",
    "Other,+48 607 123 457",
])

# CSV injection payloads in every column. 6 rows: 4 imported, 2 invalid (a formula and a
# scientific-notation phone).
write("injection.csv", [
    "First Name,Last Name,Phone,City,Notes",
    "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",Evil,+48 608 000 001,@SUM(A1),-1+2",
    "+cmd,|calc,+48 608 000 002,\"\tTabbed\",=1+1",
    "Plain,Name,+48 608 000 003,Kraków,ok",
    "Dash,-Lead,+48 608 000 004,-,@",
    "Formula,Phone,=48608000005,City,x",
    "Sci,Phone,4.8608E+10,City,x",
])

# Ragged rows and a stray quote. 6 data rows: 3 imported, 3 invalid (too many fields, too few
# fields, a quote inside an unquoted field).
write("ragged.csv", [
    "Name,Phone,City",
    "Good One,+48 609 000 001,Gdynia",
    "Too Many,+48 609 000 002,Sopot,extra",
    "Too Few,+48 609 000 003",
    "Good Two,+48 609 000 004,Hel",
    "Stray \"Quote,+48 609 000 005,Puck",
    "Good Three,+48 609 000 006,Reda",
])
