// `skincare completion bash|zsh|fish`: prints a shell completion script.
//
// Nothing in a script is written by hand: the commands, their options and
// which options take a value come from the command-line parser itself, the
// `--format` choices from the option's validator, and the topic ids, source
// ids, question ids and answer values from the content (the built-in content,
// or --content DIR). The build runs this command to produce the scripts it
// installs, so they always match the binary beside them.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>

#include "cli/context.h"
#include "cli/output.h"
#include "content/suggest.h"
#include "questionnaire/questionnaire_parser.h"
#include "term/escape.h"

namespace skincare::cli {

namespace {

// A word the shell offers, with a short description (zsh and fish show it).
struct Word {
  std::string value;
  std::string description;
};

// What an option's value, or a command's positional arguments, complete to.
enum class Values { none, words, files, directories, topics, sources, answers };

struct OptionModel {
  std::vector<std::string> names;  // "-h", "--help"
  std::string description;
  bool takes_value = false;
  Values values = Values::none;
  std::vector<Word> words;  // when values == words
};

struct CommandModel {
  std::string name;
  std::string description;
  std::vector<OptionModel> options;
  Values positional = Values::none;
  std::vector<Word> positional_words;  // when positional == words
  bool many_positionals = false;
};

struct QuestionModel {
  std::string id;
  std::string prompt;
  bool multi = false;
  std::vector<Word> values;  // empty for numbers
};

struct Model {
  std::string version;
  std::vector<OptionModel> global;
  std::vector<CommandModel> commands;
  std::vector<Word> topics;
  std::vector<Word> sources;
  std::vector<QuestionModel> questions;
};

// Descriptions are one plain line: no control characters, no line breaks.
std::string one_line(const std::string& text) {
  std::string out = escape_controls(text, true);
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

// "{text,markdown,json}", the description CLI11 gives a set validator.
std::vector<Word> choices_of(CLI::Option& option) {
  std::vector<Word> words;
  try {
    const std::string set = option.get_validator()->get_description();
    if (set.size() < 2 || set.front() != '{' || set.back() != '}') return words;
    std::string word;
    for (const char c : set.substr(1, set.size() - 2) + ",") {
      if (c != ',') {
        word += c;
      } else if (!word.empty()) {
        words.push_back({word, ""});
        word.clear();
      }
    }
  } catch (const CLI::Error&) {  // no validator
  }
  return words;
}

OptionModel describe_option(CLI::Option& option) {
  OptionModel model;
  for (const auto& name : option.get_snames()) model.names.push_back("-" + name);
  for (const auto& name : option.get_lnames()) model.names.push_back("--" + name);
  model.description = one_line(option.get_description());
  model.takes_value = option.get_items_expected_max() != 0;  // flags expect no value
  if (!model.takes_value) return model;
  const std::string& text = option.get_option_text();
  model.words = choices_of(option);
  if (!model.words.empty()) model.values = Values::words;
  else if (text == "FILE") model.values = Values::files;
  else if (text == "DIR") model.values = Values::directories;
  else if (text == "ID=VALUE") model.values = Values::answers;
  return model;
}

// The shells `skincare completion` writes for.
const std::vector<Word>& shells() {
  static const std::vector<Word> list = {
      {"bash", "Bash completion script"}, {"zsh", "Zsh completion script"}, {"fish", "Fish completion script"}};
  return list;
}

CommandModel describe_command(CLI::App& command) {
  CommandModel model;
  model.name = command.get_name();
  model.description = one_line(command.get_description());
  for (CLI::Option* option : command.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    if (option->get_positional()) {
      model.many_positionals = option->get_items_expected_max() > 1;
      continue;
    }
    model.options.push_back(describe_option(*option));
  }
  if (model.name == "explain") model.positional = Values::topics;
  if (model.name == "sources") model.positional = Values::sources;
  if (model.name == "completion") {
    model.positional = Values::words;
    model.positional_words = shells();
  }
  return model;
}

Model describe(CLI::App& app, const Context& context) {
  Model model;
  model.version = "skincare " SKINCARE_VERSION " (content " SKINCARE_CONTENT_VERSION ")";
  for (CLI::Option* option : app.get_options()) {
    if (!option->get_group().empty() && !option->get_positional()) model.global.push_back(describe_option(*option));
  }
  for (CLI::App* command : app.get_subcommands({})) {
    if (!command->get_group().empty()) model.commands.push_back(describe_command(*command));
  }

  const ContentTree content = context.open_content();
  for (const auto& entry : content.topics().entries()) model.topics.push_back({entry.id, one_line(entry.title)});
  const Bibliography bibliography = content.bibliography();
  for (const auto& source : bibliography.all())
    model.sources.push_back({source.id, one_line(source.short_label())});
  const std::string path = "questionnaire/assessment.yaml";
  if (!content.contains(path)) return model;  // a tree with topics only: no answers to complete
  const Questionnaire questionnaire = parse_questionnaire(content.read(path), content.display_path(path));
  for (const auto& question : questionnaire.questions) {
    QuestionModel q;
    q.id = question.id;
    q.prompt = one_line(question.prompt);
    q.multi = question.type == QuestionType::multi;
    switch (question.type) {
      case QuestionType::boolean:
        q.values = {{"yes", "Yes"}, {"no", "No"}};
        break;
      case QuestionType::multi:
        if (question.min_count == 0)
          q.values.push_back({"none", question.none_label.empty() ? "None" : one_line(question.none_label)});
        [[fallthrough]];
      case QuestionType::single:
        for (const auto& choice : question.choices) q.values.push_back({choice.value, one_line(choice.label)});
        break;
      case QuestionType::integer:
        break;
    }
    model.questions.push_back(std::move(q));
  }
  return model;
}

// The global options that also work after a command name (not --help or --version).
std::vector<const OptionModel*> passed_down(const Model& model) {
  std::vector<const OptionModel*> out;
  for (const auto& option : model.global) {
    const auto& names = option.names;
    if (std::find(names.begin(), names.end(), "--help") == names.end() &&
        std::find(names.begin(), names.end(), "--version") == names.end())
      out.push_back(&option);
  }
  return out;
}

// ---------------------------------------------------------------- shells --

// 'text' for bash and zsh.
std::string sh_quote(const std::string& text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// 'text' for fish, where \ and ' are escaped inside single quotes.
std::string fish_quote(const std::string& text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string quoted_values(const std::vector<Word>& words, const std::string& suffix = "") {
  std::string out;
  for (const auto& word : words) out += " " + sh_quote(word.value + suffix);
  return out;
}

std::string option_names(const std::vector<const OptionModel*>& options) {
  std::string out;
  for (const auto* option : options)
    for (const auto& name : option->names) out += " " + sh_quote(name);
  return out;
}

std::vector<const OptionModel*> all_of(const std::vector<OptionModel>& options) {
  std::vector<const OptionModel*> out;
  for (const auto& option : options) out.push_back(&option);
  return out;
}

std::string header(const Model& model, const std::string& shell, const std::string& load) {
  return fmt::format(
      "# {} completion for skincare.\n"
      "#\n"
      "# Generated by `skincare completion {}` from {}:\n"
      "# its commands and options, topic ids, source ids, question ids and answer\n"
      "# values. Do not edit; generate it again instead.\n"
      "#\n"
      "# {}\n",
      shell, shell, model.version, load);
}

// bash: words offered for one kind of value, as a command line.
std::string bash_values(const Model& model, Values values, const std::vector<Word>& words) {
  switch (values) {
    case Values::words: return "_skincare_words \"$cur\" ''" + quoted_values(words);
    case Values::files: return "_skincare_files";
    case Values::directories: return "_skincare_files -d";
    case Values::topics: return "_skincare_words \"$cur\" ''" + quoted_values(model.topics);
    case Values::sources: return "_skincare_words \"$cur\" ''" + quoted_values(model.sources);
    case Values::answers: return "_skincare_answer";
    case Values::none: return ":";
  }
  return ":";
}

std::string bash_value_cases(const Model& model, const std::vector<const OptionModel*>& options,
                             const std::string& indent) {
  std::string out;
  for (const auto* option : options) {
    if (!option->takes_value) continue;
    std::string names;
    for (const auto& name : option->names) names += (names.empty() ? "" : "|") + name;
    out += fmt::format("{}{})\n{}    {}\n{}    return\n{}    ;;\n", indent, names, indent,
                       bash_values(model, option->values, option->words), indent, indent);
  }
  return out;
}

std::string bash_script(const Model& model) {
  std::string out = header(model, "bash",
                           "Load it in this shell with: source <(skincare completion bash)\n"
                           "# It is installed as share/bash-completion/completions/skincare.");
  out += R"(
# _skincare_words CUR PREFIX WORD...: offers PREFIX+WORD for each WORD that
# starts with CUR.
_skincare_words()
{
    local cur=$1 prefix=$2 word
    shift 2
    for word in "$@"; do
        [[ $word == "$cur"* ]] && COMPREPLY+=("$prefix$word")
    done
}

# _skincare_files [-d]: file names (or folder names with -d).
_skincare_files()
{
    if declare -F _filedir >/dev/null; then
        _filedir "$@"
    else
        compopt -o filenames 2>/dev/null
        if [[ $1 == -d ]]; then
            COMPREPLY+=($(compgen -d -- "$cur"))
        else
            COMPREPLY+=($(compgen -f -- "$cur"))
        fi
    fi
}

# The value of `assess --set`: ID= first, then ID=VALUE; lists take
# comma-separated values. Readline replaces only what follows the last '='.
_skincare_answer()
{
    if [[ $cur != *=* ]]; then
)";
  out += "        _skincare_words \"$cur\" ''";
  for (const auto& question : model.questions) out += " " + sh_quote(question.id + "=");
  out += R"(
        compopt -o nospace 2>/dev/null
        return
    fi
    local id=${cur%%=*} value=${cur#*=} head=
    case $id in
)";
  for (const auto& question : model.questions) {
    if (question.values.empty()) continue;
    out += "        " + sh_quote(question.id) + ")\n";
    if (question.multi)
      out += "            if [[ $value == *,* ]]; then head=${value%,*},; value=${value##*,}; fi\n";
    out += "            _skincare_words \"$value\" \"$head\"" + quoted_values(question.values) + "\n";
    out += "            ;;\n";
  }
  out += R"(    esac
}

_skincare()
{
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null; then
        _init_completion -s || return
    else  # without bash-completion: split the line on blanks
        COMPREPLY=()
        local line=${COMP_LINE:0:COMP_POINT}
        read -ra words <<<"$line"
        [[ -z $line || $line == *[[:blank:]] ]] && words+=("")
        cword=$((${#words[@]} - 1))
        cur=${words[cword]} prev=${words[cword - 1]}
        if [[ $cur == --?*=* ]]; then
            prev=${cur%%=*} cur=${cur#*=} split=true
        fi
    fi

    # The command is the first word that is neither an option nor an
    # option's value; count the arguments after it.
    local command= arguments=0 i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
)";
  {
    std::vector<std::string> value_options;
    auto collect = [&](const std::vector<OptionModel>& options) {
      for (const auto& option : options)
        if (option.takes_value)
          for (const auto& name : option.names)
            if (std::find(value_options.begin(), value_options.end(), name) == value_options.end())
              value_options.push_back(name);
    };
    collect(model.global);
    for (const auto& command : model.commands) collect(command.options);
    std::string names;
    for (const auto& name : value_options) names += (names.empty() ? "" : "|") + name;
    if (!names.empty()) out += "            " + names + ") ((i++)) ;;\n";
  }
  out += R"(            -*) ;;
            *) if [[ -z $command ]]; then command=${words[i]}; else ((arguments++)); fi ;;
        esac
    done

    case $prev in
)";
  out += bash_value_cases(model, all_of(model.global), "        ");
  out += R"(    esac

    case $command in
        '')
            $split && return
            if [[ $cur == -* ]]; then
)";
  out += "                _skincare_words \"$cur\" ''" + option_names(all_of(model.global)) + "\n";
  out += "            else\n";
  out += "                _skincare_words \"$cur\" ''";
  for (const auto& command : model.commands) out += " " + sh_quote(command.name);
  out += "\n            fi\n            ;;\n";
  for (const auto& command : model.commands) {
    out += "        " + sh_quote(command.name) + ")\n";
    const std::string cases = bash_value_cases(model, all_of(command.options), "                ");
    if (!cases.empty()) out += "            case $prev in\n" + cases + "            esac\n";
    out += "            $split && return\n";
    out += "            if [[ $cur == -* ]]; then\n";
    std::vector<const OptionModel*> options = all_of(command.options);
    for (const auto* option : passed_down(model)) options.push_back(option);
    out += "                _skincare_words \"$cur\" ''" + option_names(options) + "\n";
    if (command.positional != Values::none) {
      out += command.many_positionals ? "            else\n" : "            elif ((arguments == 0)); then\n";
      out += "                " + bash_values(model, command.positional, command.positional_words) + "\n";
    }
    out += "            fi\n            ;;\n";
  }
  out += R"(    esac
} &&
    complete -F _skincare skincare
)";
  return out;
}

// zsh: text inside the [...] of an _arguments spec.
std::string zsh_explanation(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '[' || c == ']' || c == '\\' || c == ':') out += '\\';
    out += c;
  }
  return out;
}

