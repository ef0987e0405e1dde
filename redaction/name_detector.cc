#include "redaction/name_detector.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer_index.h"

namespace amparo::redaction {
namespace {

using text::Token;

// How much a capitalized word on its own looks like part of a person's name.
enum Evidence : int8_t {
  kBlocked = -1,   // month, title, institution word: never a name token
  kWord = 0,       // an ordinary word
  kAmbiguous = 1,  // a name that is also an ordinary word (Rosa, Blanco, Will)
  kUnknown = 2,    // in no list: foreign words, brands... and rare names
  kStrong = 3,     // a given name or surname that is no ordinary word
};

bool IsSentenceEnd(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026 || c == ';' || c == '|';
}

bool IsJoiner(char32_t c) { return c == '-' || c == '\'' || c == 0x2019 || c == 0x2010; }

class GazetteerNameDetector final : public NameDetector {
 public:
  GazetteerNameDetector(const NameLexicon* lexicon, const PlaceIndex* places)
      : lexicon_(lexicon), places_(places) {}

  std::vector<Finding> Find(std::string_view text, std::string_view language) const override;

 private:
  const NameLexicon* lexicon_;
  const PlaceIndex* places_;
};

// Per-call working state; one pass builds it, the next passes read it.
struct TokenInfo {
  uint32_t flags = 0;
  uint8_t place = 0;  // 1: inside a multi-word place, 2: a one-word place
  bool sentence_start = false;
  bool name_shape = false;  // capitalized word with letters, no digits
  Evidence evidence = kWord;
  float score = 0;  // > 0: flagged as part of a name, with this confidence
  int run = -1;     // index of the capitalized run holding the token
};

bool NameShape(const Token& t) {
  return t.word && t.has_letter && !t.has_digit && t.capitalized;
}

}  // namespace

std::vector<Finding> GazetteerNameDetector::Find(std::string_view text,
                                                 std::string_view /*language*/) const {
  text::Tokens tk;
  text::Tokenize(text, &tk);
  const std::vector<Token>& ts = tk.tokens;
  const size_t n = ts.size();
  std::vector<TokenInfo> info(n);

  // Pass 1: lexicon flags, places, sentence starts.
  bool at_start = true;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = ts[i];
    TokenInfo& in = info[i];
    if (t.newline_before) at_start = true;
    if (!t.word) {
      if (IsSentenceEnd(t.first)) at_start = true;
      continue;
    }
    in.sentence_start = at_start;
    at_start = false;
    in.flags = lexicon_->Flags(tk.Folded(t));
    in.name_shape = NameShape(t);
  }
  for (size_t i = 0; i < n;) {
    if (!ts[i].word || !(ts[i].capitalized || ts[i].has_digit)) {
      ++i;
      continue;
    }
    const PlaceEntry* entry = nullptr;
    size_t end = places_->MatchAt(tk, i, &entry);
    if (end == i) {
      ++i;
      continue;
    }
    const bool one_word = end == i + 1;
    for (size_t k = i; k < end; ++k) info[k].place = one_word ? 2 : 1;
    i = end;
  }

  // Evidence of each capitalized word on its own.
  for (size_t i = 0; i < n; ++i) {
    TokenInfo& in = info[i];
    if (!in.name_shape) continue;
    const uint32_t f = in.flags;
    const bool name = f & (kGivenName | kSurname | kNameWord);
    const bool common = f & (kCommonWord | kStopWord | kNotNameWord | kConnector);
    if (f & (kMonth | kTitle | kOrgWord)) {
      in.evidence = kBlocked;
    } else if (name) {
      in.evidence = common ? kAmbiguous : kStrong;
    } else if (common) {
      in.evidence = kWord;
    } else {
      in.evidence = ts[i].all_caps ? kWord : kUnknown;  // acronyms
    }
  }

