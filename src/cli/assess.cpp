// `skincare assess`: the suitability questionnaire. This file holds the
// command's options and the scripted mode; the interactive and batch modes
// live beside it.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fmt/format.h>
#include <sstream>

#include "cli/assess_modes.h"
#include "cli/context.h"
#include "cli/output.h"
#include "base/file_reader.h"
#include "interop/fhir_response.h"
#include "interop/answers_file.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/partial_evaluation.h"
#include "interop/saved_answers.h"
#include "storage/atomic_file.h"
#include "base/escape.h"

namespace skincare::cli {

namespace {

bool ends_with_csv(const std::string& path) {
  if (path.size() < 4) return false;
  std::string tail = path.substr(path.size() - 4);
  for (auto& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return tail == ".csv";
}

std::string now_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

[[noreturn]] void fail(const FieldError& error) { throw DataError(error.where, error.message); }

std::vector<RawField> set_fields(const std::vector<std::string>& sets) {
  std::vector<RawField> fields;
  for (const auto& set : sets) {
    const auto equals = set.find('=');
    if (equals == std::string::npos || equals == 0)
      throw UsageError(fmt::format("--set needs ID=VALUE, not '{}'", escape_controls(set)));
    RawField field;
    field.id = set.substr(0, equals);
    field.value.text = set.substr(equals + 1);
    field.where = {"--set", 0, 0};
    fields.push_back(std::move(field));
  }
  return fields;
}

std::string template_text(const Questionnaire& q) {
  std::string out = fmt::format(
      "# Answers for `skincare assess` ({} version {}).\n"
      "# Fill in every answer, then run: skincare assess --answers FILE\n"
      "# Yes/no questions take yes or no. Lists take [a, b], or [] for none.\n",
      q.id, q.version);
  for (const auto& question : q.questions) {
    out += "\n";
    if (!question.intro.empty()) out += "# " + escape_controls(question.intro) + "\n";
    out += "# " + escape_controls(question.prompt) + "\n";
    out += "# Allowed: " + question.allowed_values() + (question.unit.empty() ? "" : " (" + question.unit + ")") + "\n";
    for (const auto& choice : question.choices)
      out += "#   " + choice.value + ": " + escape_controls(choice.label) + "\n";
    if (question.enabled_when) out += "# Only asked when: " + question.enabled_when_text + "\n";
    out += question.id + ":\n";
  }
  return out;
}

void warn_ignored(const Questionnaire& q, const Summary& summary) {
  for (const auto& id : summary.ignored) {
    const auto& question = q.questions[*q.index_of(id)];
    write_stderr(fmt::format("skincare: warning: ignoring the answer to '{}': it is only asked when {}\n",
                             escape_controls(id), escape_controls(question.enabled_when_text)));
  }
}

int run_assess(const AssessOptions& options, Context& context) {
  const ContentTree content = context.open_content();
  const auto setup = load_assessment(content);
  const Questionnaire& q = setup->questionnaire;

  if (options.print_template) {
    write_stdout(template_text(q));
    return 0;
  }
  const ResultFormat result_format = context.format == "csv"    ? ResultFormat::csv
                                     : context.format == "fhir" ? ResultFormat::fhir
                                                                : ResultFormat::json;
  ResultWriter writer(setup->context, result_format);
  if (!options.fields.empty())
    if (const auto problem = writer.set_fields(options.fields)) throw UsageError("--fields: " + *problem);
  if (options.batch) {
    const std::string path = !options.batch_path.empty() ? options.batch_path : options.answers_path;
    BatchInput input;
    input.name = path.empty() || path == "-" ? "<stdin>" : path;
    input.csv = options.input == "csv" || (options.input == "auto" && ends_with_csv(path));
    input.ignore_unknown_columns = options.ignore_unknown_columns;
    if (path.empty() || path == "-") return run_batch(*setup, writer, input, STDIN_FILENO, options);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(fmt::format("cannot open '{}': {}", path, std::strerror(errno)));
    const int status = run_batch(*setup, writer, input, fd, options);
    ::close(fd);
    return status;
  }

  AnswerSet answers(q.questions.size());
  if (!options.resume_path.empty()) {
    ResumedAnswers resumed;
    try {  // a corrupt or foreign file is explained, and never changed or removed
      const AnswersFile file = parse_answers_file(read_file_within_limit(options.resume_path, "the answers file"), options.resume_path);
      bool known = file.header.has_value() || file.fields.empty();
      for (const auto& field : file.fields) known = known || q.index_of(field.id).has_value();
      if (!known)
        throw DataError({options.resume_path, 0, 0},
                        "this is not a file of saved skincare answers: none of its keys is a question id");
      resumed = resume_answers(q, file, options.resume_path);
    } catch (const DataError& e) {
      throw DataError(e.where(), e.reason() + "; nothing was resumed and the file was left as it is");
    }
    for (const auto& line : resume_notice(q, resumed)) write_stderr("skincare: " + escape_controls(line) + "\n");
    answers = std::move(resumed.answers);
  }
  std::vector<RawField> fields;
  if (!options.answers_path.empty()) {
    const std::string name = options.answers_path == "-" ? "<stdin>" : options.answers_path;
    AnswersFile file = parse_answers_file(read_file_within_limit(options.answers_path, "the answers file"), name);
    if (file.fhir) {  // a FHIR QuestionnaireResponse
      const std::string warning = check_response_origin(q, *file.fhir);
      if (!warning.empty()) write_stderr("skincare: warning: " + warning + "\n");
      drop_unanswered_items(q, file.fields);
    }
    fields = std::move(file.fields);
  }
  for (auto& field : set_fields(options.sets)) fields.push_back(std::move(field));
  AnswerSet given;
  if (const auto error = normalise_fields(q, fields, given)) fail(*error);
  for (std::size_t i = 0; i < given.size(); ++i)
    if (given[i]) answers[i] = given[i];

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
    const InterviewEnd end = run_interview(*setup, answers, options, detect_style(STDERR_FILENO, context.no_colour));
    if (end == InterviewEnd::quit) throw Interrupted("stopped before the end of the questionnaire");
    partial = end == InterviewEnd::summary_now;
  }

  const Summary summary = partial ? PartialEvaluator(q).evaluate(answers, options.explain_range) : evaluate(q, answers);
  warn_ignored(q, summary);
  if (!options.save_path.empty()) save_answers(*setup, answers, options.save_path, options.force);
  const RenderOptions render = context.render_options();
  if (!options.fields.empty()) {
    std::string out;
    writer.result(out, summary, {});
    write_stdout(out);
  } else {
    write_stdout(render_assessment(setup->context, summary, render));
  }
  if (asked && render.format != Format::html)
    offer_html_summary(*setup, summary, options, detect_style(STDERR_FILENO, context.no_colour));
  if (!options.exit_code) return 0;
  switch (summary.verdict) {
    case Verdict::caution: return 10;
    case Verdict::postpone: return 11;
    case Verdict::consult: return 12;
    default: return 0;
  }
}

}  // namespace

void save_answers(const AssessmentSetup& setup, const AnswerSet& answers, const std::string& path, bool replace) {
  try {
    write_file_atomically(path, saved_answers_yaml(setup.questionnaire, answers, now_utc()), 0600, replace);
  } catch (const FileExists& e) {
    throw UsageError(fmt::format("{}; use --force to replace it", e.what()));
  }
}

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