// zsh: "value:description" for _describe, with ':' in the value escaped.
std::string zsh_described(const Word& word) {
  std::string value;
  for (const char c : word.value) {
    if (c == ':' || c == '\\') value += '\\';
    value += c;
  }
  return sh_quote(word.description.empty() ? value : value + ":" + word.description);
}

std::string zsh_described_list(const std::vector<Word>& words) {
  std::string out;
  for (const auto& word : words) out += "\n    " + zsh_described(word);
  return out;
}

std::string zsh_action(Values values, const std::vector<Word>& words) {
  switch (values) {
    case Values::words: {
      std::string list;
      for (const auto& word : words) list += (list.empty() ? "" : " ") + word.value;
      return "(" + list + ")";
    }
    case Values::files: return "_files";
    case Values::directories: return "_files -/";
    case Values::topics: return "_skincare_topics";
    case Values::sources: return "_skincare_sources";
    case Values::answers: return "_skincare_answer";
    case Values::none: return " ";
  }
  return " ";
}

std::string zsh_specs(const std::vector<const OptionModel*>& options, const std::string& indent) {
  std::string out;
  for (const auto* option : options) {
    const auto& names = option->names;
    const bool stops = std::find(names.begin(), names.end(), "--help") != names.end() ||
                       std::find(names.begin(), names.end(), "--version") != names.end();
    std::string exclusions;
    if (stops) exclusions = "- *";
    else if (names.size() > 1)
      for (const auto& name : names) exclusions += (exclusions.empty() ? "" : " ") + name;
    const bool repeatable = option->values == Values::answers;
    for (const auto& name : names) {
      std::string spec = exclusions.empty() ? "" : "(" + exclusions + ")";
      if (repeatable) spec += "*";
      spec += name;
      if (option->takes_value && name.rfind("--", 0) == 0) spec += "=";
      spec += "[" + zsh_explanation(option->description) + "]";
      if (option->takes_value) {
        std::string what = name.substr(name.find_first_not_of('-'));
        spec += ":" + what + ":" + zsh_action(option->values, option->words);
      }
      out += " \\\n" + indent + sh_quote(spec);
    }
  }
  return out;
}

