#include "content/topic_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/errors.h"

using skincare::normalize_topic_name;
using skincare::TopicEntry;
using skincare::TopicIndex;

namespace {

TopicIndex sample_index() {
  return TopicIndex({
      {"sessions-and-results", "fact", "Sessions and results", "How many sessions.", {}},
      {"stretch-marks", "condition", "Stretch marks", "Striae.", {"striae", "stretchmarks"}},
      {"aftercare", "fact", "Aftercare", "After a session.", {"after care"}},
      {"acne-scars", "condition", "Acne scars", "Sunken scars.", {"pockmarks", "ice pick scars"}},
      {"fine-lines", "condition", "Fine lines", "Small lines.", {"crow's feet"}},
  });
}

std::vector<std::string> ids_of(const TopicIndex& index) {
  std::vector<std::string> ids;
  for (const auto& entry : index.entries()) ids.push_back(entry.id);
  return ids;
}

}  // namespace

TEST_CASE("normalizing a topic name lower-cases it, turns separators into single dashes and drops apostrophes") {
  CHECK(normalize_topic_name("Acne_Scars") == "acne-scars");
  CHECK(normalize_topic_name("acne  scars") == "acne-scars");
  CHECK(normalize_topic_name("ACNE.scars") == "acne-scars");
  CHECK(normalize_topic_name("acne - _ scars") == "acne-scars");
  CHECK(normalize_topic_name("crow's feet") == "crows-feet");
  CHECK(normalize_topic_name("  wrinkles. ") == "wrinkles");
  CHECK(normalize_topic_name("__") == "");
}

TEST_CASE("the index keeps conditions first, then facts, each sorted by id") {
  const TopicIndex index = sample_index();
  CHECK(ids_of(index) ==
        std::vector<std::string>{"acne-scars", "fine-lines", "stretch-marks", "aftercare", "sessions-and-results"});
}

TEST_CASE("a topic resolves by its id or any of its aliases, in any spelling") {
  const TopicIndex index = sample_index();
  for (const char* name : {"acne-scars", "Acne Scars", "ACNE_SCARS", "acne.scars"}) {
    CAPTURE(name);
    const TopicEntry* entry = index.resolve(name);
    REQUIRE(entry != nullptr);
    CHECK(entry->id == "acne-scars");
  }
    const TopicEntry* by_alias = index.resolve("Ice-Pick Scars");
  REQUIRE(by_alias != nullptr);
  CHECK(by_alias->id == "acne-scars");
  const TopicEntry* without_apostrophe = index.resolve("crows feet");
  REQUIRE(without_apostrophe != nullptr);
  CHECK(without_apostrophe->id == "fine-lines");
  // An exact id wins over another topic's alias with the same spelling.
  const TopicIndex clash({{"wrinkles", "condition", "Wrinkles", "", {}},
                          {"fine-lines", "condition", "Fine lines", "", {"wrinkles"}}});
  REQUIRE(clash.resolve("wrinkles") != nullptr);
  CHECK(clash.resolve("wrinkles")->id == "wrinkles");
}

TEST_CASE("a singular or plural variant of an id or alias resolves to the topic") {
  const TopicIndex index = sample_index();
  const TopicEntry* singular = index.resolve("stretch mark");
  REQUIRE(singular != nullptr);
  CHECK(singular->id == "stretch-marks");
  const TopicEntry* plural_alias = index.resolve("pockmark");
  REQUIRE(plural_alias != nullptr);
  CHECK(plural_alias->id == "acne-scars");
  const TopicEntry* plural = index.resolve("fine line");
  REQUIRE(plural != nullptr);
  CHECK(plural->id == "fine-lines");
}

TEST_CASE("an unknown or empty name resolves to nothing") {
  const TopicIndex index = sample_index();
  CHECK(index.resolve("tattoos") == nullptr);
  CHECK(index.resolve("") == nullptr);
  CHECK(index.resolve("---") == nullptr);
  CHECK(TopicIndex().resolve("acne-scars") == nullptr);
}

TEST_CASE("suggestions for a misspelt id or alias give the closest topic ids") {
  const TopicIndex index = sample_index();
  const auto ids = index.suggestions("acne-scar5");
  REQUIRE_FALSE(ids.empty());
  CHECK(ids.front() == "acne-scars");
  // A misspelt alias suggests the id of the topic that owns it.
  CHECK(index.suggestions("streae") == std::vector<std::string>{"stretch-marks"});
}

TEST_CASE("suggestions name each topic once, at most three, and none for a name far from every topic") {
  const TopicIndex index({{"aa", "fact", "", "", {"ab", "ac"}},
                          {"ad", "fact", "", "", {}},
                          {"ae", "fact", "", "", {}},
                          {"af", "fact", "", "", {}}});
  const auto ids = index.suggestions("ax");
  CHECK(ids.size() == 3);
  for (const auto& id : ids) CHECK(std::count(ids.begin(), ids.end(), id) == 1);
  CHECK(sample_index().suggestions("zzzzzzzzzzzz").empty());
}

TEST_CASE("the id of a topic a person named, or a usage error that suggests the closest and says where to look") {
  const TopicIndex index = sample_index();
  CHECK(index.id_of("Pockmarks") == "acne-scars");
  CHECK_THROWS_WITH_AS(index.id_of("tattoo\x1b"), doctest::Contains("unknown topic 'tattoo\\x1B'"),
                       skincare::UsageError);
  CHECK_THROWS_WITH_AS(index.id_of("wrinkly"), doctest::Contains("; run 'skincare topics' to list them"),
                       skincare::UsageError);
}
