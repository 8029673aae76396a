// `skincare compare TOPIC...`: the option grid of a condition: microneedling,
// the main alternatives and no treatment, answered against the same rows.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "assessment/assessment_setup.h"
#include "cli/context.h"
#include "cli/output.h"
#include "render/grid_views.h"

namespace skincare::cli {

namespace {

struct CompareOptions {
  std::vector<std::string> topics;
  std::vector<std::string> rows;
  std::vector<std::string> options;
};

void run_compare(const CompareOptions& options, Context& context) {
  const ContentTree content = context.open_content();
  const GridLayout layout = content.grid_layout();
  std::vector<std::string> rows;
  for (const auto& name : options.rows) rows.push_back(layout.row_id(name));

  std::vector<GridView> views;
  for (const auto& name : options.topics) {
    const Topic topic = content.topic(content.topics().id_of(name));
    if (!topic.grid) {
      std::string with;
      for (const auto& entry : content.topics().entries())
        if (entry.kind == "condition") with += (with.empty() ? "" : ", ") + entry.id;
      throw UsageError(fmt::format("topic '{}' has no option grid; conditions with one: {}", topic.id, with));
    }
    std::vector<std::string> wanted;
    for (const auto& option : options.options) wanted.push_back(topic.grid->option_id(option));
    views.push_back({topic.title, narrow_grid(*topic.grid, rows, wanted)});
  }
  write_stdout(render_grids(views, content.bibliography(), questionnaire_disclaimer(content), context.render_options()));
}

}  // namespace

void setup_compare(CLI::App& app, Context& context) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* command =
      app.add_subcommand("compare", "Compare microneedling with the other options for a condition, side by side");
  command->add_option("topic", options->topics, "Condition ids or names (see 'skincare topics')")
      ->required()
      ->option_text("TOPIC...");
  command->add_option("--rows", options->rows, "Only these rows, e.g. downtime,cost")
      ->delimiter(',')
      ->option_text("ROW,...");
  command->add_option("--options", options->options, "Only these options, e.g. microneedling,no-treatment")
      ->delimiter(',')
      ->option_text("OPTION,...");
  add_format_option(*command, context, {"html"});
  command->footer(
      "Examples:\n"
      "  skincare compare acne-scars\n"
      "  skincare compare \"stretch marks\" --rows downtime,cost\n"
      "  skincare compare hair-loss --format json | jq .grids[0].options");
  command->callback([options, &context] { run_compare(*options, context); });
}

}  // namespace skincare::cli
