// `skincare explain TOPIC...`: what a condition or fact is, what
// microneedling can and cannot do for it, and the sources behind each part.
#include <CLI/CLI.hpp>

#include "assessment/assessment_setup.h"
#include "cli/context.h"
#include "cli/output.h"
#include "render/content_views.h"

namespace skincare::cli {

namespace {

struct ExplainOptions {
  std::vector<std::string> topics;
  bool brief = false;
};

void run_explain(const ExplainOptions& options, Context& context) {
  const ContentTree content = context.open_content();
  std::vector<std::string> ids;
  for (const auto& name : options.topics) ids.push_back(content.topics().id_of(name));
  RenderOptions render = context.render_options();
  render.brief = options.brief;
  std::vector<Topic> topics;
  for (const auto& id : ids) topics.push_back(content.topic(id, render.format == Format::html));  // grids: HTML only
  if (render.format == Format::html) render.disclaimer = questionnaire_disclaimer(content);
  const Bibliography bibliography = options.brief ? Bibliography() : content.bibliography();
  write_stdout(render_topics(topics, bibliography, render));
}

}  // namespace

void setup_explain(CLI::App& app, Context& context) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* command = app.add_subcommand("explain", "Explain a skin condition or a fact about microneedling");
  command->add_option("topic", options->topics, "Topic ids or names (see 'skincare topics')")
      ->required()
      ->option_text("TOPIC...");
  command->add_flag("--brief", options->brief, "Print only the one-line summary");
  add_format_option(*command, context, {"html"});
  command->footer(
      "Examples:\n"
      "  skincare explain acne-scars\n"
      "  skincare explain \"stretch marks\" --brief\n"
      "  skincare explain hair-loss --format json | jq .topics[0].microneedling");
  command->callback([options, &context] { run_explain(*options, context); });
}

}  // namespace skincare::cli
