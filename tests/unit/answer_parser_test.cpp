// Normalising raw answers against hand-made questions of every type: what is
// accepted, what it becomes, and what an AnswerError says otherwise.
#include "questionnaire/answer_parser.h"

#include <doctest/doctest.h>

#include <climits>
#include <string>
#include <vector>

using namespace skincare;

namespace {

using List = std::vector<std::string>;

Question integer_question(const std::string& id, long long min, long long max) {
  Question q;
  q.id = id;
  q.type = QuestionType::integer;
  q.min = min;
  q.max = max;
  return q;
}

Question choice_question(const std::string& id, QuestionType type, const List& values, std::size_t min_count = 0) {
  Question q;
  q.id = id;
  q.type = type;
  for (const auto& value : values) q.choices.push_back({value, "label of " + value});
  q.min_count = min_count;
  return q;
}

Question boolean_question(const std::string& id) {
  Question q;
  q.id = id;
  q.type = QuestionType::boolean;
  return q;
}

const Question kAge = integer_question("age", 0, 120);
const Question kTemperature = integer_question("temperature", -40, 40);
const Question kSkinType = choice_question("skin_type", QuestionType::single, {"I", "II", "III", "IV", "unsure"});
const Question kConcerns = choice_question("concerns", QuestionType::multi, {"acne-scars", "wrinkles", "melasma"});
const Question kAreas = choice_question("areas", QuestionType::multi, {"face", "neck"}, 1);
const Question kPregnant = boolean_question("pregnant");

RawAnswer scalar(const std::string& text) {
  RawAnswer raw;
  raw.text = text;
  return raw;
}

RawAnswer list(const List& items) {
  RawAnswer raw;
  raw.is_list = true;
  raw.items = items;
  return raw;
}

AnswerError error_of(const Question& question, const RawAnswer& raw) {
  try {
    (void)parse_raw_answer(question, raw);
  } catch (const AnswerError& e) {
    return e;
  }
  FAIL("no AnswerError was thrown");
  return AnswerError("", "");
}

std::string message_of(const Question& question, const std::string& text) {
  const AnswerError e = error_of(question, scalar(text));
  CHECK(e.question() == question.id);
  return e.what();
}

long long number(const Question& question, const std::string& text) {
  return std::get<long long>(parse_answer_text(question, text));
}

bool flag(const std::string& text) { return std::get<bool>(parse_answer_text(kPregnant, text)); }

std::string choice(const std::string& text) { return std::get<std::string>(parse_answer_text(kSkinType, text)); }

List chosen(const Question& question, const std::string& text) {
  return std::get<List>(parse_answer_text(question, text));
}

}  // namespace

TEST_CASE("an integer answer is accepted from its minimum to its maximum, spaces around it ignored") {
  CHECK(number(kAge, "0") == 0);
  CHECK(number(kAge, "120") == 120);
  CHECK(number(kAge, " 42\t") == 42);
  CHECK(number(kAge, "007") == 7);
  CHECK(number(kTemperature, "-40") == -40);
  CHECK(number(kTemperature, "-3") == -3);
}

TEST_CASE("an integer outside the question's bounds is rejected as out of range") {
  CHECK(message_of(kAge, "121") == "'121' is not a valid answer to 'age' (out of range); expected a whole number from 0 to 120");
  CHECK(message_of(kAge, "-1") == "'-1' is not a valid answer to 'age' (out of range); expected a whole number from 0 to 120");
  CHECK(message_of(kTemperature, "-41") ==
        "'-41' is not a valid answer to 'temperature' (out of range); expected a whole number from -40 to 40");
}

TEST_CASE("an integer answer with anything but an optional minus and digits is rejected") {
  for (const char* junk : {"", "  ", "-", "--5", "+5", "4 2", "42x", "x42", "4.0", "1e3", "forty", "0x10"}) {
    CAPTURE(junk);
    CHECK(message_of(kAge, junk) ==
          "'" + std::string(junk) + "' is not a valid answer to 'age'; expected a whole number from 0 to 120");
  }
}

