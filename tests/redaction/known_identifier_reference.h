// The known-identifier matcher as it was before KeyMatcher: one RE2
// alternation of every name variant per testimony (plus one per e-mail,
// case code or other string, and one pass of all of them on long texts).
// Kept only as the reference that tests/redaction/key_matcher_diff_test.cc
// holds KnownIdentifierDetector to: same findings, span for span. NameKey()
// is the detector's current one (’ read as an apostrophe, a later fix).
#ifndef AMPARO_TESTS_REDACTION_KNOWN_IDENTIFIER_REFERENCE_H_
#define AMPARO_TESTS_REDACTION_KNOWN_IDENTIFIER_REFERENCE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"
#include "redaction/redactor.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <functional>
#include <mutex>
#include <map>
#include <set>

#include "redaction/diminutives.h"
#include "redaction/pattern_rules.h"
#include "redaction/text_utf8.h"
#include "redaction/validators.h"

namespace amparo::redaction::reference {
namespace {

constexpr const char* kDetector = "known";

std::string AccentInsensitivePattern(std::string_view folded);

// Name key: folded, hyphens and apostrophes (' and ’) as spaces
// ("Jean-Baptiste" == "jean baptiste", "O’Brien" == "o brien").
std::string NameKey(std::string_view s) {
  const std::string folded = FoldText(s);
  std::string out;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (folded.compare(i, 3, "\u2019") == 0) {
      c = '\'';
      i += 2;
    }
    if (c == '-' || c == '\'' ) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else if (c == ' ') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else if (c == '.' || c == ',') {
      continue;
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> SplitSpaces(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t next = s.find(' ', pos);
    if (next == std::string::npos) next = s.size();
    if (next > pos) out.push_back(s.substr(pos, next - pos));
    pos = next + 1;
  }
  return out;
}

bool IsParticle(const std::string& token) {
  static const std::set<std::string> kParticles = {
      "de", "del", "la", "las", "los", "y", "e", "i", "van", "von", "da", "di",
      "do", "dos", "das", "le", "du", "des", "st", "san", "santa", "mc", "jr", "sr"};
  return token.size() < 2 || kParticles.count(token) > 0;
}

// Given names and surnames that are also ordinary words: taken alone only
// when capitalized.
bool IsOrdinaryWord(const std::string& token) {
  static const std::set<std::string> kWords = {
      "paz", "luz", "cruz", "rosa", "flor", "sol", "mar", "blanca", "leal", "santos", "cielo",
      "rey", "reyes", "leon", "delgado", "moreno", "blanco", "rico", "bravo", "franco", "pastor",
      "angel", "angeles", "dolores", "amparo", "socorro", "consuelo", "esperanza", "soledad",
      "rocio", "mercedes", "pilar", "rosario", "gloria", "victoria", "caridad", "fe", "milagros",
      "campos", "castillo", "torres", "rios", "lagos", "montes", "vega", "nieves", "prado",
      "will", "mark", "bill", "grace", "hope", "joy", "rose", "may", "june", "faith", "guerra",
      "iglesias", "salud", "justo", "claro", "blanc", "petit", "vidal", "bueno", "calvo",
      "pena", "pino", "cabello", "mora", "serrano", "ramos", "aguilar", "lobo", "palma"};
  return kWords.count(token) > 0;
}

struct NameVariant {
  IdentifierType type;
  int group;
  float confidence;
  bool needs_capital;   // an ordinary word or a place: only when capitalized
  bool place;           // also not after "a", "en", "hacia"...
};

bool IsUpperAt(std::string_view text, size_t offset) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data() + offset);
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(std::min<size_t>(4, text.size() - offset)), c);
  return c >= 0 && u_isupper(c);
}

std::string LowerWordBefore(std::string_view text, size_t offset) {
  size_t end = offset;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t')) --end;
  size_t begin = end;
  while (begin > 0 && end - begin < 16 &&
         (std::isalpha(static_cast<unsigned char>(text[begin - 1])) ||
          static_cast<unsigned char>(text[begin - 1]) >= 0x80)) {
    --begin;
  }
  return FoldText(text.substr(begin, end - begin));
}

