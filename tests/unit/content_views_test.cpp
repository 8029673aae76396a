#include "render/content_views.h"

#include <doctest/doctest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "content/topic_parser.h"
#include "content_test_support.h"
#include "base/escape.h"

using skincare::Bibliography;
using skincare::Format;
using skincare::RenderOptions;
using skincare::Source;
using skincare::Topic;

namespace {

Topic condition() { return skincare::parse_topic(skincare::test::kConditionYaml, "topics/acne-scars.yaml"); }
Topic fact() { return skincare::parse_topic(skincare::test::kFactYaml, "topics/aftercare.yaml"); }
Bibliography bibliography() { return skincare::parse_bibliography(skincare::test::kSourcesYaml, "sources.yaml"); }

RenderOptions options(Format format, bool brief = false) {
  RenderOptions o;
  o.format = format;
  o.brief = brief;
  o.style = skincare::TerminalStyle{false, 80};
  return o;
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Parses `json`, failing the test when it is not valid JSON.
simdjson::dom::element parse(simdjson::dom::parser& parser, const std::string& json) {
  simdjson::dom::element root;
  const auto error = parser.parse(json).get(root);
  REQUIRE_MESSAGE(error == simdjson::SUCCESS, "invalid JSON: ", json);
  return root;
}

std::size_t array_size(simdjson::dom::element root, const char* key) {
  simdjson::dom::array array;
  REQUIRE(root[key].get(array) == simdjson::SUCCESS);
  return array.size();
}

simdjson::dom::element topic_at(simdjson::dom::element root, std::size_t index) {
  simdjson::dom::element topic;
  REQUIRE(root["topics"].at(index).get(topic) == simdjson::SUCCESS);
  return topic;
}

// A topic whose every text field carries an escape sequence.
Topic hostile_topic() {
  Topic t = condition();
  t.id = "evil\x1b]0;title\x07";
  t.title = "Title\x1b[2J";
  t.summary = "Summary\x1b[31m red";
  t.aliases = {"alias\x1b[1m"};
  t.sections[0].heading = "Heading\xC2\x9B";
  t.sections[0].paragraphs = {"Para\x1b[H"};
  t.sections[0].items = {"Item\x1b[K"};
  t.alternatives[0].name = "Alt\x1b[5m";
  t.risks = {"Risk\x1b[0m"};
  return t;
}

}  // namespace

TEST_CASE("JSON topics start with the topics schema and are valid JSON ending in a newline") {
  const std::string out = skincare::render_topics({condition(), fact()}, bibliography(), options(Format::json));
  CHECK(starts_with(out, R"({"schema":"skincare.topics/1")"));
  CHECK(out.back() == '\n');
  simdjson::dom::parser parser;
  auto root = parse(parser, out);
  CHECK(array_size(root, "topics") == 2);
  std::string_view id;
  REQUIRE(root["topics"].at(0)["id"].get(id) == simdjson::SUCCESS);
  CHECK(id == "acne-scars");
}

TEST_CASE("JSON topics carry sections, the microneedling block (null for facts) and each cited reference once") {
  const Topic t = condition();
  const std::string out = skincare::render_topics({t, t}, bibliography(), options(Format::json));
  simdjson::dom::parser parser;
  auto root = parse(parser, out);
  const auto first = topic_at(root, 0);
  CHECK(array_size(first, "sections") == t.sections.size());
  std::string_view evidence;
  REQUIRE(first["microneedling"]["evidence"].get(evidence) == simdjson::SUCCESS);
  CHECK(evidence == t.microneedling->evidence);
  CHECK(array_size(root, "references") == t.sources().size());
  std::string_view reference;
  REQUIRE(root["references"].at(0)["reference"].get(reference) == simdjson::SUCCESS);
  CHECK(reference == skincare::reference_text(*bibliography().find(t.sources()[0])));
  const std::string fact_out = skincare::render_topics({fact()}, bibliography(), options(Format::json));
  simdjson::dom::parser fact_parser;
  auto fact_root = parse(fact_parser, fact_out);
  CHECK(fact_root["topics"].at(0)["microneedling"].is_null());
}

TEST_CASE("brief JSON topics omit sections and references but keep the summary") {
  const Topic t = condition();
  const std::string out = skincare::render_topics({t}, bibliography(), options(Format::json, true));
  CHECK(starts_with(out, R"({"schema":"skincare.topics/1")"));
  simdjson::dom::parser parser;
  auto root = parse(parser, out);
  const auto topic = topic_at(root, 0);
  CHECK(topic["sections"].error() == simdjson::NO_SUCH_FIELD);
  CHECK(root["references"].error() == simdjson::NO_SUCH_FIELD);
  std::string_view summary;
  REQUIRE(topic["summary"].get(summary) == simdjson::SUCCESS);
  CHECK(summary == t.summary);
  CHECK_FALSE(contains(out, t.sections[0].heading));
}

TEST_CASE("markdown topics start with the title as a level-one heading, list cited sources with links and escape markup") {
  const Topic t = condition();
  const Bibliography b = bibliography();
  const std::string out = skincare::render_topics({t}, b, options(Format::markdown));
  CHECK(starts_with(out, "# " + t.title + "\n"));
  CHECK(contains(out, "\n## " + t.sections[0].heading + "\n"));
  CHECK(contains(out, "- " + t.sections[0].items[0] + "\n"));
  CHECK(contains(out, "## Sources"));
  CHECK(contains(out, "`alam-2014`"));
  CHECK(contains(out, "<" + b.find("alam-2014")->links()[0] + ">"));
  Topic marked = fact();
  marked.title = "Use *care* with_pens";
  const std::string escaped = skincare::render_topics({marked}, bibliography(), options(Format::markdown));
  CHECK(starts_with(escaped, "# Use \\*care\\* with\\_pens\n"));
}

TEST_CASE("brief text and markdown topics keep the summary but omit sections") {
  const Topic t = condition();
  const std::string out = skincare::render_topics({t}, bibliography(), options(Format::markdown, true));
  CHECK(starts_with(out, "# " + t.title + "\n"));
  CHECK(contains(out, t.summary));
  CHECK_FALSE(contains(out, "## "));
  CHECK(contains(out, t.microneedling->evidence));
  const std::string text = skincare::render_topics({t}, bibliography(), options(Format::text, true));
  CHECK(contains(text, t.summary));
  CHECK_FALSE(contains(text, t.sections[0].heading));
}

TEST_CASE("text topics show the title, summary and sections without escape codes when colour is off") {
  const Topic t = condition();
  const std::string out = skincare::render_topics({t}, bibliography(), options(Format::text));
  CHECK(starts_with(out, t.title));
  CHECK(contains(out, t.summary));
  CHECK(contains(out, "\n" + t.sections[0].heading + "\n"));
  CHECK_FALSE(contains(out, "\x1b"));
}

TEST_CASE("no format passes an escape sequence from content through to the terminal") {
  for (const Format format : {Format::text, Format::markdown}) {
    CAPTURE(static_cast<int>(format));
    for (const bool brief : {false, true}) {
      CAPTURE(brief);
      const std::string out = skincare::render_topics({hostile_topic()}, bibliography(), options(format, brief));
      CHECK_FALSE(contains(out, "\x1b"));
      CHECK(skincare::find_invalid_utf8(out) == std::string::npos);
      CHECK_FALSE(contains(out, "\x07"));
    }
  }
  const std::string json = skincare::render_topics({hostile_topic()}, bibliography(), options(Format::json));
  CHECK_FALSE(contains(json, "\x1b"));
  simdjson::dom::parser parser;
  (void)parse(parser, json);
}

TEST_CASE("text output wraps to the terminal width") {
  Topic t = fact();
  t.sections[0].paragraphs = {std::string(
      "Keep the skin clean and cool for the first day, avoid make-up, and do not touch the treated area "
      "with unwashed hands while the tiny channels close.")};
  RenderOptions o = options(Format::text);
  o.style.width = 40;
  const std::string out = skincare::render_topics({t}, bibliography(), o);
  // Every indented body line (paragraphs, items, references) fits in 40 columns.
  std::size_t start = 0;
  int body_lines = 0;
  while (start < out.size()) {
    const std::size_t end = std::min(out.find('\n', start), out.size());
    const std::string line = out.substr(start, end - start);
    if (line.rfind("  ", 0) == 0) {
      CAPTURE(line);
      CHECK(line.size() <= 40);
      ++body_lines;
    }
    start = end + 1;
  }
  CHECK(body_lines >= 4);
}

TEST_CASE("reference text formats a full source as authors, title, journal, year and identifiers") {
  Source s;
  s.authors = "Alam M, Han S";
  s.title = "Efficacy of a needling device";
  s.journal = "JAMA Dermatol";
  s.year = "2014";
  s.details = "150(8):844-849";
  s.doi = "10.1001/x";
  s.pmid = "24919799";
  CHECK(skincare::reference_text(s) ==
        "Alam M, Han S. Efficacy of a needling device. JAMA Dermatol. 2014;150(8):844-849. doi:10.1001/x. PMID 24919799.");
}

TEST_CASE("reference text skips missing parts, does not repeat a year the details give, and does not double punctuation") {
  Source s;
  s.authors = "Fernandes D";
  s.title = "Combating photoaging";
  s.journal = "Clin Dermatol";
  s.year = "2008";
  s.details = "2008;26:192-199";
  CHECK(skincare::reference_text(s) == "Fernandes D. Combating photoaging. Clin Dermatol. 2008;26:192-199.");
  Source partial;
  partial.title = "Does microneedling work?";
  partial.year = "2020";
  CHECK(skincare::reference_text(partial) == "Does microneedling work? 2020.");
  Source only_title;
  only_title.title = "A title.";
  CHECK(skincare::reference_text(only_title) == "A title.");
}

TEST_CASE("the topic list has a JSON schema with one entry per topic, and text groups conditions before facts") {
  const skincare::TopicIndex index({{"a", "fact", "A", "Sa", {}}, {"b", "condition", "B", "Sb", {"bee"}}});
  const std::string out = skincare::render_topic_list(index, options(Format::json));
  CHECK(starts_with(out, R"({"schema":"skincare.topic-list/1")"));
  simdjson::dom::parser parser;
  CHECK(array_size(parse(parser, out), "topics") == 2);
  const std::string text = skincare::render_topic_list(index, options(Format::text));
  CHECK(text.find("Skin conditions") < text.find("About microneedling"));
  CHECK(text.find("Sb") < text.find("Sa"));
}

TEST_CASE("search results carry the query, hits and scores in JSON, and markdown starts with the query as a heading") {
  const std::vector<skincare::SearchHit> hits{{"acne-scars", "Acne scars", "What they are", "Snip.", 12}};
  const std::string out = skincare::render_search({"acne"}, hits, options(Format::json));
  CHECK(starts_with(out, R"({"schema":"skincare.search/1")"));
  simdjson::dom::parser parser;
  auto root = parse(parser, out);
  int64_t score = 0;
  REQUIRE(root["results"].at(0)["score"].get(score) == simdjson::SUCCESS);
  CHECK(score == 12);
  CHECK(array_size(root, "query") == 1);
  const std::vector<skincare::SearchHit> one{{"acne-scars", "Acne scars", "", "Snip.", 1}};
  const std::string markdown = skincare::render_search({"acne", "scars"}, one, options(Format::markdown));
  CHECK(starts_with(markdown, "# Search: acne scars\n"));
  CHECK(contains(markdown, "Snip."));
}

TEST_CASE("rendered sources give each source's reference and links in every format") {
  const Bibliography b = bibliography();
  const std::vector<const Source*> list{&b.all()[0], &b.all()[2]};
  for (const Format format : {Format::text, Format::markdown, Format::json}) {
    CAPTURE(static_cast<int>(format));
    const std::string out = skincare::render_sources(list, options(format));
    CHECK(contains(out, b.all()[0].links()[0]));
    CHECK(contains(out, b.all()[2].url));
  }
  const std::string json = skincare::render_sources(list, options(Format::json));
  CHECK(starts_with(json, R"({"schema":"skincare.sources/1")"));
  simdjson::dom::parser parser;
  CHECK(array_size(parse(parser, json), "sources") == 2);
}
