#include "questionnaire/condition_parser.h"

#include <fmt/format.h>

#include <cctype>

#include "base/suggest.h"
#include "base/input_limits.h"
#include "base/escape.h"

namespace skincare {

namespace {

struct Token {
  enum class Type { word, quoted, symbol, end } type = Type::end;
  std::string text;
  std::size_t offset = 0;
};

// "an integer", "a single", ...: the type with its article, for messages.
std::string a_type(QuestionType type) {
  return std::string(type == QuestionType::integer ? "an " : "a ") + type_name(type);
}

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

class Parser {
 public:
  Parser(std::string_view text, const std::vector<Question>& questions, const Location& where)
      : text_(text), questions_(questions), where_(where) {
    tokenize();
  }

  Condition parse() {
    if (tokens_.front().type == Token::Type::end) fail(0, "the condition is empty");
    Condition condition = parse_or();
    if (peek().type != Token::Type::end) fail(peek().offset, fmt::format("unexpected '{}'", peek().text));
    return condition;
  }

 private:
  [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
    Location at = where_;
    if (at.column > 0) at.column += static_cast<int>(offset);
    throw DataError(at, fmt::format("in condition '{}': {}", escape_controls(text_), message));
  }

  void tokenize() {
    std::size_t i = 0;
    while (i < text_.size()) {
      const char c = text_[i];
      if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
      Token token;
      token.offset = i;
      if (word_char(c)) {
        token.type = Token::Type::word;
        while (i < text_.size() && word_char(text_[i])) token.text += text_[i++];
      } else if (c == '\'' || c == '"') {
        token.type = Token::Type::quoted;
        const std::size_t close = text_.find(c, i + 1);
        if (close == std::string_view::npos) fail(i, "a quoted value is not closed");
        token.text = std::string(text_.substr(i + 1, close - i - 1));
        i = close + 1;
      } else {
        token.type = Token::Type::symbol;
        const std::string_view two = text_.substr(i, 2);
        if (two == "==" || two == "!=" || two == "<=" || two == ">=") {
          token.text = std::string(two);
          i += 2;
        } else if (c == '<' || c == '>' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',') {
          token.text = std::string(1, c);
          ++i;
        } else {
          fail(i, fmt::format("unexpected character '{}'", escape_controls(std::string(1, c))));
        }
      }
      tokens_.push_back(std::move(token));
    }
    Token end;
    end.offset = text_.size();
    tokens_.push_back(end);
  }

  const Token& peek() const { return tokens_[position_]; }
  Token next() { return tokens_[position_ < tokens_.size() - 1 ? position_++ : position_]; }
  bool accept_word(const char* word) {
    if (peek().type == Token::Type::word && peek().text == word) { ++position_; return true; }
    return false;
  }
  bool accept_symbol(const char* symbol) {
    if (peek().type == Token::Type::symbol && peek().text == symbol) { ++position_; return true; }
    return false;
  }
  void expect_symbol(const char* symbol) {
    if (!accept_symbol(symbol))
      fail(peek().offset, fmt::format("expected '{}' but found '{}'", symbol,
                                      peek().type == Token::Type::end ? "the end" : peek().text));
  }

  Condition parse_or() {
    Condition left = parse_and();
    if (peek().type != Token::Type::word || peek().text != "or") return left;
    Condition any;
    any.kind = Condition::Kind::any_of;
    any.children.push_back(std::move(left));
    while (accept_word("or")) any.children.push_back(parse_and());
    return any;
  }

  Condition parse_and() {
    Condition left = parse_unary();
    if (peek().type != Token::Type::word || peek().text != "and") return left;
    Condition all;
    all.kind = Condition::Kind::all_of;
    all.children.push_back(std::move(left));
    while (accept_word("and")) all.children.push_back(parse_unary());
    return all;
  }

  Condition parse_unary() {
    // `not` and parentheses recurse: bound how deep, so no condition can exhaust the stack.
    struct Depth {
      std::size_t& depth;
      explicit Depth(std::size_t& d) : depth(++d) {}
      ~Depth() { --depth; }
      Depth(const Depth&) = delete;
      Depth& operator=(const Depth&) = delete;
    } nested(depth_);
    if (depth_ > limits::kMaxConditionDepth)
      fail(peek().offset, fmt::format("'not' and parentheses nest more than {} levels deep (the limit)",
                                      limits::kMaxConditionDepth));
    if (accept_word("not")) {
      Condition negate;
      negate.kind = Condition::Kind::negate;
      negate.children.push_back(parse_unary());
      return negate;
    }
    if (accept_symbol("(")) {
      Condition inner = parse_or();
      expect_symbol(")");
      return inner;
    }
    return parse_test();
  }

