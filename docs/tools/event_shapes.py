#!/usr/bin/env python3
"""Prints a Markdown table of every event in api (classes with @Revision): package, name, revision, fields, doc."""
import re, sys, pathlib
root = pathlib.Path(sys.argv[1]) / "api/src/main/java/dk/kantinekort/api"
rows = []
for f in sorted(root.rglob("*.java")):
    s = f.read_text()
    m = re.search(r'@Revision\("([^"]+)"\)', s)
    if not m or "upcasting" in str(f):
        continue
    rec = re.search(r'public record (\w+)\s*\((.*?)\)\s*(implements[^{]*)?\{', s, re.S)
    doc = re.search(r'/\*\*(.*?)\*/\s*(@\w+.*\n)*\s*public record', s, re.S)
    d = ""
    if doc:
        d = " ".join(l.strip().lstrip("*").strip() for l in doc.group(1).splitlines()).strip()
        d = re.sub(r"\{@\w+ ([^}]*)\}", r"`\1`", d)
    if not rec:
        continue
    fields = re.sub(r"@\w+(\([^)]*\))?\s*", "", rec.group(2))
    fields = " ".join(fields.split())
    names = []
    depth = 0; cur = ""
    for ch in fields:
        if ch == "<": depth += 1
        if ch == ">": depth -= 1
        if ch == "," and depth == 0:
            names.append(cur.strip()); cur = ""
        else:
            cur += ch
    if cur.strip(): names.append(cur.strip())
    fld = ", ".join(n.split(" ")[-1] for n in names)
    sealed = [n.split(" ")[-1] for n in names if n.startswith("SealedData") or "Sealed" in n.split(" ")[0]]
    pkg = f.parent.name
    clear = [n.split(" ")[-1] for n in names if re.search(r"(?i)cpr|masked|token|expir|reason", n.split(" ")[-1])
             and n.split(" ")[-1] not in sealed
             and not re.search(r"(?i)expiresAt$|^tokenHash$", n.split(" ")[-1])
             and not (rec.group(1) == "DepositAbandoned") and not n.startswith(("Decline", "Payment", "Link", "Block"))]
    rows.append((pkg, rec.group(1), m.group(1), fld, ", ".join(sealed), ", ".join(clear), d.replace("|", "\\|")))
print("| context | event | rev | fields | sealed | to seal (issue 15) | meaning |")
print("|---|---|---|---|---|---|---|")
for r in rows:
    print("| %s | `%s` | %s | %s | %s | %s | %s |" % r)
