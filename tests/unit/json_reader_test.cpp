// JsonReader: values as written, strict refusals with the kind of problem,
// and agreement with simdjson on many generated and hostile documents.
#include "base/json_reader.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "base/input_limits.h"
#include "json_differential.h"

using namespace skincare;

namespace {

using Kind = JsonProblem::Kind;

std::string repeat(std::string_view text, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

// The kind of problem reading `text` gives, or nullopt when it is read.
std::optional<Kind> problem_of(const std::string& text) {
  JsonReader reader(limits::kMaxNestingDepth);
  const auto problem = reader.read(text);
  if (!problem) return std::nullopt;
  return problem->kind;
}

// Random JSON, mostly valid, then often damaged: what a hostile batch may hold.
class Generator {
 public:
  explicit Generator(std::uint64_t seed) : random_(seed) {}

  std::string line() {
    std::string out;
    space(out);
    if (chance(5)) nest(out);
    else if (chance(80)) object(out, 0);
    else value(out, 0);
    space(out);
    if (chance(50)) damage(out);
    return out;
  }

 private:
  bool chance(int percent) { return pick(100) < static_cast<std::size_t>(percent); }
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }
  char any_of(std::string_view chars) { return chars[pick(chars.size())]; }

  void space(std::string& out) {
    while (chance(20)) out += chance(97) ? any_of(" \t\n\r") : any_of("\f\v\x01");
  }

  // Arrays and objects nested around the depth limit, the innermost often empty.
  void nest(std::string& out) {
    const std::size_t levels = limits::kMaxNestingDepth - 3 + pick(7);
    std::string closing;
    for (std::size_t i = 0; i < levels; ++i) {
      if (chance(50)) {
        out += '[';
        closing.insert(closing.begin(), ']');
      } else {
        out += "{\"k\":";
        closing.insert(closing.begin(), '}');
      }
      space(out);
    }
    if (chance(50)) value(out, 4);
    out += closing;
  }

  void value(std::string& out, std::size_t depth) {
    switch (pick(depth < 4 ? 8 : 5)) {
      case 0: string(out); break;
      case 1: number(out); break;
      case 2: out += any_of("tfn") == 't' ? "true" : chance(50) ? "false" : "null"; break;
      case 3:
      case 4: chance(50) ? string(out) : number(out); break;
      case 5:
      case 6: array(out, depth + 1); break;
      default: object(out, depth + 1);
    }
  }

  void array(std::string& out, std::size_t depth) {
    out += '[';
    space(out);
    const std::size_t items = chance(15) ? 0 : pick(4) + 1;
    for (std::size_t i = 0; i < items; ++i) {
      if (i > 0) out += ',';
      space(out);
      value(out, depth);
      space(out);
    }
    out += ']';
  }

  void object(std::string& out, std::size_t depth) {
    out += '{';
    space(out);
    const std::size_t members = chance(10) ? 0 : pick(5) + 1;
    for (std::size_t i = 0; i < members; ++i) {
      if (i > 0) out += ',';
      space(out);
      string(out);
      space(out);
      out += ':';
      space(out);
      value(out, depth);
      space(out);
    }
    out += '}';
  }

  void string(std::string& out) {
    out += '"';
    const std::size_t parts = pick(chance(20) ? 40 : 6);  // long strings too, read 8 bytes at a time
    for (std::size_t i = 0; i < parts; ++i) {
      switch (pick(13)) {
        case 0: out += '\\'; out += any_of("\"\\/bfnrt"); break;
        case 1: out += unicode_escape(); break;
        case 2: out += "\\u" + hex4(0xD800 + pick(0x400)) + "\\u" + hex4(0xDC00 + pick(0x400)); break;
        case 3: out += chance(50) ? "\xC3\xA9" : chance(50) ? "\xE2\x82\xAC" : "\xF0\x9F\x98\x80"; break;
        case 4: out += "id"; break;
        case 5: out += std::string(pick(20), any_of("abc-_ ~")); break;
        default: out += any_of("abcxyz _-.:,{}[]0123456789");
      }
    }
    out += '"';
  }

  std::string hex4(std::size_t code) {
    static const char* digits = "0123456789abcdefABCDEF";
    std::string out;
    for (int shift = 12; shift >= 0; shift -= 4) {
      const std::size_t digit = (code >> shift) & 0xF;
      out += digit >= 10 && chance(50) ? digits[digit + 6] : digits[digit];
    }
    return out;
  }

  std::string unicode_escape() {
    switch (pick(5)) {
      case 0: return "\\u" + hex4(pick(0x80));                      // ASCII, NUL and controls included
      case 1: return "\\u" + hex4(0xD800 + pick(0x800));            // a lone surrogate
      case 2: return "\\u" + hex4(0xD800 + pick(0x400)) + "\\n";    // high, then no low
      case 3: return "\\u" + hex4(pick(0x10000));
      default: return "\\u" + hex4(0x80 + pick(0x780));
    }
  }

  void digits(std::string& out, std::size_t most) {
    const std::size_t count = pick(most) + 1;
    for (std::size_t i = 0; i < count; ++i) out += static_cast<char>('0' + pick(10));
  }

  void number(std::string& out) {
    if (chance(20)) {  // edges of 64 bits, doubles and the grammar
      static const char* const edges[] = {
          "0", "-0", "-0.0", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
          "-9223372036854775809", "18446744073709551615", "18446744073709551616", "1e308", "1.7976931348623157e308",
          "1.7976931348623159e308", "1e309", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
          "1e-400", "-1e-400", "2.2250738585072011e-308", "0e99999999999999999999", "1e99999999999999999999",
          "123456789012345678901234567890", "0.1", "1E+2", "1e-0", "01", "-", "1.", ".5", "+1", "1e", "1e+", "-e5",
          "1.e5", "0x10", "1.5.3", "--1", "1ee2", "9007199254740993", "9007199254740993.0",
          "0.30000000000000004", "100000000000000000000000e-10"};
      out += edges[pick(sizeof edges / sizeof *edges)];
      return;
    }
    if (chance(30)) out += '-';
    if (chance(25)) out += '0';
    else digits(out, chance(10) ? 25 : 8);
    if (chance(30)) {
      out += '.';
      digits(out, chance(10) ? 40 : 6);
    }
    if (chance(25)) {
      out += any_of("eE");
      if (chance(60)) out += any_of("+-");
      digits(out, chance(10) ? 6 : 3);
    }
  }

  // One to three small edits: a byte removed, added or changed, the line cut short, or a part repeated.
  void damage(std::string& out) {
    static constexpr char kBytes[] = "{}[]:,\"\\ \t0123456789eE.+-tfnu\x00\x01\x1F\x7F\x80\xBF\xC3\xE2\xED\xF0\xF4\xFF";
    static const std::string_view bytes(kBytes, sizeof kBytes - 1);  // the NUL inside is one of the bytes
    const std::size_t edits = pick(3) + 1;
    for (std::size_t e = 0; e < edits && !out.empty(); ++e) {
      const std::size_t at = pick(out.size());
      switch (pick(5)) {
        case 0: out.erase(at, 1); break;
        case 1: out.insert(at, 1, bytes[pick(bytes.size())]); break;
        case 2: out[at] = bytes[pick(bytes.size())]; break;
        case 3: out.resize(at); break;
        default: out.insert(at, out.substr(at, pick(8)));
      }
    }
  }

  std::mt19937_64 random_;
};

}  // namespace

