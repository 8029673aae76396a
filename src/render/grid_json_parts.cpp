#include "render/grid_json_parts.h"

#include <algorithm>

#include "base/json_writer.h"
#include "render/grid_views.h"

namespace skincare {

namespace {

constexpr std::string_view kEnd = "]}";  // the end of the rows array and of the grid

std::string grid_json(const Grid& grid, const std::string& title) {
  std::string out;
  JsonWriter json(out);
  write_grid_json(json, grid, title);
  return out;
}

}  // namespace

GridJsonParts::GridJsonParts(const Grid& grid, const std::string& title) {
  // The writer puts the rows last, so a grid is head + rows joined by ',' + "]}".
  Grid narrowed = grid;
  narrowed.rows.clear();
  head_ = grid_json(narrowed, title);
  head_.resize(head_.size() - kEnd.size());
  for (const auto& row : grid.rows) {
    narrowed.rows.assign(1, row);
    const std::string one = grid_json(narrowed, title);
    rows_.emplace_back(row.id, one.substr(head_.size(), one.size() - head_.size() - kEnd.size()));
  }
}

void GridJsonParts::write(std::string& out, const std::vector<std::string>& rows) const {
  out += head_;
  bool first = true;
  for (const auto& [id, json] : rows_) {
    if (std::find(rows.begin(), rows.end(), id) == rows.end()) continue;
    if (!first) out += ',';
    first = false;
    out += json;
  }
  out += kEnd;
}

}  // namespace skincare
