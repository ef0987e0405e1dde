#include "redaction/subject_position_names.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/organisation_names.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

struct Word {
  size_t begin = 0;
  size_t end = 0;
};

// A byte that may be part of a word: ASCII letters and the bytes of letters
// beyond ASCII. Not the punctuation of U+2000.. (’ “ — …: E2 lead) nor of
// Latin-1 (¡ ¿ « » and the no-break space: C2 lead), which split words
// ("M’a" is "M", "a").
inline bool WordByte(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
  return c != 0xE2 && c != 0xC2;
}

// Length of the byte sequence a separator at i takes (a multi-byte mark is
// skipped whole).
inline size_t SeparatorLength(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  size_t len = c == 0xE2 ? 3 : c == 0xC2 ? 2 : 1;
  return std::min(len, text.size() - i);
}

// The words of text, in order.
std::vector<Word> Words(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 6 + 1);
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (!WordByte(text, i)) {
      i += SeparatorLength(text, i);
      continue;
    }
    const size_t b = i;
    while (i < n && WordByte(text, i)) ++i;
    words.push_back({b, i});
  }
  return words;
}

std::string_view View(std::string_view text, const Word& w) { return text.substr(w.begin, w.end - w.begin); }

// True if only one space (or a tab) lies between the two words.
bool OneSpaceBetween(std::string_view text, const Word& a, const Word& b) {
  return b.begin == a.end + 1 && (text[a.end] == ' ' || text[a.end] == '\t');
}

bool Lower(std::string_view text, const Word& w) {
  const unsigned char c = static_cast<unsigned char>(text[w.begin]);
  return c >= 'a' && c <= 'z';
}

// Two capitals or more and no lower-case letter: an acronym ("ACNUR",
// "ICE") or shouted text.
bool AllCaps(std::string_view w) {
  int upper = 0;
  for (unsigned char c : w) {
    if (std::islower(c) != 0) return false;
    upper += std::isupper(c) != 0;
  }
  return upper >= 2;
}

