// The questionnaire as a conversation, driven by a scripted Dialogue.
#include "interview/interview.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "content_test_support.h"
#include "base/errors.h"
#include "interop/answers_file.h"
#include "interop/saved_answers.h"

using namespace skincare;
using skincare::test::demo_questionnaire;
using skincare::test::ScriptedDialogue;
using skincare::test::TempFolder;

namespace {

using List = std::vector<std::string>;

struct Run {
  Questionnaire questionnaire = demo_questionnaire();
  AnswerSet answers = AnswerSet(questionnaire.questions.size());
  InterviewOptions options{"", false, TerminalStyle{false, 1000}};  // no colour; long lines unwrapped

  InterviewEnd with(ScriptedDialogue& dialogue) { return run_interview(questionnaire, answers, dialogue, options); }
  const std::optional<AnswerValue>& answer(const std::string& id) const { return answers[*questionnaire.index_of(id)]; }
};

bool said(const ScriptedDialogue& dialogue, const std::string& text) { return dialogue.said.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("each question is asked in order and answered by number, by value or with Enter for its default") {
  Run run;
  ScriptedDialogue dialogue({"30", "1", "", "n", ""});
  CHECK(run.with(dialogue) == InterviewEnd::finished);
  CHECK(dialogue.finished());
  CHECK(run.answer("age") == AnswerValue{30LL});
  CHECK(run.answer("concerns") == AnswerValue{List{"scars"}});
  CHECK(run.answer("scar_kind") == AnswerValue{std::string("rolling")});
  CHECK(run.answer("pregnant") == AnswerValue{false});
  CHECK(said(dialogue, "Demo questionnaire"));
  CHECK(said(dialogue, "[1/3] How old are you?\n(a number, 0 to 120) > "));  // scar_kind is not asked yet
  CHECK(said(dialogue, "Now about your scars.\n"));
  CHECK(said(dialogue, "(a number or a value; Enter for rolling) > "));
  CHECK(said(dialogue, "Review your answers"));
}

TEST_CASE("a question that is not enabled is neither asked nor counted") {
  Run run;
  ScriptedDialogue dialogue({"30", "0", "y", ""});
  CHECK(run.with(dialogue) == InterviewEnd::finished);
  CHECK(run.answer("concerns") == AnswerValue{List{}});
  CHECK_FALSE(run.answer("scar_kind").has_value());
  CHECK(said(dialogue, "[3/3] Are you pregnant?"));
  CHECK_FALSE(said(dialogue, "Which scars?"));
}

TEST_CASE("answers already given are not asked again") {
  Run run;
  run.answers[*run.questionnaire.index_of("age")] = AnswerValue{45LL};
  run.answers[*run.questionnaire.index_of("concerns")] = AnswerValue{List{"lines"}};
  ScriptedDialogue dialogue({"yes", ""});
  CHECK(run.with(dialogue) == InterviewEnd::finished);
  CHECK(run.answer("pregnant") == AnswerValue{true});
  CHECK_FALSE(said(dialogue, "] How old are you?"));
  CHECK(said(dialogue, "[3/3] Are you pregnant?"));
}

TEST_CASE("an invalid answer is explained and the question asked again; ? shows its help") {
  Run run;
  ScriptedDialogue dialogue({"?", "old", "30", "0", "n", ""});
  CHECK(run.with(dialogue) == InterviewEnd::finished);
  CHECK(run.answer("age") == AnswerValue{30LL});
  CHECK(said(dialogue, "  In whole years.\n"));
  CHECK(said(dialogue, "  Not a valid answer: "));
}

TEST_CASE("b goes back to the question before, whose answer is asked again") {
  Run run;
  ScriptedDialogue dialogue({"b", "30", "b", "40", "0", "n", ""});
  CHECK(run.with(dialogue) == InterviewEnd::finished);
  CHECK(said(dialogue, "  This is the first question.\n"));
  CHECK(run.answer("age") == AnswerValue{40LL});
}

TEST_CASE("an answer changed on the review screen drops the answers of questions no longer asked") {
  Run run;
  ScriptedDialogue dialogue({"30", "scars", "raised", "n", "2", "lines", ""});
  CHECK(run.with(dialogue) == InterviewEnd::finished);
  CHECK(run.answer("concerns") == AnswerValue{List{"lines"}});
  CHECK_FALSE(run.answer("scar_kind").has_value());
}

TEST_CASE("once no answer can change a consult result, the summary is offered before the other questions") {
  Run run;
  ScriptedDialogue dialogue({"16", "s"});
  CHECK(run.with(dialogue) == InterviewEnd::summary_now);
  CHECK(said(dialogue, "Your answers so far already give the result CONSULT, and no answer to the "));
  CHECK(said(dialogue, "questions left can change that. Ask a doctor.\n"));
  CHECK_FALSE(run.answer("concerns").has_value());
}

TEST_CASE("declining the early summary goes on with the questions, and it is not offered twice") {
  Run run;
  ScriptedDialogue dialogue({"16", "", "0", "n", ""});
  CHECK(run.with(dialogue) == InterviewEnd::finished);
  CHECK(run.answer("pregnant") == AnswerValue{false});
}

TEST_CASE("q offers to save; n quits without saving and c carries on") {
  Run run;
  ScriptedDialogue carry_on({"q", "c", "30", "q", "n"});
  CHECK(run.with(carry_on) == InterviewEnd::quit);
  CHECK(said(carry_on, "Save your answers to continue later? Type a file name, Enter for skincare-answers.yaml"));
  CHECK(run.answer("age") == AnswerValue{30LL});
}

TEST_CASE("quitting saves the answers so far where the person says, to be resumed later") {
  TempFolder folder;
  Run run;
  const std::string path = folder.file("later.yaml");
  ScriptedDialogue dialogue({"30", "q", path});
  CHECK(run.with(dialogue) == InterviewEnd::quit);
  CHECK(said(dialogue, "Saved. Continue later with: skincare assess --resume " + path + "\n"));
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  const auto resumed = resume_answers(run.questionnaire, parse_answers_file(text.str(), path), path);
  CHECK(resumed.answers[0] == AnswerValue{30LL});
  CHECK_FALSE(resumed.answers[1].has_value());
}

TEST_CASE("a file that cannot be saved is explained and another name asked for") {
  TempFolder folder;
  Run run;
  run.options.save_path = folder.file("no-such-folder/answers.yaml");
  ScriptedDialogue dialogue({"q", "", "n"});
  CHECK(run.with(dialogue) == InterviewEnd::quit);
  CHECK(said(dialogue, "Enter for " + run.options.save_path));
  CHECK(said(dialogue, "  Not saved: "));
}

TEST_CASE("a file that exists is not replaced: the person is asked for another name") {
  TempFolder folder;
  folder.write("taken.yaml", "mine\n");
  Run run;
  const std::string taken = folder.file("taken.yaml");
  ScriptedDialogue dialogue({"q", taken, folder.file("free.yaml")});
  CHECK(run.with(dialogue) == InterviewEnd::quit);
  CHECK(said(dialogue, "  Not saved: '" + taken + "' already exists; type another name.\n"));
  std::ifstream in(taken);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == "mine\n");
}

TEST_CASE("the end of input before the questionnaire ends is an interruption") {
  Run run;
  ScriptedDialogue dialogue({"30"});
  CHECK_THROWS_WITH_AS(run.with(dialogue), "input ended before the questionnaire finished", Interrupted);
  CHECK(dialogue.said.back() == '\n');
}

TEST_CASE("text from the questionnaire is shown with its control characters escaped") {
  Run run;
  run.questionnaire.questions[0].prompt = "How old\x1b]0;pwned\x07 are you?";
  ScriptedDialogue dialogue({"30", "0", "n", ""});
  run.with(dialogue);
  CHECK(said(dialogue, "How old\\x1B]0;pwned\\x07 are you?"));
  CHECK(dialogue.said.find('\x1b') == std::string::npos);
}
