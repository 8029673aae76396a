#!/usr/bin/env python3
"""Start-up benchmark: `skincare explain acne-scars` against `cat` of that
topic's YAML file, in the same run (median wall time over many runs).
Goal (issue 2): at most 2.5x cat.

Usage: bench/startup.py [--bin build/release/skincare] [--runs 300]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timing import interleaved  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--bin", default=os.path.join(root, "build/release/skincare"))
parser.add_argument("--runs", type=int, default=300)
args = parser.parse_args()

topic = os.path.join(root, "content/topics/acne-scars.yaml")
results = interleaved([
    ("cat", ["cat", topic], None),
    ("explain", [args.bin, "explain", "acne-scars"], None),
    ("explain --brief", [args.bin, "explain", "acne-scars", "--brief"], None),
    ("topics", [args.bin, "topics"], None),
], args.runs)
base = results["cat"][0]
print(f"{'command':<18} {'median ms':>10} {'x cat':>7}")
for name, (median, _) in results.items():
    print(f"{name:<18} {median * 1000:>10.2f} {median / base:>7.2f}")
ratio = results["explain"][0] / base
print(f"\nexplain acne-scars / cat = {ratio:.2f} (goal <= 2.5)")
