#include "redaction/place_word_surnames.h"

#include <string>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

bool HasLower(std::string_view w) {
  for (unsigned char c : w) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// The word before `at` past the spaces there, folded; empty if none.
std::string FoldedWordBefore(std::string_view text, size_t at) {
  size_t b = 0;
  return text::FoldedWordBefore(text, at, &b);
}

// True if the word before `begin` on its line puts a place after it ("in
// Lincoln Park", "at the Grace Hill"), or is capitalized: the name is part
// of a longer one ("Potbelly Lincoln Park", a restaurant).
bool PlaceWordBefore(std::string_view text, size_t begin) {
  size_t b = 0;
  const std::string_view word = LetterWordEndingAt(text, BeforeSpaces(text, begin), &b);
  const std::string folded = text::Fold(word);
  if (!word.empty() && StartsWithCapital(text, b)) {
    // Not a title or a role ("Dr Daniel Park", "Lawyer Daniel Park"), nor
    // the first word of a sentence ("Yesterday Daniel Park called").
    const NameLexicon* lexicon = NameLexicon::Default(nullptr);
    if (lexicon != nullptr &&
        (lexicon->Flags(folded) & (kTitle | kHonorific | kKinCue | kRoleCue | kPostCue | kNameCue)) != 0) {
      return false;
    }
    // Here a colon or a quote before the word opens a sentence too.
    const size_t p = BeforeSpaces(text, b);
    return !(OpensSentenceAt(text, b) || text[p - 1] == ':' || text[p - 1] == '"');
  }
  // "to" after a verb of going, an object taken along or a word of
  // nearness ("They took us to Jackson Park.", "close to Grant Park"),
  // "from" after a verb of going ("We went from Grant Park."); not after
  // giving or speaking ("We paid the money to Daniel Park.", "a call from
  // Daniel Park").
  if ((folded == "to" || folded == "from") && b > 0) {
    const std::string verb = FoldedWordBefore(text, b);
    static const char* const kGoing[] = {"us",     "me",     "them",  "him",      "her",      "went",
                                         "go",     "going",  "came",  "got",      "moved",    "walked",
                                         "ran",    "drove",  "fled",  "returned", "traveled", "travelled",
                                         "headed", "back",   "way",   "sent",     "taken",    "brought",
                                         "close",  "next",   "near",  "far",      "away",     "escaped"};
    for (const char* g : kGoing) {
      if (verb == g) return true;
    }
    return false;
  }
  // "The best place was Lincoln Park.", "our stop is Grant Park": the
  // copula after a noun of where says a place (after a person noun it says
  // a person: "The smuggler was Daniel Park.").
  if ((folded == "was" || folded == "is") && b > 0) {
    const std::string noun = FoldedWordBefore(text, b);
    return noun == "place" || noun == "spot" || noun == "stop" || noun == "destination";
  }
  // Verbs whose object is a place and words of where, which rarely take
  // a person ("We reached Lincoln Park.", "behind Grace Church").
  static const char* const kWhere[] = {"reached", "crossed", "faced",  "behind", "past",  "beyond",
                                       "along",   "across",  "around", "inside", "outside"};
  for (const char* w : kWhere) {
    if (folded == w) return true;
  }
  // "of" after a part of a place ("the benches of Lincoln Park.", "the
  // gates of Grace Park"); not after a kin or a friend ("a friend of
  // Daniel Park.").
  if (folded == "of" && b > 0) {
    const std::string noun = FoldedWordBefore(text, b);
    static const char* const kParts[] = {"benches", "bench",   "gate",    "gates",  "entrance", "edge",
                                         "middle",  "center",  "centre",  "corner", "side",     "end",
                                         "grass",   "trees",   "fountain", "paths", "zoo",      "outskirts",
                                         "shore",   "shores",  "lake",    "pond",   "park",     "square"};
    for (const char* part : kParts) {
      if (noun == part) return true;
    }
    return false;
  }
  // Words of going through or into a place, which rarely take a person
  // ("We walked through Lincoln Park.", "into Grace Park").
  return folded == "the" || folded == "in" || folded == "at" || folded == "near" || folded == "en" ||
         folded == "el" || folded == "la" || folded == "le" || folded == "au" || folded == "through" ||
         folded == "into" || folded == "toward" || folded == "towards";
}

// Flags that make a word no name before an act even if a list has it.
constexpr uint32_t kNotAName = kStopWord | kMonth | kTitle | kPlacePrep | kConnector | kOrgWord |
                               kInstitution | kNameCue | kSpeechCue | kHonorific | kDemonym;

}  // namespace

