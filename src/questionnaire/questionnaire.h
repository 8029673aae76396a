// A questionnaire as content defines it: questions in the order they are
// asked, rules that turn answers into verdicts, and the advice lists of the
// summary. Generic: the engine knows nothing of the subject.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/condition.h"
#include "questionnaire/question.h"
#include "questionnaire/verdict.h"

namespace skincare {

struct Rule {
  std::string id;
  Verdict verdict = Verdict::info;
  Condition when;
  std::string when_text;
  std::string message;
  // Optional wording for the summary's "what would change it" part:
  // waiting_for completes "Once ... , the result would be ..." (postpone
  // rules, e.g. "your sunburn has healed"); discuss says what to talk over
  // with the provider (caution and consult rules). Empty when not given.
  std::string waiting_for;
  std::string discuss;
  std::vector<std::string> sources;
  std::vector<std::size_t> depends_on;  // question indices the condition reads
  int line = 0;
  int column = 0;
};

// What one version of a questionnaire changed, for people who resume
// answers saved under an earlier version.
struct QuestionnaireChange {
  int version = 0;
  std::vector<std::string> added;    // ids of questions new in this version
  std::vector<std::string> revised;  // ids of questions whose meaning changed: asked again
  std::string note;                  // plain words for the person
  int line = 0;
};

// A version string as a number ("2" -> 2); 0 when it is not a whole number.
int version_number(const std::string& version);

struct Questionnaire {
  std::string id;
  std::string version;
  std::string title;
  std::string intro;
  std::string disclaimer;
  std::string concern_question;  // multi question whose values are topic ids ("" when none)
  std::vector<Question> questions;
  std::vector<Rule> rules;
  std::vector<std::string> before_you_book;
  std::vector<std::string> provider_questions;
  std::vector<std::string> warning_signs;
  // What each verdict means for the person, by verdict name.
  std::map<std::string, std::string> verdict_meanings;
  std::vector<QuestionnaireChange> changes;  // oldest first

  // The changes made after `version` (a saved file's version), oldest first.
  std::vector<const QuestionnaireChange*> changes_since(const std::string& version) const;

  // Index of the question with `id`, or nullopt.
  std::optional<std::size_t> index_of(std::string_view id) const;
  std::vector<std::string> question_ids() const;
  // The values of the concern question (topic ids), or empty.
  std::vector<std::string> concern_values() const;
  // A short stable hash of the questions' ids, types and values: a saved
  // answers file records it to notice when the questions changed.
  std::string questions_hash() const;
  // The same for one question: changes when its type, values or condition do.
  std::string question_hash(std::size_t index) const;
};

}  // namespace skincare
