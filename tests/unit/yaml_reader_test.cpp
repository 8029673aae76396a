#include "base/yaml_reader.h"

#include <doctest/doctest.h>

#include <functional>
#include <string>

#include "base/errors.h"

using skincare::DataError;
using skincare::Location;
using skincare::MapReader;
using skincare::parse_yaml;

namespace {

const std::string kFile = "thing.yaml";

MapReader reader(const std::string& yaml) { return MapReader(parse_yaml(yaml, kFile), kFile, "thing"); }

DataError error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const DataError& e) {
    return e;
  }
  FAIL("no DataError was thrown");
  return DataError({}, "");
}

void check_error(const DataError& e, int line, int column, const std::string& message) {
  CHECK(e.where().file == kFile);
  CHECK(e.where().line == line);
  CHECK(e.where().column == column);
  CHECK(e.reason() == message);
  CHECK(std::string(e.what()) == kFile + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message);
}

}  // namespace

TEST_CASE("a data error's message starts with the known parts of FILE:LINE:COL and it exits with the data status") {
  const DataError e({"a.yaml", 3, 7}, "bad value");
  CHECK(std::string(e.what()) == "a.yaml:3:7: bad value");
  CHECK(e.reason() == "bad value");
  CHECK(e.status() == skincare::ExitStatus::data);
  CHECK(static_cast<int>(e.status()) == 65);
  CHECK(Location{"f", 2, 5}.describe() == "f:2:5");
  CHECK(Location{"f", 2, 0}.describe() == "f:2");
  CHECK(Location{"f", 0, 0}.describe() == "f");
  CHECK(Location{"", 2, 5}.describe() == "");
  CHECK(std::string(DataError({"", 0, 0}, "plain").what()) == "plain");
}

TEST_CASE("a YAML syntax error or invalid UTF-8 is a data error at its 1-based line and column") {
  const DataError e = error_of([] { (void)parse_yaml("a: 1\nb: [1, 2\n", kFile); });
  CHECK(e.where().file == kFile);
  CHECK(e.where().line >= 2);
  CHECK(e.where().column >= 1);
  CHECK_FALSE(e.reason().empty());
  const DataError bad_byte = error_of([] { (void)parse_yaml("a: 1\nbb: 2\nc: x\xFFy\n", kFile); });
  check_error(bad_byte, 3, 5, "invalid UTF-8 (the file must be UTF-8 text)");
}

TEST_CASE("locations of nodes and keys are 1-based, and an absent key falls back to the mapping's place") {
  const YAML::Node root = parse_yaml("first: 1\nsecond:\n  inner: yes\n", kFile);
  const Location where = skincare::location_of(root["second"]["inner"], kFile);
  CHECK(where.file == kFile);
  CHECK(where.line == 3);
  CHECK(where.column == 10);
  const Location top = skincare::location_of(root, kFile);
  CHECK(top.line == 1);
  CHECK(top.column == 1);
  const MapReader keyed = reader("a: 1\nbb:   2\n");
  CHECK(keyed.location("bb").line == 2);
  CHECK(keyed.location("bb").column == 7);
  CHECK(keyed.location("missing").line == 1);
  CHECK(keyed.location("missing").column == 1);
  CHECK(keyed.file() == kFile);
}

TEST_CASE("a map reader refuses a node that is not a mapping") {
  const YAML::Node root = parse_yaml("key: value\nlist:\n  - 1\n", kFile);
  const DataError e = error_of([&] { MapReader inner(root["list"], kFile, "inner"); });
  check_error(e, 3, 3, "inner must be a mapping of keys to values");
}

