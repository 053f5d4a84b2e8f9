#!/usr/bin/env python3
"""End to end on the seed article: extract, ingest twice, query in English and Arabic, export.
usage: seed_test.py DIPLOGRAPH SEED_DIR EXAMPLES_DIR  (exit 77 = skipped: no seed)"""
import json, os, shutil, subprocess, sys, tempfile

exe, seed_dir, examples = sys.argv[1], sys.argv[2], sys.argv[3]
article = os.path.join(seed_dir, "000_c98599b130b6a574.txt")
gold_path = os.path.join(seed_dir, "expected-meetings.jsonl")
if not os.path.exists(article):
    print("seed article not found at", article)
    sys.exit(77)
failures = []

def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)

def run(*args, ok=(0,)):
    p = subprocess.run([exe, *args], capture_output=True, text=True, timeout=120)
    check(p.returncode in ok, f"{args}: exit {p.returncode}: {p.stderr.strip()}")
    return p.stdout

out = run("extract", "--date", "2018-07-18", article)
found = [json.loads(l) for l in out.splitlines() if l.strip()]
for m in found:
    for key in ("article", "participants", "type", "status", "location", "date", "evidence", "confidence"):
        check(key in m, f"extract output lacks '{key}'")
gold = [json.loads(l) for l in open(gold_path, encoding="utf-8")]
def same(m, g):
    names = sorted(p["name"] for p in m["participants"])
    sets = [sorted(g["participants"])] + [sorted(a) for a in g.get("alternatives", [])]
    loc = m["location"]["name"] if m["location"] else None
    return names in sets and (m["type"] == g["type"] or m["type"] in g.get("also", [])) and \
        m["status"] == g["status"] and loc == g["location"] and m["date"] == g["date"]
for g in gold:
    if g.get("optional"):
        continue
    check(any(same(m, g) for m in found), f"gold meeting {g['id']} not found exactly: {g}")
def reported(m, g):
    """The same encounter, allowing what optional gold leaves open (a date the text does not give)."""
    names = sorted(p["name"] for p in m["participants"])
    sets = [sorted(g["participants"])] + [sorted(a) for a in g.get("alternatives", [])]
    return names in sets and m["status"] == g["status"]
# Nothing false: every meeting found is one of the gold ones (optional ones included).
for m in found:
    check(any(reported(m, g) for g in gold), f"a meeting the article does not report: {m['participants']} {m['type']} {m['status']}")
for m in found:
    names = {p["name"] for p in m["participants"]}
    if {"Vladimir Putin", "Kim Jong Un"} <= names:
        check(m["status"] != "occurred", "a Putin–Kim meeting reported as having happened")

tmp = tempfile.mkdtemp()
db = os.path.join(tmp, "seed.db")
run("ingest", "--db", db, "--date", "2018-07-18", article)
before = run("stats", "--db", db, "--json")
run("ingest", "--db", db, "--date", "2018-07-18", article)
check(run("stats", "--db", db, "--json") == before, "a second ingest changed the database")

def q(text):
    return json.loads(run("query", "--db", db, "--json", text))
rows = q('who met "Kim Jong Un" before "Singapore summit"')
check([r["actor"] for r in rows] == ["Sergey Lavrov"], f"who met Kim before Singapore: {rows}")
check(rows and rows[0]["meeting"]["location"] == "Pyongyang" and rows[0]["meeting"]["date"] == "2018-05", "Lavrov meeting details")
rows_ar = q('who met "كيم جونغ أون" before "Singapore summit"')
check([r["actor"] for r in rows_ar] == ["Sergey Lavrov"], f"Arabic name: {rows_ar}")
rows = q('who met "Vladimir Putin"')
check([r["actor"] for r in rows] == ["Donald Trump"], f"who met Putin: {rows}")
check(q('who met "فلاديمير بوتين"') == rows, "who met Putin in Arabic differs")
s = q("summits")
check([(m["location"], m["date"]) for m in s] == [("Singapore", "2018-06"), ("Helsinki", "2018-07-16")], f"summits: {s}")
p = q('path "Sergey Lavrov" "Donald Trump"')
check([r["actor"] for r in p] == ["Sergey Lavrov", "Kim Jong Un", "Donald Trump"], f"path: {p}")
planned = q("meetings status planned") + q("meetings status invited")
kinds = sorted((m["type"], m["status"]) for m in planned)
check(kinds == [("summit", "planned"), ("visit", "invited")], f"planned/invited: {kinds}")
# The REPL answers the same with piped input, with no prompt noise.
p2 = subprocess.run([exe, "repl", "--db", db, "--json"], input='who met "Kim Jong Un" before "Singapore summit"\nbogus query\n',
                    capture_output=True, text=True, timeout=60)
check(p2.returncode == 0 and json.loads(p2.stdout.splitlines()[0])[0]["actor"] == "Sergey Lavrov", f"repl: {p2.stdout}")
check("error" in p2.stderr, "repl error for a bad query")
dot = run("export", "--db", db, "--format", "dot")
for name in ("Sergey Lavrov", "Kim Jong Un", "Donald Trump", "Vladimir Putin"):
    check(name in dot, f"DOT lacks {name}")
if shutil.which("dot"):
    r = subprocess.run(["dot", "-Tsvg"], input=dot, capture_output=True, text=True)
    check(r.returncode == 0 and "<svg" in r.stdout, "dot -Tsvg rejected the export")
# The bundled examples answer the quick start's question.
db2 = os.path.join(tmp, "examples.db")
run("ingest", "--db", db2, examples)
rows = json.loads(run("query", "--db", db2, "--json", 'who met "Kim Jong Un" before "Singapore summit"'))
check("Sergey Lavrov" in [r["actor"] for r in rows], f"examples: {rows}")
shutil.rmtree(tmp)
print("failures:", len(failures))
sys.exit(1 if failures else 0)
