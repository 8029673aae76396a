// A grid's JSON joined from prepared parts is byte for byte the grid
// writer's JSON of the narrowed grid, for every choice of rows.
#include "render/grid_json_parts.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "render/grid_views.h"
#include "base/json_writer.h"

using namespace skincare;

namespace {

Grid three_rows() {
  Grid grid;
  grid.topic = "acne-scars";
  grid.options = {{"microneedling", "Microneedling", "", true}, {"laser", "Laser \"fractional\"", "a note", false}};
  for (const char* id : {"improvement", "sessions", "downtime"}) {
    GridRow row{id, std::string("Label of ") + id, "Question\twith a tab?", {}};
    row.cells = {{"About 5 in 10\x1b people", {"alam-2014"}, false}, {"Not known", {}, true}};
    grid.rows.push_back(row);
  }
  return grid;
}

std::string written(const Grid& grid, const std::string& title) {
  std::string out;
  JsonWriter json(out);
  write_grid_json(json, grid, title);
  return out;
}

std::string joined(const GridJsonParts& parts, const std::vector<std::string>& rows) {
  std::string out = "[";
  parts.write(out, rows);
  return out;
}

}  // namespace

TEST_CASE("the parts joined for some rows are the writer's JSON of the grid narrowed to them") {
  const Grid grid = three_rows();
  const GridJsonParts parts(grid, "Acne scars");
  for (const std::vector<std::string>& rows :
       {std::vector<std::string>{"sessions"}, {"downtime", "improvement"}, {"improvement", "sessions", "downtime"},
        {"sessions", "sessions"}, {"unknown-row", "downtime"}}) {
    CAPTURE(rows.size());
    CHECK(joined(parts, rows) == "[" + written(narrow_grid(grid, rows, {}), "Acne scars"));
  }
}

TEST_CASE("the parts joined for no rows are the grid without rows") {
  const Grid grid = three_rows();
  Grid no_rows = grid;
  no_rows.rows.clear();
  CHECK(joined(GridJsonParts(grid, "T"), {}) == "[" + written(no_rows, "T"));
}

TEST_CASE("a grid that has no rows at all still gives its head") {
  Grid grid = three_rows();
  grid.rows.clear();
  CHECK(joined(GridJsonParts(grid, "T"), {"sessions"}) == "[" + written(grid, "T"));
}
