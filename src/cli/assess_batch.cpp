// `skincare assess --batch`: JSON Lines or CSV in, one result a record out
// (JSON Lines, CSV rows or FHIR QuestionnaireResponses), in input order and
// constant memory. A bad record gets an error in its place and the run goes
// on. With --partial, records may leave questions out.
//
// Output is gathered in a buffer and written whenever it passes kFlushBytes
// and whenever the input read so far is used up, before waiting for more:
// few writes for a file, and a reader of the pipe sees each result while
// later records are still to come.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#include "cli/assess_modes.h"
#include "cli/output.h"
#include "base/input_limits.h"
#include "base/input_text.h"
#include "interop/csv_reader.h"
#include "interop/csv_records.h"
#include "questionnaire/batch_record.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/partial_evaluation.h"
#include "base/escape.h"

namespace skincare::cli {

namespace {

constexpr std::size_t kFlushBytes = 1 << 18;

class BatchRun {
 public:
  BatchRun(const AssessmentSetup& setup, ResultWriter& writer, const AssessOptions& options)
      : setup_(setup), writer_(writer), options_(options), normaliser_(setup.questionnaire) {
    if (options.partial) partial_ = std::make_unique<PartialEvaluator>(setup.questionnaire);
    writer_.header(out_);
  }

  void record(std::string_view id_json, const std::vector<RawField>& fields, std::size_t number) {
    if (const auto error = normaliser_.normalise(fields, answers_))
      return failed(id_json, number, *error);
    Summary summary;
    if (partial_) {
      try {
        summary = partial_->evaluate(answers_, options_.explain_range);
      } catch (const DataError& e) {
        return failed(id_json, number, FieldError{"invalid-input", {}, e.reason(), {}});
      }
    } else {
      summary = evaluate(setup_.questionnaire, std::move(answers_), &missing_);  // refilled by the next record
      if (!missing_.empty()) return failed(id_json, number, missing_answers_error(setup_.questionnaire, missing_));
    }
    if (!summary.ignored.empty()) ++with_ignored_;
    writer_.result(out_, summary, id_json);
    if (!partial_) answers_ = std::move(summary.answers);  // its buffer serves the next record
    flush_if_full();
  }

  void failed(std::string_view id_json, std::size_t number, const FieldError& error) {
    ++failures_;
    writer_.error(out_, id_json, number, error);
    flush_if_full();
  }

  // Writes what is gathered (the input read so far is used up). Not before
  // the first result: a CSV input's header may still be refused.
  void flush() {
    if (!written_any_) return;
    write_out();
  }

  int finish() {
    write_out();
    if (with_ignored_ > 0)
      write_stderr(fmt::format("skincare: warning: {} record(s) answered questions that were not asked; "
                               "see \"ignored\" in their results\n", with_ignored_));
    if (failures_ > 0) {
      write_stderr(fmt::format("skincare: {} record(s) could not be assessed; see their errors in the output\n",
                               failures_));
      return static_cast<int>(ExitStatus::data);
    }
    return 0;
  }

 private:
  void flush_if_full() {
    written_any_ = true;
    if (out_.size() >= kFlushBytes) write_out();
  }

  void write_out() {
    if (out_.empty()) return;
    write_stdout(out_);
    out_.clear();
  }

