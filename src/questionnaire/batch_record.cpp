#include "questionnaire/batch_record.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/input_limits.h"
#include "base/json_reader.h"
#include "base/json_writer.h"

namespace skincare {

namespace {

// The keys of one line, to find a key given twice without comparing every
// pair: an open-addressing table of member numbers by the key's hash, kept
// at most half full and reused from line to line (a new line only moves
// the generation on, so nothing is cleared).
class KeyTable {
 public:
  // Starts a line.
  void clear() {
    members_.clear();
    if (++generation_ == 0) {  // wrapped: old stamps could pass for new ones
      std::fill(slots_.begin(), slots_.end(), Slot{});
      generation_ = 1;
    }
  }

  // The member given earlier with the same key, or nullptr after noting this one.
  const JsonMember* earlier_or_add(const JsonMember& member) {
    if (2 * (members_.size() + 1) > slots_.size()) grow();
    const std::string_view key = member.key.string();
    for (std::size_t at = hash(key) & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      Slot& slot = slots_[at];
      if (slot.generation != generation_) {
        slot = Slot{generation_, static_cast<std::uint32_t>(members_.size())};
        members_.push_back(member);
        return nullptr;
      }
      if (members_[slot.member].key.string() == key) return &members_[slot.member];
    }
  }

 private:
  struct Slot {
    std::uint32_t generation = 0;
    std::uint32_t member = 0;
  };

  // The length and the first and last eight bytes, mixed: cheap, and keys
  // that share them only cost a comparison more.
  static std::size_t hash(std::string_view key) {
    std::uint64_t h = key.size();
    if (key.size() >= 8) {
      std::uint64_t first = 0;
      std::uint64_t last = 0;
      std::memcpy(&first, key.data(), 8);
      std::memcpy(&last, key.data() + key.size() - 8, 8);
      h ^= first * 0x9E3779B97F4A7C15ULL;
      h ^= (last ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL;
    } else {
      for (const char c : key) h = (h << 8) | static_cast<unsigned char>(c);
      h *= 0x9E3779B97F4A7C15ULL;
    }
    return static_cast<std::size_t>(h ^ (h >> 32));
  }

  void grow() {
    const std::vector<JsonMember> members = std::move(members_);
    slots_.assign(std::max<std::size_t>(64, 2 * slots_.size()), Slot{});
    generation_ = 1;
    members_.clear();
    for (const JsonMember& member : members) earlier_or_add(member);
  }

  std::vector<Slot> slots_;
  std::vector<JsonMember> members_;  // this line's, in order
  std::uint32_t generation_ = 1;
};

}  // namespace

struct BatchRecordParser::State {
  JsonReader reader{limits::kMaxNestingDepth};  // reuses its memory from line to line
  KeyTable keys;                                // the line's keys so far, to refuse a key given twice
  BatchRecord record;
  std::size_t fields = 0;      // of record.fields filled so far on this line
  std::vector<RawField> spare;  // fields earlier lines had beyond this one's, kept for their memory

  // The next field, reused: its strings keep their memory from earlier lines.
  RawField& next_field() {
    if (fields == record.fields.size()) {
      if (spare.empty()) {
        record.fields.emplace_back();
      } else {
        record.fields.push_back(std::move(spare.back()));
        spare.pop_back();
      }
    }
    return record.fields[fields++];
  }

