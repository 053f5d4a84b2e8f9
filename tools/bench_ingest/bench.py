#!/usr/bin/env python3
"""End-to-end ingest benchmark: generates deterministic synthetic corpora (gen_corpus.py) and times the
real `diplograph ingest` on them, for each corpus size and each --jobs value, into a new database.

    python3 tools/bench_ingest/bench.py --exe build/diplograph [--sizes 10000,40000] [--jobs 1,2] [--repeat 3]
    cmake --build build --target bench_ingest      # the same with the defaults

Prints, per run (the median of --repeat runs by wall time): articles/s and MB/s of input, meetings/s
(meeting reports resolved per second: new meetings plus reports merged into known ones), distinct
meetings stored, peak resident memory of the process (wait4 rusage) and its CPU time. The machine's load
average is printed first: on a shared machine other people's work shows in the wall-clock figures.
"""
import argparse
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def corpus_bytes(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def run_once(exe, corpus, db, jobs, batch):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    cmd = [exe, "ingest", "--db", db, "--jobs", str(jobs), corpus]
    if batch:
        cmd[2:2] = ["--batch", str(batch)]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"ingest failed ({status}): {err}")
    m = re.search(r"meetings: ([\d,]+) new, ([\d,]+) merged", err)
    reports = sum(int(x.replace(",", "")) for x in m.groups()) if m else 0
    con = sqlite3.connect(db)
    articles, meetings = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM meetings)").fetchone()
    con.close()
    return {"wall": wall, "rss_mb": usage.ru_maxrss / 1024, "cpu": usage.ru_utime + usage.ru_stime,
            "articles": articles, "meetings": meetings, "reports": reports}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exe", required=True)
    ap.add_argument("--sizes", default="10000,40000", help="corpus sizes in articles")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch", type=int, default=0, help="--batch for ingest (0: its default)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", default="/tmp/diplograph-bench-ingest")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} hardware threads")
    print(f"{'articles':>8} {'MB':>5} {'jobs':>4} {'wall s':>7} {'articles/s':>10} {'MB/s':>6} {'meetings/s':>10} "
          f"{'meetings':>8} {'peak RSS MB':>11} {'CPU s':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        corpus = os.path.join(args.work, f"corpus-{size}-{args.seed}")
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--articles", str(size), "--seed",
                            str(args.seed), "--out", corpus], check=True, stdout=subprocess.DEVNULL)
        mb = corpus_bytes(corpus) / 1e6
        for jobs in (int(j) for j in args.jobs.split(",")):
            runs = [run_once(args.exe, corpus, os.path.join(args.work, "bench.db"), jobs, args.batch)
                    for _ in range(args.repeat)]
            r = sorted(runs, key=lambda x: x["wall"])[len(runs) // 2]
            print(f"{r['articles']:>8} {mb:>5.1f} {jobs:>4} {r['wall']:>7.2f} {r['articles'] / r['wall']:>10.0f} "
                  f"{mb / r['wall']:>6.2f} {r['reports'] / r['wall']:>10.0f} {r['meetings']:>8} "
                  f"{max(x['rss_mb'] for x in runs):>11.1f} {r['cpu']:>6.2f}", flush=True)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
