#!/bin/bash
# kpi_to_standard on input it cannot use: a clear one-line message, exit
# status 2, no file left behind, the input untouched.
# usage: bad_inputs.sh KPI_TO_STANDARD WORKDIR
set -uo pipefail
tool="$1" work="$2"
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1

cat > good.fods <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="s"><table:table-row>
<table:table-cell table:formula="of:=ORG.INKOOPKPI.KPIFUNCTIONS.INKOOP_ROI(1;1;1)"/>
</table:table-row></table:table></office:spreadsheet></office:body></office:document>
XML
echo "just some notes, not a spreadsheet" > notes.ods
mkdir zipped && echo "hello" > zipped/readme.txt && (cd zipped && zip -q ../archive.xlsx readme.txt) && rm -r zipped
mkdir folder.xlsx
sum_before=$(md5sum good.fods)

failures=0
# expect NAME PATTERN -- ARGS: exit 2, one line on stderr matching PATTERN, no new file.
expect() {
  local name="$1" pattern="$2"; shift 3
  local before after err status
  before=$(ls -A | sort)
  err=$("$tool" "$@" 2>&1 >/dev/null); status=$?
  after=$(ls -A | sort)
  printf '%-22s $ kpi_to_standard %s\n%-22s   exit %d: %s\n' "$name" "$*" "" "$status" "$err"
  if [ "$status" -ne 2 ]; then echo "FAIL $name: exit status $status, expected 2"; failures=$((failures + 1)); fi
  if [ "$(printf '%s\n' "$err" | wc -l)" -ne 1 ] || ! printf '%s' "$err" | grep -q -- "$pattern"; then
    echo "FAIL $name: message should be one line matching '$pattern'"; failures=$((failures + 1)); fi
  if [ "$before" != "$after" ]; then
    echo "FAIL $name: files changed: $(diff <(echo "$before") <(echo "$after") | tr '\n' ' ')"; failures=$((failures + 1)); fi
}
expect "missing file"      "cannot read missing.ods: No such file"      -- missing.ods out.xlsx
expect "not a spreadsheet" "is not a spreadsheet"                       -- notes.ods out.xlsx
expect "zip, not one"      "zip file but not a spreadsheet"             -- archive.xlsx out.xlsx
expect "OUT = IN"          "is the input file"                          -- good.fods good.fods
expect "OUT = IN, spelled" "is the input file"                          -- good.fods ./../"$(basename "$work")"/good.fods
expect "unwritable OUT"    "cannot write no-such-dir/out.xlsx"          -- good.fods no-such-dir/out.xlsx
expect "OUT a folder"      "cannot write folder.xlsx"                   -- good.fods folder.xlsx
expect "OUT format"        "must end in .xlsx, .ods or .fods"           -- good.fods out.txt
[ "$(md5sum good.fods)" = "$sum_before" ] || { echo "FAIL: the input changed"; failures=$((failures + 1)); }

# And the good input does give a copy, so the cases above fail for their reason.
"$tool" good.fods copy.fods 2>/dev/null && grep -q 'of:=IF(AND(COUNTA' copy.fods \
  || { echo "FAIL: good.fods was not converted"; failures=$((failures + 1)); }
echo "bad inputs: $failures failures"
[ "$failures" -eq 0 ]
