// JsonReader (src/base/json_reader.h) checked against simdjson, a JSON parser we
// did not write: for any text both accept it, or both refuse it with the
// same kind of problem; and when both accept it they read the same values
// (types, strings byte for byte, numbers bit for bit, members in order).
// Used by the unit tests (json_reader_test.cpp) and the batch fuzz target.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace skincare::testing {

class JsonDifferential {
 public:
  JsonDifferential();  // both readers with the batch's nesting limit
  ~JsonDifferential();
  JsonDifferential(const JsonDifferential&) = delete;
  JsonDifferential& operator=(const JsonDifferential&) = delete;

  // Empty when the readers agree on `text`; else what differs, in words.
  std::string disagreement(std::string_view text);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace skincare::testing
