// `skincare about`: who writes and checks the content, funding and ties, the
// grading rule, the update policy, how to report an error, and review dates.
#include <CLI/CLI.hpp>

#include "cli/context.h"
#include "cli/output.h"
#include "content/about.h"
#include "content/review_dates.h"
#include "render/about_view.h"

namespace skincare::cli {

void setup_about(CLI::App& app, Context& context) {
  CLI::App* command = app.add_subcommand("about", "Who writes and checks the content, and how evidence is graded");
  add_format_option(*command, context);
  command->footer(
      "Examples:\n"
      "  skincare about\n"
      "  skincare about --format json | jq '.topics[] | select(.status == \"overdue\")'");
  command->callback([&context] {
    const ContentTree content = context.open_content();
    write_stdout(render_about(make_about(content.all_topics(), today()), context.render_options()));
  });
}

}  // namespace skincare::cli
