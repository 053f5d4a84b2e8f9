#!/usr/bin/env python3
"""The command line's contract: help, typos, bad input, exit codes, no half-written articles."""
import json, os, subprocess, sys, tempfile

exe = sys.argv[1]
failures = []
def check(cond, what):
    if not cond:
        failures.append(what); print("FAIL:", what)
def run(*args, stdin=None):
    return subprocess.run([exe, *args], capture_output=True, text=True, input=stdin, timeout=60)

for cmd in ("extract", "ingest", "query", "repl", "export", "stats"):
    r = run(cmd, "--help")
    check(r.returncode == 0 and "usage" in r.stdout, f"{cmd} --help")
r = run("extarct", "x")
check(r.returncode == 2 and "did you mean 'extract'" in r.stderr, "did you mean on a typo")
r = run("extract", "--date", "2018-02-30", "x.txt")
check(r.returncode == 2 and "bad --date" in r.stderr, "impossible --date refused")
tmp = tempfile.mkdtemp()
bad = os.path.join(tmp, "bad.jsonl")
with open(bad, "w") as f:
    f.write('{"id": "a", "text": "Putin met Trump in Helsinki.", "date": "2018-07-16"}\n{broken\n{"id": "c", "date": "2018-13-01", "text": "x"}\n')
binf = os.path.join(tmp, "bin.txt")
with open(binf, "wb") as f:
    f.write(b"\x00\x01\x02binary")
db = os.path.join(tmp, "k.db")
r = run("ingest", "--db", db, bad, binf, os.path.join(tmp, "missing.txt"))
check(r.returncode == 3, f"partial ingest exits 3, got {r.returncode}")
for needle in ("bad.jsonl:2", "bad.jsonl:3", "bin.txt", "missing.txt"):
    check(needle in r.stderr, f"message names {needle}")
stats = json.loads(run("stats", "--db", db, "--json").stdout)
check(stats["articles"] == 1, f"only the good article stored: {stats}")
r = run("query", "--db", db, "who met")
check(r.returncode == 1 and r.stderr.startswith("diplograph query:"), "bad query: one-line error, exit 1")
r = run("query", "--db", db, "--json", "who met Putni")
check(r.returncode == 1 and "did you mean" in r.stderr, f"unknown name suggests: {r.stderr}")
r = run("extract", "-", stdin="Title\nPresident Vladimir Putin received Turkish President Recep Tayyip Erdogan in Moscow on Tuesday.\n")
check(r.returncode == 0 and "Recep Tayyip Erdogan" in r.stdout, f"extract from stdin: {r.stdout} {r.stderr}")
print("failures:", len(failures))
sys.exit(1 if failures else 0)
