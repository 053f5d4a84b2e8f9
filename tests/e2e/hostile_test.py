#!/usr/bin/env python3
"""Hostile input through the real binary: each case ends in bounded time with a
clear message or a correct answer (README, "Limits")."""
import json, os, subprocess, sys, tempfile, time

exe = sys.argv[1]
failures = []
def check(cond, what):
    if not cond:
        failures.append(what); print("FAIL:", what)
def run(*args, stdin=None, limit=120):
    start = time.monotonic()
    r = subprocess.run([exe, *args], capture_output=True, input=stdin, timeout=limit)
    r.seconds = time.monotonic() - start
    r.out, r.err = r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    return r

RLO, PDF = "\u202e", "\u202c"
tmp = tempfile.mkdtemp()
def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path

# Files beyond the limits or not text: skipped with the file named and the reason; exit 3.
big_latin = write("big-latin.txt", b"Title\n" + b"talks " * (10 * 1024 * 1024 // 6))
big_arabic = write("big-arabic.txt", "عنوان\n".encode() + "قمة ".encode() * (10 * 1024 * 1024 // 7))
nul = write("nul.txt", b"Title\nPutin met\x00Trump.")
overlong = write("overlong.txt", b"Title\nPutin \xc0\xaf met Trump.")
surrogate = write("surrogate.txt", b"Title\nPutin \xed\xa0\x80 met Trump.")
good = write("good.txt", "Title\nVladimir Putin met Donald Trump in Helsinki on Monday.\n")
r = run("extract", "--date", "2018-07-18", big_latin, big_arabic, nul, overlong, surrogate, good)
check(r.returncode == 3, f"bad files beside a good one: exit 3, got {r.returncode}")
check("Donald Trump" in r.out, "the good file is still read")
for path, why in ((big_latin, "larger than 8 MiB"), (big_arabic, "larger than 8 MiB"), (nul, "binary file (NUL bytes)"),
                  (overlong, "not valid UTF-8"), (surrogate, "not valid UTF-8")):
    check(f"{path}: {why}" in r.err, f"message for {os.path.basename(path)}: {why}")

# An article at the limit with one line and no full stop: read, cut at 20,000 bytes, answered.
line = "Vladimir Putin and Donald Trump held a summit in Helsinki on Monday " + "and the talks went on " * 300000
at_limit = write("at-limit.txt", "Title\n" + line[: 8 * 1024 * 1024 - 100])
r = run("extract", "--date", "2018-07-18", at_limit, limit=600)
check(r.returncode == 0, f"8 MiB single line: exit 0, got {r.returncode}: {r.err[:200]}")
rows = [json.loads(l) for l in r.out.splitlines() if l.strip()]
check(len(rows) == 1 and rows[0]["type"] == "summit", f"8 MiB single line: the one summit found: {r.out[:300]}")

# A right-to-left override inside a name: ingested as written, but neutralised in
# the table and in the DOT export (the JSON keeps the name exactly as written).
article = write("rlo.txt", f"Title\nVladimir Putin met French Foreign Minister Jean{RLO}Marc Dupont{PDF} in Moscow on Monday.\n")
db = os.path.join(tmp, "k.db")
r = run("ingest", "--db", db, "--date", "2018-07-18", article)
check(r.returncode == 0, f"ingest with RLO: {r.err}")
r = run("query", "--db", db, "who met Putin")
check(r.returncode == 0 and "Dupont" in r.out, f"table answer names the guest: {r.out} {r.err}")
check(RLO not in r.out and PDF not in r.out, "no bidi override reaches the terminal table")
r = run("query", "--db", db, "--json", "who met Putin")
check(r.returncode == 0 and any("Dupont" in row["actor"] for row in json.loads(r.out)), f"JSON answer: {r.out}")
check(RLO in r.out, "JSON keeps the name exactly as written (so the table had something to neutralise)")
dot = os.path.join(tmp, "g.dot")
r = run("export", "--db", db, "-o", dot)
check(r.returncode == 0, f"export: {r.err}")
with open(dot, encoding="utf-8") as f:
    text = f.read()
check("Dupont" in text and RLO not in text, "DOT keeps the name without the override")

# Queries: unbalanced quotes, huge numbers, 10,000 terms: exit 1 and one line saying why.
for q, why in (('who met "Kim Jong Un', "unbalanced quote at character 9"),
               ("top 99999999999999999999", "top N needs 1 <= N <= 100000"),
               ("before #1 within 1e30 days", "expected a number of days (1-36500)"),
               ("who met" + " x" * 10000, "query has more than 2000 words")):
    r = run("query", "--db", db, q)
    check(r.returncode == 1 and why in r.err and r.err.count("\n") == 1, f"query {q[:40]!r}: {r.returncode} {r.err[:200]}")
r = run("query", "--db", db, "who met" + " x" * 1998)
check(r.returncode == 1 and "unknown actor" in r.err and r.seconds < 60, f"1998-word name: {r.err[:100]} in {r.seconds:.1f}s")

# The REPL survives the same lines and keeps answering.
r = run("repl", "--db", db, stdin=('who met "Kim\n' + "top 99999999999999999999\n" + "who met Putin\n").encode())
check(r.returncode == 0 and "Dupont" in r.out, f"repl keeps going after bad lines: {r.returncode} {r.out[-300:]} {r.err[-300:]}")

print("failures:", len(failures))
sys.exit(1 if failures else 0)
