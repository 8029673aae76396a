"""CSV batches, compact results (--format csv, --fields), the FHIR
Questionnaire export and QuestionnaireResponse in and out, checked with
Python's csv and json modules (readers skincare did not write)."""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import BIN, SOURCE_DIR, run  # noqa: E402
from test_assess import CLEAR, YAML_ANSWERS  # noqa: E402

INTEROP_CONTENT = os.path.join(SOURCE_DIR, "tests", "fixtures", "content-interop")


def cell(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(value) if value else "none"
    return "" if value is None else str(value)


def write_csv(path, records, columns=None, bom=True, lineterminator="\r\n"):
    """Writes records (dicts) the way a spreadsheet does: BOM, CRLF, quoting."""
    columns = columns or ["id"] + list(CLEAR) + sorted({k for r in records for k in r if k not in CLEAR and k != "id"})
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        writer = csv.writer(f, lineterminator=lineterminator)
        writer.writerow(columns)
        for record in records:
            writer.writerow([cell(record.get(c)) for c in columns])
    return path


RECORDS = [
    dict(CLEAR, id="plain"),
    dict(CLEAR, id='comma, "quote"\nand a line break', sunburn=True),
    dict(CLEAR, id="scars", concerns=["acne-scars", "wrinkles"], acne_scar_types=["icepick", "raised"], keloids=True),
    dict(CLEAR, id="face", areas=["face", "neck"], cold_sores=True, skin_type="V"),
    dict(CLEAR, id="none", concerns=[]),
]


class CsvInputTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_csv_gives_the_same_results_as_json_lines(self):
        source = write_csv(self.path("in.csv"), RECORDS)
        status, from_csv, err = run("assess", "--batch", source)
        self.assertEqual(status, 0, err)
        lines = "".join(json.dumps(r) + "\n" for r in RECORDS)
        status, from_jsonl, err = run("assess", "--batch", input=lines)
        self.assertEqual(status, 0, err)
        self.assertEqual(from_csv, from_jsonl)
        self.assertEqual(json.loads(from_csv.splitlines()[1])["id"], RECORDS[1]["id"])

    def test_stdin_with_input_csv_lf_and_no_bom(self):
        source = write_csv(self.path("in.txt"), RECORDS[:2], bom=False, lineterminator="\n")
        with open(source) as f:
            status, out, err = run("assess", "--batch", "--input", "csv", input=f.read())
        self.assertEqual(status, 0, err)
        self.assertEqual([json.loads(l)["verdict"] for l in out.splitlines()], ["suitable", "postpone"])
        # the same file named .txt without --input is read as JSON Lines, and fails
        status, out, _ = run("assess", "--batch", source)
        self.assertEqual(status, 65)

    def test_unknown_column_is_refused_before_any_row_with_a_suggestion(self):
        source = write_csv(self.path("in.csv"), RECORDS[:1], columns=["id", "age", "keloid"])
        status, out, err = run("assess", "--batch", source)
        self.assertEqual(status, 65)
        self.assertEqual(out, "")
        self.assertIn(f"{source}:1:8: unknown column 'keloid' (did you mean 'keloids'?)", err)

    def test_ignore_unknown_columns_skips_them_with_a_warning(self):
        records = [dict(r, timestamp="2026-11-30 10:00", record_complete="2") for r in RECORDS]
        source = write_csv(self.path("export.csv"), records,
                           columns=["id", "timestamp"] + list(CLEAR) + ["acne_scar_types", "cold_sores",
                                                                         "record_complete"])
        status, out, err = run("assess", "--batch", source, "--ignore-unknown-columns", "--format", "csv")
        self.assertEqual(status, 0, err)
        self.assertIn("ignoring column(s) 'timestamp', 'record_complete'", err)
        rows = list(csv.DictReader(io.StringIO(out)))
        self.assertEqual([r["id"] for r in rows], [r["id"] for r in RECORDS])

    def test_bad_rows_get_errors_in_place_with_their_line_and_the_run_goes_on(self):
        source = self.path("in.csv")
        write_csv(source, [dict(CLEAR, id="a"), dict(CLEAR, id="b\nc", age="old"), dict(CLEAR, id="d")])
        with open(source, "a", newline="") as f:
            f.write('e,"unclosed\r\n')
        status, out, err = run("assess", "--batch", source)
        self.assertEqual(status, 65)
        results = [json.loads(l) for l in out.splitlines()]
        self.assertEqual([r.get("id") for r in results], ["a", "b\nc", "d", None])
        self.assertEqual(results[1]["line"], 3)
        self.assertEqual(results[1]["error"]["question"], "age")
        self.assertEqual(results[2]["verdict"], "suitable")
        self.assertEqual(results[3]["line"], 6)
        self.assertIn("a quoted cell is not closed", results[3]["error"]["message"])
        self.assertIn("2 record(s) could not be assessed", err)

    def test_a_row_with_the_wrong_number_of_cells(self):
        source = self.path("in.csv")
        with open(source, "w") as f:
            f.write("id,age\nx,30,extra\n")
        status, out, _ = run("assess", "--batch", source)
        self.assertEqual(status, 65)
        self.assertEqual(json.loads(out)["error"]["message"], "the row has 3 cell(s) but the header has 2 column(s)")

    def test_empty_cells_are_not_answered_and_none_is_nothing_chosen(self):
        source = write_csv(self.path("in.csv"), [dict(CLEAR, id="x", sunburn=None, allergies=[])])
        status, out, _ = run("assess", "--batch", source)
        self.assertEqual(status, 65)
        self.assertEqual(json.loads(out)["error"]["question"], "sunburn")

    def test_empty_input_and_ambiguous_input_are_refused(self):
        source = self.path("empty.csv")
        open(source, "w").close()
        status, _, err = run("assess", "--batch", source)
        self.assertEqual(status, 65)
        self.assertIn("needs a header row", err)
        status, _, err = run("assess", "--batch", source, "--answers", source)
        self.assertEqual(status, 2)
        status, _, err = run("assess", "--input", "csv", input="")
        self.assertEqual(status, 2)


class CompactOutputTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)
        self.source = write_csv(os.path.join(self.dir, "in.csv"), RECORDS + [dict(CLEAR, id="bad", age=300)])

    def test_csv_rows_carry_the_verdict_rules_most_severe_first_and_errors(self):
        status, full, _ = run("assess", "--batch", self.source)
        status, out, _ = run("assess", "--batch", self.source, "--format", "csv")
        self.assertEqual(status, 65)
        rows = list(csv.reader(io.StringIO(out, newline="")))
        self.assertEqual(rows[0], ["id", "verdict", "rules", "error_code", "error_question", "error_message"])
        for row, line in zip(rows[1:], full.splitlines()):
            result = json.loads(line)
            self.assertEqual(row[0], result["id"])
            if "error" in result:
                self.assertEqual(row[1:], ["", "", result["error"]["code"], result["error"]["question"] or "",
                                           result["error"]["message"]])
            else:
                self.assertEqual(row[1], result["verdict"])
                self.assertEqual(row[2], ";".join(r["rule"] for r in result["reasons"]))
                self.assertEqual(row[3:], ["", "", ""])
        self.assertEqual(len(rows), len(RECORDS) + 2)

    def test_fields_keep_only_what_is_asked_plus_schema_and_id(self):
        status, out, _ = run("assess", "--batch", self.source, "--fields", "verdict,reasons.rule,answers.age")
        self.assertEqual(status, 65)
        results = [json.loads(l) for l in out.splitlines()]
        self.assertEqual(set(results[2]), {"schema", "id", "verdict", "reasons", "answers"})
        self.assertEqual(results[2]["answers"], {"age": 30})
        self.assertEqual({k for r in results[2]["reasons"] for k in r}, {"rule"})
        self.assertIn("error", results[-1])  # errors are never cut down
        status, single, _ = run("assess", "--answers", "-", "--format", "json", "--fields", "verdict",
                                input=json.dumps(CLEAR))
        self.assertEqual(set(json.loads(single)), {"schema", "verdict"})

    def test_fields_are_the_full_result_cut_down_whatever_is_asked(self):
        # The writer may leave out or cut down parts itself; the bytes must be
        # those of the full result with everything else removed.
        def tree(spec):
            root = {"schema": True, "id": True}
            for path in spec.split(","):
                node = root
                keys = path.split(".")
                for key in keys[:-1]:
                    node = node.setdefault(key, {})
                    if node is True:
                        break
                else:
                    node[keys[-1]] = True
            return root

        def cut(value, node):
            if node is True or not isinstance(value, (dict, list)):
                return value
            if isinstance(value, list):
                return [cut(v, node) for v in value]
            return {k: cut(v, node[k]) for k, v in value.items() if k in node}

        records = RECORDS + [dict(CLEAR, id="late", pregnant="pregnant", concerns=["acne-scars", "wrinkles"],
                                  acne_scar_types=["rolling"], what_matters=["little-downtime", "no-needles"])]
        source = write_csv(os.path.join(self.dir, "more.csv"), records)
        status, full, _ = run("assess", "--batch", source)
        self.assertEqual(status, 0)
        for spec in ("verdict,reasons.rule", "reasons.rule,reasons.verdict,concerns.concern,concerns.sources",
                     "reasons.because.age,reasons.rule", "reasons,reasons.rule", "concerns,what_matters.chosen",
                     "reasons.because,skipped.question,answers.concerns", "what_matters.grids.rows.id,disclaimer"):
            with self.subTest(spec=spec):
                status, out, err = run("assess", "--batch", source, "--fields", spec)
                self.assertEqual(status, 0, err)
                expected = [json.dumps(cut(json.loads(line), tree(spec))) for line in full.splitlines()]
                self.assertEqual([json.dumps(json.loads(line)) for line in out.splitlines()], expected)

    def test_unknown_fields_and_fields_without_json_are_usage_errors(self):
        status, _, err = run("assess", "--batch", self.source, "--fields", "verdict,reason.rule")
        self.assertEqual(status, 2)
        self.assertIn("did you mean 'reasons.rule'", err)
        status, _, err = run("assess", "--batch", self.source, "--format", "csv", "--fields", "verdict")
        self.assertEqual(status, 2)

    def test_compact_csv_is_much_smaller(self):
        status, full, _ = run("assess", "--batch", self.source)
        status, compact, _ = run("assess", "--batch", self.source, "--format", "csv")
        self.assertLess(len(compact) * 10, len(full))

    def test_split_across_processes_gives_the_same_output(self):
        lines = "".join(json.dumps(dict(CLEAR, id=f"r{i}", age=16 + i % 70, sunburn=i % 7 == 0)) + "\n"
                        for i in range(3000))
        records = os.path.join(self.dir, "records.jsonl")
        with open(records, "w") as f:
            f.write(lines)
        status, whole, _ = run("assess", "--batch", records, "--format", "csv")
        self.assertEqual(status, 0)
        # split + xargs (coreutils and findutils), four processes, results joined in order
        parts = os.path.join(self.dir, "part-")
        subprocess.run(["split", "-l", "500", "-d", records, parts], check=True)
        script = (f'ls {parts}* | xargs -P 4 -I{{}} sh -c \'"$0" assess --batch {{}} --format csv > {{}}.out\' "{BIN}" '
                  f'&& for f in {parts}*.out; do tail -n +2 "$f"; done')
        joined = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=True).stdout
        self.assertEqual(whole.splitlines()[1:], joined.splitlines())
        if shutil.which("parallel"):
            with open(records) as f:
                out = subprocess.run(["parallel", "--pipe", "--keep-order", "-N", "400", BIN, "assess", "--batch"],
                                     stdin=f, capture_output=True, text=True, check=True).stdout
            status, whole_json, _ = run("assess", "--batch", records)
            self.assertEqual(out, whole_json)


class FhirTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def test_export_has_one_item_per_question_with_our_ids_values_and_labels(self):
        status, out, err = run("export", "fhir-questionnaire")
        self.assertEqual(status, 0, err)
        q = json.loads(out)
        self.assertEqual(q["resourceType"], "Questionnaire")
        status, template, _ = run("assess", "--template")
        qid, version = template.split("(", 1)[1].split(")", 1)[0].split(" version ")
        self.assertEqual((q["url"], q["version"]), (f"urn:skincare:questionnaire:{qid}", version))
        ids = [line[:-1] for line in template.splitlines() if line.endswith(":") and not line.startswith("#")]
        self.assertEqual([i["linkId"] for i in q["item"]], ids)
        by_id = {i["linkId"]: i for i in q["item"]}
        self.assertEqual(by_id["age"]["type"], "integer")
        self.assertEqual(by_id["keloids"]["type"], "boolean")
        self.assertTrue(by_id["areas"]["repeats"] and by_id["areas"]["required"])
        self.assertFalse(by_id["allergies"]["required"])  # nothing chosen is an answer
        # every choice as --template lists it ("#   value: label"), in order
        choices, group = [], []
        for line in template.splitlines():
            if line.startswith("#   ") and ": " in line:
                value, label = line[4:].split(": ", 1)
                group.append({"valueCoding": {"code": value, "display": label}})
            elif line.endswith(":") and not line.startswith("#"):
                if group:
                    choices.append(group)
                group = []
        options = [[{"valueCoding": o["valueCoding"]} for o in i["answerOption"]] for i in q["item"] if "answerOption" in i]
        for item in q["item"]:  # a default is at most one initially selected option
            self.assertLessEqual(sum(1 for o in item.get("answerOption", []) if o.get("initialSelected")), 1)
        self.assertEqual(options, choices)
        self.assertEqual(by_id["cold_sores"]["enableWhen"],
                         [{"question": "areas", "operator": "=", "answerCoding": {"code": "face"}}])

    def test_export_is_generic_and_uses_fhirpath_where_enable_when_cannot_say_it(self):
        status, out, err = run("--content", INTEROP_CONTENT, "export", "fhir-questionnaire")
        self.assertEqual(status, 0, err)
        by_id = {i["linkId"]: i for i in json.loads(out)["item"]}
        expression = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"
        uses = {k: ("expression" if any(e["url"] == expression for e in i.get("extension", [])) else
                    "enableWhen" if "enableWhen" in i else "always") for k, i in by_id.items()}
        self.assertEqual(uses["q_not"], "expression")
        self.assertEqual(uses["q_ne"], "expression")
        self.assertEqual(uses["q_empty"], "expression")
        self.assertEqual(uses["q_mixed"], "expression")
        self.assertEqual(uses["q_and"], "expression")  # 'and' over a list question
        self.assertEqual((uses["q_all"], by_id["q_all"]["enableBehavior"]), ("enableWhen", "all"))
        self.assertEqual((uses["q_in"], by_id["q_in"]["enableBehavior"]), ("enableWhen", "any"))
        self.assertEqual(by_id["q_bool_ne"]["enableWhen"][0]["answerBoolean"], False)

    def test_response_round_trip_reads_back_to_the_same_summary(self):
        cases = {"clear": json.dumps(CLEAR), "mixed": YAML_ANSWERS,
                 "consult": json.dumps(dict(CLEAR, age=16, keloids=True, concerns=[], setting="undecided"))}
        for name, answers in cases.items():
            source = self.write(name + ".yaml", answers)
            status, response, err = run("assess", "--answers", source, "--format", "fhir")
            self.assertEqual(status, 0, err)
            qr = json.loads(response)
            self.assertEqual((qr["resourceType"], qr["status"]), ("QuestionnaireResponse", "completed"))
            back = self.write(name + ".fhir.json", response)
            for fmt in ("text", "json", "fhir"):
                _, want, _ = run("assess", "--answers", source, "--format", fmt)
                status, got, err = run("assess", "--answers", back, "--format", fmt)
                self.assertEqual(status, 0, err)
                self.assertEqual(got, want, f"{name} {fmt}")

    def test_a_response_from_a_form_with_groups_and_empty_items(self):
        _, response, _ = run("assess", "--answers", "-", "--format", "fhir", input=json.dumps(CLEAR))
        qr = json.loads(response)
        qr["item"] = [{"linkId": "group", "item": qr["item"][:10]}] + qr["item"][10:] + [{"linkId": "cold_sores"}]
        status, out, err = run("assess", "--answers", self.write("g.json", json.dumps(qr)), "--format", "json")
        self.assertEqual(status, 65)  # 'group' is no question of ours
        self.assertIn("unknown question 'group'", err)

    def test_responses_for_another_questionnaire_or_in_error_are_refused(self):
        _, response, _ = run("assess", "--answers", "-", "--format", "fhir", input=json.dumps(CLEAR))
        other = json.loads(response)
        other["questionnaire"] = "http://example.org/Questionnaire/phq-9|1"
        status, _, err = run("assess", "--answers", self.write("o.json", json.dumps(other)))
        self.assertEqual(status, 65)
        self.assertIn("answers 'http://example.org/Questionnaire/phq-9'", err)
        old = dict(json.loads(response), questionnaire="urn:skincare:questionnaire:microneedling-suitability|0")
        status, _, err = run("assess", "--answers", self.write("v.json", json.dumps(old)))
        self.assertEqual(status, 0)
        self.assertIn("written for version 0", err)
        wrong = dict(json.loads(response), status="entered-in-error")
        status, _, err = run("assess", "--answers", self.write("e.json", json.dumps(wrong)))
        self.assertEqual(status, 65)
        status, _, err = run("assess", "--answers", self.write("p.json", '{"resourceType": "Patient"}'))
        self.assertEqual(status, 65)
        self.assertIn("skincare reads a QuestionnaireResponse", err)

    def test_batch_fhir_writes_one_resource_a_line_and_outcomes_for_errors(self):
        lines = json.dumps(dict(CLEAR, id="a")) + "\n" + json.dumps(dict(CLEAR, id=7, age="old")) + "\n"
        status, out, _ = run("assess", "--batch", "--format", "fhir", input=lines)
        self.assertEqual(status, 65)
        first, second = [json.loads(l) for l in out.splitlines()]
        self.assertEqual(first["identifier"], {"value": "a"})
        self.assertEqual(second["resourceType"], "OperationOutcome")
        self.assertIn("line 2, record 7", second["issue"][0]["diagnostics"])


if __name__ == "__main__":
    unittest.main()
