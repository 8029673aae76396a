#include "render/answers_template.h"

#include <fmt/format.h>

#include "base/escape.h"

namespace skincare {

std::string answers_template(const Questionnaire& q) {
  std::string out = fmt::format(
      "# Answers for `skincare assess` ({} version {}).\n"
      "# Fill in every answer, then run: skincare assess --answers FILE\n"
      "# Yes/no questions take yes or no. Lists take [a, b], or [] for none.\n",
      q.id, q.version);
  for (const auto& question : q.questions) {
    out += "\n";
    if (!question.intro.empty()) out += "# " + escape_controls(question.intro) + "\n";
    out += "# " + escape_controls(question.prompt) + "\n";
    out += "# Allowed: " + question.allowed_values() + (question.unit.empty() ? "" : " (" + question.unit + ")") + "\n";
    for (const auto& choice : question.choices)
      out += "#   " + choice.value + ": " + escape_controls(choice.label) + "\n";
    if (question.enabled_when) out += "# Only asked when: " + question.enabled_when_text + "\n";
    out += question.id + ":\n";
  }
  return out;
}

}  // namespace skincare
