#include "questionnaire/verdict.h"

namespace skincare {

const char* verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::info: return "info";
    case Verdict::suitable: return "suitable";
    case Verdict::caution: return "caution";
    case Verdict::postpone: return "postpone";
    case Verdict::consult: return "consult";
  }
  return "?";
}

std::optional<Verdict> verdict_from_name(std::string_view name) {
  for (Verdict v : {Verdict::info, Verdict::suitable, Verdict::caution, Verdict::postpone, Verdict::consult})
    if (name == verdict_name(v)) return v;
  return std::nullopt;
}

int severity(Verdict verdict) { return static_cast<int>(verdict); }

}  // namespace skincare
