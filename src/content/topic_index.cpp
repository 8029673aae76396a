#include "content/topic_index.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/suggest.h"

namespace skincare {

std::string normalize_topic_name(std::string_view name) {
  std::string out;
  for (const char raw : name) {
    const auto c = static_cast<unsigned char>(raw);
    if (std::isalnum(c) || c >= 0x80) {
      out += static_cast<char>(std::tolower(c));
    } else if (c == '\'') {
      continue;  // "crow's feet" and "crows feet" are the same
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// "stretch-marks" and "stretch-mark" share the key "stretch-mark".
static std::string singular_key(const std::string& normalized) {
  std::string out;
  std::size_t start = 0;
  while (start <= normalized.size()) {
    std::size_t end = normalized.find('-', start);
    if (end == std::string::npos) end = normalized.size();
    std::string word = normalized.substr(start, end - start);
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    if (!out.empty()) out += '-';
    out += word;
    start = end + 1;
  }
  return out;
}

TopicIndex::TopicIndex(std::vector<TopicEntry> entries) : entries_(std::move(entries)) {
  std::stable_sort(entries_.begin(), entries_.end(), [](const TopicEntry& a, const TopicEntry& b) {
    if (a.kind != b.kind) return a.kind == "condition";
    return a.id < b.id;
  });
}

const TopicEntry* TopicIndex::resolve(std::string_view name) const {
  const std::string wanted = normalize_topic_name(name);
  if (wanted.empty()) return nullptr;
  for (const auto& entry : entries_)
    if (entry.id == wanted) return &entry;
  for (const auto& entry : entries_)
    for (const auto& alias : entry.aliases)
      if (normalize_topic_name(alias) == wanted) return &entry;
  const std::string key = singular_key(wanted);
  for (const auto& entry : entries_) {
    if (singular_key(entry.id) == key) return &entry;
    for (const auto& alias : entry.aliases)
      if (singular_key(normalize_topic_name(alias)) == key) return &entry;
  }
  return nullptr;
}

std::vector<std::string> TopicIndex::suggestions(std::string_view name) const {
  const std::string wanted = normalize_topic_name(name);
  std::vector<std::string> ids;
  std::vector<std::string> names;  // ids and aliases, each mapped back to its id
  std::vector<std::string> owners;
  for (const auto& entry : entries_) {
    names.push_back(entry.id);
    owners.push_back(entry.id);
    for (const auto& alias : entry.aliases) {
      names.push_back(normalize_topic_name(alias));
      owners.push_back(entry.id);
    }
  }
  for (const auto& close : closest_names(wanted, names, 6)) {
    const auto at = static_cast<std::size_t>(std::find(names.begin(), names.end(), close) - names.begin());
    if (std::find(ids.begin(), ids.end(), owners[at]) == ids.end()) ids.push_back(owners[at]);
    if (ids.size() == 3) break;
  }
  return ids;
}

std::string TopicIndex::id_of(std::string_view name) const {
  if (const TopicEntry* entry = resolve(name)) return entry->id;
  throw UsageError(fmt::format("unknown topic '{}'{}; run 'skincare topics' to list them", escape_controls(name),
                               did_you_mean(suggestions(name))));
}

}  // namespace skincare
