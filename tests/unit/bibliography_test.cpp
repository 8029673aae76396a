#include "content/bibliography.h"

#include <doctest/doctest.h>

#include <string>

#include "content_test_support.h"
#include "base/errors.h"

using skincare::Bibliography;
using skincare::DataError;
using skincare::parse_bibliography;

namespace {

DataError bibliography_error(const std::string& yaml) {
  try {
    (void)parse_bibliography(yaml, "sources.yaml");
  } catch (const DataError& e) {
    return e;
  }
  FAIL("parse_bibliography did not throw");
  return DataError({}, "");
}

void check_error(const DataError& e, int line, int column, const std::string& message) {
  CHECK(e.where().file == "sources.yaml");
  CHECK(e.where().line == line);
  CHECK(e.where().column == column);
  CHECK(e.reason() == message);
  CHECK(std::string(e.what()) ==
        "sources.yaml:" + std::to_string(line) + ":" + std::to_string(column) + ": " + message);
}

const char* const kHead = "sources:\n";
const char* const kEntry =
    "  - id: a\n    title: A\n    kind: study\n    design: uncontrolled-study\n    confidence: verified\n";

}  // namespace

TEST_CASE("a bibliography keeps every field of every source in file order, absent optional fields empty") {
  const Bibliography b = parse_bibliography(skincare::test::kSourcesYaml, "sources.yaml");
  REQUIRE(b.all().size() == 3);
  const skincare::Source& alam = b.all()[0];
  CHECK(alam.id == "alam-2014");
  CHECK(alam.authors == "Alam M, Han S, Pongprutthipan M");
  CHECK(alam.year == "2014");
  CHECK(alam.title == "Efficacy of a needling device for the treatment of acne scars");
  CHECK(alam.journal == "JAMA Dermatol");
  CHECK(alam.details == "2014;150(8):844-849");
  CHECK(alam.doi == "10.1001/jamadermatol.2013.8687");
  CHECK(alam.pmid == "24919799");
  CHECK(alam.kind == "trial");
  CHECK(alam.design == "randomized-trial");
  CHECK(alam.size == "20");
  CHECK(alam.comparator == "no-treatment");
  CHECK(alam.result == "better");
  CHECK(alam.sponsor == "None named");
  CHECK(alam.seen == "2026-12");
  CHECK(alam.confidence == "verified");
  CHECK(b.all()[2].url == "https://www.fda.gov/example");
  const skincare::Source& garg = b.all()[1];
  CHECK(garg.authors.empty());
  CHECK(garg.year.empty());
  CHECK(garg.journal.empty());
  CHECK(garg.details.empty());
  CHECK(garg.doi.empty());
  CHECK(garg.pmid.empty());
  CHECK(garg.url.empty());
  CHECK(garg.note == "Title verified only");
  CHECK(garg.design == "uncontrolled-study");
  CHECK(garg.size.empty());
  CHECK(garg.comparator.empty());
  CHECK(garg.result.empty());
  CHECK(garg.sponsor.empty());
  CHECK(garg.seen.empty());
}

TEST_CASE("design is required and must be one of the listed designs") {
  check_error(bibliography_error(std::string(kHead) + "  - id: a\n    title: A\n    kind: study\n    confidence: verified\n"),
              2, 5, "source is missing required key 'design'");
  const DataError e = bibliography_error(std::string(kHead) +
                                         "  - id: a\n    title: A\n    kind: study\n    design: rct\n"
                                         "    confidence: verified\n");
  CHECK(e.where().line == 5);
  CHECK(e.reason().rfind("'design' in source must be one of randomized-trial, controlled-study,", 0) == 0);
}

TEST_CASE("size is a positive whole number, seen a real month, comparator and result from their lists") {
  const std::string head = std::string(kHead) + "  - id: a\n    title: A\n    kind: study\n    design: randomized-trial\n";
  check_error(bibliography_error(head + "    size: 0\n    confidence: verified\n"), 6, 11,
              "'size' in source must be 1 or more, not 0");
  check_error(bibliography_error(head + "    size: many\n    confidence: verified\n"), 6, 11,
              "'size' in source must be a whole number, not 'many'");
  check_error(bibliography_error(head + "    seen: 2026-13\n    confidence: verified\n"), 6, 11,
              "'seen' in source must be a month like 2026-12, not '2026-13'");
  check_error(bibliography_error(head + "    comparator: placebo\n    confidence: verified\n"), 6, 17,
              "'comparator' in source must be one of no-treatment, sham, same-care, active-treatment, none, not "
              "'placebo'");
  CHECK(bibliography_error(head + "    result: good\n    confidence: verified\n").where().line == 6);
}

TEST_CASE("a source is found by its id, an unknown id finds nothing, and ids come in file order") {
  const Bibliography b = parse_bibliography(skincare::test::kSourcesYaml, "sources.yaml");
  const skincare::Source* found = b.find("garg-2016");
  REQUIRE(found != nullptr);
  CHECK(found->id == "garg-2016");
  CHECK(found == &b.all()[1]);
  CHECK(b.find("garg") == nullptr);
  CHECK(Bibliography().find("garg-2016") == nullptr);
  CHECK(b.ids() == std::vector<std::string>{"alam-2014", "garg-2016", "fda-2018"});
  CHECK(Bibliography().ids().empty());
}

TEST_CASE("a duplicate source id is an error at the second entry") {
  const DataError e = bibliography_error(std::string(kHead) + kEntry + kEntry);
  check_error(e, 7, 9, "duplicate source id 'a' in 'sources' (first at line 2)");
}

TEST_CASE("an unknown source kind is an error that suggests the closest kind") {
  const DataError e =
      bibliography_error(std::string(kHead) + "  - id: a\n    title: A\n    kind: reveiw\n    confidence: verified\n");
  check_error(e, 4, 11,
              "'kind' in source must be one of trial, study, review, guideline, regulation, report, secondary, "
              "not 'reveiw' (did you mean 'review'?)");
}

TEST_CASE("a source without a title is an error at the source") {
  const DataError e = bibliography_error(std::string(kHead) + "  - id: a\n    kind: study\n    confidence: verified\n");
  check_error(e, 2, 5, "source is missing required key 'title'");
}

TEST_CASE("a bibliography whose sources are not a list is an error") {
  check_error(bibliography_error("sources: none\n"), 1, 10, "'sources' in bibliography must be a list");
  check_error(bibliography_error("other: []\n"), 1, 1, "unknown key 'other' in bibliography");
}

TEST_CASE("a source is named by its id in any case; an unknown id suggests the closest") {
  const Bibliography bibliography = parse_bibliography(skincare::test::kSourcesYaml, "sources.yaml");
  CHECK(bibliography.named("Alam-2014").id == "alam-2014");
  CHECK_THROWS_WITH_AS(bibliography.named("alam-2015"),
                       "unknown source 'alam-2015' (did you mean 'alam-2014'?); run 'skincare sources' to list them",
                       skincare::UsageError);
}