TEST_CASE("an unknown key is an error at the key that suggests an allowed key only when one is close") {
  const MapReader map = reader("name: a\nnoet: b\n");
  check_error(error_of([&] { map.allow_only({"name", "note"}); }), 2, 1,
              "unknown key 'noet' in thing (did you mean 'note'?)");
  const MapReader far = reader("name: a\nxyzzyplugh: b\n");
  check_error(error_of([&] { far.allow_only({"name", "note"}); }), 2, 1, "unknown key 'xyzzyplugh' in thing");
  const MapReader known = reader("name: a\nnote: b\n");
  CHECK_NOTHROW(known.allow_only({"name", "note", "other"}));
  CHECK(known.has("name"));
  CHECK_FALSE(known.has("other"));
  CHECK_FALSE(static_cast<bool>(known.node("other")));
}

TEST_CASE("an unknown key with control characters is shown escaped") {
  const MapReader map = reader("\"bad\\ekey\": 1\n");
  const DataError e = error_of([&] { map.allow_only({"name"}); });
  CHECK(e.reason() == "unknown key 'bad\\x1Bkey' in thing");
  CHECK(std::string(e.what()).find('\x1b') == std::string::npos);
}

TEST_CASE("a string must be present, text and not blank, and an optional one may be absent") {
  const MapReader map = reader("name: Alice\nblank: '  '\nlist: [a]\n");
  CHECK(map.string("name") == "Alice");
  check_error(error_of([&] { (void)map.string("missing"); }), 1, 1, "thing is missing required key 'missing'");
  check_error(error_of([&] { (void)map.string("blank"); }), 2, 8, "'blank' in thing must not be empty");
  check_error(error_of([&] { (void)map.string("list"); }), 3, 7, "'list' in thing must be text");
  const MapReader optional = reader("name: Alice\nempty: ''\n");
  CHECK(optional.optional_string("name") == std::optional<std::string>("Alice"));
  CHECK_FALSE(optional.optional_string("missing").has_value());
  check_error(error_of([&] { (void)optional.optional_string("empty"); }), 2, 8, "'empty' in thing must not be empty");
}

TEST_CASE("a string list reads its entries in order, and a missing required, non-list, empty or holed list is an error") {
  const MapReader map = reader("name: x\nnone: []\nholes: [a, '']\nnested: [[a]]\n");
  check_error(error_of([&] { (void)map.string_list("missing", true); }), 1, 1,
              "thing is missing required list 'missing'");
  check_error(error_of([&] { (void)map.string_list("name"); }), 1, 7, "'name' in thing must be a list");
  check_error(error_of([&] { (void)map.string_list("none", true); }), 2, 7, "'none' in thing must not be empty");
  check_error(error_of([&] { (void)map.string_list("holes"); }), 3, 12, "'holes' in thing has an empty entry");
  check_error(error_of([&] { (void)map.string_list("nested"); }), 4, 10, "'nested' in thing must be text");
  const MapReader good = reader("list: [a, b, c]\n");
  CHECK(good.string_list("list") == std::vector<std::string>{"a", "b", "c"});
  CHECK(good.string_list("missing").empty());
}

TEST_CASE("an integer is read as a whole number and anything else is an error") {
  const MapReader map = reader("n: 42\nneg: -7\nbad: 4x\nword: many\n");
  CHECK(map.integer("n") == 42);
  CHECK(map.optional_integer("neg") == std::optional<long long>(-7));
  CHECK_FALSE(map.optional_integer("missing").has_value());
  check_error(error_of([&] { (void)map.integer("bad"); }), 3, 6, "'bad' in thing must be a whole number, not '4x'");
  check_error(error_of([&] { (void)map.integer("word"); }), 4, 7,
              "'word' in thing must be a whole number, not 'many'");
  check_error(error_of([&] { (void)map.integer("missing"); }), 1, 1, "thing is missing required key 'missing'");
}

