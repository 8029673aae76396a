// The headings under which every view of a topic (text, markdown, HTML)
// prints its fixed parts. Search names them for a match in those parts, so
// the heading a hit names is always one that `explain` prints.
#pragma once

namespace skincare::topic_headings {

inline constexpr const char* kMicroneedling = "What to expect from microneedling";  // can, cannot, caveats, sessions
inline constexpr const char* kRisks = "Risks";
inline constexpr const char* kAlternatives = "Alternatives";

}  // namespace skincare::topic_headings
