#include "questionnaire/partial_evaluation.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "base/errors.h"

namespace skincare {

namespace {

constexpr std::size_t kMaxCachedPerCluster = 4096;

int level(Verdict v) { return v == Verdict::info ? severity(Verdict::suitable) : severity(v); }

Verdict verdict_of(int level) {
  for (Verdict v : {Verdict::suitable, Verdict::caution, Verdict::postpone, Verdict::consult})
    if (severity(v) == level) return v;
  return Verdict::suitable;
}

// A key that tells apart every answer a cluster can have (and no answer).
void append_key(std::string& key, const std::optional<AnswerValue>& answer) {
  if (!answer) key += '\x01';
  else if (const auto* number = std::get_if<long long>(&*answer)) key += std::to_string(*number);
  else if (const auto* flag = std::get_if<bool>(&*answer)) key += *flag ? "\x03y" : "\x03n";
  else if (const auto* choice = std::get_if<std::string>(&*answer)) key += *choice;
  else
    for (const auto& item : std::get<std::vector<std::string>>(*answer)) (key += item) += '\x03';
  key += '\x02';
}

struct UnionFind {
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
  std::vector<std::size_t> parent;
};

}  // namespace

struct PartialEvaluator::Outcome {
  int min = 0, max = 0;                              // verdict levels of the cluster's own rules
  std::vector<int> pivot;                            // per cluster question: see analyse()
  std::vector<char> certain;                         // per cluster rule: fires in every assignment
  std::vector<char> enabled_some, enabled_all;       // per cluster question
  std::vector<std::optional<AnswerValue>> witness;   // per cluster question: the raw answer giving `max`
};

PartialEvaluator::PartialEvaluator(const Questionnaire& questionnaire)
    : q_(questionnaire), space_(questionnaire), scratch_(questionnaire.questions.size()) {
  const std::size_t n = q_.questions.size();
  UnionFind sets(n);
  for (std::size_t i = 0; i < n; ++i)
    if (q_.questions[i].enabled_when)
      for (const std::size_t j : referenced_questions(*q_.questions[i].enabled_when)) sets.join(i, j);
  for (const auto& rule : q_.rules)
    for (const std::size_t j : rule.depends_on) sets.join(rule.depends_on.front(), j);
  std::vector<std::size_t> cluster_of_root(n, n);
  cluster_of_.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t root = sets.find(i);
    if (cluster_of_root[root] == n) {
      cluster_of_root[root] = clusters_.size();
      clusters_.emplace_back();
    }
    cluster_of_[i] = cluster_of_root[root];
    clusters_[cluster_of_[i]].questions.push_back(i);
  }
  for (std::size_t r = 0; r < q_.rules.size(); ++r)
    if (!q_.rules[r].depends_on.empty()) clusters_[cluster_of_[q_.rules[r].depends_on.front()]].rules.push_back(r);
  cache_.resize(clusters_.size() * 2);
}

PartialEvaluator::~PartialEvaluator() = default;