class ReferenceDetector {
 public:
  bool Init(const KnownIdentifiers& known, const PlaceGazetteer* places,
            std::string* error) {
    places_ = places;
    int group = 0;
    for (const std::string& name : known.survivor_names) {
      AddPerson(name, IdentifierType::kSurvivorName, group++);
    }
    for (const std::string& name : known.other_names) {
      AddPerson(name, IdentifierType::kPersonName, group++);
    }
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(32 << 20);
    const std::string pre = CompactClasses(R"re((?:^|[^\p{L}\p{M}\p{N}]))re");
    const std::string post = CompactClasses(R"re((?:[^\p{L}\p{M}\p{N}]|$))re");

    if (!variants_.empty()) {
      std::vector<std::string> keys;
      for (const auto& [key, v] : variants_) keys.push_back(key);
      // Longest first, so "juan perez" wins over "juan" at the same place.
      std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
      });
      std::string alternation;
      for (const std::string& k : keys) {
        if (!alternation.empty()) alternation += "|";
        alternation += AccentInsensitivePattern(k);
      }
      names_ = std::make_unique<RE2>("(?i)" + pre + "(" + alternation + ")" + post, options);
      if (!names_->ok()) {
        *error = "known names: " + names_->error();
        return false;
      }
    }

    std::string phones;
    for (const std::string& phone : known.phones) {
      std::string digits;
      for (char c : phone) {
        if (c >= '0' && c <= '9') digits.push_back(c);
      }
      if (digits.size() < 5) continue;
      std::string core = digits.size() > 8 ? digits.substr(digits.size() - 8) : digits;
      std::string alt = R"re(\+?(?:\d[\s.\-()]{0,2}){0,6})re";
      for (size_t i = 0; i < core.size(); ++i) {
        if (i > 0) alt += R"re([\s.\-()]{0,2})re";
        alt.push_back(core[i]);
      }
      if (!phones.empty()) phones += "|";
      phones += alt;
    }
    if (!phones.empty()) {
      phones_ = std::make_unique<RE2>(R"re((?:^|[^0-9+])()re" + phones + R"re()(?:[^0-9]|$))re",
                                      options);
      if (!phones_->ok()) {
        *error = "known phones: " + phones_->error();
        return false;
      }
    }

    std::vector<std::pair<std::string, IdentifierType>> literals;
    for (const std::string& email : known.emails) {
      if (!email.empty()) literals.push_back({RE2::QuoteMeta(email), IdentifierType::kEmail});
    }
    for (const std::string& code : known.case_codes) {
      std::string alnum = AlnumUpper(code);
      if (alnum.empty()) continue;
      std::string alt;
      for (size_t i = 0; i < alnum.size(); ++i) {
        if (i > 0) alt += R"re([\s\-_./]{0,2})re";
        alt += alnum[i] == '#' ? std::string("ñ") : std::string(1, alnum[i]);
      }
      literals.push_back({alt, IdentifierType::kIdNumber});
    }
    for (const std::string& other : known.other) {
      std::string key = NameKey(other);
      if (!key.empty()) literals.push_back({AccentInsensitivePattern(key), IdentifierType::kOther});
    }
    for (const auto& [pattern, type] : literals) {
      auto re = std::make_unique<RE2>("(?i)" + pre + "(" + pattern + ")" + post, options);
      if (!re->ok()) {
        *error = "known identifier: " + re->error();
        return false;
      }
      literals_.push_back({std::move(re), type});
    }
    return true;
  }

  std::vector<Finding> Find(std::string_view text) const {
    // One list per matcher, joined in matcher order before the sort, so the
    // order of equal spans does not depend on how the text was scanned.
    std::vector<Finding> names, phones;
    std::vector<std::vector<Finding>> literals(literals_.size());
    std::vector<Matcher> matchers;
    if (names_) {
      matchers.push_back({names_.get(), [&](size_t begin, size_t end) {
        auto it = variants_.find(NameKey(text.substr(begin, end - begin)));
        if (it == variants_.end()) return;
        const NameVariant& v = it->second;
        if (v.needs_capital && !IsUpperAt(text, begin)) return;
        if (v.place) {
          static const std::set<std::string> kMotion = {
              "a", "en", "hacia", "desde", "hasta", "para", "por", "de", "in", "to", "from",
              "at", "via", "through", "toward", "towards", "a", "au", "aux", "vers", "nan",
              "pou", "rive", "llegamos", "llegue", "sali", "salimos", "cruzamos"};
          if (kMotion.count(LowerWordBefore(text, begin)) > 0) return;
        }
        Push(&names, begin, end, v.type, v.group, v.confidence);
      }});
    }
    if (phones_) {
      matchers.push_back({phones_.get(), [&](size_t begin, size_t end) {
        Push(&phones, begin, end, IdentifierType::kPhone, -1, 1.0f);
      }});
    }
    for (size_t k = 0; k < literals_.size(); ++k) {
      matchers.push_back({literals_[k].re.get(), [&, k](size_t begin, size_t end) {
        Push(&literals[k], begin, end, literals_[k].type, -1, 1.0f);
      }});
    }
    const RE2* any = text.size() >= kScanAllBytes && matchers.size() > 1 ? AnyMatcher() : nullptr;
    if (any != nullptr) {
      ScanAll(*any, matchers, text);
    } else {
      for (Matcher& m : matchers) Scan(*m.re, text, m.on_match);
    }
    std::vector<Finding> out = std::move(names);
    out.insert(out.end(), phones.begin(), phones.end());
    for (const auto& found : literals) out.insert(out.end(), found.begin(), found.end());
    std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    return out;
  }

 private:
  struct Literal {
    std::unique_ptr<RE2> re;
    IdentifierType type;
  };

  // From this size on, one pass of the alternation of all matchers (see
  // ScanAll()) is worth compiling it (about as long as a pass over 1 MB:
  // a 4 KB testimony with new identifiers would pay more than it saves).
  static constexpr size_t kScanAllBytes = 256 << 10;

  // The alternation of all matchers, or null if it cannot be compiled
  // (then each matcher scans the text alone, which finds the same).
  const RE2* AnyMatcher() const {
    std::call_once(any_once_, [this] {
      std::string combined;
      for (const RE2* re : {names_.get(), phones_.get()}) {
        if (re == nullptr) continue;
        if (!combined.empty()) combined += "|";
        combined += "(?:" + re->pattern() + ")";  // (?i) stays inside its group
      }
      for (const Literal& lit : literals_) combined += "|(?:" + lit.re->pattern() + ")";
      RE2::Options options;
      options.set_log_errors(false);
      options.set_max_mem(64 << 20);
      options.set_never_capture(true);
      any_ = std::make_unique<RE2>(combined, options);
      if (!any_->ok()) any_.reset();
    });
    return any_.get();
  }

  struct Matcher {
    const RE2* re;
    std::function<void(size_t begin, size_t end)> on_match;  // group 1 of a match
    size_t pos = 0;  // where Scan() would look for its next match
  };

  // What Scan() gives for every matcher, in one pass of `any` (their
  // alternation) instead of one pass each. `any` finds S, the leftmost
  // place at or after p where some matcher matches; no matcher matches
  // between p and S, so a matcher whose scan has reached S at most has its
  // next match at S exactly, and an anchored match at S says which one it
  // is. Then each matcher resumes where Scan() would.
  static void ScanAll(const RE2& any, std::vector<Matcher>& matchers, std::string_view text) {
    re2::StringPiece groups[2];
    re2::StringPiece hit;
    const re2::StringPiece whole(text.data(), text.size());
    size_t p = 0;
    while (p <= text.size() && any.Match(whole, p, text.size(), RE2::UNANCHORED, &hit, 1)) {
      const size_t at = static_cast<size_t>(hit.data() - text.data());
      for (Matcher& m : matchers) {
        if (m.pos > at ||
            !m.re->Match(whole, at, text.size(), RE2::ANCHOR_START, groups, 2)) {
          continue;
        }
        size_t begin = static_cast<size_t>(groups[1].data() - text.data());
        size_t end = begin + groups[1].size();
        if (end > begin) m.on_match(begin, end);
        size_t next = std::max(end, at + 1);
        m.pos = std::max(next, m.pos + 1);
      }
      p = at + 1;
    }
  }

  template <typename F>
  static void Scan(const RE2& re, std::string_view text, F on_match) {
    re2::StringPiece groups[2];
    const re2::StringPiece whole(text.data(), text.size());
    size_t pos = 0;
    while (pos <= text.size() &&
           re.Match(whole, pos, text.size(), RE2::UNANCHORED, groups, 2)) {
      size_t begin = static_cast<size_t>(groups[1].data() - text.data());
      size_t end = begin + groups[1].size();
      if (end > begin) on_match(begin, end);
      size_t next = std::max(end, static_cast<size_t>(groups[0].data() - text.data()) + 1);
      pos = std::max(next, pos + 1);
    }
  }

  static void Push(std::vector<Finding>* out, size_t begin, size_t end,
                   IdentifierType type, int group, float confidence) {
    Finding f;
    f.begin = begin;
    f.end = end;
    f.type = type;
    f.detector = kDetector;
    f.confidence = confidence;
    f.person_group = group;
    out->push_back(f);
  }

  void AddVariant(const std::string& key, IdentifierType type, int group,
                  float confidence, bool single) {
    if (key.empty()) return;
    // First writer wins: survivors are added before everyone else.
    if (variants_.count(key) > 0) return;
    NameVariant v{type, group, confidence, false, false};
    if (single) {
      v.place = places_ != nullptr && places_->IsPlace(key);
      v.needs_capital = v.place || IsOrdinaryWord(key);
    }
    variants_.emplace(key, v);
  }

  void AddPerson(const std::string& name, IdentifierType type, int group) {
    const std::string key = NameKey(name);
    const std::vector<std::string> tokens = SplitSpaces(key);
    if (tokens.empty()) return;
    // The full name, and when it is one token, that token (a nickname).
    AddVariant(key, type, group, 1.0f, /*single=*/false);
    std::vector<size_t> content;  // indexes of tokens that are not particles
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (!IsParticle(tokens[i])) content.push_back(i);
    }
    // Contiguous runs of two or more tokens ("juan carlos", "perez lopez").
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::string run = tokens[i];
      for (size_t j = i + 1; j < tokens.size(); ++j) {
        run += " " + tokens[j];
        if (!IsParticle(tokens[i]) && !IsParticle(tokens[j])) {
          AddVariant(run, type, group, 1.0f, false);
        }
      }
    }
    // First name with any later surname ("juan lopez" for "juan carlos
    // perez lopez"), and diminutive + surname ("pepe perez").
    std::vector<std::string> first_forms;
    if (!content.empty()) {
      first_forms.push_back(tokens[content[0]]);
      for (const std::string& v : NameVariants(tokens[content[0]])) first_forms.push_back(v);
      if (content.size() >= 2 && content[1] == content[0] + 1) {
        // Compound given names: "maria jose" -> "majo".
        for (const std::string& v : NameVariants(tokens[content[0]] + " " + tokens[content[1]])) {
          first_forms.push_back(v);
        }
      }
    }
    for (const std::string& first : first_forms) {
      for (size_t k = 1; k < content.size(); ++k) {
        AddVariant(first + " " + tokens[content[k]], type, group, 1.0f, false);
      }
    }
    // Single tokens: first name, each surname, diminutives.
    for (size_t idx : content) {
      AddVariant(tokens[idx], type, group, tokens.size() == 1 ? 1.0f : 0.95f, true);
    }
    for (size_t f = 1; f < first_forms.size(); ++f) {
      AddVariant(first_forms[f], type, group, 0.9f, true);
    }
    // Second given names have diminutives too ("Martín José" -> "Pepe");
    // the table only, since the token may be a surname.
    for (size_t k = 1; k < content.size(); ++k) {
      for (const std::string& v : NameVariants(tokens[content[k]], /*with_suffixes=*/false)) {
        AddVariant(v, type, group, 0.85f, true);
      }
    }
  }

  const PlaceGazetteer* places_ = nullptr;
  std::map<std::string, NameVariant> variants_;
  std::unique_ptr<RE2> names_;
  std::unique_ptr<RE2> phones_;
  std::vector<Literal> literals_;
  // names_, phones_ and literals_ in one alternation, built on first use.
  mutable std::once_flag any_once_;
  mutable std::unique_ptr<RE2> any_;
};

