#include "redaction/acting_person_names.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_set>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_word_surnames.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

using Folded = text::FoldedWord;

// Compared with memcmp: string_view's == calls compare() out of line, and
// IsSpanishPastVerb asks this up to seven times a word.
bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && std::memcmp(w.data() + w.size() - s.size(), s.data(), s.size()) == 0;
}

using text::AllCaps;

// A verb of taking or fleeing after "se": "se llevó", "se robó", "se
// escondió"; "se quedó" and "se fue" only before "con" (with what or whom
// they left). Folded.
bool IsTakingVerbAfterSe(std::string_view folded, std::string_view next) {
  static const std::unordered_set<std::string_view> kTaking = {
      "llevo",     "llevaron", "llevaba",     "llevaban",  "robo",   "robaron",   "robaba",
      "metio",     "metieron", "acerco",      "acercaron", "burlo",  "aprovecho", "escapo",
      "escaparon", "escondio", "escondieron", "adueno",    "apodero"};
  if (kTaking.count(folded) != 0) return true;
  return (folded == "quedo" || folded == "quedaron" || folded == "fue" || folded == "fueron") &&
         next == "con";
}

// A verb of taking, violence or speech after an object pronoun ("nos
// robó", "me quitó", "le pegó", "me dijo", "nos cobró"): what people do to
// people, never a town ("Tapachula nos recibió", "Monterrey nos dio
// trabajo" stay towns). Folded.
bool IsTakingVerbAfterPronoun(std::string_view folded) {
  static const std::unordered_set<std::string_view> kTaking = {
      "robo",        "robaron",   "quito",     "quitaron",  "pego",      "pegaron",  "golpeo",
      "golpearon",   "secuestro", "secuestraron", "amenazo", "amenazaron", "violo",  "violaron",
      "extorsiono",  "extorsionaron", "asalto", "asaltaron", "encerro",  "encerraron", "vendio",
      "vendieron",   "entrego",   "entregaron", "engano",   "enganaron", "mato",     "mataron",
      "disparo",     "dispararon", "torturo",  "torturaron", "arrebato", "arrebataron",
      // Speech and bargaining: a town says and charges nothing.
      "dijo",        "dijeron",   "conto",     "contaron",  "explico",   "explicaron", "grito",
      "gritaron",    "pregunto",  "preguntaron", "prometio", "prometieron", "mintio", "mintieron",
      "cobro",       "cobraron",  "ordeno",    "ordenaron"};
  return kTaking.count(folded) != 0;
}

// What hits, crushes or drowns migrants on the route, capitalized as a
// name after "el": the freight train ("el Tren", "la Bestia"), a truck, a
// river, the desert. Folded.
bool IsRouteThing(std::string_view folded) {
  static const std::unordered_set<std::string_view> kThings = {
      "tren", "bestia", "camion", "trailer", "furgon", "vagon", "autobus", "bus", "carro",
      "rio",  "desierto", "monte", "muro",  "frio",   "calor", "hambre", "viento", "oleaje"};
  return kThings.count(folded) != 0;
}

// An English verb in the past before "me", "us"...: "picked", "took".
bool IsEnglishPastVerb(std::string_view w) {
  static const std::unordered_set<std::string_view> kIrregular = {
      "told",   "gave",   "took", "sent",  "brought", "left", "got",   "let",   "made",
      "paid",   "sold",   "kept", "met",   "hit",     "saw",  "found", "drove", "lent",
      "showed", "taught", "beat", "threw", "caught",  "held", "put",   "hid",   "stole",
      "shot",   "bit",    "fed",  "led",   "took",    "woke", "forgot"};
  return (w.size() > 4 && EndsWith(w, "ed")) || kIrregular.count(w) != 0;
}