std::string zsh_script(const Model& model) {
  std::string out = "#compdef skincare\n";
  out += header(model, "zsh",
                "Load it in this shell with: source <(skincare completion zsh)\n"
                "# It is installed as _skincare in share/zsh/site-functions (vendor-completions\n"
                "# when installed under /usr), a folder in $fpath.");
  out += "\n_skincare_topics() {\n  local -a topics=(" + zsh_described_list(model.topics) +
         "\n  )\n  _describe -t topics 'topic' topics\n}\n";
  out += "\n_skincare_sources() {\n  local -a sources=(" + zsh_described_list(model.sources) +
         "\n  )\n  _describe -t sources 'source' sources\n}\n";
  out += R"(
# The value of `assess --set`: ID= first, then ID=VALUE; lists take
# comma-separated values.
_skincare_answer() {
  local -a values
  if compset -P '*='; then
    local id=${${IPREFIX%=}##*=}
    case $id in
)";
  for (const auto& question : model.questions) {
    if (question.values.empty()) continue;
    out += "      " + sh_quote(question.id) + ")\n";
    if (question.multi) out += "        compset -P '*,'\n";
    out += "        values=(";
    for (const auto& value : question.values) out += "\n          " + zsh_described(value);
    out += "\n        ) ;;\n";
  }
  out += R"(    esac
    _describe -t values "value of $id" values
  else
    values=()";
  for (const auto& question : model.questions) out += "\n      " + zsh_described({question.id, question.prompt});
  out += R"(
    )
    _describe -t questions 'question id' values -S =
  fi
}

