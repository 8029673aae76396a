#include "json_differential.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <cstring>
#include <new>

#include "base/input_limits.h"
#include "base/json_reader.h"

namespace skincare::testing {

struct JsonDifferential::State {
  simdjson::dom::parser simdjson;
  std::string padded;  // the text plus simdjson's padding
  JsonReader ours{limits::kMaxNestingDepth};
};

JsonDifferential::JsonDifferential() : state_(std::make_unique<State>()) {
  if (state_->simdjson.allocate(4096, limits::kMaxNestingDepth)) throw std::bad_alloc();
}
JsonDifferential::~JsonDifferential() = default;

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

const char* kind_name(JsonProblem::Kind kind) {
  switch (kind) {
    case JsonProblem::Kind::too_deep: return "too deep";
    case JsonProblem::Kind::invalid_utf8: return "invalid UTF-8";
    case JsonProblem::Kind::bad_number: return "bad number";
    default: return "syntax";
  }
}

// The kind of problem of each simdjson error (the batch's messages tell these apart).
JsonProblem::Kind kind_of(simdjson::error_code error) {
  switch (error) {
    case simdjson::DEPTH_ERROR: return JsonProblem::Kind::too_deep;
    case simdjson::UTF8_ERROR: return JsonProblem::Kind::invalid_utf8;
    case simdjson::NUMBER_ERROR: return JsonProblem::Kind::bad_number;
    default: return JsonProblem::Kind::syntax;
  }
}

JsonType type_of(const element& value) {
  switch (value.type()) {
    case element_type::OBJECT: return JsonType::object;
    case element_type::ARRAY: return JsonType::array;
    case element_type::STRING: return JsonType::string;
    case element_type::INT64: return JsonType::int64;
    case element_type::UINT64: return JsonType::uint64;
    case element_type::DOUBLE: return JsonType::real;
    case element_type::BOOL: return JsonType::boolean;
    default: return JsonType::null;
  }
}

std::string shown(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    out += u >= 0x20 && u < 0x7F && c != '\\' ? std::string(1, c) : fmt::format("\\x{:02X}", u);
  }
  return out;
}

// Empty when `theirs` and `ours` are the same value; else where they part, as a path.
std::string compare(const element& theirs, const JsonValue& ours, const std::string& path) {
  const JsonType type = type_of(theirs);
  if (type != ours.type())
    return fmt::format("{}: simdjson reads type {}, ours {}", path, static_cast<int>(type),
                       static_cast<int>(ours.type()));
  switch (type) {
    case JsonType::string: {
      const std::string_view value(theirs);
      if (value != ours.string())
        return fmt::format("{}: simdjson reads \"{}\", ours \"{}\"", path, shown(value), shown(ours.string()));
      return {};
    }
    case JsonType::int64:
      if (int64_t(theirs) != ours.int64())
        return fmt::format("{}: simdjson reads {}, ours {}", path, int64_t(theirs), ours.int64());
      return {};
    case JsonType::uint64:
      if (uint64_t(theirs) != ours.uint64())
        return fmt::format("{}: simdjson reads {}, ours {}", path, uint64_t(theirs), ours.uint64());
      return {};
    case JsonType::real: {
      const double value(theirs);
      const double mine = ours.real();
      if (std::memcmp(&value, &mine, sizeof value) != 0)
        return fmt::format("{}: simdjson reads {}, ours {}", path, value, mine);
      return {};
    }
    case JsonType::boolean:
      if (bool(theirs) != ours.boolean()) return fmt::format("{}: simdjson reads {}, ours {}", path, bool(theirs), ours.boolean());
      return {};
    case JsonType::null: return {};
    case JsonType::array: {
      auto item = ours.items().begin();
      const auto end = ours.items().end();
      std::size_t i = 0;
      for (const element value : simdjson::dom::array(theirs)) {
        if (!(item != end)) return fmt::format("{}: ours has fewer items", path);
        if (auto differs = compare(value, *item, fmt::format("{}[{}]", path, i)); !differs.empty()) return differs;
        ++item;
        ++i;
      }
      if (item != end) return fmt::format("{}: ours has more items", path);
      return {};
    }
    case JsonType::object: {
      auto member = ours.members().begin();
      const auto end = ours.members().end();
      for (const auto field : simdjson::dom::object(theirs)) {
        if (!(member != end)) return fmt::format("{}: ours has fewer members", path);
        const JsonMember mine = *member;
        if (field.key != mine.key.string())
          return fmt::format("{}: simdjson reads key \"{}\", ours \"{}\"", path, shown(field.key),
                             shown(mine.key.string()));
        if (auto differs = compare(field.value, mine.value, path + "." + shown(field.key)); !differs.empty())
          return differs;
        ++member;
      }
      if (member != end) return fmt::format("{}: ours has more members", path);
      return {};
    }
  }
  return {};
}

}  // namespace

std::string JsonDifferential::disagreement(std::string_view text) {
  State& state = *state_;
  state.padded.assign(text);
  state.padded.append(simdjson::SIMDJSON_PADDING, '\0');
  element theirs;
  const simdjson::error_code error = state.simdjson.parse(state.padded.data(), text.size(), false).get(theirs);
  const auto problem = state.ours.read(text);
  if (error && !problem)
    return fmt::format("simdjson refuses ({}), ours accepts: {}", simdjson::error_message(error), shown(text));
  if (!error && problem)
    return fmt::format("simdjson accepts, ours refuses ({} at byte {}): {}", kind_name(problem->kind),
                       problem->offset, shown(text));
  if (error) {
    if (kind_of(error) != problem->kind)
      return fmt::format("simdjson refuses with {} ({}), ours with {} at byte {}: {}", kind_name(kind_of(error)),
                         simdjson::error_message(error), kind_name(problem->kind), problem->offset, shown(text));
    return {};
  }
  if (auto differs = compare(theirs, state.ours.root(), "$"); !differs.empty()) return differs + " in " + shown(text);
  return {};
}

}  // namespace skincare::testing
