#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <sstream>

#include "cli/cli.h"
#include "cli/completion.h"
#include "cli/context.h"
#include "cli/help_format.h"
#include "cli/output.h"
#include "base/suggest.h"
#include "base/errors.h"
#include "base/escape.h"

namespace skincare::cli {

namespace {

constexpr const char* kVersion = "skincare " SKINCARE_VERSION " (content " SKINCARE_CONTENT_VERSION ")";

void build(CLI::App& app, Context& context) {
  app.formatter(make_help_formatter());  // before the subcommands, which inherit it
  app.footer(
      "Examples:\n"
      "  skincare assess                     answer the questionnaire\n"
      "  skincare explain acne-scars         what microneedling can and cannot do\n"
      "  skincare search melasma             find where a word is discussed\n"
      "  skincare topics --names             every topic id\n\n"
      "Education, not a diagnosis. See skincare(1) for exit status and environment.");
  app.set_version_flag("--version", kVersion, "Print the version and the content version");
  app.add_option("--content", context.content_dir, "Read content from DIR instead of the built-in content")
      ->option_text("DIR");
  app.add_flag("--no-color,--no-colour", context.no_colour, "Never use colour or bold");
  app.require_subcommand(1);
  app.fallthrough();
  setup_assess(app, context);
  setup_explain(app, context);
  setup_compare(app, context);
  setup_topics(app, context);
  setup_search(app, context);
  setup_sources(app, context);
  setup_about(app, context);
  setup_completion(app, context);
  setup_check(app, context);
  setup_export(app, context);
}

// CLI11 reports an unknown command as a missing one; name it and suggest.
void check_command_name(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--content") {
      ++i;
      continue;
    }
    if (arg == "--" || arg.empty()) return;
    if (arg[0] == '-') continue;
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
    if (std::find(names.begin(), names.end(), arg) != names.end()) return;
    throw UsageError(fmt::format("unknown command '{}'{}\nRun 'skincare --help' for usage.", escape_controls(arg),
                                 did_you_mean(closest_names(arg, names))));
  }
}

int report(const std::string& message, ExitStatus status) {
  // Messages quote file names, answers and content: show any control character escaped.
  write_stderr("skincare: " + escape_controls(message, true) + "\n");
  return static_cast<int>(status);
}

}  // namespace

int run(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe becomes EPIPE, handled quietly
  Context context;
  CLI::App app("Learn whether microneedling suits you, and why.", "skincare");
  try {
    build(app, context);
    if (argc > 1 && std::string_view(argv[1]) == "__complete") {  // hidden, for the completion scripts
      run_complete(app, context, std::vector<std::string>(argv + 2, argv + argc));
      return 0;
    }
    check_command_name(app, argc, argv);
    try {
      app.parse(argc, argv);
    } catch (const CLI::Success& e) {  // --help, --version
      std::ostringstream out, err;
      app.exit(e, out, err);
      write_stdout(out.str());
      return 0;
    } catch (const CLI::ParseError& e) {
      return report(std::string(e.what()) + "\nRun 'skincare --help' for usage.", ExitStatus::usage);
    }
  } catch (const ClosedPipe&) {
    return static_cast<int>(context.status);
  } catch (const Error& e) {
    return report(e.what(), e.status());
  } catch (const std::bad_alloc&) {
    return report("out of memory", ExitStatus::data);
  } catch (const std::exception& e) {
    return report(fmt::format("internal error: {}", e.what()), ExitStatus::data);
  }
  return static_cast<int>(context.status);
}

}  // namespace skincare::cli