TEST_CASE("a date must look like YYYY-MM-DD with a real month and day") {
  const MapReader map = reader("ok: 2026-11-25\nshort: 2026-1-5\nmonth: 2026-13-01\nday: 2026-01-00\n");
  CHECK(map.date("ok") == "2026-11-25");
  check_error(error_of([&] { (void)map.date("short"); }), 2, 8,
              "'short' in thing must be a date like 2026-11-25, not '2026-1-5'");
  check_error(error_of([&] { (void)map.date("month"); }), 3, 8,
              "'month' in thing must be a date like 2026-11-25, not '2026-13-01'");
  check_error(error_of([&] { (void)map.date("day"); }), 4, 6,
              "'day' in thing must be a date like 2026-11-25, not '2026-01-00'");
}

TEST_CASE("one of accepts only the allowed values and suggests the closest") {
  const MapReader map = reader("colour: red\nshade: gren\n");
  CHECK(map.one_of("colour", {"red", "green"}) == "red");
  check_error(error_of([&] { (void)map.one_of("shade", {"red", "green"}); }), 2, 8,
              "'shade' in thing must be one of red, green, not 'gren' (did you mean 'green'?)");
}

TEST_CASE("scalar text returns a scalar and names what was expected otherwise") {
  const YAML::Node root = parse_yaml("a: hello\nb: {c: 1}\n", kFile);
  CHECK(skincare::scalar_text(root["a"], kFile, "greeting") == "hello");
  check_error(error_of([&] { (void)skincare::scalar_text(root["b"], kFile, "greeting"); }), 2, 4,
              "greeting must be a single value (text)");
}

TEST_CASE("a key given twice in one mapping is an error at the second that names the first") {
  check_error(error_of([] { parse_yaml("age: 30\nsunburn: no\nage: 31\n", kFile); }), 3, 1,
              "the key 'age' is given twice in the same mapping (first at line 1, column 1); keep one, so it is "
              "clear which value counts");
  // Flow mappings and JSON alike, and quoting does not make a key different.
  check_error(error_of([] { parse_yaml("{\"age\": 30, 'age': 31}", kFile); }), 1, 13,
              "the key 'age' is given twice in the same mapping (first at line 1, column 2); keep one, so it is "
              "clear which value counts");
  // Nested mappings are checked too.
  check_error(error_of([] { parse_yaml("answers:\n  a: 1\n  b: 2\n  a: 3\n", kFile); }), 4, 3,
              "the key 'a' is given twice in the same mapping (first at line 2, column 3); keep one, so it is "
              "clear which value counts");
}

TEST_CASE("the same key in different mappings, or as a value, is not a repeat") {
  const YAML::Node root = parse_yaml("a: {a: a}\nb: [{a: 1}, {a: 2}]\nc: a\n", kFile);
  CHECK(root["a"]["a"].Scalar() == "a");
  CHECK(root["b"][1]["a"].Scalar() == "2");
  CHECK(root["c"].Scalar() == "a");
  CHECK(parse_yaml("- a\n- a\n", kFile).size() == 2);  // a list may repeat itself
}

TEST_CASE("a byte order mark and CRLF line ends read as the plain file, with the same places") {
  const std::string plain = "title: Hello\nbody: >-\n  one\n  two\n\n  three\nlist:\n  - x\n  - y\n";
  std::string windows = "\xEF\xBB\xBF";
  for (const char c : plain) windows += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const YAML::Node a = parse_yaml(plain, kFile);
  const YAML::Node b = parse_yaml(windows, kFile);
  CHECK(b["title"].Scalar() == "Hello");
  CHECK(b["body"].Scalar() == a["body"].Scalar());
  CHECK(b["body"].Scalar() == "one two\nthree");
  CHECK(b["list"][1].Scalar() == "y");
  CHECK(skincare::location_of(b["list"], kFile).line == skincare::location_of(a["list"], kFile).line);
  CHECK(skincare::location_of(b["title"], kFile).column == 8);
  check_error(error_of([] { parse_yaml("\xEF\xBB\xBF" "a: 1\r\na: 2\r\n", kFile); }), 2, 1,
              "the key 'a' is given twice in the same mapping (first at line 1, column 1); keep one, so it is "
              "clear which value counts");
}
