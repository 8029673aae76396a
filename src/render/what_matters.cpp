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

WhatMatters what_matters(const Questionnaire& questionnaire, const GridLayout& layout,
                         const std::vector<GridView>& grids, const Summary& summary) {
  WhatMatters out;
  if (layout.question.empty()) return out;
  const auto at = questionnaire.index_of(layout.question);
  if (!at || *at >= summary.answers.size() || !summary.answers[*at]) return out;
  const auto* values = std::get_if<std::vector<std::string>>(&*summary.answers[*at]);
  if (values == nullptr) return out;
  out.chosen = *values;
  std::vector<std::string> rows;
  for (const auto& value : out.chosen) {
    if (value == layout.needles_value) out.needles = true;
    if (const GridRowSpec* row = layout.row_for_value(value)) rows.push_back(row->id);
  }
  if (rows.empty() && !out.needles) return out;
  for (const auto& concern : summary.concerns)
    for (const auto& view : grids)
      if (view.grid.topic == concern) {
        // Row order follows the grid; when only needles matter, no rows are kept.
        GridView picked{view.title, narrow_grid(view.grid, rows, {})};
        if (rows.empty()) picked.grid.rows.clear();
        out.grids.push_back(std::move(picked));
      }
  return out;
}

}  // namespace skincare
