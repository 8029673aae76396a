// Saved runs: answers written as YAML a person can read and edit
// (schema skincare.answers/1), and resuming from them when the
// questionnaire may have changed since.
#pragma once

#include <string>
#include <vector>

#include "questionnaire/answers_file.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

// The YAML text of a saved run: header, then the answers given so far.
std::string saved_answers_yaml(const Questionnaire& questionnaire, const AnswerSet& answers,
                               const std::string& saved_at);

struct ResumedAnswers {
  AnswerSet answers;
  // Questions whose saved answer was dropped, each with the reason; they
  // are asked again.
  std::vector<std::pair<std::string, std::string>> dropped;
};

// Keeps every saved answer that is still valid for this questionnaire; an
// answer to a question that changed or no longer exists is dropped, never
// silently reused. Throws DataError when the file is from another
// questionnaire.
ResumedAnswers resume_answers(const Questionnaire& questionnaire, const AnswersFile& file, const std::string& path);

}  // namespace skincare
