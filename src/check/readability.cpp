#include "check/readability.h"

#include <algorithm>
#include <cctype>

namespace skincare {

namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

std::vector<std::string> words_of(const std::string& sentence) {
  std::vector<std::string> words;
  std::string current;
  for (const char raw : sentence) {
    const auto c = static_cast<unsigned char>(raw);
    if (std::isalpha(c)) current += static_cast<char>(std::tolower(c));
    else if (std::isdigit(c) && current.empty()) current += '0';  // numbers count as one short word
    else if (c == '\'' && !current.empty()) continue;
    else if (!current.empty()) words.push_back(std::move(current)), current.clear();
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

std::vector<std::string> sentences_of(const std::string& paragraph) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    current += paragraph[i];
    const char c = paragraph[i];
    const bool end = (c == '.' || c == '?' || c == '!' || c == ';' || c == ':') &&
                     (i + 1 == paragraph.size() || paragraph[i + 1] == ' ');
    if (end) {
      if (!words_of(current).empty()) out.push_back(current);
      current.clear();
    }
  }
  if (!words_of(current).empty()) out.push_back(current);
  return out;
}

double flesch_kincaid(std::size_t words, std::size_t sentences, std::size_t syllables) {
  if (words == 0 || sentences == 0) return 0;
  return 0.39 * static_cast<double>(words) / static_cast<double>(sentences) +
         11.8 * static_cast<double>(syllables) / static_cast<double>(words) - 15.59;
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(' ');
  return first == std::string::npos ? std::string() : text.substr(first);
}

}  // namespace

std::size_t count_syllables(const std::string& word) {
  if (word.empty() || word == "0") return 1;
  std::size_t count = 0;
  bool previous = false;
  for (const char c : word) {
    const bool v = vowel(c);
    if (v && !previous) ++count;
    previous = v;
  }
  const std::size_t n = word.size();
  if (n > 2 && word[n - 1] == 'e' && word[n - 2] != 'l' && !vowel(word[n - 2]) && count > 1) --count;  // silent e
  if (n > 2 && word.compare(n - 2, 2, "es") == 0 && count > 1 && n > 3 && !vowel(word[n - 3]) &&
      word[n - 3] != 's' && word[n - 3] != 'x' && word[n - 3] != 'z' && word[n - 3] != 'c' && word[n - 3] != 'g')
    --count;
  if (n > 2 && word.compare(n - 2, 2, "ed") == 0 && count > 1 && word[n - 3] != 't' && word[n - 3] != 'd') --count;
  return std::max<std::size_t>(count, 1);
}

Readability grade_text(const std::vector<std::string>& paragraphs) {
  Readability result;
  std::size_t syllables = 0;
  std::vector<SentenceGrade> graded;
  for (const auto& paragraph : paragraphs) {
    for (const auto& sentence : sentences_of(paragraph)) {
      const auto words = words_of(sentence);
      std::size_t sentence_syllables = 0;
      for (const auto& word : words) sentence_syllables += count_syllables(word);
      result.words += words.size();
      result.sentences += 1;
      syllables += sentence_syllables;
      graded.push_back({trim(sentence), flesch_kincaid(words.size(), 1, sentence_syllables)});
    }
  }
  result.grade = flesch_kincaid(result.words, result.sentences, syllables);
  std::stable_sort(graded.begin(), graded.end(),
                   [](const SentenceGrade& a, const SentenceGrade& b) { return a.grade > b.grade; });
  if (graded.size() > 3) graded.resize(3);
  result.hardest = graded;
  return result;
}

}  // namespace skincare
