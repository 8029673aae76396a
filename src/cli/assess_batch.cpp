// `skincare assess --batch`: JSON Lines in, one JSON result a line out, in
// input order and constant memory. A bad line gets an error object on its
// own line and the run goes on.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#include "cli/assess_modes.h"
#include "cli/output.h"
#include "input_limits.h"
#include "input_text.h"
#include "questionnaire/batch_record.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/partial_evaluation.h"
#include "render/json_writer.h"

namespace skincare::cli {

namespace {

constexpr std::size_t kFlushBytes = 1 << 18;

void write_error(std::string& out, std::string_view id_json, std::size_t line, const FieldError& error) {
  out += '{';
  if (!id_json.empty()) {
    out += "\"id\":";
    out.append(id_json);
    out += ',';
  }
  out += "\"line\":" + std::to_string(line) + ",\"error\":{\"code\":";
  append_json_string(out, error.code);
  out += ",\"message\":";
  append_json_string(out, error.message);
  out += ",\"question\":";
  if (error.question.empty()) out += "null";
  else append_json_string(out, error.question);
  out += "}}\n";
}

class BatchRun {
 public:
  BatchRun(const AssessmentSetup& setup, const AssessOptions& options)
      : setup_(setup), options_(options), json_(setup.context) {
    if (options.partial) partial_ = std::make_unique<PartialEvaluator>(setup.questionnaire);
  }

  void line(std::string_view text, std::size_t number) {
    if (number == 1) text = without_byte_order_mark(text);  // as spreadsheet exports start
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) return;  // blank lines carry no record
    const BatchRecord& record = parser_.parse(text);
    if (record.error) return failed(record.id_json, number, *record.error);
    if (const auto error = normalise_fields(setup_.questionnaire, record.fields, answers_))
      return failed(record.id_json, number, *error);
    Summary summary;
    if (partial_) {
      try {
        summary = partial_->evaluate(answers_, options_.explain_range);
      } catch (const DataError& e) {
        return failed(record.id_json, number, FieldError{"invalid-input", {}, e.reason(), {}});
      }
    } else {
      if (const auto error = check_complete(setup_.questionnaire, answers_)) return failed(record.id_json, number, *error);
      summary = evaluate(setup_.questionnaire, answers_);
    }
    if (!summary.ignored.empty()) ++with_ignored_;
    json_.write(out_, summary, record.id_json);
    out_ += '\n';
    flush_if_full();
  }

  void too_long(std::size_t number) {
    failed({}, number, FieldError{"invalid-input", {},
                                  fmt::format("the line is longer than {} (the limit for one line)",
                                              limits::describe_size(limits::kMaxBatchLineBytes)),
                                  {}});
  }

  int finish() {
    write_stdout(out_);
    out_.clear();
    if (with_ignored_ > 0)
      write_stderr(fmt::format("skincare: warning: {} record(s) answered questions that were not asked; "
                               "see \"ignored\" in their results\n", with_ignored_));
    if (failures_ > 0) {
      write_stderr(fmt::format("skincare: {} record(s) could not be assessed; see their \"error\" lines\n", failures_));
      return static_cast<int>(ExitStatus::data);
    }
    return 0;
  }

 private:
  void failed(std::string_view id_json, std::size_t number, const FieldError& error) {
    ++failures_;
    write_error(out_, id_json, number, error);
    flush_if_full();
  }
  void flush_if_full() {
    if (out_.size() < kFlushBytes) return;
    write_stdout(out_);
    out_.clear();
  }

  const AssessmentSetup& setup_;
  const AssessOptions& options_;
  std::unique_ptr<PartialEvaluator> partial_;
  AssessmentJson json_;
  BatchRecordParser parser_;
  AnswerSet answers_;
  std::string out_;
  std::size_t failures_ = 0;
  std::size_t with_ignored_ = 0;
};

}  // namespace

int run_batch(const AssessmentSetup& setup, int input_fd, const std::string& input_name, const AssessOptions& options) {
  BatchRun run(setup, options);
  std::string pending;  // the unfinished line
  bool skipping = false;  // inside a line that is too long
  std::size_t line_number = 0;
  std::vector<char> buffer(1 << 16);
  for (;;) {
    const ssize_t got = ::read(input_fd, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      if (errno == EISDIR) throw InputError(fmt::format("cannot read {}: it is a folder", input_name));
      throw InputError(fmt::format("cannot read {}: {}", input_name, std::strerror(errno)));
    }
    if (got == 0) break;
    std::string_view chunk(buffer.data(), static_cast<std::size_t>(got));
    while (!chunk.empty()) {
      const auto newline = chunk.find('\n');
      const std::string_view piece = chunk.substr(0, newline);
      if (!skipping) {
        if (pending.size() + piece.size() > limits::kMaxBatchLineBytes) {  // reported, never held in memory
          skipping = true;
          pending.clear();
        } else if (newline != std::string_view::npos && pending.empty()) {
          run.line(piece, ++line_number);  // the common case: no copy
        } else {
          pending.append(piece);
        }
      }
      if (newline == std::string_view::npos) break;
      if (skipping) {
        run.too_long(++line_number);
        skipping = false;
      } else if (!pending.empty()) {
        run.line(pending, ++line_number);
        pending.clear();
      }
      chunk.remove_prefix(newline + 1);
    }
  }
  if (skipping) run.too_long(++line_number);
  else if (!pending.empty()) run.line(pending, ++line_number);
  return run.finish();
}

}  // namespace skincare::cli
