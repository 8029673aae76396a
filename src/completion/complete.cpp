#include "completion/complete.h"

#include <algorithm>
#include <optional>

#include "assessment/assessment_setup.h"
#include "completion/scripts.h"
#include "base/escape.h"

namespace skincare {

namespace {

// Descriptions are one plain line: no control characters, tabs or line breaks.
std::string one_line(const std::string& text) {
  std::string out = escape_controls(text, true);
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

void add(CompletionReply& reply, const std::string& prefix, std::string word, const std::string& description) {
  if (starts_with(word, prefix)) reply.candidates.push_back({std::move(word), one_line(description)});
}

bool named(const OptionShape& option, const std::string& name) {
  const auto& names = name.size() > 2 && name.compare(0, 2, "--") == 0 ? option.long_names : option.short_names;
  const std::string bare = name.substr(name.size() > 2 && name[1] == '-' ? 2 : 1);
  return std::find(names.begin(), names.end(), bare) != names.end();
}

bool is_help_or_version(const OptionShape& option) {
  const auto& names = option.long_names;
  return std::find(names.begin(), names.end(), "help") != names.end() ||
         std::find(names.begin(), names.end(), "version") != names.end();
}

bool is_content(const OptionShape& option) {
  return std::find(option.long_names.begin(), option.long_names.end(), "content") != option.long_names.end();
}

// The options that may be typed in `command`: its own and, as the parser
// falls through, those of the program (not --help or --version twice).
std::vector<const OptionShape*> options_of(const CommandLineShape& shape, const CommandShape& command) {
  std::vector<const OptionShape*> options;
  for (const auto& option : command.options) options.push_back(&option);
  if (&command == &shape.program) return options;
  for (const auto& option : shape.program.options)
    if (!is_help_or_version(option)) options.push_back(&option);
  return options;
}

const OptionShape* find_option(const std::vector<const OptionShape*>& options, const std::string& name) {
  for (const OptionShape* option : options)
    if (named(*option, name)) return option;
  return nullptr;
}

// Where the completer stands after the words before the last one.
struct State {
  const CommandShape* command = nullptr;
  const OptionShape* wants_value = nullptr;  // the option whose value comes next
  std::size_t positionals = 0;
  bool options_ended = false;  // after `--`
  std::string content_dir;
};

State walk(const CommandLineShape& shape, const std::vector<std::string>& words) {
  State state;
  state.command = &shape.program;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& word = words[i];
    if (state.wants_value != nullptr) {
      if (is_content(*state.wants_value)) state.content_dir = word;
      state.wants_value = nullptr;
      continue;
    }
    if (!state.options_ended && word == "--") {
      state.options_ended = true;
      continue;
    }
    if (!state.options_ended && word.size() > 1 && word[0] == '-') {
      const auto equals = word.find('=');
      const OptionShape* option = find_option(options_of(shape, *state.command), word.substr(0, equals));
      if (option == nullptr || !option->takes_value) continue;
      if (equals == std::string::npos) state.wants_value = option;
      else if (is_content(*option)) state.content_dir = word.substr(equals + 1);
      continue;
    }
    if (state.command == &shape.program) {
      for (const auto& command : shape.commands)
        if (command.name == word) state.command = &command;
      if (state.command != &shape.program) continue;
    }
    ++state.positionals;
  }
  return state;
}

// Words from the content in use, loaded only when a value needs them.
class ContentWords {
 public:
  ContentWords(const OpenContent& open, std::string content_dir) : open_(open), content_dir_(std::move(content_dir)) {}

  void topics(CompletionReply& reply, const std::string& prefix) const {
    try {
      const ContentTree content = open_(content_dir_);
      for (const auto& entry : content.topics().entries()) add(reply, prefix, entry.id, entry.title);
    } catch (const std::exception&) {
    }
  }

  void sources(CompletionReply& reply, const std::string& prefix) const {
    try {
      const Bibliography bibliography = open_(content_dir_).bibliography();
      for (const auto& source : bibliography.all()) add(reply, prefix, source.id, source.short_label());
    } catch (const std::exception&) {
    }
  }

