// Fuzz target: `skincare assess --batch`, the whole streaming path (line
// splitting, JsonReader, normalisation, evaluation, JSON output) run on the
// input as standard input. Every non-blank input line must give exactly one
// output line, and each must be a JSON object with a verdict or an error.
// Each input line, and the whole input, must also read the same with
// JsonReader as with simdjson (json_differential.h).
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <simdjson.h>
#include <string>
#include <string_view>

#include "base/input_text.h"
#include "cli/assess_modes.h"
#include "fuzz_support.h"
#include "json_differential.h"

namespace {

using namespace skincare;

int g_input = -1;   // memfd: the batch's standard input
int g_output = -1;  // memfd installed as stdout

int memory_file(const char* name) {
  const int fd = ::memfd_create(name, MFD_CLOEXEC);
  if (fd < 0) fuzz::finding("memfd_create failed", name);
  return fd;
}

void reset(int fd) {
  if (::ftruncate(fd, 0) != 0 || ::lseek(fd, 0, SEEK_SET) != 0) fuzz::finding("cannot reset a memfd", "");
}

std::string contents(int fd) {
  std::string text;
  char buffer[65536];
  for (off_t at = 0;;) {
    const ssize_t got = ::pread(fd, buffer, sizeof buffer, at);
    if (got <= 0) break;
    text.append(buffer, static_cast<std::size_t>(got));
    at += got;
  }
  return text;
}

// Non-blank lines, after the byte order mark that may open the stream (the
// batch reader drops it, so a first line holding only the mark is blank:
// regressions/batch/byte-order-mark-alone).
std::size_t records_in(std::string_view input) {
  input = without_byte_order_mark(input);
  std::size_t records = 0;
  while (!input.empty()) {
    const auto newline = input.find('\n');
    const std::string_view line = input.substr(0, newline);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) ++records;
    if (newline == std::string_view::npos) break;
    input.remove_prefix(newline + 1);
  }
  return records;
}

// JsonReader and simdjson agree on every line of the input and on all of it.
void expect_same_reading(std::string_view input) {
  static testing::JsonDifferential differential;
  for (std::string_view rest = input;;) {
    const auto newline = rest.find('\n');
    if (const std::string differs = differential.disagreement(rest.substr(0, newline)); !differs.empty())
      fuzz::finding("JsonReader and simdjson disagree on a line", differs);
    if (newline == std::string_view::npos) break;
    rest.remove_prefix(newline + 1);
  }
  if (const std::string differs = differential.disagreement(input); !differs.empty())
    fuzz::finding("JsonReader and simdjson disagree on the whole input", differs);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::keep_reports_visible();
  (void)fuzz::shipped();
  g_input = memory_file("batch-input");
  g_output = memory_file("batch-output");
  if (::dup2(g_output, STDOUT_FILENO) < 0) fuzz::finding("cannot redirect stdout", "");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  reset(g_input);
  reset(g_output);
  if (size > 0 && ::write(g_input, data, size) != static_cast<ssize_t>(size)) fuzz::finding("short write", "");
  ::lseek(g_input, 0, SEEK_SET);

  cli::AssessOptions options;
  options.partial = size % 2 == 1;  // half the inputs may leave questions out
  options.explain_range = options.partial;
  ResultWriter writer(fuzz::shipped().context, ResultFormat::json);
  cli::BatchInput batch_input;
  batch_input.name = "<stdin>";
  const int status = cli::run_batch(fuzz::shipped(), writer, batch_input, g_input, options);
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  expect_same_reading(input);
  const std::string output = contents(g_output);
  if (status != 0 && status != 65) fuzz::finding("batch exit status is neither 0 nor 65", input);

  fuzz::expect_terminal_safe(output, "batch output");
  simdjson::dom::parser parser;
  std::size_t lines = 0;
  bool failed = false;
  std::string_view rest = output;
  while (!rest.empty()) {
    const auto newline = rest.find('\n');
    if (newline == std::string_view::npos) fuzz::finding("batch output does not end with a newline", input);
    const std::string line(rest.substr(0, newline));
    rest.remove_prefix(newline + 1);
    ++lines;
    simdjson::dom::object object;
    if (parser.parse(line).get_object().get(object)) fuzz::finding("a batch output line is not a JSON object", line);
    simdjson::dom::element ignored;
    const bool verdict = !object["verdict"].get(ignored);
    const bool error = !object["error"].get(ignored);
    if (verdict == error) fuzz::finding("a batch output line has neither or both of verdict and error", line);
    failed = failed || error;
  }
  if (lines != records_in(input)) fuzz::finding("batch output lines do not match the input's records", input);
  if (failed != (status == 65)) fuzz::finding("batch exit status does not match its error lines", input);
  return 0;
}
