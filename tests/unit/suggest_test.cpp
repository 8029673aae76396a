#include "base/suggest.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using skincare::closest_names;
using skincare::did_you_mean;
using skincare::edit_distance;

TEST_CASE("edit distance counts insertions, deletions and substitutions, the same in both directions") {
  CHECK(edit_distance("acne", "acne") == 0);
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "scar") == 4);
  CHECK(edit_distance("scar", "scars") == 1);  // insertion
  CHECK(edit_distance("scars", "scar") == 1);  // deletion
  CHECK(edit_distance("scar", "star") == 1);   // substitution
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("microneedling", "microneedle") == edit_distance("microneedle", "microneedling"));
  CHECK(edit_distance("abc", "cab") == edit_distance("cab", "abc"));
}

TEST_CASE("edit distance counts a swap of adjacent letters as a single edit") {
  CHECK(edit_distance("title", "titel") == 1);
  CHECK(edit_distance("ab", "ba") == 1);
  CHECK(edit_distance("wrinkles", "wrinkels") == 1);
}

TEST_CASE("closest names puts the nearest candidate first and never repeats a name") {
  const std::vector<std::string> keys{"heading", "text", "items", "sources"};
  const auto names = closest_names("sorces", keys);
  REQUIRE_FALSE(names.empty());
  CHECK(names.front() == "sources");
  CHECK(closest_names("scar", {"scarz", "scar", "scarves"}) == std::vector<std::string>{"scar", "scarz", "scarves"});
  CHECK(closest_names("textur", {"texture", "texture", "textures"}) ==
        std::vector<std::string>{"texture", "textures"});
}

TEST_CASE("closest names returns at most the requested number of suggestions, and none when nothing is close") {
  const std::vector<std::string> candidates{"cat", "bat", "hat", "mat", "rat"};
  CHECK(closest_names("fat", candidates, 2).size() == 2);
  CHECK(closest_names("fat", candidates, 1).size() == 1);
  CHECK(closest_names("fat", candidates).size() == 3);
  CHECK(closest_names("zzzzzz", {"acne-scars", "wrinkles", "hair-loss"}).empty());
  CHECK(closest_names("anything", {}).empty());
}

TEST_CASE("closest names treats a typed prefix of a long name as close") {
  CHECK(closest_names("hyperpig", {"hyperpigmentation", "hair-loss"}) ==
        std::vector<std::string>{"hyperpigmentation"});
}

TEST_CASE("did you mean quotes one, two or three suggestions in readable English, or nothing") {
  CHECK(did_you_mean({}) == "");
  CHECK(did_you_mean({"title"}) == " (did you mean 'title'?)");
  CHECK(did_you_mean({"a", "b"}) == " (did you mean 'a' or 'b'?)");
  CHECK(did_you_mean({"a", "b", "c"}) == " (did you mean 'a', 'b' or 'c'?)");
}