TEST_CASE("a document reads as its values: members and items in order, numbers by their type") {
  JsonReader reader(limits::kMaxNestingDepth);
  const std::string text =
      R"( {"s": "a\"b\u00e9\ud83d\ude00", "i": -42, "u": 18446744073709551615, "d": 2.5e-1, "t": true, "f": false,)"
      R"( "n": null, "l": [1, [], {}], "o": {"k": "v"}} )";
  REQUIRE_FALSE(reader.read(text).has_value());
  const JsonValue root = reader.root();
  REQUIRE(root.type() == JsonType::object);
  std::vector<std::string> keys;
  for (const JsonMember member : root.members()) keys.emplace_back(member.key.string());
  CHECK(keys == std::vector<std::string>{"s", "i", "u", "d", "t", "f", "n", "l", "o"});
  auto member = root.members().begin();
  CHECK((*member).value.string() == "a\"b\xC3\xA9\xF0\x9F\x98\x80");
  CHECK((*member).key.offset() == 2);
  CHECK((*++member).value.int64() == -42);
  CHECK((*++member).value.uint64() == 18446744073709551615u);
  CHECK((*++member).value.real() == 0.25);
  CHECK((*++member).value.boolean());
  CHECK_FALSE((*++member).value.boolean());
  CHECK((*++member).value.type() == JsonType::null);
  const JsonValue list = (*++member).value;
  std::vector<JsonType> types;
  for (const JsonValue item : list.items()) types.push_back(item.type());
  CHECK(types == std::vector<JsonType>{JsonType::int64, JsonType::array, JsonType::object});
  const JsonValue object = (*++member).value;
  CHECK((*object.members().begin()).value.string() == "v");
}

TEST_CASE("-0 is the integer 0, a fraction or exponent makes a double, and a double too small is 0") {
  JsonReader reader(limits::kMaxNestingDepth);
  REQUIRE_FALSE(reader.read("-0").has_value());
  CHECK(reader.root().type() == JsonType::int64);
  CHECK(reader.root().int64() == 0);
  REQUIRE_FALSE(reader.read("1E2").has_value());
  CHECK(reader.root().type() == JsonType::real);
  CHECK(reader.root().real() == 100.0);
  REQUIRE_FALSE(reader.read("-1e-400").has_value());
  CHECK(reader.root().real() == 0.0);
  CHECK(std::signbit(reader.root().real()));
}