  // Pass 2: runs of capitalized words (joined by spaces, hyphens,
  // apostrophes and name particles) and the cues around them.
  struct Run {
    std::vector<size_t> words;  // name-shaped tokens, in order
    size_t first = 0, last = 0; // token range, inclusive
  };
  std::vector<Run> runs;
  for (size_t i = 0; i < n;) {
    if (!info[i].name_shape) {
      ++i;
      continue;
    }
    Run run;
    run.first = i;
    run.words.push_back(i);
    size_t j = i;
    while (true) {
      size_t k = j + 1;
      if (k >= n) break;
      if (ts[k].newline_before) break;
      if (ts[k].word && info[k].name_shape && ts[k].space_before) {
        run.words.push_back(k);
        j = k;
        continue;
      }
      if (!ts[k].word && IsJoiner(ts[k].first) && !ts[k].space_before && k + 1 < n &&
          info[k + 1].name_shape && !ts[k + 1].space_before) {
        run.words.push_back(k + 1);
        j = k + 1;
        continue;
      }
      // Lower-case particles: "María de los Ángeles", "Ludwig van Beethoven".
      size_t m = k;
      while (m < n && m < k + 2 && ts[m].word && !ts[m].capitalized &&
             (info[m].flags & kConnector) && ts[m].space_before && !ts[m].newline_before) {
        ++m;
      }
      if (m > k && m < n && info[m].name_shape && ts[m].space_before && !ts[m].newline_before &&
          info[m].evidence >= kAmbiguous) {
        run.words.push_back(m);
        j = m;
        continue;
      }
      break;
    }
    run.last = j;
    runs.push_back(std::move(run));
    i = j + 1;
  }

  auto prev_word = [&](size_t i) -> long {  // previous word token, skipping '.' ',' ':'
    for (long k = static_cast<long>(i) - 1; k >= 0; --k) {
      if (ts[k].word) return k;
      char32_t c = ts[k].first;
      if (c != '.' && c != ',' && c != ':' && c != '\'' && c != 0x2019 && c != '"' &&
          c != 0x201C && c != 0xAB) {
        return -1;
      }
    }
    return -1;
  };

  for (size_t r = 0; r < runs.size(); ++r) {
    Run& run = runs[r];
    // Context before the run.
    bool strong_cue = false, medium_cue = false, place_prep = false;
    long p = prev_word(run.first);
    if (p >= 0) {
      uint32_t pf = info[p].flags;
      // "my name is X", "mi nombre es X", "il s'appelle X": skip the copula.
      std::string_view pw = tk.Folded(ts[p]);
      if ((pw == "is" || pw == "es" || pw == "est" || pw == "was" || pw == "era" || pw == "se") &&
          p > 0) {
        long q = prev_word(static_cast<size_t>(p));
        if (q >= 0 && (info[q].flags & kNameCue)) pf |= kNameCue;
      }
      if (pf & (kTitle | kNameCue)) strong_cue = true;
      if (pf & (kKinCue | kSpeechCue)) medium_cue = true;
      if ((pf & kPlacePrep) && !ts[p].capitalized) place_prep = true;
    }
    // Context after: "X dijo", "X, 42 años", "X, a 42-year-old", "X (42)".
    size_t a = run.last + 1;
    if (a < n) {
      if (ts[a].word && (info[a].flags & kSpeechCue)) medium_cue = true;
      if (!ts[a].word && (ts[a].first == ',' || ts[a].first == '(')) {
        size_t b = a + 1;
        if (b < n && ts[b].word && !ts[b].has_digit &&
            (info[b].flags & (kStopWord | kSpeechCue)) && tk.Folded(ts[b]).size() <= 3) {
          if (info[b].flags & kSpeechCue) medium_cue = true;
          ++b;
        }
        if (b < n && ts[b].word && ts[b].has_digit && !ts[b].has_letter && ts[b].end - ts[b].begin <= 3) {
          medium_cue = true;
        }
      }
    }

    // Evidence inside the run.
    int strong = 0, nameish = 0;
    for (size_t w : run.words) {
      const TokenInfo& in = info[w];
      if (in.place == 1) continue;
      if (in.evidence == kStrong && in.place == 0) ++strong;
      if (in.evidence >= kAmbiguous) ++nameish;
    }

    bool cued_by_title = strong_cue;
    for (size_t idx = 0; idx < run.words.size(); ++idx) {
      size_t w = run.words[idx];
      TokenInfo& in = info[w];
      in.run = static_cast<int>(r);
      if (in.flags & kTitle) {  // "Señor Pérez", "Doña Rosa" in one run
        cued_by_title = true;
        continue;
      }
      if (in.evidence == kBlocked || in.place == 1) continue;
      const bool first = idx == 0;
      float score = 0;
      if (cued_by_title) {
        if (in.evidence >= kWord && !(in.flags & kStopWord)) score = 0.95f;
      } else if (in.place == 2) {
        // A one-word place ("Guerrero", "Juárez") is a surname only next to
        // a name that is no place.
        if (strong > 0 && !place_prep && in.evidence >= kAmbiguous) score = 0.7f;
      } else if (first && in.sentence_start) {
        switch (in.evidence) {
          case kStrong: score = 0.9f; break;
          case kUnknown: score = (nameish >= 2 || medium_cue) ? 0.7f : 0.5f; break;
          case kAmbiguous: score = (strong > 0 || medium_cue) ? 0.7f : 0; break;
          default: break;
        }
      } else {
        switch (in.evidence) {
          case kStrong: score = 0.9f; break;
          case kUnknown: score = (place_prep && nameish < 2) ? 0 : 0.6f; break;
          case kAmbiguous: score = (place_prep && strong == 0) ? 0 : 0.7f; break;
          default: break;
        }
        if (in.evidence == kWord && medium_cue && nameish > 0) score = 0;
      }
      in.score = score;
    }
    // A capitalized particle between or before flagged words: "De Miguel Rivera".
    for (size_t idx = 0; idx + 1 < run.words.size(); ++idx) {
      TokenInfo& in = info[run.words[idx]];
      if ((in.flags & kConnector) && in.score <= 0 && info[run.words[idx + 1]].score > 0 &&
          (idx == 0 || info[run.words[idx - 1]].score > 0 || in.sentence_start == false)) {
        in.score = info[run.words[idx + 1]].score;
      }
    }
  }

