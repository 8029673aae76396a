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

void add_format_option(CLI::App& command, Context& context, const std::vector<std::string>& extra) {
  std::vector<std::string> names = {"text", "markdown", "json"};
  names.insert(names.end(), extra.begin(), extra.end());
  std::string help = "Output format: text (default)";
  for (std::size_t i = 1; i < names.size(); ++i) help += (i + 1 == names.size() ? " or " : ", ") + names[i];
  command.add_option("--format", context.format, help)->check(CLI::IsMember(names))->option_text("FORMAT");
}

}  // namespace skincare::cli
