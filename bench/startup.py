#!/usr/bin/env python3
"""Start-up benchmark: `skincare explain acne-scars` and `skincare assess
--answers FILE` (a complete answers file, as a script calls it once per
person) against `cat` of the topic's YAML file, in the same run (median wall
time over many runs). Goals: explain at most 1.3x cat, assess --answers at
most 1.5x cat.

Usage: bench/startup.py [--bin build/release/skincare] [--runs 300]
"""
import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timing import interleaved  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--bin", default=os.path.join(root, "build/release/skincare"))
parser.add_argument("--runs", type=int, default=300)
args = parser.parse_args()

topic = os.path.join(root, "content/topics/acne-scars.yaml")
# Every question answered, nothing that stops the assessment early.
ANSWERS = {
    "age": 34, "skin_type": "III", "concerns": ["acne-scars"], "areas": ["face"], "active_acne": False,
    "skin_infection": False, "skin_condition_active": [], "changing_spot": False, "sunburn": False,
    "recent_procedure": False, "pregnant": "no", "isotretinoin": "never", "bleeding_risk": False,
    "keloids": False, "immune": False, "diabetes": "no", "connective_tissue": False, "allergies": [],
    "topical_actives": False, "expectation": "several-sessions", "downtime_ok": True, "setting": "medical",
    "acne_scar_types": ["rolling"], "cold_sores": False,
    "what_matters": [], "pigment_history": [], "skin_condition_history": [], "radiation_area": False,
    "expected_result": "better", "add_ons": [],
}
answers = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump(ANSWERS, answers)
answers.close()
status = os.system(f"'{args.bin}' assess --answers '{answers.name}' >/dev/null")
if status != 0:
    sys.exit(f"{args.bin} assess --answers {answers.name} failed ({status}): the answers no longer fit the questionnaire")
results = interleaved([
    ("cat", ["cat", topic], None),
    ("explain", [args.bin, "explain", "acne-scars"], None),
    ("explain --brief", [args.bin, "explain", "acne-scars", "--brief"], None),
    ("topics", [args.bin, "topics"], None),
    ("assess --answers", [args.bin, "assess", "--answers", answers.name], None),
    ("--version", [args.bin, "--version"], None),
], args.runs)
os.unlink(answers.name)
base = results["cat"][0]
print(f"{'command':<18} {'median ms':>10} {'x cat':>7}")
for name, (median, _) in results.items():
    print(f"{name:<18} {median * 1000:>10.2f} {median / base:>7.2f}")
print(f"\nexplain acne-scars / cat = {results['explain'][0] / base:.2f} (goal <= 1.3)")
print(f"assess --answers / cat = {results['assess --answers'][0] / base:.2f} (goal <= 1.5)")