  const Question& question_at(const Token& token, std::size_t& index) const {
    if (token.type != Token::Type::word) fail(token.offset, "expected a question id");
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < questions_.size(); ++i) {
      if (questions_[i].id == token.text) {
        index = i;
        return questions_[i];
      }
      ids.push_back(questions_[i].id);
    }
    fail(token.offset, fmt::format("'{}' is not a question that can be used here{}", token.text,
                                   did_you_mean(closest_names(token.text, ids, 1))));
  }

  // A choice value (checked against the question's choices), a number or yes/no.
  void read_value(const Question& question, Condition& into) {
    const Token token = next();
    if (token.type != Token::Type::word && token.type != Token::Type::quoted)
      fail(token.offset, fmt::format("expected a value of '{}' ({})", question.id, question.allowed_values()));
    switch (question.type) {
      case QuestionType::integer: {
        std::size_t used = 0;
        long long number = 0;
        try { number = std::stoll(token.text, &used); } catch (const std::exception&) { used = 0; }
        if (used == 0 || used != token.text.size())
          fail(token.offset, fmt::format("'{}' is not a whole number", token.text));
        into.number = number;
        into.numbers.push_back(number);
        return;
      }
      case QuestionType::boolean:
        if (token.text == "yes" || token.text == "true") into.flag = true;
        else if (token.text == "no" || token.text == "false") into.flag = false;
        else fail(token.offset, fmt::format("'{}' is a yes/no question; '{}' is not yes or no", question.id, token.text));
        return;
      case QuestionType::single:
      case QuestionType::multi: {
        if (!question.has_value(token.text)) {
          std::vector<std::string> values;
          for (const auto& choice : question.choices) values.push_back(choice.value);
          fail(token.offset, fmt::format("'{}' is not a value of '{}'{}", token.text, question.id,
                                         did_you_mean(closest_names(token.text, values, 1))));
        }
        into.values.push_back(token.text);
        return;
      }
    }
  }

  void read_list(const Question& question, Condition& into) {
    expect_symbol("[");
    do read_value(question, into);
    while (accept_symbol(","));
    expect_symbol("]");
  }

  Condition parse_test() {
    const Token name = next();
    Condition test;
    const Question& question = question_at(name, test.question);
    const auto require = [&](bool ok, const char* what) {
      if (!ok) fail(name.offset, fmt::format("'{}' is {} question; {}", question.id, a_type(question.type), what));
    };

    if (accept_word("in")) {
      require(question.type == QuestionType::single || question.type == QuestionType::integer,
              "'in [...]' needs a single-choice or integer question (use 'contains' for lists)");
      test.kind = Condition::Kind::in_set;
      read_list(question, test);
      return test;
    }
    if (accept_word("contains")) {
      require(question.type == QuestionType::multi, "'contains' needs a multiple-choice question");
      if (accept_word("any")) {
        test.kind = Condition::Kind::contains_any;
        read_list(question, test);
      } else {
        test.kind = Condition::Kind::contains;
        read_value(question, test);
      }
      return test;
    }
    if (accept_word("is")) {
      if (!accept_word("empty")) fail(peek().offset, "expected 'empty' after 'is'");
      require(question.type == QuestionType::multi, "'is empty' needs a multiple-choice question");
      test.kind = Condition::Kind::is_empty;
      return test;
    }
    if (peek().type == Token::Type::symbol && peek().text != "(" && peek().text != ")" && peek().text != "[" &&
        peek().text != "]" && peek().text != ",") {
      const Token op = next();
      test.kind = Condition::Kind::compare;
      using C = Condition::Compare;
      test.compare = op.text == "==" ? C::equal : op.text == "!=" ? C::not_equal : op.text == "<" ? C::less
                   : op.text == "<=" ? C::less_equal : op.text == ">" ? C::greater : C::greater_equal;
      const bool ordering = test.compare != C::equal && test.compare != C::not_equal;
      if (ordering && question.type != QuestionType::integer)
        fail(op.offset, fmt::format("'{}' compares numbers, but '{}' is {} question", op.text, question.id,
                                    a_type(question.type)));
      require(question.type != QuestionType::multi, "use 'contains' or 'is empty' for a multiple-choice question");
      read_value(question, test);
      return test;
    }
    require(question.type == QuestionType::boolean,
            "a question alone is only a test for yes/no questions (compare it with a value)");
    test.kind = Condition::Kind::is_yes;
    return test;
  }

  std::string_view text_;
  const std::vector<Question>& questions_;
  Location where_;
  std::vector<Token> tokens_;
  std::size_t position_ = 0;
  std::size_t depth_ = 0;
};

}  // namespace

Condition parse_condition(std::string_view text, const std::vector<Question>& questions, const Location& where) {
  return Parser(text, questions, where).parse();
}

}  // namespace skincare
