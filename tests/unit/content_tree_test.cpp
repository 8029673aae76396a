#include "content/content_tree.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "content/topic_parser.h"
#include "content_test_support.h"
#include "base/errors.h"

using skincare::ContentTree;
using skincare::DataError;
using skincare::InputError;

namespace {

ContentTree sample_tree() {
  return ContentTree::from_files("mem", {{"sources.yaml", skincare::test::kSourcesYaml},
                                         {"topics/acne-scars.yaml", skincare::test::kConditionYaml},
                                         {"topics/aftercare.yaml", skincare::test::kFactYaml},
                                         {"topics/README.md", "not a topic"},
                                         {"questionnaire/assessment.yaml", "questions: []"}});
}

}  // namespace

TEST_CASE("a topic id is the file name of its path without .yaml") {
  CHECK(skincare::topic_id_from_path("topics/acne-scars.yaml") == "acne-scars");
  CHECK(skincare::topic_id_from_path("acne-scars.yaml") == "acne-scars");
  CHECK(skincare::topic_id_from_path("/a/b/topics/hair-loss.yaml") == "hair-loss");
  CHECK(skincare::topic_snapshot_path("hair-loss") != skincare::topic_snapshot_path("acne-scars"));
}

TEST_CASE("an in-memory tree reads its files, knows which it contains and lists topics/*.yaml sorted") {
  const ContentTree tree = sample_tree();
  CHECK(tree.read("topics/aftercare.yaml") == skincare::test::kFactYaml);
  CHECK(tree.contains("sources.yaml"));
  CHECK_FALSE(tree.contains("topics/missing.yaml"));
  CHECK(tree.display_path("sources.yaml") == "mem/sources.yaml");
  CHECK(tree.topic_paths() == std::vector<std::string>{"topics/acne-scars.yaml", "topics/aftercare.yaml"});
}

TEST_CASE("reading a missing file or topic from an in-memory tree is an input error naming the file") {
  const ContentTree tree = sample_tree();
  try {
    (void)tree.read("topics/missing.yaml");
    FAIL("read did not throw");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == "content file 'mem/topics/missing.yaml' is missing");
    CHECK(e.status() == skincare::ExitStatus::no_input);
  }
  CHECK_THROWS_AS((void)tree.topic("tattoos"), InputError);
}

TEST_CASE("a topic is parsed from its file in the tree, and its errors name the file as the tree displays it") {
  const ContentTree tree = sample_tree();
  skincare::test::check_same_topic(tree.topic("acne-scars"),
                                   skincare::parse_topic(skincare::test::kConditionYaml, "x.yaml"));
  const ContentTree broken = ContentTree::from_files("mem", {{"topics/bad.yaml", "id: bad\nkind: nonsense\n"}});
  try {
    (void)broken.topic("bad");
    FAIL("topic did not throw");
  } catch (const DataError& e) {
    CHECK(e.where().file == "mem/topics/bad.yaml");
    CHECK(e.where().line == 2);
  }
}

TEST_CASE("a topic whose id does not match its file name is a data error at its id") {
  const ContentTree tree = ContentTree::from_files("mem", {{"topics/after-care.yaml", skincare::test::kFactYaml}});
  try {
    (void)tree.topic("after-care");
    FAIL("topic did not throw");
  } catch (const DataError& e) {
    CHECK(e.where().file == "mem/topics/after-care.yaml");
    CHECK(e.where().line == 1);
    CHECK(e.where().column == 5);
    CHECK(std::string(e.what()) ==
          "mem/topics/after-care.yaml:1:5: topic id 'aftercare' does not match its file name 'after-care.yaml'");
  }
}

TEST_CASE("the topic index of an in-memory tree is built from its topics, conditions first, and all topics follow it") {
  const ContentTree tree = sample_tree();
  const auto& entries = tree.topics().entries();
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].id == "acne-scars");
  CHECK(entries[0].kind == "condition");
  CHECK(entries[0].title == "Acne scars");
  CHECK(entries[0].aliases == std::vector<std::string>{"acne scar", "pockmarks"});
  CHECK(entries[1].id == "aftercare");
  CHECK(entries[1].summary == "How to look after skin after a session.");
  const auto topics = tree.all_topics();
  REQUIRE(topics.size() == 2);
  CHECK(topics[0].id == "acne-scars");
  CHECK(topics[1].id == "aftercare");
}

