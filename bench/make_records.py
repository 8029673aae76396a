#!/usr/bin/env python3
"""Writes N realistic answer records (JSON Lines) for `skincare assess --batch`.

Usage: make_records.py N > records.jsonl   (deterministic: seeded)
Roughly: most people are adults with one or two concerns and few risk factors,
as a clinic's survey export would be; every 50th record is broken on purpose.
"""
import json
import random
import sys

CONCERNS = ["acne-scars", "wrinkles", "fine-lines", "texture", "hyperpigmentation",
            "stretch-marks", "sun-damage", "hair-loss"]
AREAS = ["face", "neck", "hands", "scalp", "body"]


def maybe(rng, p):
    return rng.random() < p


def record(rng, n):
    concerns = rng.sample(CONCERNS, rng.choice([0, 1, 1, 1, 2, 2, 3]))
    areas = rng.sample(AREAS, rng.choice([1, 1, 1, 2]))
    r = {
        "id": f"r{n:07d}",
        "age": rng.choice([rng.randint(16, 80), rng.randint(25, 55)]),
        "skin_type": rng.choice(["I", "II", "III", "III", "IV", "V", "VI", "unsure"]),
        "concerns": concerns,
        "areas": areas,
        "active_acne": maybe(rng, 0.1),
        "skin_infection": maybe(rng, 0.03),
        "skin_condition_active": [c for c in ["eczema", "psoriasis", "rosacea", "vitiligo"] if maybe(rng, 0.04)],
        "changing_spot": maybe(rng, 0.03),
        "sunburn": maybe(rng, 0.05),
        "recent_procedure": maybe(rng, 0.08),
        "pregnant": rng.choice(["no"] * 18 + ["pregnant", "breastfeeding"]),
        "isotretinoin": rng.choice(["never"] * 16 + ["current", "within-6-months", "over-6-months"]),
        "bleeding_risk": maybe(rng, 0.06),
        "keloids": maybe(rng, 0.04),
        "immune": maybe(rng, 0.03),
        "diabetes": rng.choice(["no"] * 16 + ["controlled", "uncontrolled"]),
        "connective_tissue": maybe(rng, 0.02),
        "allergies": [a for a in ["anesthetic", "metal"] if maybe(rng, 0.05)],
        "topical_actives": maybe(rng, 0.3),
        "expectation": rng.choice(["several-sessions"] * 4 + ["one-session"]),
        "downtime_ok": maybe(rng, 0.85),
        "setting": rng.choice(["medical", "medical", "spa", "at-home", "undecided"]),
        # questionnaire version 2
        "what_matters": rng.sample(["little-downtime", "few-visits", "low-cost", "low-risk-dark-patches",
                                    "big-improvement", "no-needles"], rng.randint(0, 2)),
        "pigment_history": [p for p in ["melasma", "dark-marks"] if maybe(rng, 0.06)],
        "skin_condition_history": [c for c in ["psoriasis", "lichen-planus", "vitiligo"] if maybe(rng, 0.03)],
        "radiation_area": maybe(rng, 0.01),
        "expected_result": rng.choice(["better", "better", "gone", "unsure"]),
        "add_ons": [a for a in ["prp", "serum", "radiofrequency"] if maybe(rng, 0.08)],
    }
    if r["bleeding_risk"]:
        r["bleeding_kind"] = rng.sample(["antiplatelet", "antiplatelet", "anticoagulant", "bleeding-disorder",
                                         "unsure"], 1)
    if "radiofrequency" in r["add_ons"]:
        r["implanted_device"] = maybe(rng, 0.05)
    if "acne-scars" in concerns:
        r["acne_scar_types"] = rng.sample(["rolling", "boxcar", "icepick", "raised", "unsure"], rng.randint(1, 2))
    if "hyperpigmentation" in concerns:
        r["pigment_type"] = rng.choice(["sun-spots", "post-acne-marks", "melasma", "unsure"])
    if "hair-loss" in concerns:
        r["hair_loss_pattern"] = rng.choice(["gradual-thinning", "patchy-or-sudden", "unsure"])
    if "face" in areas:
        r["cold_sores"] = maybe(rng, 0.2)
    return r


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    rng = random.Random(20261125)
    out = sys.stdout
    for n in range(count):
        r = record(rng, n)
        if n % 50 == 49:
            r["age"] = "unknown"  # a broken record: the batch must report it and go on
        out.write(json.dumps(r, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
