#include "content/grid.h"

#include <algorithm>

namespace skincare {

const GridRowSpec* GridLayout::find(const std::string& id) const {
  for (const auto& row : rows)
    if (row.id == id) return &row;
  return nullptr;
}

const GridRowSpec* GridLayout::row_for_value(const std::string& value) const {
  for (const auto& row : rows)
    if (!row.matters.empty() && row.matters == value) return &row;
  return nullptr;
}

std::vector<std::string> Grid::sources() const {
  std::vector<std::string> ids;
  for (const auto& row : rows)
    for (const auto& cell : row.cells)
      for (const auto& id : cell.sources)
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

std::optional<std::size_t> Grid::option_index(const std::string& id) const {
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].id == id) return i;
  return std::nullopt;
}

const GridRow* Grid::row(const std::string& id) const {
  for (const auto& r : rows)
    if (r.id == id) return &r;
  return nullptr;
}

Grid narrow_grid(const Grid& grid, const std::vector<std::string>& rows, const std::vector<std::string>& options) {
  const auto wanted = [](const std::vector<std::string>& list, const std::string& id) {
    return list.empty() || std::find(list.begin(), list.end(), id) != list.end();
  };
  Grid out;
  out.topic = grid.topic;
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < grid.options.size(); ++i)
    if (wanted(options, grid.options[i].id)) {
      kept.push_back(i);
      out.options.push_back(grid.options[i]);
    }
  for (const auto& row : grid.rows) {
    if (!wanted(rows, row.id)) continue;
    GridRow r{row.id, row.label, row.question, {}};
    for (const auto i : kept) r.cells.push_back(row.cells[i]);
    out.rows.push_back(std::move(r));
  }
  return out;
}

}  // namespace skincare