// Searches every assignment of the cluster's missing answers. For each
// missing question k, pivot[k] is the highest verdict level among the
// groups of assignments that differ only in k's answer and do not all give
// the same level (-1 when there is none): k's answer can move the overall
// verdict exactly when pivot[k] is above what the rest of the answers give
// at the least.
const PartialEvaluator::Outcome& PartialEvaluator::analyse(std::size_t index, const AnswerSet& answers,
                                                           bool without_postpone) {
  const Cluster& cluster = clusters_[index];
  std::string key;
  for (const std::size_t i : cluster.questions) append_key(key, answers[i]);
  auto& cache = cache_[index * 2 + (without_postpone ? 1 : 0)];
  if (const auto found = cache.find(key); found != cache.end()) return *found->second;

  const std::size_t nq = cluster.questions.size();
  std::vector<std::size_t> free;  // positions in cluster.questions
  for (std::size_t k = 0; k < nq; ++k)
    if (!answers[cluster.questions[k]]) free.push_back(k);
  std::vector<std::size_t> radix, stride;
  std::size_t leaves = 1;
  for (const std::size_t k : free) {
    const std::size_t n = space_.domain_of(cluster.questions[k]).size();
    if (n == 0) throw DataError({}, fmt::format("question '{}' has no valid answer", q_.questions[cluster.questions[k]].id));
    if (leaves > kMaxLeaves / n)
      throw DataError({}, fmt::format("too many unanswered questions depend on '{}' to bound the verdict exactly "
                                      "(more than {} combinations)",
                                      q_.questions[cluster.questions[k]].id, kMaxLeaves));
    stride.push_back(leaves);
    radix.push_back(n);
    leaves *= n;
  }

  auto outcome = std::make_unique<Outcome>();
  Outcome& o = *outcome;
  o.pivot.assign(nq, -1);
  o.certain.assign(cluster.rules.size(), 1);
  o.enabled_some.assign(nq, 0);
  o.enabled_all.assign(nq, 1);
  o.witness.assign(nq, std::nullopt);
  o.min = severity(Verdict::consult) + 1;
  o.max = -1;
  std::vector<signed char> levels(leaves);
  std::vector<std::size_t> digit(free.size(), 0);
  std::size_t best = 0;
  for (std::size_t leaf = 0; leaf < leaves; ++leaf) {
    std::size_t f = 0;
    for (std::size_t k = 0; k < nq; ++k) {
      const std::size_t qi = cluster.questions[k];
      const bool is_free = f < free.size() && free[f] == k;
      const bool enabled = is_enabled(q_, qi, scratch_);
      if (!enabled) scratch_[qi].reset();
      else if (is_free) scratch_[qi] = space_.domain_of(qi)[digit[f]];
      else scratch_[qi] = answers[qi];
      o.enabled_some[k] |= enabled;
      o.enabled_all[k] &= enabled;
      if (is_free) ++f;
    }
    int local = severity(Verdict::suitable);
    for (std::size_t r = 0; r < cluster.rules.size(); ++r) {
      const Rule& rule = q_.rules[cluster.rules[r]];
      if (without_postpone && rule.verdict == Verdict::postpone) {
        o.certain[r] = 0;
        continue;
      }
      const bool fired = skincare::evaluate(rule.when, scratch_);
      if (!fired) o.certain[r] = 0;
      else local = std::max(local, level(rule.verdict));
    }
    levels[leaf] = static_cast<signed char>(local);
    o.min = std::min(o.min, local);
    if (local > o.max) {
      o.max = local;
      best = leaf;
    }
    for (std::size_t d = 0; d < digit.size() && ++digit[d] == radix[d]; ++d) digit[d] = 0;
  }
  for (const std::size_t qi : cluster.questions) scratch_[qi].reset();

  for (std::size_t d = 0; d < free.size(); ++d) {
    o.witness[free[d]] = space_.domain_of(cluster.questions[free[d]])[(best / stride[d]) % radix[d]];
    int pivot = -1;
    for (std::size_t leaf = 0; leaf < leaves; ++leaf) {
      if ((leaf / stride[d]) % radix[d] != 0) continue;
      int low = levels[leaf], high = levels[leaf];
      for (std::size_t j = 1; j < radix[d]; ++j) {
        low = std::min<int>(low, levels[leaf + j * stride[d]]);
        high = std::max<int>(high, levels[leaf + j * stride[d]]);
      }
      if (low != high) pivot = std::max(pivot, high);
    }
    o.pivot[free[d]] = pivot;
  }
  if (cache.size() >= kMaxCachedPerCluster) cache.clear();  // only between searches: references stay valid
  return *cache.emplace(std::move(key), std::move(outcome)).first->second;
}

