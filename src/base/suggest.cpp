#include "base/suggest.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace skincare {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance, rows of the DP table kept three at a time.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    before.swap(previous);
    previous.swap(current);
  }
  return previous[b.size()];
}

std::vector<std::string> closest_names(std::string_view word, const std::vector<std::string>& candidates,
                                       std::size_t limit) {
  const std::size_t threshold = std::max<std::size_t>(2, word.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  const auto lower = [](std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const std::string wanted = lower(word);
  for (const auto& candidate : candidates) {
    std::size_t distance = edit_distance(wanted, lower(candidate));
    const bool prefix = word.size() >= 3 && candidate.compare(0, word.size(), word) == 0;
    if (prefix) distance = std::min<std::size_t>(distance, 1);
    if (distance <= threshold) scored.emplace_back(distance, candidate);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> names;
  for (auto& entry : scored) {
    if (names.size() == limit) break;
    if (std::find(names.begin(), names.end(), entry.second) == names.end()) names.push_back(entry.second);
  }
  return names;
}

std::string did_you_mean(const std::vector<std::string>& suggestions) {
  if (suggestions.empty()) return {};
  std::string out = " (did you mean ";
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    if (i > 0) out += i + 1 == suggestions.size() ? " or " : ", ";
    out += '\'' + suggestions[i] + '\'';
  }
  return out + "?)";
}

}  // namespace skincare
