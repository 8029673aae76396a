#!/usr/bin/env python3
"""Batch benchmark, all in one run and interleaved, output through a pipe:
  - full JSON: `skincare assess --batch` against `jq -c .` over the same
    100,000 records (goal: at most 0.5x jq's time);
  - compact output: `--format csv` (JSON Lines in, and CSV in) and
    `--fields verdict,reasons.rule` against `jq -c '{id,keloids}'`
    (goal: at most 0.5x);
  - peak memory of the full JSON and the CSV runs at 10,000 and 1,000,000
    records (goal: the same).

Usage: bench/batch.py [--bin build/release/skincare] [--runs 5] [--records 100000] [--skip-memory]
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timing import interleaved, peak_rss, run_once  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
parser = argparse.ArgumentParser()
parser.add_argument("--bin", default=os.path.join(root, "build/release/skincare"))
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--records", type=int, default=100000)
parser.add_argument("--skip-memory", action="store_true")
args = parser.parse_args()
if not shutil.which("jq"):
    sys.exit("bench/batch.py needs jq (apt-get install jq)")


def cell(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(value) if value else "none"
    return str(value)


with tempfile.TemporaryDirectory() as tmp:
    def records(count):
        path = os.path.join(tmp, f"records-{count}.jsonl")
        with open(path, "w") as out:
            subprocess.run([sys.executable, os.path.join(here, "make_records.py"), str(count)], stdout=out, check=True)
        return path

    def as_csv(jsonl):
        path = jsonl[:-len(".jsonl")] + ".csv"
        keys = set()
        with open(jsonl) as f:  # two passes, so a million records never sit in memory
            for line in f:
                keys.update(json.loads(line))
        columns = ["id"] + sorted(keys - {"id"})
        with open(jsonl) as f, open(path, "w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(columns)
            for line in f:
                r = json.loads(line)
                writer.writerow(["" if c not in r else cell(r[c]) for c in columns])
        return path

    load_before = os.getloadavg()
    main = records(args.records)
    main_csv = as_csv(main)
    size = os.path.getsize(main) / 1e6
    b = args.bin
    results = interleaved([
        ("jq .", ["jq", "-c", "."], main),
        ("jq {id,keloids}", ["jq", "-c", "{id,keloids}"], main),
        ("json", [b, "assess", "--batch", "--format", "json"], main),
        ("fields", [b, "assess", "--batch", "--fields", "verdict,reasons.rule"], main),
        ("csv", [b, "assess", "--batch", "--format", "csv"], main),
        ("csv in, csv out", [b, "assess", "--batch", "--input", "csv", "--format", "csv"], main_csv),
    ], args.runs, warmup=1, pipe=True)
    load_after = os.getloadavg()
    t = {name: value[0] for name, value in results.items()}
    print(f"{args.records} records ({size:.1f} MB JSON Lines), median of {args.runs} runs, output piped to wc -c")
    print("  load average (1, 5, 15 min) before {:.2f} {:.2f} {:.2f}, after {:.2f} {:.2f} {:.2f}".format(
        *load_before, *load_after))
    print(f"  jq -c .                                    {t['jq .']:8.3f} s")
    print(f"  jq -c '{{id,keloids}}'                       {t['jq {id,keloids}']:8.3f} s")
    print(f"  assess --batch (full JSON)                 {t['json']:8.3f} s  {t['json'] / t['jq .']:.2f}x jq -c .")
    print(f"  assess --batch --fields verdict,reasons.rule {t['fields']:6.3f} s  "
          f"{t['fields'] / t['jq {id,keloids}']:.2f}x jq '{{id,keloids}}'")
    print(f"  assess --batch --format csv                {t['csv']:8.3f} s  {t['csv'] / t['jq {id,keloids}']:.2f}x jq '{{id,keloids}}'")
    print(f"  assess --batch --input csv --format csv    {t['csv in, csv out']:8.3f} s  "
          f"{t['csv in, csv out'] / t['jq {id,keloids}']:.2f}x jq '{{id,keloids}}'")
    print("  goals: full JSON <= 0.5x jq -c .; compact <= 0.5x jq '{id,keloids}'")

    if not args.skip_memory:
        for count in (10_000, 1_000_000):
            path = records(count)
            path_csv = as_csv(path)
            for label, argv, stdin in (("json", [b, "assess", "--batch"], path),
                                       ("csv in/out", [b, "assess", "--batch", "--input", "csv", "--format", "csv"],
                                        path_csv)):
                wall, _, _ = run_once(argv, stdin, pipe=True)
                peak, status = peak_rss(argv, stdin, pipe=True)
                print(f"  {count:>9} records, {label:10}: peak RSS {peak / 1024:6.1f} MiB, {wall:6.2f} s, exit {status}")
            os.remove(path)
            os.remove(path_csv)
