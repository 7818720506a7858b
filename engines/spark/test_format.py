"""
Checks riwayat_format.py against a corpus the TypeScript build wrote from the same input:

    python3 engines/spark/test_format.py <input-dir> <corpus-dir>

periods of every event, density counts at every level, the word index (every word, its count and
rows) and the article chunks must come out the same. Needs only the Python standard library.
"""
import json
import sys
from collections import Counter, defaultdict

import riwayat_format as f


def blocks(corpus, manifest, tree):
    """Every block of a tree in key order (nodes followed from the root)."""
    def read(ref):
        with open(f"{corpus}/{ref[0]}", "rb") as fh:
            fh.seek(ref[1])
            return json.loads(fh.read(ref[2]).decode("utf-8"))

    def walk(ref, depth):
        value = read(ref)
        if depth == 0:
            yield value
            return
        for child in value["refs"]:
            yield from walk(child, depth - 1)

    root = manifest["trees"][tree]
    yield from walk(root["root"], root["depth"])


def main(inp, corpus):
    manifest = json.load(open(f"{corpus}/manifest.json", encoding="utf-8"))
    events = [json.loads(line) for line in open(f"{inp}/events.jsonl", encoding="utf-8") if line.strip()]
    keyed = []
    for e in events:
        p = f.period(e["start"], e.get("end"))
        assert p is not None, e["id"]
        keyed.append((p[0], p[1], e["id"], e))
    keyed.sort(key=lambda k: (k[0], k[1], k[2]))
    rows = [r for b in blocks(corpus, manifest, "rows") for r in b["rows"]]
    assert len(rows) == len(keyed)
    for (s, e, i, _), r in zip(keyed, rows):
        assert (s, e, i) == (r["start_ms"], r["end_ms"], r["id"]), (i, r["id"])
    print(f"periods and time order: {len(rows)} rows agree")

    for unit, n in f.LEVELS:
        got = json.load(open(f"{corpus}/density-{unit}-{n}.json", encoding="utf-8"))["lanes"]
        counts = defaultdict(Counter)
        for s, _, _, e in keyed:
            counts[e["kind"]][f.level_start(s, unit, n)] += 1
        for lane, c in counts.items():
            starts = sorted(c)
            assert got[lane] == {"starts": starts, "counts": [c[x] for x in starts]}, (unit, n, lane)
    print("density: 12 levels agree")

    postings = defaultdict(list)
    for row, (_, _, _, e) in enumerate(keyed):
        for w in f.event_words(e):
            postings[w].append(row)
    index = [w for b in blocks(corpus, manifest, "search") for w in b]
    assert [w[0] for w in index] == sorted(postings, key=f.utf16_key), "the words differ"
    for word, total, gaps in index:
        rows = postings[word]
        assert total == len(rows), word
        capped = rows[: f.POSTINGS_CAP]
        assert gaps == [r - (capped[i - 1] if i else 0) for i, r in enumerate(capped)], word
    print(f"word index: {len(index)} words agree")

    sources = json.load(open(f"{inp}/sources.json", encoding="utf-8"))
    chunks = [c for b in blocks(corpus, manifest, "articles") for c in b]
    want = [{"id": s["id"], **c} for s in sorted(sources, key=lambda s: f.utf16_key(s["id"]))
            for c in f.article_chunks(s["text"])]
    assert chunks == want
    print(f"articles: {len(chunks)} chunks agree")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
