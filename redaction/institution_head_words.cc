#include "redaction/institution_head_words.h"

#include <cstring>
#include <string>
#include <unordered_set>

#include "redaction/acting_person_names.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

bool IsHeadWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> kHeads = {
      "comedor",     "comedores", "albergue", "albergues", "casa",       "parroquia",    "escuela",
      "colegio",     "hospital",  "clinica",  "iglesia",   "capilla",    "templo",       "refugio",
      "centro",      "instituto", "liceo",    "primaria",  "secundaria", "preparatoria", "kinder",
      "dispensario", "sanatorio", "estancia", "shelter",   "church",     "parish",       "school",
      "clinic",      "refuge",    "foyer",    "eglise",    "paroisse",   "ecole",        "hopital",
      "refij",       "legliz",    "lekol",    "lopital"};
  return kHeads.count(folded) != 0;
}

bool IsParticle(std::string_view folded) {
  return folded == "de" || folded == "del" || folded == "la" || folded == "las" || folded == "los" ||
         folded == "el" || folded == "en" || folded == "y" || folded == "of" || folded == "the" ||
         folded == "du" || folded == "des";
}

// True if the words after `end` say the words before it are someone who
// acts: an object pronoun and a verb, a speech verb, "y yo".
bool PersonActsAfter(std::string_view text, size_t end, const NameLexicon& lexicon) {
  if (end >= text.size() || text[end] != ' ') return false;
  const std::string_view first = LetterWordStartingAt(text, end + 1);
  if (first.empty()) return false;
  const std::string folded = text::Fold(first);
  if (lexicon.Flags(folded) & kSpeechCue) return true;
  const size_t second_at = end + 1 + first.size() + 1;
  const std::string_view second = second_at <= text.size() && text[second_at - 1] == ' '
                                      ? LetterWordStartingAt(text, second_at)
                                      : std::string_view();
  if ((folded == "y" || folded == "and") && (second == "yo" || second == "I")) return true;
  const bool pronoun = folded == "me" || folded == "te" || folded == "nos" || folded == "le" ||
                       folded == "les" || folded == "lo" || folded == "la" || folded == "se" ||
                       folded == "us" || folded == "me";
  // One person: a verb in the singular ("nos dijo"), not the staff of the
  // place ("en la escuela Benito Juárez nos dieron de comer").
  auto singular_past = [](std::string_view verb) { return IsSpanishPastVerb(verb) && verb.back() != 'n'; };
  return (pronoun && !second.empty() && singular_past(second)) || singular_past(first);
}

// True if every capitalized word of the run is a given name: "la casa
// Pedro", "al centro Pedro y María" name people as often as places ("la
// casa de Pedro" said quickly); an institution is named after a saint or a
// whole name ("San Martín de Porres", "Benito Juárez").
bool OnlyGivenNames(std::string_view run, const NameLexicon& lexicon) {
  bool any = false;
  for (size_t i = 0; i < run.size();) {
    size_t e = i;
    while (e < run.size() && IsLetterByte(static_cast<unsigned char>(run[e]))) ++e;
    if (e > i && StartsWithCapital(run, i)) {
      if ((lexicon.Flags(text::Fold(run.substr(i, e - i))) & kGivenName) == 0) return false;
      any = true;
    }
    i = e + 1;
  }
  return any;
}

}  // namespace

void KeepInstitutionsAfterHeadWords(std::string_view text, std::vector<Finding>* findings) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    bool drop = false;
    if (f.type == IdentifierType::kPersonName && std::strcmp(f.detector, "names") == 0 &&
        f.end <= text.size() && f.begin < f.end) {
      // Back to the run's first capitalized word (at most eight words).
      size_t run_begin = f.begin;
      size_t at = f.begin;
      for (int words = 0; words < 8 && at > 1 && text[at - 1] == ' '; ++words) {
        size_t b = 0;
        const std::string_view w = LetterWordEndingAt(text, at - 1, &b);
        if (w.empty()) break;
        if (StartsWithCapital(text, b)) {
          run_begin = b;
        } else if (!IsParticle(text::Fold(w))) {
          break;
        }
        at = b;
      }
      // The run must open with a capitalized word right after the head.
      size_t head_begin = 0;
      const std::string_view head = run_begin > 1 && text[run_begin - 1] == ' '
                                        ? LetterWordEndingAt(text, run_begin - 1, &head_begin)
                                        : std::string_view();
      if (!head.empty() && !StartsWithCapital(text, head_begin) && IsHeadWord(text::Fold(head)) &&
          head_begin > 1 && text[head_begin - 1] == ' ') {
        size_t det_begin = 0;
        const std::string det = text::Fold(LetterWordEndingAt(text, head_begin - 1, &det_begin));
        static const std::unordered_set<std::string_view> kDeterminers = {
            "el",  "la", "los",     "las",     "al",   "del",  "un",  "una",  "en",    "a",
            "mi",  "su", "nuestra", "nuestro", "este", "esta", "ese", "esa",  "aquel", "aquella",
            "the", "a",  "at",      "le",      "l",    "au",   "du",  "dans", "nan",   "lan"};
        // The run's end: the last capitalized word after the finding.
        size_t run_end = f.end;
        for (size_t k = f.end; k + 1 < text.size() && text[k] == ' ';) {
          const std::string_view w = LetterWordStartingAt(text, k + 1);
          if (w.empty() || !StartsWithCapital(text, k + 1)) break;
          run_end = k + 1 + w.size();
          k = run_end;
        }
        drop = kDeterminers.count(det) != 0 && !PersonActsAfter(text, run_end, *lexicon) &&
               !OnlyGivenNames(text.substr(run_begin, run_end - run_begin), *lexicon);
      }
    }
    if (!drop) (*findings)[kept++] = f;
  }
  findings->resize(kept);
}

}  // namespace amparo::redaction
