// Answers as JSON, for the result writer: every question's key and every
// choice value is encoded once per questionnaire, so a batch writes each
// record's answers mostly by copying. Any answer the questionnaire does not
// list (a sample, a hand-made summary) is encoded on the spot: the bytes are
// the same either way.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "questionnaire/answer.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

class AnswerJson {
 public:
  explicit AnswerJson(const Questionnaire& questionnaire);

  // {"id":value,...} for the given answers, in questionnaire order.
  void answers(std::string& out, const AnswerSet& answers) const;
  // {"id":value,...} for (question id, answer) pairs, in their order
  // (a reason's "because", a witness of the highest verdict).
  void pairs(std::string& out, const std::vector<std::pair<std::string, AnswerValue>>& pairs) const;
  // [{"question":..,"enabled_when":..},...]
  void skipped(std::string& out, const std::vector<SkippedQuestion>& skipped) const;

  // One answer, encoded on the spot.
  static void value(std::string& out, const AnswerValue& value);

 private:
  struct Prepared {
    std::string key;                   // "id":
    std::vector<std::string> choices;  // each choice value as a JSON string
    std::string skipped;               // {"question":"id","enabled_when":"..."}
  };
  void value(std::string& out, std::size_t question, const AnswerValue& value) const;
  // The index of the question with `id` at or after `from` (pairs and
  // skipped questions come in questionnaire order), or the count.
  std::size_t find(std::string_view id, std::size_t from) const;

  const Questionnaire& questionnaire_;
  std::vector<Prepared> prepared_;  // per question
};

}  // namespace skincare
