#include "base/json_reader.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "base/byte_scan.h"
#include "base/escape.h"

namespace skincare {

namespace {

using Kind = JsonProblem::Kind;
using detail::JsonNode;

// simdjson's whitespace, and what may end a number or true/false/null.
constexpr bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
constexpr bool ends_scalar(char c) {
  return is_space(c) || c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}';
}
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The four hex digits at `p` (which has at least four bytes), or -1.
long hex4(const char* p) {
  long value = 0;
  for (int i = 0; i < 4; ++i) {
    const int digit = hex_value(p[i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

char* put_utf8(char* out, unsigned long code) {
  if (code < 0x80) {
    *out++ = static_cast<char>(code);
  } else if (code < 0x800) {
    *out++ = static_cast<char>(0xC0 | (code >> 6));
    *out++ = static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (code >> 12));
    *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (code & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (code >> 18));
    *out++ = static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (code & 0x3F));
  }
  return out;
}

// A number with a fraction or exponent (its grammar checked), correctly
// rounded; false when it is too large for a double. One too small reads as
// 0 (or a subnormal), as in simdjson. strtod rather than std::from_chars,
// whose libstdc++ version needs libm (fegetround) at run time, and a
// shared library more costs every start: the program never changes its
// locale, so the decimal point is '.'.
bool read_double(const char* start, const char* end, double& value) {
  const auto length = static_cast<std::size_t>(end - start);
  char small[64];
  std::string large;
  char* text = small;
  if (length < sizeof small) {
    std::memcpy(small, start, length);
    small[length] = '\0';
  } else {
    large.assign(start, length);
    text = large.data();
  }
  value = std::strtod(text, nullptr);
  return !std::isinf(value);
}

}  // namespace

// Recursive descent over the text, appending to the reader's nodes. Depth
// is bounded by the reader's limit, so the recursion is too.
class JsonReader::Parser {
 public:
  Parser(JsonReader& reader, std::string_view text)
      : reader_(reader), begin_(text.data()), p_(text.data()), end_(text.data() + text.size()),
        out_(reader.unescaped_.data()) {}

  bool document() {
    skip_space();
    if (p_ == end_) return fail(Kind::syntax);
    if (!value(0)) return false;
    skip_space();
    return p_ == end_ || fail(Kind::syntax);
  }

  JsonProblem problem() const { return problem_; }

 private:
  bool fail(Kind kind) {
    problem_ = {kind, static_cast<std::size_t>(p_ - begin_)};
    return false;
  }
  void skip_space() {
    while (p_ != end_ && is_space(*p_)) ++p_;
  }
  std::size_t push(JsonType type) {
    JsonNode& node = reader_.nodes_.emplace_back();
    node.type = type;
    node.offset = static_cast<std::size_t>(p_ - begin_);
    return reader_.nodes_.size() - 1;
  }
  // After true, false, null or a number: the end, whitespace or punctuation.
  bool at_scalar_end() const { return p_ == end_ || ends_scalar(*p_); }

  bool value(std::size_t depth) {
    switch (*p_) {
      case '{': return container(depth, JsonType::object);
      case '[': return container(depth, JsonType::array);
      case '"': return string();
      case 't': return literal("true", JsonType::boolean, true);
      case 'f': return literal("false", JsonType::boolean, false);
      case 'n': return literal("null", JsonType::null, false);
      default:
        if (*p_ == '-' || is_digit(*p_)) return number();
        return fail(Kind::syntax);
    }
  }

  bool literal(std::string_view word, JsonType type, bool truth) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::memcmp(p_, word.data(), word.size()) != 0)
      return fail(Kind::syntax);
    const std::size_t index = push(type);
    reader_.nodes_[index].boolean = truth;
    p_ += word.size();
    return at_scalar_end() || fail(Kind::syntax);
  }

