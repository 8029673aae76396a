#include "questionnaire/questionnaire_snapshot.h"

#include "base/snapshot_io.h"

namespace skincare {

// Each model type's fields, in one list that both writes and reads. Adding a
// field to one of these types means adding it here: the size checks below
// stop the build until it is (update the size with the field).
template <class IO>
void fields(IO& io, Choice& c) {
  io(c.value);
  io(c.label);
}

template <class IO>
void fields(IO& io, Condition& c) {
  io(c.kind);
  io(c.compare);
  io(c.children);
  io(c.question);
  io(c.values);
  io(c.number);
  io(c.numbers);
  io(c.flag);
}

template <class IO>
void fields(IO& io, Question& q) {
  io(q.id);
  io(q.type);
  io(q.prompt);
  io(q.help);
  io(q.unit);
  io(q.min);
  io(q.max);
  io(q.choices);
  io(q.min_count);
  io(q.none_label);
  io(q.default_value);
  io(q.enabled_when);
  io(q.enabled_when_text);
  io(q.intro);
  io(q.values);
  io(q.added_in);
  io(q.revised_in);
  io(q.line);
  io(q.column);
}

template <class IO>
void fields(IO& io, Rule& r) {
  io(r.id);
  io(r.verdict);
  io(r.when);
  io(r.when_text);
  io(r.message);
  io(r.waiting_for);
  io(r.discuss);
  io(r.sources);
  io(r.depends_on);
  io(r.line);
  io(r.column);
}

template <class IO>
void fields(IO& io, QuestionnaireChange& c) {
  io(c.version);
  io(c.added);
  io(c.revised);
  io(c.note);
  io(c.line);
}

template <class IO>
void fields(IO& io, Questionnaire& q) {
  io(q.id);
  io(q.version);
  io(q.title);
  io(q.intro);
  io(q.disclaimer);
  io(q.concern_question);
  io(q.questions);
  io(q.rules);
  io(q.before_you_book);
  io(q.provider_questions);
  io(q.warning_signs);
  io(q.verdict_meanings);
  io(q.changes);
}

// A new field changes its type's size: add it to fields() above, then here.
// (Sizes on 64-bit libstdc++; elsewhere the round-trip test still guards.)
#if defined(__GLIBCXX__) && defined(__x86_64__)
static_assert(sizeof(Choice) == 64, "Choice changed: update fields(Choice) and this size");
static_assert(sizeof(Condition) == 104, "Condition changed: update fields(Condition) and this size");
static_assert(sizeof(Question) == 456, "Question changed: update fields(Question) and this size");
static_assert(sizeof(Rule) == 328, "Rule changed: update fields(Rule) and this size");
static_assert(sizeof(QuestionnaireChange) == 96, "QuestionnaireChange changed: update fields(QuestionnaireChange) and this size");
static_assert(sizeof(Questionnaire) == 384, "Questionnaire changed: update fields(Questionnaire) and this size");
#endif

std::string snapshot_of(const Questionnaire& questionnaire) { return snapshot::write(questionnaire); }

Questionnaire questionnaire_from_snapshot(std::string_view snapshot) {
  return snapshot::read<Questionnaire>(snapshot);
}

}  // namespace skincare
