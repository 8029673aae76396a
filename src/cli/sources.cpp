// `skincare sources [SOURCE...]`: the cited literature, all of it or by id.
#include <CLI/CLI.hpp>

#include "cli/context.h"
#include "cli/output.h"
#include "render/content_views.h"

namespace skincare::cli {

void setup_sources(CLI::App& app, Context& context) {
  auto ids = std::make_shared<std::vector<std::string>>();
  CLI::App* command = app.add_subcommand("sources", "Show the cited sources (all, or those named)");
  command->add_option("id", *ids, "Source ids (see 'skincare explain TOPIC')")->option_text("SOURCE...");
  add_format_option(*command, context);
  command->footer(
      "Examples:\n"
      "  skincare sources alam-2014\n"
      "  skincare sources --format json | jq -r '.sources[].doi | select(. != \"\")'");
  command->callback([ids, &context] {
    const ContentTree content = context.open_content();
    const Bibliography bibliography = content.bibliography();
    std::vector<const Source*> chosen;
    if (ids->empty()) {
      for (const auto& source : bibliography.all()) chosen.push_back(&source);
    }
    for (const auto& id : *ids) chosen.push_back(&bibliography.named(id));
    write_stdout(render_sources(chosen, context.render_options()));
  });
}

}  // namespace skincare::cli
