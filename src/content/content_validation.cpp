#include "content/content_validation.h"

#include <fmt/format.h>

#include <algorithm>

#include "content/grid_parser.h"
#include "content/suggest.h"
#include "errors.h"
#include "questionnaire/questionnaire_parser.h"

namespace skincare {

static void check_cited(const std::vector<std::string>& cited, const Bibliography& bibliography,
                        const Location& where, const std::string& what) {
  for (const auto& id : cited)
    if (bibliography.find(id) == nullptr)
      throw DataError(where, fmt::format("{} cites unknown source '{}'{}", what, id,
                                         did_you_mean(closest_names(id, bibliography.ids(), 1))));
}

std::vector<std::string> validate_content(const ContentTree& tree) {
  std::vector<std::string> paths{"sources.yaml"};
  const Bibliography bibliography = tree.bibliography();

  for (const auto& path : tree.topic_paths()) {
    paths.push_back(path);
    const Topic topic = tree.topic(topic_id_from_path(path));
    check_cited(topic.sources(), bibliography, {tree.display_path(path), 0, 0}, "topic '" + topic.id + "'");
  }
  (void)tree.topics();

  if (tree.contains(kGridLayoutPath)) paths.push_back(kGridLayoutPath);
  for (const auto& path : tree.grid_paths()) {
    const std::string id = topic_id_from_path(path);
    if (!tree.contains("topics/" + id + ".yaml"))
      throw DataError({tree.display_path(path), 0, 0}, fmt::format("grid '{}' has no topic file topics/{}.yaml", id, id));
    if (!tree.contains(kGridLayoutPath))
      throw DataError({tree.display_path(path), 0, 0}, fmt::format("grids need the row list {}", kGridLayoutPath));
    paths.push_back(path);
    const Topic topic = tree.topic(id);  // parses the grid too
    if (topic.grid)
      check_cited(topic.grid->sources(), bibliography, {tree.display_path(path), 0, 0}, "grid '" + id + "'");
  }

  const std::string questionnaire = "questionnaire/assessment.yaml";
  if (tree.contains(questionnaire)) {
    paths.push_back(questionnaire);
    const Questionnaire parsed = parse_questionnaire(tree.read(questionnaire), tree.display_path(questionnaire));
    for (const auto& rule : parsed.rules)
      check_cited(rule.sources, bibliography, {tree.display_path(questionnaire), rule.line, 0},
                  "rule '" + rule.id + "'");
    for (const auto& concern : parsed.concern_values()) {
      if (!tree.contains("topics/" + concern + ".yaml"))
        throw DataError({tree.display_path(questionnaire), 0, 0},
                        fmt::format("concern '{}' has no topic file topics/{}.yaml", concern, concern));
    }
  }
  for (const auto& path : tree.case_paths()) paths.push_back(path);  // test cases: run by `skincare check`
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace skincare
