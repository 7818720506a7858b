"""
A Riwayat corpus (docs/corpus-format.md) written by Spark, for inputs beyond one machine:

    spark-submit --py-files engines/spark/riwayat_format.py engines/spark/build_corpus.py \
        <input-dir> <output-dir> [--partitions 200]

The input is a dataset directory as `npm run corpus -- build` takes it (sources.json with article
texts, entities.json, events.jsonl, dataset.json), on any file system Spark and Python's `open` both
reach (a shared mount; for object stores, write to a mount and copy). What SQL does well runs as
Spark SQL: each line's keys and period, repeated ids, the global time order and row numbers, the
density counts. What it cannot, the same pure rules as the TypeScript build (riwayat_format.py,
checked against it by test_format.py) run in each task over a file's worth of consecutive rows:
Parquet files with exact row groups (pyarrow), events and rows blocks, and the word index's words.
The trees are built level by level as small Spark jobs. The dataset's own rules (quotes as exact
slices of their articles) are NOT run here: run `npm run -s corpus -- verify <output-dir>` on the
result, which checks every event with them.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys

from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

import riwayat_format as rf

ROWS_PER_FILE = rf.ROW_GROUP_ROWS * rf.ROW_GROUPS_PER_FILE


class LocalFs:
    @staticmethod
    def open(path, mode):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return open(path, mode)


def sha_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def entry(out, path):
    return {"path": path, "bytes": os.path.getsize(f"{out}/{path}"), "sha256": sha_file(f"{out}/{path}")}


def write_part(out, part_rows):
    """One file's rows, in row order: its Parquet file, events and rows blocks, words. Runs in a task."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = sorted(part_rows, key=lambda r: r["row"])
    if not rows:
        return []
    f = rows[0]["row"] // ROWS_PER_FILE
    path = f"events-{f:04d}.parquet"
    skel = [{"id": r["id"], "start_ms": r["s_ms"], "end_ms": r["e_ms"], "start": r["start"], "end": r["end"],
             "precision": r["precision"], "basis": r["basis"], "kind": r["kind"], "actors": r["actors"],
             "title_ar": r["title_ar"], "title_en": r["title_en"]} for r in rows]
    schema = pa.schema([("id", pa.string()), ("start_ms", pa.timestamp("ms", tz="UTC")),
                        ("end_ms", pa.timestamp("ms", tz="UTC")), ("start", pa.string()), ("end", pa.string()),
                        ("precision", pa.string()), ("basis", pa.string()), ("kind", pa.string()),
                        ("actors", pa.string()), ("title_ar", pa.string()), ("title_en", pa.string())])
    table = pa.Table.from_pylist(skel, schema=schema)
    pq.write_table(table, f"{out}/{path}", row_group_size=rf.ROW_GROUP_ROWS, compression="snappy",
                   use_dictionary=False, write_statistics=False)
    data = open(f"{out}/{path}", "rb").read()
    meta = pq.ParquetFile(f"{out}/{path}").metadata
    groups = []
    at = 0
    for g in range(meta.num_row_groups):
        rg = meta.row_group(g)
        starts = [(rg.column(c).dictionary_page_offset or rg.column(c).data_page_offset) for c in range(rg.num_columns)]
        ends = [s + rg.column(c).total_compressed_size for c, s in enumerate(starts)]
        lo, hi = min(starts), max(ends)
        part = skel[at: at + rg.num_rows]
        groups.append({"rows": rg.num_rows, "offset": lo, "length": hi - lo,
                       "sha256": hashlib.sha256(data[lo:hi]).hexdigest(),
                       "startMin": part[0]["start_ms"], "startMax": max(r["start_ms"] for r in part),
                       "endMax": max(r["end_ms"] for r in part)})
        at += rg.num_rows
    footer_len = int.from_bytes(data[-8:-4], "little") + 8
    foot = len(data) - footer_len
    skeleton = {"path": path, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                "firstRow": rows[0]["row"], "rows": len(rows),
                "footer": {"offset": foot, "length": footer_len, "sha256": hashlib.sha256(data[foot:]).hexdigest()},
                "rowGroups": groups}

    # Blocks of this file's rows, in their own pack files (numbered by the file).
    events = rf.Pack(LocalFs, out, "events", first=f * 1000)
    rowpack = rf.Pack(LocalFs, out, "rows", first=f * 1000)
    refs = {"events": [], "rows": []}
    for key, items in rf.cut(((r["row"], r["j"]) for r in rows), rf.BLOCK_BYTES):
        refs["events"].append((key, events.write(f'{{"firstRow":{key},"events":[{",".join(items)}]}}')))
    skel_json = ((r["row"], rf.dumps(dict(s, end=s["end"]))) for r, s in zip(rows, skel))
    for key, items in rf.cut(skel_json, rf.LIST_BYTES):
        refs["rows"].append((key, rowpack.write(f'{{"firstRow":{key},"rows":[{",".join(items)}]}}')))
    quotes = 0
    words = {}
    for r in rows:
        e = json.loads(r["j"])
        quotes += sum(len(a["quotes"]) for a in e["accounts"])
        for w in rf.event_words(e):
            words.setdefault(w, []).append(r["row"])
    files = events.close() + rowpack.close()
    return [("file", json.dumps({"skeleton": skeleton, "refs": refs, "files": files, "quotes": quotes})),
            *(("word", json.dumps([w, rs])) for w, rs in words.items())]