// Words after which a name-like word is a thing or a place, not a subject:
// articles, prepositions, particles, possessives.
bool IsBarrierWord(std::string_view folded, uint32_t flags) {
  static const std::unordered_set<std::string_view> kBarriers = {
      "el",      "la",      "los",     "las",   "lo",    "un",     "una",   "unos",  "unas", "the",  "a",
      "an",      "al",      "del",     "de",    "en",    "desde",  "hasta", "hacia", "por",  "para", "in",
      "to",      "from",    "at",      "into",  "of",    "du",     "des",   "le",    "les",  "au",   "aux",
      "san",     "santa",   "santo",   "st",    "saint", "sainte", "este",  "esta",  "ese",  "esa",  "aquel",
      "aquella", "mi",      "mis",     "tu",    "tus",   "su",     "sus",   "my",    "his",  "her",  "our",
      "their",   "nuestro", "nuestra", "sobre", "entre", "con",    "sin",   "with",  "near", "via"};
  return kBarriers.count(folded) != 0 || (flags & (kPlacePrep | kConnector)) != 0;
}

bool IsGodWord(std::string_view folded) {
  return folded == "dios" || folded == "god" || folded == "dieu" || folded == "bondye" || folded == "allah" ||
         folded == "jehova";
}

// What kind of act follows the pronoun: which words of no list may be its
// subject.
enum class Act {
  kPast,     // a Spanish verb in the past: a name in capitals of no list
  kTaking,   // "se" and a verb of taking: a capitalized word of no list too
  kEnglish,  // an English verb in the past: only listed names
  kRelative, // ", que nos ayudó" after the name: only listed names
};

// True if a word may be one of the pronouns AddNamesActingOnSomeone() looks
// for ("me", "te", "nos", "le", "les", "se", "us", "him", "her", "them") by
// its first two bytes.
// In French text also "a", "m'a", "s'est", "lui a", "vous a" (see
// FrenchParticiple()).
template <bool kFrench>
inline bool MayStartAPronoun(char first, char second) {
  const bool apostrophe = kFrench && (second == '\'' || second == '\xE2');
  switch (first) {
    case 'm':
    case 's':
      return second == 'e' || apostrophe;
    case 'l':
      return second == 'e' || (kFrench && second == 'u') || apostrophe;
    case 't':
      return second == 'e' || second == 'h' || apostrophe;
    case 'n':
      return second == 'o';
    case 'v':
      return kFrench && second == 'o';
    case 'a':
      return kFrench && second == ' ';
    case 'u':
      return second == 's';
    case 'h':
      return second == 'i' || second == 'e';
    default:
      return false;
  }
}

// After the space at i, a French auxiliary with its object pronoun ("a ",
// "m'a ", "nous a ", "lui a "; "s'est " sets *reflexive): where the
// participle after it starts, or npos.
size_t FrenchParticiple(std::string_view text, size_t i, bool* reflexive) {
  *reflexive = false;
  const size_t n = text.size();
  size_t at = i + 1;
  auto word_then_space = [&](std::string_view w) {
    if (text.substr(at, w.size()) != w || at + w.size() >= n || text[at + w.size()] != ' ') return false;
    at += w.size() + 1;
    return true;
  };
  if (at + 2 < n && (text[at] == 'm' || text[at] == 't' || text[at] == 'l' || text[at] == 's')) {
    const char pronoun = text[at];
    size_t after = std::string_view::npos;
    if (text[at + 1] == '\'') after = at + 2;
    if (text.substr(at + 1, 3) == "\xE2\x80\x99") after = at + 4;
    if (after != std::string_view::npos) {
      at = after;
      if (pronoun == 's') {
        *reflexive = true;
        return word_then_space("est") ? at : std::string_view::npos;
      }
      return word_then_space("a") ? at : std::string_view::npos;
    }
  }
  for (std::string_view pronoun : {"nous", "vous", "lui", "leur", "les"}) {
    if (text.substr(at, pronoun.size()) == pronoun && at + pronoun.size() < n && text[at + pronoun.size()] == ' ') {
      at += pronoun.size() + 1;
      break;
    }
  }
  return word_then_space("a") ? at : std::string_view::npos;
}