TEST_CASE("the bibliography of an in-memory tree is parsed from sources.yaml") {
  skincare::test::check_same_bibliography(
      sample_tree().bibliography(), skincare::parse_bibliography(skincare::test::kSourcesYaml, "sources.yaml"));
  CHECK_THROWS_AS((void)ContentTree::from_files("mem", {}).bibliography(), InputError);
}

TEST_CASE("a tree on disk reads its files and lists its visible topic files, sorted; a missing folder is an input error") {
  const skincare::test::TempFolder folder;
  folder.write("sources.yaml", skincare::test::kSourcesYaml);
  folder.write("topics/aftercare.yaml", skincare::test::kFactYaml);
  folder.write("topics/acne-scars.yaml", skincare::test::kConditionYaml);
  folder.write("topics/.hidden.yaml", "id: hidden\n");
  folder.write("topics/notes.txt", "not a topic");
  const ContentTree tree = ContentTree::from_directory(folder.path() + "/");
  CHECK(tree.display_path("sources.yaml") == folder.path() + "/sources.yaml");
  CHECK(tree.contains("topics/aftercare.yaml"));
  CHECK_FALSE(tree.contains("topics"));
  CHECK(tree.topic_paths() == std::vector<std::string>{"topics/acne-scars.yaml", "topics/aftercare.yaml"});
  CHECK(tree.topic("aftercare").title == "Aftercare");
  CHECK(tree.bibliography().all().size() == 3);
  CHECK_THROWS_AS((void)tree.read("missing.yaml"), InputError);
  CHECK_THROWS_AS((void)tree.read("topics"), InputError);
      CHECK_THROWS_AS((void)ContentTree::from_directory(folder.path() + "/nowhere"), InputError);
  CHECK_THROWS_AS((void)ContentTree::from_directory(folder.path() + "/file.txt"), InputError);
}

TEST_CASE("the embedded content has 19 topics: 8 conditions and 11 facts") {
  const ContentTree tree = ContentTree::embedded();
  const auto& entries = tree.topics().entries();
  CHECK(entries.size() == 19);
  const auto conditions = std::count_if(entries.begin(), entries.end(), [](const auto& e) { return e.kind == "condition"; });
  const auto facts = std::count_if(entries.begin(), entries.end(), [](const auto& e) { return e.kind == "fact"; });
  CHECK(conditions == 8);
  CHECK(facts == 11);
  CHECK(tree.topic_paths().size() == entries.size());
}

TEST_CASE("every embedded topic cites only sources that are in the bibliography") {
  const ContentTree tree = ContentTree::embedded();
  const skincare::Bibliography bibliography = tree.bibliography();
  for (const auto& topic : tree.all_topics()) {
    CAPTURE(topic.id);
    CHECK_FALSE(topic.sources().empty());
    for (const auto& id : topic.sources()) {
      CAPTURE(id);
      CHECK(bibliography.find(id) != nullptr);
    }
  }
}

TEST_CASE("the embedded topics and bibliography equal their YAML parsed afresh, and the index matches the topics") {
  const ContentTree tree = ContentTree::embedded();
  for (const auto& entry : tree.topics().entries()) {
    CAPTURE(entry.id);
    const std::string path = "topics/" + entry.id + ".yaml";
    REQUIRE(tree.contains(path));
    const skincare::Topic embedded = tree.topic(entry.id);
    skincare::test::check_same_topic(embedded, skincare::parse_topic(tree.read(path), path));
    CHECK(embedded.kind == entry.kind);
    CHECK(embedded.title == entry.title);
    CHECK(embedded.summary == entry.summary);
    CHECK(embedded.aliases == entry.aliases);
  }
    const skincare::Bibliography embedded = tree.bibliography();
  skincare::test::check_same_bibliography(embedded,
                                          skincare::parse_bibliography(tree.read("sources.yaml"), "sources.yaml"));
  const auto ids = embedded.ids();
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
}

TEST_CASE("the embedded content matches the content folder in the source tree") {
  const ContentTree embedded = ContentTree::embedded();
  const ContentTree on_disk = ContentTree::from_directory(std::string(SKINCARE_SOURCE_DIR) + "/content");
  CHECK(embedded.topic_paths() == on_disk.topic_paths());
  for (const auto& path : on_disk.topic_paths()) {
    CAPTURE(path);
    CHECK(embedded.read(path) == on_disk.read(path));
  }
}
