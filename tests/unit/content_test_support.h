// Shared helpers for the unit tests: small topic, bibliography and
// questionnaire texts, field-by-field comparisons (Topic has no
// operator==), and a scripted Dialogue for the interactive parts.
#pragma once

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/bibliography.h"
#include "content/source.h"
#include "content/topic.h"
#include "questionnaire/questionnaire.h"
#include "questionnaire/questionnaire_parser.h"
#include "term/prompt.h"

namespace skincare::test {

// A condition topic with every optional part filled in.
inline const char* const kConditionYaml = R"(id: acne-scars
kind: condition
title: Acne scars
aliases: [acne scar, pockmarks]
summary: "Microneedling helps sunken acne scars."
reviewed: 2026-11-25
sections:
  - heading: What they are
    text: |
      Acne scars are marks left after acne heals.
      Some are sunken.

      Others are raised.
    items:
      - Rolling scars are wide dips.
      - Ice-pick scars are narrow pits.
    sources: [alam-2014, garg-2016]
  - heading: What it cannot do
    items:
      - It cannot remove scars.
    sources: [garg-2016]
microneedling:
  evidence: strong
  evidence_reason: two randomized trials against no treatment
  sessions: 3 to 6 sessions, 4 weeks apart
  results_time: Months
  can: [Soften rolling scars]
  cannot: [Remove ice-pick scars]
  caveats: [Darker skin needs care]
  sources: [alam-2014, fda-2018]
alternatives:
  - name: Fractional laser
    note: Similar results, more downtime.
risks: [Redness, Post-inflammatory hyperpigmentation]
)";

// A fact topic with the fewest fields allowed.
inline const char* const kFactYaml = R"(id: aftercare
kind: fact
title: Aftercare
summary: How to look after skin after a session.
reviewed: 2026-01-02
sections:
  - heading: The first day
    text: Keep the skin clean.
)";

inline const char* const kSourcesYaml = R"(sources:
  - id: alam-2014
    authors: "Alam M, Han S, Pongprutthipan M"
    year: 2014
    title: "Efficacy of a needling device for the treatment of acne scars"
    journal: "JAMA Dermatol"
    details: "2014;150(8):844-849"
    doi: "10.1001/jamadermatol.2013.8687"
    pmid: "24919799"
    kind: trial
    design: randomized-trial
    size: 20
    comparator: no-treatment
    result: better
    sponsor: "None named"
    seen: 2026-12
    confidence: verified
  - id: garg-2016
    title: "Combination therapy in the management of atrophic acne scars"
    kind: study
    design: uncontrolled-study
    confidence: partial
    note: "Title verified only"
  - id: fda-2018
    title: "FDA authorizes marketing of first microneedling device"
    journal: "US Food and Drug Administration"
    url: "https://www.fda.gov/example"
    kind: regulation
    design: regulation
    confidence: secondary
)";

inline void check_same_source(const Source& a, const Source& b) {
  CHECK(a.id == b.id);
  CHECK(a.authors == b.authors);
  CHECK(a.year == b.year);
  CHECK(a.title == b.title);
  CHECK(a.journal == b.journal);
  CHECK(a.details == b.details);
  CHECK(a.doi == b.doi);
  CHECK(a.pmid == b.pmid);
  CHECK(a.url == b.url);
  CHECK(a.kind == b.kind);
  CHECK(a.design == b.design);
  CHECK(a.size == b.size);
  CHECK(a.sponsor == b.sponsor);
  CHECK(a.seen == b.seen);
  CHECK(a.comparator == b.comparator);
  CHECK(a.result == b.result);
  CHECK(a.confidence == b.confidence);
  CHECK(a.note == b.note);
}

inline void check_same_bibliography(const Bibliography& a, const Bibliography& b) {
  REQUIRE(a.all().size() == b.all().size());
  for (std::size_t i = 0; i < a.all().size(); ++i) check_same_source(a.all()[i], b.all()[i]);
}

