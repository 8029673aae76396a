// `skincare __complete WORD...` (hidden): the candidates for the last WORD of
// a command line, for the fixed scripts `skincare completion SHELL` prints.
// It is not a subcommand: run() sends it here before parsing, so no word
// (`--help`, `--`) is taken as an option of its own.
//
// This file reads the live command-line parser into a CommandLineShape
// (commands, options, which take a value, `--format` choices from the
// option's validator, placeholders from the help); completion/complete.h
// does the rest, with the content that `--content`, SKINCARE_CONTENT or the
// built-in tree gives. Errors give no candidates and no message.
#include <CLI/CLI.hpp>

#include "cli/completion.h"
#include "cli/context.h"
#include "cli/output.h"
#include "completion/complete.h"

namespace skincare::cli {

namespace {

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

OptionShape shape_of(const CLI::Option& option) {
  OptionShape shape;
  shape.long_names = option.get_lnames();
  shape.short_names = option.get_snames();
  shape.description = option.get_description();
  shape.takes_value = option.get_items_expected_max() != 0;
  shape.many = option.get_items_expected_max() > 1;
  shape.choices = choices_of(option);
  shape.placeholder = option.get_option_text();  // TOPIC... -> TOPIC
  if (shape.placeholder.size() > 3 && shape.placeholder.compare(shape.placeholder.size() - 3, 3, "...") == 0)
    shape.placeholder.resize(shape.placeholder.size() - 3);
  return shape;
}

CommandShape shape_of(const CLI::App& app) {
  CommandShape shape;
  shape.name = app.get_name();
  shape.description = app.get_description();
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_positional()) shape.positionals.push_back(shape_of(*option));
    else if (!hidden(*option)) shape.options.push_back(shape_of(*option));
  }
  return shape;
}

}  // namespace

void run_complete(const CLI::App& app, const Context& context, const std::vector<std::string>& words) {
  CommandLineShape shape;
  shape.program = shape_of(app);
  for (const CLI::App* command : app.get_subcommands({}))
    if (!command->get_group().empty()) shape.commands.push_back(shape_of(*command));
  const auto open_content = [&context](const std::string& content_dir) {
    Context in_use = context;
    if (!content_dir.empty()) in_use.content_dir = content_dir;
    return in_use.open_content();
  };
  write_stdout(render_completion_reply(complete(shape, words, open_content)));
}

}  // namespace skincare::cli
