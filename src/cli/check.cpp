// `skincare check`: verifies a content tree before anyone reads it.
#include <CLI/CLI.hpp>

#include "check/content_check.h"
#include "cli/context.h"
#include "cli/output.h"
#include "render/check_report.h"

namespace skincare::cli {

void setup_check(CLI::App& app, Context& context) {
  auto strict = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("check", "Verify a content tree: schema, references, logic, readability");
  command->add_flag("--strict", *strict, "Fail (exit 65) on warnings too");
  add_format_option(*command, context);
  command->footer(
      "Examples:\n"
      "  skincare check --content ./content\n"
      "  skincare check --content ./content --strict --format json | jq .findings\n"
      "  skincare check --content ./content --format markdown > check-report.md");
  command->callback([strict, &context] {
    const ContentTree content = context.open_content();
    const CheckReport report = check_content(content);
    write_stdout(render_check_report(report, context.render_options()));
    const bool failed = report.findings.errors() > 0 || (*strict && report.findings.warnings() > 0);
    if (failed) context.status = ExitStatus::data;
  });
}

}  // namespace skincare::cli
