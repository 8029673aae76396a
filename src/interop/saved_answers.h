// Saved runs: answers written as YAML a person can read and edit
// (schema skincare.answers/1), and resuming from them when the
// questionnaire may have changed since.
#pragma once

#include <string>
#include <vector>

#include "interop/answers_file.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

// The YAML text of a saved run: header, then the answers given so far.
std::string saved_answers_yaml(const Questionnaire& questionnaire, const AnswerSet& answers,
                               const std::string& saved_at);

// Saves a run to come back to later (--save, and the offer to save when a
// person quits the questionnaire): saved_answers_yaml stamped with the time
// now, written atomically with mode 0600. Replaces an existing file only
// when `replace`, else throws FileExists; OutputError when writing fails.
void save_answers(const Questionnaire& questionnaire, const AnswerSet& answers, const std::string& path, bool replace);

struct ResumedAnswers {
  AnswerSet answers;
  // Questions whose saved answer was dropped, each with the reason; they
  // are asked again.
  std::vector<std::pair<std::string, std::string>> dropped;
  std::string saved_version;                         // "" when the file did not say
  std::vector<const QuestionnaireChange*> changes;   // made since the file was saved
  std::vector<std::string> added;                    // questions new since then, in questionnaire order
};

// Keeps every saved answer that is still valid for this questionnaire; an
// answer to a question that changed or no longer exists is dropped, never
// silently reused. Throws DataError when the file is from another
// questionnaire.
ResumedAnswers resume_answers(const Questionnaire& questionnaire, const AnswersFile& file, const std::string& path);

// What a person resuming is told, one line each: which version the answers
// were saved under, what changed since (each change's note), the new
// questions and the answers that will be asked again, with why. Empty when
// nothing changed and nothing was dropped.
std::vector<std::string> resume_notice(const Questionnaire& questionnaire, const ResumedAnswers& resumed);

}  // namespace skincare
