// Parses the condition language of questionnaire files and type-checks it
// against the questions it may read:
//
//   expr  := and ('or' and)*          and := unary ('and' unary)*
//   unary := 'not' unary | '(' expr ')' | test
//   test  := Q | Q op VALUE | Q 'in' '[' VALUE, ... ']' | Q 'contains' VALUE
//          | Q 'contains' 'any' '[' VALUE, ... ']' | Q 'is' 'empty'
//   op    := == != < <= > >=
#pragma once

#include <string_view>
#include <vector>

#include "base/errors.h"
#include "questionnaire/condition.h"
#include "questionnaire/question.h"

namespace skincare {

// `questions` are those the condition may read; `where` is the location of
// the condition's first character (errors add the column of the problem).
Condition parse_condition(std::string_view text, const std::vector<Question>& questions, const Location& where);

}  // namespace skincare
