#!/usr/bin/env python3
"""Deterministic synthetic news corpus for the ingest benchmark and the crash test.

    python3 gen_corpus.py --articles 10000 --seed 7 --out DIR [--per-file 1000] [--lexicon schema/lexicon]

Writes DIR/corpus-NNNN.jsonl, one article per line {"id","title","date","lang","text"}, half in
Arabic and half in English. Articles report encounters between real people of the lexicon (names,
Arabic spellings and capitals come from schema/lexicon), in news-style sentences with triggers,
relative and absolute dates, places and filler. Encounters are drawn from a pool of one per three
articles, so the same encounter is reported several times, in both languages, and some are first
announced (planned) and later reported as having happened: the ingest has real merging to do, and
the proportions stay the same whatever the size (so memory and speed can be compared across sizes).
Same arguments, same bytes: only the standard library and a seeded random.Random are used.
"""
import argparse
import datetime as dt
import json
import os
import random

EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]

EN_FILLER = [
    "The two sides discussed bilateral relations, trade and regional security.",
    "Officials said the talks focused on energy cooperation and investment.",
    "The meeting came amid rising tensions in the region.",
    "Both delegations expressed hope for closer economic ties.",
    "Analysts said the encounter could open the way to a broader agreement.",
    "A joint statement is expected to be published later this week.",
    "The ministry gave no further details.",
    "Trade between the two countries has grown steadily over the past decade.",
]
AR_FILLER = [
    "وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي.",
    "وتناولت المباحثات آخر المستجدات الإقليمية والدولية.",
    "وأكد الطرفان أهمية مواصلة التنسيق والتشاور في القضايا ذات الاهتمام المشترك.",
    "ولم تذكر الوزارة تفاصيل أخرى.",
    "ويأتي اللقاء في ظل توتر متزايد في المنطقة.",
    "وأعرب الوفدان عن الأمل في توسيع التبادل التجاري.",
    "ومن المنتظر أن يصدر بيان مشترك في وقت لاحق.",
]


def read_tsv(path):
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def load_people(lexicon):
    """People with an English name, an Arabic spelling and a dated head-of-state/government or
    foreign-minister office, with that office's period (clamped to 2000-2024)."""
    actors = {}
    for name in sorted(os.listdir(os.path.join(lexicon, "actors"))):
        for row in read_tsv(os.path.join(lexicon, "actors", name)):
            if row["kind"] == "person" and row["aliases_ar"]:
                actors[row["id"]] = row
    people = []
    for name in sorted(os.listdir(os.path.join(lexicon, "roles"))):
        for row in read_tsv(os.path.join(lexicon, "roles", name)):
            a = actors.get(row["actor"])
            if not a or row["office"] not in ("head_of_state", "head_of_government", "foreign_minister"):
                continue
            start = max(int(row["from"][:4] or 2000), 2000)
            end = min(int(row["to"][:4]) if row["to"] else 2024, 2024)
            if start > end:
                continue
            people.append({"id": a["id"], "en": a["name_en"], "ar": a["aliases_ar"].split("|")[0],
                           "country": a["country"], "from": start, "to": end})
    return people


def load_capitals(lexicon):
    caps = {}
    for row in read_tsv(os.path.join(lexicon, "places.tsv")):
        if row["kind"] == "capital" and row["aliases_ar"] and row["country"] not in caps:
            caps[row["country"]] = (row["name_en"], row["aliases_ar"].split("|")[0])
    return caps


def make_events(rng, people, capitals, count):
    events = []
    while len(events) < count:
        a = rng.choice(people)
        b = rng.choice(people)
        if a["id"] == b["id"] or a["country"] == b["country"]:
            continue
        lo, hi = max(a["from"], b["from"]), min(a["to"], b["to"])
        if lo > hi:
            continue
        day = dt.date(lo, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(hi, 12, 31) - dt.date(lo, 1, 1)).days))
        host = a if a["country"] in capitals else b
        guest = b if host is a else a
        if host["country"] not in capitals:
            continue
        kind = rng.choice(["meeting", "meeting", "talks", "visit", "summit"])
        events.append({"host": host, "guest": guest, "city": capitals[host["country"]], "day": day, "kind": kind})
    return events


