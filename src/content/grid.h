// An option grid: for one condition, every option (microneedling first, the
// main alternatives, "no treatment" last) answered against the same rows
// (improvement, sessions, downtime, ...). Written as content in
// content/grids/<topic-id>.yaml; the rows themselves, their questions and
// the "what matters" values that pick them are declared once in
// content/grid-rows.yaml.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace skincare {

// One row as declared in grid-rows.yaml.
struct GridRowSpec {
  std::string id;        // improvement, sessions, ...
  std::string label;     // short heading: "Improvement"
  std::string question;  // "How much better does it get, and for how many people?"
  std::string matters;   // the what_matters value that picks this row, or empty
};

// Every grid's rows, in order, and which what_matters value means "no needles".
struct GridLayout {
  std::vector<GridRowSpec> rows;
  std::string question;       // the questionnaire's values question whose answers pick rows
  std::string needles_value;  // e.g. no-needles: compare the options' `needles`

  const GridRowSpec* find(const std::string& id) const;
  // The id of the row a person named by id or label, in any spelling; an
  // unknown name is a UsageError that lists the row ids.
  std::string row_id(const std::string& name) const;
  // The row a what_matters value picks, or null (also for needles_value).
  const GridRowSpec* row_for_value(const std::string& value) const;
};

struct GridCell {
  std::string text;
  std::vector<std::string> sources;
  bool unknown = false;  // text says plainly what is not known
};

struct GridOption {
  std::string id;
  std::string label;
  std::string note;  // optional
  bool needles = false;  // uses needles or injections
};

struct GridRow {
  std::string id;
  std::string label;
  std::string question;
  std::vector<GridCell> cells;  // one per option, in option order
};

struct Grid {
  std::string topic;
  std::vector<GridOption> options;
  std::vector<GridRow> rows;

  // Every source id the grid cites, in order of first citation.
  std::vector<std::string> sources() const;
  std::optional<std::size_t> option_index(const std::string& id) const;
  // The id of the option a person named by id or label, in any spelling; an
  // unknown name is a UsageError that lists the option ids.
  std::string option_id(const std::string& name) const;
  const GridRow* row(const std::string& id) const;
};

// The grid narrowed to some rows and options (empty lists keep all), in the
// grid's own order. Ids must exist (callers resolve them first).
Grid narrow_grid(const Grid& grid, const std::vector<std::string>& rows, const std::vector<std::string>& options);

// A grid with its condition's title, as compare and the summary show it.
struct GridView {
  std::string title;  // the condition's title, e.g. "Acne scars"
  Grid grid;          // possibly narrowed
};

}  // namespace skincare
