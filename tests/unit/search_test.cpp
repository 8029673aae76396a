#include "content/search.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "render/content_views.h"

using skincare::SearchHit;
using skincare::search_topics;
using skincare::search_words;
using skincare::Section;
using skincare::Topic;

using Strings = std::vector<std::string>;

namespace {

Topic make_topic(std::string id, std::string title, std::string summary, std::vector<Section> sections,
                 Strings aliases = {}) {
  Topic t;
  t.id = std::move(id);
  t.kind = "fact";
  t.title = std::move(title);
  t.summary = std::move(summary);
  t.sections = std::move(sections);
  t.aliases = std::move(aliases);
  return t;
}

Section prose(std::string heading, std::string paragraph) { return Section{std::move(heading), {std::move(paragraph)}, {}, {}}; }

Strings ids_of(const std::vector<SearchHit>& hits) {
  Strings ids;
  for (const auto& hit : hits) ids.push_back(hit.topic);
  return ids;
}

bool contains_word(const std::string& text, const std::string& word) {
  for (const auto& token : search_words(text))
    if (token.rfind(word, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("search words are lower-case runs of letters, digits and non-ASCII bytes, with apostrophes dropped") {
  CHECK(search_words("Acne-Scars, 2 Sessions!") == Strings{"acne", "scars", "2", "sessions"});
  CHECK(search_words("   ").empty());
  CHECK(search_words("") .empty());
  CHECK(search_words("Crow's feet") == Strings{"crows", "feet"});
  CHECK(search_words("café au lait") == Strings{"café", "au", "lait"});
}

TEST_CASE("title and alias hits outrank body hits, and summary hits outrank prose hits") {
  const std::vector<Topic> topics{
      make_topic("body", "Aftercare", "After a session.", {prose("Healing", "Expect redness for a day.")}),
      make_topic("title", "Redness", "Why skin turns pink.", {prose("Causes", "Blood flow rises.")}),
  };
  const auto hits = search_topics(topics, {"redness"});
  REQUIRE(hits.size() == 2);
  CHECK(ids_of(hits) == Strings{"title", "body"});
  CHECK(hits[0].score > hits[1].score);
  const std::vector<Topic> aliased{
      make_topic("body", "Procedure", "What happens.", {prose("Before", "A numbing cream is used.")}),
      make_topic("alias", "Comfort", "How it feels.", {prose("Pain", "It stings a little.")}, {"numbing"}),
  };
  CHECK(ids_of(search_topics(aliased, {"numbing"})) == Strings{"alias", "body"});
  const std::vector<Topic> summarised{
      make_topic("prose", "A", "Nothing here.", {prose("H", "Collagen grows back.")}),
      make_topic("summary", "B", "Collagen is a protein.", {prose("H", "Nothing here.")}),
  };
  CHECK(ids_of(search_topics(summarised, {"collagen"})) == Strings{"summary", "prose"});
}

TEST_CASE("every query word must occur in a topic for it to match") {
  const std::vector<Topic> topics{
      make_topic("both", "Scars", "Acne leaves scars.", {prose("H", "Text.")}),
      make_topic("one", "Acne", "Spots.", {prose("H", "Text.")}),
  };
  CHECK(ids_of(search_topics(topics, {"acne", "scars"})) == Strings{"both"});
  CHECK(ids_of(search_topics(topics, {"acne scars"})) == Strings{"both"});
}

TEST_CASE("a query that matches nothing, or has no words, gives no hits") {
  const std::vector<Topic> topics{make_topic("a", "Acne", "Spots.", {prose("H", "Text.")})};
  CHECK(search_topics(topics, {"tattoo"}).empty());
  CHECK(search_topics(topics, {}).empty());
  CHECK(search_topics(topics, {"!!", " "}).empty());
  CHECK(search_topics({}, {"acne"}).empty());
}

TEST_CASE("query words match case-insensitively and at the start of words only") {
  const std::vector<Topic> topics{make_topic("a", "Title", "Summary.", {prose("H", "Scarring can follow ACNE.")})};
  CHECK(search_topics(topics, {"SCAR"}).size() == 1);
  CHECK(search_topics(topics, {"acne"}).size() == 1);
  CHECK(search_topics(topics, {"carring"}).empty());
}

TEST_CASE("a hit's snippet is the sentence around the match and names its section") {
  const std::vector<Topic> topics{make_topic(
      "a", "Title", "A short summary.",
      {prose("Intro", "Nothing relevant here."), prose("Healing", "Skin heals fast. Redness fades in three days. Done.")})};
  const auto hits = search_topics(topics, {"redness"});
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].topic == "a");
  CHECK(hits[0].title == "Title");
  CHECK(hits[0].section == "Healing");
  CHECK(hits[0].snippet == "Redness fades in three days.");
  CHECK(contains_word(hits[0].snippet, "redness"));
}

TEST_CASE("the snippet prefers the sentence with the most distinct query words") {
  const std::vector<Topic> topics{make_topic(
      "a", "Title", "Summary.",
      {prose("One", "Sun exposure matters."), prose("Two", "Avoid sun after needling, since healing skin burns.")})};
  const auto hits = search_topics(topics, {"sun", "healing"});
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].section == "Two");
  CHECK(contains_word(hits[0].snippet, "sun"));
  CHECK(contains_word(hits[0].snippet, "healing"));
}

