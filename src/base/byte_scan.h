// Scanning long text 8 bytes at a time for the first byte that needs a
// closer look, for the loops that read every byte of what is printed or parsed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace skincare {

// How many bytes from `p` (up to `end`) are printable ASCII, 0x20 to 0x7E.
inline std::size_t printable_ascii_run(const char* p, const char* end) {
  const char* const start = p;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  // Per byte, the high bit of: the byte itself (0x80 and up), the byte plus
  // one (0x7F), the byte minus 0x20 where it borrowed (below 0x20). Carries
  // and borrows only start at a flagged byte, so the first flag is exact
  // ("Bit Twiddling Hacks": determine if a word has a byte less than n).
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint64_t kHigh = 0x8080808080808080u;
  while (end - p >= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    const std::uint64_t flagged = (v | (v + kOnes) | ((v - kOnes * 0x20) & ~v)) & kHigh;
    if (flagged != 0) return static_cast<std::size_t>(p - start) + static_cast<unsigned>(__builtin_ctzll(flagged)) / 8;
    p += 8;
  }
#endif
  while (p != end && static_cast<unsigned char>(*p) >= 0x20 && static_cast<unsigned char>(*p) < 0x7F) ++p;
  return static_cast<std::size_t>(p - start);
}

// How many of the 8 bytes at `p` are plain JSON string text before the first
// that is not (a quote, a backslash, a control character or a byte of a
// UTF-8 sequence): 8 when all are. The bit tricks ("Bit Twiddling Hacks":
// a byte is zero, or less than n) flag the first such byte exactly; bytes
// after it may be flagged wrongly, which does not matter.
inline unsigned json_plain_bytes(const char* p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint64_t kHigh = 0x8080808080808080u;
  const auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const std::uint64_t control = (v - kOnes * 0x20) & ~v & kHigh;
  const std::uint64_t flagged = control | (v & kHigh) | has_zero(v ^ (kOnes * '"')) | has_zero(v ^ (kOnes * '\\'));
  return flagged == 0 ? 8 : static_cast<unsigned>(__builtin_ctzll(flagged)) / 8;
#else
  unsigned n = 0;
  for (; n < 8; ++n) {
    const auto c = static_cast<unsigned char>(p[n]);
    if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
  }
  return n;
#endif
}

}  // namespace skincare
