// train_name_tagger trains NameTagger (redaction/name_tagger.h), the token
// tagger that adds person-name words the rules and the name model missed,
// measures how well it generalizes, and writes its weights file.
//
// Training data: the TRAIN side of the shared labeled data only: MEDDOCAN
// train, WNUT17 train, and the even-numbered documents of Europeana and
// presidio. The detector (rules and model, no tagger) runs over every
// document; each word the tagger may judge (NameTagger::MayTag) and each
// word the detector flagged becomes an example, labeled 1 if a gold person
// span overlaps it. On MEDDOCAN and
// WNUT17 train the rules run without the word lists learned from those
// very texts, as they would on unseen text.
//
// Generalization is measured before anything is written: each set is cut in
// two halves by document (A: even, B: odd), the tagger is trained on A and
// scored on B and the other way round, and person-token recall and
// precision are printed for the detector alone, the detector with the
// tagger's additions at each threshold, and the additions alone. The
// threshold is chosen on these cross-validated figures (the one with the
// best mean recall gain whose additions cost no set more than
// kPrecisionLoss of precision and kPlaceLoss of its place tokens kept); the
// final tagger is trained on both halves.
//
// Logistic regression on hashed features (AdaGrad, kEpochs shuffled passes
// with a fixed seed); an averaged perceptron is kept for comparison.
//
// Usage: train_name_tagger [--out redaction/data/name_tagger.tsv] [--cv-only] [--show N]
//                          [--no-flagged] [--perceptron] [shared-data-dir]
// --show N: N cross-validated false additions and misses, with context
// (train text only). --no-flagged: train only on the words the detector
// left, which the tagger judges (by default the words it flagged are
// examples too: they teach what names look like). --perceptron: an
// averaged perceptron instead of logistic regression. Both alternatives
// gave a smaller cross-validated gain (docs/redaction-evaluation.md).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/labeled_data.h"
#include "redaction/name_detector.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/place_gazetteer_index.h"
#include "redaction/name_detector_text.h"
#include "redaction/name_tagger.h"

using namespace amparo::redaction;
using namespace amparo::bench;

namespace {

struct Example {
  std::vector<uint32_t> features;
  bool person = false;
  bool place = false;    // a gold place token
  bool flagged = false;  // inside a finding of the detector: for training only
  size_t begin = 0, end = 0;
  const Document* doc = nullptr;
  int set = 0;
  int half = 0;
};

// Person-token counts of the detector without the tagger, per set and half.
struct Counts {
  long gold = 0;     // gold person word tokens
  long chosen = 0;   // word tokens inside a finding
  long hit = 0;      // both
  long missed_candidates = 0;  // gold tokens the detector missed that the tagger may judge
  long places = 0;   // gold place word tokens
};

// Why the tagger may not judge a person word the detector missed (roughly:
// the sentence start is guessed from the token before).
enum Reason { kHandle, kDigits, kFunctionWord, kPlace, kLowerNotListed, kOrdinaryUncased, kOther, kReasons };
const char* const kReasonNames[] = {
    "part of a handle or hashtag", "has digits", "function, cue or title word", "a place name",
    "lower case, in no name list", "ordinary word, lower case or sentence start", "other (hyphen, apostrophe, blocked)"};

constexpr int kEpochs = 8;
constexpr float kPrune = 0.01f;
// The additions may cost a set at most this much person-token precision,
// and this much of its place tokens kept.
constexpr double kPrecisionLoss = 0.01;
constexpr double kPlaceLoss = 0.002;

class Perceptron {
 public:
  Perceptron() : w_(size_t{1} << NameTagger::kBits, 0), total_(w_.size(), 0), stamp_(w_.size(), 0) {}

