// The offer to save the summary as a printable page, driven by a scripted
// Dialogue, in a fresh folder.
#include "interview/summary_page_offer.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "content_test_support.h"
#include "base/errors.h"

using namespace skincare;
using skincare::test::demo_questionnaire;
using skincare::test::ScriptedDialogue;
using skincare::test::TempFolder;

namespace {

struct Offer {
  AssessmentSetup setup;
  Summary summary;

  Offer() {
    setup.questionnaire = demo_questionnaire();
    setup.context.questionnaire = &setup.questionnaire;
    const AnswerSet answers{AnswerValue{30LL}, AnswerValue{std::vector<std::string>{}}, std::nullopt, AnswerValue{false}};
    summary = evaluate(setup.questionnaire, answers);
  }

  void to(const std::string& beside, ScriptedDialogue& dialogue) {
    offer_summary_page(setup, summary, beside, dialogue, TerminalStyle{false, 1000});
  }
};

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("Enter saves the summary as an HTML page beside the saved answers") {
  TempFolder folder;
  Offer offer;
  ScriptedDialogue dialogue({""});
  offer.to(folder.file("answers.yaml"), dialogue);
  const std::string page = folder.file("skincare-summary.html");
  CHECK(dialogue.said.find("Enter for " + page + ", or n for no. > ") != std::string::npos);
  CHECK(dialogue.said.find("Saved the summary to " + page + ". Open it in a web browser") != std::string::npos);
  CHECK(read(page).rfind("<!DOCTYPE html>", 0) == 0);
  CHECK((std::filesystem::status(page).permissions() & std::filesystem::perms::all) ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
}

TEST_CASE("n, or the end of input, saves nothing") {
  TempFolder folder;
  Offer offer;
  ScriptedDialogue no({"n"});
  offer.to(folder.file("answers.yaml"), no);
  ScriptedDialogue nothing({});
  offer.to(folder.file("answers.yaml"), nothing);
  CHECK(nothing.said.back() == '\n');
  CHECK(folder.names().empty());
}

TEST_CASE("an existing page is replaced only when the person says y") {
  TempFolder folder;
  Offer offer;
  const std::string page = folder.file("mine.html");
  std::ofstream(page) << "keep me";
  ScriptedDialogue keep({page, "no", "n"});
  offer.to("", keep);
  CHECK(keep.said.find(page + " already exists. Replace it?") != std::string::npos);
  CHECK(read(page) == "keep me");
  ScriptedDialogue replace({page, "y"});
  offer.to("", replace);
  CHECK(read(page).rfind("<!DOCTYPE html>", 0) == 0);
}
