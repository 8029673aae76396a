// `skincare compare --format html`: the option grids as printable tables.
#include <algorithm>

#include "render/grid_views.h"
#include "render/html_page.h"

namespace skincare::html_view {

std::string grids(const std::vector<GridView>& views, const Bibliography& bibliography, const std::string& disclaimer) {
  std::string body;
  std::vector<std::string> ids;
  std::string titles;
  for (const auto& view : views) {
    titles += (titles.empty() ? "" : ", ") + view.title;
    for (const auto& id : view.grid.sources())
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  body += "<h1>" + html_escape(titles) + ": the options side by side</h1>\n";
  for (const auto& view : views) {
    body += "<section class=\"long\">\n<h2>" + html_escape(view.title) + "</h2>\n";
    html_grid_table(body, view);
    body += "</section>\n";
  }
  html_sources(body, ids, bibliography);
  return html_document({titles + ": the options side by side", "", disclaimer, body});
}

}  // namespace skincare::html_view
