#include "content/grid_parser.h"

#include <fmt/format.h>

#include <set>

#include "base/suggest.h"
#include "base/yaml_reader.h"
#include "base/escape.h"

namespace skincare {

namespace {

bool read_bool(const MapReader& map, const char* key, bool fallback) {
  if (!map.has(key)) return fallback;
  const YAML::Node value = map.node(key);
  const std::string text = value.IsScalar() ? value.Scalar() : "";
  if (text == "true") return true;
  if (text == "false") return false;
  throw DataError(map.location(key), fmt::format("'{}' must be true or false", key));
}

GridCell parse_cell(const YAML::Node& node, const std::string& file, const std::string& where, const Topic& topic,
                    const std::string& row, const std::string& option) {
  MapReader map(node, file, where);
  map.allow_only({"text", "sources", "unknown", "from_topic"});
  GridCell cell;
  cell.unknown = read_bool(map, "unknown", false);
  cell.sources = map.string_list("sources");
  if (read_bool(map, "from_topic", false)) {
    if (row != "evidence" || option != kFirstOption || !topic.microneedling)
      throw DataError(map.location("from_topic"),
                      "'from_topic' is only for the microneedling cell of the evidence row (it takes the topic's grade)");
    if (map.has("text"))
      throw DataError(map.location("text"), "a 'from_topic' cell takes its text from the topic; remove 'text'");
    cell.text = grade_text(*topic.microneedling);
  } else {
    cell.text = map.string("text");
  }
  if (!cell.unknown && cell.sources.empty())
    throw DataError(map.location(), fmt::format("{} needs 'sources', or 'unknown: true' with text saying what is not "
                                                "known",
                                                where));
  return cell;
}

}  // namespace

std::string grade_text(const Expectation& expectation) {
  std::string grade = expectation.evidence;
  if (!grade.empty()) grade[0] = static_cast<char>(grade[0] - 'a' + 'A');
  if (expectation.evidence_reason.empty())
    return fmt::format("{} (the grade this tool gives microneedling for this condition).", grade);
  std::string reason = expectation.evidence_reason;
  if (reason.back() != '.') reason += '.';
  return fmt::format("{}: {}", grade, reason);
}

GridLayout parse_grid_layout(std::string_view yaml_text, const std::string& file) {
  const YAML::Node root = parse_yaml(yaml_text, file);
  MapReader map(root, file, "grid layout");
  map.allow_only({"rows", "question", "needles_value"});
  GridLayout layout;
  layout.question = map.string("question");
  layout.needles_value = map.string("needles_value");
  const YAML::Node rows = map.node("rows");
  if (!rows || !rows.IsSequence() || rows.size() == 0)
    throw DataError(map.location("rows"), "the grid layout needs a non-empty list 'rows'");
  std::set<std::string> values{layout.needles_value};
  for (const auto& node : rows) {
    MapReader row(node, file, "grid row");
    row.allow_only({"id", "label", "question", "matters"});
    GridRowSpec spec{row.string("id"), row.string("label"), row.string("question"),
                     row.optional_string("matters").value_or("")};
    if (layout.find(spec.id)) throw DataError(row.location("id"), fmt::format("row '{}' is declared twice", spec.id));
    if (!spec.matters.empty() && !values.insert(spec.matters).second)
      throw DataError(row.location("matters"), fmt::format("the value '{}' already picks another row", spec.matters));
    layout.rows.push_back(std::move(spec));
  }
  return layout;
}

Grid parse_grid(std::string_view yaml_text, const std::string& file, const GridLayout& layout, const Topic& topic) {
  const YAML::Node root = parse_yaml(yaml_text, file);
  MapReader map(root, file, "option grid");
  map.allow_only({"topic", "options", "rows"});
  Grid grid;
  grid.topic = map.string("topic");
  if (grid.topic != topic.id)
    throw DataError(map.location("topic"), fmt::format("grid topic '{}' does not match its file name '{}.yaml'",
                                                       escape_controls(grid.topic), topic.id));
  if (topic.kind != "condition")
    throw DataError(map.location("topic"), fmt::format("topic '{}' is not a condition; only conditions have grids",
                                                       topic.id));

  const YAML::Node options = map.node("options");
  if (!options || !options.IsSequence() || options.size() < 2)
    throw DataError(map.location("options"), "a grid needs a list 'options' of at least two options");
  for (const auto& node : options) {
    MapReader option(node, file, "grid option");
    option.allow_only({"id", "label", "note", "needles"});
    GridOption o;
    o.id = option.string("id");
    o.label = option.string("label");
    o.note = option.optional_string("note").value_or("");
    if (!option.has("needles"))
      throw DataError(option.location(), fmt::format("option '{}' needs 'needles: true' or 'needles: false'", o.id));
    o.needles = read_bool(option, "needles", false);
    if (grid.option_index(o.id)) throw DataError(option.location("id"), fmt::format("option '{}' is listed twice", o.id));
    grid.options.push_back(std::move(o));
  }
  if (grid.options.front().id != kFirstOption)
    throw DataError(location_of(options[0], file), fmt::format("the first option must be '{}'", kFirstOption));
  if (grid.options.back().id != kLastOption)
    throw DataError(location_of(options[options.size() - 1], file),
                    fmt::format("the last option must be '{}'", kLastOption));

  const YAML::Node rows = map.node("rows");
  if (!rows || !rows.IsMap()) throw DataError(map.location("rows"), "a grid needs a mapping 'rows' of row ids to cells");
  std::vector<std::string> row_ids;
  for (const auto& spec : layout.rows) row_ids.push_back(spec.id);
  for (const auto& entry : rows) {
    const std::string id = scalar_text(entry.first, file, "row id");
    if (!layout.find(id))
      throw DataError(location_of(entry.first, file), fmt::format("unknown row '{}'{}", escape_controls(id),
                                                                  did_you_mean(closest_names(id, row_ids, 1))));
  }
  std::vector<std::string> option_ids;
  for (const auto& o : grid.options) option_ids.push_back(o.id);
  for (const auto& spec : layout.rows) {
    const YAML::Node cells = rows[spec.id];
    if (!cells) throw DataError(map.location("rows"), fmt::format("the grid has no row '{}'", spec.id));
    if (!cells.IsMap())
      throw DataError(location_of(cells, file), fmt::format("row '{}' must map option ids to cells", spec.id));
    for (const auto& entry : cells) {
      const std::string id = scalar_text(entry.first, file, "option id");
      if (!grid.option_index(id))
        throw DataError(location_of(entry.first, file),
                        fmt::format("row '{}' has a cell for unknown option '{}'{}", spec.id, escape_controls(id),
                                    did_you_mean(closest_names(id, option_ids, 1))));
    }
    GridRow row{spec.id, spec.label, spec.question, {}};
    for (const auto& option : grid.options) {
      const YAML::Node cell = cells[option.id];
      if (!cell)
        throw DataError(location_of(cells, file),
                        fmt::format("row '{}' has no cell for option '{}'", spec.id, option.id));
      row.cells.push_back(
          parse_cell(cell, file, fmt::format("cell {}/{}", spec.id, option.id), topic, spec.id, option.id));
    }
    grid.rows.push_back(std::move(row));
  }
  return grid;
}

}  // namespace skincare
