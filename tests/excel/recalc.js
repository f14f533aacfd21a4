#!/usr/bin/env node
// An engine with Excel's semantics for the tests: reads an .xlsx with
// exceljs, computes every formula with HyperFormula (its defaults, among
// them smartRounding, are close to Excel's; array arithmetic on, as Excel
// evaluates SUMPRODUCT's arguments and array formulas) and writes one CSV per sheet
// into OUTDIR (SHEETNAME.csv), values as computed, errors as #NAME?-style
// codes.  No cached value in the file is used.
//
//   node recalc.js BOOK.xlsx OUTDIR
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const { HyperFormula, FunctionPlugin, FunctionArgumentType, CellError, ErrorType } = require('hyperformula');

// Two functions of Excel that HyperFormula lacks and the dashboard uses:
// FIXED(number; decimals; no_commas): the number rounded (half away from
// zero) and written with '.' and ',' as Excel in English writes it;
// RANK(number; range; order): 1 + how many numbers of the range are
// greater (order 0) or smaller (order not 0), #N/A if it is not among them.
class ExcelPlugin extends FunctionPlugin {
  rank(ast, state) {
    return this.runFunction(ast.args, state, this.metadata('RANK'), (x, range, order) => {
      const numbers = range
        .valuesFromTopLeftCorner()
        .map((v) => (v !== null && typeof v === 'object' && typeof v.val === 'number' ? v.val : v))
        .filter((v) => typeof v === 'number');
      if (!numbers.includes(x)) return new CellError(ErrorType.NA);
      return 1 + numbers.filter((v) => (order ? v < x : v > x)).length;
    });
  }

  fixed(ast, state) {
    return this.runFunction(ast.args, state, this.metadata('FIXED'), (x, decimals, noCommas) => {
      const d = Math.trunc(decimals);
      const step = Math.pow(10, -d);
      const rounded = Math.sign(x) * Math.round(Math.abs(x) / step) * step;
      return rounded.toLocaleString('en-US', {
        minimumFractionDigits: Math.max(0, d),
        maximumFractionDigits: Math.max(0, d),
        useGrouping: !noCommas,
      });
    });
  }
}
ExcelPlugin.implementedFunctions = {
  RANK: {
    method: 'rank',
    parameters: [
      { argumentType: FunctionArgumentType.NUMBER },
      { argumentType: FunctionArgumentType.RANGE },
      { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
    ],
  },
  FIXED: {
    method: 'fixed',
    parameters: [
      { argumentType: FunctionArgumentType.NUMBER },
      { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2 },
      { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false },
    ],
  },
};
HyperFormula.registerFunctionPlugin(ExcelPlugin, { enGB: { FIXED: 'FIXED', RANK: 'RANK' } });

// HyperFormula reads an exponent only in lower case (1e-15, not 1E-15).
function hfSyntax(formula) {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/(\d)E([+-]?\d)/g, '$1e$2')))
    .join('');
}

function content(cell) {
  if (cell.type === ExcelJS.ValueType.Merge) return null; // covered by a merged cell: its value is the master's
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') {
    if (v.formula !== undefined || v.sharedFormula !== undefined) return '=' + hfSyntax(cell.formula);
    if (v.richText) return "'" + v.richText.map((t) => t.text).join('');
    if (v.error) return v.error;
    if (v instanceof Date) return v;
    if (v.text !== undefined) return v.text; // hyperlink
    return String(v);
  }
  // Text stays text: HyperFormula would read "5" as a number, "=x" as a formula.
  if (typeof v === 'string') return "'" + v;
  return v;
}

function csvField(v) {
  let s;
  if (v === null || v === undefined) s = '';
  else if (typeof v === 'object' && v.value !== undefined) s = v.value; // DetailedCellError
  else if (typeof v === 'boolean') s = v ? 'TRUE' : 'FALSE';
  else s = String(v);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

// HyperFormula cannot read a range that ends in INDEX(...), as Excel's
// A5:INDEX(A:A,n) does (the dashboard ends its ranges at the last filled
// row so).  Such an end is replaced by the cell it refers to, its row
// computed by HyperFormula itself from the workbook as it is, before the
// workbook is computed.
function resolveIndexEnds(sheets, options) {
  let probe = null;
  const out = {};
  for (const [name, rows] of Object.entries(sheets)) {
    out[name] = rows.map((row) =>
      row.map((v) => {
        if (typeof v !== 'string' || v[0] !== '=' || !v.includes(':INDEX(')) return v;
        if (!probe) probe = HyperFormula.buildFromSheets(sheets, options);
        return replaceIndexEnds(v, (expr) => probe.calculateFormula('=' + expr, probe.getSheetId(name)));
      })
    );
  }
  if (probe) probe.destroy();
  return out;
}

function replaceIndexEnds(formula, evaluate) {
  let result = '';
  let i = 0;
  for (;;) {
    const at = formula.indexOf(':INDEX(', i);
    if (at < 0) return result + formula.slice(i);
    // the arguments, split at top-level commas
    let depth = 0;
    let j = at + 7;
    const args = [];
    let start = j;
    for (; j < formula.length; j++) {
      const ch = formula[j];
      if (ch === '"') j = formula.indexOf('"', j + 1);
      else if (ch === '(') depth++;
      else if (ch === ')' && depth-- === 0) break;
      else if (ch === ',' && depth === 0) {
        args.push(formula.slice(start, j));
        start = j + 1;
      }
    }
    args.push(formula.slice(start, j));
    // INDEX(C:C;n) or INDEX($C$5:$C$99;n): one column, whole or from a first row
    const column = /^((?:'[^']+'|\w+)!)?(\$?[A-Z]+)(?:\$?(\d+))?:\$?[A-Z]+(?:\$?\d+)?$/.exec(args[0].trim());
    const n = args.length === 2 && column ? evaluate(args[1]) : null;
    if (typeof n !== 'number') return formula; // not the Excel idiom: leave it to HyperFormula
    const row = (column[3] ? Number(column[3]) : 1) + n - 1;
    result += formula.slice(i, at) + ':' + column[2] + '$' + row;
    i = j + 1;
  }
}

async function main() {
  const [book, outdir] = process.argv.slice(2);
  if (!book || !outdir) {
    console.error('usage: recalc.js BOOK.xlsx OUTDIR');
    process.exit(2);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const sheets = {};
  wb.eachSheet((ws) => {
    const rows = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = content(cell);
      });
      rows[r - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    sheets[ws.name] = rows;
  });
  const options = { licenseKey: 'gpl-v3', useArrayArithmetic: true };
  const hf = HyperFormula.buildFromSheets(resolveIndexEnds(sheets, options), options);
  fs.mkdirSync(outdir, { recursive: true });
  for (const name of hf.getSheetNames()) {
    const values = hf.getSheetValues(hf.getSheetId(name));
    const text = values.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
    fs.writeFileSync(path.join(outdir, name + '.csv'), text);
  }
}

main().catch((e) => {
  console.error('recalc.js: ' + e.message);
  process.exit(1);
});
