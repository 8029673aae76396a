// The RFC 4180 reader: spreadsheet exports, quoting, errors with their
// place, limits, and chunk boundaries anywhere.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "interop/csv_reader.h"

using namespace skincare;

namespace {

struct Read {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> lines;
  std::vector<std::string> errors;  // "" for good rows, else "LINE:COL message"
};

Read read(const std::string& text, std::size_t chunk = 0, std::size_t limit = 1 << 20) {
  Read out;
  CsvReader reader(limit, [&](const CsvRow& row) {
    out.rows.push_back(row.cells);
    out.lines.push_back(row.line);
    out.errors.push_back(row.error ? std::to_string(row.error_line) + ":" + std::to_string(row.error_column) + " " +
                                         *row.error
                                   : "");
  });
  if (chunk == 0) {
    reader.feed(text);
  } else {
    for (std::size_t i = 0; i < text.size(); i += chunk) reader.feed(std::string_view(text).substr(i, chunk));
  }
  reader.finish();
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("plain rows, LF and CRLF, with or without a last line end") {
  CHECK(read("a,b\n1,2\n").rows == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(read("a,b\r\n1,2\r\n").rows == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(read("a,b\r\n1,2").rows == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(read("a,,\n").rows == Rows{{"a", "", ""}});
  CHECK(read(",\n").rows == Rows{{"", ""}});
}

TEST_CASE("a UTF-8 byte order mark is skipped, other bytes at the start are kept") {
  CHECK(read("\xEF\xBB\xBFid,age\n").rows == Rows{{"id", "age"}});
  CHECK(read("\xEF\xBBx\n").rows == Rows{{"\xEF\xBBx"}});
  CHECK(read("\xEF\xBB").rows == Rows{{"\xEF\xBB"}});
}

TEST_CASE("quoted cells hold commas, doubled quotes and line breaks") {
  const Read r = read("id,note\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",x\nlast,\"\"\n");
  CHECK(r.rows == Rows{{"id", "note"}, {"a,b", "say \"hi\""}, {"two\r\nlines", "x"}, {"last", ""}});
  CHECK(r.lines == std::vector<std::size_t>{1, 2, 3, 5});
}

TEST_CASE("blank lines carry no record") {
  const Read r = read("a\n\n\r\nb\n");
  CHECK(r.rows == Rows{{"a"}, {"b"}});
  CHECK(r.lines == std::vector<std::size_t>{1, 4});
}

TEST_CASE("malformed rows get an error with line and column, and reading goes on") {
  const Read r = read("a,b\nx\"y,1\n\"ok\"z,2\nfine,3\n");
  REQUIRE(r.rows.size() == 4);
  CHECK(r.errors[0].empty());
  CHECK(r.errors[1].rfind("2:2 a quote inside a cell", 0) == 0);
  CHECK(r.errors[2].rfind("3:5 text after the closing quote", 0) == 0);
  CHECK(r.errors[3].empty());
  CHECK(r.rows[3] == std::vector<std::string>{"fine", "3"});
}

TEST_CASE("a quote left open is reported where it opened") {
  const Read r = read("a,b\n1,\"open\nmore\n");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.errors[1] == "2:3 a quoted cell is not closed (a quote is missing)");
}

TEST_CASE("a carriage return inside an unquoted cell is an error") {
  const Read r = read("a\rb\n");
  CHECK(r.errors[0].rfind("1:3 a carriage return", 0) == 0);
}

TEST_CASE("a row over the limit is reported and skipped, quotes and all") {
  const Read r = read("a,b\n\"" + std::string(100, 'x') + "\n,\",2\nc,d\n", 0, 50);
  REQUIRE(r.rows.size() == 3);
  CHECK(r.errors[1].find("longer than 50 bytes") != std::string::npos);
  CHECK(r.rows[2] == std::vector<std::string>{"c", "d"});
  CHECK(r.lines[2] == 4);
}

TEST_CASE("the same rows whatever the chunk size") {
  const std::string text = "\xEF\xBB\xBFid,x\r\n\"a\"\"b\",\"1\r\n2\"\r\nbad\"q,3\r\nz,\"\"\r\n";
  const Read whole = read(text);
  for (std::size_t chunk = 1; chunk < 8; ++chunk) {
    const Read parts = read(text, chunk);
    CHECK(parts.rows == whole.rows);
    CHECK(parts.errors == whole.errors);
    CHECK(parts.lines == whole.lines);
  }
}

TEST_CASE("a row of exactly the limit (its line end included) is read, one byte more is reported where it is") {
  const std::string cell(8, 'x');  // "xxxxxxxx,yy\n" is 12 bytes
  for (const std::size_t chunk : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{64}}) {
    CAPTURE(chunk);
    const Read fits = read(cell + ",yy\n", chunk, 12);
    CHECK(fits.errors == std::vector<std::string>{""});
    CHECK(fits.rows == Rows{{cell, "yy"}});
    const Read over = read(cell + ",yyy\nok\n", chunk, 12);
    REQUIRE(over.rows.size() == 2);
    CHECK(over.errors[0] == "1:13 the row is longer than 12 bytes (the limit for one row)");
    CHECK(over.rows[1] == std::vector<std::string>{"ok"});
    const Read quoted = read("\"" + cell + "\",\"yyy\"\nok\n", chunk, 12);
    REQUIRE(quoted.rows.size() == 2);
    CHECK(quoted.errors[0] == "1:13 the row is longer than 12 bytes (the limit for one row)");
  }
}