TEST_CASE("a 19-digit integer is rejected as an answer error instead of overflowing") {
  const Question wide = integer_question("count", LLONG_MIN, LLONG_MAX);
  CHECK(number(wide, "999999999999999999") == 999999999999999999LL);  // 18 digits
  CHECK(message_of(wide, "9999999999999999999") ==
        "'9999999999999999999' is not a valid answer to 'count'; expected a whole number from " +
            std::to_string(LLONG_MIN) + " to " + std::to_string(LLONG_MAX));
  CHECK_THROWS_AS((void)parse_answer_text(wide, "99999999999999999999999999"), AnswerError);
}

TEST_CASE("a yes/no answer is yes, no, true, false, y or n in any case") {
  CHECK(flag("yes"));
  CHECK_FALSE(flag("No"));
  CHECK(flag("TRUE"));
  CHECK_FALSE(flag("false"));
  CHECK(flag("y"));
  CHECK(flag("Y"));
  CHECK_FALSE(flag("n"));
  CHECK(flag("  Yes "));
}

TEST_CASE("anything else is not a yes/no answer") {
  for (const char* junk : {"maybe", "1", "0", "", "yess", "on"}) {
    CAPTURE(junk);
    CHECK(message_of(kPregnant, junk) == "'" + std::string(junk) + "' is not a valid answer to 'pregnant'; expected yes or no");
  }
}

TEST_CASE("a single-choice answer matches a value in any case and becomes the value as defined") {
  CHECK(choice("IV") == "IV");
  CHECK(choice("iv") == "IV");
  CHECK(choice(" ii ") == "II");
  CHECK(choice("UNSURE") == "unsure");
}

TEST_CASE("a single-choice answer that is no value is rejected with the closest value suggested") {
  CHECK(message_of(kSkinType, "unsrue") ==
        "'unsrue' is not a valid answer to 'skin_type' (did you mean 'unsure'?); expected one of I, II, III, IV, unsure");
  CHECK(message_of(kSkinType, "olive") == "'olive' is not a valid answer to 'skin_type'; expected one of I, II, III, IV, unsure");
  CHECK(message_of(kSkinType, "IIII") == "'IIII' is not a valid answer to 'skin_type' (did you mean 'III'?); expected one of I, II, III, IV, unsure");
}

TEST_CASE("a multi answer is a comma-separated list, normalised to questionnaire order without repeats") {
  CHECK(chosen(kConcerns, "melasma") == List{"melasma"});
  CHECK(chosen(kConcerns, "melasma, acne-scars") == List{"acne-scars", "melasma"});
  CHECK(chosen(kConcerns, "Wrinkles,wrinkles , WRINKLES") == List{"wrinkles"});
  CHECK(chosen(kConcerns, " melasma ,wrinkles,acne-scars ") == List{"acne-scars", "wrinkles", "melasma"});
}

TEST_CASE("none, [] and empty text are a multi answer with nothing chosen") {
  for (const char* nothing : {"none", "None", "NONE", "[]", "", "   "}) {
    CAPTURE(nothing);
    CHECK(chosen(kConcerns, nothing).empty());
  }
}

TEST_CASE("a multi answer with an empty item or an unknown value is rejected") {
  CHECK(message_of(kConcerns, "melasma,,wrinkles") ==
        "'melasma,,wrinkles' is not a valid answer to 'concerns' (empty item in the list); expected none or any of "
        "acne-scars, wrinkles, melasma");
  CHECK(message_of(kConcerns, "melasma,") ==
        "'melasma,' is not a valid answer to 'concerns' (empty item in the list); expected none or any of "
        "acne-scars, wrinkles, melasma");
  CHECK(message_of(kConcerns, "wrinkles, melasmaa") ==
        "'melasmaa' is not a valid answer to 'concerns' (did you mean 'melasma'?); expected none or any of "
        "acne-scars, wrinkles, melasma");
}

