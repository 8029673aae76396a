// `skincare export`: the questionnaire in formats other systems read.
// Today one: `export fhir-questionnaire`, an HL7 FHIR R4 Questionnaire.
#include <CLI/CLI.hpp>

#include "assessment/assessment_setup.h"
#include "cli/context.h"
#include "cli/output.h"
#include "interop/fhir_questionnaire.h"

namespace skincare::cli {

void setup_export(CLI::App& app, Context& context) {
  CLI::App* command = app.add_subcommand("export", "Write the questionnaire in a format other systems read");
  command->require_subcommand(1);
  command->footer(
      "Examples:\n"
      "  skincare export fhir-questionnaire > questionnaire.json");
  CLI::App* fhir = command->add_subcommand("fhir-questionnaire", "The questionnaire as an HL7 FHIR R4 Questionnaire (JSON)");
  fhir->footer(
      "Examples:\n"
      "  skincare export fhir-questionnaire > questionnaire.json\n"
      "  skincare --content ./content export fhir-questionnaire | jq '.item[].linkId'");
  fhir->callback([&context] {
    const ContentTree content = context.open_content();
    const auto setup = load_assessment(content);
    write_stdout(fhir_questionnaire_json(setup->questionnaire, SKINCARE_VERSION));
  });
}

}  // namespace skincare::cli
