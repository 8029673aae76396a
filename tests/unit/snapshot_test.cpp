#include "content/snapshot.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "content/content_tree.h"
#include "content/topic_parser.h"
#include "content_test_support.h"

using skincare::Bibliography;
using skincare::Source;
using skincare::Topic;

namespace {

Topic condition() { return skincare::parse_topic(skincare::test::kConditionYaml, "topics/acne-scars.yaml"); }

Bibliography bibliography() { return skincare::parse_bibliography(skincare::test::kSourcesYaml, "sources.yaml"); }

}  // namespace

TEST_CASE("a condition topic read back from its snapshot equals the parsed original") {
  const Topic original = condition();
  skincare::test::check_same_topic(skincare::topic_from_snapshot(skincare::snapshot_of(original)), original);
}

TEST_CASE("a topic read back without its prose keeps its title, microneedling block and grid, and nothing else") {
  const Topic original = condition();
  REQUIRE(original.microneedling.has_value());
  REQUIRE_FALSE(original.sections.empty());
  const Topic outline = skincare::topic_from_snapshot(skincare::snapshot_of(original), skincare::TopicParts::outline);
  CHECK(outline.id == original.id);
  CHECK(outline.kind == original.kind);
  CHECK(outline.title == original.title);
  REQUIRE(outline.microneedling.has_value());
  CHECK(outline.microneedling->can == original.microneedling->can);
  CHECK(outline.microneedling->sources == original.microneedling->sources);
  CHECK(outline.grid.has_value() == original.grid.has_value());
  CHECK(outline.summary.empty());
  CHECK(outline.reviewed.empty());
  CHECK(outline.aliases.empty());
  CHECK(outline.sections.empty());
  CHECK(outline.alternatives.empty());
  CHECK(outline.risks.empty());
  const skincare::ContentTree embedded = skincare::ContentTree::embedded();
  for (const auto& id : embedded.topics().entries()) {
    const Topic whole = embedded.topic(id.id);
    const Topic part = embedded.topic_outline(id.id);
    CHECK(part.title == whole.title);
    CHECK(part.grid.has_value() == whole.grid.has_value());
    if (whole.grid) CHECK(part.grid->sources() == whole.grid->sources());
    const Topic gridless = embedded.topic_outline(id.id, false);
    CHECK_FALSE(gridless.grid.has_value());
    CHECK(gridless.microneedling.has_value() == whole.microneedling.has_value());
    const Topic prose = embedded.topic(id.id, false);  // whole but the grid
    CHECK_FALSE(prose.grid.has_value());
    CHECK(prose.summary == whole.summary);
    CHECK(prose.sections.size() == whole.sections.size());
    CHECK(prose.risks == whole.risks);
    CHECK(prose.alternatives.size() == whole.alternatives.size());
    CHECK(prose.sources() == whole.sources());
  }
}

TEST_CASE("a fact topic without a microneedling block reads back without one") {
  const Topic original = skincare::parse_topic(skincare::test::kFactYaml, "topics/aftercare.yaml");
  const Topic copy = skincare::topic_from_snapshot(skincare::snapshot_of(original));
  CHECK_FALSE(copy.microneedling.has_value());
  skincare::test::check_same_topic(copy, original);
}

TEST_CASE("a topic snapshot keeps empty strings, NUL bytes and UTF-8 exactly") {
  Topic original;
  original.id = std::string("a\0b", 3);
  original.title = "Caf\xC3\xA9 \xE6\x97\xA5";
  original.sections.push_back({"", {"", "p"}, {}, {}});
  original.alternatives.push_back({"", ""});
  const Topic copy = skincare::topic_from_snapshot(skincare::snapshot_of(original));
  CHECK(copy.id.size() == 3);
  skincare::test::check_same_topic(copy, original);
}

TEST_CASE("a bibliography or source read back from its snapshot equals the parsed original, even when empty") {
  const Bibliography original = bibliography();
  skincare::test::check_same_bibliography(skincare::bibliography_from_snapshot(skincare::snapshot_of(original)),
                                          original);
  const Source first = bibliography().all()[0];
  skincare::test::check_same_source(skincare::source_from_snapshot(skincare::snapshot_of(first)), first);
  CHECK(skincare::bibliography_from_snapshot(skincare::snapshot_of(Bibliography())).all().empty());
}