// True if the word opens a sentence: the text's start, or after a period,
// a question or exclamation mark, a colon or a line break (quotes and
// opening marks between).
bool OpensSentence(std::string_view text, const Word& w) {
  size_t p = w.begin;
  while (p > 0) {
    const unsigned char c = static_cast<unsigned char>(text[p - 1]);
    if (c == ' ' || c == '\t' || c == '"' || c == '(' || c == '\r') {
      --p;
      continue;
    }
    // ¿ ¡ « (C2 BF, C2 A1, C2 AB) and “ (E2 80 9C).
    if (p >= 2 && static_cast<unsigned char>(text[p - 2]) == 0xC2 && (c == 0xBF || c == 0xA1 || c == 0xAB)) {
      p -= 2;
      continue;
    }
    if (p >= 3 && text.substr(p - 3, 3) == "\xE2\x80\x9C") {
      p -= 3;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':';
  }
  return true;
}

// Spanish object pronouns before a verb. Folded.
bool IsSpanishClitic(std::string_view folded) {
  return folded == "me" || folded == "te" || folded == "nos" || folded == "lo" || folded == "la" ||
         folded == "los" || folded == "las" || folded == "le" || folded == "les";
}

// Spanish verbs in the past (third person) of violence, taking, helping,
// taking somewhere and selling: what people do to people. Folded (a
// survivor who types without accents writes "golpeo" for "golpeó").
bool IsSpanishActVerb(std::string_view folded) {
  static const std::unordered_set<std::string> kVerbs = [] {
    std::unordered_set<std::string> verbs;
    // Verbs in -ar: preterite "-ó", "-aron"; imperfect "-aba", "-aban".
    for (const char* stem :
         {"golpe", "peg", "pate", "atac", "amenaz", "secuestr", "viol", "mat", "dispar", "tortur", "amarr",
          "encerr", "asalt", "extorsion", "acuchill", "apunal", "bale", "empuj", "maltrat", "acos", "agarr",
          "arrest", "entreg", "traicion", "engan", "estaf", "rob", "quit", "arrebat", "llev", "sac", "cobr",
          "levant", "ayud", "salv", "rescat", "acompan", "cuid", "hosped", "aloj", "cruz", "abandon", "dej",
          "jal", "lastim", "castig", "humill", "insult", "amenaz", "ahorc", "ech", "vigil", "encontr"}) {
      for (const char* ending : {"o", "aron", "aba", "aban"}) verbs.insert(std::string(stem) + ending);
    }
    // Verbs in -er and -ir: "-ió", "-ieron", "-ía", "-ían".
    for (const char* stem : {"vend", "escond", "proteg", "recog", "defend", "mord", "sorprend"}) {
      for (const char* ending : {"io", "ieron", "ia", "ian"}) verbs.insert(std::string(stem) + ending);
    }
    for (const char* irregular : {"hirio", "hirieron", "persiguio", "persiguieron", "detuvo", "detuvieron",
                                  "trajo", "trajeron", "condujo", "condujeron", "guio", "guiaron", "guiaba"}) {
      verbs.insert(irregular);
    }
    // "encontró" is kept out: "nos encontró Migración" aside, a thing is found.
    for (const char* out : {"encontro", "encontraron", "encontraba", "encontraban"}) verbs.erase(out);
    return verbs;
  }();
  return folded.size() >= 3 && kVerbs.count(std::string(folded)) != 0;
}

// French participles of the same acts, folded, agreement dropped ("frappés",
// "frappée" -> "frappe").
bool IsFrenchActParticiple(std::string_view folded) {
  if (folded.size() > 3 && folded.back() == 's') folded.remove_suffix(1);
  if (folded.size() > 3 && folded.substr(folded.size() - 2) == "ee") folded.remove_suffix(1);
  static const std::unordered_set<std::string_view> kParticiples = {
      "frappe",  "battu",     "battue",    "vole",    "pri",      "prise",   "aide",      "vendu",
      "vendue",  "enleve",    "kidnappe",  "menace",  "viole",    "tue",     "attache",   "enferme",
      "arrete",  "livre",     "trahi",     "trahie",  "amene",    "emmene",  "conduit",   "conduite",
      "cache",   "sauve",     "abandonne", "pousse",  "blesse",   "agresse", "depouille", "rackette",
      "torture", "ranconne",  "escroque",  "trompe",  "attaque",  "tabasse", "cogne",     "sequestre",
      "deporte", "expulse",   "recueilli", "accueilli", "heberge", "protege", "passe",    "traverse"};
  return kParticiples.count(folded) != 0;
}

// English verbs in the past of the same acts, before "us", "me"...
bool IsEnglishActVerb(std::string_view w) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "beat",    "hit",      "robbed",   "kidnapped", "attacked",  "raped",     "stabbed",  "shot",
      "kicked",  "punched",  "slapped",  "threatened", "tortured", "killed",    "took",     "grabbed",
      "dragged", "pushed",   "hurt",     "abused",    "assaulted", "sold",      "betrayed", "tricked",
      "cheated", "extorted", "locked",   "tied",      "chased",    "caught",    "helped",   "hid",
      "saved",   "drove",    "brought",  "smuggled",  "carried",   "guided",    "led",      "held",
      "beaten",  "choked",   "whipped",  "burned",    "cut",       "left",      "abandoned", "handed"};
  return kVerbs.count(w) != 0;
}

bool IsEnglishObject(std::string_view w) {
  return w == "us" || w == "me" || w == "him" || w == "her" || w == "them";
}

