// train_name_model trains NameModel (redaction/name_model.h), the scorer that
// second-guesses the rule-based name detector, and writes its weights file.
//
// Training data: the TRAIN side of the shared labeled data only: MEDDOCAN
// train, WNUT17 train, and the even-numbered documents of Europeana and
// presidio (the odd ones and the dev splits are for bench/redaction_eval).
// The rules alone run over every document; each candidate word they flag or
// pass over becomes an example, labeled 1 if a gold person span overlaps it.
// On MEDDOCAN and WNUT17 train the rules run without the word lists learned
// from those very texts (data/name_words.txt, data/not_name_words.txt).
//
// Logistic regression on hashed features, AdaGrad, a few epochs. The two
// thresholds are picked by 5-fold cross-validation on the same train data
// (folds by document): among the pairs that cost no set any person-token
// recall against the rules alone, those within half a point of the best
// mean precision over the four sets, and of these the one with the best
// mean recall.
// The final model is then trained on all of it.
//
// --wnut-fold N trains on the WNUT17 train documents of parity N only (as
// bench/redaction_eval --fold numbers them): with the word lists learned from
// the same fold (scripts/train_name_lexicon.py --wnut-fold N), the other fold
// is then text the model and the lists never saw. Write such weights with
// --out to a scratch file, not to redaction/data.
//
// Usage: train_name_model [--out redaction/data/name_model.tsv] [--wnut-fold 0|1] [shared-data-dir]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "bench/labeled_data.h"
#include "redaction/name_detector.h"
#include "redaction/name_detector_text.h"
#include "redaction/name_model.h"

using namespace amparo::redaction;
using namespace amparo::bench;

namespace {

struct Example {
  std::vector<uint32_t> features;
  bool person = false;
  bool flagged = false;  // the rules flagged it
  bool may_change = true;  // NameModel::MayDrop or MayAdd
  int set = 0;
  int fold = 0;
};

struct SetTotals {
  std::string name;
  long person_tokens = 0;  // every gold person word token, candidate or not
};

constexpr int kFolds = 5;
constexpr int kEpochs = 6;
constexpr float kRate = 0.2f;
constexpr float kL2 = 1e-6f;
// Recall comes first (a missed name can cost a life): the thresholds may
// cost no set more than this person-token recall against the rules alone.
constexpr double kRecallLoss = 0.0;
constexpr double kPrecisionSlack = 0.005;

// Logistic regression with AdaGrad on hashed features.
class Trainer {
 public:
  Trainer() : w_(size_t{1} << NameModel::kBits, 0), g_(w_.size(), 0) {}

  void Train(const std::vector<const Example*>& examples, uint32_t seed) {
    std::vector<const Example*> order = examples;
    std::mt19937 rng(seed);
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (const Example* e : order) {
        const float p = 1.0f / (1.0f + std::exp(-Score(*e)));
        const float grad = p - (e->person ? 1.0f : 0.0f);
        for (uint32_t i : e->features) {
          const float gi = grad + kL2 * w_[i];
          g_[i] += gi * gi;
          w_[i] -= kRate * gi / std::sqrt(g_[i] + 1e-8f);
        }
      }
    }
  }
  float Score(const Example& e) const {
    float s = 0;
    for (uint32_t i : e.features) s += w_[i];
    return s;
  }
  const std::vector<float>& weights() const { return w_; }

 private:
  std::vector<float> w_, g_;
};

struct Choice {
  float drop = -1e9f, add = 1e9f;
  double precision = 0, recall = 0;
};

