#include "render/answer_json.h"

#include <charconv>

#include "base/json_writer.h"

namespace skincare {

AnswerJson::AnswerJson(const Questionnaire& questionnaire) : questionnaire_(questionnaire) {
  for (const auto& question : questionnaire.questions) {
    Prepared prepared;
    append_json_string(prepared.key, question.id);
    prepared.key += ':';
    for (const auto& choice : question.choices) {
      prepared.choices.emplace_back();
      append_json_string(prepared.choices.back(), choice.value);
    }
    prepared.skipped = "{\"question\":";
    append_json_string(prepared.skipped, question.id);
    prepared.skipped += ",\"enabled_when\":";
    append_json_string(prepared.skipped, question.enabled_when_text);
    prepared.skipped += '}';
    prepared_.push_back(std::move(prepared));
  }
}

void AnswerJson::value(std::string& out, const AnswerValue& value) {
  if (const auto* number = std::get_if<long long>(&value)) {
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, *number).ptr);
  } else if (const auto* flag = std::get_if<bool>(&value)) {
    out += *flag ? "true" : "false";
  } else if (const auto* choice = std::get_if<std::string>(&value)) {
    append_json_string(out, *choice);
  } else {
    out += '[';
    bool first = true;
    for (const auto& item : std::get<std::vector<std::string>>(value)) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, item);
    }
    out += ']';
  }
}

void AnswerJson::value(std::string& out, std::size_t question, const AnswerValue& value) const {
  const auto& choices = questionnaire_.questions[question].choices;
  const auto& encoded = prepared_[question].choices;
  // The choice `text` names, looked for from `from` on (lists are in
  // questionnaire order), then from the start; the count when none.
  const auto choice = [&](const std::string& text, std::size_t from) {
    for (std::size_t c = from; c < choices.size(); ++c)
      if (choices[c].value == text) return c;
    for (std::size_t c = 0; c < from && c < choices.size(); ++c)
      if (choices[c].value == text) return c;
    return choices.size();
  };
  if (const auto* text = std::get_if<std::string>(&value)) {
    const std::size_t c = choice(*text, 0);
    if (c < choices.size()) out += encoded[c];
    else append_json_string(out, *text);
  } else if (const auto* list = std::get_if<std::vector<std::string>>(&value)) {
    out += '[';
    std::size_t from = 0;
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (i > 0) out += ',';
      const std::size_t c = choice((*list)[i], from);
      if (c < choices.size()) {
        out += encoded[c];
        from = c + 1;
      } else {
        append_json_string(out, (*list)[i]);
      }
    }
    out += ']';
  } else {
    AnswerJson::value(out, value);
  }
}

std::size_t AnswerJson::find(std::string_view id, std::size_t from) const {
  for (std::size_t i = from; i < prepared_.size(); ++i)
    if (questionnaire_.questions[i].id == id) return i;
  return prepared_.size();
}

void AnswerJson::answers(std::string& out, const AnswerSet& answers) const {
  out += '{';
  bool first = true;
  for (std::size_t i = 0; i < prepared_.size() && i < answers.size(); ++i) {
    if (!answers[i]) continue;
    if (!first) out += ',';
    first = false;
    out += prepared_[i].key;
    value(out, i, *answers[i]);
  }
  out += '}';
}

void AnswerJson::pairs(std::string& out, const std::vector<std::pair<std::string, AnswerValue>>& pairs) const {
  out += '{';
  std::size_t from = 0;
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    if (p > 0) out += ',';
    const auto& [id, answer] = pairs[p];
    std::size_t at = find(id, from);
    if (at == prepared_.size()) at = find(id, 0);
    if (at < prepared_.size()) {
      out += prepared_[at].key;
      value(out, at, answer);
      from = at + 1;
    } else {
      append_json_string(out, id);
      out += ':';
      value(out, answer);
    }
  }
  out += '}';
}

void AnswerJson::skipped(std::string& out, const std::vector<SkippedQuestion>& skipped) const {
  out += '[';
  std::size_t from = 0;
  for (std::size_t s = 0; s < skipped.size(); ++s) {
    if (s > 0) out += ',';
    const SkippedQuestion& entry = skipped[s];
    std::size_t at = find(entry.question, from);
    if (at == prepared_.size()) at = find(entry.question, 0);
    if (at < prepared_.size() && questionnaire_.questions[at].enabled_when_text == entry.enabled_when) {
      out += prepared_[at].skipped;
      from = at + 1;
    } else {
      out += "{\"question\":";
      append_json_string(out, entry.question);
      out += ",\"enabled_when\":";
      append_json_string(out, entry.enabled_when);
      out += '}';
    }
  }
  out += ']';
}

}  // namespace skincare
