#include "interop/fhir_questionnaire.h"

#include <fmt/format.h>

#include "interop/fhir_names.h"
#include "interop/json_pretty.h"
#include "base/json_writer.h"

namespace skincare {

namespace {

using Kind = Condition::Kind;
using Compare = Condition::Compare;

// One FHIR enableWhen: question, operator and the answer[x] member as JSON.
struct EnableWhen {
  std::string question;
  const char* op;
  std::string answer;  // "\"answerBoolean\":true"
};

std::string coding_answer(const std::string& code) {
  std::string out = "\"answerCoding\":{\"code\":";
  append_json_string(out, code);
  return out + "}";
}

// The enableWhen entries of a single test, or false when FHIR's operators
// cannot say it with our meaning. FHIR tests an unanswered item as false for
// '=' and the orderings, as ours do; its '!=' and 'exists' differ, so those
// go to FHIRPath. Several entries returned here are alternatives (any).
bool leaf(const Questionnaire& q, const Condition& c, std::vector<EnableWhen>& out) {
  const Question& question = q.questions[c.question];
  const std::string& id = question.id;
  switch (c.kind) {
    case Kind::is_yes:
      out.push_back({id, "=", "\"answerBoolean\":true"});
      return true;
    case Kind::compare:
      if (question.type == QuestionType::boolean) {  // "x != yes" is "x = no" once answered
        const bool wanted = c.compare == Compare::equal ? c.flag : !c.flag;
        out.push_back({id, "=", std::string("\"answerBoolean\":") + (wanted ? "true" : "false")});
        return true;
      }
      if (question.type == QuestionType::integer) {
        const char* op = nullptr;
        switch (c.compare) {
          case Compare::equal: op = "="; break;
          case Compare::less: op = "<"; break;
          case Compare::less_equal: op = "<="; break;
          case Compare::greater: op = ">"; break;
          case Compare::greater_equal: op = ">="; break;
          case Compare::not_equal: return false;
        }
        out.push_back({id, op, "\"answerInteger\":" + std::to_string(c.number)});
        return true;
      }
      if (c.compare != Compare::equal) return false;
      out.push_back({id, "=", coding_answer(c.values.front())});
      return true;
    case Kind::in_set:
      for (const auto n : c.numbers) out.push_back({id, "=", "\"answerInteger\":" + std::to_string(n)});
      for (const auto& v : c.values) out.push_back({id, "=", coding_answer(v)});
      return true;
    case Kind::contains:
    case Kind::contains_any:  // FHIR's '=' on a repeating item: any answer equal
      for (const auto& v : c.values) out.push_back({id, "=", coding_answer(v)});
      return true;
    default:
      return false;
  }
}

// The whole condition as enableWhen + behaviour, when it maps exactly.
bool enable_when(const Questionnaire& q, const Condition& c, std::vector<EnableWhen>& out, const char*& behaviour) {
  behaviour = "any";
  if (c.kind == Kind::any_of) {
    for (const auto& child : c.children)
      if (!leaf(q, child, out)) return false;
    return true;
  }
  if (c.kind == Kind::all_of) {
    behaviour = "all";
    for (const auto& child : c.children) {
      // FHIR engines differ on "all" over a repeating item (any answer, or
      // every answer?), so such a test goes to FHIRPath, which is exact.
      if (child.kind != Kind::any_of && child.kind != Kind::all_of && child.kind != Kind::negate &&
          q.questions[child.question].type == QuestionType::multi)
        return false;
      std::vector<EnableWhen> one;
      if (!leaf(q, child, one) || one.size() != 1) return false;
      out.push_back(one.front());
    }
    return true;
  }
  return leaf(q, c, out);
}

std::string fhirpath_string(const std::string& text) {
  std::string out = "'";
  for (const char ch : text) {
    if (ch == '\'' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "'";
}

// The exported Questionnaire is flat, and a response's items follow its
// questionnaire's nesting, so top-level items are all there is (some engines
// do not implement repeat()).
std::string item_path(const Question& question) {
  return "%resource.item.where(linkId = " + fhirpath_string(question.id) + ")";
}

std::string values_list(const Condition& c) {
  std::string out = "(";
  for (std::size_t i = 0; i < c.values.size(); ++i) out += (i ? " | " : "") + fhirpath_string(c.values[i]);
  for (std::size_t i = 0; i < c.numbers.size(); ++i) out += (i ? " | " : "") + std::to_string(c.numbers[i]);
  return out + ")";
}

const char* fhirpath_operator(Compare op) {
  switch (op) {
    case Compare::equal: return "=";
    case Compare::not_equal: return "!=";
    case Compare::less: return "<";
    case Compare::less_equal: return "<=";
    case Compare::greater: return ">";
    case Compare::greater_equal: return ">=";
  }
  return "=";
}

}  // namespace

// Every test is "some answer of that item passes", written with where() and
// exists() so an unanswered item gives false (never empty), as in ours.
std::string fhirpath_of(const Questionnaire& q, const Condition& c) {
  auto joined = [&](const char* word) {
    std::string out;
    for (std::size_t i = 0; i < c.children.size(); ++i)
      out += (i ? std::string(" ") + word + " " : "") + "(" + fhirpath_of(q, c.children[i]) + ")";
    return out;
  };
  switch (c.kind) {
    case Kind::any_of: return joined("or");
    case Kind::all_of: return joined("and");
    case Kind::negate: return "(" + fhirpath_of(q, c.children.front()) + ").not()";
    default: break;
  }
  const Question& question = q.questions[c.question];
  const std::string answers = item_path(question) + ".answer.value";
  switch (c.kind) {
    case Kind::is_yes: return answers + ".where($this = true).exists()";
    case Kind::compare:
      if (question.type == QuestionType::boolean)
        return answers + ".where($this " + fhirpath_operator(c.compare) + (c.flag ? " true" : " false") + ").exists()";
      if (question.type == QuestionType::integer)
        return answers + ".where($this " + fhirpath_operator(c.compare) + " " + std::to_string(c.number) + ").exists()";
      return answers + ".where(code " + fhirpath_operator(c.compare) + " " + fhirpath_string(c.values.front()) +
             ").exists()";
    case Kind::in_set:
      if (question.type == QuestionType::integer) return answers + ".where($this in " + values_list(c) + ").exists()";
      return answers + ".where(code in " + values_list(c) + ").exists()";
    case Kind::contains: return answers + ".where(code = " + fhirpath_string(c.values.front()) + ").exists()";
    case Kind::contains_any: return answers + ".where(code in " + values_list(c) + ").exists()";
    case Kind::is_empty:  // answered with nothing chosen: the item is there, with no answer
      return item_path(question) + ".exists() and " + item_path(question) + ".answer.empty()";
    default: return "false";
  }
}

std::string fhir_questionnaire_json(const Questionnaire& q, const std::string& tool_version) {
  std::string out;
  JsonWriter json(out);
  json.begin_object().field("resourceType", "Questionnaire").field("id", fhir::resource_id(q.id));
  json.key("meta").begin_object().field("source", "urn:skincare:" + tool_version).end_object();
  json.field("url", fhir::canonical_url(q));
  json.key("identifier").begin_array().begin_object();
  json.field("system", fhir::kIdentifierSystem).field("value", q.id).end_object().end_array();
  json.field("version", q.version).field("name", fhir::computer_name(q.id)).field("title", q.title);
  json.field("status", "active").key("subjectType").strings({"Patient"});
  json.field("publisher", "skincare " + tool_version);
  json.field("description", q.intro + "\n\n" + q.disclaimer);
  json.key("item").begin_array();
  for (const Question& question : q.questions) {
    json.begin_object();
    std::vector<std::pair<std::string_view, std::string>> extensions;  // url, value member
    if (question.type == QuestionType::integer) {
      extensions.emplace_back(fhir::kMinValue, "\"valueInteger\":" + std::to_string(question.min));
      extensions.emplace_back(fhir::kMaxValue, "\"valueInteger\":" + std::to_string(question.max));
    }
    std::vector<EnableWhen> whens;
    const char* behaviour = "any";
    const bool mapped = question.enabled_when && enable_when(q, *question.enabled_when, whens, behaviour);
    if (question.enabled_when && !mapped) {
      std::string value = "\"valueExpression\":{\"language\":\"text/fhirpath\",\"expression\":";
      append_json_string(value, fhirpath_of(q, *question.enabled_when));
      extensions.emplace_back(fhir::kEnableWhenExpression, value + "}");
    }
    if (!extensions.empty()) {
      json.key("extension").begin_array();
      for (const auto& [url, value] : extensions) {
        std::string member = "{\"url\":";
        append_json_string(member, url);
        json.raw(member + "," + value + "}");
      }
      json.end_array();
    }
    json.field("linkId", question.id).field("text", question.prompt);
    switch (question.type) {
      case QuestionType::integer: json.field("type", "integer"); break;
      case QuestionType::boolean: json.field("type", "boolean"); break;
      default: json.field("type", "choice");
    }
    if (mapped) {
      json.key("enableWhen").begin_array();
      for (const auto& when : whens) {
        std::string entry = "{\"question\":";
        append_json_string(entry, when.question);
        entry += ",\"operator\":";
        append_json_string(entry, when.op);
        json.raw(entry + "," + when.answer + "}");
      }
      json.end_array();
      if (whens.size() > 1) json.field("enableBehavior", behaviour);
    }
    // FHIR has no "answered with nothing chosen": a multi question that
    // allows it cannot be required (see docs/interop.md).
    const bool required = question.type != QuestionType::multi || question.min_count > 0;
    json.field("required", required);
    if (question.type == QuestionType::multi) json.field("repeats", true);
    if (!question.choices.empty()) {
      json.key("answerOption").begin_array();
      for (const auto& choice : question.choices) {
        json.begin_object().key("valueCoding").begin_object();
        json.field("code", choice.value).field("display", choice.label).end_object();
        if (question.default_value && *question.default_value == choice.value) json.field("initialSelected", true);
        json.end_object();
      }
      json.end_array();
    }
    json.end_object();
  }
  json.end_array().end_object();
  return pretty_json(out);
}

}  // namespace skincare
