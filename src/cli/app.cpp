#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <initializer_list>
#include <csignal>
#include <sstream>
#include <string_view>

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

// Every command, in the order --help lists them: the name on the command
// line and the function that declares its options and callback.
struct Command {
  std::string_view name;
  void (*setup)(CLI::App&, Context&);
};
constexpr Command kCommands[] = {
    {"assess", setup_assess},   {"explain", setup_explain},       {"compare", setup_compare},
    {"topics", setup_topics},   {"search", setup_search},         {"sources", setup_sources},
    {"about", setup_about},     {"completion", setup_completion}, {"check", setup_check},
    {"export", setup_export},
};

// The command named on the line: the first argument that is not an option
// (nor the value of --content), or empty when there is none (or after --).
std::string_view command_name(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--content") {
      ++i;
      continue;
    }
    if (arg == "--" || arg.empty()) return {};
    if (arg[0] != '-') return arg;
  }
  return {};
}

// CLI11 reports an unknown command as a missing one; name it and suggest.
void check_command_name(std::string_view name) {
  if (name.empty()) return;
  std::vector<std::string> names;
  for (const Command& command : kCommands) {
    if (command.name == name) return;
    names.emplace_back(command.name);
  }
  throw UsageError(fmt::format("unknown command '{}'{}\nRun 'skincare --help' for usage.", escape_controls(name),
                               did_you_mean(closest_names(std::string(name), names))));
}

bool has_argument(int argc, char** argv, std::initializer_list<std::string_view> wanted) {
  for (int i = 1; i < argc; ++i)
    for (const std::string_view name : wanted)
      if (argv[i] == name) return true;
  return false;
}

// Declares the global options and the commands the line can reach: only the
// one it names (declaring all ten costs more than running most of them),
// none for a bare --version, and all for --help, a missing command and
// completion.
void build(CLI::App& app, Context& context, std::string_view command, bool all) {
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
  for (const Command& each : kCommands)
    if (all || each.name == command) each.setup(app, context);
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
    if (argc > 1 && std::string_view(argv[1]) == "__complete") {  // hidden, for the completion scripts
      build(app, context, {}, true);
      run_complete(app, context, std::vector<std::string>(argv + 2, argv + argc));
      return 0;
    }
    const std::string_view command = command_name(argc, argv);
    check_command_name(command);
    const bool version_only = has_argument(argc, argv, {"--version"}) && !has_argument(argc, argv, {"--help", "-h"});
    build(app, context, command, command.empty() && !version_only);
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
