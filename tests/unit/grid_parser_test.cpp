#include "content/grid_parser.h"

#include <doctest/doctest.h>

#include <string>

#include "content/content_tree.h"
#include "content/snapshot.h"
#include "base/errors.h"
#include "content/topic_parser.h"
#include "content_test_support.h"

using skincare::DataError;
using skincare::Grid;
using skincare::GridLayout;

namespace {

const char* const kLayout = R"(question: what_matters
needles_value: no-needles
rows:
  - {id: improvement, label: Improvement, question: "How much better?", matters: big-improvement}
  - {id: evidence, label: Evidence, question: "How good is the evidence?"}
)";

const char* const kGrid = R"(topic: acne-scars
options:
  - {id: microneedling, label: Microneedling, needles: true}
  - {id: filler, label: Filler, note: A gel., needles: true}
  - {id: no-treatment, label: No treatment, needles: false}
rows:
  improvement:
    microneedling: {text: Better., sources: [alam-2014]}
    filler: {text: Lifts scars., sources: [garg-2016]}
    no-treatment: {unknown: true, text: Not known.}
  evidence:
    microneedling: {from_topic: true, sources: [alam-2014]}
    filler: {unknown: true, text: No study.}
    no-treatment: {unknown: true, text: No study.}
)";

GridLayout layout() { return skincare::parse_grid_layout(kLayout, "grid-rows.yaml"); }
skincare::Topic topic() { return skincare::parse_topic(skincare::test::kConditionYaml, "topics/acne-scars.yaml"); }
Grid parse(const std::string& text) { return skincare::parse_grid(text, "grids/acne-scars.yaml", layout(), topic()); }

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::string failure(const std::string& text) {
  try {
    parse(text);
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the grid layout maps what_matters values to rows, and needles to the options") {
  const GridLayout l = layout();
  REQUIRE(l.rows.size() == 2);
  CHECK(l.row_for_value("big-improvement")->id == "improvement");
  CHECK(l.row_for_value("no-needles") == nullptr);
  CHECK(l.needles_value == "no-needles");
  CHECK_THROWS_AS(skincare::parse_grid_layout(replaced(kLayout, "matters: big-improvement", "matters: no-needles"),
                                              "grid-rows.yaml"),
                  DataError);
}

TEST_CASE("a grid reads options in order, one cell per option per row") {
  const Grid grid = parse(kGrid);
  REQUIRE(grid.options.size() == 3);
  CHECK(grid.options[1].note == "A gel.");
  CHECK(grid.options[0].needles);
  CHECK_FALSE(grid.options[2].needles);
  REQUIRE(grid.rows.size() == 2);
  CHECK(grid.rows[0].question == "How much better?");
  CHECK(grid.rows[0].cells[2].unknown);
  CHECK(grid.sources() == std::vector<std::string>{"alam-2014", "garg-2016"});
}

TEST_CASE("the evidence cell for microneedling takes the topic's grade") {
  const Grid grid = parse(kGrid);
  CHECK(grid.rows[1].cells[0].text.find("Strong") == 0);
  CHECK(failure(replaced(kGrid, "filler: {unknown: true, text: No study.}", "filler: {from_topic: true, sources: [x]}"))
            .find("only for the microneedling cell") != std::string::npos);
}

TEST_CASE("a grid refuses missing rows, options and cells, and cells without sources") {
  CHECK(failure(replaced(kGrid, "  evidence:\n", "  evidense:\n")).find("did you mean 'evidence'") !=
        std::string::npos);
  CHECK(failure(replaced(kGrid, "    filler: {text: Lifts scars., sources: [garg-2016]}\n", ""))
            .find("no cell for option 'filler'") != std::string::npos);
  CHECK(failure(replaced(kGrid, "{text: Lifts scars., sources: [garg-2016]}", "{text: Lifts scars.}"))
            .find("needs 'sources'") != std::string::npos);
  CHECK(failure(replaced(kGrid, ", needles: false}", "}")).find("needs 'needles") != std::string::npos);
  CHECK(failure(replaced(kGrid, "needles: false}", "needles: maybe}")).find("true or false") != std::string::npos);
  CHECK(failure(replaced(kGrid, "topic: acne-scars", "topic: wrinkles")).find("does not match") != std::string::npos);
  CHECK(failure(replaced(kGrid, "  - {id: microneedling, label: Microneedling, needles: true}\n", ""))
            .find("first option must be 'microneedling'") != std::string::npos);
  CHECK(failure(replaced(kGrid, "    filler: {unknown: true, text: No study.}\n",
                         "    filler: {unknown: true, text: No study.}\n    laser: {unknown: true, text: x}\n"))
            .find("unknown option 'laser'") != std::string::npos);
}

TEST_CASE("a grid survives the topic snapshot exactly") {
  skincare::Topic t = topic();
  t.grid = parse(kGrid);
  const skincare::Topic copy = skincare::topic_from_snapshot(skincare::snapshot_of(t));
  REQUIRE(copy.grid);
  CHECK(copy.grid->topic == "acne-scars");
  REQUIRE(copy.grid->options.size() == 3);
  CHECK(copy.grid->options[1].note == "A gel.");
  CHECK(copy.grid->options[0].needles);
  REQUIRE(copy.grid->rows.size() == 2);
  CHECK(copy.grid->rows[1].cells[0].text == t.grid->rows[1].cells[0].text);
  CHECK(copy.grid->rows[0].cells[2].unknown);
  CHECK(copy.grid->rows[0].cells[0].sources == std::vector<std::string>{"alam-2014"});
}

TEST_CASE("narrowing keeps the asked rows and options in grid order") {
  const Grid narrow = skincare::narrow_grid(parse(kGrid), {"evidence"}, {"no-treatment", "microneedling"});
  REQUIRE(narrow.options.size() == 2);
  CHECK(narrow.options[0].id == "microneedling");
  REQUIRE(narrow.rows.size() == 1);
  CHECK(narrow.rows[0].cells.size() == 2);
  CHECK(narrow.rows[0].cells[1].text == "No study.");
}

TEST_CASE("rows and options are found by id or label in any spelling; an unknown name lists the known ids") {
  const Grid grid = parse(kGrid);
  CHECK(layout().row_id("Evidence") == "evidence");
  CHECK(grid.option_id("No Treatment") == "no-treatment");
  CHECK(grid.option_id("filler") == "filler");
  CHECK_THROWS_WITH_AS(layout().row_id("evidense"),
                       "unknown row 'evidense' (did you mean 'evidence'?); the rows are: improvement, evidence",
                       skincare::UsageError);
  CHECK_THROWS_WITH_AS(grid.option_id("laser"),
                       doctest::Contains("; the options are: microneedling, filler, no-treatment"), skincare::UsageError);
}

TEST_CASE("the embedded grids are the grids parsed from the content folder") {
  const auto embedded = skincare::ContentTree::embedded();
  const auto on_disk = skincare::ContentTree::from_directory(std::string(SKINCARE_SOURCE_DIR) + "/content");
  CHECK(embedded.grid_paths() == on_disk.grid_paths());
  CHECK(on_disk.grid_paths().size() == 8);
  for (const auto& path : on_disk.grid_paths()) {
    const std::string id = skincare::topic_id_from_path(path);
    CAPTURE(id);
    const auto a = embedded.topic(id).grid;
    const auto b = on_disk.topic(id).grid;
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a->rows.size() == b->rows.size());
    REQUIRE(a->options.size() == b->options.size());
    for (std::size_t r = 0; r < a->rows.size(); ++r)
      for (std::size_t c = 0; c < a->options.size(); ++c) {
        CHECK(a->rows[r].cells[c].text == b->rows[r].cells[c].text);
        CHECK(a->rows[r].cells[c].sources == b->rows[r].cells[c].sources);
        CHECK(a->rows[r].cells[c].unknown == b->rows[r].cells[c].unknown);
      }
  }
}