std::string AccentInsensitivePattern(std::string_view folded) {
  static const std::map<char, std::string> kAccented = {
      {'a', "[aáàâäãå]"}, {'e', "[eéèêë]"}, {'i', "[iíìîï]"}, {'o', "[oóòôöõø]"},
      {'u', "[uúùûü]"},   {'n', "[nñ]"},    {'c', "[cç]"},    {'y', "[yýÿ]"}};
  std::string out;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    auto it = kAccented.find(c);
    if (it != kAccented.end()) {
      out += it->second;
    } else if (c == ' ' || c == '-') {
      out += R"re([\s\-'’]{1,3})re";
    } else if (c == '\'') {
      out += R"re(['’]?)re";
    } else {
      out += RE2::QuoteMeta(re2::StringPiece(&folded[i], 1));
    }
  }
  return out;
}

}  // namespace

// The matcher as it was, for the differential test: nullptr if its RE2
// patterns cannot be built.
inline std::unique_ptr<ReferenceDetector> CreateReference(const KnownIdentifiers& known,
                                                          const PlaceGazetteer* places) {
  auto detector = std::make_unique<ReferenceDetector>();
  std::string error;
  if (!detector->Init(known, places, &error)) return nullptr;
  return detector;
}

}  // namespace amparo::redaction::reference

#endif  // AMPARO_TESTS_REDACTION_KNOWN_IDENTIFIER_REFERENCE_H_