  void Train(std::vector<const Example*> examples, uint32_t seed) {
    std::mt19937 rng(seed);
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
      std::shuffle(examples.begin(), examples.end(), rng);
      for (const Example* e : examples) {
        ++clock_;
        const double s = Raw(*e);
        const int y = e->person ? 1 : -1;
        // Margin perceptron: an update also when the margin is thin.
        if (y * s > 1.0) continue;
        for (uint32_t i : e->features) Update(i, y);
      }
    }
    Average();
  }
  // Logistic regression with AdaGrad instead (--logistic), for comparison.
  void TrainLogistic(std::vector<const Example*> examples, uint32_t seed) {
    std::mt19937 rng(seed);
    std::vector<double> g(w_.size(), 0);
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
      std::shuffle(examples.begin(), examples.end(), rng);
      for (const Example* e : examples) {
        const double p = 1.0 / (1.0 + std::exp(-Raw(*e)));
        const double grad = p - (e->person ? 1.0 : 0.0);
        for (uint32_t i : e->features) {
          const double gi = grad + 1e-6 * w_[i];
          g[i] += gi * gi;
          w_[i] -= 0.2 * gi / std::sqrt(g[i] + 1e-8);
        }
      }
    }
    averaged_.assign(w_.begin(), w_.end());
  }

 private:
  void Average() {
    ++clock_;
    averaged_.assign(w_.size(), 0);
    for (size_t i = 0; i < w_.size(); ++i) {
      total_[i] += w_[i] * static_cast<double>(clock_ - stamp_[i]);
      stamp_[i] = clock_;
      averaged_[i] = static_cast<float>(total_[i] / clock_);
    }
  }

 public:
  // Zeroes the weights below kPrune of the largest in magnitude (the
  // shipped file keeps only the others), so cross-validation scores what
  // ships.
  void Prune() {
    float top = 0;
    for (float x : averaged_) top = std::max(top, std::fabs(x));
    for (float& x : averaged_) {
      if (std::fabs(x) < kPrune * top) x = 0;
    }
  }
  float Score(const Example& e) const {
    float s = 0;
    for (uint32_t i : e.features) s += averaged_[i];
    return s;
  }
  const std::vector<float>& weights() const { return averaged_; }

 private:
  double Raw(const Example& e) const {
    double s = 0;
    for (uint32_t i : e.features) s += w_[i];
    return s;
  }
  void Update(uint32_t i, int y) {
    total_[i] += w_[i] * static_cast<double>(clock_ - stamp_[i]);
    stamp_[i] = clock_;
    w_[i] += y;
  }
  std::vector<double> w_, total_;
  std::vector<long> stamp_;
  std::vector<float> averaged_;
  long clock_ = 0;
};

struct Row {
  double recall = 0, precision = 0;
  double add_precision = 0;  // of the additions alone
  double residual_recall = 0;  // share of the detector's missed person tokens the additions found
  long added = 0;
  long places = 0;  // additions that are gold place tokens
  double place_loss = 0;  // their share of the set's place tokens
};

