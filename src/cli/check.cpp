// `skincare check`: verifies a content tree before anyone reads it.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "check/content_check.h"
#include "cli/context.h"
#include "cli/output.h"
#include "base/json_writer.h"
#include "render/text_layout.h"
#include "base/escape.h"

namespace skincare::cli {

namespace {

std::string as_text(const CheckReport& report, const TerminalStyle& style) {
  std::string out;
  for (const auto& finding : report.findings.all()) out += escape_controls(finding.line()) + "\n";
  const CaseStats& cases = report.cases;
  const std::size_t uncovered = cases.not_fired.size();
  out += wrap(fmt::format("test cases: {} run, {} failed, {}", cases.cases, cases.failed,
                          uncovered == 0 ? std::string("every rule fired")
                                         : fmt::format("{} rule{} never fired", uncovered, uncovered == 1 ? "" : "s")),
              style.width, "", "  ");
  out += wrap(fmt::format("{} error{}, {} warning{} in {} files; questionnaire logic: {} cases in {:.2f} s",
                          report.findings.errors(), report.findings.errors() == 1 ? "" : "s",
                          report.findings.warnings(), report.findings.warnings() == 1 ? "" : "s", report.files,
                          report.logic.cases, report.logic.seconds),
              style.width, "", "  ");
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

void setup_check(CLI::App& app, Context& context) {
  auto strict = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("check", "Verify a content tree: schema, references, logic, readability");
  command->add_flag("--strict", *strict, "Fail (exit 65) on warnings too");
  add_format_option(*command, context);
  command->footer(
      "Examples:\n"
      "  skincare check --content ./content\n"
      "  skincare check --content ./content --strict --format json | jq .findings");
  command->callback([strict, &context] {
    const ContentTree content = context.open_content();
    const CheckReport report = check_content(content);
    write_stdout(context.format == "json" ? as_json(report) : as_text(report, context.render_options().style));
    const bool failed = report.findings.errors() > 0 || (*strict && report.findings.warnings() > 0);
    if (failed) context.status = ExitStatus::data;
  });
}

}  // namespace skincare::cli
