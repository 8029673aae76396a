// `skincare explain TOPIC...`: what a condition or fact is, what
// microneedling can and cannot do for it, and the sources behind each part.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/context.h"
#include "cli/output.h"
#include "base/suggest.h"
#include "questionnaire/questionnaire_parser.h"
#include "render/content_views.h"
#include "base/escape.h"

namespace skincare::cli {

namespace {

struct ExplainOptions {
  std::vector<std::string> topics;
  bool brief = false;
};

// The topic id a person meant, or a usage error that suggests the closest ids.
std::string resolve_topic(const TopicIndex& index, const std::string& name) {
  if (const TopicEntry* entry = index.resolve(name)) return entry->id;
  throw UsageError(fmt::format("unknown topic '{}'{}; run 'skincare topics' to list them", escape_controls(name),
                               did_you_mean(index.suggestions(name))));
}

void run_explain(const ExplainOptions& options, Context& context) {
  const ContentTree content = context.open_content();
  std::vector<std::string> ids;
  for (const auto& name : options.topics) ids.push_back(resolve_topic(content.topics(), name));
  std::vector<Topic> topics;
  for (const auto& id : ids) topics.push_back(content.topic(id));
  RenderOptions render = context.render_options();
  render.brief = options.brief;
  const std::string questionnaire = "questionnaire/assessment.yaml";
  if (render.format == Format::html && content.contains(questionnaire))
    render.disclaimer = parse_questionnaire(content.read(questionnaire), content.display_path(questionnaire)).disclaimer;
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