// Words of authorities, armed groups and institutions that testimonies
// write capitalized without an article, as a subject: "Me detuvo
// Migración", "Nos golpeó Policía", "M'a arrêté Frontex". Folded.
bool IsAuthorityWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> kWords = {
      // Spanish
      "migracion", "inmigracion", "migra", "policia", "policias", "federales", "federal", "municipales",
      "estatales", "guardia", "patrulla", "ejercito", "marina", "militares", "soldados", "aduana", "aduanas",
      "gobierno", "seguridad", "fiscalia", "estado", "frontera", "autoridades", "zetas", "mara", "maras",
      "pandilla", "pandilleros", "cartel", "carteles", "narcos", "sicarios", "medicos", "caritas", "casa",
      "albergue", "grupo", "iglesia", "parroquia", "proteccion", "defensoria", "comision", "instituto",
      "fundacion", "asociacion", "hermanos", "cruz", "coyotes", "polleros", "delincuencia", "guerrilla",
      // French and English
      "police", "gendarmerie", "gendarmes", "douane", "douaniers", "armee", "frontex", "prefecture", "etat",
      "gouvernement", "policiers", "militaires", "soldats", "passeurs", "migration", "immigration", "border",
      "army", "soldiers", "guards", "gang", "gangs", "cartels", "officers", "agents", "government"};
  return kWords.count(folded) != 0;
}

bool IsGodWord(std::string_view folded) {
  return folded == "dios" || folded == "diosito" || folded == "god" || folded == "dieu" || folded == "bondye" ||
         folded == "jesucristo" || folded == "cristo" || folded == "virgen" || folded == "allah" ||
         folded == "jehova" || folded == "senor" || folded == "seigneur";
}

// A place of the hand-written or world gazetteers; not one that is also a
// given name or surname ("Florence"), which in these positions is someone.
bool IsPlace(const PlaceGazetteer& places, std::string_view phrase) {
  const PlaceClass c = places.ClassOf(phrase);
  return c == PlaceClass::kListed || c == PlaceClass::kWorld;
}

class SubjectReader {
 public:
  SubjectReader(std::string_view text, const std::vector<Word>& words, const PlaceGazetteer& places,
                const NameLexicon& lexicon)
      : text_(text), words_(words), places_(places), lexicon_(lexicon) {}

  // The subject after a verb: words_[k] and, joined by a space, a second
  // capitalized word; false if words_[k] cannot be a person there.
  bool AfterVerb(size_t k, size_t* begin, size_t* end) const {
    if (!Capitalized(k)) return false;
    const std::string_view w = View(text_, words_[k]);
    if (AllCaps(w) || !MayBeAPerson(k)) return false;
    // Two words: both must pass, and together be no place or organisation
    // ("Estados Unidos", "Grupo Beta", "Policía Federal").
    if (k + 1 < words_.size() && OneSpaceBetween(text_, words_[k], words_[k + 1]) && Capitalized(k + 1)) {
      const std::string_view two = text_.substr(words_[k].begin, words_[k + 1].end - words_[k].begin);
      if (IsPlace(places_, two) || IsOrganisationName(two)) return false;
      if (k + 2 < words_.size() && OneSpaceBetween(text_, words_[k + 1], words_[k + 2])) {
        const std::string_view three = text_.substr(words_[k].begin, words_[k + 2].end - words_[k].begin);
        if (IsPlace(places_, three) || IsOrganisationName(three)) return false;
      }
      if (!AllCaps(View(text_, words_[k + 1])) && MayBeAPerson(k + 1)) {
        *begin = words_[k].begin;
        *end = words_[k + 1].end;
        return true;
      }
    }
    *begin = words_[k].begin;
    *end = words_[k].end;
    return true;
  }

  // A word of no list opening a sentence: only the name lists may hold it.
  bool UnlistedOpener(size_t k) const {
    if (!Capitalized(k) || !OpensSentence(text_, words_[k])) return false;
    const std::string_view w = View(text_, words_[k]);
    if (w.size() < 3 || AllCaps(w)) return false;
    const std::string folded = text::Fold(w);
    constexpr uint32_t kNameLists = kGivenName | kSurname | kNameWord | kRouteName;
    if ((lexicon_.Flags(folded) & ~kNameLists) != 0 || lexicon_.IsDictionaryWord(folded)) return false;
    if (places_.ClassOf(w) != PlaceClass::kNone || IsOrganisationName(w)) return false;
    return !IsAuthorityWord(folded) && !IsGodWord(folded);
  }

  std::string Folded(size_t k) const { return text::Fold(View(text_, words_[k])); }

