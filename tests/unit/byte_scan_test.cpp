// printable_ascii_run: the 8-bytes-at-a-time scan finds the same first
// non-printable byte as looking at one byte at a time.
#include "base/byte_scan.h"

#include <doctest/doctest.h>

#include <random>
#include <string>

using skincare::printable_ascii_run;

TEST_CASE("the printable ASCII run ends at the first byte below 0x20 or from 0x7F, wherever it is") {
  std::mt19937 random(11);
  const std::string specials("\x00\x01\x1F\x7F\x80\xBF\xC3\xFF\x20\x7E\n\t", 12);
  for (int n = 0; n < 20000; ++n) {
    std::string text(std::uniform_int_distribution<std::size_t>(0, 40)(random), 'a');
    for (auto& c : text) c = static_cast<char>(std::uniform_int_distribution<int>(0x20, 0x7E)(random));
    if (!text.empty() && n % 4 != 0) text[std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random)] =
        specials[std::uniform_int_distribution<std::size_t>(0, specials.size() - 1)(random)];
    std::size_t expected = 0;
    while (expected < text.size() && static_cast<unsigned char>(text[expected]) >= 0x20 &&
           static_cast<unsigned char>(text[expected]) < 0x7F)
      ++expected;
    CAPTURE(text);
    CHECK(printable_ascii_run(text.data(), text.data() + text.size()) == expected);
  }
  CHECK(printable_ascii_run(nullptr, nullptr) == 0);
}
