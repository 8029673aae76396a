#include "check/content_check.h"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <set>

#include "check/evidence_grade.h"
#include "content/bibliography.h"
#include "content/content_schema.h"
#include "content/review_dates.h"
#include "content/grid_parser.h"
#include "base/suggest.h"
#include "content/topic_parser.h"
#include "base/yaml_reader.h"
#include "questionnaire/questionnaire_parser.h"
#include "questionnaire/questionnaire_schema.h"
#include "base/escape.h"

namespace skincare {

namespace {

// A source that cannot be linked says so, and why, at the start of its note.
constexpr const char* kUnlinkedNote = "No DOI, PMID or URL:";

struct Citation {
  std::string id;
  Location where;
};

class Checker {
 public:
  Checker(const ContentTree& tree, CheckReport& report)
      : tree_(tree), report_(report), findings_(report.findings), today_(today()) {}

  void run() {
    check_bibliography();
    for (const auto& path : tree_.topic_paths()) check_topic(path);
    check_grids();
    const std::string questionnaire = "questionnaire/assessment.yaml";
    if (tree_.contains(questionnaire)) check_questionnaire(questionnaire);
    else findings_.error({tree_.display_path(questionnaire), 0, 0}, "the questionnaire file is missing");
    check_citations();
    findings_.sort();
  }

 private:
  // Parses a file; a syntax error is a finding and the file is skipped.
  bool load(const std::string& path, YAML::Node& root) {
    ++report_.files;
    try {
      root = parse_yaml(tree_.read(path), tree_.display_path(path));
      return true;
    } catch (const DataError& e) {
      findings_.error(e.where(), e.reason());
    } catch (const Error& e) {
      findings_.error({tree_.display_path(path), 0, 0}, e.what());
    }
    return false;
  }

  void cite_list(const YAML::Node& list, const std::string& file) {
    if (!list || !list.IsSequence()) return;
    for (const auto& item : list)
      if (item.IsScalar()) citations_.push_back({item.Scalar(), location_of(item, file)});
  }

  void check_bibliography() {
    const std::string path = "sources.yaml";
    const std::string file = tree_.display_path(path);
    if (!tree_.contains(path)) {
      findings_.error({file, 0, 0}, "the bibliography file is missing");
      return;
    }
    YAML::Node root;
    if (!load(path, root)) return;
    findings_.schema_errors(root, bibliography_record().schema(), file);
    if (!root.IsMap() || !root["sources"] || !root["sources"].IsSequence()) return;
    for (const auto& source : root["sources"])
      if (source.IsMap() && source["id"] && source["id"].IsScalar()) {
        sources_.emplace(source["id"].Scalar(), location_of(source["id"], file));
        check_source(source, file);
      }
    try {
      bibliography_ = parse_bibliography(tree_.read(path), file);
    } catch (const DataError& e) {
      findings_.error(e.where(), e.reason());  // a schema problem was reported already: sort() drops the repeat
    }
  }

  // A reader needs a way to find a source (the parser checks the rest).
  void check_source(const YAML::Node& source, const std::string& file) {
    const std::string id = source["id"].Scalar();
    const auto text = [&](const char* key) {
      return source[key] && source[key].IsScalar() ? source[key].Scalar() : std::string();
    };
    if (text("doi").empty() && text("pmid").empty() && text("url").empty() &&
        text("note").rfind(kUnlinkedNote, 0) != 0)
      findings_.warning(location_of(source["id"], file),
                        fmt::format("source '{}' has neither a DOI, a PMID nor a URL, so a reader cannot look it up "
                                    "(if none exists, start its note with '{}' and say why)",
                                    escape_controls(id), kUnlinkedNote));
  }

  // A topic is due for review 12 months after its `reviewed` date.
  void check_review_date(const Topic& topic, const YAML::Node& root, const std::string& file) {
    if (!review_overdue(topic.reviewed, today_)) return;
    findings_.warning(location_of(root["reviewed"], file),
                      fmt::format("topic '{}' was reviewed on {} and was due for review by {} (today is {})",
                                  topic.id, topic.reviewed, next_review(topic.reviewed), today_));
  }

  // The grade a condition claims must not exceed what its cited sources allow.
  void check_grade(const Topic& topic, const YAML::Node& root, const std::string& file) {
    if (!topic.microneedling || !bibliography_) return;
    std::vector<const Source*> cited;
    for (const auto& id : topic.microneedling->sources) cited.push_back(bibliography_->find(id));
    const GradeLimit limit = highest_grade(cited);
    if (grade_rank(topic.microneedling->evidence) > grade_rank(limit.grade))
      findings_.error(location_of(root["microneedling"]["evidence"], file),
                      fmt::format("topic '{}' grades its evidence '{}', but the sources its microneedling block "
                                  "cites allow at most '{}': {}",
                                  topic.id, topic.microneedling->evidence, limit.grade, limit.why));
  }