  // Pass 3: a word flagged once is flagged wherever it is capitalized
  // ("Widline llegó..." after "me llamo Widline").
  std::unordered_map<std::string_view, float> seen;
  for (size_t i = 0; i < n; ++i) {
    if (info[i].score > 0 && info[i].evidence != kWord) {
      float& s = seen[tk.Folded(ts[i])];
      s = std::max(s, info[i].score);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    TokenInfo& in = info[i];
    if (in.score > 0 || !in.name_shape || in.evidence == kBlocked || in.place == 1) continue;
    auto it = seen.find(tk.Folded(ts[i]));
    if (it != seen.end() && it->second >= 0.6f) in.score = std::min(it->second, 0.8f);
  }

  // Pass 4: spans of consecutive flagged words of one run.
  std::vector<Finding> out;
  std::unordered_map<std::string, int> groups;
  std::string key;
  for (size_t i = 0; i < n;) {
    if (info[i].score <= 0) {
      ++i;
      continue;
    }
    size_t last = i;
    float conf = info[i].score;
    const int run = info[i].run;
    if (run >= 0) {
      const auto& words = runs[run].words;
      auto pos = std::find(words.begin(), words.end(), i);
      for (++pos; pos != words.end() && info[*pos].score > 0; ++pos) {
        last = *pos;
        conf = std::max(conf, info[*pos].score);
      }
    }
    key.clear();
    for (size_t k = i; k <= last; ++k) {
      if (!ts[k].word || (info[k].flags & kConnector)) continue;
      if (!key.empty()) key.push_back(' ');
      key.append(tk.Folded(ts[k]));
    }
    auto [it, inserted] = groups.emplace(key, static_cast<int>(groups.size()));
    Finding f;
    f.begin = ts[i].begin;
    f.end = ts[last].end;
    f.type = IdentifierType::kPersonName;
    f.detector = "names";
    f.confidence = conf;
    f.person_group = it->second;
    out.push_back(f);
    i = last + 1;
  }
  // A one-word mention joins the group of the only longer name holding it.
  std::unordered_map<std::string_view, int> word_group;  // -2: several
  for (const auto& [k, g] : groups) {
    if (k.find(' ') == std::string::npos) continue;
    std::string_view rest = k;
    while (!rest.empty()) {
      size_t sp = rest.find(' ');
      auto [it, inserted] = word_group.emplace(rest.substr(0, sp), g);
      if (!inserted && it->second != g) it->second = -2;
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
  }
  for (Finding& f : out) {
    std::string_view span = text.substr(f.begin, f.end - f.begin);
    if (span.find(' ') != std::string_view::npos) continue;
    auto it = word_group.find(text::Fold(span));
    if (it != word_group.end() && it->second >= 0) f.person_group = it->second;
  }
  return out;
}

std::unique_ptr<NameDetector> NameDetector::Create(std::string* error) {
  static std::string load_error;
  static const NameLexicon* lexicon = [] {
    auto* lex = new NameLexicon;
    if (!lex->LoadEmbedded(&load_error)) {
      delete lex;
      return static_cast<NameLexicon*>(nullptr);
    }
    return lex;
  }();
  if (lexicon == nullptr) {
    if (error != nullptr) *error = load_error;
    return nullptr;
  }
  const PlaceIndex* places = DefaultPlaceIndex(error);
  if (places == nullptr) return nullptr;
  return std::make_unique<GazetteerNameDetector>(lexicon, places);
}

}  // namespace amparo::redaction
