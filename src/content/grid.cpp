#include "content/grid.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "base/suggest.h"
#include "content/topic_index.h"
#include "base/errors.h"
#include "base/escape.h"

namespace skincare {

namespace {

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The id a person meant among `names` (id, label), or a UsageError.
std::string resolve_name(const std::string& name, const std::vector<std::pair<std::string, std::string>>& names,
                         const char* what) {
  const std::string wanted = normalize_topic_name(name);
  std::vector<std::string> known;
  for (const auto& [id, label] : names) {
    if (normalize_topic_name(id) == wanted || normalize_topic_name(label) == wanted) return id;
    known.push_back(id);
  }
  std::string list;
  for (const auto& id : known) list += (list.empty() ? "" : ", ") + id;
  throw UsageError(fmt::format("unknown {} '{}'{}; the {}s are: {}", what, escape_controls(name),
                               did_you_mean(closest_names(lower(name), known, 3)), what, list));
}

}  // namespace

const GridRowSpec* GridLayout::find(const std::string& id) const {
  for (const auto& row : rows)
    if (row.id == id) return &row;
  return nullptr;
}

std::string GridLayout::row_id(const std::string& name) const {
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& row : rows) names.emplace_back(row.id, row.label);
  return resolve_name(name, names, "row");
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

std::string Grid::option_id(const std::string& name) const {
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& option : options) names.emplace_back(option.id, option.label);
  return resolve_name(name, names, "option");
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
