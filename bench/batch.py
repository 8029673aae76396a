#!/usr/bin/env python3
"""Batch benchmark: `skincare assess --batch --format json` over 100,000
realistic records against `jq -c '{id,keloids}'` over the same file, in the
same run; then peak memory at 10,000 and 1,000,000 records.
Goal (issue 3): ratio at most 1.0 (aim 0.5); peak memory the same at both sizes.

Usage: bench/batch.py [--bin build/release/skincare] [--runs 5] [--records 100000]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timing import interleaved, run_once  # noqa: E402

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

with tempfile.TemporaryDirectory() as tmp:
    def records(count):
        path = os.path.join(tmp, f"records-{count}.jsonl")
        with open(path, "w") as out:
            subprocess.run([sys.executable, os.path.join(here, "make_records.py"), str(count)], stdout=out, check=True)
        return path

    main = records(args.records)
    size = os.path.getsize(main) / 1e6
    results = interleaved([
        ("jq", ["jq", "-c", "{id,keloids}"], main),
        ("skincare", [args.bin, "assess", "--batch", "--format", "json"], main),
    ], args.runs, warmup=1)
    jq, ours = results["jq"][0], results["skincare"][0]
    print(f"{args.records} records ({size:.1f} MB), median of {args.runs} runs, output to /dev/null")
    print(f"  jq -c '{{id,keloids}}'          {jq:8.3f} s")
    print(f"  skincare assess --batch        {ours:8.3f} s")
    print(f"  ratio skincare / jq = {ours / jq:.2f} (goal <= 1.0, aim 0.5)")

    if not args.skip_memory:
        for count in (10_000, 1_000_000):
            path = records(count)
            wall, peak, status = run_once([args.bin, "assess", "--batch", "--format", "json"], path)
            print(f"  {count:>9} records: peak RSS {peak / 1024:6.1f} MiB, {wall:6.2f} s, exit {status}")
            os.remove(path)
