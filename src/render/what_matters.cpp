#include "render/what_matters.h"

#include <variant>

namespace skincare {

std::vector<std::string> chosen_labels(const Questionnaire& questionnaire, const GridLayout& layout,
                                       const WhatMatters& matters) {
  std::vector<std::string> labels;
  const auto at = questionnaire.index_of(layout.question);
  for (const auto& value : matters.chosen) {
    std::string label = value;
    if (at)
      for (const auto& choice : questionnaire.questions[*at].choices)
        if (choice.value == value) label = choice.label;
    labels.push_back(label);
  }
  return labels;
}

MattersPick pick_what_matters(const Questionnaire& questionnaire, const GridLayout& layout,
                              const std::vector<GridView>& grids, const Summary& summary) {
  MattersPick pick;
  if (layout.question.empty()) return pick;
  const auto at = questionnaire.index_of(layout.question);
  if (!at || *at >= summary.answers.size() || !summary.answers[*at]) return pick;
  pick.chosen = std::get_if<std::vector<std::string>>(&*summary.answers[*at]);
  if (pick.chosen == nullptr) return pick;
  for (const auto& value : *pick.chosen) {
    if (value == layout.needles_value) pick.needles = true;
    if (const GridRowSpec* row = layout.row_for_value(value)) pick.rows.push_back(row->id);
  }
  if (pick.rows.empty() && !pick.needles) return pick;
  for (const auto& concern : summary.concerns)
    for (std::size_t g = 0; g < grids.size(); ++g)
      if (grids[g].grid.topic == concern) pick.grids.push_back(g);
  return pick;
}

WhatMatters what_matters(const Questionnaire& questionnaire, const GridLayout& layout,
                         const std::vector<GridView>& grids, const Summary& summary) {
  const MattersPick pick = pick_what_matters(questionnaire, layout, grids, summary);
  WhatMatters out;
  if (pick.chosen == nullptr) return out;
  out.chosen = *pick.chosen;
  out.needles = pick.needles;
  for (const std::size_t g : pick.grids) {
    // Row order follows the grid; when only needles matter, no rows are kept.
    GridView picked{grids[g].title, narrow_grid(grids[g].grid, pick.rows, {})};
    if (pick.rows.empty()) picked.grid.rows.clear();
    out.grids.push_back(std::move(picked));
  }
  return out;
}

}  // namespace skincare
