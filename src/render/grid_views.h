// Renders option grids (skincare compare) as a text table that fits the
// terminal (or one option after another when it cannot), a markdown table,
// JSON (skincare.grid/1) or a printable HTML page.
#pragma once

#include <string>
#include <vector>

#include "content/bibliography.h"
#include "content/grid.h"
#include "render/format.h"

namespace skincare {

std::string render_grids(const std::vector<GridView>& grids, const Bibliography& bibliography,
                         const std::string& disclaimer, const RenderOptions& options);

// The narrowest column an option gets in the text table before the text
// view falls back to one option after another.
inline constexpr int kMinGridColumn = 18;

namespace text_view {
// One grid as a table when `width` allows, else as labelled lines.
std::string grid(const GridView& view, int width, const TerminalStyle& style);
}
namespace html_view {
std::string grids(const std::vector<GridView>&, const Bibliography&, const std::string& disclaimer);
}
namespace markdown_view {
std::string grid(const GridView& view);  // heading-less table plus notes
}

// Appends one grid object of skincare.grid/1 ({"topic", "options", "rows"}).
class JsonWriter;
void write_grid_json(JsonWriter& json, const Grid& grid, const std::string& title);

}  // namespace skincare
