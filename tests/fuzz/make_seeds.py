#!/usr/bin/env python3
"""Writes the seed corpora in corpus/<target>/ from the shipped content and
a few hand-made hostile inputs. The seeds are committed; run this again
(with SKINCARE_BIN set to a built binary, for the template and a saved run)
when the content's shape changes:

    SKINCARE_BIN=build/release/skincare python3 tests/fuzz/make_seeds.py
"""
import json
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CONTENT = os.path.join(ROOT, "content")
BIN = os.environ.get("SKINCARE_BIN", os.path.join(ROOT, "build", "release", "skincare"))

# Complete answers to questionnaire version 2 that raise nothing (as
# CLEAR_ANSWERS in tests/cli/harness.py).
CLEAR = {
    "age": 30, "skin_type": "II", "concerns": ["wrinkles"], "areas": ["neck"], "what_matters": [],
    "pigment_history": [], "active_acne": False, "skin_infection": False, "skin_condition_active": [],
    "skin_condition_history": [], "changing_spot": False, "sunburn": False, "recent_procedure": False,
    "radiation_area": False, "pregnant": "no", "isotretinoin": "never", "bleeding_risk": False,
    "keloids": False, "immune": False, "diabetes": "no", "connective_tissue": False, "allergies": [],
    "topical_actives": False, "expectation": "several-sessions", "expected_result": "better",
    "downtime_ok": True, "setting": "medical", "add_ons": [],
}

YAML_ANSWERS = """\
age: 27
skin_type: V
concerns: [acne-scars, hair-loss]
areas: [face, scalp]
what_matters: [little-downtime, no-needles]
acne_scar_types: [rolling, icepick]
hair_loss_pattern: gradual-thinning
pigment_history: [dark-marks]
active_acne: No
skin_infection: no
cold_sores: Yes
skin_condition_active: []
skin_condition_history: []
changing_spot: no
sunburn: no
recent_procedure: no
radiation_area: no
pregnant: 'no'
isotretinoin: within-6-months
bleeding_risk: yes
bleeding_kind: [antiplatelet]
keloids: no
immune: no
diabetes: 'no'
connective_tissue: no
allergies: [metal]
topical_actives: TRUE
expectation: one-session
expected_result: gone
downtime_ok: yes
setting: spa
add_ons: [radiofrequency]
implanted_device: no
"""

# A small "billion laughs": each level repeats the one before three times.
LAUGHS = "a: &a [lol, lol, lol]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nage: *c\n"
NESTED = "age: " + "[" * 40 + "]" * 40 + "\n"
BLOCK_NESTED = "age:\n" + "".join(" " * (2 * i) + "- x\n" + " " * (2 * i) + "-\n" for i in range(6))


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def content_seeds():
    for name in ("aftercare", "stretch-marks", "sessions-and-results"):
        write("content", f"topic-{name}.yaml", read(os.path.join(CONTENT, "topics", name + ".yaml")))
    write("content", "sources.yaml", read(os.path.join(CONTENT, "sources.yaml")))
    write("content", "questionnaire.yaml", read(os.path.join(CONTENT, "questionnaire", "assessment.yaml")))
    fixtures = os.path.join(ROOT, "tests", "fixtures")
    for tree in ("content-bad-kind", "content-bad-yaml", "content-bad-utf8", "content-control-chars",
                 "content-id-mismatch", "content-unknown-key", "content-minimal"):
        topics = os.path.join(fixtures, tree, "topics")
        for name in sorted(os.listdir(topics)) if os.path.isdir(topics) else []:
            write("content", f"fixture-{tree}-{name}", read(os.path.join(topics, name)))
    write("content", "laughs.yaml", "id: x\nkind: fact\ntitle: &t [" + ", ".join(["lol"] * 5) + "]\n"
          "aliases: [*t, *t, *t]\nsummary: *t\n")
    write("content", "nested.yaml", "id: " + "{a: " * 30 + "x" + "}" * 30 + "\n")
    write("content", "escapes.yaml", "id: sneaky\nkind: fact\ntitle: \"\\e[31mred\\a\"\nsummary: \"\\u202e x\"\n"
          "reviewed: 2026-01-01\nsections:\n- heading: \"\\x9b2J\"\n  text: \"a\\x1b]0;t\\x07b\"\n")
    write("content", "empty.yaml", "")


