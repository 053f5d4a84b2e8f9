#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz) into OUT/<target>/.

Seeds come from the development set (tests/data/devset): whole articles for
the readers and the text layer, single lines for the extractor and the date
resolver, participant names for the DOT writer, plus the README's example
queries. They are generated, not committed, so the repository stays small.
Usage: tools/fuzz_seeds.py OUT
"""
import json, os, pathlib, re, struct, sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1])
devset = root / "tests" / "data" / "devset"

def write(target, name, data):
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

articles, gold = [], []
for lang in ("ar", "en"):
    with open(devset / f"articles-{lang}.jsonl", encoding="utf-8") as f:
        articles += [(line, json.loads(line)) for line in f if line.strip()]
    with open(devset / f"gold-{lang}.jsonl", encoding="utf-8") as f:
        gold += [json.loads(line) for line in f if line.strip()]

# extract: first byte 1 = 2018-07-18, English; 5 = the same date, Arabic (see extract_fuzz.cpp).
# date_resolver: four little-endian bytes that select the reference date 2018-07-18.
reference = struct.pack("<I", 736892)
for i, (line, a) in enumerate(articles):
    text = a["text"]
    write("read_text", f"article-{i:03}", text)
    write("read_jsonl", f"line-{i:03}", line)
    write("text", f"article-{i:03}", text)
    arabic = a.get("lang") == "ar"
    for j, sentence in enumerate(l for l in text.split("\n") if l.strip()):
        write("extract", f"a{i:03}-{j:02}", bytes([5 if arabic else 1]) + sentence.encode("utf-8"))
        if re.search(r"\d|day|month|week|year|يوم|شهر|الماضي|المقبل", sentence):
            write("date_resolver", f"a{i:03}-{j:02}", reference + sentence.encode("utf-8"))
write("read_jsonl", "several", "".join(line for line, _ in articles[:3]))

names = set()
for g in gold:
    for m in g.get("meetings", []):
        names.update(p for p in m.get("participants", []) if isinstance(p, str))
        if isinstance(m.get("location"), str):
            names.add(m["location"])
names = sorted(names)
for k in range(0, len(names), 6):
    write("dot_writer", f"names-{k:03}", bytes([k % 64]) + "\0".join(names[k:k + 6]).encode("utf-8"))
    write("graphml_writer", f"names-{k:03}", bytes([k % 64]) + "\0".join(names[k:k + 6]).encode("utf-8"))

queries = [
    'who met "Kim Jong Un" before "Singapore summit"', 'who met "كيم جونغ أون"', "who met Putin after 2018-06",
    'path "Sergey Lavrov" "Donald Trump"', "path Lavrov to Trump after 2018-01 timed", "summits", "summits of Trump",
    "meetings of Putin with Trump at Helsinki in 2018 type summit status occurred", "meetings before #2",
    '"before "Singapore summit" within 60 days', 'before "Singapore summit" within 60 days', "timeline Kim",
    "common Trump and Putin", "top 5 by betweenness in 2018", "top by degree before 2018-07", "actor Lavrov",
    "sources #1", "help", "help path", "who met #3", "meetings in 2018-06",
]
for i, q in enumerate(queries):
    write("query", f"q{i:02}", q)
print(f"fuzz seeds written to {out}")