// What a French participle (folded) says its subject did: taking or
// fleeing (Act::kTaking, as "se llevó": "a pris", "s'est enfui"), another
// act on someone (Act::kPast: "m'a dit", "nous a aidés"), or neither.
bool FrenchAct(std::string_view folded, bool reflexive, Act* act) {
  // Agreement: "aidés", "aidée", "prise" ("pris" is read "pri").
  if (folded.size() > 3 && folded.back() == 's') folded.remove_suffix(1);
  if (folded.size() > 3 && folded.substr(folded.size() - 2) == "ee") folded.remove_suffix(1);
  static const std::unordered_set<std::string_view> kFleeing = {"enfui", "enfuie", "echappe", "sauve", "empare"};
  static const std::unordered_set<std::string_view> kTaking = {
      "pri", "prise", "vole", "emporte", "arrache", "garde", "confisque", "enleve", "kidnappe", "vendu"};
  static const std::unordered_set<std::string_view> kActs = {
      "dit",    "donne",   "aide",    "appele", "amene",   "emmene", "laisse", "menace",  "frappe",
      "battu",  "arrete",  "cache",   "trahi",  "conduit", "demande", "montre", "raconte", "explique",
      "recu",   "accueilli", "enferme", "viole", "tue",    "attache", "abandonne", "averti", "prevenu",
      "cherche", "trouve", "suivi",   "pousse", "insulte", "paye",   "ecrit"};
  if (reflexive) {
    if (kFleeing.count(folded) == 0) return false;
    *act = Act::kTaking;
    return true;
  }
  if (kTaking.count(folded) != 0) {
    *act = Act::kTaking;
    return true;
  }
  if (kActs.count(folded) != 0) {
    *act = Act::kPast;
    return true;
  }
  return false;
}

// The first offset at or after `from` of a space before what may be one of
// those pronouns (or too near the text's end to tell), or npos. A space
// comes every few bytes, so a search per space (memchr) cost more than the
// rest of the scan: spaces are found eight bytes at a time, and only the two
// bytes after each are looked up.
template <bool kFrench>
size_t NextSpaceBeforeAPronoun(std::string_view text, size_t from) {
  const size_t n = text.size();
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
    while (from + 9 <= n) {  // the byte after the eighth is read too
      uint64_t word;
      std::memcpy(&word, text.data() + from, 8);
      const uint64_t x = word ^ (kOnes * ' ');
      // The high bit of each byte that was a space, exactly (no borrows).
      uint64_t spaces = ~(((x & kLow7) + kLow7) | x | kLow7);
      while (spaces != 0) {
        const size_t at = from + static_cast<size_t>(std::countr_zero(spaces)) / 8;
        if (at + 2 >= n || MayStartAPronoun<kFrench>(text[at + 1], text[at + 2])) return at;
        spaces &= spaces - 1;
      }
      from += 8;
    }
  }
  for (; from + 1 < n; ++from) {
    if (text[from] == ' ' && (from + 2 >= n || MayStartAPronoun<kFrench>(text[from + 1], text[from + 2]))) return from;
  }
  return std::string_view::npos;
}

struct Run {
  size_t begin = 0;
  size_t end = 0;
  int words = 0;
  bool lower = false;
  bool first_given = false;  // the run opens with a given name
  bool any_given = false;
  bool caps = false;      // one word in capitals ("la ROSA me dijo")
  bool unlisted = false;  // one word of no list ("Morelos se llevó", "YEFRI me dijo")
};

// Vowels of an ASCII word in capitals: a name is spoken ("YEFRI",
// "KEYLOR"), most acronyms are spelled ("IMSS", "CNDH").
int CapitalVowels(std::string_view w) {
  int vowels = 0;
  for (char c : w) vowels += c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y';
  return vowels;
}