  void check_topic(const std::string& path) {
    const std::string file = tree_.display_path(path);
    YAML::Node root;
    if (!load(path, root)) return;
    const std::size_t before = findings_.errors();
    findings_.schema_errors(root, topic_record().schema(), file);
    if (!root.IsMap()) return;
    const std::string id = topic_id_from_path(path);
    if (root["sections"] && root["sections"].IsSequence())
      for (const auto& section : root["sections"])
        if (section.IsMap()) cite_list(section["sources"], file);
    if (root["microneedling"] && root["microneedling"].IsMap()) cite_list(root["microneedling"]["sources"], file);
    names_.push_back({id, id, location_of(root, file)});
    if (root["aliases"] && root["aliases"].IsSequence())
      for (const auto& alias : root["aliases"])
        if (alias.IsScalar()) names_.push_back({id, alias.Scalar(), location_of(alias, file)});
    topic_roots_.emplace(id, root);
    if (findings_.errors() != before) return;
    try {
      Topic topic = parse_topic(tree_.read(path), file, id);
      grade_topic(topic, location_of(root, file));
      check_grade(topic, root, file);
      check_review_date(topic, root, file);
      topics_.emplace(id, std::move(topic));
    } catch (const DataError& e) {
      findings_.error(e.where(), e.reason());
    }
  }

  void grade_topic(const Topic& topic, const Location& where) {
    std::vector<std::string> prose{topic.summary};
    for (const auto& section : topic.sections) {
      prose.insert(prose.end(), section.paragraphs.begin(), section.paragraphs.end());
      prose.insert(prose.end(), section.items.begin(), section.items.end());
    }
    grade("topic " + topic.id, where, prose);
  }

  void grade(const std::string& subject, const Location& where, const std::vector<std::string>& prose) {
    ReadabilityScore score{where, subject, grade_text(prose)};
    if (score.readability.grade > kMaxGrade) {
      std::string worst;
      for (const auto& sentence : score.readability.hardest)
        worst += fmt::format("{}\"{}\" ({:.1f})", worst.empty() ? "" : "; ", escape_controls(sentence.sentence),
                             sentence.grade);
      findings_.warning(where, fmt::format("{} reads at grade {:.1f} (aim for {:.0f} or below); hardest sentences: {}",
                                           subject, score.readability.grade, kMaxGrade, worst));
    }
    report_.readability.push_back(std::move(score));
  }

  // Option grids: the layout, one grid per condition, every row and option
  // present, every cell sourced or marked unknown, readability as topics.
  void check_grids() {
    const std::vector<std::string> paths = tree_.grid_paths();
    std::optional<GridLayout> layout;
    if (tree_.contains(kGridLayoutPath)) {
      YAML::Node root;
      if (load(kGridLayoutPath, root)) {
        try {
          layout = parse_grid_layout(tree_.read(kGridLayoutPath), tree_.display_path(kGridLayoutPath));
        } catch (const DataError& e) {
          findings_.error(e.where(), e.reason());
        }
      }
    } else if (!paths.empty()) {
      findings_.error({tree_.display_path(kGridLayoutPath), 0, 0}, "the grid row list is missing, but grids exist");
    }
    std::set<std::string> with_grid;
    for (const auto& path : paths) {
      const std::string file = tree_.display_path(path);
      const std::string id = topic_id_from_path(path);
      with_grid.insert(id);
      YAML::Node root;
      if (!load(path, root)) continue;
      if (root.IsMap() && root["rows"] && root["rows"].IsMap())
        for (const auto& row : root["rows"])
          if (row.second.IsMap())
            for (const auto& cell : row.second)
              if (cell.second.IsMap()) cite_list(cell.second["sources"], file);
      const auto topic = topics_.find(id);
      if (topic == topics_.end()) {
        if (!topic_roots_.count(id))
          findings_.error(location_of(root, file), fmt::format("grid '{}' has no topic file topics/{}.yaml", id, id));
        continue;
      }
      if (!layout) continue;
      try {
        const Grid grid = parse_grid(tree_.read(path), file, *layout, topic->second);
        std::vector<std::string> prose;
        for (const auto& option : grid.options)
          if (!option.note.empty()) prose.push_back(option.note);
        for (const auto& row : grid.rows)
          for (const auto& cell : row.cells) prose.push_back(cell.text);
        grade("grid " + id, location_of(root, file), prose);
      } catch (const DataError& e) {
        findings_.error(e.where(), e.reason());
      }
    }
    for (const auto& [id, topic] : topics_)
      if (topic.kind == "condition" && !with_grid.count(id))
        findings_.warning(location_of(topic_roots_.at(id), tree_.display_path("topics/" + id + ".yaml")),
                          fmt::format("condition '{}' has no option grid (grids/{}.yaml)", id, id));
  }

