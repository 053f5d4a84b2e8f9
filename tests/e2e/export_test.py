#!/usr/bin/env python3
"""diplograph export end to end on imported tables with hostile names: every form parses with
GraphViz's dot, names come out escaped and intact, slices hold exactly the expected nodes and
edges, GraphML parses as XML with the expected counts, SVG and PNG render.
usage: export_test.py DIPLOGRAPH"""
import os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

exe = sys.argv[1]
tmp = tempfile.mkdtemp()
failures = []
has_dot = shutil.which("dot") is not None


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args):
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120)


def write(name, text):
    with open(os.path.join(tmp, "events", name), "w", encoding="utf-8") as f:
        f.write(text)


RLO = "\u202e"
NAMES = {
    1: 'Quote "Q" Person',
    2: "Back\\slash {brace} <tag>",
    3: "New\nline; [x=1] -- a2",
    4: "Evil" + RLO + "Override",
    5: "سمير المجهول",
    6: "Loner",
}
os.makedirs(os.path.join(tmp, "events"))
write("actors.csv", "actor_id,name,country,kind\n" +
      "".join('%d,"%s",%s,person\n' % (i, n.replace('"', '""'), "RU" if i < 3 else "")
              for i, n in NAMES.items()))
# 10: 1-2 (2018), 11: 1-2 (2019), 12: 2-3-4 (2019), 13: 4-5 (2020), 14: 6 alone with 5 (2021)
write("meetings.csv", "meeting_id,date,type,location\n10,2018-06-12,summit,Singapore\n"
      "11,2019-02-27,talks,Hanoi\n12,2019-06-30,meeting,\n13,2020-01-05,call,\n14,2021-03-01,visit,Moscow\n")
write("participants.csv", "meeting_id,actor_id\n10,1\n10,2\n11,1\n11,2\n12,2\n12,3\n12,4\n13,4\n13,5\n14,6\n14,5\n")
db = os.path.join(tmp, "kb.db")
p = run("import", "--db", db, os.path.join(tmp, "events"))
check(p.returncode == 0, f"import: {p.stderr}")


def dot_parses(text, what):
    if not has_dot:
        return
    r = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True, text=True, timeout=60)
    check(r.returncode == 0 and "<svg" in r.stdout, f"{what}: dot refused it: {r.stderr[:300]}")


def labels(dot):
    return set(re.findall(r'\n\s*a\d+ \[label="((?:[^"\\]|\\.)*)"', dot))


def edges(dot):
    return set(re.findall(r"\n\s*(a\d+ -- a\d+) \[", dot))


# The whole graph: every form parses; names escaped and intact.
whole = run("export", "--db", db)
check(whole.returncode == 0, f"export: {whole.stderr}")
dot_parses(whole.stdout, "actor graph")
got = labels(whole.stdout)
check('Quote \\"Q\\" Person' in got, f"quotes: {got}")
check("Back\\\\slash {brace} <tag>" in got, f"backslash, braces, <>: {got}")
check("New\\nline; [x=1] -- a2" in got, f"newline and DOT syntax inside a name: {got}")
check("EvilOverride" in got, f"bidi override dropped: {got}")
check("\u2068سمير المجهول\u2069" in got, f"Arabic isolated: {got}")
check(len(got) == 6, f"six actors: {got}")
check(len(edges(whole.stdout)) == 6, f"edges 1-2, 2-3, 2-4, 3-4, 4-5, 5-6: {edges(whole.stdout)}")
check("penwidth=2" in whole.stdout, "two meetings of one pair make one thicker edge")
check("cluster_legend" in whole.stdout, "legend")
for extra in (["--bipartite"], ["--labels", "both"], ["--labels", "ar"], ["--no-legend"]):
    p = run("export", "--db", db, *extra)
    check(p.returncode == 0, f"export {extra}: {p.stderr}")
    dot_parses(p.stdout, f"export {extra}")

# Slices: a neighbourhood, a time window, a query's meetings.
p = run("export", "--db", db, "--no-legend", "Loner")
check(labels(p.stdout) == {"Loner", "\u2068سمير المجهول\u2069"} and len(edges(p.stdout)) == 1,
      f"Loner depth 1: {labels(p.stdout)} {edges(p.stdout)}")
p2 = run("export", "--db", db, "--no-legend", "--depth", "2", "Loner")
check(len(labels(p2.stdout)) == 3 and len(edges(p2.stdout)) == 2, f"Loner depth 2: {labels(p2.stdout)} {edges(p2.stdout)}")
p = run("export", "--db", db, "--no-legend", "--after", "2019-12-31")
check(len(labels(p.stdout)) == 3 and len(edges(p.stdout)) == 2, f"after 2019: {labels(p.stdout)}")
p = run("export", "--db", db, "--no-legend", "--before", "2019")
check(len(labels(p.stdout)) == 2 and len(edges(p.stdout)) == 1, f"before 2019: {labels(p.stdout)}")
p = run("export", "--db", db, "--no-legend", "--query", "summits")
check(len(labels(p.stdout)) == 2 and len(edges(p.stdout)) == 1, f"--query summits: {labels(p.stdout)} {p.stderr}")
p = run("export", "--db", db, "--query", "path")
check(p.returncode == 2 and "query" in p.stderr, f"bad --query: {p.returncode} {p.stderr}")
p = run("export", "--db", db, "--after", "June")
check(p.returncode == 2 and "--after" in p.stderr, f"bad --after: {p.stderr}")

# The REPL's .export takes the same options, quoted ones included.
repl_out = os.path.join(tmp, "repl.dot")
p = subprocess.run([exe, "repl", "--db", db], input=f".export --no-legend --query 'summits' -o {repl_out}\n",
                   capture_output=True, text=True, timeout=60)
check(p.returncode == 0 and os.path.exists(repl_out), f"repl .export: {p.stderr}")
if os.path.exists(repl_out):
    text = open(repl_out, encoding="utf-8").read()
    check(len(labels(text)) == 2 and "cluster_legend" not in text, f"repl .export slice: {labels(text)}")

# GraphML parses as XML with the expected counts; names intact, the override kept.
ns = "{http://graphml.graphdrawing.org/xmlns}"
p = run("export", "--db", db, "--format", "graphml")
root = ET.fromstring(p.stdout)
nodes = root.findall(f".//{ns}node")
check(len(nodes) == 6 and len(root.findall(f".//{ns}edge")) == 6, f"graphml counts: {len(nodes)}")
names = {d.text for n in nodes for d in n.findall(f"{ns}data") if d.get("key") == "name"}
check(set(NAMES.values()) == names, f"graphml names intact: {names}")
p = run("export", "--db", db, "--format", "graphml", "--bipartite")
root = ET.fromstring(p.stdout)
check(len(root.findall(f".//{ns}node")) == 11 and len(root.findall(f".//{ns}edge")) == 11, "bipartite graphml counts")

# Rendering.
if has_dot:
    for fmt in ("svg", "png"):
        out = os.path.join(tmp, "graph." + fmt)
        p = run("export", "--db", db, "--format", fmt, "--labels", "both", "-o", out)
        check(p.returncode == 0 and os.path.getsize(out) > 1000, f"{fmt}: {p.stderr}")
    p = run("export", "--db", db, "--format", "svg", "--layout", "sfdp", "-o", os.path.join(tmp, "s.svg"))
    check(p.returncode == 0, f"sfdp: {p.stderr}")
p = run("export", "--db", db, "--format", "svg")
check(p.returncode == 2 and "-o" in p.stderr, f"svg without -o: {p.stderr}")

shutil.rmtree(tmp)
print("failures:", len(failures))
sys.exit(1 if failures else 0)
