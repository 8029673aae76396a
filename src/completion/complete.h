// Shell completion answered by the program itself (`skincare __complete
// WORD...`), so it never goes stale: the candidates for the last word of a
// command line, from the commands and options the parser accepts and from
// the content in use (`--content DIR` on the line, else the default).
//
// What a value completes to is read from its placeholder in the help: FILE
// and DIR leave it to the shell, ID=VALUE offers question ids and then
// their answers, TOPIC topic ids, SOURCE source ids and SHELL the shells
// there is a script for. A new command or option gets completion by using
// one of them. Content that cannot be read gives no candidates, never an
// error.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "content/content_tree.h"
#include "render/completion_reply.h"

namespace skincare {

// An option or positional argument, as the completer needs to know it.
struct OptionShape {
  std::vector<std::string> long_names;   // without "--"
  std::vector<std::string> short_names;  // without "-"
  std::string description;
  bool takes_value = false;
  bool many = false;                 // a positional that takes several values
  std::vector<std::string> choices;  // the only values allowed (--format), if the option says
  std::string placeholder;           // FILE, DIR, ID=VALUE, TOPIC, SOURCE, SHELL, ... ("..." removed)
};

struct CommandShape {
  std::string name;
  std::string description;
  std::vector<OptionShape> options;      // the visible ones
  std::vector<OptionShape> positionals;  // in order
};

// The program (its own options, --help and --version among them) and its
// visible commands. Options of the program may also be typed after a
// command name.
struct CommandLineShape {
  CommandShape program;
  std::vector<CommandShape> commands;
};

// The content in use: the tree of `content_dir`, or the default content
// when it is "".
using OpenContent = std::function<ContentTree(const std::string& content_dir)>;

// The candidates for the last of `words` (the words after the program
// name; the last one is being typed, "" when nothing is yet), filtered by
// what is typed.
CompletionReply complete(const CommandLineShape& shape, std::vector<std::string> words, const OpenContent& open_content);

}  // namespace skincare