_skincare() {
  local curcontext=$curcontext state line ret=1
  typeset -A opt_args
  _arguments -C)";
  out += zsh_specs(all_of(model.global), "    ");
  out += R"( \
    '1:command:->command' \
    '*::argument:->argument' && ret=0

  case $state in
    command)
      local -a commands=()";
  for (const auto& command : model.commands) out += "\n        " + zsh_described({command.name, command.description});
  out += R"(
      )
      _describe -t commands 'skincare command' commands && ret=0
      ;;
    argument)
      curcontext=${curcontext%:*:*}:skincare-$words[1]:
      case $words[1] in
)";
  for (const auto& command : model.commands) {
    out += "        " + sh_quote(command.name) + ")\n          _arguments";
    std::vector<const OptionModel*> options = all_of(command.options);
    for (const auto* option : passed_down(model)) options.push_back(option);
    out += zsh_specs(options, "            ");
    if (command.positional != Values::none) {
      const std::string spec = std::string(command.many_positionals ? "*" : "1") + ":" +
                               (command.name == "completion" ? "shell" : "argument") + ":" +
                               zsh_action(command.positional, command.positional_words);
      out += " \\\n            " + sh_quote(spec);
    }
    out += " && ret=0\n          ;;\n";
  }
  out += R"(      esac
      ;;
  esac
  return ret
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _skincare "$@"  # autoloaded from $fpath by compinit
else
  compdef _skincare skincare  # sourced