// Flags that make a word no name here even if a list has it.
constexpr uint32_t kNotAName = kStopWord | kMonth | kTitle | kPlacePrep | kConnector | kOrgWord |
                               kInstitution | kNameCue | kSpeechCue | kHonorific | kDemonym;

class ActingNames {
 public:
  ActingNames(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon)
      : text_(text), places_(places), lexicon_(lexicon) {}

  // The run of name words that ends at `end` (one space or none between
  // words). `lower_ok`: a lower-case given name may be the run.
  bool RunEndingAt(size_t end, bool lower_ok, Run* run, Act act = Act::kEnglish) const {
    *run = Run{};
    run->end = end;
    size_t at = end;
    while (run->words < 3) {
      size_t b = 0;
      const std::string_view w = LetterWordEndingAt(text_, at, &b);
      if (w.empty() || w.size() > 40) break;
      const Folded fold(w);
      const std::string_view folded = fold.view();
      const uint32_t flags = lexicon_.Flags(folded);
      const bool all_caps = AllCaps(w);
      // A surname that is a place's or an organisation's word ("Park",
      // "Church", "Lake", "Sierra", "Plaza") after a capitalized given name
      // or a word of no list, the two the subject of an act ("Jimin Park
      // beat us", "Seo-yeon Park helped us"): a park beats nobody.
      if (run->words == 0 && (flags & kSurname) != 0 && (flags & kNotAName & (kOrgWord | kInstitution)) != 0) {
        const size_t gb = FirstNameBeforeOrganisationWordSurname(text_, places_, b, at);
        if (gb != std::string_view::npos) {
          run->begin = gb;
          run->words = 2;
          run->first_given = run->any_given = true;
        }
        break;
      }
      if ((flags & (kGivenName | kSurname)) == 0 || (flags & kNotAName) != 0 || IsGodWord(folded)) {
        // A word of no list, alone, that is no ordinary word: capitalized
        // before "se" and a verb of taking ("Morelos se llevó": a surname
        // no list has, or a town's name carried by someone), or in
        // capitals, spoken like a name, before any act ("YEFRI me dijo").
        if (run->words == 0 && (act == Act::kPast || act == Act::kTaking) && (flags & ~kNameWord) == 0 &&
            w.size() >= 4 &&
            StartsWithCapital(text_, b) &&
            // A town's name may be a word too ("Matamoros"); a town takes nothing.
            (!lexicon_.IsDictionaryWord(folded) || (!all_caps && places_.ClassOf(w) != PlaceClass::kNone)) &&
            (all_caps ? CapitalVowels(w) >= 2 : act == Act::kTaking)) {
          run->begin = b;
          run->words = 1;
          run->unlisted = true;
          run->caps = all_caps;
        }
        break;
      }
      if (all_caps) {
        // A given name in capitals, alone ("la ROSA me dijo").
        if (run->words == 0 && (flags & kGivenName) != 0 && w.size() >= 3 &&
            (act != Act::kEnglish || !lexicon_.IsDictionaryWord(folded))) {
          run->begin = b;
          run->words = 1;
          run->first_given = run->any_given = true;
          run->caps = true;
        }
        break;
      }
      const bool capital = StartsWithCapital(text_, b);
      if (!capital) {
        // One lower-case given name, alone.
        if (run->words > 0 || !lower_ok || (flags & kGivenName) == 0 ||
            std::isupper(static_cast<unsigned char>(w[0]))) {
          break;
        }
        run->lower = true;
      }
      run->begin = b;
      run->first_given = (flags & kGivenName) != 0;
      run->any_given = run->any_given || run->first_given;
      ++run->words;
      if (run->lower || b == 0 || text_[b - 1] != ' ') break;
      at = b - 1;
    }
    if (run->words == 0) return false;
    // Two or more words open with a given name ("Guadalupe Hidalgo").
    while (run->words > 1 && !run->first_given) {
      // Drop the first word: the run is what follows it.
      const std::string_view first = LetterWordStartingAt(text_, run->begin);
      run->begin += first.size() + 1;
      --run->words;
      const Folded folded(LetterWordStartingAt(text_, run->begin));
      run->first_given = (lexicon_.Flags(folded.view()) & kGivenName) != 0;
    }
    return true;
  }

