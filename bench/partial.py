#!/usr/bin/env python3
"""Partial-answers benchmark: `skincare assess --batch --partial` over
100,000 realistic records each missing 3 answers, against the same records
complete (`--batch`, and `--batch --partial`), with `jq -c '{id,keloids}'`
over the partial file as a reference, all in one run, alternated.
Goal (issue 11): partial at least half as fast as complete (time ratio at
most 2.0).

Usage: bench/partial.py [--bin build/release/skincare] [--runs 5] [--records 100000]
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timing import interleaved  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
parser = argparse.ArgumentParser()
parser.add_argument("--bin", default=os.path.join(root, "build/release/skincare"))
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--records", type=int, default=100000)
parser.add_argument("--missing", type=int, default=3)
args = parser.parse_args()
if not shutil.which("jq"):
    sys.exit("bench/partial.py needs jq (apt-get install jq)")

with tempfile.TemporaryDirectory() as tmp:
    complete = os.path.join(tmp, "complete.jsonl")
    partial = os.path.join(tmp, "partial.jsonl")
    with open(complete, "w") as out:
        subprocess.run([sys.executable, os.path.join(here, "make_records.py"), str(args.records)], stdout=out,
                       check=True)
    rng = random.Random(20261202)
    with open(complete) as src, open(partial, "w") as dst:
        for line in src:
            record = json.loads(line)
            keys = [k for k in record if k != "id"]
            for key in rng.sample(keys, min(args.missing, len(keys))):
                del record[key]
            dst.write(json.dumps(record, separators=(",", ":")) + "\n")

    batch = [args.bin, "assess", "--batch", "--format", "json"]
    results = interleaved([
        ("jq", ["jq", "-c", "{id,keloids}"], partial),
        ("complete", batch, complete),
        ("complete+partial", batch + ["--partial"], complete),
        ("partial", batch + ["--partial"], partial),
    ], args.runs, warmup=1)
    t = {name: value[0] for name, value in results.items()}
    print(f"{args.records} records, {args.missing} answers missing from each, median of {args.runs} runs, "
          "output to /dev/null")
    print(f"  jq -c '{{id,keloids}}' (partial file)         {t['jq']:8.3f} s")
    print(f"  assess --batch, complete records            {t['complete']:8.3f} s")
    print(f"  assess --batch --partial, complete records  {t['complete+partial']:8.3f} s")
    print(f"  assess --batch --partial, partial records   {t['partial']:8.3f} s")
    print(f"  ratio partial / complete = {t['partial'] / t['complete']:.2f} (goal <= 2.0)")
    print(f"  ratio partial / jq       = {t['partial'] / t['jq']:.2f}")
