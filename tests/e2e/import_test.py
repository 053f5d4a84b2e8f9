#!/usr/bin/env python3
"""diplograph import end to end: good tables, an idempotent second import, queries on the
imported graph, and a malformed row refused with its file and line.
usage: import_test.py DIPLOGRAPH"""
import json, os, subprocess, sys, tempfile

exe = sys.argv[1]
tmp = tempfile.mkdtemp()
failures = []

def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)

def run(*args):
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120)

def write(folder, name, text):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)

good = os.path.join(tmp, "events")
write(good, "actors.csv", 'actor_id,name,country,kind\n1,"Amira Haddad",JO,envoy\n2,Boris Klein,DE,minister\n3,"Chen, Wei",CN,minister\n')
write(good, "meetings.csv", "meeting_id,date,type,location\n10,2019-01-02,talks,Vienna\n11,2019-02-03,summit,Oslo\n")
write(good, "participants.csv", "meeting_id,actor_id\n10,1\n10,2\n11,2\n11,3\n")
db = os.path.join(tmp, "kb.db")

p = run("import", "--help")
check(p.returncode == 0 and "actors.csv" in p.stdout, f"import --help: {p.returncode} {p.stdout}")
p = run("import", "--db", db, good)
check(p.returncode == 0, f"first import: {p.returncode} {p.stderr}")
check("meetings: 2 new" in p.stderr, f"first import summary: {p.stderr}")
stats = run("stats", "--db", db, "--json").stdout
p = run("import", "--db", db, good)
check(p.returncode == 0 and "meetings: 0 new, 2 already known" in p.stderr, f"second import: {p.stderr}")
check(run("stats", "--db", db, "--json").stdout == stats, "a second import changed the database")

rows = json.loads(run("query", "--db", db, "--json", 'path "Amira Haddad" "Chen, Wei"').stdout)
check([r["actor"] for r in rows] == ["Amira Haddad", "Boris Klein", "Chen, Wei"], f"path on imported data: {rows}")
rows = json.loads(run("query", "--db", db, "--json", "summits").stdout)
check(len(rows) == 1 and rows[0]["location"] == "Oslo" and rows[0]["status"] == "occurred", f"summits: {rows}")

bad = os.path.join(tmp, "bad")
write(bad, "actors.csv", "actor_id,name\n1,A\n2,B\n")
write(bad, "meetings.csv", "meeting_id,date\n10,2019-01-02\n11,2019-13-01\n")
write(bad, "participants.csv", "meeting_id,actor_id\n10,1\n")
p = run("import", "--db", db, bad)
check(p.returncode == 1, f"bad import exit {p.returncode}")
check("meetings.csv:3: bad date '2019-13-01'" in p.stderr, f"bad import message: {p.stderr}")
check(len(p.stderr.strip().splitlines()) == 1, f"one-line message: {p.stderr}")
check(run("stats", "--db", db, "--json").stdout == stats, "a failed import changed the database")
p = run("import", "--db", db, os.path.join(tmp, "missing"))
check(p.returncode == 1 and "not a folder" in p.stderr, f"missing folder: {p.returncode} {p.stderr}")
p = run("import", "--db", db)
check(p.returncode == 2, f"no DIR: exit {p.returncode}")
sys.exit(1 if failures else 0)
