#!/usr/bin/python3
"""The Function Wizard's argument labels, as the generated CalcAddIns.xcu
gives them, hold no `_` or `~`: GTK and VCL take those for keyboard
mnemonics and hide them ("green_norm" showed as "greennorm").  Every
argument has an English and a Dutch label, and the argument names the
office calls with are the IDL's, in the IDL's order (names never change).

usage: check_wizard_labels.py CalcAddIns.xcu XKPIFunctions.idl
"""
import re
import sys
import xml.etree.ElementTree as ET

OOR = "{http://openoffice.org/2001/registry}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def idl_methods(path):
    """method name -> its parameter names, from the IDL."""
    text = open(path, encoding="utf-8").read()
    methods = {}
    for name, params in re.findall(r"\b(?:string|double)\s+(\w+)\s*\(([^)]*)\)", text):
        methods[name] = [p.split()[-1] for p in params.split(",") if p.strip()]
    return methods


def main():
    xcu, idl = sys.argv[1], sys.argv[2]
    methods = idl_methods(idl)
    functions = ET.parse(xcu).getroot().findall(".//node[@%sname='AddInFunctions']/node" % OOR)
    problems, labels = [], 0
    for fn in functions:
        name = fn.get(OOR + "name")
        params = fn.findall("node[@%sname='Parameters']/node" % OOR)
        names = [p.get(OOR + "name") for p in params]
        if methods.get(name) != names:
            problems.append("%s: arguments %s, the IDL has %s" % (name, names, methods.get(name)))
        for p in params:
            values = {v.get(LANG): (v.text or "") for v in p.findall("prop[@%sname='DisplayName']/value" % OOR)}
            for lang in ("en-US", "nl"):
                label = values.get(lang, "")
                labels += 1
                if not label.strip() or "_" in label or "~" in label:
                    problems.append("%s %s: %s label %r" % (name, p.get(OOR + "name"), lang, label))
    if len(functions) != len(methods):
        problems.append("%d functions in the xcu, %d in the IDL" % (len(functions), len(methods)))
    for p in problems:
        print("FAIL " + p)
    print("wizard labels: %d functions, %d labels, %d problems" % (len(functions), labels, len(problems)))
    return 1 if problems or not labels else 0


if __name__ == "__main__":
    sys.exit(main())
