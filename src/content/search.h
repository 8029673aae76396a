// Ranked full-text search over topics: every query word must occur in a
// topic (as a word or the start of one); titles and aliases weigh most,
// then summaries, headings and prose. Each hit carries its best snippet.
#pragma once

#include <string>
#include <vector>

#include "content/topic.h"

namespace skincare {

struct SearchHit {
  std::string topic;    // topic id
  std::string title;
  std::string section;  // heading of the best-matching section ("" = summary)
  std::string snippet;  // a sentence or so around the best match
  int score = 0;
};

// Hits, best first (ties by topic order). Words are matched case-insensitively.
std::vector<SearchHit> search_topics(const std::vector<Topic>& topics, const std::vector<std::string>& words);

// Lower-case word tokens of `text` (letters and digits; apostrophes dropped).
std::vector<std::string> search_words(const std::string& text);

}  // namespace skincare
