#!/usr/bin/env python3
"""kill -9 in the middle of an ingest: the database passes PRAGMA integrity_check, keeps every committed
batch, and a second run completes it into exactly the database an uninterrupted run builds (ids included:
batches commit in input order, so what survives is a prefix of the input and the rest follows in order).
usage: crash_test.py DIPLOGRAPH GEN_CORPUS_PY [ARTICLES]"""
import os, shutil, signal, sqlite3, subprocess, sys, tempfile, time

exe, gen_corpus = sys.argv[1], sys.argv[2]
articles = int(sys.argv[3]) if len(sys.argv) > 3 else 12000
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def scalar(db, sql):
    con = sqlite3.connect(db, timeout=10)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def dump(db):
    con = sqlite3.connect(db)
    out = {}
    for table in ("articles", "sentences", "actors", "meetings", "participants", "mentions", "mention_sentences"):
        cols = [c[1] for c in con.execute(f"PRAGMA table_info({table})") if c[1] != "ingested_at"]
        out[table] = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY 1, 2").fetchall()
    con.close()
    return out


tmp = tempfile.mkdtemp()
corpus = os.path.join(tmp, "corpus")
subprocess.run([sys.executable, gen_corpus, "--articles", str(articles), "--per-file", "500", "--out", corpus],
               check=True, capture_output=True)
ingest = lambda db: [exe, "ingest", "--quiet", "--db", db, "--jobs", "2", "--batch", "250", corpus]

# The reference: one uninterrupted run.
ref = os.path.join(tmp, "ref.db")
t0 = time.time()
r = subprocess.run(ingest(ref), capture_output=True, text=True, timeout=300)
check(r.returncode == 0, f"uninterrupted ingest: {r.returncode} {r.stderr}")
print(f"uninterrupted: {time.time() - t0:.1f} s")

# The crash: SIGKILL once a few batches are committed, well before the end.
db = os.path.join(tmp, "crash.db")
p = subprocess.Popen(ingest(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
committed = 0
deadline = time.time() + 60
while time.time() < deadline and p.poll() is None:
    try:
        if os.path.exists(db):
            committed = scalar(db, "SELECT count(*) FROM articles")
    except sqlite3.Error:
        pass  # the schema may not exist yet
    if committed >= 1000:
        break
    time.sleep(0.01)
killed = p.poll() is None
if killed:
    os.kill(p.pid, signal.SIGKILL)
p.wait()
check(killed, "the ingest ended before it could be killed (make the corpus larger)")
check(p.returncode == -signal.SIGKILL, f"killed by SIGKILL: {p.returncode}")

check(scalar(db, "PRAGMA integrity_check") == "ok", "integrity_check after kill -9")
after_kill = scalar(db, "SELECT count(*) FROM articles")
total = scalar(ref, "SELECT count(*) FROM articles")
print(f"killed with {after_kill} of {total} articles committed")
check(committed <= after_kill < total, f"the committed batches survived and the run was cut short: {committed} <= {after_kill} < {total}")
check(scalar(db, "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)") == 0,
      "no sentences of an uncommitted article")
check(scalar(db, "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)") == 0,
      "no mentions of an uncommitted article")

# The next run completes the rest.
r = subprocess.run(ingest(db)[:2] + ingest(db)[3:], capture_output=True, text=True, timeout=300)
check(r.returncode == 0, f"second run: {r.returncode} {r.stderr}")
check(f"articles: {total - after_kill:,} new" in r.stderr, f"the second run adds exactly what was lost: {r.stderr}")
check(scalar(db, "PRAGMA integrity_check") == "ok", "integrity_check after the second run")
a, b = dump(ref), dump(db)
for table in a:
    check(len(a[table]) == len(b[table]), f"{table}: {len(b[table])} rows, uninterrupted run {len(a[table])}")
check(a == b, "the completed database differs from the uninterrupted run's")

shutil.rmtree(tmp, ignore_errors=True)
print("failures:", len(failures))
sys.exit(1 if failures else 0)
