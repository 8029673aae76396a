// "What matters to you": for each chosen concern, the grid rows a person
// picked in the questionnaire's values question, with microneedling beside
// the other options. Which question and which value picks which row are
// content (grid-rows.yaml); this file only follows them. Never changes a verdict.
#pragma once

#include <string>
#include <vector>

#include "content/grid.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/questionnaire.h"
#include "render/grid_views.h"

namespace skincare {

struct WhatMatters {
  std::vector<std::string> chosen;  // the values picked, in questionnaire order
  bool needles = false;             // the needles value was picked: show each option's `needles`
  std::vector<GridView> grids;      // one per chosen concern with a grid: picked rows, every option
  // True when there is something to show.
  bool shown() const { return !chosen.empty() && !grids.empty(); }
};

// The first step of what_matters(): the values picked and what they pick,
// without copying any grid (a batch's JSON joins prepared parts instead).
struct MattersPick {
  const std::vector<std::string>* chosen = nullptr;  // the summary's answer; null when not given
  bool needles = false;
  std::vector<std::string> rows;   // ids of the grid rows the values pick, in value order
  std::vector<std::size_t> grids;  // indices into `grids` of the concerns' grids; empty when nothing is picked
};

// The labels of the chosen values, as the questionnaire words them.
std::vector<std::string> chosen_labels(const Questionnaire& questionnaire, const GridLayout& layout,
                                       const WhatMatters& matters);

// `grids` are the concern topics' grids by topic id, with their titles.
MattersPick pick_what_matters(const Questionnaire& questionnaire, const GridLayout& layout,
                              const std::vector<GridView>& grids, const Summary& summary);
WhatMatters what_matters(const Questionnaire& questionnaire, const GridLayout& layout,
                         const std::vector<GridView>& grids, const Summary& summary);

}  // namespace skincare