TEST_CASE("a multi answer with fewer choices than min_count is rejected") {
  CHECK(chosen(kAreas, "neck") == List{"neck"});
  CHECK(message_of(kAreas, "none") ==
        "'none' is not a valid answer to 'areas' (choose at least 1); expected one or more of face, neck");
  CHECK(message_of(kAreas, "") == "'' is not a valid answer to 'areas' (choose at least 1); expected one or more of face, neck");
  const AnswerError e = error_of(kAreas, list({}));
  CHECK(std::string(e.what()) ==
        "'[]' is not a valid answer to 'areas' (choose at least 1); expected one or more of face, neck");
}

TEST_CASE("a multi question with more than 64 choices normalises like one with few") {
  List values;
  for (int i = 0; i < 70; ++i) values.push_back("v" + std::to_string(i));
  const Question many = choice_question("many", QuestionType::multi, values, 2);
  CHECK(chosen(many, "v69, v3, V69, v64") == List{"v3", "v64", "v69"});
  CHECK(std::get<List>(parse_raw_answer(many, list({"v66", "v0"}))) == List{"v0", "v66"});
  CHECK(message_of(many, "v65, v65") ==
        "'v65, v65' is not a valid answer to 'many' (choose at least 2); expected " + many.allowed_values());
}

TEST_CASE("a min_count error on a list from a file quotes the list as given") {
  const AnswerError e = error_of(kAreas, list({}));
  CHECK(std::string(e.what()).rfind("'[]' is not", 0) == 0);
  const Question two = choice_question("two", QuestionType::multi, {"a", "b", "c"}, 2);
  const AnswerError repeated = error_of(two, list({"a", " A"}));
  CHECK(std::string(repeated.what()).rfind("'[a,  A]' is not a valid answer to 'two' (choose at least 2)", 0) == 0);
}

TEST_CASE("a list from a file is a multi answer, normalised like comma-separated text") {
  CHECK(std::get<List>(parse_raw_answer(kConcerns, list({"melasma", "Acne-Scars", "melasma"}))) ==
        List{"acne-scars", "melasma"});
  CHECK(std::get<List>(parse_raw_answer(kConcerns, list({}))).empty());
  const AnswerError e = error_of(kConcerns, list({"melasma", "freckles"}));
  CHECK(e.question() == "concerns");
  CHECK(std::string(e.what()) ==
        "'freckles' is not a valid answer to 'concerns'; expected none or any of acne-scars, wrinkles, melasma");
}

TEST_CASE("an item of a list from a file is one value even when it has a comma") {
  CHECK_THROWS_AS((void)parse_raw_answer(kConcerns, list({"melasma, wrinkles"})), AnswerError);
}

TEST_CASE("a scalar from a file is parsed like typed text, for a multi question as a comma list") {
  CHECK(std::get<List>(parse_raw_answer(kConcerns, scalar("wrinkles, acne-scars"))) == List{"acne-scars", "wrinkles"});
  CHECK(std::get<long long>(parse_raw_answer(kAge, scalar("33"))) == 33);
  CHECK(std::get<bool>(parse_raw_answer(kPregnant, scalar("no"))) == false);
  CHECK(std::get<std::string>(parse_raw_answer(kSkinType, scalar("iii"))) == "III");
}

TEST_CASE("a list for a question that takes one value is rejected") {
  const AnswerError age = error_of(kAge, list({"30"}));
  CHECK(age.question() == "age");
  CHECK(std::string(age.what()) == "'age' takes one value, not a list; expected a whole number from 0 to 120");
  const AnswerError skin = error_of(kSkinType, list({"I"}));
  CHECK(skin.question() == "skin_type");
  CHECK(std::string(skin.what()) == "'skin_type' takes one value, not a list; expected one of I, II, III, IV, unsure");
  CHECK(error_of(kPregnant, list({})).question() == "pregnant");
}

TEST_CASE("a long or control-laden rejected answer is shortened and escaped in the message") {
  const std::string message = message_of(kPregnant, std::string(100, 'x'));
  CHECK(message == "'" + std::string(60, 'x') + "...' is not a valid answer to 'pregnant'; expected yes or no");
  const std::string escaped = message_of(kPregnant, "a\x1b[31mb");
  CHECK(escaped.find('\x1b') == std::string::npos);
  CHECK(escaped.find("\\x1B") != std::string::npos);
}