  // Ends the line: record.fields holds exactly the fields it filled.
  void end_line() {
    while (record.fields.size() > fields) {
      spare.push_back(std::move(record.fields.back()));
      record.fields.pop_back();
    }
  }
};

BatchRecordParser::BatchRecordParser() : state_(std::make_unique<State>()) {}
BatchRecordParser::~BatchRecordParser() = default;

namespace {

// What is wrong with a line the reader refused, in words, with the place when it helps.
std::string parse_problem(const JsonProblem& problem) {
  switch (problem.kind) {
    case JsonProblem::Kind::too_deep:
      return fmt::format("the line nests arrays and objects more than {} levels deep (the limit)",
                         limits::kMaxNestingDepth);
    case JsonProblem::Kind::invalid_utf8:
      return fmt::format("the line is not valid UTF-8 (at byte {})", problem.offset + 1);
    case JsonProblem::Kind::bad_number:
      return "the line has a number that is malformed or too large";
    default:
      return "the line is not valid JSON";
  }
}

FieldError invalid(const std::string& message, const std::string& question = {}) {
  return FieldError{"invalid-input", question, message, {}};
}

// A number's text as written would be: integers exactly, others shortest.
std::string number_text(const JsonValue& value) {
  switch (value.type()) {
    case JsonType::int64: return std::to_string(value.int64());
    case JsonType::uint64: return std::to_string(value.uint64());
    default: return fmt::format("{}", value.real());
  }
}

// A scalar's text as an answer; false with `problem` set otherwise.
bool scalar_text(const JsonValue& value, std::string& out, std::string& problem, std::string_view key) {
  switch (value.type()) {
    case JsonType::string:
      out.assign(value.string());
      return true;
    case JsonType::int64:
    case JsonType::uint64:
    case JsonType::real:
      out = number_text(value);
      return true;
    case JsonType::boolean:
      out = value.boolean() ? "true" : "false";
      return true;
    default:
      problem = fmt::format("the answer to '{}' must be a value or a list of values", key);
      return false;
  }
}

// Byte offsets are 1-based in messages, and a key's is that of its opening quote.
FieldError repeated_key(std::string_view key, const JsonMember& first, const JsonMember& second) {
  return invalid(fmt::format("the key '{}' is given twice (at bytes {} and {}); keep one, so it is clear which "
                             "value counts",
                             escape_controls(key), first.key.offset() + 1, second.key.offset() + 1),
                 key == "id" ? std::string() : std::string(key));
}

}  // namespace

const BatchRecord& BatchRecordParser::parse(std::string_view line) {
  BatchRecord& record = state_->record;
  record.id_json.clear();
  record.error.reset();
  state_->fields = 0;
  record.error = read_fields(line);
  state_->end_line();
  return record;
}

std::optional<FieldError> BatchRecordParser::read_fields(std::string_view line) {
  BatchRecord& record = state_->record;
  if (const auto problem = state_->reader.read(line)) return invalid(parse_problem(*problem));
  const JsonValue document = state_->reader.root();
  if (document.type() != JsonType::object) return invalid("each line must be a JSON object of answers");
  state_->keys.clear();
  for (const JsonMember member : document.members()) {
    const std::string_view key = member.key.string();
    if (const JsonMember* earlier = state_->keys.earlier_or_add(member)) {
      // refused, not "the last one wins" (fuzz regression batch/repeated-id)
      if (key == "id") record.id_json.clear();
      return repeated_key(key, *earlier, member);
    }
    const JsonValue& value = member.value;
    if (key == "id") {
      if (value.type() == JsonType::string) {
        append_json_string(record.id_json, value.string());
      } else if (value.is_number()) {
        record.id_json = number_text(value);
      } else {
        return invalid("'id' must be a string or a number");
      }
      continue;
    }
    if (value.type() == JsonType::null) continue;  // null: not answered
    RawField& field = state_->next_field();
    field.id.assign(key);
    field.value.text.clear();
    field.value.is_list = value.type() == JsonType::array;
    std::string problem;
    if (field.value.is_list) {
      std::size_t count = 0;
      for (const JsonValue item : value.items()) {
        if (count == field.value.items.size()) field.value.items.emplace_back();
        if (!scalar_text(item, field.value.items[count++], problem, key)) return invalid(problem, std::string(key));
      }
      field.value.items.resize(count);
    } else {
      field.value.items.clear();
      if (!scalar_text(value, field.value.text, problem, key)) return invalid(problem, std::string(key));
    }
  }
  return std::nullopt;
}

}  // namespace skincare
