// --fields: paths checked against a sample, objects projected byte for byte.
#include <doctest/doctest.h>

#include <algorithm>

#include "render/json_fields.h"

using namespace skincare;

namespace {

const char* kSample =
    R"({"schema":"s/1","id":"x","verdict":"v","reasons":[{"rule":"r","because":{"q":1},"sources":["a"]}],)"
    R"("answers":{"q":1,"m":["a","b"]},"note":null,"disclaimer":"d"})";

std::string project(const char* spec, const std::string& json) {
  JsonFields fields;
  const auto problem = fields.parse(spec, kSample, {"schema", "id"}, {"q", "m"});
  REQUIRE_MESSAGE(!problem, (problem ? *problem : ""));
  std::string out;
  fields.project(json, out);
  return out;
}

}  // namespace

TEST_CASE("top-level fields keep their order; schema and id always stay") {
  CHECK(project("verdict", kSample) == R"({"schema":"s/1","id":"x","verdict":"v"})");
  CHECK(project("disclaimer,verdict", kSample) == R"({"schema":"s/1","id":"x","verdict":"v","disclaimer":"d"})");
}

TEST_CASE("a path through an array applies to each element") {
  const std::string two =
      R"({"schema":"s/1","reasons":[{"rule":"a","because":{"q":1},"sources":[]},{"rule":"b,\"}","sources":["x"]}]})";
  CHECK(project("reasons.rule", two) == R"({"schema":"s/1","reasons":[{"rule":"a"},{"rule":"b,\"}"}]})");
  CHECK(project("reasons.rule,reasons.sources", two) ==
        R"({"schema":"s/1","reasons":[{"rule":"a","sources":[]},{"rule":"b,\"}","sources":["x"]}]})");
  CHECK(project("reasons", two) == two);
}

TEST_CASE("one answer, and a path into a value the sample leaves empty") {
  CHECK(project("answers.m", kSample) == R"({"schema":"s/1","id":"x","answers":{"m":["a","b"]}})");
  CHECK(project("note.anything", kSample) == R"({"schema":"s/1","id":"x","note":null})");
}

TEST_CASE("unknown paths are refused with a suggestion; an empty list is refused") {
  JsonFields fields;
  const auto problem = fields.parse("verdict,reason.rule", kSample, {}, {"q", "m"});
  REQUIRE(problem);
  CHECK(problem->find("unknown field 'reason.rule' (did you mean 'reasons.rule'?)") != std::string::npos);
  CHECK(problem->find("answers.q") == std::string::npos);  // keys of maps are not listed
  CHECK(fields.parse(" , ", kSample, {}, {}));
  CHECK(fields.parse("answers.zzz", kSample, {}, {}));
}

TEST_CASE("every path of the sample, in order") {
  const auto paths = JsonFields::paths(kSample);
  CHECK(paths.front() == "schema");
  CHECK(std::find(paths.begin(), paths.end(), "reasons.because.q") != paths.end());
}

TEST_CASE("escaped quotes and backslashes inside strings never end them early") {
  const std::string tricky =
      R"({"schema":"s/1","reasons":[{"rule":"a\\","because":{"q":"x\"}]"},"sources":["\\\"]"]}]})";
  CHECK(project("reasons.rule", tricky) == R"({"schema":"s/1","reasons":[{"rule":"a\\"}]})");
  CHECK(project("reasons.sources", tricky) == R"({"schema":"s/1","reasons":[{"sources":["\\\"]"]}]})");
  CHECK(project("reasons", tricky) == tricky);
}

TEST_CASE("a top-level key is kept when asked for, when always kept, or when a path starts with it") {
  JsonFields fields;
  REQUIRE_FALSE(fields.parse("reasons.rule", kSample, {"schema", "id"}, {}));
  CHECK(fields.keeps("schema"));
  CHECK(fields.keeps("id"));
  CHECK(fields.keeps("reasons"));
  CHECK_FALSE(fields.keeps("verdict"));
  CHECK_FALSE(fields.keeps("answers"));
}

TEST_CASE("inside a top-level key, the fields kept are those of its value, or none when it is whole or left out") {
  JsonFields fields;
  REQUIRE_FALSE(fields.parse("reasons.rule,reasons.sources,verdict", kSample, {"schema", "id"}, {}));
  const auto reason = fields.inside("reasons");
  REQUIRE(reason);
  CHECK(reason->keeps("rule"));
  CHECK_FALSE(reason->keeps("because"));
  std::string out;
  reason->project(R"({"rule":"r","because":{"q":1},"sources":["a"]})", out);
  CHECK(out == R"({"rule":"r","sources":["a"]})");
  CHECK_FALSE(fields.inside("verdict"));  // kept whole
  CHECK_FALSE(fields.inside("answers"));  // left out
  CHECK(fields.cut_keys() == std::vector<std::string>{"reasons"});
}