TEST_CASE("strings without escapes point into the text; strings with escapes are decoded") {
  JsonReader reader(limits::kMaxNestingDepth);
  const std::string text = R"(["plain", "tab\tand \u0000 nul"])";
  REQUIRE_FALSE(reader.read(text).has_value());
  auto item = reader.root().items().begin();
  CHECK((*item).string().data() == text.data() + 2);
  CHECK((*++item).string() == std::string("tab\tand \0 nul", 13));
}

TEST_CASE("what is not JSON is refused as syntax") {
  for (const char* text : {"", "  ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\"}", "{a:1}", "{'a':1}", "[1 2]",
                           "\"abc", "\"a\\x\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "tru", "truex",
                           "nul", "[true,]", "{\"a\":1}{", "{\"a\":1} x", "\"a\x01\"", "[\f]", "+1", ".5", "NaN"}) {
    CAPTURE(text);
    CHECK(problem_of(text) == Kind::syntax);
  }
}

TEST_CASE("malformed and out-of-range numbers are refused as bad numbers") {
  for (const char* text : {"01", "-", "1.", "1.e5", "1e", "1e+", "-e5", "1x", "[1\"a\"]", "1e400",
                           "18446744073709551616", "-9223372036854775809", "123456789012345678901234567890"}) {
    CAPTURE(text);
    CHECK(problem_of(text) == Kind::bad_number);
  }
}

TEST_CASE("invalid UTF-8 is refused with the offset of its first bad byte") {
  JsonReader reader(limits::kMaxNestingDepth);
  const auto problem = reader.read("{\"id\": \"ok\xE2\x82\"}");
  REQUIRE(problem.has_value());
  CHECK(problem->kind == Kind::invalid_utf8);
  CHECK(problem->offset == 10);
  CHECK(problem_of("[\"\xED\xA0\x80\"]") == Kind::invalid_utf8);  // a surrogate written as UTF-8
  CHECK(problem_of("[\xFF]") == Kind::invalid_utf8);
  // A string left open is named first, as simdjson does.
  CHECK(problem_of("\"\xFF") == Kind::syntax);
}

TEST_CASE("non-empty arrays and objects nest up to one less than the limit; empty ones do not count") {
  const std::size_t limit = limits::kMaxNestingDepth;
  CHECK_FALSE(problem_of(repeat("[", limit - 1) + "1" + repeat("]", limit - 1)).has_value());
  CHECK(problem_of(repeat("[", limit) + "1" + repeat("]", limit)) == Kind::too_deep);
  CHECK_FALSE(problem_of(repeat("[", limit) + repeat("]", limit)).has_value());
  CHECK(problem_of(repeat("[", 100000) + repeat("]", 100000)) == Kind::too_deep);
  // Unclosed, it is not JSON before it is too deep.
  CHECK(problem_of(repeat("[", 100)) == Kind::syntax);
}

TEST_CASE("the reader agrees with simdjson on hand-picked hostile documents") {
  testing::JsonDifferential differential;
  for (const char* text :
       {"{\"a\":[1x]}", "[1x, \"", "[1x, \"\x01\"]", "[1x, \"\xFF\"]", "{\"a\": 1x \"", "1x 2", "[1]x", "[1,\f2]",
        "[\\\"a\"]", "{\"a\":1}}", "[\"a\\\\\"]", "{\"a\":\"x\\}", "\"\\u0000\"", "[-0, -0.0, 0e5, -0e-5]",
        "{\"a\":1,\"a\":2}", "  {\"age\": 30}  \r", "\t[\n]\r"}) {
    CAPTURE(text);
    CHECK(differential.disagreement(text) == "");
  }
}

TEST_CASE("the reader agrees with simdjson on 200,000 generated documents, most of them damaged") {
  testing::JsonDifferential differential;
  JsonReader reader(limits::kMaxNestingDepth);
  Generator generator(20261206);
  std::size_t disagreements = 0;
  std::size_t read = 0;
  std::size_t refused[4] = {};  // by JsonProblem::Kind
  for (int i = 0; i < 200000; ++i) {
    const std::string text = generator.line();
    const std::string differs = differential.disagreement(text);
    if (!differs.empty() && ++disagreements <= 10) FAIL_CHECK(differs);
    if (const auto problem = reader.read(text)) ++refused[static_cast<int>(problem->kind)];
    else ++read;
  }
  CHECK(disagreements == 0);
  // The documents cover every outcome, so agreeing means something.
  CAPTURE(read);
  CAPTURE(refused[0]);
  CAPTURE(refused[1]);
  CAPTURE(refused[2]);
  CAPTURE(refused[3]);
  CHECK(read > 40000);
  for (const std::size_t count : refused) CHECK(count > 2000);
}
