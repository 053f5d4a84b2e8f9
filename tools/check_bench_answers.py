#!/usr/bin/env python3
"""Recomputes the answers of diplograph-bench-graph with networkx, as a peer would.
usage: check_bench_answers.py DATA_DIR BENCH_JSON   (exit 77 when networkx is missing)
Slow beyond small data (--actors 2000 --meetings 10000): a correctness check, not a benchmark."""
import collections, csv, itertools, json, os, sys

try:
    import networkx as nx
except ImportError:
    print("networkx is not installed; skipped")
    sys.exit(77)

data, bench = sys.argv[1], json.load(open(sys.argv[2]))
answers = bench["answers"]
actors = [int(r["actor_id"]) for r in csv.DictReader(open(os.path.join(data, "actors.csv")))]
date = {r["meeting_id"]: r["date"] for r in csv.DictReader(open(os.path.join(data, "meetings.csv")))}
parts = collections.defaultdict(list)
for r in csv.DictReader(open(os.path.join(data, "participants.csv"))):
    parts[r["meeting_id"]].append(int(r["actor_id"]))

g = nx.Graph()
g.add_nodes_from(actors)
for ps in parts.values():
    g.add_edges_from(itertools.combinations(ps, 2))
bad = []

for q in answers["met_before"]:
    met = {b for m, ps in parts.items() if q["x"] in ps and date[m] < q["d"] for b in ps if b != q["x"]}
    if len(met) != q["count"]:
        bad.append(("met_before", q, len(met)))
for q in answers["path"]:
    try:
        n = nx.shortest_path_length(g, q["a"], q["b"])
    except nx.NetworkXNoPath:
        n = None
    if n != q["length"]:
        bad.append(("path", q, n))
for q in answers["two_hop"]:
    n = len(nx.single_source_shortest_path_length(g, q["x"], cutoff=2)) - 1
    if n != q["count"]:
        bad.append(("two_hop", q, n))
if "betweenness" in answers:
    step = max(1, len(actors) // 10000)
    window = g.subgraph([a for a in actors if a % step == 0])
    bc = nx.betweenness_centrality(window, normalized=False)
    b = answers["betweenness"]
    if abs(sum(bc.values()) - b["sum"]) > 1e-6 * max(1.0, b["sum"]) + 0.01:
        bad.append(("betweenness sum", b["sum"], sum(bc.values())))
    for t in b["top"]:
        if abs(bc[t["actor"]] - t["value"]) > 1e-6 * max(1.0, t["value"]) + 0.01:
            bad.append(("betweenness", t, bc[t["actor"]]))
for b in bad:
    print("MISMATCH", b)
print("all answers agree with networkx" if not bad else f"{len(bad)} mismatches")
sys.exit(1 if bad else 0)
