// One option grid's JSON (write_grid_json) cut into the part before its
// rows and one part per row, so that the grid narrowed to some rows is
// written by joining parts. "What matters" shows a narrowed grid in every
// result of a batch; the parts are written once, by the grid writer itself.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "content/grid.h"

namespace skincare {

class GridJsonParts {
 public:
  GridJsonParts(const Grid& grid, const std::string& title);

  // Appends the grid as write_grid_json writes narrow_grid(grid, rows, {})
  // for a non-empty `rows`, and the grid without rows for an empty one.
  void write(std::string& out, const std::vector<std::string>& rows) const;

 private:
  std::string head_;                                       // {"topic":..,"options":[..],"rows":[
  std::vector<std::pair<std::string, std::string>> rows_;  // per row, in grid order: its id and its object
};

}  // namespace skincare
