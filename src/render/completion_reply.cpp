#include "render/completion_reply.h"

namespace skincare {

std::string render_completion_reply(const CompletionReply& reply) {
  std::string out = reply.action + "\n";
  for (const auto& candidate : reply.candidates) {
    out += candidate.word;
    if (!candidate.description.empty()) out += "\t" + candidate.description;
    out += "\n";
  }
  return out;
}

}  // namespace skincare
