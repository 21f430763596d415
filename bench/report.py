#!/usr/bin/env python3
"""Writes docs/benchmarks.md from one bench/run's raw results (target/bench/<run>): Gatling's report, the server's
access log (server-side timings), heap samples, batch timings and JMH's JSON. Usage: report.py RUN_DIR OUT_FILE"""
import html
import json
import os
import re
import sys

run, out = sys.argv[1], sys.argv[2]
meta = {}
with open(os.path.join(run, "meta.properties")) as f:
    for line in f:
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            meta[k] = v

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
INTERACTIVE = ["my work", "child record", "search by name", "record a visit", "team"]
TARGET_P95_MS = 150


def gatling_rows(results):
    """Name -> dict of Gatling's statistics table (ms), from the report's index.html."""
    rows = {}
    path = os.path.join(results or "", "index.html")
    if not os.path.exists(path):
        return rows
    text = open(path, encoding="utf-8").read()
    body = text[text.find("<tbody"):]
    for chunk in body.split("<tr id=")[1:]:
        name = re.search(r'class="ellipsed-name">([^<]*)<', chunk)
        if not name:
            name = re.search(r'<span[^>]*>\s*(All Requests)\s*<', chunk)
        cols = dict(re.findall(r'col-(\d+)">([^<]*)<', chunk))
        if not name or "2" not in cols:
            continue
        def num(c):
            try:
                return float(cols.get(c, "").replace(",", ""))
            except ValueError:
                return None
        rows[html.unescape(name.group(1)).strip()] = {
            "total": num("2"), "ok": num("3"), "ko": num("4"), "rps": num("6"), "min": num("7"),
            "p50": num("8"), "p75": num("9"), "p95": num("10"), "p99": num("11"), "max": num("12"), "mean": num("13")}
    return rows


def all_requests(results):
    """The global row: Gatling puts it first in the table."""
    path = os.path.join(results or "", "index.html")
    if not os.path.exists(path):
        return None
    rows = gatling_rows(results)
    text = open(path, encoding="utf-8").read()
    m = re.search(r'<tr id="ROOT".*?</tr>', text, re.S)
    if m:
        cols = dict(re.findall(r'col-(\d+)">([^<]*)<', m.group(0)))
        f = lambda c: float(cols[c].replace(",", "")) if c in cols and cols[c].replace(",", "").replace(".", "").isdigit() else None
        return {"total": f("2"), "ok": f("3"), "ko": f("4"), "rps": f("6"), "p50": f("8"), "p95": f("10"),
                "p99": f("11"), "max": f("12")}
    return rows.get("All Requests")


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100.0 * len(values) + 0.5)) - 1))
    return values[k]


def access(run_name):
    """Server-side times (ms) by method and path with ids folded, inside one run's time window."""
    lo, hi = int(meta.get("run.%s.from" % run_name, 0)), int(meta.get("run.%s.to" % run_name, 0))
    found = {}
    path = os.path.join(run, "access.log")
    if not os.path.exists(path):
        return found
    for line in open(path):
        parts = line.split()
        if len(parts) < 5 or not parts[0].isdigit():
            continue
        at = int(parts[0])
        if at < lo or at > hi:
            continue
        key = parts[1] + " " + UUID.sub("{id}", parts[2])
        found.setdefault(key, []).append((int(parts[4]) / 1000.0, parts[3]))
    return found


def fmt(v, unit=""):
    if v is None:
        return "–"
    if isinstance(v, float) and v != int(v):
        return "%.1f%s" % (v, unit)
    return "%d%s" % (int(v), unit)


runs = [r for r in meta.get("runs", "").split() if r != "warmup"]
lines = []
w = lines.append
w("# Benchmarks")
w("")
w("What Hearth does under load, measured by `bench/run` (Gatling for the web load, JMH for the hot pure-Java code, "
  "plain timing for the batch commands). How to run it and what each figure means are at the end.")
w("")
w("## This run")
w("")
w("| | |")
w("|---|---|")
w("| date | %s |" % meta.get("date", "?"))
w("| commit | `%s` |" % meta.get("commit", "?"))
w("| machine | %s CPU cores (%s), %s memory; load average %s when the run started |" % (
    meta.get("cpus", "?"), meta.get("cpu.model", "?"), meta.get("memory", "?"), meta.get("load", "?")))
w("| operating system | %s |" % meta.get("os", "?"))
w("| Java | %s |" % meta.get("java", "?"))
w("| server heap | %s (`-Xms` = `-Xmx`) |" % meta.get("heap", "?"))
w("| database | %s |" % meta.get("database", "?"))
w("| data scale | `%s` (seed %s) |" % (meta.get("scale", "?"), meta.get("seed", "?")))
counts = ", ".join("%s %s" % (k[5:], "{:,}".format(int(v))) for k, v in meta.items() if k.startswith("rows.") and v.isdigit())
if counts:
    w("| rows | %s |" % counts)
if "generate.seconds" in meta:
    w("| generation | %s s |" % meta["generate.seconds"])
w("| server start | %s s to answer |" % meta.get("server.start.seconds", "?"))
w("")
if meta.get("note"):
    w(meta["note"])
    w("")

