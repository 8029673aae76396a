#include <doctest/doctest.h>

#include "check/readability.h"

using namespace skincare;

TEST_CASE("syllables are counted by vowel groups, with a silent final e") {
  CHECK(count_syllables("skin") == 1);
  CHECK(count_syllables("needle") == 2);
  CHECK(count_syllables("make") == 1);
  CHECK(count_syllables("collagen") == 3);
  CHECK(count_syllables("hyperpigmentation") == 6);
  CHECK(count_syllables("0") == 1);
}

TEST_CASE("short plain sentences grade low and long technical ones grade high") {
  const Readability easy = grade_text({"Your skin may be red. Use a mild soap. Stay out of the sun."});
  CHECK(easy.sentences == 3);
  CHECK(easy.words == 14);
  CHECK(easy.grade < 3.0);
  const Readability hard = grade_text({"Percutaneous collagen induction therapy characteristically necessitates "
                                       "multiple consecutive interventions administered intermittently."});
  CHECK(hard.grade > 20.0);
}

TEST_CASE("the hardest sentences are listed hardest first, at most three") {
  const Readability r = grade_text({"It is red. Microneedling stimulates collagen remodeling considerably. "
                                    "Wash it. Rest now. Inflammation resolves gradually afterwards."});
  REQUIRE(r.hardest.size() == 3);
  CHECK(r.hardest[0].grade >= r.hardest[1].grade);
  CHECK(r.hardest[1].grade >= r.hardest[2].grade);
  CHECK(r.hardest[0].sentence.rfind("Microneedling", 0) == 0);
}

TEST_CASE("empty text grades zero") {
  CHECK(grade_text({}).grade == 0.0);
  CHECK(grade_text({"", "   "}).sentences == 0);
}
