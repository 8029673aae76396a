#include "content/topic.h"

#include <algorithm>
#include <sstream>

namespace skincare {

std::vector<std::string> Topic::sources() const {
  std::vector<std::string> ids;
  const auto add = [&](const std::vector<std::string>& more) {
    for (const auto& source_id : more)
      if (std::find(ids.begin(), ids.end(), source_id) == ids.end()) ids.push_back(source_id);
  };
  for (const auto& section : sections) add(section.sources);
  if (microneedling) add(microneedling->sources);
  return ids;
}

std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::string current;
  std::istringstream lines(text);
  std::string line;
  const auto flush = [&] {
    if (!current.empty()) paragraphs.push_back(current);
    current.clear();
  };
  while (std::getline(lines, line)) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) {
      flush();
      continue;
    }
    const auto last = line.find_last_not_of(" \t\r");
    if (!current.empty()) current += ' ';
    current += line.substr(first, last - first + 1);
  }
  flush();
  return paragraphs;
}

}  // namespace skincare
