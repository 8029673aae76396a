#include "render/check_report.h"

#include <fmt/format.h>

#include "base/json_writer.h"
#include "render/markdown_text.h"
#include "render/text_layout.h"
#include "base/escape.h"

namespace skincare {

namespace {

const char* plural(std::size_t n) { return n == 1 ? "" : "s"; }

// "test cases: 5 run, 0 failed, every rule fired"
std::string cases_sentence(const CaseStats& cases) {
  const std::size_t uncovered = cases.not_fired.size();
  return fmt::format("test cases: {} run, {} failed, {}", cases.cases, cases.failed,
                     uncovered == 0 ? std::string("every rule fired")
                                    : fmt::format("{} rule{} never fired", uncovered, plural(uncovered)));
}

// "0 errors, 1 warning in 7 files; questionnaire logic: 1241 cases in 0.00 s"
std::string counts_sentence(const CheckReport& report) {
  return fmt::format("{} error{}, {} warning{} in {} files; questionnaire logic: {} cases in {:.2f} s",
                     report.findings.errors(), plural(report.findings.errors()), report.findings.warnings(),
                     plural(report.findings.warnings()), report.files, report.logic.cases, report.logic.seconds);
}

std::string as_text(const CheckReport& report, const TerminalStyle& style) {
  std::string out;
  for (const auto& finding : report.findings.all()) out += escape_controls(finding.line()) + "\n";
  out += wrap(cases_sentence(report.cases), style.width, "", "  ");
  out += wrap(counts_sentence(report), style.width, "", "  ");
  return out;
}

std::string as_markdown(const CheckReport& report) {
  std::string out = "# Content check\n\n" + markdown_inline(counts_sentence(report)) + "\n\n" +
                    markdown_inline(cases_sentence(report.cases)) + "\n";
  if (report.findings.all().empty()) return out + "\nNo findings.\n";
  out += "\n## Findings\n\n| Place | Severity | Finding |\n| --- | --- | --- |\n";
  for (const auto& f : report.findings.all()) {
    std::string finding = f.message;
    if (!f.witness.empty()) {
      finding += "; answers that show it: ";
      for (std::size_t i = 0; i < f.witness.size(); ++i)
        finding += (i ? ", " : "") + f.witness[i].first + ": " + f.witness[i].second;
    }
    out += "| " + markdown_inline(f.where.describe()) + " | " + (f.severity == Severity::error ? "error" : "warning") +
           " | " + markdown_inline(finding) + " |\n";
  }
  return out;
}

std::string as_json(const CheckReport& report) {
  std::string out;
  JsonWriter json(out);
  json.begin_object().field("schema", "skincare.check/1");
  json.key("errors").value(static_cast<long long>(report.findings.errors()));
  json.key("warnings").value(static_cast<long long>(report.findings.warnings()));
  json.key("files").value(static_cast<long long>(report.files));
  json.key("findings").begin_array();
  for (const auto& f : report.findings.all()) {
    json.begin_object().field("file", f.where.file).key("line").value(static_cast<long long>(f.where.line));
    json.key("column").value(static_cast<long long>(f.where.column));
    json.field("severity", f.severity == Severity::error ? "error" : "warning").field("message", f.message);
    if (!f.witness.empty()) {
      json.key("witness").begin_object();
      for (const auto& [question, answer] : f.witness) json.field(question, answer);
      json.end_object();
    }
    json.end_object();
  }
  json.end_array();
  json.key("logic").begin_object().key("cases").value(static_cast<long long>(report.logic.cases));
  json.key("milliseconds").value(static_cast<long long>(report.logic.seconds * 1000.0)).end_object();
  json.key("cases").begin_object().key("files").value(static_cast<long long>(report.cases.files));
  json.key("run").value(static_cast<long long>(report.cases.cases));
  json.key("failed").value(static_cast<long long>(report.cases.failed));
  json.key("not_fired").begin_array();
  for (const auto& id : report.cases.not_fired) json.value(id);
  json.end_array().key("no_close_case").begin_array();
  for (const auto& id : report.cases.no_close) json.value(id);
  json.end_array().end_object();
  json.key("readability").begin_array();
  for (const auto& score : report.readability) {
    json.begin_object().field("subject", score.subject).field("file", score.where.file);
    json.key("line").value(static_cast<long long>(score.where.line));
    json.field("grade", fmt::format("{:.1f}", score.readability.grade));
    json.key("words").value(static_cast<long long>(score.readability.words));
    json.key("sentences").value(static_cast<long long>(score.readability.sentences)).end_object();
  }
  json.end_array().end_object();
  return out + "\n";
}

}  // namespace

std::string render_check_report(const CheckReport& report, const RenderOptions& options) {
  switch (options.format) {
    case Format::markdown: return as_markdown(report);
    case Format::json: return as_json(report);
    case Format::text:
    case Format::html:  // not offered: check accepts text, markdown and json
    case Format::csv:
    case Format::fhir: break;
  }
  return as_text(report, options.style);
}

}  // namespace skincare
