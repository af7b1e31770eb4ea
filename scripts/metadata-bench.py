#!/usr/bin/env python3
"""Measures bodycopy's metadata (title, author, publish date) on a dataset whose
ground truth has them (such as ../shared/bench/wcxb-dev), and optionally
trafilatura's on the same pages.

    python3 scripts/metadata-bench.py [--dataset DIR] [--trafilatura]

Run from the project's root. For each field, it reports the share of pages
whose truth has the field that the extractor matched: the title by
normalised text, the date by day, the author by name (any author named in the
truth). With --trafilatura (which must be importable), trafilatura 2's
extract_metadata is measured side by side.
"""
import argparse, gzip, json, re, subprocess, sys, unicodedata
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--dataset", type=Path, default=Path("../shared/bench/wcxb-dev"))
ap.add_argument("--trafilatura", action="store_true")
ap.add_argument("--misses", type=int, default=0, help="print this many misses per field")
opt = ap.parse_args()

truth = json.loads((opt.dataset / "ground-truth.json").read_text(encoding="utf-8"))


def page(pid):
    for name in (f"{pid}.html.gz", f"{pid}.html"):
        p = opt.dataset / "html" / name
        if p.exists():
            data = p.read_bytes()
            return gzip.decompress(data) if name.endswith(".gz") else data
    return None


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = re.sub(r"[\u2018\u2019\u201c\u201d\"'`]", "", s)
    s = re.sub(r"[\u2010-\u2015-]", "-", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip(" .:;|-")


def names(s):
    parts = re.split(r",|;|\band\b|&|\|", s or "")
    return {norm(re.sub(r"^\s*by\s+", "", p, flags=re.I)) for p in parts if norm(p)}


def score(pred, t):
    """Per field: None when the truth lacks it, else whether it matched."""
    out = {}
    out["title"] = norm(pred.get("title")) == norm(t.get("title")) if t.get("title") else None
    if t.get("author"):
        want, got = names(t["author"]), set()
        for a in pred.get("authors") or []:
            got |= names(a)
        out["author"] = bool(want & got)
    else:
        out["author"] = None
    if t.get("publish_date"):
        out["date"] = (pred.get("date") or "")[:10] == t["publish_date"][:10]
        latest = pred.get("modified") or pred.get("date") or ""
        out["latest"] = latest[:10] == t["publish_date"][:10]
    else:
        out["date"] = out["latest"] = None
    return out


def ours(pid, html, url):
    p = subprocess.run(
        ["target/release/examples/bodycopy", "--format", "json", "--url", url or "", "-"],
        input=html, capture_output=True)
    if p.returncode != 0 or not p.stdout.strip():
        return {}
    a = json.loads(p.stdout)
    m = a.get("metadata") or {}
    return {"title": a.get("title"), "authors": m.get("authors"), "date": m.get("published"),
            "modified": m.get("modified")}


def theirs(html, url):
    import trafilatura
    m = trafilatura.extract_metadata(html, default_url=url)
    if m is None:
        return {}
    return {"title": m.title, "authors": [m.author] if m.author else [], "date": m.date}


subprocess.run(["cargo", "build", "-q", "--release", "--example", "bodycopy"], check=True)
# "date" is the published date; "latest" the modified date where the page
# gives one, else the published one (what trafilatura returns by default).
FIELDS = ("title", "author", "date", "latest")
systems = [("bodycopy", ours)] + ([("trafilatura", None)] if opt.trafilatura else [])
totals = {s: {f: [0, 0] for f in FIELDS} for s, _ in systems}
misses = {f: [] for f in FIELDS}
for pid, t in sorted(truth.items()):
    html = page(pid)
    if html is None:
        continue
    for system, _ in systems:
        pred = ours(pid, html, t.get("url")) if system == "bodycopy" else theirs(html, t.get("url"))
        for field, ok in score(pred, t).items():
            if ok is None:
                continue
            totals[system][field][1] += 1
            totals[system][field][0] += ok
            if system == "bodycopy" and not ok:
                want = {"title": t.get("title"), "author": t.get("author")}.get(field, t.get("publish_date"))
                got = {"title": pred.get("title"), "author": pred.get("authors"),
                       "latest": pred.get("modified")}.get(field, pred.get("date"))
                misses[field].append((pid, want, got))

print(f"{'':14}" + "".join(f"{f:>22}" for f in FIELDS))
for system, _ in systems:
    cells = []
    for f in FIELDS:
        ok, n = totals[system][f]
        cells.append(f"{ok / n if n else 0:.3f} ({ok}/{n})")
    print(f"{system:14}" + "".join(f"{c:>22}" for c in cells))
for f, rows in misses.items():
    for pid, want, got in rows[: opt.misses]:
        print(f"miss {f:6} {pid}: want {want!r} got {got!r}")
