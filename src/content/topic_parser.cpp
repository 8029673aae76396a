#include "content/topic_parser.h"

#include <fmt/format.h>

#include "content/yaml_reader.h"

namespace skincare {

namespace {

Section parse_section(const YAML::Node& node, const std::string& file) {
  MapReader map(node, file, "section");
  map.allow_only({"heading", "text", "items", "sources"});
  Section section;
  section.heading = map.string("heading");
  if (auto text = map.optional_string("text")) section.paragraphs = split_paragraphs(*text);
  section.items = map.string_list("items");
  section.sources = map.string_list("sources");
  if (section.paragraphs.empty() && section.items.empty())
    throw DataError(map.location(), fmt::format("section '{}' needs 'text' or 'items'", section.heading));
  return section;
}

Expectation parse_expectation(const YAML::Node& node, const std::string& file) {
  MapReader map(node, file, "microneedling block");
  map.allow_only({"evidence", "evidence_reason", "sessions", "results_time", "can", "cannot", "caveats", "sources"});
  Expectation expectation;
  expectation.evidence = map.one_of("evidence", {"strong", "moderate", "limited"});
  expectation.evidence_reason = map.string("evidence_reason");
  expectation.sessions = map.string("sessions");
  expectation.results_time = map.string("results_time");
  expectation.can = map.string_list("can", true);
  expectation.cannot = map.string_list("cannot", true);
  expectation.caveats = map.string_list("caveats");
  expectation.sources = map.string_list("sources", true);
  return expectation;
}

}  // namespace

Topic parse_topic(std::string_view yaml_text, const std::string& file, std::string_view expected_id) {
  const YAML::Node root = parse_yaml(yaml_text, file);
  MapReader map(root, file, "topic");
  map.allow_only({"id", "kind", "title", "aliases", "summary", "reviewed", "sections", "microneedling",
                  "alternatives", "risks"});
  Topic topic;
  topic.id = map.string("id");
  if (!expected_id.empty() && topic.id != expected_id)
    throw DataError(map.location("id"), fmt::format("topic id '{}' does not match its file name '{}.yaml'", topic.id,
                                                    expected_id));
  topic.kind = map.one_of("kind", {"condition", "fact"});
  topic.title = map.string("title");
  topic.aliases = map.string_list("aliases");
  topic.summary = map.string("summary");
  topic.reviewed = map.date("reviewed");

  const YAML::Node sections = map.node("sections");
  if (!sections || !sections.IsSequence() || sections.size() == 0)
    throw DataError(map.location("sections"), "topic needs a non-empty list 'sections'");
  for (const auto& section : sections) topic.sections.push_back(parse_section(section, file));

  if (map.has("microneedling")) topic.microneedling = parse_expectation(map.node("microneedling"), file);
  if (topic.kind == "condition" && !topic.microneedling)
    throw DataError(map.location(), "a condition topic needs a 'microneedling' block");

  if (map.has("alternatives")) {
    const YAML::Node list = map.node("alternatives");
    if (!list.IsSequence()) throw DataError(location_of(list, file), "'alternatives' must be a list");
    for (const auto& item : list) {
      MapReader alternative(item, file, "alternative");
      alternative.allow_only({"name", "note"});
      topic.alternatives.push_back({alternative.string("name"), alternative.string("note")});
    }
  }
  if (topic.kind == "condition" && topic.alternatives.empty())
    throw DataError(map.location(), "a condition topic needs 'alternatives'");
  topic.risks = map.string_list("risks");
  return topic;
}

}  // namespace skincare
