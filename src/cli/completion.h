// Shell completion: `skincare completion SHELL` prints a small fixed script,
// which asks the hidden `skincare __complete WORD...` for the candidates.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace skincare::cli {

struct Context;

// `skincare __complete WORD...`: prints what the shell should offer for the
// last of `words` (the words after the program name), from `app`'s commands
// and options and the content in use (complete.cpp).
void run_complete(const CLI::App& app, const Context& context, const std::vector<std::string>& words);

}  // namespace skincare::cli
