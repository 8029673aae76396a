#include "interview/interview.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "interop/saved_answers.h"
#include "base/errors.h"
#include "storage/atomic_file.h"
#include "questionnaire/answer_parser.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/partial_evaluation.h"
#include "render/text_layout.h"
#include "base/escape.h"

namespace skincare {

namespace {

bool all_digits(const std::string& text) {
  return !text.empty() && text.size() < 4 && text.find_first_not_of("0123456789") == std::string::npos;
}

class Interview {
 public:
  Interview(const Questionnaire& questionnaire, AnswerSet& answers, Dialogue& dialogue, const InterviewOptions& options)
      : q_(questionnaire), answers_(answers), dialogue_(dialogue), options_(options), paint_(options.style),
        partial_(questionnaire) {}

  InterviewEnd run() {
    say("\n" + paint_.bold(escape_controls(q_.title)) + "\n");
    if (!q_.intro.empty()) say(wrap(escape_controls(q_.intro), paint_.width(), "", ""));
    say(paint_.dim("At any question: ? for help, b to go back, q to quit.") + "\n");
    for (;;) {
      const InterviewEnd asked = ask_missing();
      if (asked != InterviewEnd::finished) return asked;
      const auto review_result = review();
      if (review_result == Review::summary) break;
      if (review_result == Review::quit) return InterviewEnd::quit;
    }
    // Answers to questions that are no longer asked (after changes) are dropped.
    const Summary check = evaluate(q_, answers_);
    for (const auto& id : check.ignored) answers_[*q_.index_of(id)].reset();
    return InterviewEnd::finished;
  }

 private:
  enum class Step { answered, back, quit };
  enum class Review { summary, changed, quit };

  void say(const std::string& text) { dialogue_.say(text); }

  // The person's answer to `prompt`, trimmed; the end of input ends the interview.
  std::string ask(const std::string& prompt) {
    auto line = dialogue_.ask(prompt);
    if (!line) throw Interrupted("input ended before the questionnaire finished");
    return *line;
  }

  std::vector<std::size_t> enabled() const {
    std::vector<std::size_t> out;
    AnswerSet used(q_.questions.size());
    for (std::size_t i = 0; i < q_.questions.size(); ++i) {
      if (!is_enabled(q_, i, used)) continue;
      out.push_back(i);
      used[i] = answers_[i];
    }
    return out;
  }

  // Once no answer can lower the verdict below the worst one, says so and
  // offers the summary; true when the person takes it.
  bool offer_summary_now() {
    if (offered_) return false;
    const Summary so_far = partial_.evaluate(answers_);
    if (so_far.complete || so_far.range.at_least != Verdict::consult) return false;
    offered_ = true;
    const std::string name = verdict_name(Verdict::consult);
    const auto meaning = q_.verdict_meanings.find(name);
    std::string upper = name;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    say("\n" + wrap(fmt::format("Your answers so far already give the result {}, and no answer to the {} "
                                "questions left can change that.{}",
                                upper, so_far.unanswered.size(),
                                meaning == q_.verdict_meanings.end() ? "" : " " + escape_controls(meaning->second)),
                    paint_.width(), "", ""));
    for (;;) {
      const std::string input = ask("Type s to see your summary now, or press Enter to go on with the questions. > ");
      if (input == "s" || input == "S") return true;
      if (input.empty()) return false;
    }
  }

  // Asks each enabled question without an answer, in order; stops on quit,
  // or when the person takes the summary early.
  InterviewEnd ask_missing() {
    std::vector<std::size_t> history;
    for (;;) {
      const auto order = enabled();
      std::optional<std::size_t> next;
      for (const std::size_t i : order)
        if (!answers_[i]) { next = i; break; }
      if (!next) return InterviewEnd::finished;
      if (offer_summary_now()) return InterviewEnd::summary_now;
      const std::size_t position = static_cast<std::size_t>(std::find(order.begin(), order.end(), *next) - order.begin());
      switch (ask_question(*next, position + 1, order.size(), !history.empty())) {
        case Step::answered:
          history.push_back(*next);
          break;
        case Step::back:
          answers_[history.back()].reset();
          history.pop_back();
          break;
        case Step::quit:
          return InterviewEnd::quit;
      }
    }
  }

  void show_question(const Question& question, std::size_t number, std::size_t total) {
    if (!question.intro.empty()) say("\n" + wrap(escape_controls(question.intro), paint_.width(), "", ""));
    say("\n" + paint_.dim(fmt::format("[{}/{}]", number, total)) + " " +
        paint_.bold(escape_controls(question.prompt)) + "\n");
    for (std::size_t c = 0; c < question.choices.size(); ++c) {
      const Choice& choice = question.choices[c];
      say(wrap(escape_controls(choice.value) + ": " + escape_controls(choice.label), paint_.width(),
               fmt::format("  {:>2}) ", c + 1), "      "));
    }
    if (question.type == QuestionType::multi && question.min_count == 0)
      say(fmt::format("   0) {}\n", question.none_label.empty() ? "None of these" : escape_controls(question.none_label)));
  }

