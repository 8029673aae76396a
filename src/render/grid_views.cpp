// The four writers of option grids. Text: a table when every option column
// can be at least kMinGridColumn wide, else one option after another.
#include "render/grid_views.h"

#include <algorithm>

#include "render/content_views.h"
#include "base/json_writer.h"
#include "render/markdown_text.h"
#include "render/text_layout.h"
#include "base/escape.h"

namespace skincare {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string cell_text(const GridCell& cell) {
  std::string text = escape_controls(cell.text);
  if (!cell.sources.empty()) text += " [" + escape_controls(joined(cell.sources)) + "]";
  return text;
}

// Lines of `text` wrapped to `width` (no trailing newlines).
std::vector<std::string> wrapped_lines(const std::string& text, int width) {
  std::vector<std::string> lines;
  const std::string block = wrap(text, width, "", "");
  std::size_t start = 0;
  while (start < block.size()) {
    const auto end = block.find('\n', start);
    lines.push_back(block.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

std::string pad(const std::string& text, std::size_t width) {
  const std::size_t used = display_width(text);
  return text + std::string(used < width ? width - used : 0, ' ');
}

std::vector<std::string> ordered_sources(const std::vector<GridView>& grids) {
  std::vector<std::string> ids;
  for (const auto& view : grids)
    for (const auto& id : view.grid.sources())
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

}  // namespace

namespace text_view {

std::string grid(const GridView& view, int width, const TerminalStyle& style) {
  const Painter p(style);
  const Grid& g = view.grid;
  std::string out = p.bold(wrap(escape_controls(view.title) + ": the options side by side", width, "", "  "));
  std::size_t label_width = 0;
  for (const auto& row : g.rows) label_width = std::max(label_width, display_width(row.label));
  const std::size_t columns = g.options.size();
  const int separators = static_cast<int>(columns) * 3;  // " | " before each option column
  const int column =
      columns == 0 ? 0 : (width - static_cast<int>(label_width) - separators) / static_cast<int>(columns);

  if (column >= kMinGridColumn) {
    const auto line_of = [&](const std::vector<std::vector<std::string>>& cells, const std::string& label) {
      std::size_t height = 1;
      for (const auto& c : cells) height = std::max(height, c.size());
      std::string lines;
      for (std::size_t i = 0; i < height; ++i) {
        std::string line = pad(i == 0 ? label : "", label_width);
        for (const auto& c : cells) line += " | " + pad(i < c.size() ? c[i] : "", static_cast<std::size_t>(column));
        while (!line.empty() && line.back() == ' ') line.pop_back();
        lines += line + "\n";
      }
      return lines;
    };
    std::vector<std::vector<std::string>> head;
    for (const auto& o : g.options) head.push_back(wrapped_lines(escape_controls(o.label), column));
    out += "\n" + p.bold(line_of(head, ""));
    const std::string rule(static_cast<std::size_t>(width), '-');
    for (const auto& row : g.rows) {
      out += rule + "\n";
      std::vector<std::vector<std::string>> cells;
      for (const auto& cell : row.cells) cells.push_back(wrapped_lines(cell_text(cell), column));
      out += line_of(cells, row.label);
    }
    out += rule + "\n";
    bool notes = false;
    for (const auto& o : g.options) {
      if (o.note.empty()) continue;
      if (!notes) out += "\n";
      notes = true;
      out += wrap(escape_controls(o.label) + ": " + escape_controls(o.note), width, "  ", "    ");
    }
  } else {
    for (std::size_t i = 0; i < columns; ++i) {
      const GridOption& o = g.options[i];
      out += "\n" + p.bold(wrap(escape_controls(o.label), width, "", "  "));
      if (!o.note.empty()) out += wrap(escape_controls(o.note), width, "  ", "  ");
      for (const auto& row : g.rows)
        out += wrap(row.label + ": " + cell_text(row.cells[i]), width, "  ", "    ");
    }
  }
  out += "\n";
  for (const auto& row : g.rows) out += p.dim(wrap(row.label + ": " + row.question, width, "", "  "));
  return out;
}

}  // namespace text_view

namespace markdown_view {

namespace {
std::string md(std::string_view text) { return markdown_inline(text); }
}  // namespace

std::string grid(const GridView& view) {
  const Grid& g = view.grid;
  std::string out = "| |";
  for (const auto& o : g.options) out += " " + md(o.label) + " |";
  out += "\n|---|";
  for (std::size_t i = 0; i < g.options.size(); ++i) out += "---|";
  out += "\n";
  for (const auto& row : g.rows) {
    out += "| **" + md(row.label) + "** |";
    for (const auto& cell : row.cells) {
      out += " " + md(cell.text);
      if (!cell.sources.empty()) {
        std::string ids;
        for (const auto& id : cell.sources) ids += (ids.empty() ? "" : ", ") + ("`" + md(id) + "`");
        out += " (" + ids + ")";
      }
      out += " |";
    }
    out += "\n";
  }
  out += "\n";
  for (const auto& row : g.rows) out += "- **" + md(row.label) + ":** " + md(row.question) + "\n";
  for (const auto& o : g.options)
    if (!o.note.empty()) out += "- *" + md(o.label) + ":* " + md(o.note) + "\n";
  return out;
}

}  // namespace markdown_view

void write_grid_json(JsonWriter& json, const Grid& grid, const std::string& title) {
  json.begin_object().field("topic", grid.topic).field("title", title);
  json.key("options").begin_array();
  for (const auto& o : grid.options) {
    json.begin_object().field("id", o.id).field("label", o.label);
    if (!o.note.empty()) json.field("note", o.note);
    json.field("needles", o.needles).end_object();
  }
  json.end_array().key("rows").begin_array();
  for (const auto& row : grid.rows) {
    json.begin_object().field("id", row.id).field("label", row.label).field("question", row.question);
    json.key("cells").begin_object();
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const GridCell& cell = row.cells[i];
      json.key(grid.options[i].id).begin_object().field("text", cell.text).field("sources", cell.sources);
      json.field("unknown", cell.unknown).end_object();
    }
    json.end_object().end_object();
  }
  json.end_array().end_object();
}

std::string render_grids(const std::vector<GridView>& grids, const Bibliography& bibliography,
                         const std::string& disclaimer, const RenderOptions& options) {
  const std::vector<std::string> ids = ordered_sources(grids);
  std::string out;
  switch (options.format) {
    case Format::json: {
      JsonWriter json(out);
      json.begin_object().field("schema", "skincare.grid/1").key("grids").begin_array();
      for (const auto& view : grids) write_grid_json(json, view.grid, view.title);
      json.end_array().key("references").begin_array();
      for (const auto& id : ids)
        if (const Source* s = bibliography.find(id))
          json.begin_object().field("id", s->id).field("reference", reference_text(*s)).field("links", s->links())
              .end_object();
      json.end_array().field("disclaimer", disclaimer).end_object();
      out += "\n";
      return out;
    }
    case Format::markdown: {
      for (const auto& view : grids) {
        out += (out.empty() ? "" : "\n") + ("# " + markdown_view::md(view.title) + ": the options side by side\n\n");
        out += markdown_view::grid(view);
      }
      if (!ids.empty()) {
        out += "\n## Sources\n\n";
        for (const auto& id : ids) {
          const Source* s = bibliography.find(id);
          out += "- `" + markdown_view::md(id) + "` " + (s ? markdown_view::md(reference_text(*s)) : "") + "\n";
        }
      }
      out += "\n*" + markdown_view::md(disclaimer) + "*\n";
      return out;
    }
    case Format::html:
      return html_view::grids(grids, bibliography, disclaimer);
    case Format::text:
    case Format::csv:   // compare offers neither: text is the fallback
    case Format::fhir:
      break;
  }
  const Painter p(options.style);
  for (const auto& view : grids) out += (out.empty() ? "" : "\n") + text_view::grid(view, p.width(), options.style);
  if (!ids.empty()) {
    out += "\n" + p.bold("Sources") + "\n";
    for (const auto& id : ids) {
      const Source* s = bibliography.find(id);
      out += wrap(escape_controls(id) + "  " + (s ? escape_controls(reference_text(*s)) : std::string()), p.width(),
                  "  ", "      ");
    }
  }
  out += "\n" + p.dim(wrap(escape_controls(disclaimer), p.width(), "", ""));
  return out;
}

}  // namespace skincare
