#include "content/about.h"

#include "content/review_dates.h"

namespace skincare {

namespace {

// The statement itself. The grading rule here, docs/evidence.md and
// content/README.md say the same; check/evidence_grade.cpp enforces it.
std::vector<AboutPart> statement() {
  return {
      {"authors",
       "Who writes the content",
       {"The skincare project writes and maintains all of the content: the people who make this program. "
        "It is education, not medical advice. No doctor sees you through it."}},
      {"checking",
       "How it is checked",
       {"Every fact comes from a source in the bibliography (run 'skincare sources'), and every section names "
        "its sources. A source is cited only after its text was read. Identifiers and titles that could not be "
        "seen are left out, not guessed. Facts found only on clinic, trade or maker pages are given as "
        "\"commonly advised\", never as study findings.",
        "'skincare check' tests the content before each release. It checks the form of every file, that every "
        "cited source exists, that no topic claims a higher evidence grade than its sources allow, that the "
        "reading level stays at about US grade 8 (a warning above grade 9), and that no topic is past its "
        "review date."}},
      {"funding",
       "Funding and ties",
       {"No one funds the skincare project. No author has a tie to a device maker, a clinic, or anyone who "
        "sells microneedling. Where a study was paid for or run by a device maker, the content says so."}},
      {"grading",
       "How evidence is graded",
       {"Each skin condition gets one grade for microneedling: strong, moderate or limited. The rule is based "
        "on two published schemes, SORT (Strength of Recommendation Taxonomy) and GRADE. Both rate a body of "
        "evidence by study design and by how consistent the results are.",
        "Strong: at least two randomized trials, or a systematic review of randomized trials, that compare "
        "microneedling with no treatment, a sham (pretend) treatment, or the same care without microneedling, "
        "with consistent results.",
        "Moderate: at least one such randomized trial, plus other studies that agree with it.",
        "Limited: anything less. This includes studies with no comparison group, studies that compare it only "
        "with another active treatment, case reports, device labeling and clinic material.",
        "Each grade is shown with a one-line reason. 'skincare check' works out the highest grade each "
        "condition's cited studies allow and reports a topic that claims more."}},
      {"updates",
       "How the content is kept up to date",
       {"Each topic shows the date it was last reviewed. It is due for review again 12 months later, or "
        "sooner when a new study, a safety warning or a regulator's decision changes what it should say. "
        "'skincare check' warns about a topic that is past its next review date. Changes to output that "
        "scripts read are listed in the project's changelog."}},
      {"errors",
       "How to report an error",
       {"Open an issue in the skincare project's issue tracker. Say which topic or source is wrong, what it "
        "should say, and where the right information can be found."}},
  };
}

}  // namespace

About make_about(const std::vector<Topic>& topics, const std::string& today) {
  About about;
  about.parts = statement();
  about.today = today;
  for (const auto& topic : topics)
    about.topics.push_back(
        {topic.id, topic.title, topic.reviewed, next_review(topic.reviewed), review_overdue(topic.reviewed, today)});
  return about;
}

}  // namespace skincare
