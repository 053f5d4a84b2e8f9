#!/usr/bin/env python3
"""diplograph-bench-graph on a tiny generated data set: every key of the JSON object is there and
the answers agree with a plain-Python recomputation (betweenness: only its shape, the full check
is tools/check_bench_answers.py with networkx).
usage: bench_graph_test.py BENCH GEN_MEETINGS_PY   (exit 77 = skipped: no generator)"""
import collections, csv, json, os, subprocess, sys, tempfile

bench, gen = sys.argv[1], sys.argv[2]
if not os.path.exists(gen):
    print("gen_meetings.py not found at", gen)
    sys.exit(77)
tmp = tempfile.mkdtemp()
data = os.path.join(tmp, "data")
subprocess.run([sys.executable, gen, "--actors", "2000", "--meetings", "10000", "--seed", "42", "--out", data],
               check=True, capture_output=True)
p = subprocess.run([bench, "--runs", "5", data], capture_output=True, text=True, timeout=120)
assert p.returncode == 0, p.stderr
out = json.loads(p.stdout)
failures = []
for key in ("load_s", "graph_build_s", "met_before_p50_us", "met_before_p99_us", "path_p50_us", "path_p99_us",
            "two_hop_p50_us", "two_hop_p99_us", "betweenness_s", "peak_rss_mb", "answers"):
    if key not in out:
        failures.append(f"missing key {key}")
a = out["answers"]
if out["actors"] != 2000 or out["meetings"] != 10000:
    failures.append(f"sizes {out['actors']} {out['meetings']}")
if not 0 < out["peak_rss_mb"] < 500:
    failures.append(f"peak_rss_mb {out['peak_rss_mb']}")

date = {r["meeting_id"]: r["date"] for r in csv.DictReader(open(os.path.join(data, "meetings.csv")))}
parts = collections.defaultdict(list)
for r in csv.DictReader(open(os.path.join(data, "participants.csv"))):
    parts[r["meeting_id"]].append(int(r["actor_id"]))
adj = collections.defaultdict(set)
for ps in parts.values():
    for x in ps:
        adj[x].update(y for y in ps if y != x)

def bfs(src, limit=None):
    dist, frontier = {src: 0}, [src]
    while frontier and (limit is None or dist[frontier[0]] < limit):
        nxt = []
        for v in frontier:
            for w in adj[v]:
                if w not in dist:
                    dist[w] = dist[v] + 1
                    nxt.append(w)
        frontier = nxt
    return dist

for q in a["met_before"]:
    met = {b for m, ps in parts.items() if q["x"] in ps and date[m] < q["d"] for b in ps if b != q["x"]}
    if len(met) != q["count"]:
        failures.append(f"met_before {q}: expected {len(met)}")
for q in a["path"]:
    if bfs(q["a"]).get(q["b"]) != q["length"]:
        failures.append(f"path {q}: expected {bfs(q['a']).get(q['b'])}")
for q in a["two_hop"]:
    if len(bfs(q["x"], 2)) - 1 != q["count"]:
        failures.append(f"two_hop {q}: expected {len(bfs(q['x'], 2)) - 1}")
b = a["betweenness"]
if b["window"] != 2000 or b["sum"] <= 0 or b["top"][0]["actor"] != 0:
    failures.append(f"betweenness {b}")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