def en_sentence(ev, pub, planned):
    h, g, (city, _) = ev["host"]["en"], ev["guest"]["en"], ev["city"]
    day = ev["day"]
    if planned:
        return f"{h} will host {g} in {city} on {EN_MONTHS[day.month - 1]} {day.day}, officials said."
    if (pub - day).days < 7 and pub > day:
        when = f"on {EN_WEEKDAYS[day.weekday()]}"
    else:
        when = f"on {EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return {
        "meeting": f"{h} met {g} in {city} {when}.",
        "talks": f"{h} held talks with {g} in {city} {when}.",
        "visit": f"{g} visited {city} {when} and met {h}.",
        "summit": f"{h} and {g} held a summit in {city} {when}.",
    }[ev["kind"]]


def ar_sentence(ev, pub, planned):
    h, g, (_, city) = ev["host"]["ar"], ev["guest"]["ar"], ev["city"]
    day = ev["day"]
    if planned:
        return f"ومن المقرر أن يلتقي {h} مع {g} في {city} يوم {day.day} {AR_MONTHS[day.month - 1]}."
    if (pub - day).days < 7 and pub > day:
        when = f"يوم {AR_WEEKDAYS[day.weekday()]}"
    else:
        when = f"في {day.day} {AR_MONTHS[day.month - 1]} {day.year}"
    return {
        "meeting": f"التقى {h} مع {g} في {city} {when}.",
        "talks": f"أجرى {h} محادثات مع {g} في {city} {when}.",
        "visit": f"زار {g} {city} {when} والتقى {h}.",
        "summit": f"عقد {h} و{g} قمة في {city} {when}.",
    }[ev["kind"]]


def article(rng, index, events):
    ev = rng.choice(events)
    lang = "ar" if index % 2 else "en"
    # One in five reports is an announcement published before the encounter.
    planned = rng.random() < 0.2
    pub = ev["day"] - dt.timedelta(days=rng.randint(3, 20)) if planned else ev["day"] + dt.timedelta(days=rng.randint(1, 4))
    sent = ar_sentence if lang == "ar" else en_sentence
    filler = AR_FILLER if lang == "ar" else EN_FILLER
    lead = sent(ev, pub, planned)
    if lang == "ar":
        title = f"{ev['host']['ar']} و{ev['guest']['ar']}: " + ("لقاء مرتقب" if planned else "مباحثات")
    else:
        title = f"{ev['host']['en']} and {ev['guest']['en']} " + ("to meet" if planned else "meet")
    body = [title, lead] + rng.sample(filler, rng.randint(2, 5))
    if rng.random() < 0.3:  # a second, older encounter in the background paragraph
        other = rng.choice(events)
        if other["day"] < pub:
            body.append(sent(other, pub, False))
    return {"id": f"synthetic-{index:07d}", "title": title, "date": pub.isoformat(), "lang": lang,
            "text": "\n".join(body)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-file", type=int, default=1000, help="articles per .jsonl file")
    ap.add_argument("--lexicon", default=os.path.join(here, "..", "..", "schema", "lexicon"))
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    people = load_people(args.lexicon)
    capitals = load_capitals(args.lexicon)
    events = make_events(rng, people, capitals, max(1, args.articles // 3))
    os.makedirs(args.out, exist_ok=True)
    total = 0
    for start in range(0, args.articles, args.per_file):
        path = os.path.join(args.out, f"corpus-{start // args.per_file:04d}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(start, min(start + args.per_file, args.articles)):
                line = json.dumps(article(rng, i, events), ensure_ascii=False) + "\n"
                total += len(line.encode("utf-8"))
                f.write(line)
    print(f"{args.articles} articles, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
