// `skincare topics`: every topic with its kind and one-line summary.
#include <CLI/CLI.hpp>

#include "cli/context.h"
#include "cli/output.h"
#include "render/content_views.h"
#include "base/escape.h"

namespace skincare::cli {

void setup_topics(CLI::App& app, Context& context) {
  auto names_only = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("topics", "List every topic with a one-line summary");
  command->add_flag("--names", *names_only, "Print topic ids only, one a line");
  add_format_option(*command, context);
  command->footer(
      "Examples:\n"
      "  skincare topics\n"
      "  skincare topics --names | xargs skincare explain --brief");
  command->callback([names_only, &context] {
    const ContentTree content = context.open_content();
    if (*names_only && context.format == "text") {
      std::string out;
      for (const auto& entry : content.topics().entries()) out += escape_controls(entry.id) + "\n";
      write_stdout(out);
      return;
    }
    write_stdout(render_topic_list(content.topics(), context.render_options()));
  });
}

}  // namespace skincare::cli
