#include "content/bibliography.h"

#include <fmt/format.h>

#include "content/yaml_reader.h"

namespace skincare {

const Source* Bibliography::find(std::string_view id) const {
  for (const auto& source : sources_)
    if (source.id == id) return &source;
  return nullptr;
}

std::vector<std::string> Bibliography::ids() const {
  std::vector<std::string> out;
  for (const auto& source : sources_) out.push_back(source.id);
  return out;
}

static Source parse_source(const YAML::Node& node, const std::string& file) {
  MapReader map(node, file, "source");
  map.allow_only({"id", "authors", "year", "title", "journal", "details", "doi", "pmid", "url", "kind",
                  "design", "size", "sponsor", "seen", "comparator", "result", "confidence", "note"});
  Source source;
  source.id = map.string("id");
  source.authors = map.optional_string("authors").value_or("");
  source.year = map.optional_string("year").value_or("");
  source.title = map.string("title");
  source.journal = map.optional_string("journal").value_or("");
  source.details = map.optional_string("details").value_or("");
  source.doi = map.optional_string("doi").value_or("");
  source.pmid = map.optional_string("pmid").value_or("");
  source.url = map.optional_string("url").value_or("");
  source.kind = map.one_of("kind", {"trial", "study", "review", "guideline", "regulation", "report", "secondary"});
  source.design = map.one_of("design", source_designs());
  if (const auto size = map.optional_integer("size")) {
    if (*size < 1) throw DataError(map.location("size"), "'size' in source must be a number of people, 1 or more");
    source.size = std::to_string(*size);
  }
  source.sponsor = map.optional_string("sponsor").value_or("");
  source.seen = map.optional_year_month("seen").value_or("");
  source.comparator = map.optional_one_of("comparator", source_comparators()).value_or("");
  source.result = map.optional_one_of("result", source_results()).value_or("");
  source.confidence = map.one_of("confidence", {"verified", "partial", "secondary"});
  source.note = map.optional_string("note").value_or("");
  return source;
}

Bibliography parse_bibliography(std::string_view yaml_text, const std::string& file) {
  const YAML::Node root = parse_yaml(yaml_text, file);
  MapReader map(root, file, "bibliography");
  map.allow_only({"sources"});
  const YAML::Node list = map.node("sources");
  if (!list || !list.IsSequence()) throw DataError(map.location("sources"), "'sources' must be a list");
  std::vector<Source> sources;
  for (const auto& node : list) {
    Source source = parse_source(node, file);
    for (const auto& earlier : sources)
      if (earlier.id == source.id)
        throw DataError(location_of(node, file), fmt::format("duplicate source id '{}'", source.id));
    sources.push_back(std::move(source));
  }
  return Bibliography(std::move(sources));
}

}  // namespace skincare