def answers_seeds():
    write("answers", "clear.json", json.dumps(CLEAR))
    write("answers", "mixed.yaml", YAML_ANSWERS)
    write("answers", "laughs.yaml", LAUGHS)
    write("answers", "nested.yaml", NESTED)
    write("answers", "block-nested.yaml", BLOCK_NESTED)
    write("answers", "huge-number.yaml", "age: 99999999999999999999999999\nskin_type: 1e400\n")
    write("answers", "escapes.yaml", "\"\\e]0;title\\a\": 1\nskin_type: \"\\e[2J\"\n")
    write("answers", "bad-utf8.yaml", b"age: 30\nskin_type: \"I\xc3\x28\"\n")
    write("answers", "saved-foreign.yaml", "schema: skincare.answers/1\nquestionnaire: {id: other, version: 1}\n"
          "answers: {age: 30}\n")
    write("answers", "set-value.txt", "acne-scars, wrinkles")
    if os.path.exists(BIN):
        template = subprocess.run([BIN, "assess", "--template"], capture_output=True, check=True).stdout
        write("answers", "template.yaml", template)
        with tempfile.TemporaryDirectory() as folder:
            answers = os.path.join(folder, "a.json")
            with open(answers, "w") as f:
                json.dump(dict(CLEAR, concerns=["acne-scars"], acne_scar_types=["raised"]), f)
            saved = os.path.join(folder, "saved.yaml")
            subprocess.run([BIN, "assess", "--answers", answers, "--save", saved], capture_output=True, check=True)
            text = read(saved).decode()
            text = re.sub(r"saved: .*", "saved: 2026-01-01T00:00:00Z", text)
            write("answers", "saved.yaml", text)


def batch_seeds():
    lines = [json.dumps(dict(CLEAR, id="a")), json.dumps(dict(CLEAR, id=7, sunburn=True)), "{not json", "[1, 2]",
             json.dumps(dict(CLEAR, id="typo", keloid=False)), json.dumps({"id": "short", "age": 30}), "",
             json.dumps(dict(CLEAR, id="null", sunburn=None))]
    write("batch", "mixed.jsonl", "\n".join(lines) + "\n")
    write("batch", "one.jsonl", json.dumps(CLEAR))
    write("batch", "nested.jsonl", '{"age": ' + "[" * 40 + "]" * 40 + "}\n")
    write("batch", "numbers.jsonl", '{"age": 1e400}\n{"age": 123456789012345678901234567890}\n{"age": -0.5}\n')
    write("batch", "escapes.jsonl", '{"id": "\\u001b[31m", "\\u001b]0;x\\u0007": 1}\n')
    write("batch", "bad-utf8.jsonl", b'{"id": "\xff"}\n\r\n  \n')


def csv_cell(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(value) if value else "none"
    return str(value)


def csv_rows(records):
    columns = ["id"] + sorted({key for record in records for key in record} - {"id"})
    rows = [",".join(columns)]
    for record in records:
        rows.append(",".join(csv_cell(record[c]) if c in record else "" for c in columns))
    return "\n".join(rows) + "\n"


def csv_seeds():
    records = [dict(CLEAR, id="a"), dict(CLEAR, id="7", sunburn=True, concerns=["acne-scars", "wrinkles"],
                                         acne_scar_types=["rolling"]),
               dict(CLEAR, id="typo", age="old"), dict(CLEAR, id="short", setting="")]
    write("csv", "mixed.csv", csv_rows(records))
    write("csv", "crlf-bom.csv", b"\xef\xbb\xbf" + csv_rows(records[:2]).replace("\n", "\r\n").encode())
    write("csv", "quoted.csv", 'id,age,concerns\n"a,""b""\n c",30,"wrinkles; acne-scars"\n" spaced ",,\n')
    write("csv", "broken.csv", 'id,age\na"b,1\n"x"y,2\n"open,3\nc\rd,4\n"never closed')
    write("csv", "unknown-columns.csv", "id,age,favourite_colour,id\n1,30,blue,2\n")
    write("csv", "escapes.csv", "id,\x1b]0;title\x07\n\x1b[31m,1\n")
    write("csv", "bad-utf8.csv", b"id,skin_type\n\xff,I\xc3\x28\n")
    write("csv", "header-only.csv", "id," + ",".join(sorted(CLEAR)) + "\n")
    write("csv", "empty.csv", "")


def condition_seeds():
    with open(os.path.join(CONTENT, "questionnaire", "assessment.yaml")) as f:
        text = f.read()
    found = sorted(set(re.findall(r"^\s+(?:when|enabled_when): (.+)$", text, re.M)))
    for number, condition in enumerate(found):
        write("condition", f"shipped-{number:02d}", condition)
    for name, condition in {
        "nested-not": "not " * 40 + "keloids",
        "nested-parens": "(" * 40 + "keloids" + ")" * 40,
        "mixed": "(age >= 18 and not keloids) or skin_type in [IV, 'V'] or concerns contains any [wrinkles]",
        "unclosed": "setting == 'spa",
        "huge-number": "age < 99999999999999999999999",
    }.items():
        write("condition", name, condition)


if __name__ == "__main__":
    shutil.rmtree(os.path.join(HERE, "corpus"), ignore_errors=True)
    content_seeds()
    answers_seeds()
    batch_seeds()
    condition_seeds()
    csv_seeds()
    for target in sorted(os.listdir(os.path.join(HERE, "corpus"))):
        print(target, len(os.listdir(os.path.join(HERE, "corpus", target))), "seeds")
