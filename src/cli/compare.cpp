// `skincare compare TOPIC...`: the option grid of a condition: microneedling,
// the main alternatives and no treatment, answered against the same rows.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/context.h"
#include "cli/output.h"
#include "base/suggest.h"
#include "questionnaire/questionnaire_parser.h"
#include "render/grid_views.h"
#include "base/escape.h"

namespace skincare::cli {

namespace {

struct CompareOptions {
  std::vector<std::string> topics;
  std::vector<std::string> rows;
  std::vector<std::string> options;
};

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The id a person meant among `ids` (or their labels), or a usage error.
std::string resolve_name(const std::string& name, const std::vector<std::pair<std::string, std::string>>& ids,
                         const char* what) {
  const std::string wanted = normalize_topic_name(name);
  std::vector<std::string> known;
  for (const auto& [id, label] : ids) {
    if (normalize_topic_name(id) == wanted || normalize_topic_name(label) == wanted) return id;
    known.push_back(id);
  }
  std::string list;
  for (const auto& id : known) list += (list.empty() ? "" : ", ") + id;
  throw UsageError(fmt::format("unknown {} '{}'{}; the {}s are: {}", what, escape_controls(name),
                               did_you_mean(closest_names(lower(name), known, 3)), what, list));
}

std::string resolve_topic(const TopicIndex& index, const std::string& name) {
  if (const TopicEntry* entry = index.resolve(name)) return entry->id;
  throw UsageError(fmt::format("unknown topic '{}'{}; run 'skincare topics' to list them", escape_controls(name),
                               did_you_mean(index.suggestions(name))));
}

void run_compare(const CompareOptions& options, Context& context) {
  const ContentTree content = context.open_content();
  const GridLayout layout = content.grid_layout();
  std::vector<std::pair<std::string, std::string>> row_names;
  for (const auto& row : layout.rows) row_names.emplace_back(row.id, row.label);
  std::vector<std::string> rows;
  for (const auto& name : options.rows) rows.push_back(resolve_name(name, row_names, "row"));

  std::vector<GridView> views;
  for (const auto& name : options.topics) {
    const Topic topic = content.topic(resolve_topic(content.topics(), name));
    if (!topic.grid) {
      std::string with;
      for (const auto& entry : content.topics().entries())
        if (entry.kind == "condition") with += (with.empty() ? "" : ", ") + entry.id;
      throw UsageError(fmt::format("topic '{}' has no option grid; conditions with one: {}", topic.id, with));
    }
    std::vector<std::string> wanted;
    if (!options.options.empty()) {
      std::vector<std::pair<std::string, std::string>> option_names;
      for (const auto& o : topic.grid->options) option_names.emplace_back(o.id, o.label);
      for (const auto& option : options.options) wanted.push_back(resolve_name(option, option_names, "option"));
    }
    views.push_back({topic.title, narrow_grid(*topic.grid, rows, wanted)});
  }
  const std::string path = "questionnaire/assessment.yaml";
  const std::string disclaimer =
      content.contains(path) ? parse_questionnaire(content.read(path), content.display_path(path)).disclaimer : "";
  write_stdout(render_grids(views, content.bibliography(), disclaimer, context.render_options()));
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