fi
)";
  return out;
}

std::string fish_values(Values values, const std::vector<Word>& words, bool& files) {
  files = false;
  switch (values) {
    case Values::words: {
      std::string list;
      for (const auto& word : words) list += (list.empty() ? "" : " ") + word.value;
      return " -a " + fish_quote(list);
    }
    case Values::files: files = true; return " -F";
    case Values::directories: return " -a '(__fish_complete_directories)'";
    case Values::topics: return " -a '(__skincare_described topics)'";
    case Values::sources: return " -a '(__skincare_described sources)'";
    case Values::answers: return " -a '(__skincare_answer)'";
    case Values::none: return "";
  }
  return "";
}

std::string fish_options(const std::vector<const OptionModel*>& options,
                         const std::string& condition) {
  std::string out;
  for (const auto* option : options) {
    std::string line = "complete -c skincare -n " + fish_quote(condition);
    for (const auto& name : option->names) {
      if (name.rfind("--", 0) == 0) line += " -l " + name.substr(2);
      else line += " -s " + name.substr(1);
    }
    if (option->takes_value) {
      bool files = false;
      const std::string values = fish_values(option->values, option->words, files);
      line += files ? " -r" + values : " -x" + values;
    }
    line += " -d " + fish_quote(option->description);
    out += line + "\n";
  }
  return out;
}

std::string fish_described_lines(const std::vector<Word>& words, const std::string& prefix, const std::string& indent) {
  std::string out;
  for (const auto& word : words)
    out += indent + "printf '%s\\t%s\\n' " + fish_quote(prefix + word.value) + " " + fish_quote(word.description) +
           "\n";
  return out;
}