def build_tree(spark, out, tree, leaves):
    """Nodes over `leaves` (a list of (key, ref) in order, or an RDD of (index, (key, ref))), level by level."""
    sc = spark.sparkContext
    level = leaves if not isinstance(leaves, list) else sc.parallelize(list(enumerate(leaves)), 8)
    count = level.count()
    blocks, depth, files = count, 0, []
    while True:
        depth += 1

        def write_nodes(part, depth=depth):
            part = list(part)
            if not part:
                return []
            first = part[0][0]
            pack = rf.Pack(LocalFs, out, tree, prefix=f"nodes-{depth}-", first=first)
            made = []
            for g, entries in part:
                entries = [e for _, e in sorted(entries)]
                made.append((g, (entries[0][0] if entries else 0, pack.write(rf.node(entries)))))
            return made + [(-1, ("files", pack.close()))]

        grouped = level.map(lambda x: (x[0] // rf.TREE_FANOUT, x)).groupByKey().sortByKey() if count else \
            sc.parallelize([(0, [])], 1)
        written = grouped.mapPartitions(write_nodes).collect()
        files += [f for g, (k, fs) in written if g == -1 for f in fs]
        up = sorted((g, e) for g, e in written if g != -1)
        if len(up) == 1:
            return {"root": up[0][1][1], "depth": depth, "blocks": blocks}, files
        level, count = sc.parallelize(up, 8), len(up)


def main(inp, out, partitions=200):
    spark = SparkSession.builder.appName("riwayat-corpus").getOrCreate()
    sc = spark.sparkContext
    os.makedirs(out, exist_ok=False)
    sources = json.load(open(f"{inp}/sources.json", encoding="utf-8"))
    entities = json.load(open(f"{inp}/entities.json", encoding="utf-8"))
    meta = json.load(open(f"{inp}/dataset.json", encoding="utf-8")) if os.path.exists(f"{inp}/dataset.json") else {}
    # The lanes: the dataset's own kinds in its order (the bundled story's when dataset.json lists none).
    order = [k["id"] for k in meta["kinds"]] if "kinds" in meta else rf.KINDS

    # Lines with their numbers (1-based), as the TypeScript build names them.
    lines = sc.textFile(f"{inp}/events.jsonl", partitions).zipWithIndex() \
        .map(lambda x: (x[1] + 1, x[0])).filter(lambda x: x[1].strip() != "")
    raw = spark.createDataFrame(lines, T.StructType([T.StructField("line", T.LongType()), T.StructField("j", T.StringType())]))
    spark.udf.register("period", lambda s, e: list(rf.period(s, e) or (None, None)), T.ArrayType(T.LongType()))
    spark.udf.register("actors", lambda a: None if a is None else " ".join(json.loads(a)), T.StringType())
    raw.createOrReplaceTempView("raw")
    spark.sql("""
      SELECT line, j, get_json_object(j, '$.id') AS id, get_json_object(j, '$.start') AS start,
        get_json_object(j, '$.end') AS `end`, get_json_object(j, '$.precision') AS precision,
        get_json_object(j, '$.basis') AS basis, get_json_object(j, '$.kind') AS kind,
        actors(get_json_object(j, '$.actors')) AS actors, get_json_object(j, '$.title.ar') AS title_ar,
        get_json_object(j, '$.title.en') AS title_en,
        period(get_json_object(j, '$.start'), get_json_object(j, '$.end')) AS p
      FROM raw""").createOrReplaceTempView("keyed")
    bad = spark.sql("""SELECT line, 'the dates are not a period, or the line is not an event' AS why FROM keyed
      WHERE id IS NULL OR p[0] IS NULL
      UNION ALL SELECT line, concat('Event id "', id, '" is used more than once') FROM
        (SELECT id, line, row_number() OVER (PARTITION BY id ORDER BY line) AS k FROM keyed WHERE id IS NOT NULL)
      WHERE k > 1 ORDER BY line LIMIT 200""").collect()
    if bad:
        for b in bad:
            print(f"{inp}/events.jsonl:{b.line} $: {b.why}", file=sys.stderr)
        sys.exit(1)

    # Time order and row numbers: a global sort, then each row's place (zipWithIndex keeps the order).
    ordered = spark.sql("SELECT *, p[0] AS s_ms, p[1] AS e_ms FROM keyed").drop("p") \
        .orderBy("s_ms", "e_ms", "id")
    numbered = ordered.rdd.zipWithIndex().map(lambda x: dict(x[0].asDict(), row=x[1]))
    numbered = numbered.map(lambda r: (r["row"] // ROWS_PER_FILE, r)) \
        .partitionBy(max(1, partitions), lambda f: f).values()
    numbered.cache()

    # Density: SQL over the numbered rows.
    rows_df = spark.createDataFrame(numbered.map(lambda r: (r["kind"], r["s_ms"], r["e_ms"], r["id"], r["row"])),
                                    "kind string, s_ms long, e_ms long, id string, row long")
    rows_df.createOrReplaceTempView("sorted")
    spark.udf.register("level_start", rf.level_start, T.LongType())
    density_files, levels = [], []
    for unit, n in rf.LEVELS:
        got = spark.sql(f"""SELECT kind, p, count(*) AS c FROM
          (SELECT kind, level_start(s_ms, '{unit}', {n}) AS p FROM sorted) GROUP BY kind, p""").collect()
        lanes = {}
        for r in sorted(got, key=lambda r: (order.index(r.kind) if r.kind in order else len(order), r.p)):
            lane = lanes.setdefault(r.kind, {"starts": [], "counts": []})
            lane["starts"].append(r.p)
            lane["counts"].append(r.c)
        path = f"density-{unit}-{n}.json"
        open(f"{out}/{path}", "w", encoding="utf-8").write(rf.dumps({"unit": unit, "n": n, "lanes": lanes}))
        e = entry(out, path)
        density_files.append(e)
        levels.append(dict(e, unit=unit, n=n, bins=sum(len(l["counts"]) for l in lanes.values())))
    totals = spark.sql("SELECT count(*) AS n, min(s_ms) AS a, max(e_ms) AS b, max(e_ms - s_ms) AS span FROM sorted").first()
    lanes = {r.kind: r.c for r in spark.sql("SELECT kind, count(*) AS c FROM sorted GROUP BY kind").collect()}
    stray = sorted(k for k in lanes if k not in order)
    if stray:
        sys.exit(f"events of kinds the dataset does not list: {', '.join(map(str, stray))}")

    # Each file's Parquet, blocks and words, in parallel.
    parts = numbered.mapPartitions(lambda it: write_part(out, it)).cache()
    per_file = sorted((json.loads(v) for k, v in parts.filter(lambda x: x[0] == "file").collect()),
                      key=lambda p: p["skeleton"]["firstRow"])
    files = [dict(path=p["skeleton"]["path"], bytes=p["skeleton"]["bytes"], sha256=p["skeleton"]["sha256"]) for p in per_file]
    files += density_files
    trees, quotes = {}, sum(p["quotes"] for p in per_file)
    for name in ("events", "rows"):
        leaves = [(k, r) for p in per_file for k, r in p["refs"][name]]
        files += [f for p in per_file for f in p["files"] if f["path"].startswith(f"{name}/")]
        trees[name], fs = build_tree(spark, out, name, leaves)
        files += fs

    # The word index: rows per word merged, sorted by UTF-16 code units, cut into blocks in one task.
    words = parts.filter(lambda x: x[0] == "word").map(lambda x: tuple(json.loads(x[1]))) \
        .reduceByKey(lambda a, b: a + b) \
        .map(lambda w: (rf.utf16_key(w[0]), w)).sortByKey(numPartitions=1).values()

    def word_blocks(it):
        pack = rf.Pack(LocalFs, out, "search")
        items = ((w, rf.dumps([w, len(rs), [r - (c[i - 1] if i else 0) for i, r in enumerate(c)]]))
                 for w, rs in it for c in [sorted(rs)[: rf.POSTINGS_CAP]])
        refs = [(k, pack.write(f"[{','.join(b)}]")) for k, b in rf.cut(items, rf.LIST_BYTES)]
        return [(refs, pack.close())]

    (search_refs, search_files), = words.mapPartitions(word_blocks).collect()
    files += search_files
    trees["search"], fs = build_tree(spark, out, "search", search_refs)
    files += fs

    # Ids (sorted by id: byte order is code-unit order for ids), sources and articles: small lists.
    ids = rows_df.select("id", "row").orderBy("id").rdd.map(lambda r: (r.id, rf.dumps([r.id, r.row])))

    def id_blocks(it):
        pack = rf.Pack(LocalFs, out, "ids")
        refs = [(k, pack.write(f"[{','.join(b)}]")) for k, b in rf.cut(it, rf.LIST_BYTES)]
        return [(refs, pack.close())]

    (id_refs, id_files), = ids.coalesce(1).mapPartitions(id_blocks).collect()
    files += id_files
    trees["ids"], fs = build_tree(spark, out, "ids", id_refs)
    files += fs
    by_id = sorted(sources, key=lambda s: rf.utf16_key(s["id"]))
    without = [{k: v for k, v in s.items() if k != "text"} for s in sources]
    pack = rf.Pack(LocalFs, out, "sources")
    refs = [(k, pack.write(f"[{','.join(b)}]")) for k, b in
            rf.cut(((s["id"], rf.dumps({k: v for k, v in s.items() if k != "text"})) for s in by_id), rf.LIST_BYTES)]
    files += pack.close()
    trees["sources"], fs = build_tree(spark, out, "sources", refs)
    files += fs
    pack = rf.Pack(LocalFs, out, "articles")
    refs = [(rf.chunk_key(s["id"], c["at"]), pack.write(rf.dumps([{"id": s["id"], **c}])))
            for s in by_id for c in rf.article_chunks(s["text"])]
    files += pack.close()
    trees["articles"], fs = build_tree(spark, out, "articles", refs)
    files += fs
    for name, value in (("sources.json", without), ("entities.json", entities)):
        open(f"{out}/{name}", "w", encoding="utf-8").write(rf.dumps(value))
        files.append(entry(out, name))

    manifest = {
        "format": "riwayat-corpus", "version": 2,
        "title": meta.get("title", {"ar": "مجموعة بيانات", "en": "Dataset"}),
        "counts": {"events": totals.n, "sources": len(sources), "entities": len(entities), "quotes": quotes},
        "time": None if totals.n == 0 else {"start": totals.a, "end": totals.b},
        # The dataset's kinds and sides with their names, when it lists its own (else the reader takes
        # the bundled story's).
        **{v: meta[v] for v in ("kinds", "sides") if v in meta},
        "lanes": [{"id": k, "events": lanes[k]} for k in order if k in lanes],
        "rowGroupRows": rf.ROW_GROUP_ROWS, "blockBytes": rf.BLOCK_BYTES, "maxSpan": totals.span or 0,
        "skeleton": [p["skeleton"] for p in per_file], "density": levels, "trees": trees, "files": files,
    }
    open(f"{out}/manifest.json", "w", encoding="utf-8").write(rf.dumps(manifest))
    print(f"wrote {out}: {totals.n} events in {len(per_file)} Parquet files; now run: npm run -s corpus -- verify {out}")


if __name__ == "__main__":
    args = sys.argv[1:]
    n = int(args[args.index("--partitions") + 1]) if "--partitions" in args else 200
    main(args[0], args[1], n)