size_t FirstNameBeforeOrganisationWordSurname(std::string_view text, const PlaceGazetteer& places, size_t b,
                                              size_t e) {
  constexpr size_t kNone = std::string_view::npos;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr || b < 3 || e <= b || text[b - 1] != ' ' || !StartsWithCapital(text, b)) return kNone;
  const std::string_view surname = text.substr(b, e - b);
  if (text::AllCaps(surname)) return kNone;
  const uint32_t flags = lexicon->Flags(text::Fold(surname));
  if ((flags & kSurname) == 0 || (flags & kNotAName) == 0 || (flags & kNotAName & ~(kOrgWord | kInstitution)) != 0) {
    return kNone;
  }
  size_t at = b - 1;
  size_t parts = 0;
  size_t begin = kNone;
  bool given = false, unknown = false;
  while (parts < 3) {
    size_t wb = 0;
    const std::string_view w = LetterWordEndingAt(text, at, &wb);
    if (w.size() < 2 || w.size() > 40 || text::AllCaps(w)) return kNone;
    const std::string folded = text::Fold(w);
    const uint32_t f = lexicon->Flags(folded);
    if ((f & kNotAName) != 0 || folded == "god" || folded == "dios" || folded == "dieu") return kNone;
    // The first part's, read last. A dictionary may well hold a short
    // syllable ("Seo-yeon", "Mi-rae"): joined by a hyphen, it counts as a
    // word of no list.
    given = (f & kGivenName) != 0;
    unknown = (f & ~(kNameWord | kCommonWord)) == 0 &&
              (parts > 0 || ((f & kCommonWord) == 0 && !lexicon->IsDictionaryWord(folded)));
    ++parts;
    begin = wb;
    if (wb < 2 || text[wb - 1] != '-' || !IsLetterByte(static_cast<unsigned char>(text[wb - 2]))) break;
    at = wb - 1;
  }
  if (!(given || unknown) || !StartsWithCapital(text, begin)) return kNone;
  if (places.ClassOf(LetterWordStartingAt(text, begin)) != PlaceClass::kNone ||
      places.ClassOf(text.substr(begin, e - begin)) != PlaceClass::kNone) {
    return kNone;
  }
  return begin;
}

void ExtendGivenNamesOverPlaceWordSurnames(std::string_view text, const PlaceGazetteer& places,
                                           std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kNoSurname = kStopWord | kMonth | kTitle | kPlacePrep | kConnector | kNameCue |
                                  kSpeechCue | kKinCue | kDemonym | kHonorific;
  constexpr uint32_t kPlaceAfter = kOrgWord | kPlaceSuffix | kInstitution | kOrgSuffix;
  for (Finding& f : *names) {
    if (!IsGuessedPerson(f) || f.end + 2 >= text.size() || f.begin >= f.end || text[f.end] != ' ') continue;
    // The cheap tests first: most names are followed by a word in lower
    // case.
    const size_t b = f.end + 1;
    if (!StartsWithCapital(text, b)) continue;
    const std::string_view word = LetterWordStartingAt(text, b);
    const size_t e = b + word.size();
    size_t last = 0;
    const std::string_view given = LetterWordEndingAt(text, f.end, &last);
    // The given name may be the last syllable of a hyphenated first name
    // the finding holds whole ("Mi-rae Park").
    const bool capitalized = StartsWithCapital(text, last) ||
                             (last > f.begin && text[last - 1] == '-' && StartsWithCapital(text, f.begin));
    if (word.size() < 3 || given.size() < 2 || last < f.begin || !capitalized || HasLower(given) != HasLower(word)) {
      continue;
    }
    // A word ends here: not "Park-Lane", "Hill's" is the person's. A period
    // is an abbreviation's ("St.", "Park.com") unless a space, a line's end
    // or the text's end follows it: then it ends the sentence ("The smuggler
    // was Daniel Park.") and the name with it.
    if (e < text.size() && (text[e] == '-' || text[e] == '@' || text[e] == '_')) continue;
    if (e < text.size() && text[e] == '.' && e + 1 < text.size() && text[e + 1] != ' ' && text[e + 1] != '\n' &&
        text[e + 1] != '\r') {
      continue;
    }
    // A listed given name, or a word of no list and no dictionary that a
    // pass found as a person ("Jimin", "Seo-yeon": names the lists lack).
    // A short syllable after the hyphen of a first name found whole may be
    // an English word ("Jae-won Park", "Min-ho Lee"): the found name vouches.
    size_t first_begin = 0;
    const bool syllable = last > f.begin && text[last - 1] == '-' && given.size() <= 5 &&
                          LetterWordEndingAt(text, last - 1, &first_begin).size() <= 4 && first_begin == f.begin;
    const std::string folded_given = text::Fold(given);
    const uint32_t given_flags = lexicon->Flags(folded_given);
    if (!syllable && (given_flags & kGivenName) == 0 &&
        ((given_flags & ~kNameWord) != 0 || given.size() < 3 || lexicon->IsDictionaryWord(folded_given))) {
      continue;
    }
    const uint32_t flags = lexicon->Flags(text::Fold(word));
    if ((flags & kSurname) == 0 || (flags & kNoSurname) != 0) continue;
    if (places.ClassOf(word) != PlaceClass::kNone) continue;
    // "Daniel Park Road", "Grace Hill Avenue", "Daniel Park station": a
    // capitalized word or a place word after it makes a place's name.
    if (e + 1 < text.size() && text[e] == ' ') {
      if (StartsWithCapital(text, e + 1)) continue;
      const std::string_view next = LetterWordStartingAt(text, e + 1);
      if (!next.empty() && (lexicon->Flags(text::Fold(next)) & kPlaceAfter) != 0) continue;
    }
    if (PlaceWordBefore(text, f.begin)) continue;
    // "Lincoln Park is big": the pair is a place the gazetteer knows (a
    // town or a neighbourhood named after the park), not a person's name;
    // the name alone is left to the institution pass.
    if (places.ClassOf(text.substr(last, e - last)) != PlaceClass::kNone) continue;
    f.end = e;
  }
}

}  // namespace amparo::redaction
