#include "content/search.h"

#include <algorithm>
#include <cctype>

#include "content/topic_headings.h"

namespace skincare {

namespace {

struct Field {
  std::string section;
  std::string text;
  int weight;
};

bool matches(const std::string& token, const std::string& word) { return token.compare(0, word.size(), word) == 0; }

int count_matches(const std::vector<std::string>& tokens, const std::string& word) {
  int n = 0;
  for (const auto& token : tokens) n += matches(token, word) ? 1 : 0;
  return n;
}

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool end = (text[i] == '.' || text[i] == '?' || text[i] == '!') &&
                     (i + 1 == text.size() || text[i + 1] == ' ');
    if (end) {
      out.push_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

std::string shorten(const std::string& sentence, std::size_t limit = 200) {
  if (sentence.size() <= limit) return sentence;
  std::size_t cut = sentence.rfind(' ', limit);
  if (cut == std::string::npos) cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
  return sentence.substr(0, cut) + " ...";
}

std::vector<Field> fields_of(const Topic& topic) {
  std::vector<Field> fields;
  std::string names = topic.title + " " + topic.id;
  for (const auto& alias : topic.aliases) names += ". " + alias;
  fields.push_back({"", names, 10});
  fields.push_back({"", topic.summary, 4});
  for (const auto& section : topic.sections) {
    fields.push_back({section.heading, section.heading + ".", 3});
    for (const auto& paragraph : section.paragraphs) fields.push_back({section.heading, paragraph, 1});
    for (const auto& item : section.items) fields.push_back({section.heading, item, 1});
  }
  if (const auto& m = topic.microneedling) {
    const std::string heading = topic_headings::kMicroneedling;
    for (const auto* list : {&m->can, &m->cannot, &m->caveats})
      for (const auto& item : *list) fields.push_back({heading, item, 1});
    fields.push_back({heading, m->sessions + ". " + m->results_time, 1});
  }
  for (const auto& alternative : topic.alternatives)
    fields.push_back({topic_headings::kAlternatives, alternative.name + ": " + alternative.note, 1});
  for (const auto& risk : topic.risks) fields.push_back({topic_headings::kRisks, risk, 1});
  return fields;
}

}  // namespace

std::vector<std::string> search_words(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  for (const char raw : text) {
    const auto c = static_cast<unsigned char>(raw);
    if (std::isalnum(c) || c >= 0x80) current += static_cast<char>(std::tolower(c));
    else if (c == '\'') continue;
    else if (!current.empty()) words.push_back(std::move(current)), current.clear();
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

std::vector<SearchHit> search_topics(const std::vector<Topic>& topics, const std::vector<std::string>& query) {
  std::vector<std::string> words;
  for (const auto& part : query)
    for (auto& word : search_words(part)) words.push_back(std::move(word));
  std::vector<SearchHit> hits;
  if (words.empty()) return hits;

  for (const auto& topic : topics) {
    const std::vector<Field> fields = fields_of(topic);
    int score = 0;
    std::vector<bool> found(words.size(), false);
    for (const auto& field : fields) {
      const auto tokens = search_words(field.text);
      for (std::size_t w = 0; w < words.size(); ++w) {
        const int n = count_matches(tokens, words[w]);
        if (n > 0) found[w] = true;
        score += n * field.weight;
      }
    }
    if (std::find(found.begin(), found.end(), false) != found.end()) continue;

    // Best snippet: the prose sentence with the most distinct query words.
    SearchHit hit{topic.id, topic.title, "", topic.summary, score};
    std::size_t best = 0;
    for (const auto& field : fields) {
      if (field.weight == 10 || field.weight == 3) continue;
      for (const auto& sentence : sentences(field.text)) {
        const auto tokens = search_words(sentence);
        std::size_t distinct = 0;
        for (const auto& word : words) distinct += count_matches(tokens, word) > 0 ? 1u : 0u;
        if (distinct > best) {
          best = distinct;
          hit.section = field.section;
          hit.snippet = shorten(sentence);
        }
      }
    }
    hits.push_back(std::move(hit));
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  return hits;
}

}  // namespace skincare
