#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the plural forms of translations/herald_en.ts from the source text.

English sources use the "(s)" idiom: "%n contact(s)" becomes "%n contact" and "%n contacts";
"reply(ies)" becomes "reply" and "replies", "person(s)" "person" and "people". Sources without
it get the source text for both forms. Run after update_translations.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/herald_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    singular = re.sub(r"y\(ies\)", "y", source)
    plural = re.sub(r"y\(ies\)", "ies", source)
    singular = re.sub(r"\bperson\(s\)", "person", singular)
    plural = re.sub(r"\bperson\(s\)", "people", plural)
    singular = re.sub(r"\((s|es)\)", "", singular)
    plural = re.sub(r"\((s|es)\)", r"\1", plural)
    for form, text in zip(forms, [singular, plural]):
        form.text = text
    translation.attrib.pop("type", None)
    filled += 1
ET.indent(tree, space="    ")
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
print(f"{path}: {filled} plural message(s) filled")
