#include "render/results.h"

#include <doctest/doctest.h>

#include <string>

using skincare::FieldError;
using skincare::write_batch_error_json;

TEST_CASE("a failed batch record is one JSON object with its id, line and error") {
  std::string out;
  write_batch_error_json(out, "\"r-7\"", 7, FieldError{"invalid-answer", "age", "'age' must be a whole number", {}});
  CHECK(out ==
        "{\"id\":\"r-7\",\"line\":7,\"error\":{\"code\":\"invalid-answer\",\"message\":\"'age' must be a whole "
        "number\",\"question\":\"age\"}}");
}

TEST_CASE("a batch error without an id leaves the id out, and one about no question has a null question") {
  std::string out = "before\n";
  write_batch_error_json(out, {}, 3, FieldError{"invalid-input", {}, "the line is not JSON", {}});
  CHECK(out ==
        "before\n{\"line\":3,\"error\":{\"code\":\"invalid-input\",\"message\":\"the line is not JSON\","
        "\"question\":null}}");
}

TEST_CASE("a number id is kept as a number and a message with quotes and controls stays one valid string") {
  std::string out;
  write_batch_error_json(out, "42", 1, FieldError{"invalid-input", {}, "bad \"x\"\n\x1b[2J", {}});
  CHECK(out ==
        "{\"id\":42,\"line\":1,\"error\":{\"code\":\"invalid-input\",\"message\":\"bad \\\"x\\\"\\n\\\\x1B[2J\","
        "\"question\":null}}");
}
