#include "redaction/surname_mentions.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// A word of a letters-only run: [b, e).
struct Word {
  size_t b, e;
};

// The word before position at on its line (spaces skipped), or {at, at}.
Word WordBefore(std::string_view text, size_t at) {
  size_t e = at;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  size_t b = e;
  while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
  return {b, e};
}

// The places of a text that hold one of a set of bytes right after a
// non-letter (or at its start): every place of the first byte, in text
// order, then every place of the next... Each is found with memchr when
// asked for, so nothing grows with the text.
class WordStarts {
 public:
  WordStarts(std::string_view text, const std::array<bool, 256>& bytes)
      : text_(text), bytes_(bytes), p_(text.data()) {}

  bool Next(size_t* at) {
    const char* const stop = text_.data() + text_.size();
    for (; byte_ < 256; ++byte_, p_ = text_.data()) {
      if (!bytes_[byte_]) continue;
      while (p_ < stop) {
        const void* hit = std::memchr(p_, byte_, static_cast<size_t>(stop - p_));
        if (hit == nullptr) break;
        p_ = static_cast<const char*>(hit) + 1;
        *at = static_cast<size_t>(static_cast<const char*>(hit) - text_.data());
        if (*at == 0 || !IsLetterByte(static_cast<unsigned char>(text_[*at - 1]))) return true;
      }
    }
    return false;
  }

 private:
  std::string_view text_;
  const std::array<bool, 256>& bytes_;
  int byte_ = 0;
  const char* p_;
};

}  // namespace