  // How the run reads with what comes before it: 0 no subject (a barrier
  // word, a place's first word), 1 a subject, and in *joined where another
  // run may end ("y", "and", a comma), else npos.
  int Before(const Run& run, size_t* joined) const {
    *joined = std::string_view::npos;
    size_t p = run.begin;
    while (p > 0 && text_[p - 1] == ' ') --p;
    if (p == 0) return 1;
    const char c = text_[p - 1];
    if (c == ',') {
      *joined = p - 1;
      return 1;
    }
    if (!IsLetterByte(static_cast<unsigned char>(c))) return 1;  // a line, a sentence, a bracket
    size_t b = 0;
    const std::string_view w = LetterWordEndingAt(text_, p, &b);
    const Folded fold(w);
    const std::string_view folded = fold.view();
    const uint32_t flags = lexicon_.Flags(folded);
    if (folded == "y" || folded == "e" || folded == "and" || folded == "et" || folded == "ak") {
      *joined = b;
      return 1;
    }
    // A given name in capitals after an article is someone ("la ROSA me
    // dijo"); an acronym there stays ("el IMSS nos dijo": no list has it).
    if (run.caps && !run.unlisted && (folded == "el" || folded == "la")) return 1;
    // A name in capitals of no list stands out of lower-case text only.
    if (run.unlisted && run.caps && AllCaps(w)) return 0;
    if (IsBarrierWord(folded, flags) || IsGodWord(folded)) return 0;
    if (!StartsWithCapital(text_, b)) return 1;
    // A capitalized word before it: the sentence's first word reads as a
    // lower-case one; inside a sentence ("Ciudad Victoria", "el Comedor
    // Juan") only one given name is a subject, and not where the two make
    // a place.
    size_t q = b;
    while (q > 0 && text_[q - 1] == ' ') --q;
    const bool opens_sentence =
        q == 0 || (!IsLetterByte(static_cast<unsigned char>(text_[q - 1])) && text_[q - 1] != ',');
    if (opens_sentence && (flags & (kGivenName | kSurname)) == 0) return 1;
    // A town after a preposition, then the name: "En Coatzacoalcos
    // Matamoros se robó...", unless the two words make a longer place.
    if (!opens_sentence && places_.ClassOf(w) != PlaceClass::kNone &&
        places_.ClassOf(text_.substr(b, run.end - b)) == PlaceClass::kNone) {
      size_t pb = 0;
      const Folded prep(LetterWordEndingAt(text_, q, &pb));
      if (q > 0 && (lexicon_.Flags(prep.view()) & kPlacePrep) != 0) return 1;
    }
    if (run.words != 1 || !run.first_given) return 0;
    if (places_.ClassOf(text_.substr(b, run.end - b)) != PlaceClass::kNone) return 0;
    return 1;
  }

