#include "interview/summary_page_offer.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include "base/errors.h"
#include "render/assessment_views.h"
#include "render/text_layout.h"
#include "storage/atomic_file.h"
#include "base/escape.h"

namespace skincare {

void offer_summary_page(const AssessmentSetup& setup, const Summary& summary, const std::string& beside,
                        Dialogue& dialogue, const TerminalStyle& style) {
  const Painter paint(style);
  const auto slash = beside.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : beside.substr(0, slash + 1);
  const std::string suggested = folder + "skincare-summary.html";
  try {
    for (;;) {
      const auto input =
          dialogue.ask(fmt::format("\nSave this summary as a page to print or bring to your appointment? Type a file "
                                   "name, Enter for {}, or n for no. > ",
                                   escape_controls(suggested)));
      if (!input) break;  // the end of input just means no
      if (*input == "n" || *input == "N") return;
      const std::string path = input->empty() ? suggested : *input;
      bool replace = false;
      struct stat info {};
      if (::stat(path.c_str(), &info) == 0) {
        const auto answer = dialogue.ask(fmt::format("{} already exists. Replace it? Type y to replace, anything "
                                                     "else to choose again. > ",
                                                     escape_controls(path)));
        if (!answer) break;
        if (*answer != "y") continue;
        replace = true;
      }
      RenderOptions html;
      html.format = Format::html;
      try {
        write_file_atomically(path, render_assessment(setup.context, summary, html), 0600, replace);
        dialogue.say(fmt::format("Saved the summary to {}. Open it in a web browser to read or print it.\n",
                                 escape_controls(path)));
        return;
      } catch (const Error& e) {
        dialogue.say(paint.yellow("  Not saved: ") + escape_controls(e.what()) + "\n");
      }
    }
  } catch (const Interrupted&) {
    dialogue.say("\n");
    throw;  // Ctrl-C: exit 130 as everywhere
  }
  dialogue.say("\n");
}

}  // namespace skincare
