// The plain sentences that say what a verdict rests on and what would change
// it, built once from a Summary and the rules' own wording, for every view
// that a person reads (text, markdown, HTML).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "questionnaire/evaluation.h"

namespace skincare {

struct NoteItem {
  std::string answers;  // "skin_type = V" (the answers the rule read)
  std::string text;     // the rule's `discuss` wording (may be empty: the message is under "Why")
};

struct VerdictNote {
  std::string lead;  // one sentence
  std::vector<NoteItem> items;
};

// "CAUTION" for caution; the form used in the sentences below.
std::string verdict_word(Verdict verdict);

// For a postponed verdict: "Once your sunburn has healed, the result would be
// CAUTION, because:" and the rules that verdict would rest on.
std::optional<VerdictNote> after_temporary_note(const Summary& summary);

// For caution or consult: the answers the verdict rests on, each with what
// to discuss.
std::optional<VerdictNote> rests_on_note(const Summary& summary);

// For partial answers: what is known and what is still open, one or two
// sentences; empty for complete answers.
std::string partial_note(const Summary& summary);

// "suitable", or "between caution and consult" while answers are missing.
std::string verdict_range_text(const VerdictRange& range);

}  // namespace skincare
