// `skincare search WORDS...`: ranked full-text search; exit 1 on no match.
#include <CLI/CLI.hpp>

#include "cli/context.h"
#include "cli/output.h"
#include "render/content_views.h"

namespace skincare::cli {

void setup_search(CLI::App& app, Context& context) {
  auto words = std::make_shared<std::vector<std::string>>();
  CLI::App* command = app.add_subcommand("search", "Search all topics; exit 1 when nothing matches");
  command->add_option("words", *words, "Words that must all appear")->required()->option_text("WORDS...");
  add_format_option(*command, context);
  command->footer(
      "Examples:\n"
      "  skincare search melasma\n"
      "  skincare search sun protection --format json | jq -r '.results[].topic'");
  command->callback([words, &context] {
    const ContentTree content = context.open_content();
    const std::vector<SearchHit> hits = search_topics(content.all_topics(), *words);
    write_stdout(render_search(*words, hits, context.render_options()));
    if (hits.empty()) context.status = ExitStatus::not_found;
  });
}

}  // namespace skincare::cli
