#include "render/answers_template.h"

#include <doctest/doctest.h>

#include <string>

#include "content_test_support.h"
#include "interop/answers_file.h"

using skincare::answers_template;
using skincare::test::demo_questionnaire;

TEST_CASE("the answers template names the questionnaire and lists every question with what it accepts") {
  CHECK(answers_template(demo_questionnaire()) ==
        "# Answers for `skincare assess` (demo version 3).\n"
        "# Fill in every answer, then run: skincare assess --answers FILE\n"
        "# Yes/no questions take yes or no. Lists take [a, b], or [] for none.\n"
        "\n"
        "# How old are you?\n"
        "# Allowed: a whole number from 0 to 120 (years)\n"
        "age:\n"
        "\n"
        "# What bothers you?\n"
        "# Allowed: none or any of scars, lines\n"
        "#   scars: Scars\n"
        "#   lines: Fine lines\n"
        "concerns:\n"
        "\n"
        "# Now about your scars.\n"
        "# Which scars?\n"
        "# Allowed: one of rolling, raised\n"
        "#   rolling: Rolling\n"
        "#   raised: Raised\n"
        "# Only asked when: concerns contains scars\n"
        "scar_kind:\n"
        "\n"
        "# Are you pregnant?\n"
        "# Allowed: yes or no\n"
        "pregnant:\n");
}

TEST_CASE("the answers template is an answers file that answers nothing yet") {
  const auto file = skincare::parse_answers_file(answers_template(demo_questionnaire()), "template.yaml");
  CHECK(file.fields.empty());
  CHECK_FALSE(file.header.has_value());
}

TEST_CASE("a prompt with a control character cannot reach the terminal through the template") {
  auto questionnaire = demo_questionnaire();
  questionnaire.questions[0].prompt = "How old\x1b[2J are you?";
  const std::string out = answers_template(questionnaire);
  CHECK(out.find("# How old\\x1B[2J are you?\n") != std::string::npos);
  CHECK(out.find('\x1b') == std::string::npos);
}
