#!/usr/bin/python3
"""Converts a document with a headless office in a throwaway profile, with
our extension installed (so add-in results are computed into the file) or
without any (for the workbook that must not need it).

usage: office_convert.py OXT|none IN OUT FILTER
e.g.   office_convert.py build/inkoopkpi-functions.oxt dash.fods dash.ots calc8_template
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
import lo  # noqa: E402

oxt, src, dest, filt = sys.argv[1:5]
ext = os.path.splitext(dest)[1][1:]
with lo.Office(None if oxt == "none" else oxt) as office, tempfile.TemporaryDirectory() as tmp:
    out = office.convert(src, "%s:%s" % (ext, filt), tmp)
    os.makedirs(os.path.dirname(os.path.abspath(dest)), exist_ok=True)
    shutil.copy(out, dest)
