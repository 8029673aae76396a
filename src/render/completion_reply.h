// The answer to `skincare __complete WORD...`, which the fixed scripts of
// `skincare completion SHELL` read: a first line saying what the shell
// should do, then one candidate a line, `WORD<TAB>DESCRIPTION`.
//   words      offer the candidates, then a space
//   prefix     offer the candidates, no space after (ID= of --set)
//   files      complete file names instead
//   dirs       complete folder names instead
#pragma once

#include <string>
#include <vector>

namespace skincare {

struct CompletionCandidate {
  std::string word;
  std::string description;  // one plain line, or ""
};

struct CompletionReply {
  std::string action = "words";
  std::vector<CompletionCandidate> candidates;
};

std::string render_completion_reply(const CompletionReply& reply);

}  // namespace skincare
