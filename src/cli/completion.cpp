// `skincare completion bash|zsh|fish`: prints the completion script for a
// shell (completion/scripts.h). Each script asks the hidden `skincare
// __complete WORD...` (complete.cpp) for its candidates.
#include <CLI/CLI.hpp>

#include "cli/completion.h"
#include "cli/context.h"
#include "cli/output.h"
#include "completion/scripts.h"

namespace skincare::cli {

void setup_completion(CLI::App& app, Context&) {
  auto shell = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
  command->add_option("shell", *shell, "bash, zsh or fish")->required()->option_text("SHELL");
  command->footer(
      "Examples:\n"
      "  skincare completion bash > ~/.local/share/bash-completion/completions/skincare\n"
      "  source <(skincare completion zsh)     in ~/.zshrc, after compinit\n"
      "  skincare completion fish | source     in ~/.config/fish/config.fish");
  command->callback([shell] { write_stdout(completion_script(*shell)); });
}

}  // namespace skincare::cli
