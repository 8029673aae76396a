#include "content/suggest.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using skincare::closest_names;
using skincare::did_you_mean;
using skincare::edit_distance;

TEST_CASE("edit distance is zero for equal words and the length of the other word when one is empty") {
  CHECK(edit_distance("acne", "acne") == 0);
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "scar") == 4);
  CHECK(edit_distance("scar", "") == 4);
}

TEST_CASE("edit distance counts one insertion, deletion or substitution as one edit") {
  CHECK(edit_distance("scar", "scars") == 1);   // insertion
  CHECK(edit_distance("scars", "scar") == 1);   // deletion
  CHECK(edit_distance("scar", "star") == 1);    // substitution
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("edit distance counts a swap of adjacent letters as a single edit") {
  CHECK(edit_distance("title", "titel") == 1);
  CHECK(edit_distance("ab", "ba") == 1);
  CHECK(edit_distance("wrinkles", "wrinkels") == 1);
}

TEST_CASE("edit distance is the same in both directions") {
  const std::vector<std::pair<std::string, std::string>> pairs{
      {"microneedling", "microneedle"}, {"sources", "soruces"}, {"hair-loss", "hairloss"}, {"abc", "cab"}};
  for (const auto& [a, b] : pairs) {
    CAPTURE(a);
    CAPTURE(b);
    CHECK(edit_distance(a, b) == edit_distance(b, a));
  }
}

TEST_CASE("closest names puts the nearest candidate first") {
  const std::vector<std::string> candidates{"heading", "text", "items", "sources"};
  const auto names = closest_names("sorces", candidates);
  REQUIRE_FALSE(names.empty());
  CHECK(names.front() == "sources");
}

TEST_CASE("closest names orders several plausible typos by distance") {
  const std::vector<std::string> candidates{"scarz", "scar", "scarves"};
  const auto names = closest_names("scar", candidates);
  REQUIRE(names.size() >= 2);
  CHECK(names[0] == "scar");
  CHECK(names[1] == "scarz");
}

TEST_CASE("closest names returns nothing when no candidate is close") {
  const std::vector<std::string> candidates{"acne-scars", "wrinkles", "hair-loss"};
  CHECK(closest_names("zzzzzz", candidates).empty());
  CHECK(closest_names("anything", {}).empty());
}

TEST_CASE("closest names returns at most the requested number of suggestions") {
  const std::vector<std::string> candidates{"cat", "bat", "hat", "mat", "rat"};
  CHECK(closest_names("fat", candidates, 2).size() == 2);
  CHECK(closest_names("fat", candidates, 1).size() == 1);
  CHECK(closest_names("fat", candidates).size() == 3);
}

TEST_CASE("closest names treats a typed prefix of a long name as close") {
  const std::vector<std::string> candidates{"hyperpigmentation", "hair-loss"};
  const auto names = closest_names("hyperpig", candidates);
  REQUIRE(names.size() == 1);
  CHECK(names[0] == "hyperpigmentation");
}

TEST_CASE("closest names never suggests the same name twice") {
  const std::vector<std::string> candidates{"texture", "texture", "textures"};
  const auto names = closest_names("textur", candidates);
  CHECK(names == std::vector<std::string>{"texture", "textures"});
}

TEST_CASE("did you mean is empty when there is nothing to suggest") { CHECK(did_you_mean({}) == ""); }

TEST_CASE("did you mean quotes one, two or three suggestions in readable English") {
  CHECK(did_you_mean({"title"}) == " (did you mean 'title'?)");
  CHECK(did_you_mean({"a", "b"}) == " (did you mean 'a' or 'b'?)");
  CHECK(did_you_mean({"a", "b", "c"}) == " (did you mean 'a', 'b' or 'c'?)");
}
