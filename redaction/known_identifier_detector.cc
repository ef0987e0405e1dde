#include "redaction/known_identifier_detector.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <set>

#include "redaction/diminutives.h"
#include "redaction/key_matcher.h"
#include "redaction/known_phone_matcher.h"
#include "redaction/text_utf8.h"
#include "redaction/validators.h"

namespace amparo::redaction {
namespace {

constexpr const char* kDetector = "known";

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

class KnownIdentifierDetectorImpl final : public KnownIdentifierDetector {
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
    if (!variants_.empty()) {
      std::vector<const std::string*> keys;
      for (const auto& [key, v] : variants_) keys.push_back(&key);
      // Longest first, so "juan perez" wins over "juan" at the same place.
      std::sort(keys.begin(), keys.end(), [](const std::string* a, const std::string* b) {
        return a->size() != b->size() ? a->size() > b->size() : *a < *b;
      });
      for (const std::string* k : keys) {
        if (keys_.AddFolded(kNamesGroup, *k) < 0) {
          *error = "known names: a name cannot be matched (invalid UTF-8?)";
          return false;
        }
      }
    }

    for (const std::string& phone : known.phones) phones_.Add(phone);  // short ones are skipped

    // E-mails, case codes and other strings: one group (one scan) each.
    auto add_literal = [&](int key, IdentifierType type) {
      if (key < 0) {
        *error = "known identifier: cannot be matched (invalid UTF-8?)";
        return false;
      }
      literal_types_.push_back(type);
      return true;
    };
    for (const std::string& email : known.emails) {
      if (email.empty()) continue;
      const int group = kNamesGroup + 1 + static_cast<int>(literal_types_.size());
      if (!add_literal(keys_.AddVerbatim(group, email), IdentifierType::kEmail)) return false;
    }
    for (const std::string& code : known.case_codes) {
      std::string alnum = AlnumUpper(code);
      if (alnum.empty()) continue;
      const int group = kNamesGroup + 1 + static_cast<int>(literal_types_.size());
      if (!add_literal(keys_.AddCaseCode(group, alnum), IdentifierType::kIdNumber)) return false;
    }
    for (const std::string& other : known.other) {
      std::string key = NameKey(other);
      if (key.empty()) continue;
      const int group = kNamesGroup + 1 + static_cast<int>(literal_types_.size());
      if (!add_literal(keys_.AddFolded(group, key), IdentifierType::kOther)) return false;
    }
    return true;
  }

  std::vector<Finding> Find(std::string_view text) const override {
    // One list per group, joined in a fixed order before the sort, so the
    // order of equal spans does not depend on how the text was scanned.
    std::vector<Finding> names, phones;
    std::vector<std::vector<Finding>> literals(literal_types_.size());
    // A testimony writes the same few names again and again, spelled the
    // same: the variant of each of the last spellings met is kept, so that
    // a name written again is not keyed (folded, rebuilt, looked up) again.
    // NameKey() depends on the bytes alone: the answer is the same.
    struct Spelling {
      std::string_view bytes;
      const NameVariant* variant;  // null: no variant has its key
    };
    constexpr size_t kSpellings = 4;
    Spelling spellings[kSpellings];
    size_t spelling_count = 0;
    for (const KeyMatcher::Match& m : keys_.Scan(text)) {
      const int group = keys_.GroupOf(m.key);
      if (group != kNamesGroup) {
        const size_t k = static_cast<size_t>(group - kNamesGroup - 1);
        Push(&literals[k], m.begin, m.end, literal_types_[k], -1, 1.0f);
        continue;
      }
      const std::string_view bytes = text.substr(m.begin, m.end - m.begin);
      const NameVariant* variant = nullptr;
      size_t seen = 0;
      while (seen < std::min(spelling_count, kSpellings) && spellings[seen].bytes != bytes) ++seen;
      if (seen < std::min(spelling_count, kSpellings)) {
        variant = spellings[seen].variant;
      } else {
        auto it = variants_.find(NameKey(bytes));
        if (it != variants_.end()) variant = &it->second;
        spellings[spelling_count++ % kSpellings] = Spelling{bytes, variant};
      }
      if (variant == nullptr) continue;
      const NameVariant& v = *variant;
      if (v.needs_capital && !IsUpperAt(text, m.begin)) continue;
      if (v.place) {
        static const std::set<std::string> kMotion = {
            "a", "en", "hacia", "desde", "hasta", "para", "por", "de", "in", "to", "from",
            "at", "via", "through", "toward", "towards", "a", "au", "aux", "vers", "nan",
            "pou", "rive", "llegamos", "llegue", "sali", "salimos", "cruzamos"};
        if (kMotion.count(LowerWordBefore(text, m.begin)) > 0) continue;
      }
      Push(&names, m.begin, m.end, v.type, v.group, v.confidence);
    }
    for (const auto& [begin, end] : phones_.Scan(text)) {
      Push(&phones, begin, end, IdentifierType::kPhone, -1, 1.0f);
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
  static constexpr int kNamesGroup = 0;

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
  // Group kNamesGroup: every name variant, longest first; then one group
  // per e-mail, case code and other string, of type literal_types_[i].
  KeyMatcher keys_;
  std::vector<IdentifierType> literal_types_;
  KnownPhoneMatcher phones_;
};

}  // namespace

std::unique_ptr<KnownIdentifierDetector> KnownIdentifierDetector::Create(
    const KnownIdentifiers& known, const PlaceGazetteer* places, std::string* error) {
  auto detector = std::make_unique<KnownIdentifierDetectorImpl>();
  std::string ignored;
  if (!detector->Init(known, places, error != nullptr ? error : &ignored)) return nullptr;
  return detector;
}

}  // namespace amparo::redaction
