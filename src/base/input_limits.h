// Limits on input from outside: content files (--content, SKINCARE_CONTENT),
// answers files (--answers, --resume), --set values, batch lines and the
// condition language. Anything beyond a limit is refused with a DataError
// (exit 65) whose message names the limit, before it can cost much time or
// memory. The same values are documented in skincare(1) and the README
// ("Limits"); change them together.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace skincare::limits {

// A whole input file: one content file, an answers file, a saved run, or
// all of standard input for `--answers -`. The largest shipped content file
// is about 30 KiB.
inline constexpr std::size_t kMaxFileBytes = 1 << 20;  // 1 MiB

// One line of `assess --batch` (one JSON object). Longer lines get an error
// object and are skipped without being held in memory.
inline constexpr std::size_t kMaxBatchLineBytes = 1 << 20;  // 1 MiB

// How deeply lists and mappings (YAML block or flow, JSON arrays and
// objects) may nest. Content needs 4 levels, answers 2.
inline constexpr std::size_t kMaxNestingDepth = 32;

// YAML aliases (*name) may repeat an anchored value, but the document they
// expand to may hold at most this many values and this much text, so a
// "billion laughs" file is refused instead of expanded.
inline constexpr std::size_t kMaxExpandedValues = 100000;
inline constexpr std::size_t kMaxExpandedBytes = 4 << 20;  // 4 MiB

// One YAML value (a key or a scalar) in any file.
inline constexpr std::size_t kMaxValueBytes = 64 << 10;  // 64 KiB

// One answer (a --set value, a scalar in an answers file or batch line, a
// typed line, or one item of a list answer).
inline constexpr std::size_t kMaxAnswerBytes = 1024;

// A whole number, in answers and in the condition language: at most this
// many digits (so it always fits in 64 bits).
inline constexpr std::size_t kMaxNumberDigits = 18;

// How deeply `not` and parentheses may nest in one condition.
inline constexpr std::size_t kMaxConditionDepth = 32;

// "1 MiB", "64 KiB", "1 KiB", "100 bytes": how messages name a size.
inline std::string describe_size(std::size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

// 1-based line and column (in bytes) of `offset` in `text`.
struct TextPosition {
  int line = 1;
  int column = 1;
};

inline TextPosition position_of(std::string_view text, std::size_t offset) {
  TextPosition at;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else {
      ++at.column;
    }
  }
  return at;
}

}  // namespace skincare::limits
