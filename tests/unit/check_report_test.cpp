#include "render/check_report.h"

#include <doctest/doctest.h>

#include <string>

using skincare::CheckReport;
using skincare::Format;
using skincare::RenderOptions;
using skincare::render_check_report;

namespace {

CheckReport report_with_findings() {
  CheckReport report;
  report.files = 7;
  report.logic = {1241, 0.004};
  report.cases.cases = 5;
  report.findings.error({"topics/a.yaml", 4, 1}, "unknown key 'a|b*c' in topic");
  report.findings.add({"questionnaire/assessment.yaml", 41, 5}, skincare::Severity::warning,
                      "rule 'x' can fire while question 'y' is not asked", {{"areas", "neck"}});
  return report;
}

RenderOptions options(Format format) {
  RenderOptions o;
  o.format = format;
  o.style = skincare::TerminalStyle{false, 200};
  return o;
}

}  // namespace

TEST_CASE("the text report is one FILE:LINE:COL line a finding, then the test cases and the counts") {
  CHECK(render_check_report(report_with_findings(), options(Format::text)) ==
        "topics/a.yaml:4:1: error: unknown key 'a|b*c' in topic\n"
        "questionnaire/assessment.yaml:41:5: warning: rule 'x' can fire while question 'y' is not asked "
        "{areas: neck}\n"
        "test cases: 5 run, 0 failed, every rule fired\n"
        "1 error, 1 warning in 7 files; questionnaire logic: 1241 cases in 0.00 s\n");
}

TEST_CASE("the markdown report is a heading, the counts and a table of findings with their places") {
  CHECK(render_check_report(report_with_findings(), options(Format::markdown)) ==
        "# Content check\n\n"
        "1 error, 1 warning in 7 files; questionnaire logic: 1241 cases in 0.00 s\n\n"
        "test cases: 5 run, 0 failed, every rule fired\n\n"
        "## Findings\n\n"
        "| Place | Severity | Finding |\n"
        "| --- | --- | --- |\n"
        "| topics/a.yaml:4:1 | error | unknown key 'a\\|b\\*c' in topic |\n"
        "| questionnaire/assessment.yaml:41:5 | warning | rule 'x' can fire while question 'y' is not asked; "
        "answers that show it: areas: neck |\n");
}

TEST_CASE("a markdown cell cannot be split or restyled by a line break, a control character or markup") {
  CheckReport report;
  report.findings.error({"topics/x_y.yaml", 1, 2}, "two\nlines \x1b[2J and `code` <b>");
  const std::string out = render_check_report(report, options(Format::markdown));
  CHECK(out.find("| topics/x\\_y.yaml:1:2 | error | two\\\\x0Alines \\\\x1B\\[2J and \\`code\\` \\<b\\> |\n") !=
        std::string::npos);
  CHECK(out.find('\x1b') == std::string::npos);
}

TEST_CASE("a report without findings says so in markdown and has no table") {
  CheckReport report;
  const std::string out = render_check_report(report, options(Format::markdown));
  CHECK(out.find("\n\nNo findings.\n") != std::string::npos);
  CHECK(out.find('|') == std::string::npos);
}

TEST_CASE("the JSON report names its schema and gives a witness only to findings that have one") {
  const std::string out = render_check_report(report_with_findings(), options(Format::json));
  CHECK(out.rfind("{\"schema\":\"skincare.check/1\",\"errors\":1,\"warnings\":1,\"files\":7,", 0) == 0);
  CHECK(out.find("\"message\":\"unknown key 'a|b*c' in topic\"}") != std::string::npos);
  CHECK(out.find("\"witness\":{\"areas\":\"neck\"}") != std::string::npos);
  CHECK(out.back() == '\n');
}
