#include "redaction/organisation_names.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer_index.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// How far before a finding its organisation's name may start, and after it
// end: the longest listed names are six words.
constexpr size_t kReach = 96;

struct OrganisationIndex {
  PlaceIndex names;                      // organisations.tsv, in the places' format
  std::unordered_set<uint64_t> words;    // folded hashes of every word of a listed name
  const NameLexicon* lexicon = nullptr;  // says which word before is a person cue
};

const OrganisationIndex& Index() {
  static const OrganisationIndex* index = [] {
    auto* idx = new OrganisationIndex;
    std::string error;
    const std::string_view tsv = data::EmbeddedFile("organisations.tsv");
    idx->lexicon = NameLexicon::Default(&error);
    // The platforms, shops and agencies of brands.txt, one word each
    // ("Elektra", "Greyhound"), with their capital; not those that are
    // listed given names or surnames too ("Prada", "Chevrolet"), which the
    // name detector reads as people (see name_detector_lexicon.cc).
    std::string brands;
    const std::string_view brand_list = data::EmbeddedFile("brands.txt");
    for (size_t at = 0; at < brand_list.size();) {
      size_t nl = brand_list.find('\n', at);
      if (nl == std::string_view::npos) nl = brand_list.size();
      std::string_view word = brand_list.substr(at, nl - at);
      at = nl + 1;
      if (!word.empty() && word.back() == '\r') word.remove_suffix(1);
      if (word.empty() || word[0] == '#') continue;
      if (idx->lexicon != nullptr && (idx->lexicon->Flags(text::Fold(word)) & (kGivenName | kSurname)) != 0) {
        continue;
      }
      brands.append("brand\t=").append(word).append("\n");
    }
    if (tsv.empty() || idx->lexicon == nullptr || !idx->names.Load(tsv, &error) ||
        !idx->names.Load(brands, &error)) {
      // The data is compiled in: failing here means a broken build.
      std::fprintf(stderr, "amparo: organisations.tsv: %s\n", error.c_str());
      std::abort();
    }
    text::Tokens tokens;
    for (std::string_view list : {tsv, std::string_view(brands)}) {
      text::Tokenize(list, &tokens);
      for (const text::Token& t : tokens.tokens) {
        if (t.word) idx->words.insert(t.hash);
      }
    }
    return idx;
  }();
  return *index;
}

bool Candidate(const Finding& f) {
  if (std::strcmp(f.detector, "names") == 0) {
    return IsPersonFinding(f);
  }
  return f.type == IdentifierType::kAddress && std::strcmp(f.detector, "pattern") == 0;
}


// The part of f's line within kReach bytes of it, on code point boundaries.
std::string_view Around(std::string_view text, const Finding& f, size_t* offset) {
  return LineAround(text, f.begin, f.end, kReach, kReach, offset);
}

// What a listed organisation's name does to a finding.
enum class Overlap {
  kNone,
  kInside,  // the finding lies wholly inside the name, which no person cue opens
  kTail,    // a guessed person runs into a name that goes on after it: cut at *cut
};

