// A strict reader of one JSON document held in memory (RFC 8259), such as
// one line of JSON Lines. It keeps the values in a flat list that it reuses
// from one document to the next, and points into the text for every string
// without escapes, so reading many documents costs no allocation per value.
//
// It accepts exactly what simdjson 3 accepts and refuses the rest with the
// same kind of problem (tests/fuzz/json_differential.h checks both on
// generated and hostile text): numbers are integers when they fit 64 bits
// (-0 is the integer 0), else doubles; an integer beyond 64 bits or a
// double beyond its range is a bad number, a double below its range is 0;
// escapes, surrogate pairs included, are decoded; duplicate keys are kept
// (a caller that minds them compares keys itself).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace skincare {

enum class JsonType : std::uint8_t { object, array, string, int64, uint64, real, boolean, null };

// Why a document was refused, and the byte (from 0) where it was seen.
struct JsonProblem {
  enum class Kind : std::uint8_t {
    syntax,        // not JSON
    too_deep,      // arrays and objects nested deeper than the reader's limit
    invalid_utf8,  // the text is not UTF-8; `offset` is the first bad byte
    bad_number,    // a malformed number, or one too large for its type
  };
  Kind kind = Kind::syntax;
  std::size_t offset = 0;
};

namespace detail {

// One value of a document, in document order; a container is followed by
// what it holds (an object by key, value, key, value...).
struct JsonNode {
  JsonType type = JsonType::null;
  std::size_t offset = 0;  // where the value starts in the text
  std::size_t size = 0;    // strings: length; containers: index of the node after their last one
  union {
    const char* chars;  // strings
    std::int64_t int64;
    std::uint64_t uint64;
    double real;
    bool boolean;
  };
  JsonNode() : chars(nullptr) {}
};

}  // namespace detail

class JsonMembers;
class JsonItems;

// A value of the document last read; valid until the reader reads again.
class JsonValue {
 public:
  JsonValue(const detail::JsonNode* nodes, std::size_t index) : nodes_(nodes), index_(index) {}

  JsonType type() const { return node().type; }
  std::size_t offset() const { return node().offset; }  // byte of the text where it starts
  bool is_number() const { return type() == JsonType::int64 || type() == JsonType::uint64 || type() == JsonType::real; }

  // Each only for a value of that type.
  std::string_view string() const { return {node().chars, node().size}; }
  std::int64_t int64() const { return node().int64; }
  std::uint64_t uint64() const { return node().uint64; }
  double real() const { return node().real; }
  bool boolean() const { return node().boolean; }
  JsonMembers members() const;  // objects: key and value pairs, in the order written
  JsonItems items() const;      // arrays: the items, in order

  // The value after this one and everything inside it.
  JsonValue next() const {
    const auto& n = node();
    return {nodes_, n.type == JsonType::object || n.type == JsonType::array ? n.size : index_ + 1};
  }
  std::size_t index() const { return index_; }

 private:
  const detail::JsonNode& node() const { return nodes_[index_]; }
  const detail::JsonNode* nodes_;
  std::size_t index_;
};

struct JsonMember {
  JsonValue key;  // a string; its offset is that of its opening quote
  JsonValue value;
};

// Iteration over the members of an object or the items of an array.
class JsonMembers {
 public:
  class iterator {
   public:
    iterator(JsonValue key) : key_(key) {}
    JsonMember operator*() const { return {key_, JsonValue(key_).next()}; }
    iterator& operator++() {
      key_ = key_.next().next();
      return *this;
    }
    bool operator!=(const iterator& other) const { return key_.index() != other.key_.index(); }

   private:
    JsonValue key_;
  };
  JsonMembers(JsonValue first, JsonValue end) : first_(first), end_(end) {}
  iterator begin() const { return first_; }
  iterator end() const { return end_; }

 private:
  JsonValue first_, end_;
};

class JsonItems {
 public:
  class iterator {
   public:
    iterator(JsonValue item) : item_(item) {}
    JsonValue operator*() const { return item_; }
    iterator& operator++() {
      item_ = item_.next();
      return *this;
    }
    bool operator!=(const iterator& other) const { return item_.index() != other.item_.index(); }

   private:
    JsonValue item_;
  };
  JsonItems(JsonValue first, JsonValue end) : first_(first), end_(end) {}
  iterator begin() const { return first_; }
  iterator end() const { return end_; }

 private:
  JsonValue first_, end_;
};

inline JsonMembers JsonValue::members() const { return {{nodes_, index_ + 1}, {nodes_, node().size}}; }
inline JsonItems JsonValue::items() const { return {{nodes_, index_ + 1}, {nodes_, node().size}}; }

class JsonReader {
 public:
  // Arrays and objects may nest `max_depth` levels: [[1]] is 2.
  explicit JsonReader(std::size_t max_depth) : max_depth_(max_depth) {}

  // Reads `text` as one JSON value (whitespace around it allowed). On
  // success `root()` is that value; its strings point into `text` or into
  // the reader, so keep both until the next read.
  std::optional<JsonProblem> read(std::string_view text);
  JsonValue root() const { return {nodes_.data(), 0}; }

 private:
  class Parser;
  std::size_t max_depth_;
  std::vector<detail::JsonNode> nodes_;
  std::string unescaped_;  // decoded strings that had escapes; never longer than the text
};

}  // namespace skincare