 private:
  bool Capitalized(size_t k) const { return StartsWithCapital(text_, words_[k].begin); }

  bool MayBeAPerson(size_t k) const {
    const std::string_view w = View(text_, words_[k]);
    if (w.size() < 2) return false;
    const std::string folded = text::Fold(w);
    constexpr uint32_t kNotPerson =
        kStopWord | kMonth | kDemonym | kOrgWord | kInstitution | kTitle | kHonorific | kPlaceSuffix | kPlacePrep;
    if ((lexicon_.Flags(folded) & kNotPerson) != 0) return false;
    if (IsAuthorityWord(folded) || IsGodWord(folded)) return false;
    return !IsPlace(places_, w) && !IsOrganisationName(w);
  }

  std::string_view text_;
  const std::vector<Word>& words_;
  const PlaceGazetteer& places_;
  const NameLexicon& lexicon_;
};

// A short ASCII word in lower case ("Nos" -> "nos"); "" if longer.
std::string_view AsciiLower(std::string_view w) {
  thread_local char buf[4];
  if (w.size() > sizeof buf) return {};
  for (size_t k = 0; k < w.size(); ++k) buf[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[k])));
  return std::string_view(buf, w.size());
}

// Quick byte tests before folding: a Spanish clitic is two or three ASCII
// letters ("me", "nos", "las").
bool MayBeSpanishClitic(std::string_view w) {
  if (w.size() < 2 || w.size() > 3) return false;
  const char c = static_cast<char>(w[0] | 0x20);
  return c == 'm' || c == 't' || c == 'n' || c == 'l';
}

// The French object pronoun before "a"/"ont": "m'", "t'", "l'" (a one
// letter word right before an apostrophe) or "nous", "vous", "lui", "leur",
// "les".
bool IsFrenchCliticBefore(std::string_view text, const Word& w, const Word& aux) {
  const std::string_view v = View(text, w);
  if (v.size() == 1) {
    const char c = static_cast<char>(v[0] | 0x20);
    if (c != 'm' && c != 't' && c != 'l') return false;
    const std::string_view gap = text.substr(w.end, aux.begin - w.end);
    return gap == "'" || gap == "\xE2\x80\x99";
  }
  if (!OneSpaceBetween(text, w, aux)) return false;
  const std::string folded = text::Fold(v);
  return folded == "nous" || folded == "vous" || folded == "lui" || folded == "leur" || folded == "les";
}

}  // namespace

