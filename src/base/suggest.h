// "Did you mean" suggestions: the known names closest to a mistyped one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace skincare {

// Edit distance (insertions, deletions, substitutions, adjacent swaps).
std::size_t edit_distance(std::string_view a, std::string_view b);

// Up to `limit` candidates close enough to `word` to be a plausible typo,
// closest first; empty when none is close.
std::vector<std::string> closest_names(std::string_view word, const std::vector<std::string>& candidates,
                                       std::size_t limit = 3);

// " (did you mean 'a' or 'b'?)" or "" when there is nothing to suggest.
std::string did_you_mean(const std::vector<std::string>& suggestions);

}  // namespace skincare