  static std::string hint(const Question& question, const std::optional<std::string>& fallback) {
    std::string text;
    switch (question.type) {
      case QuestionType::integer: text = fmt::format("a number, {} to {}", question.min, question.max); break;
      case QuestionType::boolean: text = "y or n"; break;
      case QuestionType::single: text = "a number or a value"; break;
      case QuestionType::multi: text = question.min_count == 0 ? "numbers like 1,3, or 0 for none" : "numbers like 1,3"; break;
    }
    if (fallback) text += "; Enter for " + escape_controls(*fallback);
    return "(" + text + ") > ";
  }

  // Turns "2" or "1,3" into choice values; anything else is passed through.
  static std::string choices_from_numbers(const Question& question, const std::string& input) {
    if (question.type != QuestionType::single && question.type != QuestionType::multi) return input;
    std::string out;
    std::size_t start = 0;
    while (start <= input.size()) {
      std::size_t comma = input.find(',', start);
      if (comma == std::string::npos) comma = input.size();
      std::string item = trim_line(std::string_view(input).substr(start, comma - start));
      if (all_digits(item)) {
        const std::size_t n = std::stoul(item);
        if (n == 0 && question.type == QuestionType::multi) item = "none";
        else if (n >= 1 && n <= question.choices.size()) item = question.choices[n - 1].value;
      }
      out += (out.empty() ? "" : ",") + item;
      start = comma + 1;
    }
    return out == "none" ? "" : out;
  }

  Step ask_question(std::size_t index, std::size_t number, std::size_t total, bool can_go_back) {
    const Question& question = q_.questions[index];
    show_question(question, number, total);
    std::optional<std::string> fallback = question.default_value;
    if (answers_[index]) fallback = answer_text(*answers_[index]);
    for (;;) {
      const std::string input = ask(hint(question, fallback));
      if (input == "?") {
        say(wrap(escape_controls(question.help), paint_.width(), "  ", "  "));
        continue;
      }
      if (input == "b" || input == "B") {
        if (can_go_back) return Step::back;
        say("  This is the first question.\n");
        continue;
      }
      if (input == "q" || input == "Q") {
        if (offer_to_save()) return Step::quit;
        show_question(question, number, total);
        continue;
      }
      std::string text = input;
      if (text.empty()) {
        if (!fallback) {
          say("  Please answer, or type ? for help.\n");
          continue;
        }
        text = *fallback;
      }
      try {
        answers_[index] = parse_answer_text(question, choices_from_numbers(question, text));
        return Step::answered;
      } catch (const AnswerError& e) {
        say(paint_.yellow("  Not a valid answer: ") + escape_controls(e.what()) + "\n");
      }
    }
  }

  Review review() {
    const auto order = enabled();
    say("\n" + paint_.bold("Review your answers") + "\n");
    for (std::size_t n = 0; n < order.size(); ++n) {
      const Question& question = q_.questions[order[n]];
      say(wrap(escape_controls(question.prompt) + " " + paint_.bold(escape_controls(answer_text(*answers_[order[n]]))),
               paint_.width(), fmt::format("  {:>2}) ", n + 1), "      "));
    }
    for (;;) {
      const std::string input =
          ask("Type a number to change that answer, or press Enter to see your summary (q to quit). > ");
      if (input.empty()) return Review::summary;
      if (input == "q" || input == "Q") {
        if (offer_to_save()) return Review::quit;
        continue;
      }
      if (all_digits(input)) {
        const std::size_t n = std::stoul(input);
        if (n >= 1 && n <= order.size()) {
          ask_question(order[n - 1], n, order.size(), false);
          return Review::changed;
        }
      }
      say(fmt::format("  Type a number from 1 to {}, or press Enter.\n", order.size()));
    }
  }

  // Asks whether to save before quitting; false means "do not quit after all".
  bool offer_to_save() {
    const std::string suggested = options_.save_path.empty() ? "skincare-answers.yaml" : options_.save_path;
    for (;;) {
      const std::string input =
          ask(fmt::format("Save your answers to continue later? Type a file name, Enter for {}, n to quit without "
                          "saving, or c to carry on. > ",
                          suggested));
      if (input == "c" || input == "C") return false;
      if (input == "n" || input == "N") return true;
      const std::string path = input.empty() ? suggested : input;
      try {
        save_answers(q_, answers_, path, options_.replace);
        say(fmt::format("Saved. Continue later with: skincare assess --resume {}\n", escape_controls(path)));
        return true;
      } catch (const FileExists& e) {
        say(paint_.yellow("  Not saved: ") + e.what() + "; type another name.\n");
      } catch (const Error& e) {
        say(paint_.yellow("  Not saved: ") + escape_controls(e.what()) + "\n");
      }
    }
  }

  const Questionnaire& q_;
  AnswerSet& answers_;
  Dialogue& dialogue_;
  const InterviewOptions& options_;
  Painter paint_;
  PartialEvaluator partial_;
  bool offered_ = false;
};

}  // namespace

InterviewEnd run_interview(const Questionnaire& questionnaire, AnswerSet& answers, Dialogue& dialogue,
                           const InterviewOptions& options) {
  try {
    return Interview(questionnaire, answers, dialogue, options).run();
  } catch (const Interrupted&) {
    dialogue.say("\n");
    throw;
  }
}

}  // namespace skincare
