#!/usr/bin/env python3
"""`ingest` through the real binary: every kind of bad input, idempotency, one meeting from an Arabic
and an English report, a planned meeting that later happened, the same database for --jobs 1 and 2,
standard input, re-resolution, a newer database refused, and the progress bar on terminals only.
usage: ingest_test.py DIPLOGRAPH GEN_CORPUS_PY"""
import json, os, pty, shutil, sqlite3, subprocess, sys, tempfile, time

exe, gen_corpus = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args, stdin=None, stderr=subprocess.PIPE):
    return subprocess.run([exe, *args], input=stdin, stdout=subprocess.PIPE, stderr=stderr, text=True, timeout=120)


def query(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def dump(db):
    """Every row ingest decides (ids included), not the ingestion clock."""
    con = sqlite3.connect(db)
    out = []
    for table in ("articles", "sentences", "actors", "meetings", "participants", "mentions", "mention_sentences"):
        cols = [c[1] for c in con.execute(f"PRAGMA table_info({table})") if c[1] != "ingested_at"]
        out.append(con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY 1, 2").fetchall())
    con.close()
    return out


tmp = tempfile.mkdtemp()
HELSINKI = "Putin meets Trump\nRussian President Vladimir Putin and U.S. President Donald Trump held a summit in Helsinki on Monday.\n"

# --- Bad input of every kind, beside good articles ---------------------------------------------
inp = os.path.join(tmp, "in")
os.makedirs(os.path.join(inp, "sub"))
with open(os.path.join(inp, "good.txt"), "w", encoding="utf-8") as f:
    f.write(HELSINKI)
with open(os.path.join(inp, "sub", "bin.txt"), "wb") as f:
    f.write(b"Title\n\x00\x01\x02 binary")
with open(os.path.join(inp, "latin1.txt"), "wb") as f:
    f.write("Caf\u00e9 talks\nPutin met Erdogan in Ankara.\n".encode("latin-1"))
open(os.path.join(inp, "empty.txt"), "w").close()
with open(os.path.join(inp, "blank.txt"), "w") as f:
    f.write("  \n\n")
with open(os.path.join(inp, "huge.txt"), "w") as f:
    f.write("Huge\n" + "word " * (8 * 1024 * 1024 // 5 + 10))
lines = [
    {"id": "ok-en", "date": "2018-06-13", "text": "Trump and Kim hold summit\nU.S. President Donald Trump and North Korean leader Kim Jong Un held a summit in Singapore on Tuesday and signed a joint statement."},
    "{broken",
    {"id": "bad-date", "date": "2018-02-30", "text": "Putin met Erdogan in Ankara."},
    {"id": "ok-ar", "date": "2018-07-18", "text": "قمة هلسنكي\nعقد الرئيس الروسي فلاديمير بوتين قمة مع الرئيس الأمريكي دونالد ترامب في هلسنكي الاثنين الماضي."},
    {"id": "no-text", "title": "x"},
]
with open(os.path.join(inp, "news.jsonl"), "w", encoding="utf-8") as f:
    for l in lines:
        f.write((l if isinstance(l, str) else json.dumps(l, ensure_ascii=False)) + "\n")
unreadable = os.path.join(inp, "locked.txt")
with open(unreadable, "w") as f:
    f.write(HELSINKI.replace("Monday", "Tuesday"))
os.chmod(unreadable, 0)
root = os.geteuid() == 0  # root reads mode-000 files: that case is only checked for other users
missing = os.path.join(tmp, "missing.txt")
# A file that opens but fails to read (EIO), for every user.
eio = "/proc/self/mem" if os.path.exists("/proc/self/mem") else None

db = os.path.join(tmp, "bad.db")
r = run("ingest", "--db", db, "--date", "2018-07-18", "--jobs", "2", inp, missing, *([eio] if eio else []))
check(r.returncode == 3, f"skipped input: exit 3, got {r.returncode}: {r.stderr}")
check(r.stdout == "", f"ingest writes nothing on standard output: {r.stdout!r}")
expect = {
    "bin.txt": "binary", "latin1.txt": "UTF-8", "empty.txt": "empty", "blank.txt": "empty",
    "huge.txt": "8 MiB", "news.jsonl:2": "malformed JSON", "news.jsonl:3": "impossible date",
    "news.jsonl:5": "text", "missing.txt": "no such file",
}
if not root:
    expect["locked.txt"] = "cannot read"
if eio:
    expect["/proc/self/mem"] = "cannot read"
err_lines = r.stderr.splitlines()
for where, why in expect.items():
    check(any(where in l and why in l for l in err_lines), f"a message names {where} and says {why!r}: {r.stderr}")
check("skipped" in r.stderr and "articles:" in r.stderr, f"summary at the end: {r.stderr}")
stored = {row[0] for row in query(db, "SELECT external_id FROM articles")}
want = {os.path.join(inp, "good.txt"), "ok-en", "ok-ar"} | (set() if not root else {unreadable})
check(stored == want, f"only the good articles are stored: {stored}")
# Nothing half-written: every sentence, mention and participant belongs to a stored article or meeting,
# and the good articles alone give exactly the same rows.
for sql in ("SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)",
            "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)",
            "SELECT count(*) FROM meetings WHERE id NOT IN (SELECT meeting_id FROM mentions)"):
    check(query(db, sql)[0][0] == 0, f"no partial article: {sql}")
good = os.path.join(tmp, "good")
os.makedirs(good)
shutil.copy(os.path.join(inp, "good.txt"), good)
with open(os.path.join(good, "news.jsonl"), "w", encoding="utf-8") as f:
    for l in (lines[0], lines[3]):
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
if root:
    shutil.copy(unreadable, good)
db_good = os.path.join(tmp, "good.db")
r = run("ingest", "--db", db_good, "--date", "2018-07-18", good)
check(r.returncode == 0, f"good input: exit 0: {r.stderr}")
counts = "SELECT (SELECT count(*) FROM sentences), (SELECT count(*) FROM mentions), (SELECT count(*) FROM meetings)"
check(query(db, counts) == query(db_good, counts), f"the bad input left nothing: {query(db, counts)} vs {query(db_good, counts)}")
r = run("ingest", "--db", os.path.join(tmp, "none.db"), os.path.join(inp, "empty.txt"), missing)
check(r.returncode == 1, f"nothing readable: exit 1, got {r.returncode}")

# --- Idempotency ------------------------------------------------------------------------------
before = dump(db_good)
r = run("ingest", "--db", db_good, "--date", "2018-07-18", good)
check(r.returncode == 0 and "nothing new" in r.stderr and f"{len(want)} already known" in r.stderr, f"re-ingest says so: {r.stderr}")
check(dump(db_good) == before, "a second ingest changed the database")

# --- One meeting from an Arabic and an English report; planned, then held ---------------------
singapore = [
    {"id": "plan-en", "date": "2018-06-01", "lang": "en", "text": "Summit back on\nU.S. President Donald Trump will hold a summit with North Korean leader Kim Jong Un in Singapore on June 12, the White House said."},
    {"id": "held-ar", "date": "2018-06-13", "lang": "ar", "text": "قمة تاريخية في سنغافورة\nعقد الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون قمة تاريخية في سنغافورة في 12 يونيو، تعهدا خلالها بالعمل على نزع السلاح النووي."},
    {"id": "held-en", "date": "2018-06-13", "lang": "en", "text": "Trump and Kim hold summit\nU.S. President Donald Trump and North Korean leader Kim Jong Un held a summit in Singapore on Tuesday and signed a joint statement."},
]
db_sg = os.path.join(tmp, "sg.db")
src = "\n".join(json.dumps(a, ensure_ascii=False) for a in singapore) + "\n"
r = run("ingest", "--db", db_sg, "-", stdin=src)
check(r.returncode == 0, f"ingest from standard input: {r.stderr}")
meetings = query(db_sg, "SELECT id, type, status, date, label FROM meetings")
check(len(meetings) == 1, f"one meeting for three reports in two languages: {meetings}")
if meetings:
    check(meetings[0][1:4] == ("summit", "occurred", "2018-06-12"), f"the latest report's status: {meetings[0]}")
    check(meetings[0][4] == "Singapore summit 2018", f"label: {meetings[0][4]}")
statuses = query(db_sg, "SELECT a.external_id, m.status FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY m.id")
check(statuses == [("plan-en", "planned"), ("held-ar", "occurred"), ("held-en", "occurred")], f"each report keeps what it said: {statuses}")
# --- Standard input is read as it arrives: an article is stored before the stream ends ----------
db_stream = os.path.join(tmp, "stream.db")
proc = subprocess.Popen([exe, "ingest", "--db", db_stream, "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE, text=True)
proc.stdin.write("\n" + json.dumps(singapore[2]) + "\nnot json\n")
proc.stdin.flush()
seen = 0
for _ in range(100):  # up to 20 s; a batch is committed within about a second
    time.sleep(0.2)
    if os.path.exists(db_stream):
        try:
            seen = query(db_stream, "SELECT count(*) FROM articles")[0][0]
        except sqlite3.Error:
            seen = 0
    if seen:
        break
check(seen == 1 and proc.poll() is None, f"an article from an open stream is stored while the stream is open: {seen}")
proc.stdin.close()
err = proc.stderr.read()
proc.wait(timeout=60)
check("skipped -:3: malformed JSON line" in err, f"stream line numbers count the leading blank line: {err}")
r = run("query", "--db", db_sg, "--json", "sources #1")
rows = json.loads(r.stdout) if r.returncode == 0 else []
check(sorted(x["status"] for x in rows) == ["occurred", "occurred", "planned"], f"sources keeps both: {r.stdout} {r.stderr}")

# --- --jobs 1 and --jobs 2 give the same database ----------------------------------------------
corpus = os.path.join(tmp, "corpus")
subprocess.run([sys.executable, gen_corpus, "--articles", "1500", "--per-file", "400", "--out", corpus], check=True,
               capture_output=True)
dumps = []
for jobs in ("1", "2"):
    d = os.path.join(tmp, f"jobs{jobs}.db")
    r = run("ingest", "--db", d, "--jobs", jobs, "--batch", "200", corpus)
    check(r.returncode == 0, f"--jobs {jobs}: {r.stderr}")
    dumps.append(dump(d))
check(dumps[0] == dumps[1], "--jobs 1 and --jobs 2 built different databases")
r = run("ingest", "--db", os.path.join(tmp, "j.db"), "--jobs", "0", corpus)
check(r.returncode == 2 and "--jobs" in r.stderr, f"--jobs 0 is a usage error: {r.stderr}")

# --- Re-resolution -----------------------------------------------------------------------------
d1 = os.path.join(tmp, "jobs1.db")
before = dump(d1)
r = run("reresolve", "--db", d1, "--jobs", "2")
check(r.returncode == 0 and "re-read" in r.stderr, f"reresolve: {r.stderr}")
check(dump(d1) == before, "re-resolution with the same lexicon changed the meetings")
lex = os.path.join(tmp, "lexicon")
here = os.path.dirname(os.path.abspath(__file__))
shutil.copytree(os.path.join(here, "..", "..", "schema", "lexicon"), lex)
with open(os.path.join(lex, "actors", "world.tsv"), "a", encoding="utf-8") as f:
    f.write("zorkan_beltovich\tperson\tZorkan Beltovich\tEE\tBeltovich\tزوركان بيلتوفيتش\t\t\n")
z = os.path.join(tmp, "z.txt")
with open(z, "w") as f:
    f.write("Talks in Paris\nFrench President Emmanuel Macron met Estonian envoy Zorkan Beltovich in Paris on Monday.\n")
r = run("ingest", "--db", db_good, "--date", "2018-07-18", z)
check(query(db_good, "SELECT count(*) FROM actors WHERE key = '?zorkan beltovich'")[0][0] == 1, "unknown envoy stored as unknown")
os.remove(z)
r = run("ingest", "--db", db_good, "--lexicon", lex, "--date", "2018-07-18", good)
check("re-resolving" in r.stderr and r.returncode == 0, f"a changed lexicon re-resolves first: {r.stderr}")
check(query(db_good, "SELECT count(*) FROM participants p JOIN actors a ON a.id = p.actor_id WHERE a.key = 'zorkan_beltovich'")[0][0] == 1,
      "the new lexicon entry reached the stored meeting without its file")
check(query(db_good, "SELECT count(*) FROM actors WHERE key = '?zorkan beltovich'")[0][0] == 0, "the unknown actor is gone")

# --- A database from a newer diplograph -----------------------------------------------------------
newer = os.path.join(tmp, "newer.db")
con = sqlite3.connect(newer)
con.execute("PRAGMA user_version = 99")
con.close()
for cmd in (["stats"], ["ingest", good], ["query", "summits"]):
    r = run(cmd[0], "--db", newer, *cmd[1:])
    check(r.returncode == 1 and "schema version 99" in r.stderr and "newer than this diplograph" in r.stderr,
          f"{cmd[0]} refuses a newer database clearly: {r.returncode} {r.stderr}")

# --- Queries run while an ingest is going on (WAL) ------------------------------------------------
busy = os.path.join(tmp, "busy.db")
p = subprocess.Popen([exe, "ingest", "--quiet", "--batch", "100", "--jobs", "1", "--db", busy, corpus],
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
while p.poll() is None and not (os.path.exists(busy) and query(busy, "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'")[0][0]):
    pass
answers = [run("stats", "--db", busy, "--json"), run("query", "--db", busy, "--json", "summits")]
during = p.poll() is None
p.wait()
for r in answers:
    check(r.returncode == 0, f"a query during an ingest works: {r.returncode} {r.stderr}")
print("queries ran", "during" if during else "after", "the ingest")
check(p.returncode == 0, f"the ingest alongside the queries: {p.returncode} {p.stderr.read()}")

# --- Progress bar: on a terminal only ----------------------------------------------------------------
check("\r" not in run("ingest", "--db", os.path.join(tmp, "p1.db"), corpus).stderr, "no progress bar when stderr is not a terminal")
master, slave = pty.openpty()
p = subprocess.Popen([exe, "ingest", "--db", os.path.join(tmp, "p2.db"), corpus], stdout=subprocess.PIPE, stderr=slave)
os.close(slave)
seen = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
p.wait()
os.close(master)
text = seen.decode("utf-8", "replace")
check("\r" in text and "articles" in text and "MB/s" in text and "meetings" in text, f"progress bar on a terminal: {text[-300:]!r}")
check("already known" in text, "summary after the bar")

shutil.rmtree(tmp, ignore_errors=True)
print("failures:", len(failures))
sys.exit(1 if failures else 0)