TEST_CASE("hits with equal scores keep the order of the topics") {
  const std::vector<Topic> topics{
      make_topic("z", "Zeta", "Needles.", {prose("H", "Text.")}),
      make_topic("a", "Alpha", "Needles.", {prose("H", "Text.")}),
  };
  const auto hits = search_topics(topics, {"needles"});
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].score == hits[1].score);
  CHECK(ids_of(hits) == Strings{"z", "a"});
}

TEST_CASE("microneedling expectations, alternatives and risks are searched too") {
  Topic t = make_topic("c", "Cond", "S.", {prose("H", "Text.")});
  t.microneedling = skincare::Expectation{"strong", "Two trials", "Three sessions", "Months", {"Softens dents"}, {"Erase pits"}, {}, {}};
  t.alternatives.push_back({"Laser", "Costs more"});
  t.risks.push_back("Infection is rare");
  const std::vector<Topic> topics{t};
  CHECK(search_topics(topics, {"dents"}).size() == 1);
  CHECK(search_topics(topics, {"laser"}).size() == 1);
  CHECK(search_topics(topics, {"infection"}).size() == 1);
  CHECK(search_topics(topics, {"months"}).size() == 1);
}

TEST_CASE("a match in a topic's fixed parts names the heading that explain prints above them") {
  Topic t = make_topic("c", "Cond", "S.", {prose("H", "Text.")});
  t.kind = "condition";
  t.microneedling = skincare::Expectation{"strong", "Two trials", "Three sessions", "Months", {"Softens dents"}, {"Erase pits"}, {"Sunburn first"}, {}};
  t.alternatives.push_back({"Laser", "Costs more"});
  t.risks.push_back("Infection is rare");
  const std::vector<Topic> topics{t};
  skincare::RenderOptions text;
  text.style = skincare::TerminalStyle{false, 1000};
  const std::string explained = skincare::render_topics(topics, skincare::Bibliography(), text);
  for (const char* word : {"dents", "pits", "sunburn", "sessions", "laser", "infection"}) {
    CAPTURE(word);
    const auto hits = search_topics(topics, {word});
    REQUIRE(hits.size() == 1);
    REQUIRE_FALSE(hits[0].section.empty());
    CHECK(explained.find("\n" + hits[0].section + "\n") != std::string::npos);
  }
  CHECK(search_topics(topics, {"dents"})[0].section == "What to expect from microneedling");
}