Overlap OrganisationOverlap(std::string_view text, const Finding& f, std::vector<uint64_t>* hashes,
                            text::Tokens* tokens, size_t* cut) {
  const OrganisationIndex& idx = Index();
  // Most findings share no word with a listed name: read only those (the
  // words of a finding of ASCII and Latin-1 letters without a token list).
  const std::string_view span = text.substr(f.begin, f.end - f.begin);
  bool shares = false;
  const bool ascii =
      text::ForEachAsciiWordHash(span, [&](uint64_t h) { shares = shares || idx.words.count(h) != 0; });
  if (!ascii && text::Latin1WordHashes(span, hashes)) {
    for (const uint64_t h : *hashes) shares = shares || idx.words.count(h) != 0;
  } else if (!ascii) {
    text::Tokenize(span, tokens);
    for (const text::Token& t : tokens->tokens) shares = shares || (t.word && idx.words.count(t.hash) != 0);
  }
  if (!shares) return Overlap::kNone;
  size_t offset = 0;
  const std::string_view window = Around(text, f, &offset);
  text::Tokenize(window, tokens);
  const auto& ts = tokens->tokens;
  for (size_t i = 0; i < ts.size() && offset + ts[i].begin < f.end; ++i) {
    if (!ts[i].word) continue;
    const PlaceEntry* entry = nullptr;
    const size_t end = idx.names.MatchAt(*tokens, i, &entry);
    if (end == i || offset + ts[end - 1].end < f.end) continue;
    if (offset + ts[i].begin > f.begin) {
      // "Rogelio Cruz de la Cruz Roja", "Rosa de la Cruz Roja": the person
      // ends before "de la Cruz Roja" (the particles that join them go with
      // the organisation).
      if (std::strcmp(f.detector, "names") != 0) continue;
      size_t last = i;
      while (last > 0) {
        const text::Token& t = ts[last - 1];
        if (offset + t.begin <= f.begin) break;
        if (t.word && (idx.lexicon->FlagsOfHash(t.hash) & (kConnector | kStopWord)) == 0) break;
        --last;
      }
      if (last == 0 || offset + ts[last - 1].begin < f.begin) continue;
      *cut = offset + ts[last - 1].end;
      return Overlap::kTail;
    }
    // "mi hija Estrella Blanca", "Sr. Cruz Roja", "se llama Estrella Blanca".
    size_t before = i;
    while (before > 0 && !ts[before - 1].word &&
           (ts[before - 1].first == '.' || ts[before - 1].first == ':')) {
      --before;
    }
    if (before > 0 && ts[before - 1].word) {
      const uint32_t flags = idx.lexicon->FlagsOfHash(ts[before - 1].hash);
      if ((flags & (kTitle | kKinCue | kNameCue)) != 0) return Overlap::kNone;
    }
    // An organisation named after a person with the person's title or whole
    // name ("Fray Bartolomé de las Casas", "Miguel Agustín Pro Juárez"): only
    // where the text says an organisation, an article or an institution
    // word before it ("del Fray Matías", "Centro ... Fray Matías") or a
    // word of an organisation after it ("Fray Matías de Córdova Human Rights
    // Center"); "honra a fray Bartolomé de las Casas" names the friar.
    const bool person_named = [&] {
      if ((idx.lexicon->FlagsOfHash(ts[i].hash) & kTitle) != 0) return true;
      int words = 0;
      for (size_t k = i; k < end; ++k) {
        if (!ts[k].word) continue;
        const uint32_t flags = idx.lexicon->FlagsOfHash(ts[k].hash);
        if ((flags & (kGivenName | kSurname | kConnector)) == 0) return false;
        words += (flags & kConnector) == 0;
      }
      return words >= 3;  // "Miguel Agustín Pro Juárez", not "Estrella Blanca"
    }();
    if (person_named) {
      bool says_organisation = false;
      if (before > 0 && ts[before - 1].word) {
        const uint32_t flags = idx.lexicon->FlagsOfHash(ts[before - 1].hash);
        const std::string_view w = tokens->Folded(ts[before - 1]);
        says_organisation = (flags & (kInstitution | kOrgWord)) != 0 || w == "el" || w == "del" ||
                            w == "al" || w == "the";
      }
      size_t after = end;
      if (after < ts.size() && ts[after].word && ts[after].capitalized) {
        const std::string_view w = tokens->Folded(ts[after]);
        says_organisation = says_organisation || w == "human" || w == "center" || w == "centre" ||
                            w == "centro" || w == "shelter" || w == "albergue" || w == "house";
      }
      if (!says_organisation) return Overlap::kNone;
    }
    return Overlap::kInside;
  }
  return Overlap::kNone;
}

}  // namespace

void KeepOrganisationNames(std::string_view text, std::vector<Finding>* findings) {
  std::vector<uint64_t> hashes;
  text::Tokens tokens;
  findings->erase(std::remove_if(findings->begin(), findings->end(),
                                 [&](Finding& f) {
                                   if (!Candidate(f) || f.end <= f.begin) return false;
                                   size_t cut = f.end;
                                   switch (OrganisationOverlap(text, f, &hashes, &tokens, &cut)) {
                                     case Overlap::kInside: return true;
                                     case Overlap::kTail: f.end = cut; return false;
                                     case Overlap::kNone: return false;
                                   }
                                   return false;
                                 }),
                  findings->end());
}

bool IsOrganisationName(std::string_view phrase) {
  return Index().names.Lookup(PlaceKey(phrase)) != nullptr;
}

}  // namespace amparo::redaction