  const AssessmentSetup& setup_;
  ResultWriter& writer_;
  const AssessOptions& options_;
  std::unique_ptr<PartialEvaluator> partial_;
  FieldNormaliser normaliser_;
  AnswerSet answers_;
  std::vector<std::string> missing_;  // questions a record leaves out
  std::string out_;
  std::size_t failures_ = 0;
  std::size_t with_ignored_ = 0;
  bool written_any_ = false;  // a result or an error is in the output
};

// Calls `consume(chunk)` for each block read from `fd` until its end, and
// flushes `run` before each wait for more.
template <typename F>
void read_blocks(int fd, const std::string& input_name, BatchRun& run, F&& consume) {
  std::vector<char> buffer(1 << 16);
  for (;;) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      if (errno == EISDIR) throw InputError(fmt::format("cannot read {}: it is a folder", input_name));
      throw InputError(fmt::format("cannot read {}: {}", input_name, std::strerror(errno)));
    }
    if (got == 0) return;
    consume(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
    run.flush();
  }
}

int run_json_lines(BatchRun& run, int input_fd, const std::string& input_name) {
  BatchRecordParser parser;
  auto line = [&](std::string_view text, std::size_t number) {
    if (number == 1) text = without_byte_order_mark(text);  // as spreadsheet exports start
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) return;  // blank lines carry no record
    const BatchRecord& record = parser.parse(text);
    if (record.error) return run.failed(record.id_json, number, *record.error);
    run.record(record.id_json, record.fields, number);
  };
  auto too_long = [&](std::size_t number) {
    run.failed({}, number, FieldError{"invalid-input", {},
                                      fmt::format("the line is longer than {} (the limit for one line)",
                                                  limits::describe_size(limits::kMaxBatchLineBytes)),
                                      {}});
  };
  std::string pending;    // the unfinished line
  bool skipping = false;  // inside a line that is too long
  std::size_t line_number = 0;
  read_blocks(input_fd, input_name, run, [&](std::string_view chunk) {
    while (!chunk.empty()) {
      const auto newline = chunk.find('\n');
      const std::string_view piece = chunk.substr(0, newline);
      if (!skipping) {
        if (pending.size() + piece.size() > limits::kMaxBatchLineBytes) {  // reported, never held in memory
          skipping = true;
          pending.clear();
        } else if (newline != std::string_view::npos && pending.empty()) {
          line(piece, ++line_number);  // the common case: no copy
        } else {
          pending.append(piece);
        }
      }
      if (newline == std::string_view::npos) break;
      if (skipping) {
        too_long(++line_number);
        skipping = false;
      } else if (!pending.empty()) {
        line(pending, ++line_number);
        pending.clear();
      }
      chunk.remove_prefix(newline + 1);
    }
  });
  if (skipping) too_long(++line_number);
  else if (!pending.empty()) line(pending, ++line_number);
  return run.finish();
}

int run_csv(BatchRun& run, const AssessmentSetup& setup, const BatchInput& input, int input_fd) {
  CsvRecords records(setup.questionnaire, input.ignore_unknown_columns);
  bool have_header = false;
  CsvReader reader(limits::kMaxBatchLineBytes, [&](const CsvRow& row) {
    if (!have_header) {
      if (const auto problem = records.header(row))
        throw DataError({input.name, problem->line, problem->column}, problem->message);
      have_header = true;
      if (!records.ignored_columns().empty()) {
        std::string names;
        for (const auto& name : records.ignored_columns()) names += (names.empty() ? "'" : ", '") + escape_controls(name) + "'";
        write_stderr(fmt::format("skincare: warning: ignoring column(s) {}: not question ids\n", names));
      }
      return;
    }
    const CsvRecord& record = records.record(row);
    if (record.error) return run.failed(record.id_json, row.line, *record.error);
    run.record(record.id_json, record.fields, row.line);
  });
  read_blocks(input_fd, input.name, run, [&](std::string_view chunk) { reader.feed(chunk); });
  reader.finish();
  if (!have_header) throw DataError({input.name, 1, 1}, "the CSV input is empty: it needs a header row of question ids");
  return run.finish();
}

}  // namespace

int run_batch(const AssessmentSetup& setup, ResultWriter& writer, const BatchInput& input, int input_fd,
              const AssessOptions& options) {
  enlarge_stdout_pipe();  // a batch's output is long: fewer, larger steps through a pipe
  BatchRun run(setup, writer, options);
  if (input.csv) return run_csv(run, setup, input, input_fd);
  return run_json_lines(run, input_fd, input.name);
}

}  // namespace skincare::cli
