// Completion of command lines against a small program shape and an
// in-memory content tree.
#include "completion/complete.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "content_test_support.h"
#include "base/errors.h"

using namespace skincare;

namespace {

using Words = std::vector<std::string>;

OptionShape option(Words long_names, std::string placeholder = "", Words choices = {}) {
  OptionShape shape;
  shape.long_names = std::move(long_names);
  shape.description = "About --" + shape.long_names.front();
  shape.takes_value = !placeholder.empty() || !choices.empty();
  shape.placeholder = std::move(placeholder);
  shape.choices = std::move(choices);
  return shape;
}

OptionShape flag(Words long_names, Words short_names = {}) {
  OptionShape shape = option(std::move(long_names));
  shape.short_names = std::move(short_names);
  return shape;
}

OptionShape positional(std::string placeholder, bool many) {
  OptionShape shape = option({"arg"}, std::move(placeholder));
  shape.many = many;
  return shape;
}

// skincare [--content DIR] [--help] [--version] explain TOPIC... | assess [--set ID=VALUE] [--answers FILE]
//          [--format text|markdown|json] | completion SHELL
CommandLineShape program() {
  CommandLineShape shape;
  shape.program.options = {flag({"help"}, {"h"}), flag({"version"}), option({"content"}, "DIR")};
  CommandShape explain{"explain", "Explain a topic", {flag({"help"}, {"h"}), flag({"brief"})}, {positional("TOPIC", true)}};
  CommandShape assess{"assess", "Find out", {flag({"help"}, {"h"}), option({"set"}, "ID=VALUE"), option({"answers"}, "FILE"),
                                             option({"format"}, "FORMAT", {"text", "markdown", "json"})}, {}};
  CommandShape completion{"completion", "Print a script", {flag({"help"}, {"h"})}, {positional("SHELL", false)}};
  shape.commands = {explain, assess, completion};
  return shape;
}

struct Content {
  Words opened;  // the content_dir of every open, in order
  bool broken = false;

  OpenContent open() {
    return [this](const std::string& content_dir) {
      opened.push_back(content_dir);
      if (broken) throw DataError({"content", 0, 0}, "broken");
      return ContentTree::from_files("mem", {{"sources.yaml", test::kSourcesYaml},
                                             {"topics/acne-scars.yaml", test::kConditionYaml},
                                             {"topics/aftercare.yaml", test::kFactYaml},
                                             {"questionnaire/assessment.yaml", test::kQuestionnaireYaml}});
    };
  }
};

Words words_of(const CompletionReply& reply) {
  Words words;
  for (const auto& candidate : reply.candidates) words.push_back(candidate.word);
  return words;
}

CompletionReply complete_line(const Words& line, Content& content) { return complete(program(), line, content.open()); }

}  // namespace

TEST_CASE("the first word completes to the commands that start with it, with their descriptions") {
  Content content;
  const auto reply = complete_line({"e"}, content);
  CHECK(reply.action == "words");
  REQUIRE(reply.candidates.size() == 1);
  CHECK(reply.candidates[0].word == "explain");
  CHECK(reply.candidates[0].description == "Explain a topic");
  CHECK(words_of(complete_line({""}, content)) == Words{"explain", "assess", "completion"});
  CHECK(words_of(complete(program(), {}, content.open())) == Words{"explain", "assess", "completion"});
  CHECK(content.opened.empty());  // no content is read unless a value needs it
}

TEST_CASE("a dash completes to the command's options and the program's, without --help twice") {
  Content content;
  CHECK(words_of(complete_line({"explain", "--"}, content)) == Words{"--help", "--brief", "--content"});
  CHECK(words_of(complete_line({"explain", "-"}, content)) == Words{"--help", "-h", "--brief", "--content"});
  CHECK(words_of(complete_line({"--"}, content)) == Words{"--help", "--version", "--content"});
}

TEST_CASE("an option's value completes to its choices, also written --option=value") {
  Content content;
  CHECK(words_of(complete_line({"assess", "--format", "m"}, content)) == Words{"markdown"});
  CHECK(words_of(complete_line({"assess", "--format=j"}, content)) == Words{"--format=json"});
  CHECK(complete_line({"assess", "--answers", ""}, content).action == "files");
  CHECK(complete_line({"--content", ""}, content).action == "dirs");
}

TEST_CASE("positional values come from the content, and from the tree --content names") {
  Content content;
  CHECK(words_of(complete_line({"explain", "a"}, content)) == Words{"acne-scars", "aftercare"});
  CHECK(words_of(complete_line({"--content", "/my/tree", "explain", "acne-scars", "af"}, content)) == Words{"aftercare"});
  CHECK(words_of(complete_line({"explain", "--content=/other", "ac"}, content)) == Words{"acne-scars"});
  CHECK(content.opened == Words{"", "/my/tree", "/other"});
}

TEST_CASE("a positional that takes one value is completed once") {
  Content content;
  CHECK(words_of(complete_line({"completion", "b"}, content)) == Words{"bash"});
  CHECK(complete_line({"completion", "bash", ""}, content).candidates.empty());
}

TEST_CASE("--set completes question ids with = and no space, then the answers the question accepts") {
  Content content;
  const auto ids = complete_line({"assess", "--set", "p"}, content);
  CHECK(ids.action == "prefix");
  REQUIRE(words_of(ids) == Words{"pregnant="});
  CHECK(ids.candidates[0].description == "Are you pregnant?");
  CHECK(words_of(complete_line({"assess", "--set", "pregnant="}, content)) == Words{"pregnant=yes", "pregnant=no"});
  CHECK(words_of(complete_line({"assess", "--set", "concerns="}, content)) ==
        Words{"concerns=none", "concerns=scars", "concerns=lines"});
  CHECK(words_of(complete_line({"assess", "--set", "concerns=scars,l"}, content)) == Words{"concerns=scars,lines"});
  CHECK(complete_line({"assess", "--set", "age="}, content).candidates.empty());
}

TEST_CASE("content that cannot be read gives no candidates and no error") {
  Content content;
  content.broken = true;
  CHECK(complete_line({"explain", ""}, content).candidates.empty());
  CHECK(complete_line({"assess", "--set", ""}, content).candidates.empty());
}

TEST_CASE("after -- every word is an argument, not an option") {
  Content content;
  CHECK(words_of(complete_line({"explain", "--", "-"}, content)).empty());
}

TEST_CASE("a description is one plain line, whatever the content holds") {
  Content content;
  CommandLineShape shape = program();
  shape.commands[0].description = "Two\nlines\twith \x1b[31mcolour";
  const auto reply = complete(shape, {"ex"}, content.open());
  REQUIRE(reply.candidates.size() == 1);
  CHECK(reply.candidates[0].description == "Two lines with \\x1B[31mcolour");
}

TEST_CASE("the reply is the action, then a candidate a line with its description after a tab") {
  CompletionReply reply;
  reply.action = "prefix";
  reply.candidates = {{"age=", "How old are you?"}, {"bare", ""}};
  CHECK(render_completion_reply(reply) == "prefix\nage=\tHow old are you?\nbare\n");
}