for r in runs:
    results = meta.get("run.%s.results" % r)
    users = meta.get("run.%s.users" % r)
    secs = meta.get("run.%s.seconds" % r)
    title = "Soak: %s users for %s minutes" % (users, meta.get("soak.minutes", "?")) if r == "soak" else \
        "Interactive: %s signed-in users" % users
    w("## " + title)
    w("")
    w("Each virtual user signs in once, then works for %s s (after a %s s ramp) with %s ms think time between pages. "
      "Client-side figures are Gatling's (the whole request, as a browser would wait); server-side are Tomcat's own time "
      "for the request (access log), the same requests." % (secs, meta.get("ramp", "?") if r != "soak" else 60,
                                                           meta.get("run.%s.think" % r, "?")))
    w("")
    g = gatling_rows(results)
    total = all_requests(results)
    if total:
        w("All requests: %s, errors %s, throughput %s requests/s, p50 %s ms, p95 %s ms, p99 %s ms, max %s ms." % (
            fmt(total["total"]), fmt(total["ko"]), fmt(total["rps"]), fmt(total["p50"]), fmt(total["p95"]),
            fmt(total["p99"]), fmt(total["max"])))
        w("")
    w("| request (client side) | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, s in g.items():
        if name == "All Requests":
            continue
        w("| %s | %s | %s | %s | %s | %s | %s | %s |" % ("**%s**" % name if name in INTERACTIVE else name, fmt(s["total"]),
                                                        fmt(s["ko"]), fmt(s["rps"]), fmt(s["p50"]), fmt(s["p95"]),
                                                        fmt(s["p99"]), fmt(s["max"])))
    w("")
    acc = access(r)
    if acc:
        w("| request (server side) | count | non-2xx/3xx | p50 ms | p95 ms | p99 ms | max ms |")
        w("|---|---:|---:|---:|---:|---:|---:|")
        for key in sorted(acc, key=lambda k: -len(acc[k])):
            times = [t for t, _ in acc[key]]
            bad = sum(1 for _, s in acc[key] if not s.startswith(("2", "3")))
            w("| `%s` | %d | %d | %s | %s | %s | %s |" % (key, len(times), bad, fmt(percentile(times, 50)),
                                                       fmt(percentile(times, 95)), fmt(percentile(times, 99)),
                                                       fmt(max(times))))
        w("")
    verdict = []
    for name in INTERACTIVE:
        s = g.get(name)
        if s and s["p95"] is not None:
            verdict.append("%s p95 %s ms %s" % (name, fmt(s["p95"]), "meets" if s["p95"] < TARGET_P95_MS else "misses"))
    if verdict and r != "soak":
        w("Against the target (p95 under %d ms, zero errors): %s; errors %s." % (
            TARGET_P95_MS, "; ".join(verdict), fmt(total["ko"]) if total else "?"))
        w("")
    if r == "soak" and os.path.exists(os.path.join(run, "heap.csv")):
        rows = [l.strip().split(",") for l in open(os.path.join(run, "heap.csv"))][1:]
        marks = [x for x in rows if x[1] in ("start", "end")]
        samples = [x for x in rows if x[1] == "sample" and x[2]]
        if marks:
            w("Heap in use after a full GC: " + ", ".join("%s %s MB" % (x[1], fmt(float(x[2]) / 1024) if x[2] else "?")
                                                          for x in marks) +
              "; resident memory " + ", ".join("%s %s MB" % (x[1], fmt(float(x[3]) / 1024) if x[3] else "?")
                                                for x in marks) + ".")
        if samples:
            used = [float(x[2]) / 1024 for x in samples]
            w("Heap in use sampled every 30 s (between collections, so it saw-tooths): min %s MB, max %s MB, %d samples." % (
                fmt(min(used)), fmt(max(used)), len(used)))
        w("")

batch = [k[6:-3] for k in meta if k.startswith("batch.") and k.endswith(".ms")]
if batch:
    w("## Batch commands")
    w("")
    w("Each is `java -jar target/hearth.jar <command>` against the same database after the server stopped; the time "
      "includes starting the application, shown alone as `help`. Returns for the year ending 31 March %s." %
      meta.get("batch.year", "?"))
    w("")
    w("| command | seconds, with start-up | exit code | what it said last |")
    w("|---|---:|---:|---|")
    for name in batch:
        said = ""
        path = os.path.join(run, "batch-%s.log" % name)
        if os.path.exists(path):
            said_lines = [l.strip() for l in open(path, errors="replace")
                          if l.strip() and not re.match(r"^\d{4}-\d\d-\d\dT", l) and not l.startswith(("\tat ", " "))]
            said = said_lines[-1][:160].replace("|", "/") if said_lines else ""
        w("| `%s` | %.1f | %s | %s |" % (name.replace("-", " ", 1) if name.startswith(("export", "validate")) else name,
                                         int(meta["batch.%s.ms" % name]) / 1000.0, meta.get("batch.%s.exit" % name, "?"),
                                         said))
    w("")

jmh = os.path.join(run, "jmh.json")
if os.path.exists(jmh) and os.path.getsize(jmh) > 2:
    w("## Microbenchmarks (JMH)")
    w("")
    results = json.load(open(jmh))
    first = results[0] if results else {}
    w("%s fork, %s warm-up and %s measured iterations of %s each, average time per call: indicative on a shared "
      "machine, not precise." % (first.get("forks", "?"), first.get("warmupIterations", "?"),
                                 first.get("measurementIterations", "?"), first.get("measurementTime", "?")))
    w("")
    w("| benchmark | parameter | ns per call | error |")
    w("|---|---|---:|---:|")
    for b in results:
        params = ", ".join("%s" % v for v in (b.get("params") or {}).values())
        m = b["primaryMetric"]
        w("| %s | %s | %.1f | ± %.1f |" % (b["benchmark"].replace("hearth.bench.", ""), params, m["score"],
                                           m["scoreError"] if m["scoreError"] == m["scoreError"] else 0))
    w("")

w(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "how-to-run.md")).read().rstrip())
w("")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w") as f:
    f.write("\n".join(lines))
