// Loading and `skincare check` agree, because they share one schema and one
// parser per file. Starting from a sound fixture tree, every file the
// program loads (sources, topics, the questionnaire) is changed in many
// small ways, one change at a time: a key removed, an unknown key added, a
// value replaced by text, by "n.d.", by nothing, by a list or by a mapping,
// a list item repeated. For each changed tree:
//   - when check reports no error, every file loads;
//   - when every file loads, check reports no error in the changed file,
//     except for what only check looks for across files or in depth
//     (citations, concerns and names shared between files, evidence grades,
//     questionnaire logic and test cases): warnings are always allowed.
#include <doctest/doctest.h>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "check/content_check.h"
#include "content/content_tree.h"
#include "questionnaire/questionnaire_parser.h"

using namespace skincare;

namespace {

using Files = std::map<std::string, std::string>;

Files read_tree(const std::string& folder) {
  const ContentTree tree = ContentTree::from_directory(folder);
  Files files;
  for (const auto& path : tree.content_paths()) files[path] = tree.read(path);
  return files;
}

// Loads what the program loads; the first problem, or "" when all load.
std::string load_problem(const ContentTree& tree) {
  try {
    (void)tree.bibliography();
    for (const auto& path : tree.topic_paths()) (void)tree.topic(topic_id_from_path(path));
    const std::string questionnaire = "questionnaire/assessment.yaml";
    (void)parse_questionnaire(tree.read(questionnaire), tree.display_path(questionnaire));
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// Findings that only check looks for: between files, or deeper than loading.
bool beyond_loading(const std::string& message) {
  for (const char* prefix : {"unknown source", "concern '", "grid '", "case '", "rule '", "question '"})
    if (message.rfind(prefix, 0) == 0) return true;
  for (const char* part : {"also names topic", "grades its evidence", "can never", "has no valid answer"})
    if (message.find(part) != std::string::npos) return true;
  return false;
}

// Each small change of one YAML document, as the changed document's text.
std::vector<std::string> variants(const std::string& text) {
  std::vector<std::string> out;
  const auto emit = [&](const YAML::Node& root) {
    YAML::Emitter emitter;
    emitter << root;
    out.emplace_back(emitter.c_str());
  };
  // Visits every mapping and list in `root` of a fresh copy; `change` edits
  // one place of that copy, and each edit is emitted on its own.
  std::function<void(std::vector<std::string>, const YAML::Node&)> walk;
  const YAML::Node original = YAML::Load(text);
  const auto at = [](YAML::Node node, const std::vector<std::string>& path) {
    for (const auto& step : path) {
      if (node.IsSequence()) node.reset(node[std::stoul(step)]);
      else node.reset(node[step]);
    }
    return node;
  };
  walk = [&](std::vector<std::string> path, const YAML::Node& node) {
    if (node.IsMap()) {
      {
        YAML::Node copy = YAML::Clone(original);
        at(copy, path)["extra_key"] = "1";
        emit(copy);
      }
      for (const auto& entry : node) {
        const std::string key = entry.first.Scalar();
        for (int kind = 0; kind < 6; ++kind) {
          YAML::Node copy = YAML::Clone(original);
          YAML::Node parent = at(copy, path);
          if (kind == 0) parent.remove(key);
          else if (kind == 1) parent[key] = "n.d.";
          else if (kind == 2) parent[key] = "";
          else if (kind == 3) parent[key] = YAML::Load("[x]");
          else if (kind == 4) parent[key] = YAML::Load("{a: b}");
          else parent[key] = "-3";
          emit(copy);
        }
        std::vector<std::string> deeper = path;
        deeper.push_back(key);
        walk(deeper, entry.second);
      }
    } else if (node.IsSequence() && node.size() > 0) {
      {
        YAML::Node copy = YAML::Clone(original);
        YAML::Node list = at(copy, path);
        list.push_back(YAML::Clone(list[0]));
        emit(copy);
      }
      for (std::size_t i = 0; i < node.size(); ++i) {
        std::vector<std::string> deeper = path;
        deeper.push_back(std::to_string(i));
        walk(deeper, node[i]);
      }
    }
  };
  walk({}, original);
  return out;
}

}  // namespace

TEST_CASE("a file loads exactly when check finds no error in it that loading could find") {
  const Files base = read_tree(std::string(SKINCARE_FIXTURES) + "/check-base");
  REQUIRE(load_problem(ContentTree::from_files("base", base)).empty());
  REQUIRE(check_content(ContentTree::from_files("base", base)).findings.errors() == 0);

  std::size_t trees = 0, loading = 0, refused = 0;
  for (const auto& file : base) {
    const std::string& path = file.first;  // a plain name: INFO captures it (a structured binding it could not)
    const std::string& text = file.second;
    if (path.rfind("questionnaire/cases/", 0) == 0 || path.rfind("grid", 0) == 0) continue;  // read by check or with topics
    for (const auto& changed : variants(text)) {
      Files files = base;
      files[path] = changed;
      const ContentTree tree = ContentTree::from_files("t", files);
      const std::string problem = load_problem(tree);
      const CheckReport report = check_content(tree);
      ++trees;
      INFO("changed file: " << path << "\n" << changed);
      if (report.findings.errors() == 0) CHECK_MESSAGE(problem.empty(), "check passed a tree that does not load");
      if (problem.empty()) {
        ++loading;
        for (const auto& finding : report.findings.all()) {
          if (finding.severity != Severity::error || finding.where.file != tree.display_path(path)) continue;
          CHECK_MESSAGE(beyond_loading(finding.message), "check refused what loads: " << finding.line());
        }
      } else {
        ++refused;
        CHECK_MESSAGE(report.findings.errors() > 0, "check passed what does not load: " << problem);
      }
    }
  }
  MESSAGE(trees << " changed trees: " << loading << " load, " << refused << " do not");
  CHECK(loading > 20);   // the changes exercise both sides
  CHECK(refused > 200);
}

TEST_CASE("a source year that is not a whole number is refused alike by loading and by check") {
  Files files = read_tree(std::string(SKINCARE_FIXTURES) + "/check-base");
  const std::string before = files["sources.yaml"];
  const auto year = before.find("year: ");
  REQUIRE(year != std::string::npos);
  files["sources.yaml"] = before.substr(0, year) + "year: \"n.d.\"" + before.substr(before.find('\n', year));
  const ContentTree tree = ContentTree::from_files("t", files);
  const std::string problem = load_problem(tree);
  CHECK(problem.find("'year' in source must be a whole number, not 'n.d.'") != std::string::npos);
  const CheckReport report = check_content(tree);
  bool found = false;
  for (const auto& finding : report.findings.all())
    found = found || finding.message == "'year' in source must be a whole number, not 'n.d.'";
  CHECK(found);
}