// Token recall and precision per set when flagged candidates scoring below
// drop are dropped and unflagged ones scoring add or more are added.
// Returns the recall of each set.
std::vector<double> Evaluate(const std::vector<Example>& ex, const std::vector<float>& score,
                             const std::vector<SetTotals>& sets, float drop, float add,
                             double* mean_precision, double* mean_recall, bool print) {
  std::vector<long> chosen(sets.size(), 0), hit(sets.size(), 0);
  for (size_t k = 0; k < ex.size(); ++k) {
    const bool take = !ex[k].may_change ? ex[k].flagged
                      : ex[k].flagged ? score[k] >= drop : score[k] >= add;
    if (!take) continue;
    ++chosen[ex[k].set];
    if (ex[k].person) ++hit[ex[k].set];
  }
  *mean_precision = *mean_recall = 0;
  std::vector<double> recall;
  for (size_t s = 0; s < sets.size(); ++s) {
    const double p = chosen[s] ? static_cast<double>(hit[s]) / chosen[s] : 0;
    const double r = sets[s].person_tokens ? static_cast<double>(hit[s]) / sets[s].person_tokens : 0;
    if (print) std::fprintf(stderr, "  %-45s recall %.3f precision %.3f\n", sets[s].name.c_str(), r, p);
    *mean_precision += p / sets.size();
    *mean_recall += r / sets.size();
    recall.push_back(r);
  }
  return recall;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, out = std::string(AMPARO_SOURCE_DIR) + "/redaction/data/name_model.tsv";
  int wnut_fold = -1;  // all of WNUT17 train
  if (const char* env = std::getenv("AMPARO_SHARED_DATA")) dir = env;
  if (dir.empty()) dir = AMPARO_SHARED_DATA;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) out = argv[++i];
    else if (a == "--wnut-fold" && i + 1 < argc) wnut_fold = std::atoi(argv[++i]) != 0 ? 1 : 0;
    else dir = a;
  }
  const fs::path root(dir);
  if (!fs::exists(root / "meddocan-es" / "train")) {
    std::fprintf(stderr, "no labeled data in '%s'\n", dir.c_str());
    return 2;
  }

  // Train side only: see the README of the shared data.
  std::vector<DataSet> sets;
  sets.push_back(LoadMeddocan(root / "meddocan-es" / "train"));
  sets.back().name = "MEDDOCAN train (es, clinical)";
  sets.push_back(LoadBio(root / "wnut17-en" / "wnut17train.conll", "WNUT17 train (en, social)",
                         "en", true, 0));
  if (wnut_fold >= 0) sets.back() = Half(std::move(sets.back()), wnut_fold, wnut_fold == 0 ? "fold A" : "fold B");
  sets.push_back(Half(LoadBio(root / "europeana-fr" / "enp_FR.bnf.dev.bio",
                              "Europeana (fr, 1906 news, OCR)", "fr", false, 300),
                      0, "even half"));
  sets.push_back(Half(LoadPresidio(root / "presidio-research-synth" / "synth_dataset_v2.json"), 0,
                      "even half"));

  std::vector<Example> examples;
  std::vector<SetTotals> totals;
  const Document* doc = nullptr;
  int set_index = 0, fold = 0;
  std::string error;
  auto observe = [&](const NameWindow& w, size_t begin, size_t end) {
    Example e;
    NameModel::Features(w, &e.features);
    e.flagged = w.at[2].rule_score > 0;
    e.may_change = e.flagged ? NameModel::MayDrop(w) : NameModel::MayAdd(w);
    e.set = set_index;
    e.fold = fold;
    for (const GoldSpan& g : doc->gold) {
      if (g.label == Label::kPerson && g.begin < end && begin < g.end) e.person = true;
    }
    examples.push_back(std::move(e));
  };
  // The word lists learned from MEDDOCAN and WNUT17 train (name_words.txt,
  // not_name_words.txt) hold those texts' own names: on them the rules run
  // without the lists, as they would on unseen text.
  auto with_lists = NameDetector::CreateRulesOnly(observe, true, &error);
  auto without_lists = NameDetector::CreateRulesOnly(observe, false, &error);
  if (!with_lists || !without_lists) {
    std::fprintf(stderr, "name detector: %s\n", error.c_str());
    return 1;
  }
  const bool lists_learned_from[] = {true, true, false, false};  // per set, in order
  text::Tokens tk;
  for (const DataSet& set : sets) {
    SetTotals t{set.name, 0};
    for (size_t d = 0; d < set.docs.size(); ++d) {
      doc = &set.docs[d];
      fold = static_cast<int>(d % kFolds);
      (lists_learned_from[set_index] ? without_lists : with_lists)->Find(doc->text, set.language);
      text::Tokenize(doc->text, &tk);
      for (const text::Token& tok : tk.tokens) {
        if (!tok.word) continue;
        for (const GoldSpan& g : doc->gold) {
          if (g.label == Label::kPerson && g.begin < tok.end && tok.begin < g.end) {
            ++t.person_tokens;
            break;
          }
        }
      }
    }
    totals.push_back(t);
    ++set_index;
  }
  std::fprintf(stderr, "%zu candidates\n", examples.size());

  // Out-of-fold scores.
  std::vector<float> oof(examples.size());
  for (int f = 0; f < kFolds; ++f) {
    std::vector<const Example*> train;
    for (const Example& e : examples) {
      if (e.fold != f) train.push_back(&e);
    }
    Trainer t;
    t.Train(train, 17 + f);
    for (size_t k = 0; k < examples.size(); ++k) {
      if (examples[k].fold == f) oof[k] = t.Score(examples[k]);
    }
  }

  double base_p, base_r;
  std::fprintf(stderr, "rules alone (candidates, train data):\n");
  const std::vector<double> base_recall =
      Evaluate(examples, oof, totals, -1e9f, 1e9f, &base_p, &base_r, true);
  // Every pair that costs no set any recall; then, among those within
  // kPrecisionSlack of the best mean precision, the one with the best mean
  // recall (recall first: a near tie in precision goes to recall).
  std::vector<Choice> allowed;
  double top_precision = 0;
  for (float drop = -8; drop <= 4; drop += 0.25f) {
    for (float add = -4; add <= 10; add += 0.25f) {
      double p, r;
      const std::vector<double> recall = Evaluate(examples, oof, totals, drop, add, &p, &r, false);
      bool ok = true;
      for (size_t s = 0; s < recall.size(); ++s) ok = ok && recall[s] >= base_recall[s] - kRecallLoss;
      if (!ok) continue;
      allowed.push_back({drop, add, p, r});
      top_precision = std::max(top_precision, p);
    }
  }
  Choice best;
  for (const Choice& c : allowed) {
    if (c.precision >= top_precision - kPrecisionSlack &&
        (c.recall > best.recall || (c.recall == best.recall && c.precision > best.precision))) {
      best = c;
    }
  }
  std::fprintf(stderr, "rules + model, cross-validated (drop below %.2f, add from %.2f):\n",
               best.drop, best.add);
  double p, r;
  Evaluate(examples, oof, totals, best.drop, best.add, &p, &r, true);
  std::fprintf(stderr, "mean recall %.3f -> %.3f, mean precision %.3f -> %.3f\n", base_r, r,
               base_p, p);

  std::vector<const Example*> all;
  for (const Example& e : examples) all.push_back(&e);
  Trainer final_model;
  final_model.Train(all, 7);
  FILE* f = std::fopen(out.c_str(), "w");
  if (f == nullptr) {
    std::fprintf(stderr, "cannot write %s\n", out.c_str());
    return 1;
  }
  std::fprintf(f,
               "# NameModel weights (redaction/name_model.h), written by bench/train_name_model.cc\n"
               "# from the train splits of MEDDOCAN and WNUT17 and the even halves of Europeana\n"
               "# and presidio (see SOURCES.md). Lines: feature index<TAB>weight.\n"
               "drop_threshold\t%.2f\nadd_threshold\t%.2f\n",
               best.drop, best.add);
  long written = 0;
  const std::vector<float>& w = final_model.weights();
  for (size_t i = 0; i < w.size(); ++i) {
    if (std::fabs(w[i]) < 1e-3f) continue;
    std::fprintf(f, "%zu\t%.3g\n", i, w[i]);
    ++written;
  }
  std::fclose(f);
  std::fprintf(stderr, "wrote %ld weights to %s\n", written, out.c_str());
  return 0;
}