TEST_CASE("a lazy bibliography finds, lists and reads the same sources as the parsed original") {
  const Bibliography original = bibliography();
  const std::string snapshot = skincare::snapshot_of(original);
  const Bibliography lazy = skincare::lazy_bibliography_from_snapshot(snapshot);
  CHECK(lazy.ids() == original.ids());
  for (const auto& id : original.ids()) {
    CAPTURE(id);
    const Source* found = lazy.find(id);
    REQUIRE(found != nullptr);
    skincare::test::check_same_source(*found, *original.find(id));
    CHECK(lazy.find(id) == found);  // decoded once, and a copy shares it
    CHECK(Bibliography(lazy).find(id) == found);
  }
  CHECK(lazy.find("no-such-source") == nullptr);
  skincare::test::check_same_bibliography(skincare::lazy_bibliography_from_snapshot(snapshot), original);
  CHECK(skincare::lazy_bibliography_from_snapshot(skincare::snapshot_of(Bibliography())).all().empty());
  CHECK_THROWS_AS((void)skincare::lazy_bibliography_from_snapshot(snapshot + "x"), std::runtime_error);
}

TEST_CASE("every truncated topic, bibliography or source snapshot is rejected as a runtime error") {
  const std::string snapshot = skincare::snapshot_of(condition());
  for (std::size_t size = 0; size < snapshot.size(); size += 7) {
    CAPTURE(size);
    CHECK_THROWS_AS((void)skincare::topic_from_snapshot(std::string_view(snapshot).substr(0, size)),
                    std::runtime_error);
  }
  const std::string whole = skincare::snapshot_of(bibliography());
  CHECK_THROWS_AS((void)skincare::bibliography_from_snapshot(std::string_view(whole).substr(0, whole.size() - 1)),
                  std::runtime_error);
  const std::string source = skincare::snapshot_of(bibliography().all()[0]);
  CHECK_THROWS_AS((void)skincare::source_from_snapshot(std::string_view(source).substr(0, source.size() / 2)),
                  std::runtime_error);
}

TEST_CASE("a snapshot with trailing bytes is rejected as a runtime error") {
  CHECK_THROWS_AS((void)skincare::topic_from_snapshot(skincare::snapshot_of(condition()) + "x"), std::runtime_error);
  CHECK_THROWS_AS((void)skincare::bibliography_from_snapshot(skincare::snapshot_of(bibliography()) + "x"),
                  std::runtime_error);
}

TEST_CASE("a snapshot whose list count is impossibly large is rejected as a runtime error") {
  // A source list claiming 0xFFFFFFFF entries in a few bytes: malformed, not a reason to allocate.
  const std::string corrupt("\xFF\xFF\xFF\xFF", 4);
  CHECK_THROWS_AS((void)skincare::bibliography_from_snapshot(corrupt), std::runtime_error);
  // A topic whose alias count is corrupted the same way.
  std::string topic = skincare::snapshot_of(Topic());
  // Five empty texts (4 bytes each) come first, then the alias count.
  REQUIRE(topic.size() > 24);
  topic.replace(20, 4, corrupt);
  CHECK_THROWS_AS((void)skincare::topic_from_snapshot(topic), std::runtime_error);
}

TEST_CASE("the embedded grid rows read back from their snapshot equal grid-rows.yaml parsed") {
  const skincare::GridLayout parsed =
      skincare::ContentTree::from_directory(SKINCARE_SOURCE_DIR "/content").grid_layout();
  const skincare::GridLayout embedded = skincare::ContentTree::embedded().grid_layout();
  REQUIRE_FALSE(parsed.rows.empty());
  REQUIRE(embedded.rows.size() == parsed.rows.size());
  for (std::size_t i = 0; i < parsed.rows.size(); ++i) {
    CHECK(embedded.rows[i].id == parsed.rows[i].id);
    CHECK(embedded.rows[i].label == parsed.rows[i].label);
    CHECK(embedded.rows[i].question == parsed.rows[i].question);
    CHECK(embedded.rows[i].matters == parsed.rows[i].matters);
  }
  CHECK(embedded.question == parsed.question);
  CHECK(embedded.needles_value == parsed.needles_value);
  const skincare::GridLayout copy = skincare::grid_layout_from_snapshot(skincare::snapshot_of(parsed));
  CHECK(copy.rows.size() == parsed.rows.size());
  CHECK_THROWS_AS((void)skincare::grid_layout_from_snapshot(skincare::snapshot_of(parsed) + "x"), std::runtime_error);
}