inline void check_same_topic(const Topic& a, const Topic& b) {
  CHECK(a.id == b.id);
  CHECK(a.kind == b.kind);
  CHECK(a.title == b.title);
  CHECK(a.aliases == b.aliases);
  CHECK(a.summary == b.summary);
  CHECK(a.reviewed == b.reviewed);
  REQUIRE(a.sections.size() == b.sections.size());
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    CHECK(a.sections[i].heading == b.sections[i].heading);
    CHECK(a.sections[i].paragraphs == b.sections[i].paragraphs);
    CHECK(a.sections[i].items == b.sections[i].items);
    CHECK(a.sections[i].sources == b.sections[i].sources);
  }
  REQUIRE(a.microneedling.has_value() == b.microneedling.has_value());
  if (a.microneedling) {
    const Expectation& x = *a.microneedling;
    const Expectation& y = *b.microneedling;
    CHECK(x.evidence == y.evidence);
    CHECK(x.evidence_reason == y.evidence_reason);
    CHECK(x.sessions == y.sessions);
    CHECK(x.results_time == y.results_time);
    CHECK(x.can == y.can);
    CHECK(x.cannot == y.cannot);
    CHECK(x.caveats == y.caveats);
    CHECK(x.sources == y.sources);
  }
  REQUIRE(a.alternatives.size() == b.alternatives.size());
  for (std::size_t i = 0; i < a.alternatives.size(); ++i) {
    CHECK(a.alternatives[i].name == b.alternatives[i].name);
    CHECK(a.alternatives[i].note == b.alternatives[i].note);
  }
  CHECK(a.risks == b.risks);
}

// A questionnaire with one question of each type: an integer with a unit,
// a multi list with a "none" label, a single choice that is asked only for
// scars and has a default, and a yes/no question. Under 18 is consult,
// raised scars caution.
inline const char* const kQuestionnaireYaml = R"(id: demo
version: "3"
title: Demo questionnaire
intro: A few questions.
disclaimer: Not medical advice.
concern_question: concerns
questions:
  - {id: age, type: integer, prompt: "How old are you?", help: "In whole years.", unit: years, min: 0, max: 120}
  - id: concerns
    type: multi
    prompt: What bothers you?
    help: Choose any.
    none_label: Nothing in particular
    choices: [{value: scars, label: Scars}, {value: lines, label: Fine lines}]
  - id: scar_kind
    type: single
    intro: Now about your scars.
    prompt: Which scars?
    help: Choose one.
    default: rolling
    enabled_when: concerns contains scars
    choices: [{value: rolling, label: Rolling}, {value: raised, label: Raised}]
  - {id: pregnant, type: boolean, prompt: "Are you pregnant?", help: "Yes or no."}
rules:
  - {id: minor, verdict: consult, when: "age < 18", message: "See a doctor first."}
  - {id: raised, verdict: caution, when: "scar_kind == raised", message: "Raised scars can get worse."}
verdicts: {suitable: "Go ahead.", caution: "Take care.", postpone: "Wait a while.", consult: "Ask a doctor."}
)";

inline Questionnaire demo_questionnaire() { return parse_questionnaire(kQuestionnaireYaml, "demo.yaml"); }

// A questionnaire "demo" made of `body` (its questions, rules and any other
// top-level keys), for a test that needs its own few questions.
inline Questionnaire questionnaire_of(std::string_view body) {
  return parse_questionnaire("id: demo\nversion: \"1\"\ntitle: Demo\ndisclaimer: Not advice.\n" + std::string(body),
                             "demo.yaml");
}

// A Dialogue that answers from a script, line by line, then reports the end
// of input; everything said is kept in `said`.
class ScriptedDialogue : public Dialogue {
 public:
  explicit ScriptedDialogue(std::vector<std::string> lines) : lines_(std::move(lines)) {}
  void say(std::string_view text) override { said.append(text); }
  std::optional<std::string> read_line() override {
    if (next_ == lines_.size()) return std::nullopt;
    return lines_[next_++];
  }
  bool finished() const { return next_ == lines_.size(); }

  std::string said;

 private:
  std::vector<std::string> lines_;
  std::size_t next_ = 0;
};

// A new empty folder, removed with everything in it at the end of the test.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "skincare-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Writes `text` to a file under the folder, making its folders first.
  void write(const std::string& relative, const std::string& text) const {
    const std::filesystem::path file = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(path_)) out.push_back(entry.path().filename().string());
    return out;
  }

 private:
  std::string path_;
};

}  // namespace skincare::test