std::string fish_script(const Model& model) {
  std::string out = header(model, "fish",
                           "Load it in this shell with: skincare completion fish | source\n"
                           "# It is installed as share/fish/vendor_completions.d/skincare.fish.");
  std::string value_options;
  for (const auto& option : model.global)
    if (option.takes_value)
      for (const auto& name : option.names) value_options += " " + fish_quote(name);
  out += R"(
# The command being completed: the first word that is neither an option nor
# the value of a global option.
function __skincare_command
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    for token in $tokens
        if test $skip = 1
            set skip 0
        else if contains -- $token)" + value_options + R"(
            set skip 1
        else if not string match -q -- '-*' $token
            echo $token
            return 0
        end
    end
    return 1
end

function __skincare_needs_command
    not __skincare_command >/dev/null
end

function __skincare_using -a name
    set -l command (__skincare_command)
    and test "$command" = $name
end

# Arguments given after the command (for commands that take one).
function __skincare_arguments
    set -l tokens (commandline -opc)
    set -l command (__skincare_command)
    set -l index (contains -i -- $command $tokens)
    math (count $tokens) - $index
end

function __skincare_described -a what
    switch $what
        case topics
)";
  out += fish_described_lines(model.topics, "", "            ");
  out += "        case sources\n";
  out += fish_described_lines(model.sources, "", "            ");
  out += R"(    end
end

# The value of `assess --set`: ID= first, then ID=VALUE; lists take
# comma-separated values.
function __skincare_answer
    set -l token (string replace -r -- '^--set=' '' (commandline -ct))
    if not string match -q -- '*=*' $token
)";
  for (const auto& question : model.questions)
    out += "        printf '%s\\t%s\\n' " + fish_quote(question.id + "=") + " " + fish_quote(question.prompt) + "\n";
  out += R"(        return
    end
    set -l id (string split -m1 = -- $token)[1]
    set -l head $id=
    set -l value (string split -m1 = -- $token)[2]
    switch $id
)";
  for (const auto& question : model.questions) {
    if (question.values.empty()) continue;
    out += "        case " + fish_quote(question.id) + "\n";
    if (question.multi)
      out += "            string match -q -- '*,*' $value\n"
             "            and set head $id=(string replace -r -- '[^,]*$' '' $value)\n";
    for (const auto& value : question.values)
      out += "            printf '%s%s\\t%s\\n' $head " + fish_quote(value.value) + " " +
             fish_quote(value.description) + "\n";
  }
  out += R"(    end
end

complete -c skincare -f
)";
  out += fish_options(all_of(model.global), "__skincare_needs_command");
  for (const auto& command : model.commands)
    out += "complete -c skincare -n __skincare_needs_command -a " + fish_quote(command.name) + " -d " +
           fish_quote(command.description) + "\n";
  for (const auto& command : model.commands) {
    const std::string condition = "__skincare_using " + command.name;
    std::vector<const OptionModel*> options = all_of(command.options);
    for (const auto* option : passed_down(model)) options.push_back(option);
    out += fish_options(options, condition);
    if (command.positional != Values::none) {
      std::string when = condition;
      if (!command.many_positionals) when += "; and test (__skincare_arguments) -eq 0";
      if (command.positional == Values::words) {
        for (const auto& word : command.positional_words)
          out += "complete -c skincare -n " + fish_quote(when) + " -a " + fish_quote(word.value) + " -d " +
                 fish_quote(word.description) + "\n";
        continue;
      }
      bool files = false;
      const std::string values = fish_values(command.positional, command.positional_words, files);
      out += "complete -c skincare -n " + fish_quote(when) + values + "\n";
    }
  }
  return out;
}

std::string check_shell(const std::string& shell) {
  std::vector<std::string> names;
  for (const auto& known : shells()) names.push_back(known.value);
  if (std::find(names.begin(), names.end(), shell) != names.end()) return shell;
  throw UsageError(fmt::format("unknown shell '{}'{}; choose bash, zsh or fish", escape_controls(shell),
                               did_you_mean(closest_names(shell, names, 1))));
}

}  // namespace

void setup_completion(CLI::App& app, Context& context) {
  auto shell = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
  command->add_option("shell", *shell, "bash, zsh or fish")->required()->option_text("SHELL");
  command->footer(
      "Examples:\n"
      "  skincare completion bash > ~/.local/share/bash-completion/completions/skincare\n"
      "  source <(skincare completion zsh)     in ~/.zshrc, after compinit\n"
      "  skincare completion fish | source     in ~/.config/fish/config.fish");
  command->callback([&app, shell, &context] {
    const std::string name = check_shell(*shell);
    const Model model = describe(app, context);
    if (name == "bash") write_stdout(bash_script(model));
    else if (name == "zsh") write_stdout(zsh_script(model));
    else write_stdout(fish_script(model));
  });
}

}  // namespace skincare::cli
