#include "cli/help_format.h"

#include <unistd.h>

#include <CLI/CLI.hpp>

#include "render/text_layout.h"
#include "term/terminal.h"

namespace skincare::cli {

namespace {

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_description(const CLI::App* app) const override {
    const std::string description = app->get_description();
    return description.empty() ? std::string() : wrap(description, width(), "", "");
  }

  std::string make_usage(const CLI::App* app, std::string name) const override {
    std::string usage = CLI::Formatter::make_usage(app, std::move(name));
    if (!usage.empty() && usage.back() == '\n') usage.pop_back();
    return wrap(usage, width(), "", "    ");
  }

  std::string make_subcommand(const CLI::App* sub) const override {
    return layout("  " + sub->get_display_name(true), sub->get_description());
  }

  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return layout("  " + make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
  }

  // The value's name only; what an option excludes goes to its description.
  std::string make_option_opts(const CLI::Option* opt) const override {
    if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
    if (opt->get_type_size() != 0 && !opt->get_type_name().empty()) return " " + opt->get_type_name();
    return {};
  }

  std::string make_option_desc(const CLI::Option* opt) const override {
    std::string description = opt->get_description();
    std::string names;
    for (const CLI::Option* other : opt->get_excludes()) names += (names.empty() ? "" : ", ") + other->get_name();
    if (!names.empty()) description += " (not with " + names + ")";
    names.clear();
    for (const CLI::Option* other : opt->get_needs()) names += (names.empty() ? "" : ", ") + other->get_name();
    if (!names.empty()) description += " (needs " + names + ")";
    return description;
  }

  // Prose lines wrap; indented lines (example commands) are kept as written.
  std::string make_footer(const CLI::App* app) const override {
    const std::string footer = app->get_footer();
    if (footer.empty()) return {};
    std::string out;
    std::size_t start = 0;
    while (start <= footer.size()) {
      std::size_t end = footer.find('\n', start);
      if (end == std::string::npos) end = footer.size();
      const std::string line = footer.substr(start, end - start);
      out += line.empty() || line[0] == ' ' ? line + "\n" : wrap(line, width(), "", "");
      start = end + 1;
    }
    return out;
  }

 private:
  static int width() { return detect_style(STDOUT_FILENO, true).width; }

  // "  name    description", the description wrapped in its own column, or
  // under the name when the name is long or the terminal narrow.
  std::string layout(const std::string& name, const std::string& description) const {
    const int total = width();
    const auto column = static_cast<std::size_t>(get_column_width());
    if (description.empty()) return name + "\n";
    if (total - static_cast<int>(column) < 30) return name + "\n" + wrap(description, total, "      ", "      ");
    const std::string indent(column, ' ');
    if (name.size() >= column) return name + "\n" + wrap(description, total, indent, indent);
    return wrap(description, total, name + std::string(column - name.size(), ' '), indent);
  }
};

}  // namespace

std::shared_ptr<CLI::Formatter> make_help_formatter() { return std::make_shared<HelpFormatter>(); }

}  // namespace skincare::cli
