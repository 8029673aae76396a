// Reads the grid layout (content/grid-rows.yaml) and one option grid
// (content/grids/<topic-id>.yaml) into the model of content/grid.h, or
// throws a DataError at the first problem: a missing row, option or cell, a
// cell with neither sources nor `unknown: true`, an unknown key.
#pragma once

#include <string>
#include <string_view>

#include "content/grid.h"
#include "content/topic.h"

namespace skincare {

inline constexpr const char* kGridLayoutPath = "grid-rows.yaml";
inline constexpr const char* kFirstOption = "microneedling";
inline constexpr const char* kLastOption = "no-treatment";

GridLayout parse_grid_layout(std::string_view yaml_text, const std::string& file);

// `topic` is the condition the grid belongs to: its id must match the
// grid's `topic`, and a `from_topic: true` cell takes its text from the
// topic's evidence grade (one declaration of the grade).
Grid parse_grid(std::string_view yaml_text, const std::string& file, const GridLayout& layout, const Topic& topic);

// The text of a `from_topic` evidence cell: the grade and its reason.
std::string grade_text(const Expectation& expectation);

}  // namespace skincare
