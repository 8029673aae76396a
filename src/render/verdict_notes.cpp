#include "render/verdict_notes.h"

#include <fmt/format.h>

namespace skincare {

namespace {

std::string joined_with_and(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

const FiredRule* fired_rule(const Summary& summary, const Rule* rule) {
  for (const auto& fired : summary.reasons)
    if (fired.rule == rule) return &fired;
  return nullptr;
}

NoteItem item_of(const FiredRule& fired) {
  std::string answers;
  for (const auto& [id, value] : fired.because) answers += (answers.empty() ? "" : ", ") + id + " = " + answer_text(value);
  return {answers, fired.rule->discuss};
}

}  // namespace

std::string verdict_word(Verdict verdict) {
  std::string word = verdict_name(verdict);
  for (auto& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return word;
}

std::string verdict_range_text(const VerdictRange& range) {
  if (range.settled()) return verdict_word(range.at_least);
  return fmt::format("between {} and {}", verdict_word(range.at_least), verdict_word(range.at_most));
}

std::optional<VerdictNote> after_temporary_note(const Summary& summary) {
  if (!summary.after_temporary) return std::nullopt;
  const AfterTemporary& after = *summary.after_temporary;
  std::vector<std::string> waits;
  for (const Rule* rule : after.waiting_for)
    waits.push_back(rule->waiting_for.empty() ? fmt::format("the temporary reason '{}' has passed", rule->id)
                                              : rule->waiting_for);
  const std::string once = waits.empty() ? "Once the temporary reasons have passed" : "Once " + joined_with_and(waits);
  VerdictNote note;
  const Verdict later = after.range.at_least;
  if (!after.range.settled()) {
    note.lead = fmt::format("{}, the result would be {} (some questions are not answered yet){}", once,
                            verdict_range_text(after.range), later == Verdict::suitable ? "." : ", because:");
  } else if (later == Verdict::suitable) {
    note.lead = fmt::format("{}, nothing else in your answers argues against it: the result would be {}.", once,
                            verdict_word(later));
  } else {
    note.lead = fmt::format("{}, the result would be {}, because:", once, verdict_word(later));
  }
  if (later != Verdict::suitable)
    for (const auto& fired : summary.reasons)
      if (fired.rule->verdict == later) note.items.push_back(item_of(fired));
  return note;
}

std::optional<VerdictNote> rests_on_note(const Summary& summary) {
  if (summary.rests_on.empty()) return std::nullopt;
  const Verdict verdict = summary.range.at_least;
  if (verdict != Verdict::caution && verdict != Verdict::consult) return std::nullopt;
  VerdictNote note;
  note.lead = fmt::format("The result is {}{} because of these answers. Talk them over with {} (each is "
                          "explained under \"Why\"):",
                          summary.range.settled() ? "" : "at least ", verdict_word(verdict),
                          verdict == Verdict::consult ? "a doctor" : "the provider before you book");
  for (const Rule* rule : summary.rests_on)
    if (const FiredRule* fired = fired_rule(summary, rule)) note.items.push_back(item_of(*fired));
  return note;
}

std::string partial_note(const Summary& summary) {
  if (summary.complete) return {};
  const std::size_t left = summary.unanswered.size();
  const std::string questions = left == 1 ? "1 question is" : fmt::format("{} questions are", left);
  if (summary.range.settled())
    return fmt::format("{} not answered yet, but no answer to {} could change this result.", questions,
                       left == 1 ? "it" : "them");
  return fmt::format("{} not answered yet. Depending on the answers, the result could be anything from {} to {}. "
                     "The answers that could change it: {}.",
                     questions, verdict_word(summary.range.at_least), verdict_word(summary.range.at_most),
                     joined_with_and(summary.could_change));
}

}  // namespace skincare
