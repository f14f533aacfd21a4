#!/usr/bin/python3
"""Turns the dashboard's flat ODF into the .ots template, computed by an
office that has the add-in installed (so the template carries results).

usage: make_ots.py FUNCTIONS.oxt IN.fods OUT.ots
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
import lo  # noqa: E402

oxt, src, dest = sys.argv[1:4]
with lo.Office(oxt) as office, tempfile.TemporaryDirectory() as tmp:
    out = office.convert(src, "ots:calc8_template", tmp)
    os.makedirs(os.path.dirname(os.path.abspath(dest)), exist_ok=True)
    shutil.copy(out, dest)