  // ID= first, then the values of ID (after a comma, the next item of a list).
  void answers(CompletionReply& reply, const std::string& prefix) const {
    std::optional<Questionnaire> questionnaire;
    try {
      const ContentTree content = open_(content_dir_);
      if (!content.contains("questionnaire/assessment.yaml")) return;
      questionnaire = load_questionnaire(content);
    } catch (const std::exception&) {
      return;
    }
    const auto equals = prefix.find('=');
    if (equals == std::string::npos) {
      reply.action = "prefix";
      for (const auto& question : questionnaire->questions) add(reply, prefix, question.id + "=", question.prompt);
      return;
    }
    const auto at = questionnaire->index_of(prefix.substr(0, equals));
    if (!at) return;
    const Question& question = questionnaire->questions[*at];
    const auto comma = prefix.rfind(',');
    const std::string head = question.type == QuestionType::multi && comma != std::string::npos && comma > equals
                                 ? prefix.substr(0, comma + 1)
                                 : prefix.substr(0, equals + 1);
    switch (question.type) {
      case QuestionType::boolean:
        add(reply, prefix, head + "yes", "Yes");
        add(reply, prefix, head + "no", "No");
        break;
      case QuestionType::multi:
        if (question.min_count == 0 && head.back() == '=')
          add(reply, prefix, head + "none", question.none_label.empty() ? "None" : question.none_label);
        [[fallthrough]];
      case QuestionType::single:
        for (const auto& choice : question.choices) add(reply, prefix, head + choice.value, choice.label);
        break;
      case QuestionType::integer:
        break;
    }
  }

 private:
  const OpenContent& open_;
  std::string content_dir_;
};

// The values of `option` (or of a positional argument) that start with `prefix`.
CompletionReply values(const OptionShape& option, const std::string& prefix, const ContentWords& content) {
  CompletionReply reply;
  for (const auto& choice : option.choices) add(reply, prefix, choice, "");
  if (!reply.candidates.empty()) return reply;
  const std::string& kind = option.placeholder;
  if (kind == "FILE") reply.action = "files";
  else if (kind == "DIR") reply.action = "dirs";
  else if (kind == "ID=VALUE") content.answers(reply, prefix);
  else if (kind == "TOPIC") content.topics(reply, prefix);
  else if (kind == "SOURCE") content.sources(reply, prefix);
  else if (kind == "SHELL")
    for (const auto& shell : completion_shells()) add(reply, prefix, shell.first, shell.second);
  return reply;
}

}  // namespace

CompletionReply complete(const CommandLineShape& shape, std::vector<std::string> words, const OpenContent& open_content) {
  if (words.empty()) words.emplace_back();
  const State state = walk(shape, words);
  const ContentWords content(open_content, state.content_dir);
  const std::string& word = words.back();
  if (state.wants_value != nullptr) return values(*state.wants_value, word, content);

  CompletionReply reply;
  const auto options = options_of(shape, *state.command);
  if (!state.options_ended && !word.empty() && word[0] == '-') {
    const auto equals = word.find('=');
    if (starts_with(word, "--") && equals != std::string::npos) {  // --format=j
      const OptionShape* option = find_option(options, word.substr(0, equals));
      if (option == nullptr || !option->takes_value) return reply;
      const std::string name = word.substr(0, equals + 1);
      CompletionReply inner = values(*option, word.substr(equals + 1), content);
      for (auto& candidate : inner.candidates) candidate.word = name + candidate.word;
      return inner;
    }
    for (const OptionShape* option : options) {
      for (const auto& name : option->long_names) add(reply, word, "--" + name, option->description);
      if (word.size() == 1)  // "-": short names too
        for (const auto& name : option->short_names) add(reply, word, "-" + name, option->description);
    }
    return reply;
  }
  if (state.command == &shape.program) {
    for (const auto& command : shape.commands) add(reply, word, command.name, command.description);
    return reply;
  }
  for (const auto& positional : state.command->positionals)
    if (positional.many || state.positionals == 0) return values(positional, word, content);
  return reply;
}

}  // namespace skincare