  // The runs of the subject that ends at `end`, the last first; empty if
  // none. `english`: joined runs or a run that is no place only.
  std::vector<Run> Subject(size_t end, bool lower_ok, Act act) const {
    // After an English verb or before a relative clause a lone run must
    // be no place ("Llegamos a Victoria, que nos pareció...").
    const bool english = act == Act::kEnglish || act == Act::kRelative;
    std::vector<Run> runs;
    Run run;
    if (!RunEndingAt(end, lower_ok, &run, act)) return runs;
    size_t joined = 0;
    if (Before(run, &joined) == 0) return runs;
    runs.push_back(run);
    while (joined != std::string_view::npos && runs.size() < 4) {
      size_t e = joined;
      while (e > 0 && text_[e - 1] == ' ') --e;
      Run other;
      if (!RunEndingAt(e, run.lower, &other) || other.lower != run.lower) break;
      size_t next = 0;
      if (Before(other, &next) == 0) break;
      // Joined by a comma only inside a list that "y" closes: "Guadalupe,
      // Pedro y Juan", not "Llegamos a Santiago, Pedro nos...".
      if (text_[joined] == ',' && runs.size() < 2 && !JoinedByAWord(runs.back())) break;
      runs.push_back(other);
      joined = next;
    }
    if (english && runs.size() < 2) {
      const Run& only = runs.front();
      if (places_.ClassOf(text_.substr(only.begin, only.end - only.begin)) != PlaceClass::kNone) runs.clear();
    }
    return runs;
  }

  bool JoinedByAWord(const Run& run) const {
    size_t joined = 0;
    Before(run, &joined);
    return joined != std::string_view::npos && text_[joined] != ',';
  }

 private:
  std::string_view text_;
  const PlaceGazetteer& places_;
  const NameLexicon& lexicon_;
};

}  // namespace

bool IsSpanishPastVerb(std::string_view w) {
  if (w.size() >= 4 && EndsWith(w, "\xC3\xB3")) return true;  // pegó, dió
  if (w.size() >= 6 && (EndsWith(w, "aron") || EndsWith(w, "ieron") || EndsWith(w, "yeron"))) return true;
  if (w.size() >= 5 && (EndsWith(w, "aba") || EndsWith(w, "aban"))) return true;  // llevaba
  if (w.size() >= 5 && (EndsWith(w,
                                 "\xC3\xAD"
                                 "a") ||
                        EndsWith(w,
                                 "\xC3\xAD"
                                 "an")))
    return true;  // decía
  static const std::unordered_set<std::string_view> kIrregular = {
      "dio",   "dieron",   "dijo", "dijeron",  "hizo",  "hicieron",  "puso",   "pusieron",
      "trajo", "trajeron", "fue",  "fueron",   "quiso", "quisieron", "tuvo",   "tuvieron",
      "vio",   "vieron",   "vino", "vinieron", "supo",  "estuvo",    "anduvo", "condujo"};
  return w.size() <= 9 && (w.back() == 'o' || w.back() == 'e' || w.back() == 'n') && kIrregular.count(w) != 0;
}

