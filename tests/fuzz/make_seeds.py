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

CLEAR = {
    "age": 30, "skin_type": "II", "concerns": ["wrinkles"], "areas": ["neck"], "active_acne": False,
    "skin_infection": False, "skin_condition_active": [], "changing_spot": False, "sunburn": False,
    "recent_procedure": False, "pregnant": "no", "isotretinoin": "never", "bleeding_risk": False,
    "keloids": False, "immune": False, "diabetes": "no", "connective_tissue": False, "allergies": [],
    "topical_actives": False, "expectation": "several-sessions", "downtime_ok": True, "setting": "medical",
}

YAML_ANSWERS = """\
age: 27
skin_type: V
concerns: [acne-scars, hair-loss]
areas: [face, scalp]
acne_scar_types: [rolling, icepick]
hair_loss_pattern: gradual-thinning
active_acne: No
skin_infection: no
cold_sores: Yes
skin_condition_active: []
changing_spot: no
sunburn: no
recent_procedure: no
pregnant: 'no'
isotretinoin: within-6-months
bleeding_risk: false
keloids: no
immune: no
diabetes: 'no'
connective_tissue: no
allergies: [metal]
topical_actives: TRUE
expectation: one-session
downtime_ok: yes
setting: spa
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
    for target in sorted(os.listdir(os.path.join(HERE, "corpus"))):
        print(target, len(os.listdir(os.path.join(HERE, "corpus", target))), "seeds")
