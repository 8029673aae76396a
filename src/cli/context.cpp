#include "cli/context.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>

namespace skincare::cli {

ContentTree Context::open_content() const {
  if (!content_dir.empty()) return ContentTree::from_directory(content_dir);
  const char* from_environment = std::getenv("SKINCARE_CONTENT");
  if (from_environment != nullptr && *from_environment != '\0') return ContentTree::from_directory(from_environment);
  return ContentTree::embedded();
}

RenderOptions Context::render_options() const {
  RenderOptions options;
  options.format = format_from_name(format).value_or(Format::text);
  options.style = detect_style(STDOUT_FILENO, no_colour);
  return options;
}

void add_format_option(CLI::App& command, Context& context, bool html) {
  if (html)
    command.add_option("--format", context.format, "Output format: text (default), markdown, json or html")
        ->check(CLI::IsMember({"text", "markdown", "json", "html"}))
        ->option_text("FORMAT");
  else
    command.add_option("--format", context.format, "Output format: text (default), markdown or json")
        ->check(CLI::IsMember({"text", "markdown", "json"}))
        ->option_text("FORMAT");
}

}  // namespace skincare::cli
