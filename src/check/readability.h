// Reading level: the Flesch-Kincaid grade of plain-language text, and the
// sentences that make it hardest.
#pragma once

#include <string>
#include <vector>

namespace skincare {

struct SentenceGrade {
  std::string sentence;
  double grade = 0;
};

struct Readability {
  double grade = 0;  // Flesch-Kincaid grade level of the whole text
  std::size_t words = 0;
  std::size_t sentences = 0;
  std::vector<SentenceGrade> hardest;  // up to 3, hardest first
};

// Syllables in one word, by vowel groups (a common, simple estimate).
std::size_t count_syllables(const std::string& word);

// Grades `paragraphs` (each a run of sentences). Empty text grades 0.
Readability grade_text(const std::vector<std::string>& paragraphs);

}  // namespace skincare
