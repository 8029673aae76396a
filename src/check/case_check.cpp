#include "check/case_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "base/schema.h"
#include "base/suggest.h"
#include "base/yaml_reader.h"
#include "questionnaire/answer_fields.h"
#include "interop/answers_file.h"
#include "questionnaire/evaluation.h"
#include "base/escape.h"

namespace skincare {

namespace {

// A test-case file (questionnaire/cases/*.yaml). Only `check` reads these.
const RecordSchema kCase{"case",
                         {{"name", FieldKind::text, true},
                          {"answers", FieldKind::text_map},
                          {"verdict", FieldKind::choice, true, {"suitable", "caution", "postpone", "consult"}},
                          {"fires", FieldKind::text_list},
                          {"not_fires", FieldKind::text_list}},
                         "name"};

const RecordSchema kCaseFile{"case file",
                             {{"base", FieldKind::text_map},
                              {"cases", FieldKind::record_list, true, {}, &kCase, true}}};


std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out.empty() ? "none" : out;
}

class CaseRunner {
 public:
  CaseRunner(const Questionnaire& q, Findings& findings, CaseStats& stats) : q_(q), findings_(findings), stats_(stats) {
    for (const auto& rule : q.rules) rule_ids_.push_back(rule.id);
  }

  void run_file(const YAML::Node& root, const std::string& file) {
    std::vector<RawField> base;
    if (root["base"]) {
      try {
        base = answer_fields(root["base"], file);
      } catch (const DataError& e) {
        findings_.error(e.where(), e.reason());
        return;
      }
    }
    for (const auto& node : root["cases"]) {
      ++stats_.cases;
      failing_ = false;
      run_case(node, file, base);
      if (failing_) ++stats_.failed;
    }
  }

  void report_coverage(const std::string& questionnaire_file) {
    for (const auto& rule : q_.rules) {
      const Location where{questionnaire_file, rule.line, rule.column};
      if (!fired_.count(rule.id)) {
        stats_.not_fired.push_back(rule.id);
        findings_.warning(where, fmt::format("rule '{}' is made to fire by no test case in questionnaire/cases/ "
                                             "(add a case that lists it under 'fires')",
                                             rule.id));
      }
      if (!closed_.count(rule.id)) {
        stats_.no_close.push_back(rule.id);
        findings_.warning(where, fmt::format("rule '{}' has no close test case where it must not fire (add a case "
                                             "that lists it under 'not_fires')",
                                             rule.id));
      }
    }
  }

 private:
  // Rule ids of a list; an unknown id is an error at the item.
  std::vector<std::string> rule_list(const YAML::Node& list, const std::string& file, const std::string& name) {
    std::vector<std::string> ids;
    if (!list) return ids;
    for (const auto& item : list) {
      const std::string id = item.Scalar();
      if (std::find(rule_ids_.begin(), rule_ids_.end(), id) == rule_ids_.end()) {
        fail(location_of(item, file), fmt::format("case '{}': unknown rule '{}'{}", escape_controls(name),
                                                  escape_controls(id), did_you_mean(closest_names(id, rule_ids_, 1))));
        continue;
      }
      ids.push_back(id);
    }
    return ids;
  }

  void run_case(const YAML::Node& node, const std::string& file, const std::vector<RawField>& base) {
    const Location where = location_of(node, file);
    const std::string name = node["name"].Scalar();
    const std::string label = "case '" + escape_controls(name) + "'";
    const std::vector<std::string> fires = rule_list(node["fires"], file, name);
    const std::vector<std::string> not_fires = rule_list(node["not_fires"], file, name);

    std::vector<RawField> fields = base;
    AnswerSet answers;
    try {
      if (node["answers"]) {
        const auto own = answer_fields(node["answers"], file);
        fields.insert(fields.end(), own.begin(), own.end());
      }
    } catch (const DataError& e) {
      fail(e.where(), label + ": " + e.reason());
      return;
    }
    if (const auto error = normalise_fields(q_, fields, answers)) {
      fail(error->where.line > 0 ? error->where : where, label + ": " + error->message);
      return;
    }
    if (const auto missing = check_complete(q_, answers)) {
      fail(where, label + ": " + missing->message);
      return;
    }

    const Summary summary = evaluate(q_, answers);
    std::vector<std::string> fired;
    for (const auto& reason : summary.reasons) fired.push_back(reason.rule->id);
    for (const auto& id : fired) fired_.insert(id);
    for (const auto& id : not_fires) closed_.insert(id);
    const auto has = [&](const std::string& id) { return std::find(fired.begin(), fired.end(), id) != fired.end(); };

    const std::string expected = node["verdict"].Scalar();
    if (expected != verdict_name(summary.verdict))
      fail(where, fmt::format("{}: the verdict is {}, not {} as expected (rules that fired: {})", label,
                              verdict_name(summary.verdict), expected, joined(fired)));
    for (const auto& id : fires)
      if (!has(id))
        fail(where, fmt::format("{}: rule '{}' should fire but did not (rules that fired: {})", label, id, joined(fired)));
    for (const auto& id : not_fires)
      if (has(id)) fail(where, fmt::format("{}: rule '{}' fired, but the case says it must not", label, id));
  }

  void fail(const Location& where, const std::string& message) {
    findings_.error(where, message);
    failing_ = true;
  }

  const Questionnaire& q_;
  Findings& findings_;
  CaseStats& stats_;
  std::vector<std::string> rule_ids_;
  std::set<std::string> fired_;
  std::set<std::string> closed_;
  bool failing_ = false;  // the current case has a finding
};

}  // namespace

CaseStats check_cases(const ContentTree& tree, const Questionnaire& questionnaire,
                      const std::string& questionnaire_file, Findings& findings) {
  CaseStats stats;
  CaseRunner runner(questionnaire, findings, stats);
  for (const auto& path : tree.case_paths()) {
    ++stats.files;
    const std::string file = tree.display_path(path);
    YAML::Node root;
    try {
      root = parse_yaml(tree.read(path), file);
    } catch (const DataError& e) {
      findings.error(e.where(), e.reason());
      continue;
    } catch (const Error& e) {
      findings.error({file, 0, 0}, e.what());
      continue;
    }
    const std::size_t before = findings.errors();
    findings.schema_errors(root, kCaseFile, file);
    if (findings.errors() != before) continue;  // its cases cannot be read reliably
    runner.run_file(root, file);
  }
  runner.report_coverage(questionnaire_file);
  return stats;
}

}  // namespace skincare
