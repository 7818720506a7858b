"""
The pure rules of the corpus format (docs/corpus-format.md) in Python, for the Spark job: periods,
density periods, the word index's folding and forms, article chunks, block cutting and tree nodes.
Nothing here needs Spark; `python3 engines/spark/test_format.py` checks it against the TypeScript
build's own outputs.
"""
from __future__ import annotations

import hashlib
import json
import functools
import re
import unicodedata

DAY = 86_400_000
FORM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ROW_GROUP_ROWS = 4096
ROW_GROUPS_PER_FILE = 16
BLOCK_BYTES = 8000
LIST_BYTES = 4000
ARTICLE_CHUNK = 1500
TREE_FANOUT = 32
POSTINGS_CAP = 2000
# The bundled story's kinds, the lanes' order when dataset.json lists none (their names: src/domain/vocabulary.ts).
KINDS = ["defence-call", "diplomacy", "statement", "military", "us-politics", "history"]
LEVELS = [("day", 1), ("day", 7), ("month", 1), ("month", 3), ("month", 6), ("year", 1),
          ("year", 2), ("year", 5), ("year", 10), ("year", 25), ("year", 50), ("year", 100)]


def civil_days(y: int, m: int, d: int) -> int:
    """Days from 1970-01-01 of a proleptic Gregorian date (§1)."""
    y -= 1 if m <= 2 else 0
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _parts(s: str):
    m = FORM.match(s or "")
    if m is None:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None:
        nxt = civil_days(y + mo // 12, mo % 12 + 1, 1)
        if not 1 <= d <= nxt - civil_days(y, mo, 1):
            return None
    return y, mo, d


def period(start: str, end: str | None):
    """(start_ms, end_ms) of an event's dates, or None when they are not real."""
    a = _parts(start)
    b = a if end is None else _parts(end)
    if a is None or b is None:
        return None
    y, m, d = a
    s = civil_days(y, m or 1, d or 1) * DAY
    y, m, d = b
    if d is not None:
        e = (civil_days(y, m, d) + 1) * DAY
    elif m is not None:
        e = civil_days(y + m // 12, m % 12 + 1, 1) * DAY
    else:
        e = civil_days(y + 1, 1, 1) * DAY
    return s, e


def civil_from_days(z: int):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (1 if m <= 2 else 0), m, d


def level_start(start_ms: int, unit: str, n: int) -> int:
    """The start of the density period of level (unit, n) that holds start_ms (§5)."""
    if unit == "day":
        return (start_ms // DAY // n) * n * DAY
    y, m, _ = civil_from_days(start_ms // DAY)
    if unit == "month":
        i = ((y * 12 + m - 1) // n) * n
        return civil_days(i // 12, i % 12 + 1, 1) * DAY
    return civil_days((y // n) * n, 1, 1) * DAY


# The word index: the app's folding (src/domain/arabic.ts foldChar, normalizeForMatch), character by
# character as there, and forms (src/data/corpus-search.ts wordForms). tests/unit/spark-fold.test.ts
# folds every character of the Latin, Arabic and invisible-mark blocks both ways and compares.
DROP = re.compile(
    "[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0621\u00AD\u061C\u200B-\u200F"
    "\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u0300-\u036F]"
)
LETTERS = {"ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ی": "ي", "ى": "ي", "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه",
           "ۃ": "ه", "ک": "ك", "ڪ": "ك", "ڨ": "ق"}


# Every dash reads as the hyphen-minus (the app's DASHES in src/domain/arabic.ts).
DASHES = {"\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"}


@functools.lru_cache(maxsize=10_000)
def fold_char(ch: str) -> str:
    out = []
    for d in unicodedata.normalize("NFKD", ch):
        if DROP.match(d):
            continue
        code = ord(d)
        if 0x0660 <= code <= 0x0669 or 0x06F0 <= code <= 0x06F9:
            out.append(str(code % 16))
        else:
            out.append(LETTERS[d] if d in LETTERS else DASHES.get(d, d.lower()))
    return "".join(out)


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


def _cat(c: str) -> str:
    return unicodedata.category(c)[0]


def words(text: str):
    """The words of a text: runs of letters, marks and digits, with an optional 'x or ’x ending."""
    i, n = 0, len(text)
    while i < n:
        if _cat(text[i]) not in "LMN":
            i += 1
            continue
        j = i
        while j < n and _cat(text[j]) in "LMN":
            j += 1
        if j + 1 < n and text[j] in "'’" and _cat(text[j + 1]) == "L":
            j += 1
            while j < n and _cat(text[j]) == "L":
                j += 1
        yield text[i:j]
        i = j


def units(s: str) -> int:
    """Length in UTF-16 code units, as the app counts."""
    return len(s.encode("utf-16-le")) // 2


def word_forms(key: str):
    out = [key]
    k = key
    if units(k) > 4 and re.match("^[وفبلك]ال", k):
        k = k[1:]
        out.append(k)
    if units(k) > 3 and k.startswith("ال"):
        out.append(k[2:])
    return out


def event_words(event: dict) -> set[str]:
    texts = [event["title"]["ar"], event["title"]["en"]]
    texts += [q["text"] for a in event["accounts"] for q in a["quotes"]]
    out: set[str] = set()
    for t in texts:
        for w in words(t):
            key = fold(w)
            if key:
                out.update(word_forms(key))
    return out


def utf16_key(s: str) -> bytes:
    """Sorts strings by UTF-16 code units, as JavaScript compares them."""
    return s.encode("utf-16-be")


def article_chunks(text: str, size: int = ARTICLE_CHUNK):
    out, at, n = [], 0, units(text)
    code = text.encode("utf-16-le")
    while True:
        end = min(n, at + size)
        if end < n and 0xD800 <= int.from_bytes(code[2 * end - 2: 2 * end], "little") <= 0xDBFF:
            end += 1
        out.append({"at": at, "length": n, "text": code[2 * at: 2 * end].decode("utf-16-le")})
        at = end
        if at >= n:
            return out


def chunk_key(source: str, at: int) -> str:
    return f"{source}\u0000{at:010d}"


def dumps(value) -> str:
    """JSON as JavaScript's JSON.stringify writes it (no spaces, non-ASCII as is)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def cut(items, limit: int):
    """Groups (key, json) items into blocks of at most `limit` bytes of JSON (a larger item alone)."""
    block, key, size = [], None, 0
    for k, text in items:
        b = len(text.encode("utf-8")) + 1
        if block and size + b > limit:
            yield key, block
            block, size = [], 0
        if not block:
            key = k
        block.append(text)
        size += b
    if block:
        yield key, block


class Pack:
    """Appends blocks one a line to <out>/<tree>/<prefix>NNNN.jsonl; returns block references."""

    def __init__(self, fs, out: str, tree: str, prefix: str = "", first: int = 0, max_bytes: int = 64 << 20):
        self.fs, self.out, self.tree, self.prefix = fs, out, tree, prefix
        self.n, self.max, self.f, self.offset, self.files = first - 1, max_bytes, None, 0, []

    def path(self) -> str:
        return f"{self.tree}/{self.prefix}{self.n:04d}.jsonl"

    def write(self, text: str):
        data = text.encode("utf-8")
        if self.f is None or self.offset + len(data) > self.max:
            self.close()
            self.n += 1
            self.f, self.offset, self.hash = self.fs.open(f"{self.out}/{self.path()}", "wb"), 0, hashlib.sha256()
        ref = [self.path(), self.offset, len(data), hashlib.sha256(data).hexdigest()]
        self.f.write(data + b"\n")
        self.hash.update(data + b"\n")
        self.offset += len(data) + 1
        return ref

    def close(self):
        if self.f is not None:
            self.f.close()
            self.files.append({"path": self.path(), "bytes": self.offset, "sha256": self.hash.hexdigest()})
            self.f = None
        return self.files


def node(entries) -> str:
    """A tree node over (key, ref) entries (§7)."""
    return dumps({"keys": [k for k, _ in entries], "refs": [r for _, r in entries]})