void AddNamesInSubjectPositions(std::string_view text, std::string_view language, const PlaceGazetteer& places,
                                const std::vector<Finding>& others, std::vector<Finding>* names) {
  const std::string_view lang2 = language.substr(0, 2);
  const bool spanish = lang2 == "es";
  const bool french = lang2 == "fr" || lang2 == "ht";
  const bool english = lang2 == "en";
  if (!spanish && !french && !english) return;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  const std::vector<Word> words = Words(text);
  const SubjectReader reader(text, words, places, *lexicon);
  std::vector<std::pair<size_t, size_t>> added;
  auto add_word = [&](size_t k) { added.emplace_back(words[k].begin, words[k].end); };
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = View(text, words[i]);
    if (spanish && i + 1 < n && MayBeSpanishClitic(w) && OneSpaceBetween(text, words[i], words[i + 1]) &&
        Lower(text, words[i + 1]) && IsSpanishClitic(AsciiLower(w)) &&
        IsSpanishActVerb(reader.Folded(i + 1))) {
      // "Me golpeó Zelle": the subject after the verb.
      size_t b = 0, e = 0;
      if (i + 2 < n && OneSpaceBetween(text, words[i + 1], words[i + 2]) && reader.AfterVerb(i + 2, &b, &e)) {
        added.emplace_back(b, e);
      }
      // "Imo nos llevó": a word of no list before the pronoun, opening the
      // sentence.
      if (i > 0 && Lower(text, words[i]) && OneSpaceBetween(text, words[i - 1], words[i]) &&
          reader.UnlistedOpener(i - 1)) {
        add_word(i - 1);
      }
    }
    if (french && w.size() <= 3 && i > 0 && i + 2 < n) {
      // "Nous a frappés Gucci", "M'a volé Twitch".
      const std::string folded = reader.Folded(i);
      if ((folded == "a" || folded == "ont") && IsFrenchCliticBefore(text, words[i - 1], words[i]) &&
          OneSpaceBetween(text, words[i], words[i + 1]) && Lower(text, words[i + 1]) &&
          OneSpaceBetween(text, words[i + 1], words[i + 2]) && IsFrenchActParticiple(reader.Folded(i + 1))) {
        size_t b = 0, e = 0;
        if (reader.AfterVerb(i + 2, &b, &e)) added.emplace_back(b, e);
      }
    }
    if (english && i > 0 && w.size() >= 2 && w.size() <= 4 && Lower(text, words[i]) &&
        IsEnglishObject(w) && OneSpaceBetween(text, words[i - 1], words[i]) && i >= 2 &&
        OneSpaceBetween(text, words[i - 2], words[i - 1]) && IsEnglishActVerb(View(text, words[i - 1])) &&
        reader.UnlistedOpener(i - 2)) {
      // "Vojtech beat us."
      add_word(i - 2);
    }
  }
  if (added.empty()) return;
  std::sort(added.begin(), added.end());
  added.erase(std::unique(added.begin(), added.end()), added.end());
  std::vector<char> overlapped(added.size(), 0);
  size_t longest = 0;
  for (const auto& [begin, end] : added) longest = std::max(longest, end - begin);
  for (const std::vector<Finding>* list : {static_cast<const std::vector<Finding>*>(names), &others}) {
    for (const Finding& f : *list) {
      size_t k = static_cast<size_t>(
          std::lower_bound(added.begin(), added.end(), std::make_pair(f.end, size_t{0})) - added.begin());
      while (k > 0 && added[k - 1].first + longest > f.begin) {
        --k;
        if (added[k].second > f.begin) overlapped[k] = 1;
      }
    }
  }
  for (size_t k = 0; k < added.size(); ++k) {
    if (overlapped[k]) continue;
    Finding f;
    f.begin = added[k].first;
    f.end = added[k].second;
    f.type = IdentifierType::kPersonName;
    f.detector = "names";
    f.confidence = 0.7f;
    names->push_back(f);
  }
}

bool PersonRelativeClauseAfter(std::string_view text, size_t end) {
  size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || text[at] != ',') return false;
  const std::vector<Word> words = Words(text.substr(at + 1, std::min<size_t>(60, text.size() - at - 1)));
  const std::string_view rest = text.substr(at + 1);
  if (words.empty()) return false;
  const std::string relative = text::Fold(View(rest, words[0]));
  if (relative == "who" || relative == "whom" || relative == "quien" || relative == "quienes") return true;
  if (relative != "que" && relative != "qui" && relative != "ki") return false;
  // An object pronoun, then (within two words) an act on someone.
  for (size_t k = 1; k + 1 < words.size() && k <= 2; ++k) {
    const std::string pronoun = text::Fold(View(rest, words[k]));
    const bool object = pronoun == "nos" || pronoun == "me" || pronoun == "nous" || pronoun == "m" ||
                        pronoun == "nou" || pronoun == "mwen" || pronoun == "te" || pronoun == "les";
    if (!object) continue;
    for (size_t v = k + 1; v < words.size() && v <= k + 2; ++v) {
      const std::string verb = text::Fold(View(rest, words[v]));
      if (IsSpanishActVerb(verb) || IsFrenchActParticiple(verb)) return true;
    }
  }
  // Haitian: "ki te bat nou", "ki vole nou".
  if (relative == "ki") {
    static const std::unordered_set<std::string_view> kActs = {
        "bat", "frape", "vole", "kidnape", "touye", "menase", "vann", "pran", "ede", "arete", "kale", "vyole"};
    for (size_t v = 1; v < words.size() && v <= 2; ++v) {
      if (kActs.count(text::Fold(View(rest, words[v]))) != 0) return true;
    }
  }
  return false;
}

}  // namespace amparo::redaction