  void check_questionnaire(const std::string& path) {
    const std::string file = tree_.display_path(path);
    YAML::Node root;
    if (!load(path, root)) return;
    const std::size_t before = findings_.errors();
    findings_.schema_errors(root, questionnaire_record().schema(), file);
    if (root.IsMap() && root["rules"] && root["rules"].IsSequence())
      for (const auto& rule : root["rules"])
        if (rule.IsMap()) cite_list(rule["sources"], file);
    if (findings_.errors() != before) return;
    Questionnaire questionnaire;
    try {
      questionnaire = parse_questionnaire(tree_.read(path), file);
    } catch (const DataError& e) {
      findings_.error(e.where(), e.reason());
      return;
    }
    check_concerns(questionnaire, root, file);
    for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
      const Question& question = questionnaire.questions[i];
      const YAML::Node node = root["questions"][i];
      std::vector<std::string> prose{question.prompt, question.help};
      if (!question.intro.empty()) prose.push_back(question.intro);
      grade("question '" + question.id + "'", location_of(node["prompt"], file), prose);
    }
    for (std::size_t i = 0; i < questionnaire.changes.size(); ++i)
      grade(fmt::format("note of the version {} change", questionnaire.changes[i].version),
            location_of(root["changes"][i]["note"], file), {questionnaire.changes[i].note});
    check_question_use(questionnaire, root, file);
    report_.logic = check_logic(questionnaire, file, findings_);
    report_.cases = check_cases(tree_, questionnaire, file, findings_);
    report_.files += report_.cases.files;
  }

  // A question that no rule reads, that enables no other question and that
  // is not the concern question changes nothing: a warning, unless it is a
  // values question (asked only to inform the summary).
  void check_question_use(const Questionnaire& questionnaire, const YAML::Node& root, const std::string& file) {
    std::set<std::size_t> read;
    for (const auto& rule : questionnaire.rules) read.insert(rule.depends_on.begin(), rule.depends_on.end());
    for (const auto& question : questionnaire.questions)
      if (question.enabled_when)
        for (const std::size_t q : referenced_questions(*question.enabled_when)) read.insert(q);
    for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
      const Question& question = questionnaire.questions[i];
      if (read.count(i) || question.values || question.id == questionnaire.concern_question) continue;
      findings_.warning(location_of(root["questions"][i]["id"], file),
                        fmt::format("question '{}' is read by no rule and enables no question, so its answer "
                                    "changes nothing; add a rule, or mark it 'values: true' if it is asked only "
                                    "for the summary",
                                    question.id));
    }
  }

  void check_concerns(const Questionnaire& questionnaire, const YAML::Node& root, const std::string& file) {
    const auto at = questionnaire.index_of(questionnaire.concern_question);
    if (!at) return;
    const YAML::Node choices = root["questions"][*at]["choices"];
    for (std::size_t c = 0; c < questionnaire.questions[*at].choices.size(); ++c) {
      const std::string& value = questionnaire.questions[*at].choices[c].value;
      const Location where = location_of(choices[c]["value"], file);
      const auto topic = topic_roots_.find(value);
      if (topic == topic_roots_.end()) {
        std::vector<std::string> ids;
        for (const auto& entry : topic_roots_) ids.push_back(entry.first);
        findings_.error(where, fmt::format("concern '{}' has no topic file topics/{}.yaml{}", value, value,
                                           did_you_mean(closest_names(value, ids, 1))));
      } else if (!topic->second["microneedling"]) {
        findings_.error(where, fmt::format("concern '{}' names a topic without a 'microneedling' block, so the "
                                           "summary could not say what to expect", value));
      }
    }
  }

  void check_citations() {
    std::vector<std::string> known;
    for (const auto& entry : sources_) known.push_back(entry.first);
    std::set<std::string> used;
    for (const auto& citation : citations_) {
      used.insert(citation.id);
      if (!sources_.count(citation.id))
        findings_.error(citation.where, fmt::format("unknown source '{}'{}", escape_controls(citation.id),
                                                    did_you_mean(closest_names(citation.id, known, 1))));
    }
    for (const auto& [id, where] : sources_)
      if (!used.count(id)) findings_.warning(where, fmt::format("source '{}' is never cited", id));

    std::map<std::string, const Name*> owner;
    for (const auto& name : names_) {
      const std::string key = normalize_topic_name(name.text);
      const auto [at, fresh] = owner.emplace(key, &name);
      if (!fresh && at->second->topic != name.topic)
        findings_.error(name.where, fmt::format("'{}' in topic '{}' also names topic '{}'", escape_controls(name.text),
                                                name.topic, at->second->topic));
    }
  }

  struct Name {
    std::string topic;
    std::string text;
    Location where;
  };

  const ContentTree& tree_;
  CheckReport& report_;
  Findings& findings_;
  std::map<std::string, Location> sources_;
  std::optional<Bibliography> bibliography_;
  std::string today_;  // for review dates: SKINCARE_TODAY or the UTC date
  std::vector<Citation> citations_;
  std::vector<Name> names_;
  std::map<std::string, YAML::Node> topic_roots_;
  std::map<std::string, Topic> topics_;
};

}  // namespace

CheckReport check_content(const ContentTree& tree) {
  CheckReport report;
  Checker(tree, report).run();
  return report;
}

}  // namespace skincare
