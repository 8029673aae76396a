#include "content/search.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

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

Strings ids_of(const std::vector<SearchHit>& hits) {
  Strings ids;
  for (const auto& hit : hits) ids.push_back(hit.id_for_test());
  return ids;
}

}  // namespace