void AddNamesActingOnSomeone(std::string_view text, std::string_view language, const PlaceGazetteer& places,
                             const std::vector<Finding>& others, std::vector<Finding>* names,
                             const std::vector<size_t>* pronoun_starts) {
  // French auxiliaries are read in French and Haitian text (where French is
  // quoted) only: " a " is everywhere in Spanish and English.
  const std::string_view lang2 = language.substr(0, 2);
  const bool french = lang2 == "fr" || lang2 == "ht";
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  const ActingNames reader(text, places, *lexicon);
  std::vector<std::pair<size_t, size_t>> added;
  // Where a subject may end: the space before a Spanish pronoun, or before
  // an English verb in the past and its object.
  auto consider = [&](size_t end, bool lower_ok, Act act) {
    // Only if the word before could be a name: cheap test first.
    size_t b = 0;
    const std::string_view w = LetterWordEndingAt(text, end, &b);
    if (w.size() < 2) return;
    if (!StartsWithCapital(text, b) && !lower_ok) return;
    for (const Run& run : reader.Subject(end, lower_ok, act)) added.emplace_back(run.begin, run.end);
  };
  const size_t n = text.size();
  // The space at i, before what may be a pronoun (i + 3 <= n): reads it and
  // returns where the next space may be.
  auto visit = [&](size_t i) -> size_t {
    size_t e = i + 1;
    while (e < n && e - i <= 5 && text[e] >= 'a' && text[e] <= 'z') ++e;
    // French: "Morelos a pris", "la ROSE m'a dit", "Dorval s'est enfui".
    if (french && i + 2 < n && ((text[i + 1] == 'a' && text[i + 2] == ' ') || text[i + 2] == '\'' || text[i + 2] == '\xE2' ||
                      (e + 2 < n && text[e] == ' ' && text[e + 1] == 'a' && text[e + 2] == ' '))) {
      bool reflexive = false;
      const size_t participle = FrenchParticiple(text, i, &reflexive);
      Act act = Act::kPast;
      if (participle != std::string_view::npos) {
        const std::string_view verb = LetterWordStartingAt(text, participle);
        if (verb.size() >= 3 && FrenchAct(Folded(verb).view(), reflexive, &act)) consider(i, false, act);
      }
    }
    const size_t len = e - i - 1;
    if (len < 2 || len > 4 || (e < n && IsLetterByte(static_cast<unsigned char>(text[e])))) {
      return e > i + 1 ? e : i + 1;
    }
    const std::string_view pronoun = text.substr(i + 1, len);
    const bool spanish = pronoun == "me" || pronoun == "te" || pronoun == "nos" || pronoun == "le" ||
                         pronoun == "les" || pronoun == "se";
    const bool english =
        pronoun == "me" || pronoun == "us" || pronoun == "him" || pronoun == "her" || pronoun == "them";
    if (spanish && e < n && text[e] == ' ') {
      const std::string_view verb = LetterWordStartingAt(text, e + 1);
      bool acts = false;
      if (pronoun == "se") {
        const size_t after = e + 1 + verb.size();
        const std::string_view next =
            after < n && text[after] == ' ' ? LetterWordStartingAt(text, after + 1) : std::string_view();
        // Verbs of taking begin with one of few letters: most "se" go no further.
        acts = verb.size() >= 3 && std::string_view("lrmabeqf").find(verb[0]) != std::string_view::npos &&
               IsTakingVerbAfterSe(Folded(verb).view(), next);
      } else {
        acts = IsSpanishPastVerb(verb);
      }
      // A town does not rob or beat anyone: "Morelos nos robó", "Zacatecas
      // me quitó el celular" read as "se llevó".
      // (A word of no list may be the subject only if capitalized: the
      // verb is looked up only then.)
      size_t sb = 0;
      const bool taking = pronoun == "se" || (acts && !LetterWordEndingAt(text, i, &sb).empty() &&
                                              StartsWithCapital(text, sb) &&
                                              IsTakingVerbAfterPronoun(Folded(verb).view()));
      if (acts) consider(i, /*lower_ok=*/true, taking ? Act::kTaking : Act::kPast);
      // A relative clause about what the name did: "en el Comedor Juan,
      // que nos ayudó", "el Albergue Pedro, quien nos recibió". The name
      // ends at the comma.
      if (acts && pronoun != "se") {
        size_t rb = 0;
        const std::string_view relative = LetterWordEndingAt(text, i, &rb);
        if ((relative == "que" || relative == "quien") && rb >= 3 && text[rb - 1] == ' ' && text[rb - 2] == ',') {
          consider(rb - 2, /*lower_ok=*/false, Act::kRelative);
        }
      }
    }
    if (english && i > 0) {
      size_t vb = 0;
      const std::string_view verb = LetterWordEndingAt(text, i, &vb);
      if (!verb.empty() && vb > 0 && text[vb - 1] == ' ' && IsEnglishPastVerb(verb)) {
        consider(vb - 1, /*lower_ok=*/false, Act::kEnglish);
      }
    }
    return e;
  };
  if (pronoun_starts != nullptr && !french) {
    // The name detector's tokens list the words that may be pronouns: only
    // the spaces before them are read (the same spaces the scan below
    // stops at and does something after).
    for (const size_t b : *pronoun_starts) {
      if (b == 0 || b + 2 > n || text[b - 1] != ' ') continue;  // the scan stops 3 bytes before the end
      visit(b - 1);
    }
  } else {
    size_t i = 0;
    while (i < n) {
      // Words of two to four lower-case ASCII letters after a space.
      i = french ? NextSpaceBeforeAPronoun<true>(text, i) : NextSpaceBeforeAPronoun<false>(text, i);
      if (i == std::string_view::npos || i + 3 > n) break;
      i = visit(i);
    }
  }
  // The subject after its verb of taking or violence, a nickname that is
  // an everyday word: "Me violó el Gato, un hombre de...", "nos robó el
  // Zorro en la Bestia". One capitalized word after "el", no place,
  // institution, title or function word, and no capitalized word after it
  // ("nos detuvo el Ejército Mexicano"); the verb after "me", "te", "nos",
  // "le", "les" (capitalized too: the pronoun opens the sentence).
  if (lang2 == "es") {
    // Each 'l' found by memchr, then its neighbours (string_view::find and
    // memmem cost several instructions a byte on a long text).
    for (const char* l = static_cast<const char*>(memchr(text.data(), 'l', n)); l != nullptr;
         l = static_cast<const char*>(memchr(l + 1, 'l', n - static_cast<size_t>(l + 1 - text.data())))) {
      const size_t li = static_cast<size_t>(l - text.data());
      if (li < 2 || li + 1 >= n || text[li + 1] != ' ' || text[li - 1] != 'e' || text[li - 2] != ' ') continue;
      const size_t at = li - 2;
      const size_t wb = at + 4;
      if (wb >= n || !StartsWithCapital(text, wb)) continue;
      size_t vb = 0;
      const std::string_view verb = LetterWordEndingAt(text, at, &vb);
      // A verb in the singular: after a plural one "el" opens the object
      // ("nos quitaron el Dinero").
      if (verb.size() < 3 || vb < 2 || text[vb - 1] != ' ' || verb.back() == 'n') continue;
      // The pronoun first (ASCII, so no folding): it rules out most "el".
      size_t pb = 0;
      const std::string_view raw = LetterWordEndingAt(text, vb - 1, &pb);
      if (raw.size() < 2 || raw.size() > 3) continue;
      char lower[3];
      for (size_t k = 0; k < raw.size(); ++k) {
        lower[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(raw[k])));
      }
      const std::string_view pv(lower, raw.size());
      if (pv != "me" && pv != "te" && pv != "nos" && pv != "le" && pv != "les") continue;
      if (!IsTakingVerbAfterPronoun(Folded(verb).view())) continue;
      const std::string_view word = LetterWordStartingAt(text, wb);
      const size_t we = wb + word.size();
      const bool alone = we >= n || text[we] == ',' || text[we] == '.' || text[we] == ';' || text[we] == '\n' ||
                         (text[we] == ' ' && !(we + 1 < n && StartsWithCapital(text, we + 1)));
      if (word.size() < 3 || !alone || AllCaps(word) || places.ClassOf(word) != PlaceClass::kNone) continue;
      const Folded folded(word);
      const uint32_t flags = lexicon->Flags(folded.view());
      // The things that hit, crush or drown migrants on the route ("nos
      // golpeó el Tren", "me tumbó el Río") are no nickname; a listed given
      // name or surname among them stays one.
      if (IsRouteThing(folded.view()) && !(flags & (kGivenName | kSurname))) continue;
      if (!(flags & (kOrgWord | kInstitution | kTitle | kMonth | kDemonym | kStopWord | kConnector | kPlacePrep |
                     kPostCue | kRoleCue | kOrgSuffix | kPlaceSuffix))) {
        added.emplace_back(wb, we);
      }
    }
  }
  if (added.empty()) return;
  std::sort(added.begin(), added.end());
  added.erase(std::unique(added.begin(), added.end()), added.end());
  AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
