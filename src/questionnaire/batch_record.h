// One line of a batch (JSON Lines): an object of answers with an optional
// "id". Read with JsonReader (json_reader.h), which reuses its memory, so a
// batch runs in constant memory however many lines it has. A key given twice
// is an error naming it and both byte offsets, never "the last one wins".
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/answer_fields.h"

namespace skincare {

struct BatchRecord {
  std::string id_json;           // the "id" value as JSON text, or empty
  std::vector<RawField> fields;  // every other member
  std::optional<FieldError> error;
};

class BatchRecordParser {
 public:
  BatchRecordParser();
  ~BatchRecordParser();
  BatchRecordParser(const BatchRecordParser&) = delete;
  BatchRecordParser& operator=(const BatchRecordParser&) = delete;

  // Parses one line (without its newline). The result is valid until the
  // next call.
  const BatchRecord& parse(std::string_view line);

 private:
  std::optional<FieldError> read_fields(std::string_view line);  // fills the record; its error if any

  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace skincare
