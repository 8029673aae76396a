// What every subcommand shares: global flags, where content comes from,
// how output looks, and the exit status a command chose.
#pragma once

#include <string>
#include <vector>

#include "content/content_tree.h"
#include "base/errors.h"
#include "render/format.h"

namespace CLI {
class App;
}

namespace skincare::cli {

struct Context {
  std::string content_dir;  // --content DIR (else SKINCARE_CONTENT, else built in)
  bool no_colour = false;   // --no-color
  std::string format = "text";
  ExitStatus status = ExitStatus::ok;

  ContentTree open_content() const;
  RenderOptions render_options() const;  // for output on stdout
};

// Adds `--format text|markdown|json` to a subcommand, plus `extra` formats
// where the command offers more (assess: csv, fhir).
void add_format_option(CLI::App& command, Context& context, const std::vector<std::string>& extra = {});

// One subcommand each, in its own file.
void setup_explain(CLI::App& app, Context& context);
void setup_compare(CLI::App& app, Context& context);
void setup_topics(CLI::App& app, Context& context);
void setup_search(CLI::App& app, Context& context);
void setup_sources(CLI::App& app, Context& context);
void setup_assess(CLI::App& app, Context& context);
void setup_completion(CLI::App& app, Context& context);
void setup_check(CLI::App& app, Context& context);
void setup_about(CLI::App& app, Context& context);
void setup_export(CLI::App& app, Context& context);

}  // namespace skincare::cli
