"""Scripted and batch `skincare assess`: answers files, --set, --template,
--save, --resume, --exit-code, --batch, errors and golden summaries."""
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import BIN, CLEAR_ANSWERS, CONTENT_DIR, FIXTURES, SOURCE_DIR, TIMEOUT, V2_YAML_LINES, environment, run  # noqa: E402,E501

GOLDEN = os.path.join(SOURCE_DIR, "tests", "golden")

CLEAR = CLEAR_ANSWERS

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
""" + V2_YAML_LINES


def answers_file(folder, answers, name="answers.json"):
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write(answers if isinstance(answers, str) else json.dumps(answers))
    return path


class AssessTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)

    def assess(self, answers, *args, input=None):
        path = answers_file(self.dir, answers)
        return run("assess", "--answers", path, *args, input=input)

    def assess_json(self, answers, *args):
        status, out, err = self.assess(answers, "--format", "json", *args)
        self.assertEqual(status, 0, err)
        return json.loads(out), err

    # --- answers and output -------------------------------------------------

    def test_clear_answers_are_suitable_and_the_json_has_every_field(self):
        result, err = self.assess_json(CLEAR)
        self.assertEqual(err, "")
        self.assertEqual(result["schema"], "skincare.assessment/2")
        self.assertEqual(result["verdict"], "suitable")
        self.assertEqual(result["reasons"], [])
        self.assertEqual(set(result), {"schema", "verdict", "reasons", "concerns", "answers", "ignored",
                                       "skipped", "rests_on", "complete", "what_matters", "disclaimer"})
        self.assertEqual(result["rests_on"], [])
        self.assertIs(result["complete"], True)
        self.assertEqual(result["answers"]["age"], 30)
        self.assertIs(result["answers"]["keloids"], False)
        self.assertEqual(result["concerns"][0]["concern"], "wrinkles")
        self.assertIn(result["concerns"][0]["evidence"], ("strong", "moderate", "limited"))
        self.assertTrue(result["concerns"][0]["sources"])
        self.assertIn("not a diagnosis", result["disclaimer"])
        skipped = {s["question"]: s["enabled_when"] for s in result["skipped"]}
        self.assertEqual(skipped["cold_sores"], "areas contains face")
        self.assertEqual(skipped["acne_scar_types"], "concerns contains acne-scars")

    def test_yaml_answers_with_any_boolean_spelling(self):
        path = answers_file(self.dir, YAML_ANSWERS, "answers.yaml")
        status, out, err = run("assess", "--answers", path, "--format", "json")
        self.assertEqual(status, 0, err)
        result = json.loads(out)
        rules = [r["rule"] for r in result["reasons"]]
        for rule in ("skin-type-pih", "icepick-scars", "cold-sore-history", "isotretinoin-recent", "metal-allergy",
                     "topical-actives", "expectations", "provider-check"):
            self.assertIn(rule, rules)
        self.assertEqual(result["verdict"], "caution")
        self.assertIs(result["answers"]["cold_sores"], True)
        self.assertIs(result["answers"]["active_acne"], False)
        self.assertEqual([c["concern"] for c in result["concerns"]], ["acne-scars", "hair-loss"])

    def test_every_reason_names_its_answers_and_sources(self):
        result, _ = self.assess_json(dict(CLEAR, keloids=True, pregnant="breastfeeding"))
        self.assertEqual(result["verdict"], "consult")
        first, second = result["reasons"]
        self.assertEqual((first["rule"], first["verdict"], first["because"]), ("keloids", "consult", {"keloids": True}))
        self.assertEqual((second["rule"], second["because"]), ("pregnancy", {"pregnant": "breastfeeding"}))
        self.assertTrue(first["message"])
        self.assertIsInstance(first["sources"], list)

    def test_answers_from_stdin(self):
        status, out, err = run("assess", "--answers", "-", "--format", "json", input=json.dumps(CLEAR))
        self.assertEqual(status, 0, err)
        self.assertEqual(json.loads(out)["verdict"], "suitable")

    def test_set_overrides_the_file_and_takes_comma_lists(self):
        result, _ = self.assess_json(CLEAR, "--set", "sunburn=YES", "--set", "allergies=metal, anesthetic")
        self.assertEqual(result["verdict"], "postpone")
        self.assertEqual(result["answers"]["allergies"], ["anesthetic", "metal"])
        self.assertEqual(result["answers"]["sunburn"], True)

    def test_set_alone_can_answer_everything(self):
        args = []
        for key, value in CLEAR.items():
            if isinstance(value, list):
                value = ",".join(value)
            elif isinstance(value, bool):
                value = "yes" if value else "no"
            args += ["--set", f"{key}={value}"]
        status, out, _ = run("assess", *args, "--format", "json")
        self.assertEqual(status, 0)
        self.assertEqual(json.loads(out)["verdict"], "suitable")

    def test_same_answers_give_the_same_bytes(self):
        path = answers_file(self.dir, YAML_ANSWERS, "answers.yaml")
        for fmt in ("json", "text", "markdown"):
            first = run("assess", "--answers", path, "--format", fmt)
            second = run("assess", "--answers", path, "--format", fmt)
            self.assertEqual(first, second)

    def test_exit_code_maps_the_verdict(self):
        cases = {"suitable": ({}, 0), "caution": ({"topical_actives": True}, 10),
                 "postpone": ({"sunburn": True}, 11), "consult": ({"immune": True}, 12)}
        for verdict, (change, code) in cases.items():
            status, out, _ = self.assess(dict(CLEAR, **change), "--exit-code")
            self.assertEqual(status, code, verdict)
            self.assertIn(f"Result: {verdict.upper()}", out)
        status, _, _ = self.assess(dict(CLEAR, immune=True))
        self.assertEqual(status, 0)  # without --exit-code any verdict is success

    def test_answers_to_questions_not_asked_are_ignored_with_a_warning(self):
        result, err = self.assess_json(dict(CLEAR, acne_scar_types=["raised"]))
        self.assertEqual(result["ignored"], ["acne_scar_types"])
        self.assertNotIn("acne_scar_types", result["answers"])
        self.assertEqual(result["verdict"], "suitable")
        self.assertIn("skincare: warning: ignoring the answer to 'acne_scar_types'", err)

    # --- invalid and incomplete answers ----------------------------------------

    def test_unknown_question_is_an_error_with_a_suggestion_and_location(self):
        path = answers_file(self.dir, "age: 30\nkeloid: no\n", "answers.yaml")
        status, out, err = run("assess", "--answers", path)
        self.assertEqual(status, 65)
        self.assertEqual(out, "")
        self.assertEqual(err, f"skincare: {path}:2:1: unknown question 'keloid' (did you mean 'keloids'?)\n")

    def test_invalid_value_names_the_question_and_what_is_allowed(self):
        status, _, err = self.assess(dict(CLEAR, skin_type="VII"))
        self.assertEqual(status, 65)
        self.assertIn("'VII' is not a valid answer to 'skin_type'", err)
        self.assertIn("I, II, III, IV, V, VI, unsure", err)
        status, _, err = self.assess(dict(CLEAR, age=121))
        self.assertEqual(status, 65)
        self.assertIn("from 0 to 120", err)
        status, _, err = self.assess(dict(CLEAR, areas=[]))
        self.assertEqual(status, 65)
        self.assertIn("choose at least 1", err)
        status, _, err = self.assess(dict(CLEAR, age=None))  # null: not answered
        self.assertEqual(status, 65)
        self.assertIn("1 question is not answered:\n  age: a whole number from 0 to 120", err)

    def test_missing_answers_without_a_terminal_list_every_id_and_value(self):
        partial = {k: v for k, v in CLEAR.items() if k not in ("keloids", "setting")}
        status, out, err = self.assess(dict(partial, concerns=["acne-scars"]))
        self.assertEqual(status, 65)
        self.assertEqual(out, "")
        self.assertIn("3 questions are not answered", err)
        self.assertIn("acne_scar_types: one or more of rolling, boxcar, icepick, raised, unsure", err)
        self.assertIn("keloids: yes or no", err)
        self.assertIn("setting: one of medical, spa, at-home, undecided", err)

    def test_bad_set_is_a_usage_error(self):
        status, _, err = run("assess", "--set", "age")
        self.assertEqual(status, 2)
        self.assertIn("--set needs ID=VALUE", err)

    def test_unreadable_answers_are_exit_66(self):
        status, _, err = run("assess", "--answers", os.path.join(self.dir, "missing.yaml"))
        self.assertEqual(status, 66)
        self.assertTrue(err.startswith("skincare: cannot open"), err)
        status, _, err = run("assess", "--answers", self.dir)
        self.assertEqual(status, 66)
        self.assertIn("folder", err)

    def test_malformed_answers_file_points_at_the_problem(self):
        path = answers_file(self.dir, "age: 30\nconcerns: [acne-scars\n", "broken.yaml")
        status, _, err = run("assess", "--answers", path)
        self.assertEqual(status, 65)
        self.assertRegex(err, r"^skincare: " + path + r":\d+:\d+: ")
        status, _, err = run("assess", "--answers", answers_file(self.dir, "[1, 2]", "list.yaml"))
        self.assertEqual(status, 65)
        self.assertIn("must map question ids to answers", err)

    # --- template, save, resume ------------------------------------------------------

    def test_template_lists_every_question_and_filled_in_it_works(self):
        status, template, _ = run("assess", "--template")
        self.assertEqual(status, 0)
        for key in list(CLEAR) + ["acne_scar_types", "pigment_type", "hair_loss_pattern", "cold_sores"]:
            self.assertIn(f"\n{key}:", template)
        self.assertIn("# Only asked when: areas contains face", template)
        filled = []
        for line in template.splitlines():
            key = line.split(":")[0]
            if key in CLEAR and not line.startswith("#"):
                line = f"{key}: {json.dumps(CLEAR[key])}"
            filled.append(line)
        path = answers_file(self.dir, "\n".join(filled), "filled.yaml")
        status, out, err = run("assess", "--answers", path, "--format", "json")
        self.assertEqual(status, 0, err)
        self.assertEqual(json.loads(out)["verdict"], "suitable")

    def test_save_writes_mode_0600_and_never_overwrites_without_force(self):
        saved = os.path.join(self.dir, "saved.yaml")
        status, _, err = self.assess(CLEAR, "--save", saved)
        self.assertEqual(status, 0, err)
        self.assertEqual(os.stat(saved).st_mode & 0o777, 0o600)
        with open(saved) as f:
            text = f.read()
        self.assertIn("schema: skincare.answers/1", text)
        self.assertIn("id: microneedling-suitability", text)
        self.assertIn("questions_hash:", text)
        status, _, err = self.assess(dict(CLEAR, age=40), "--save", saved)
        self.assertEqual(status, 2)
        self.assertIn("already exists; use --force", err)
        with open(saved) as f:
            self.assertEqual(f.read(), text)
        status, _, _ = self.assess(dict(CLEAR, age=40), "--save", saved, "--force")
        self.assertEqual(status, 0)
        with open(saved) as f:
            self.assertIn("age: 40", f.read())
        self.assertEqual(sorted(os.listdir(self.dir)), ["answers.json", "saved.yaml"])  # no temporary left

    def test_a_saved_file_works_as_answers_and_resume(self):
        saved = os.path.join(self.dir, "saved.yaml")
        self.assess(dict(CLEAR, sunburn=True), "--save", saved)
        for flag in ("--answers", "--resume"):
            status, out, err = run("assess", flag, saved, "--format", "json")
            self.assertEqual(status, 0, err)
            self.assertEqual(json.loads(out)["verdict"], "postpone")

    def test_resume_after_the_questionnaire_changed_keeps_only_valid_answers(self):
        saved = os.path.join(self.dir, "saved.yaml")
        self.assess(CLEAR, "--save", saved)
        changed = os.path.join(self.dir, "content")
        shutil.copytree(CONTENT_DIR, changed)
        questionnaire = os.path.join(changed, "questionnaire", "assessment.yaml")
        with open(questionnaire) as f:
            text = f.read()
        text = text.replace("    min: 0\n    max: 120\n", "    min: 0\n    max: 110\n", 1)
        with open(questionnaire, "w") as f:
            f.write(text)
        status, out, err = run("--content", changed, "assess", "--resume", saved)
        self.assertEqual(status, 65)
        self.assertIn("'age' will be asked again: the question has changed", err)
        self.assertIn("1 question is not answered:\n  age:", err)
        status, out, err = run("--content", changed, "assess", "--resume", saved, "--set", "age=30",
                               "--format", "json")
        self.assertEqual(status, 0, err)
        self.assertEqual(json.loads(out)["answers"]["skin_type"], "II")

    def test_a_version_1_file_is_incomplete_and_lists_the_new_questions(self):
        saved = os.path.join(FIXTURES, "saved-v1.yaml")  # saved by the version-1 binary
        for flag in ("--answers", "--resume"):
            status, out, err = run("assess", flag, saved, "--format", "json")
            self.assertEqual(status, 65, err)
            self.assertEqual(out, "")
            for new in ("what_matters", "pigment_history", "skin_condition_history", "radiation_area",
                        "bleeding_kind", "expected_result", "add_ons"):
                self.assertRegex(err, rf"\n  {new}: .* \(new in version 2\)")
            self.assertNotIn("implanted_device", err.split("not answered:")[1])  # not asked without RF
        status, out, err = run("assess", "--resume", saved, "--set", "skin_type=III", "--set", "what_matters=",
                               "--set", "pigment_history=", "--set", "skin_condition_history=",
                               "--set", "radiation_area=no", "--set", "bleeding_kind=antiplatelet",
                               "--set", "expected_result=better", "--set", "add_ons=", "--format", "json")
        self.assertEqual(status, 0, err)
        result = json.loads(out)
        self.assertEqual(result["answers"]["age"], 34)  # kept from the version-1 file
        self.assertEqual(result["verdict"], "caution")
        self.assertEqual([r["rule"] for r in result["reasons"]], ["antiplatelet"])

    def test_resume_of_a_corrupt_or_foreign_file_explains_and_keeps_it(self):
        corrupt = answers_file(self.dir, "schema: skincare.answers/1\nquestionnaire: [\n", "corrupt.yaml")
        status, _, err = run("assess", "--resume", corrupt)
        self.assertEqual(status, 65)
        self.assertIn(corrupt, err)
        foreign = answers_file(self.dir, "schema: skincare.answers/1\nquestionnaire: {id: other, version: 1}\n"
                                         "answers: {age: 30}\n", "foreign.yaml")
        status, _, err = run("assess", "--resume", foreign)
        self.assertEqual(status, 65)
        self.assertIn("saved from questionnaire 'other'", err)
        with open(foreign) as f:
            self.assertIn("id: other", f.read())

    # --- golden summaries ------------------------------------------------------------

    def test_golden_summaries_in_every_format(self):
        cases = {"clear": json.dumps(CLEAR), "mixed": YAML_ANSWERS,
                 "consult": json.dumps(dict(CLEAR, age=16, keloids=True, concerns=[], setting="undecided"))}
        for name, answers in cases.items():
            path = answers_file(self.dir, answers, name + ".yaml")
            for fmt, ext in (("text", "txt"), ("markdown", "md"), ("json", "json")):
                status, out, err = run("assess", "--answers", path, "--format", fmt, env={"COLUMNS": "80"})
                self.assertEqual(status, 0, err)
                golden = os.path.join(GOLDEN, f"assess-{name}.{ext}")
                if os.environ.get("UPDATE_GOLDEN"):
                    with open(golden, "w") as f:
                        f.write(out)
                with open(golden) as f:
                    self.assertEqual(out, f.read(), f"{golden} differs (UPDATE_GOLDEN=1 rewrites it)")


class BatchTest(unittest.TestCase):
    def batch(self, lines, *args):
        return run("assess", "--batch", *args, input="".join(line + "\n" for line in lines))

    def test_every_line_gets_a_result_in_order_with_its_id(self):
        lines = [json.dumps(dict(CLEAR, id="a")), json.dumps(dict(CLEAR, id=7, sunburn=True)),
                 json.dumps(dict(CLEAR, keloids=True))]
        status, out, err = self.batch(lines)
        self.assertEqual(status, 0, err)
        results = [json.loads(line) for line in out.splitlines()]
        self.assertEqual([r.get("id") for r in results], ["a", 7, None])
        self.assertEqual([r["verdict"] for r in results], ["suitable", "postpone", "consult"])
        self.assertNotIn("id", results[2])

    def test_batch_results_match_single_runs(self):
        status, single, _ = run("assess", "--answers", "-", "--format", "json", input=json.dumps(CLEAR))
        status, out, _ = self.batch([json.dumps(CLEAR)])
        self.assertEqual(out, single)

    def test_broken_lines_get_error_objects_and_the_batch_goes_on(self):
        lines = [
            json.dumps(dict(CLEAR, id="ok1")),
            "{not json",
            "[1, 2]",
            json.dumps(dict(CLEAR, id="typo", keloid=False)),
            json.dumps(dict(CLEAR, id="bad", age="old")),
            json.dumps({"id": "short", "age": 30}),
            "",
            json.dumps(dict(CLEAR, id="null", sunburn=None)),
            json.dumps(dict(CLEAR, id="ok2")),
        ]
        status, out, err = self.batch(lines)
        self.assertEqual(status, 65)
        results = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(results), 8)  # the blank line carries no record
        self.assertEqual(results[0]["verdict"], "suitable")
        self.assertEqual(results[1], {"line": 2, "error": {"code": "invalid-input", "message":
                                                             "the line is not valid JSON", "question": None}})
        self.assertEqual(results[2]["error"]["code"], "invalid-input")
        self.assertEqual(results[3]["id"], "typo")
        self.assertEqual(results[3]["error"]["code"], "unknown-question")
        self.assertIn("did you mean 'keloids'", results[3]["error"]["message"])
        self.assertEqual(results[4]["error"]["question"], "age")
        self.assertEqual(results[5]["error"]["code"], "missing-answer")
        self.assertEqual(results[6]["line"], 8)
        self.assertEqual(results[6]["error"]["code"], "missing-answer")  # null is no answer
        self.assertEqual(results[6]["error"]["question"], "sunburn")
        self.assertEqual(results[7]["id"], "ok2")
        self.assertIn("6 record(s) could not be assessed", err)

    def test_each_result_is_written_while_later_records_are_still_to_come(self):
        # docs/cli.md: a reader of the pipe sees a record's result before the
        # input ends, so records may come from a slow source. A hang is ended
        # by a watchdog, not judged by elapsed time.
        def cell(value):
            if isinstance(value, list):
                return ";".join(value) or "none"
            return {True: "yes", False: "no"}.get(value, value) if isinstance(value, bool) else str(value)
        columns = sorted(CLEAR)
        csv_row = ",".join(cell(CLEAR[c]) for c in columns) + "\n"
        runs = [
            (["--format", "json"], "", json.dumps(CLEAR) + "\n", 0),
            (["--format", "csv"], "", json.dumps(CLEAR) + "\n", 1),
            (["--input", "csv", "--format", "csv"], ",".join(columns) + "\n", csv_row, 1),
        ]
        for args, head, record, header_lines in runs:
            with self.subTest(args=args):
                with subprocess.Popen([BIN, "assess", "--batch", *args], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment()) as process:
                    watchdog = threading.Timer(TIMEOUT, process.kill)
                    watchdog.start()
                    try:
                        process.stdin.write((head + record).encode())
                        process.stdin.flush()
                        first = [process.stdout.readline() for _ in range(header_lines + 1)]
                        process.stdin.write(record.encode())
                        process.stdin.flush()
                        second = process.stdout.readline()
                        process.stdin.close()
                        rest = process.stdout.read()
                        process.wait()
                    finally:
                        watchdog.cancel()
                self.assertEqual(process.returncode, 0, "the watchdog ended the run: a result was held back")
                self.assertTrue(first[-1].endswith(b"\n") and second.endswith(b"\n"))
                self.assertEqual(first[-1], second)
                self.assertEqual(rest, b"")

    def test_batch_output_to_a_pipe_gets_a_1_mib_buffer(self):
        if not hasattr(fcntl, "F_GETPIPE_SZ"):
            self.skipTest("this system cannot size pipes")
        read_end, write_end = os.pipe()
        with os.fdopen(read_end, "rb") as reader:
            try:
                before = fcntl.fcntl(write_end, fcntl.F_GETPIPE_SZ)
                process = subprocess.run([BIN, "assess", "--batch"], input=(json.dumps(CLEAR) + "\n").encode(),
                                         stdout=write_end, stderr=subprocess.DEVNULL, env=environment(),
                                         timeout=TIMEOUT)
                after = fcntl.fcntl(write_end, fcntl.F_GETPIPE_SZ)
            finally:
                os.close(write_end)
            self.assertEqual(process.returncode, 0)
            self.assertLess(before, 1 << 20)
            self.assertEqual(after, 1 << 20)
            self.assertEqual(json.loads(reader.read())["verdict"], "suitable")

    def test_a_line_without_a_final_newline_is_read(self):
        status, out, _ = run("assess", "--batch", input=json.dumps(CLEAR))
        self.assertEqual(status, 0)
        self.assertEqual(json.loads(out)["verdict"], "suitable")

    def test_batch_reads_a_file_given_with_answers(self):
        with tempfile.TemporaryDirectory() as folder:
            path = answers_file(folder, json.dumps(CLEAR) + "\n" + json.dumps(CLEAR) + "\n", "in.jsonl")
            status, out, _ = run("assess", "--batch", "--answers", path)
            self.assertEqual(status, 0)
            self.assertEqual(len(out.splitlines()), 2)

    def test_batch_refuses_flags_that_make_no_sense_for_it(self):
        status, _, err = run("assess", "--batch", "--exit-code")
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith("skincare: "))
        status, _, err = run("assess", "--batch", "--format", "markdown", input="")
        self.assertEqual(status, 2)


if __name__ == "__main__":
    unittest.main()