  // An object or array. Like simdjson, only non-empty ones count towards
  // the depth limit, and the limit is reached at max_depth.
  bool container(std::size_t depth, JsonType type) {
    const char close = type == JsonType::object ? '}' : ']';
    const std::size_t index = push(type);
    ++p_;
    skip_space();
    if (p_ != end_ && *p_ == close) {
      ++p_;
      reader_.nodes_[index].size = reader_.nodes_.size();
      return true;
    }
    if (++depth >= reader_.max_depth_) return fail(Kind::too_deep);
    for (;;) {
      if (type == JsonType::object) {
        if (p_ == end_ || *p_ != '"') return fail(Kind::syntax);
        if (!string()) return false;
        skip_space();
        if (p_ == end_ || *p_ != ':') return fail(Kind::syntax);
        ++p_;
        skip_space();
      }
      if (p_ == end_) return fail(Kind::syntax);
      if (!value(depth)) return false;
      skip_space();
      if (p_ == end_) return fail(Kind::syntax);
      if (*p_ == close) break;
      if (*p_ != ',') return fail(Kind::syntax);
      ++p_;
      skip_space();
    }
    ++p_;
    reader_.nodes_[index].size = reader_.nodes_.size();
    return true;
  }

  // A string at the opening quote. Without escapes it points into the text;
  // with them it is decoded into the reader's buffer.
  bool string() {
    const std::size_t index = push(JsonType::string);
    const char* const start = ++p_;
    bool ascii = true;
    while (p_ != end_) {
      if (end_ - p_ >= 8) {
        const unsigned plain = json_plain_bytes(p_);
        p_ += plain;
        if (plain == 8) continue;
      }
      const auto c = static_cast<unsigned char>(*p_);
      if (c == '"' || c == '\\' || c < 0x20) break;
      if (c >= 0x80) ascii = false;
      ++p_;
    }
    if (p_ == end_ || static_cast<unsigned char>(*p_) < 0x20) return fail(Kind::syntax);
    if (*p_ == '"') {
      if (!ascii && find_invalid_utf8(std::string_view(start, static_cast<std::size_t>(p_ - start))) !=
                        std::string_view::npos)
        return fail(Kind::invalid_utf8);
      JsonNode& node = reader_.nodes_[index];
      node.chars = start;
      node.size = static_cast<std::size_t>(p_ - start);
      ++p_;
      return true;
    }
    return escaped_string(index, start, ascii);
  }

  // The rest of a string from its first backslash at p_.
  bool escaped_string(std::size_t index, const char* start, bool ascii) {
    char* const decoded = out_;
    std::memcpy(out_, start, static_cast<std::size_t>(p_ - start));
    out_ += p_ - start;
    const char* raw = start;  // the raw text, to check its UTF-8 once at the end
    while (p_ != end_ && *p_ != '"') {
      const auto c = static_cast<unsigned char>(*p_);
      if (c < 0x20) return fail(Kind::syntax);
      if (c != '\\') {
        ascii = ascii && c < 0x80;
        *out_++ = *p_++;
        continue;
      }
      if (end_ - p_ < 2) return fail(Kind::syntax);
      switch (p_[1]) {
        case '"': *out_++ = '"'; break;
        case '\\': *out_++ = '\\'; break;
        case '/': *out_++ = '/'; break;
        case 'b': *out_++ = '\b'; break;
        case 'f': *out_++ = '\f'; break;
        case 'n': *out_++ = '\n'; break;
        case 'r': *out_++ = '\r'; break;
        case 't': *out_++ = '\t'; break;
        case 'u':
          if (!unicode_escape()) return false;
          continue;
        default: return fail(Kind::syntax);
      }
      p_ += 2;
    }
    if (p_ == end_) return fail(Kind::syntax);
    if (!ascii && find_invalid_utf8(std::string_view(raw, static_cast<std::size_t>(p_ - raw))) != std::string_view::npos)
      return fail(Kind::invalid_utf8);
    JsonNode& node = reader_.nodes_[index];
    node.chars = decoded;
    node.size = static_cast<std::size_t>(out_ - decoded);
    ++p_;
    return true;
  }

  // \uXXXX at p_, or a surrogate pair \uD8XX\uDCXX; a lone surrogate is refused.
  bool unicode_escape() {
    if (end_ - p_ < 6) return fail(Kind::syntax);
    long code = hex4(p_ + 2);
    if (code < 0) return fail(Kind::syntax);
    p_ += 6;
    if (code >= 0xDC00 && code <= 0xDFFF) return fail(Kind::syntax);
    if (code >= 0xD800 && code <= 0xDBFF) {
      if (end_ - p_ < 6 || p_[0] != '\\' || p_[1] != 'u') return fail(Kind::syntax);
      const long low = hex4(p_ + 2);
      if (low < 0xDC00 || low > 0xDFFF) return fail(Kind::syntax);
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
      p_ += 6;
    }
    out_ = put_utf8(out_, static_cast<unsigned long>(code));
    return true;
  }

