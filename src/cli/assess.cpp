// `skincare assess`: the suitability questionnaire. This file holds the
// command's options and runs one assessment: answers from files and --set
// (interop/given_answers.h), the questions left asked on the terminal
// (interview/interview.h), the summary rendered. The batch mode lives in
// assess_batch.cpp and --next in assess_next.cpp.
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <optional>

#include "base/escape.h"
#include "cli/assess_modes.h"
#include "cli/context.h"
#include "cli/output.h"
#include "interop/given_answers.h"
#include "interop/saved_answers.h"
#include "interview/interview.h"
#include "interview/summary_page_offer.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/partial_evaluation.h"
#include "render/answers_template.h"
#include "storage/atomic_file.h"
#include "term/prompt.h"
#include "term/signals.h"
#include "term/terminal.h"

namespace skincare::cli {

namespace {

bool ends_with_csv(const std::string& path) {
  if (path.size() < 4) return false;
  std::string tail = path.substr(path.size() - 4);
  for (auto& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return tail == ".csv";
}

[[noreturn]] void fail(const FieldError& error) { throw DataError(error.where, error.message); }

// Asks on the terminal (prompts on stderr) for what `answers` lacks.
InterviewEnd ask_on_terminal(const Questionnaire& q, AnswerSet& answers, const AssessOptions& options, bool no_colour) {
  const InterruptGuard guard;
  TerminalDialogue dialogue(STDIN_FILENO, STDERR_FILENO);
  return run_interview(q, answers, dialogue, {options.save_path, options.force, detect_style(STDERR_FILENO, no_colour)});
}

// After a summary that followed questions on the terminal.
void offer_page_on_terminal(const AssessmentSetup& setup, const Summary& summary, const AssessOptions& options,
                            bool no_colour) {
  const InterruptGuard guard;
  TerminalDialogue dialogue(STDIN_FILENO, STDERR_FILENO);
  offer_summary_page(setup, summary, !options.save_path.empty() ? options.save_path : options.resume_path,
                     dialogue, detect_style(STDERR_FILENO, no_colour));
}

int run_assess(const AssessOptions& options, Context& context) {
  const ContentTree content = context.open_content();
  // Many summaries (a batch) or one made later (--next) need every grid; one summary here, its own (below).
  const bool every_grid = options.batch || options.next;
  const auto setup = load_assessment(content, every_grid);
  const Questionnaire& q = setup->questionnaire;

  if (options.print_template) {
    write_stdout(answers_template(q));
    return 0;
  }
  const ResultFormat result_format = context.format == "csv"    ? ResultFormat::csv
                                     : context.format == "fhir" ? ResultFormat::fhir
                                                                : ResultFormat::json;
  // Result lines (a batch, or --fields) are written from fragments prepared
  // once, which costs more than one summary: prepared only when needed.
  std::optional<ResultWriter> writer;
  if (options.batch || !options.fields.empty()) writer.emplace(setup->context, result_format);
  if (!options.fields.empty())
    if (const auto problem = writer->set_fields(options.fields)) throw UsageError("--fields: " + *problem);
  if (options.batch) {
    const std::string path = !options.batch_path.empty() ? options.batch_path : options.answers_path;
    BatchInput input;
    input.name = path.empty() || path == "-" ? "<stdin>" : path;
    input.csv = options.input == "csv" || (options.input == "auto" && ends_with_csv(path));
    input.ignore_unknown_columns = options.ignore_unknown_columns;
    if (path.empty() || path == "-") return run_batch(*setup, *writer, input, STDIN_FILENO, options);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(fmt::format("cannot open '{}': {}", path, std::strerror(errno)));
    const int status = run_batch(*setup, *writer, input, fd, options);
    ::close(fd);
    return status;
  }

  GivenAnswers given(q);
  if (!options.resume_path.empty())
    for (const auto& line : given.resume(options.resume_path)) write_stderr("skincare: " + escape_controls(line) + "\n");
  if (!options.answers_path.empty()) {
    const std::string warning = given.read_file(options.answers_path);
    if (!warning.empty()) write_stderr("skincare: warning: " + warning + "\n");
  }
  given.set(options.sets);
  AnswerSet answers = given.answers();

  if (options.next) {
    write_next(*setup, answers);
    return 0;
  }

  const bool can_ask = is_terminal(STDIN_FILENO) && options.answers_path != "-" && !options.partial;
  bool partial = options.partial;
  bool asked = false;
  if (check_complete(q, answers) && !partial) {
    asked = true;
    if (!can_ask) fail(*check_complete(q, answers));
    const InterviewEnd end = ask_on_terminal(q, answers, options, context.no_colour);
    if (end == InterviewEnd::quit) throw Interrupted("stopped before the end of the questionnaire");
    partial = end == InterviewEnd::summary_now;
  }

  const Summary summary = partial ? PartialEvaluator(q).evaluate(answers, options.explain_range) : evaluate(q, answers);
  if (!every_grid) add_grids(content, *setup, summary.concerns);
  for (const auto& warning : ignored_answer_warnings(q, summary)) write_stderr("skincare: warning: " + warning + "\n");
  if (!options.save_path.empty()) {
    try {
      save_answers(q, answers, options.save_path, options.force);
    } catch (const FileExists& e) {
      throw UsageError(fmt::format("{}; use --force to replace it", e.what()));
    }
  }
  const RenderOptions render = context.render_options();
  if (!options.fields.empty()) {
    std::string out;
    writer->result(out, summary, {});
    write_stdout(out);
  } else {
    write_stdout(render_assessment(setup->context, summary, render));
  }
  if (asked && render.format != Format::html)
    offer_page_on_terminal(*setup, summary, options, context.no_colour);
  if (!options.exit_code) return 0;
  switch (summary.verdict) {
    case Verdict::caution: return 10;
    case Verdict::postpone: return 11;
    case Verdict::consult: return 12;
    default: return 0;
  }
}

}  // namespace

void setup_assess(CLI::App& app, Context& context) {
  auto options = std::make_shared<AssessOptions>();
  CLI::App* command = app.add_subcommand("assess", "Find out whether microneedling suits you, and why");
  command->add_option("--answers", options->answers_path, "Read answers from a YAML or JSON file ('-' = stdin)")
      ->option_text("FILE");
  command->add_option("--set", options->sets, "Give one answer (repeatable; overrides --answers)")
      ->option_text("ID=VALUE")
      ->allow_extra_args(false);
  auto* templ = command->add_flag("--template", options->print_template,
                                  "Print a commented answers file listing every question");
  auto* save = command->add_option("--save", options->save_path, "Save the answers to FILE (mode 0600)")
                   ->option_text("FILE");
  command->add_flag("--force", options->force, "Let --save replace an existing file");
  auto* resume = command->add_option("--resume", options->resume_path, "Continue from saved answers")
                     ->option_text("FILE");
  auto* exit_code = command->add_flag("--exit-code", options->exit_code,
                                      "Exit 0/10/11/12 for suitable/caution/postpone/consult");
  auto* sets = command->get_option("--set");
  auto* batch = command->add_option("--batch", options->batch_path,
                                    "Assess many records: JSON Lines or CSV from FILE (default: --answers or stdin)")
                   ->expected(0, 1)
                   ->option_text("[FILE]");
  batch->excludes(templ)->excludes(save)->excludes(resume)->excludes(exit_code)->excludes(sets);
  auto* partial = command->add_flag("--partial", options->partial,
                                    "Accept answers with questions left out; give the range of verdicts");
  command->add_flag("--explain-range", options->explain_range,
                    "With --partial: add answers that give the highest verdict of the range")
      ->needs(partial);
  auto* next = command->add_flag("--next", options->next,
                                 "Print the next question to ask as JSON (or the summary when done)");
  next->excludes(batch)->excludes(templ)->excludes(save)->excludes(exit_code)->excludes(partial);
  partial->excludes(templ);
  command->add_option("--input", options->input, "Batch input: auto (default: CSV for a .csv file), jsonl or csv")
      ->check(CLI::IsMember({"auto", "jsonl", "csv"}))
      ->option_text("FORMAT");
  command->add_flag("--ignore-unknown-columns", options->ignore_unknown_columns,
                    "CSV batch: skip header columns that are not question ids");
  command->add_option("--fields", options->fields, "JSON: keep only these fields (as verdict,reasons.rule)")
      ->option_text("PATH,...");
  add_format_option(*command, context, {"html", "csv", "fhir"});
  command->footer(
      "Examples:\n"
      "  skincare assess                                   ask on the terminal\n"
      "  skincare assess --template > answers.yaml         a file to fill in\n"
      "  skincare assess --answers answers.yaml --format json | jq -r .verdict\n"
      "  skincare assess --answers answers.yaml --set pregnant=pregnant --exit-code\n"
      "  skincare assess --answers some.yaml --partial --format json | jq .could_change\n"
      "  echo '{}' | skincare assess --next --answers - | jq -r .question.id\n"
      "  skincare assess --batch < in.jsonl | jq -r 'select(.verdict==\"consult\").id'\n"
      "  skincare assess --batch export.csv --format csv > verdicts.csv");
  command->callback([options, &context, batch] {
    options->batch = batch->count() > 0;
    if (!options->batch_path.empty() && !options->answers_path.empty())
      throw UsageError("give the batch input once: --batch FILE or --batch --answers FILE");
    if (options->batch && context.format != "json" && context.format != "text" && context.format != "csv" &&
        context.format != "fhir")
      throw UsageError("--batch writes one result a record; use --format json, csv or fhir");
    if (options->batch && context.format == "text") context.format = "json";
    if (!options->fields.empty() && context.format != "json")
      throw UsageError("--fields chooses parts of JSON results; use it with --format json");
    if (!options->batch && (options->input != "auto" || options->ignore_unknown_columns))
      throw UsageError("--input and --ignore-unknown-columns are for --batch");
    if (options->next && context.format != "json" && context.format != "text")
      throw UsageError("--next writes JSON; use --format json");
    if (options->next && options->answers_path.empty() && options->resume_path.empty() && options->sets.empty())
      throw UsageError("--next needs the answers so far: --answers FILE, or --answers - for standard input");
    context.status = static_cast<ExitStatus>(run_assess(*options, context));
  });
}

}  // namespace skincare::cli
