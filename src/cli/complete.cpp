// `skincare __complete WORD...` (hidden): the candidates for the last WORD of
// a command line, for the fixed scripts `skincare completion SHELL` prints.
// It is not a subcommand: run() sends it here before parsing, so no word
// (`--help`, `--`) is taken as an option of its own.
//
// The answer comes from the live command-line parser (commands, options,
// which options take a value, `--format` choices from the option's
// validator) and from the content in use (`--content DIR` on the line, else
// SKINCARE_CONTENT, else the built-in content), so completion never goes
// stale. What a value completes to is read from its placeholder in the help
// (FILE, DIR, ID=VALUE, TOPIC, SOURCE, SHELL): a new command or option gets
// completion by using one of them.
//
// Output: a first line saying what the shell should do, then one candidate a
// line, `WORD<TAB>DESCRIPTION`, already filtered by the typed prefix:
//   words      offer the candidates, then a space
//   prefix     offer the candidates, no space after (ID= of --set)
//   files      complete file names instead
//   dirs       complete folder names instead
// Errors (a broken content tree, say) give no candidates and no message.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <optional>

#include "cli/completion.h"
#include "cli/context.h"
#include "cli/output.h"
#include "assessment/assessment_setup.h"
#include "base/escape.h"

namespace skincare::cli {

namespace {

struct Candidate {
  std::string word;
  std::string description;
};

struct Answer {
  std::string action = "words";
  std::vector<Candidate> candidates;
};

// Descriptions are one plain line: no control characters, tabs or line breaks.
std::string one_line(const std::string& text) {
  std::string out = escape_controls(text, true);
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

void add(Answer& answer, const std::string& prefix, std::string word, const std::string& description) {
  if (starts_with(word, prefix)) answer.candidates.push_back({std::move(word), one_line(description)});
}

// "{text,markdown,json}", the description CLI11 gives a set validator.
std::vector<std::string> choices_of(const CLI::Option& option) {
  std::vector<std::string> words;
  std::string set;
  try {
    set = const_cast<CLI::Option&>(option).get_validator()->get_description();
  } catch (const CLI::Error&) {  // no validator
    return words;
  }
  if (set.size() < 2 || set.front() != '{' || set.back() != '}') return words;
  std::string word;
  for (const char c : set.substr(1, set.size() - 2) + ",") {
    if (c != ',') {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  return words;
}

bool hidden(const CLI::Option& option) { return option.get_group().empty(); }
bool takes_value(const CLI::Option& option) { return option.get_items_expected_max() != 0; }

// The placeholder without its "..." (TOPIC... -> TOPIC).
std::string placeholder(const CLI::Option& option) {
  std::string text = option.get_option_text();
  if (text.size() > 3 && text.compare(text.size() - 3, 3, "...") == 0) text.resize(text.size() - 3);
  return text;
}

// The options that may be typed in `command`: its own and, as the parser
// falls through, those of the program (not --help or --version twice).
std::vector<const CLI::Option*> options_of(const CLI::App& root, const CLI::App& command) {
  std::vector<const CLI::Option*> options;
  for (const CLI::Option* option : command.get_options())
    if (!hidden(*option) && !option->get_positional()) options.push_back(option);
  if (&command == &root) return options;
  for (const CLI::Option* option : root.get_options()) {
    if (hidden(*option) || option->get_positional()) continue;
    if (option->check_lname("help") || option->check_lname("version")) continue;
    options.push_back(option);
  }
  return options;
}

const CLI::Option* find_option(const std::vector<const CLI::Option*>& options, const std::string& name) {
  for (const CLI::Option* option : options)
    if (option->check_name(name)) return option;
  return nullptr;
}

// Where the completer stands after the words before the last one.
struct State {
  const CLI::App* command = nullptr;
  const CLI::Option* wants_value = nullptr;  // the option whose value comes next
  std::size_t positionals = 0;
  bool options_ended = false;  // after `--`
  std::string content_dir;
};

State walk(const CLI::App& root, const std::vector<std::string>& words) {
  State state;
  state.command = &root;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& word = words[i];
    if (state.wants_value != nullptr) {
      if (state.wants_value->check_lname("content")) state.content_dir = word;
      state.wants_value = nullptr;
      continue;
    }
    if (!state.options_ended && word == "--") {
      state.options_ended = true;
      continue;
    }
    if (!state.options_ended && word.size() > 1 && word[0] == '-') {
      const auto equals = word.find('=');
      const std::string name = word.substr(0, equals);
      const CLI::Option* option = find_option(options_of(root, *state.command), name);
      if (option == nullptr || !takes_value(*option)) continue;
      if (equals == std::string::npos) state.wants_value = option;
      else if (option->check_lname("content")) state.content_dir = word.substr(equals + 1);
      continue;
    }
    if (state.command == &root) {
      for (const CLI::App* command : root.get_subcommands({}))
        if (command->get_name() == word && !command->get_group().empty()) state.command = command;
      if (state.command != &root) continue;
    }
    ++state.positionals;
  }
  return state;
}

// Loads content only when a value needs it, and never fails: no content, no words.
class ContentWords {
 public:
  ContentWords(const Context& context, std::string content_dir) : context_(context) {
    if (!content_dir.empty()) context_.content_dir = std::move(content_dir);
  }

  void topics(Answer& answer, const std::string& prefix) const {
    try {
      const ContentTree content = context_.open_content();
      for (const auto& entry : content.topics().entries()) add(answer, prefix, entry.id, entry.title);
    } catch (const std::exception&) {
    }
  }

  void sources(Answer& answer, const std::string& prefix) const {
    try {
      const Bibliography bibliography = context_.open_content().bibliography();
      for (const auto& source : bibliography.all()) add(answer, prefix, source.id, source.short_label());
    } catch (const std::exception&) {
    }
  }

  // ID= first, then the values of ID (after a comma, the next item of a list).
  void answers(Answer& answer, const std::string& prefix) const {
    std::optional<Questionnaire> questionnaire;
    try {
      const ContentTree content = context_.open_content();
      if (!content.contains("questionnaire/assessment.yaml")) return;
      questionnaire = load_questionnaire(content);
    } catch (const std::exception&) {
      return;
    }
    const auto equals = prefix.find('=');
    if (equals == std::string::npos) {
      answer.action = "prefix";
      for (const auto& question : questionnaire->questions) add(answer, prefix, question.id + "=", question.prompt);
      return;
    }
    const auto at = questionnaire->index_of(prefix.substr(0, equals));
    if (!at) return;
    const Question& question = questionnaire->questions[*at];
    const auto comma = prefix.rfind(',');
    const std::string head =
        question.type == QuestionType::multi && comma != std::string::npos && comma > equals
            ? prefix.substr(0, comma + 1)
            : prefix.substr(0, equals + 1);
    switch (question.type) {
      case QuestionType::boolean:
        add(answer, prefix, head + "yes", "Yes");
        add(answer, prefix, head + "no", "No");
        break;
      case QuestionType::multi:
        if (question.min_count == 0 && head.back() == '=')
          add(answer, prefix, head + "none", question.none_label.empty() ? "None" : question.none_label);
        [[fallthrough]];
      case QuestionType::single:
        for (const auto& choice : question.choices) add(answer, prefix, head + choice.value, choice.label);
        break;
      case QuestionType::integer:
        break;
    }
  }

 private:
  Context context_;
};

// The values of `option` (or of a positional argument) that start with `prefix`.
Answer values(const CLI::Option& option, const std::string& prefix, const ContentWords& content) {
  Answer answer;
  for (const auto& choice : choices_of(option)) add(answer, prefix, choice, "");
  if (!answer.candidates.empty()) return answer;
  const std::string kind = placeholder(option);
  if (kind == "FILE") answer.action = "files";
  else if (kind == "DIR") answer.action = "dirs";
  else if (kind == "ID=VALUE") content.answers(answer, prefix);
  else if (kind == "TOPIC") content.topics(answer, prefix);
  else if (kind == "SOURCE") content.sources(answer, prefix);
  else if (kind == "SHELL")
    for (const auto& shell : completion_shells()) add(answer, prefix, shell.first, shell.second);
  return answer;
}

Answer complete(const CLI::App& root, const Context& context, std::vector<std::string> words) {
  if (words.empty()) words.emplace_back();
  const State state = walk(root, words);
  const ContentWords content(context, state.content_dir);
  const std::string& word = words.back();
  if (state.wants_value != nullptr) return values(*state.wants_value, word, content);

  Answer answer;
  const auto options = options_of(root, *state.command);
  if (!state.options_ended && !word.empty() && word[0] == '-') {
    const auto equals = word.find('=');
    if (starts_with(word, "--") && equals != std::string::npos) {  // --format=j
      const CLI::Option* option = find_option(options, word.substr(0, equals));
      if (option == nullptr || !takes_value(*option)) return answer;
      const std::string name = word.substr(0, equals + 1);
      Answer inner = values(*option, word.substr(equals + 1), content);
      for (auto& candidate : inner.candidates) candidate.word = name + candidate.word;
      return inner;
    }
    for (const CLI::Option* option : options) {
      for (const auto& name : option->get_lnames()) add(answer, word, "--" + name, option->get_description());
      if (word.size() == 1)  // "-": short names too
        for (const auto& name : option->get_snames()) add(answer, word, "-" + name, option->get_description());
    }
    return answer;
  }
  if (state.command == &root) {
    for (const CLI::App* command : root.get_subcommands({}))
      if (!command->get_group().empty()) add(answer, word, command->get_name(), command->get_description());
    return answer;
  }
  for (const CLI::Option* option : state.command->get_options()) {
    if (!option->get_positional()) continue;
    const bool many = option->get_items_expected_max() > 1;
    if (many || state.positionals == 0) return values(*option, word, content);
  }
  return answer;
}

}  // namespace

void run_complete(const CLI::App& app, const Context& context, const std::vector<std::string>& words) {
  const Answer answer = complete(app, context, words);
  std::string out = answer.action + "\n";
  for (const auto& candidate : answer.candidates) {
    out += candidate.word;
    if (!candidate.description.empty()) out += "\t" + candidate.description;
    out += "\n";
  }
  write_stdout(out);
}

}  // namespace skincare::cli