  bool number() {
    const char* const start = p_;
    const bool negative = *p_ == '-';
    if (negative) ++p_;
    if (p_ == end_ || !is_digit(*p_)) return fail(Kind::bad_number);
    const char* const digits = p_;
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ != end_ && is_digit(*p_)) ++p_;
    }
    const char* const digits_end = p_;
    bool real = false;
    if (p_ != end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || !is_digit(*p_)) return fail(Kind::bad_number);
      while (p_ != end_ && is_digit(*p_)) ++p_;
      real = true;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || !is_digit(*p_)) return fail(Kind::bad_number);
      while (p_ != end_ && is_digit(*p_)) ++p_;
      real = true;
    }
    if (!at_scalar_end()) return fail(Kind::bad_number);  // also "01": a second number right after 0
    const std::size_t index = push(JsonType::real);
    JsonNode& node = reader_.nodes_[index];
    node.offset = static_cast<std::size_t>(start - begin_);
    if (real) {
      if (!read_double(start, p_, node.real)) return fail_at(start, Kind::bad_number);
      return true;
    }
    // A whole number: at most 20 digits, and within 64 bits.
    if (digits_end - digits > 20) return fail_at(start, Kind::bad_number);
    std::uint64_t magnitude = 0;
    for (const char* d = digits; d != digits_end; ++d) {
      const auto digit = static_cast<std::uint64_t>(*d - '0');
      if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) return fail_at(start, Kind::bad_number);
      magnitude = magnitude * 10 + digit;
    }
    constexpr auto kInt64Max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (negative) {
      if (magnitude > kInt64Max + 1) return fail_at(start, Kind::bad_number);
      node.type = JsonType::int64;
      node.int64 = magnitude == kInt64Max + 1 ? std::numeric_limits<std::int64_t>::min()
                                              : -static_cast<std::int64_t>(magnitude);
    } else if (magnitude <= kInt64Max) {
      node.type = JsonType::int64;
      node.int64 = static_cast<std::int64_t>(magnitude);
    } else {
      node.type = JsonType::uint64;
      node.uint64 = magnitude;
    }
    return true;
  }

  bool fail_at(const char* at, Kind kind) {
    p_ = at;
    return fail(kind);
  }

  JsonReader& reader_;
  const char* const begin_;
  const char* p_;
  const char* const end_;
  char* out_;  // where the next decoded string byte goes
  JsonProblem problem_;
};

namespace {

// What simdjson's first pass refuses before it looks at the structure:
// a string left open or holding a raw control character (both: not JSON),
// text with no value, and invalid UTF-8 (in that order). Like simdjson it
// finds strings by their quotes alone, a backslash escaping the next byte
// anywhere. Then, before reading the value, an outer { or [ whose last
// non-blank byte is not the matching } or ].
std::optional<JsonProblem> first_pass_problem(std::string_view text) {
  bool in_string = false;
  std::size_t opened = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (in_string && c < 0x20) return JsonProblem{Kind::syntax, i};
    if (c == '\\') {
      if (i + 1 < text.size() && in_string && static_cast<unsigned char>(text[i + 1]) < 0x20)
        return JsonProblem{Kind::syntax, i + 1};
      ++i;
    } else if (c == '"') {
      in_string = !in_string;
      opened = i;
    }
  }
  if (in_string) return JsonProblem{Kind::syntax, opened};
  const std::size_t first = text.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos) return JsonProblem{Kind::syntax, text.size()};
  const std::size_t bad = find_invalid_utf8(text);
  if (bad != std::string_view::npos) return JsonProblem{Kind::invalid_utf8, bad};
  const std::size_t last = text.find_last_not_of(" \t\n\r");
  if ((text[first] == '{' && text[last] != '}') || (text[first] == '[' && text[last] != ']'))
    return JsonProblem{Kind::syntax, last};
  return std::nullopt;
}

}  // namespace

std::optional<JsonProblem> JsonReader::read(std::string_view text) {
  nodes_.clear();
  if (unescaped_.size() < text.size()) unescaped_.resize(text.size());
  Parser parser(*this, text);
  if (parser.document()) return std::nullopt;
  // Refused: name the problem simdjson would name first (the checks of its
  // first pass come before anything the parser met in order).
  if (const auto early = first_pass_problem(text)) return early;
  return parser.problem();
}

}  // namespace skincare