void AddSurnameMentions(std::string_view text, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // Surnames of the full names, as written, with the full name's finding.
  struct Source {
    size_t finding;
    std::string particle;  // the lower-case particle right before it in the name: "de"
  };
  std::unordered_map<std::string_view, Source> surnames;  // views into text
  std::unordered_set<std::string_view> rejected;          // words that are no surname
  for (size_t i = 0; i < names->size(); ++i) {
    const Finding& f = (*names)[i];
    if (!IsPersonFinding(f) || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view name = text.substr(f.begin, f.end - f.begin);
    if (name.find(' ') == std::string_view::npos) continue;
    size_t at = 0;
    int index = 0;
    while (at < name.size()) {
      while (at < name.size() && !IsLetterByte(static_cast<unsigned char>(name[at]))) ++at;
      size_t e = at;
      while (e < name.size() && IsLetterByte(static_cast<unsigned char>(name[e]))) ++e;
      if (e > at && index > 0 && e - at >= 3 &&
          (surnames.count(name.substr(at, e - at)) != 0 || rejected.count(name.substr(at, e - at)) != 0)) {
        ++index;  // judged already: no need to fold it again
      } else if (e > at) {
        const std::string_view w = name.substr(at, e - at);
        const uint32_t flags = index > 0 && w.size() >= 3 ? lexicon->Flags(text::Fold(w)) : kGivenName;
        // Not the first word (a given name or a title), nor a particle.
        if (index > 0 && w.size() >= 3 && StartsWithCapital(name, at) &&
            (e == name.size() || name[e] != '.') &&
            (flags & (kGivenName | kCommonWord | kStopWord | kConnector | kTitle | kHonorific |
                      kMonth | kOrgWord | kCommonName)) == 0) {
          std::string particle;
          if (at >= 2 && name[at - 1] == ' ') {
            size_t pb = at - 1;
            while (pb > 0 && std::islower(static_cast<unsigned char>(name[pb - 1])) != 0) --pb;
            if (pb < at - 1 && (lexicon->Flags(text::Fold(name.substr(pb, at - 1 - pb))) & kConnector)) {
              particle = std::string(name.substr(pb, at - 1 - pb));
            }
          }
          surnames.emplace(w, Source{i, particle});
        } else if (index > 0 && w.size() >= 3) {
          rejected.insert(w);
        }
        ++index;
      }
      at = e;
    }
  }
  if (surnames.empty()) return;
  static const std::unordered_set<std::string_view> kBefore = {
      "en", "a", "de", "del", "desde", "hacia", "para", "por", "in", "from", "to", "at", "of",
      "near", "au", "aux", "dans", "vers", "la", "el", "le", "les", "los", "las", "the", "d", "l",
      "y", "and", "et"};
  std::vector<Finding> covering;  // sorted by begin, to tell covered words
  for (const Finding& f : *names) {
    if (IsPersonFinding(f)) covering.push_back(f);
  }
  std::sort(covering.begin(), covering.end(),
            [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  std::vector<Finding> added;
  // The first bytes of the surnames, each looked for with memchr: the
  // text's other bytes are never visited one by one.
  std::array<bool, 256> first_byte{};
  for (const auto& [w, source] : surnames) first_byte[static_cast<unsigned char>(w[0])] = true;
  WordStarts starts(text, first_byte);
  const size_t n = text.size();
  for (size_t b = 0; starts.Next(&b);) {
    size_t e = b;
    while (e < n && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
    if (!StartsWithCapital(text, b) || e - b < 3) continue;
    // Glued to more ("Juárez-García", "O'Juárez", "Juárez2") is another word.
    if ((b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) != 0 || text[b - 1] == '-' ||
                   text[b - 1] == '\'')) ||
        (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) != 0 || text[e] == '-'))) {
      continue;
    }
    auto it = surnames.find(text.substr(b, e - b));
    if (it == surnames.end()) continue;
    Word before = WordBefore(text, b);
    size_t begin = b;
    // "de Gaulle" after "Charles de Gaulle": the particle goes with it.
    const std::string& particle = it->second.particle;
    if (!particle.empty() && before.e == b - 1 && text[before.e] == ' ' &&
        text.substr(before.b, before.e - before.b) == particle) {
      begin = before.b;
      before = WordBefore(text, before.b);
      static const std::unordered_set<std::string_view> kNamedAfter = {
          "place", "rue", "avenue", "boulevard", "quai", "calle", "avenida", "plaza", "paseo",
          "street", "square", "aeroport", "aeropuerto", "airport", "lycee", "colegio", "escuela",
          "ecole", "college", "hospital", "hopital", "puente", "pont", "bridge", "estacion", "gare"};
      const std::string word_before = text::Fold(text.substr(before.b, before.e - before.b));
      if (kBefore.count(word_before) != 0 || kNamedAfter.count(word_before) != 0) {
        continue;  // "en de Gaulle", "la place de Gaulle"
      }
    } else if (before.e > before.b) {
      const bool same_line = text.substr(before.e, b - before.e).find('\n') == std::string_view::npos;
      const bool sentence_end = before.e < b && text.substr(before.e, b - before.e).find_first_of(".!?") != std::string_view::npos;
      if (same_line && !sentence_end && StartsWithCapital(text, before.b) &&
          text.substr(before.e, b - before.e).find_first_of(",;:(") == std::string_view::npos) {
        continue;  // "Ciudad Juárez", "Benito Juárez"
      }
      if (same_line && kBefore.count(text::Fold(text.substr(before.b, before.e - before.b))) != 0 &&
          text.substr(before.e, b - before.e).find_first_not_of(" \t") == std::string_view::npos) {
        continue;  // "en Juárez", "la Juárez"
      }
    }
    size_t next = e;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
    if (next > e && StartsWithCapital(text, next)) continue;  // "Juárez García"
    // Covered by a name already?
    auto after = std::upper_bound(covering.begin(), covering.end(), b,
                              [](size_t at, const Finding& f) { return at < f.begin; });
    bool covered = false;
    for (auto k = after; k != covering.begin() && !covered;) {
      --k;
      covered = k->begin <= b && e <= k->end;
      if (after - k > 8) break;
    }
    if (covered) continue;
    Finding f = (*names)[it->second.finding];
    f.begin = begin;
    f.end = e;
    f.confidence = std::min(f.confidence, 0.7f);
    added.push_back(f);
  }
  names->insert(names->end(), added.begin(), added.end());
}

}  // namespace amparo::redaction