Summary PartialEvaluator::evaluate(const AnswerSet& given, bool witness) {
  AnswerSet answers = given;
  answers.resize(q_.questions.size());
  if (missing_answers(q_, answers).empty()) return skincare::evaluate(q_, answers);

  const std::size_t n = q_.questions.size();
  std::vector<char> open(clusters_.size(), 0);  // has a question without an answer
  for (std::size_t i = 0; i < n; ++i)
    if (!answers[i]) open[cluster_of_[i]] = 1;

  AnswerSet used(n);
  std::vector<char> enabled_some(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (open[cluster_of_[i]]) continue;
    enabled_some[i] = is_enabled(q_, i, used);
    if (enabled_some[i]) used[i] = answers[i];
  }
  std::vector<char> fired(q_.rules.size(), 0);
  int fixed = severity(Verdict::suitable), fixed_after = fixed;
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (open[c]) continue;
    for (const std::size_t r : clusters_[c].rules)
      if (skincare::evaluate(q_.rules[r].when, used)) {
        fired[r] = 1;
        fixed = std::max(fixed, level(q_.rules[r].verdict));
        if (q_.rules[r].verdict != Verdict::postpone) fixed_after = std::max(fixed_after, level(q_.rules[r].verdict));
      }
  }

  std::vector<const Outcome*> outcomes(clusters_.size(), nullptr);
  int at_least = fixed, at_most = fixed;
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (!open[c]) continue;
    const Outcome& o = analyse(c, answers, false);
    outcomes[c] = &o;
    const Cluster& cluster = clusters_[c];
    for (std::size_t k = 0; k < cluster.questions.size(); ++k) {
      const std::size_t qi = cluster.questions[k];
      enabled_some[qi] = o.enabled_some[k];
      if (o.enabled_some[k] && answers[qi]) used[qi] = answers[qi];
    }
    for (std::size_t r = 0; r < cluster.rules.size(); ++r)
      if (o.certain[r]) fired[cluster.rules[r]] = 1;
    at_least = std::max(at_least, o.min);
    at_most = std::max(at_most, o.max);
  }

  Summary summary;
  summary.complete = false;
  summary.range = {verdict_of(at_least), verdict_of(at_most)};
  summary.verdict = summary.range.at_least;
  summary.answers = used;
  for (std::size_t i = 0; i < n; ++i) {
    const Question& question = q_.questions[i];
    if (!enabled_some[i]) {
      summary.skipped.push_back({question.id, question.enabled_when_text});
      if (answers[i]) summary.ignored.push_back(question.id);
    } else if (!answers[i]) {
      summary.unanswered.push_back(question.id);
    }
  }
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (!outcomes[c]) continue;
    int base = fixed;  // the least the other clusters give
    for (std::size_t other = 0; other < clusters_.size(); ++other)
      if (other != c && outcomes[other]) base = std::max(base, outcomes[other]->min);
    const Cluster& cluster = clusters_[c];
    for (std::size_t k = 0; k < cluster.questions.size(); ++k)
      if (outcomes[c]->pivot[k] > base) summary.could_change.push_back(q_.questions[cluster.questions[k]].id);
  }
  std::sort(summary.could_change.begin(), summary.could_change.end(), [&](const std::string& a, const std::string& b) {
    return *q_.index_of(a) < *q_.index_of(b);
  });

  for (std::size_t r = 0; r < q_.rules.size(); ++r) {
    if (!fired[r]) continue;
    FiredRule reason{&q_.rules[r], {}};
    for (const std::size_t d : q_.rules[r].depends_on)
      if (used[d]) reason.because.emplace_back(q_.questions[d].id, *used[d]);
    summary.reasons.push_back(std::move(reason));
  }
  std::stable_sort(summary.reasons.begin(), summary.reasons.end(), [](const FiredRule& a, const FiredRule& b) {
    return severity(a.rule->verdict) > severity(b.rule->verdict);
  });
  if (const auto at = q_.index_of(q_.concern_question))
    if (const auto& answer = used[*at]) summary.concerns = std::get<std::vector<std::string>>(*answer);

  if (summary.verdict != Verdict::suitable)
    for (const auto& reason : summary.reasons)
      if (reason.rule->verdict == summary.verdict) summary.rests_on.push_back(reason.rule);
  if (summary.range.settled() && summary.verdict == Verdict::postpone) {
    AfterTemporary after;
    int low = fixed_after, high = fixed_after;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      if (!open[c]) continue;
      const Outcome& o = analyse(c, answers, true);
      low = std::max(low, o.min);
      high = std::max(high, o.max);
    }
    after.range = {verdict_of(low), verdict_of(high)};
    for (const auto& reason : summary.reasons)
      if (reason.rule->verdict == Verdict::postpone) after.waiting_for.push_back(reason.rule);
    summary.after_temporary = std::move(after);
  }

  if (witness) {
    AnswerSet raw = answers;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
      if (!outcomes[c]) continue;
      for (std::size_t k = 0; k < clusters_[c].questions.size(); ++k)
        if (outcomes[c]->witness[k]) raw[clusters_[c].questions[k]] = outcomes[c]->witness[k];
    }
    AnswerSet completion(n);
    for (std::size_t i = 0; i < n; ++i) {
      if (!is_enabled(q_, i, completion)) continue;
      completion[i] = raw[i];
      if (!answers[i]) summary.at_most_witness.emplace_back(q_.questions[i].id, *raw[i]);
    }
  }
  return summary;
}

}  // namespace skincare