Row Measure(const Counts& c, long added, long added_hits) {
  Row r;
  r.recall = c.gold ? static_cast<double>(c.hit + added_hits) / c.gold : 0;
  r.precision = c.chosen + added ? static_cast<double>(c.hit + added_hits) / (c.chosen + added) : 0;
  r.add_precision = added ? static_cast<double>(added_hits) / added : 0;
  r.residual_recall = c.gold - c.hit ? static_cast<double>(added_hits) / (c.gold - c.hit) : 0;
  r.added = added;
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, out = std::string(AMPARO_SOURCE_DIR) + "/redaction/data/name_tagger.tsv";
  bool cv_only = false;
  int show = 0;
  bool logistic = true;
  bool train_on_flagged = true;  // the words the detector flagged are examples too
  if (const char* env = std::getenv("AMPARO_SHARED_DATA")) dir = env;
  if (dir.empty()) dir = AMPARO_SHARED_DATA;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) out = argv[++i];
    else if (a == "--cv-only") cv_only = true;
    else if (a == "--show" && i + 1 < argc) show = std::atoi(argv[++i]);
    else if (a == "--no-flagged") train_on_flagged = false;
    else if (a == "--perceptron") logistic = false;
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
  sets.push_back(Half(LoadBio(root / "europeana-fr" / "enp_FR.bnf.dev.bio",
                              "Europeana (fr, 1906 news, OCR)", "fr", false, 300),
                      0, "even half"));
  sets.push_back(Half(LoadPresidio(root / "presidio-research-synth" / "synth_dataset_v2.json"), 0,
                      "even half"));

  std::vector<Example> examples;
  std::unordered_map<size_t, size_t> doc_examples;  // word begin -> example, this document
  std::vector<std::array<Counts, 2>> counts(sets.size());
  const Document* doc = nullptr;
  int set_index = 0, half = 0;
  std::string error;
  auto observe = [&](const NameWindow& w, size_t begin, size_t end) {
    Example e;
    NameTagger::Features(w, &e.features);
    e.set = set_index;
    e.half = half;
    e.begin = begin;
    e.end = end;
    e.doc = doc;
    for (const GoldSpan& g : doc->gold) {
      if (g.label == Label::kPerson && g.begin < end && begin < g.end) e.person = true;
      if (g.label == Label::kPlace && g.begin < end && begin < g.end) e.place = true;
    }
    // A window read twice (a long text's second reading) keeps its last example.
    auto [it, fresh] = doc_examples.emplace(begin, examples.size());
    if (fresh) examples.push_back(std::move(e));
    else examples[it->second] = std::move(e);
  };
  auto with_lists = NameDetector::CreateWithoutTagger(observe, true, &error);
  auto without_lists = NameDetector::CreateWithoutTagger(observe, false, &error);
  if (!with_lists || !without_lists) {
    std::fprintf(stderr, "name detector: %s\n", error.c_str());
    return 1;
  }
  const bool lists_learned_from[] = {true, true, false, false};  // per set, in order
  const NameLexicon* lexicon = NameLexicon::Default(&error, false);
  const PlaceIndex* places = DefaultPlaceIndex(&error);
  if (lexicon == nullptr || places == nullptr) {
    std::fprintf(stderr, "lexicon: %s\n", error.c_str());
    return 1;
  }
  std::vector<std::array<long, kReasons>> reasons(sets.size());
  text::Tokens tk;
  for (const DataSet& set : sets) {
    for (size_t d = 0; d < set.docs.size(); ++d) {
      doc = &set.docs[d];
      half = static_cast<int>(d % 2);
      doc_examples.clear();
      const size_t first_example = examples.size();
      const std::vector<Finding> found =
          (lists_learned_from[set_index] ? without_lists : with_lists)->Find(doc->text, set.language);
      Counts& c = counts[set_index][half];
      text::Tokenize(doc->text, &tk);
      std::vector<bool> missed_person_at;  // by example: unused
      for (const text::Token& tok : tk.tokens) {
        if (!tok.word) continue;
        bool gold = false, chosen = false;
        for (const GoldSpan& g : doc->gold) {
          if (g.label == Label::kPerson && g.begin < tok.end && tok.begin < g.end) gold = true;
        }
        for (const Finding& f : found) {
          if (f.begin < tok.end && tok.begin < f.end) chosen = true;
        }
        for (const GoldSpan& g : doc->gold) {
          if (g.label == Label::kPlace && g.begin < tok.end && tok.begin < g.end) {
            ++c.places;
            break;
          }
        }
        c.gold += gold;
        c.chosen += chosen;
        c.hit += gold && chosen;
        if (gold && !chosen && doc_examples.count(tok.begin)) ++c.missed_candidates;
        if (gold && !chosen && !doc_examples.count(tok.begin)) {
          const size_t k = static_cast<size_t>(&tok - tk.tokens.data());
          const text::Token* before = k > 0 ? &tk.tokens[k - 1] : nullptr;
          const std::string_view folded = tk.Folded(tok);
          const uint32_t flags = lexicon->Flags(folded);
          const bool start = before == nullptr || tok.newline_before ||
                             (!before->word && (before->first == '.' || before->first == '!' ||
                                                before->first == '?' || before->first == ':'));
          Reason r = kOther;
          if (before != nullptr && !before->word && !tok.space_before &&
              (before->first == '@' || before->first == '#' || before->first == '_')) {
            r = kHandle;
          } else if (tok.has_digit) {
            r = kDigits;
          } else if (flags & (kStopWord | kConnector | kMonth | kTitle | kNameCue | kKinCue | kSpeechCue |
                              kPlacePrep | kOrgWord | kEponymCue | kOrgSuffix | kInstitution | kHonorific |
                              kRoleCue | kEponymWord | kPlaceSuffix | kVesselCue | kDemonym)) {
            r = kFunctionWord;
          } else if (places->Lookup(folded) != nullptr) {
            r = kPlace;
          } else if (!tok.capitalized && !(flags & (kGivenName | kSurname))) {
            r = kLowerNotListed;
          } else if ((!tok.capitalized || start) &&
                     (lexicon->IsDictionaryWord(folded) || (flags & (kCommonWord | kCommonName)))) {
            r = kOrdinaryUncased;
          }
          ++reasons[set_index][r];
        }
      }
      for (size_t k = first_example; k < examples.size(); ++k) {
        for (const Finding& f : found) {
          if (f.begin <= examples[k].begin && examples[k].begin < f.end) examples[k].flagged = true;
        }
      }
    }
    ++set_index;
  }
  std::fprintf(stderr, "%zu candidate words\n", examples.size());
  for (size_t s = 0; s < sets.size(); ++s) {
    const Counts a = counts[s][0], b = counts[s][1];
    std::fprintf(stderr, "  %-45s gold %ld, missed %ld, of which the tagger may judge %ld\n",
                 sets[s].name.c_str(), a.gold + b.gold, a.gold + b.gold - a.hit - b.hit,
                 a.missed_candidates + b.missed_candidates);
    for (int r = 0; r < kReasons; ++r) {
      if (reasons[s][r] > 0) std::fprintf(stderr, "      may not judge, %s: %ld\n", kReasonNames[r], reasons[s][r]);
    }
  }

  // Two-fold cross-validation by document: train on one half, score the other.
  std::vector<float> oof(examples.size());
  for (int h = 0; h < 2; ++h) {
    std::vector<const Example*> train;
    for (const Example& e : examples) {
      if (e.half != h && (train_on_flagged || !e.flagged)) train.push_back(&e);
    }
    Perceptron p;
    if (logistic) p.TrainLogistic(train, 11 + h);
    else p.Train(train, 11 + h);
    p.Prune();
    for (size_t k = 0; k < examples.size(); ++k) {
      if (examples[k].half == h) oof[k] = p.Score(examples[k]);
    }
  }

  // The same threshold on both halves: figures for A (trained on B), B
  // (trained on A) and both.
  auto evaluate = [&](float threshold, int which_half, std::vector<Row>* rows) {
    rows->clear();
    for (size_t s = 0; s < sets.size(); ++s) {
      Counts c;
      long added = 0, hits = 0, places = 0;
      for (int h = 0; h < 2; ++h) {
        if (which_half >= 0 && h != which_half) continue;
        c.gold += counts[s][h].gold;
        c.chosen += counts[s][h].chosen;
        c.hit += counts[s][h].hit;
        c.places += counts[s][h].places;
      }
      for (size_t k = 0; k < examples.size(); ++k) {
        const Example& e = examples[k];
        if (e.flagged || e.set != static_cast<int>(s) || (which_half >= 0 && e.half != which_half)) continue;
        if (oof[k] >= threshold) {
          ++added;
          hits += e.person;
          places += e.place;
        }
      }
      rows->push_back(Measure(c, added, hits));
      rows->back().places = places;
      rows->back().place_loss = c.places ? static_cast<double>(places) / c.places : 0;
    }
  };
  std::vector<Row> base, rows;
  evaluate(1e30f, -1, &base);
  std::fprintf(stderr, "\ncross-validated (2 halves by document), person tokens, both halves:\n");
  std::fprintf(stderr, "%9s", "threshold");
  for (const DataSet& set : sets) std::fprintf(stderr, " | %-30.30s", set.name.c_str());
  std::fprintf(stderr, "\n%9s", "none");
  for (const Row& r : base) std::fprintf(stderr, " | R %.3f P %.3f %13s", r.recall, r.precision, "");
  std::fprintf(stderr, "\n");
  float chosen_threshold = 1e30f;
  double best_gain = 0;
  // Thresholds at the scores of the k-th best example, k = 5, 10, 20...
  std::vector<float> sorted = oof;
  for (size_t k = 0; k < oof.size(); ++k) {
    if (examples[k].flagged) sorted[k] = -1e30f;
  }
  std::sort(sorted.rbegin(), sorted.rend());
  std::vector<float> thresholds;
  for (size_t k = 5; k < sorted.size() && k <= 20000; k = k * 3 / 2) thresholds.push_back(sorted[k - 1]);
  std::reverse(thresholds.begin(), thresholds.end());
  for (float t : thresholds) {
    evaluate(t, -1, &rows);
    std::fprintf(stderr, "%9.2f", t);
    bool ok = true;
    double gain = 0;
    for (size_t s = 0; s < rows.size(); ++s) {
      std::fprintf(stderr, " | R %.3f P %.3f +%-4ld a%.2f p%-3ld", rows[s].recall, rows[s].precision,
                   rows[s].added, rows[s].add_precision, rows[s].places);
      ok = ok && rows[s].precision >= base[s].precision - kPrecisionLoss &&
           rows[s].place_loss <= kPlaceLoss;
      gain += (rows[s].recall - base[s].recall) / rows.size();
    }
    std::fprintf(stderr, "%s\n", ok ? "" : "  (precision or places)");
    if (ok && gain > best_gain + 1e-9) {
      best_gain = gain;
      chosen_threshold = t;
    }
  }
  std::fprintf(stderr, "\nchosen threshold %.2f (mean recall gain %.4f); per half:\n", chosen_threshold,
               best_gain);
  for (int h = 0; h < 2; ++h) {
    std::vector<Row> b;
    evaluate(1e30f, h, &b);
    evaluate(chosen_threshold, h, &rows);
    for (size_t s = 0; s < rows.size(); ++s) {
      std::fprintf(stderr,
                   "  half %c %-45s recall %.3f -> %.3f precision %.3f -> %.3f | additions: %ld, "
                   "precision %.3f, share of missed found %.3f, place tokens %ld\n",
                   h ? 'B' : 'A', sets[s].name.c_str(), b[s].recall, rows[s].recall, b[s].precision,
                   rows[s].precision, rows[s].added, rows[s].add_precision, rows[s].residual_recall,
                   rows[s].places);
    }
  }
  if (show > 0) {  // train data only: the cross-validated decisions near the threshold
    auto context = [](const Example& e) {
      const std::string& t = e.doc->text;
      const size_t from = e.begin > 40 ? e.begin - 40 : 0;
      std::string s = t.substr(from, e.begin - from) + "[[" + t.substr(e.begin, e.end - e.begin) + "]]" +
                      t.substr(e.end, std::min<size_t>(40, t.size() - e.end));
      for (char& c : s) c = c == '\n' ? ' ' : c;
      return s;
    };
    for (int kind = 0; kind < 3; ++kind) {
      std::fprintf(stderr, "\n%s:\n", kind == 2   ? "place words added"
                                       : kind == 1 ? "missed person words the tagger may judge"
                                                   : "false additions");
      int shown = 0;
      for (size_t k = 0; k < examples.size() && shown < show; ++k) {
        const Example& e = examples[k];
        if (e.flagged) continue;
        const bool added = oof[k] >= chosen_threshold;
        if (kind == 2 ? (added && e.place) : kind == 0 ? (added && !e.person) : (!added && e.person)) {
          std::fprintf(stderr, "  %d %7.2f %s\n", e.set, oof[k], context(e).c_str());
          ++shown;
        }
      }
    }
  }
  if (cv_only) return 0;

  std::vector<const Example*> all;
  for (const Example& e : examples) {
    if (train_on_flagged || !e.flagged) all.push_back(&e);
  }
  Perceptron final_tagger;
  if (logistic) final_tagger.TrainLogistic(all, 7);
  else final_tagger.Train(all, 7);
  final_tagger.Prune();
  const std::vector<float>& w = final_tagger.weights();
  float top = 0;
  for (float x : w) top = std::max(top, std::fabs(x));
  // Weights are written scaled to at most 100 in magnitude (the tagger keeps
  // them in 16 bits); the threshold is scaled with them.
  const float scale = top > 0 ? 100.0f / top : 1.0f;
  FILE* f = std::fopen(out.c_str(), "w");
  if (f == nullptr) {
    std::fprintf(stderr, "cannot write %s\n", out.c_str());
    return 1;
  }
  std::fprintf(f,
               "# NameTagger weights (redaction/name_tagger.h), written by bench/train_name_tagger.cc\n"
               "# from the train splits of MEDDOCAN and WNUT17 and the even halves of Europeana\n"
               "# and presidio (see SOURCES.md). Lines: feature index<TAB>weight.\n"
               "threshold\t%.3f\n",
               chosen_threshold * scale);
  long written = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == 0) continue;
    std::fprintf(f, "%zu\t%.1f\n", i, w[i] * scale);
    ++written;
  }
  std::fclose(f);
  std::fprintf(stderr, "wrote %ld weights to %s\n", written, out.c_str());
  return 0;
}
