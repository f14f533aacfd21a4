"""Helpers for .xlsx files in the office tests."""
import re
import zipfile


def tamper_xlsx(path, marker=""):
    """Overwrite the cached results of the formulas (those containing
    marker) in an .xlsx, so a reader shows the right results only if it
    recalculated.  Returns how many were overwritten."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    count = 0
    for n in parts:
        if n.startswith("xl/worksheets/sheet"):
            def stale(m):
                kind = re.search(r' t="(\w+)"', m.group(1))
                kind = kind.group(1) if kind else "n"
                if kind == "e":  # errors are recomputed too, but keep their code
                    return m.group(0)
                return m.group(1) + ("STALE" if kind == "str" else "-12345") + m.group(2)
            text, k = re.subn(r'(<c [^>]*><f[^>]*>[^<]*%s[^<]*</f><v>)[^<]*(</v>)' % re.escape(marker),
                              stale, parts[n].decode("utf-8"))
            count += k
            parts[n] = text.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)
    return count
