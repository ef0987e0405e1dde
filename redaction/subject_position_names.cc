#include "redaction/subject_position_names.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <utility>

#include "redaction/covered_bytes.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/name_lists.h"
#include "redaction/organisation_names.h"
#include "redaction/place_word_surnames.h"
#include "redaction/sorted_runs.h"
#include "redaction/text_utf8.h"
#include "redaction/word_scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
  return IsNameLetterByte(static_cast<unsigned char>(text[i]));
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

bool Lower(std::string_view text, const Word& w) {
  const unsigned char c = static_cast<unsigned char>(text[w.begin]);
  return c >= 'a' && c <= 'z';
}

using text::AllCaps;

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

// Spanish object pronouns before a verb: "me", "te", "nos", "lo", "la",
// "los", "las", "le", "les", in either case (w holds len bytes, 2 or 3).
// Read byte by byte: the test runs on most short words of a text.
bool IsSpanishClitic(const char* w, size_t len) {
  const char c0 = static_cast<char>(w[0] | 0x20), c1 = w[1];
  if (len == 2) return (c1 == 'e' && (c0 == 'm' || c0 == 't' || c0 == 'l')) || (c0 == 'l' && (c1 == 'o' || c1 == 'a'));
  return len == 3 && w[2] == 's' && ((c0 == 'n' && c1 == 'o') || (c0 == 'l' && (c1 == 'o' || c1 == 'a' || c1 == 'e')));
}

// Spanish verbs in the past (third person) of violence, taking, helping,
// taking somewhere and selling: what people do to people. Folded (a
// survivor who types without accents writes "golpeo" for "golpeó").
const std::unordered_set<std::string>& SpanishActVerbForms() {
  static const std::unordered_set<std::string> kForms = [] {
    std::unordered_set<std::string> verbs;
    // Verbs in -ar: preterite "-ó", "-aron"; imperfect "-aba", "-aban".
    for (const char* stem :
         {"golpe", "peg", "pate", "atac", "amenaz", "secuestr", "viol", "mat", "dispar", "tortur", "amarr",
          "encerr", "asalt", "extorsion", "acuchill", "apunal", "bale", "empuj", "maltrat", "acos", "agarr",
          "arrest", "entreg", "traicion", "engan", "estaf", "rob", "quit", "arrebat", "llev", "sac", "cobr",
          "levant", "ayud", "salv", "rescat", "acompan", "cuid", "hosped", "aloj", "cruz", "abandon", "dej",
          "jal", "lastim", "castig", "humill", "insult", "ahorc", "ech", "vigil",
          // Receiving, finding, calling and sending people: "Nos recibió
          // Zelle", "Nos encontró Twitch en el río".
          "atrap", "encontr", "busc", "llam", "contrat", "mand", "envi", "contact", "esper", "avis",
          // Talking to people: "Me habló Twitch en la estación".
          "habl"}) {
      for (const char* ending : {"o", "aron", "aba", "aban"}) verbs.insert(std::string(stem) + ending);
    }
    // Verbs in -er and -ir: "-ió", "-ieron", "-ía", "-ían".
    for (const char* stem : {"vend", "escond", "proteg", "recog", "defend", "mord", "sorprend", "recib", "atend",
                             "ofrec", "met", "sub"}) {
      for (const char* ending : {"io", "ieron", "ia", "ian"}) verbs.insert(std::string(stem) + ending);
    }
    for (const char* irregular : {"hirio", "hirieron", "persiguio", "persiguieron", "detuvo", "detuvieron",
                                  "trajo", "trajeron", "condujo", "condujeron", "guio", "guiaron", "guiaba",
                                  "dio", "dieron", "daba", "daban", "pidio", "pidieron",
                                  // Seeing: "Nos vio Zelle en el tren".
                                  "vio", "vieron", "veia", "veian"}) {
      verbs.insert(irregular);
    }
    return verbs;
  }();
  return kForms;
}

bool IsSpanishActVerb(std::string_view folded) {
  // The set of views looks the forms up without a string made for each
  // word read (the nodes of the set of forms do not move).
  static const std::unordered_set<std::string_view> kVerbs(SpanishActVerbForms().begin(),
                                                           SpanishActVerbForms().end());
  return folded.size() >= 3 && kVerbs.count(folded) != 0;
}

// The auxiliary of a compound past, folded: "ha", "han", "habia",
// "habian" ("Me ha golpeado Zelle", "Nos había robado Twitch").
bool IsSpanishHaber(std::string_view folded) {
  return folded == "ha" || folded == "han" || folded == "habia" || folded == "habian";
}

// A participle of the verbs above, folded, agreement dropped: "golpeado",
// "robadas", "vendido", "herido". Each is read as its preterite form
// ("golpeado" -> "golpeo", "vendido" -> "vendio").
bool IsSpanishActParticiple(std::string_view folded) {
  std::string p(folded);
  if (p.size() > 4 && p.back() == 's') p.pop_back();
  if (p.size() > 4 && p.back() == 'a') p.back() = 'o';
  if (p.size() < 5) return false;
  static const std::unordered_set<std::string_view> kIrregular = {"herido", "detenido", "perseguido", "traido",
                                                                   "conducido"};
  if (kIrregular.count(p) != 0) return true;
  const std::string stem = p.substr(0, p.size() - 3);
  if (p.compare(p.size() - 3, 3, "ado") == 0) return IsSpanishActVerb(stem + "o");
  if (p.compare(p.size() - 3, 3, "ido") == 0) return IsSpanishActVerb(stem + "io");
  return false;
}

// False if the word at `word` (unfolded; `available` bytes of text from
// there) cannot be one of the forms above: its first three bytes are
// lower-case ASCII letters that open none of them. Read before the word's
// end is looked for: most words after "la", "los", "me" ("la casa", "los
// niños", "me dijo") stop here. Bytes beyond ASCII, capitals or a word
// shorter than three letters are left to the folded lookup.
bool MayBeSpanishActVerb(const char* word, size_t available) {
  struct Keys {
    uint64_t open[26 * 26 * 26 / 64 + 1] = {};
  };
  static const Keys kKeys = [] {
    Keys keys;
    for (const std::string& form : SpanishActVerbForms()) {
      const size_t key = static_cast<size_t>(((form[0] - 'a') * 26 + (form[1] - 'a')) * 26 + (form[2] - 'a'));
      keys.open[key / 64] |= uint64_t{1} << (key % 64);
    }
    return keys;
  }();
  if (available < 3) return true;
  const unsigned a = static_cast<unsigned char>(word[0]) - 'a';
  const unsigned b = static_cast<unsigned char>(word[1]) - 'a';
  const unsigned c = static_cast<unsigned char>(word[2]) - 'a';
  if (a >= 26 || b >= 26 || c >= 26) return true;
  const size_t key = (a * 26 + b) * 26 + c;
  return (kKeys.open[key / 64] >> (key % 64)) & 1;
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
      "army", "soldiers", "guards", "gang", "gangs", "cartels", "officers", "agents", "government",
      // Haitian Creole
      "migrasyon", "imigrasyon", "lapolis", "polis", "solda", "leta", "gouvenman", "bandi", "zenglendo",
      "kidnape", "pase"};
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

using Folded = text::FoldedWord;

// What the lists mark as no one's name in the positions these rules read: a
// function word, a month, a demonym, an organisation's or institution's
// word, a title, a place's suffix or preposition, and a kin word ("Me llevó
// Papá", "Nos cuidaba Abuela": the survivor's kin, named by the kin word).
constexpr uint32_t kNotAPerson = kStopWord | kMonth | kDemonym | kOrgWord | kInstitution | kTitle | kHonorific |
                                 kPlaceSuffix | kPlacePrep | kKinCue;

// True if a word (folded, with the lexicon's flags) names no one: a list
// marks it so (`not_person`, kNotAPerson or fewer), or it is an authority
// or God. The one test of the rules that read a capitalized word as
// someone; each adds what it needs of places and organisations.
bool NamesNoOne(uint32_t flags, std::string_view folded, uint32_t not_person = kNotAPerson) {
  return (flags & not_person) != 0 || IsAuthorityWord(folded) || IsGodWord(folded);
}

// A word that may be a person where a subject or a family goes: two letters
// or more, no list's word of no one (NamesNoOne), no place of the
// gazetteers (IsPlace), no organisation.
bool MayBeAPerson(const NameLexicon& lexicon, const PlaceGazetteer& places, std::string_view v) {
  if (v.size() < 2) return false;
  const Folded folded(v);
  if (NamesNoOne(lexicon.Flags(folded.view()), folded.view())) return false;
  return !IsPlace(places, v) && !IsOrganisationName(v);
}

// The word starting at b (empty if none).
// True if the word at text[b] opens a sentence, a line or a clause ("Then
// Jimin Park took", "and Jimin Park took").
bool OpensAClause(std::string_view text, size_t b) {
  size_t p = b;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p == 0) return true;
  const char c = text[p - 1];
  if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';' || c == '"' || c == '(') return true;
  size_t wb = 0;
  const std::string folded = text::Fold(LetterWordEndingAt(text, p, &wb));
  return folded == "then" || folded == "and" || folded == "but" || folded == "so" || folded == "later" ||
         folded == "when" || folded == "because";
}

Word WordAt(std::string_view text, size_t b) {
  size_t e = b;
  while (e < text.size() && WordByte(text, e)) ++e;
  return {b, e};
}

// The word right after w past one space (empty if none).
Word NextWord(std::string_view text, const Word& w) {
  if (w.end + 1 >= text.size() || (text[w.end] != ' ' && text[w.end] != '\t')) return {w.end, w.end};
  return WordAt(text, w.end + 1);
}

// The word right before w past one space (empty if none).
Word PreviousWord(std::string_view text, const Word& w) {
  if (w.begin < 2 || (text[w.begin - 1] != ' ' && text[w.begin - 1] != '\t')) return {w.begin, w.begin};
  size_t b = w.begin - 1;
  while (b > 0 && WordByte(text, b - 1)) --b;
  return {b, w.begin - 1};
}

bool Empty(const Word& w) { return w.end <= w.begin; }

// A short word with its ASCII capitals in lower case ("Nos" -> "nos");
// empty if longer than 4 bytes.
class AsciiLower {
 public:
  explicit AsciiLower(std::string_view w) {
    if (w.size() > sizeof buf_) return;
    for (size_t k = 0; k < w.size(); ++k) {
      buf_[k] = static_cast<char>(w[k] | 0x20);  // letters only are compared
    }
    view_ = std::string_view(buf_, w.size());
  }
  std::string_view view() const { return view_; }

 private:
  char buf_[4] = {};
  std::string_view view_;
};

class SubjectReader {
 public:
  SubjectReader(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon)
      : text_(text), places_(places), lexicon_(lexicon) {}

  // The subject after a verb: w and, joined by a space, a second
  // capitalized word; false if w cannot be a person there.
  bool AfterVerb(const Word& w, size_t* begin, size_t* end) const {
    if (Empty(w) || !StartsWithCapital(text_, w.begin)) return false;
    if (AllCaps(View(text_, w)) || !MayBeAPerson(w)) return false;
    *begin = w.begin;
    *end = w.end;
    // Two words: together no place or organisation ("Estados Unidos",
    // "Grupo Beta", "Policía Federal"), the second a person's word too.
    const Word second = NextWord(text_, w);
    if (Empty(second) || !StartsWithCapital(text_, second.begin)) return true;
    const std::string_view two = text_.substr(w.begin, second.end - w.begin);
    if (IsPlace(places_, two) || IsOrganisationName(two)) return false;
    const Word third = NextWord(text_, second);
    if (!Empty(third)) {
      const std::string_view three = text_.substr(w.begin, third.end - w.begin);
      if (IsPlace(places_, three) || IsOrganisationName(three)) return false;
    }
    if (!AllCaps(View(text_, second)) && MayBeAPerson(second)) *end = second.end;
    return true;
  }

  // A word of no list opening a sentence: only the name lists may hold it.
  bool UnlistedOpener(const Word& w) const {
    if (Empty(w) || !StartsWithCapital(text_, w.begin) || !OpensSentence(text_, w)) return false;
    const std::string_view v = View(text_, w);
    if (v.size() < 3 || AllCaps(v)) return false;
    const Folded folded(v);
    const uint32_t flags = lexicon_.Flags(folded.view());
    if ((flags & ~kNameLists) != 0 || lexicon_.IsDictionaryWord(folded.view())) {
      // A word or brand opening a sentence after its end ("Llegamos de
      // noche. Zelle nos llevó"): no function word, adverb or pronoun
      // ("Entonces", "Todos"), nothing a list marks otherwise.
      // Nor a plural noun ("Ladrones nos robaron", "Thieves robbed us"):
      // a brand that acts as someone is one ("Zelle", "Twitch").
      constexpr uint32_t kWordLists = kCommonWord | kNotNameWord | kCommonName;
      if ((flags & ~(kNameLists | kWordLists)) != 0 || !AfterSentenceEnd(w) || IsSentenceAdverb(folded.view()) ||
          folded.view().back() == 's') {
        return false;
      }
    }
    if (places_.ClassOf(v) != PlaceClass::kNone || IsOrganisationName(v)) return false;
    return !IsAuthorityWord(folded.view()) && !IsGodWord(folded.view());
  }

  // A nickname after its article in the subject's place ("Nos cruzó la
  // Yoyis", "Me golpeó el Chejo"): a capitalized word that no list but the
  // name lists holds and no dictionary has, no place, organisation,
  // authority or God (round 20).
  bool UnlistedAfterArticle(const Word& w) const {
    if (Empty(w) || !StartsWithCapital(text_, w.begin)) return false;
    const std::string_view v = View(text_, w);
    if (v.size() < 3 || AllCaps(v)) return false;
    const Folded folded(v);
    if ((lexicon_.Flags(folded.view()) & ~kNameLists) != 0 || lexicon_.IsDictionaryWord(folded.view())) {
      return false;
    }
    if (places_.ClassOf(v) != PlaceClass::kNone || IsOrganisationName(v)) return false;
    return !IsAuthorityWord(folded.view()) && !IsGodWord(folded.view());
  }

  // True if a period, '!' or '?' and spaces come right before w, or w opens
  // the text or a line ("Zelle me golpeó." as a testimony's first words).
  bool AfterSentenceEnd(const Word& w) const {
    size_t p = w.begin;
    while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '\t')) --p;
    if (p == 0 || text_[p - 1] == '\n') return true;
    return p < w.begin && (text_[p - 1] == '.' || text_[p - 1] == '!' || text_[p - 1] == '?');
  }

  // Words that open sentences before an object pronoun and are no one:
  // adverbs of time and place, quantifiers and pronouns. Folded.
  static bool IsSentenceAdverb(std::string_view folded) {
    static const std::unordered_set<std::string_view> kWords = {
        "entonces", "luego", "despues", "ahi", "alli", "aqui", "aca", "alla", "ya", "tambien", "siempre", "nunca",
        "solo", "casi", "todos", "todas", "ellos", "ellas", "nadie", "alguien", "unos", "unas", "algunos",
        "algunas", "varios", "muchos", "otros", "ademas", "finalmente", "primero", "pronto", "asi", "hoy",
        "ayer", "anoche", "tampoco", "incluso", "aun", "igual", "mas", "pero", "cuando", "donde", "gente",
        "hombres", "mujeres", "senores", "tipos", "then", "they", "everyone", "everybody", "nobody", "someone",
        "somebody", "people", "men", "women", "guys", "others", "some", "many", "finally", "later", "soon",
        "once", "again", "also", "first", "suddenly", "eventually", "police", "alors", "puis", "ensuite",
        "ils", "elles", "tous", "personne", "quelqu", "gens", "hommes", "claro", "bueno", "pues", "obvio",
        // What hurts, takes or leaves people and is no one ("Hunger hurt
        // us", "Everything hurt my legs", "Todo nos dolía").
        "everything", "nothing", "something", "anything", "hunger", "thirst", "fear", "cold", "heat", "rain",
        "water", "fire", "life", "time", "pain", "sickness", "illness", "war", "violence", "poverty", "crime",
        "river", "sea", "todo", "nada", "algo", "hambre", "sed", "miedo", "frio", "calor", "lluvia", "agua",
        "vida", "tiempo", "dolor", "rio", "mar", "enfermedad", "tout", "rien", "faim", "soif", "peur", "froid"};
    return kWords.count(folded) != 0;
  }

  // A word of no list or dictionary written in lower case where a sentence
  // opens, or after a word that opens a clause: "kwesi took my phone",
  // "then kwesi hit me", "I went home and kwesi took my phone", "when kwesi
  // took our money" (English). The clause's link is read wherever it
  // stands: what follows it is a subject, and the word must be of no list.
  // "that" links a relative clause ("the money that kwesi took").
  bool UnlistedLowerOpener(const Word& w) const {
    if (Empty(w) || !Lower(text_, w)) return false;
    const std::string_view v = View(text_, w);
    if (v.size() < 3 || v.size() > 20) return false;
    bool after_that = false;  // "that" is a determiner too ("that man took"): a word of no list only
    if (!OpensSentence(text_, w)) {
      const Word link = PreviousWord(text_, w);
      if (link.end - link.begin > 7) return false;
      const Folded lower(View(text_, link));
      static const std::unordered_set<std::string_view> kLinks = {
          "then", "and", "but", "so", "when", "until", "till", "because", "after", "before", "while", "cuz",
          "that"};
      if (kLinks.count(lower.view()) == 0) return false;
      after_that = lower.view() == "that";
    }
    const Folded folded(v);
    const uint32_t flags = lexicon_.Flags(folded.view());
    if ((flags & ~kNameLists) != 0) return false;
    // The dictionary is one for es/fr/en: a Spanish form ("tunde") is a
    // word of it. A bare singular English word before a verb of acting on
    // someone is rare (a count noun wants an article): what stands there
    // is a mass or group noun ("police", "hunger"), an adverb ("quickly",
    // "just") or a verb's form ("happened"), which the lists and endings
    // below hold; a plural is none.
    if (lexicon_.IsDictionaryWord(folded.view())) {
      const std::string_view f = folded.view();
      // Abstract and mass nouns by their endings too ("exhaustion",
      // "brutality", "sadness", "gunfire"): no name ends so.
      if (after_that || f.back() == 's' || f.ends_with("ly") || f.ends_with("ed") || f.ends_with("ing") ||
          f.ends_with("ion") || f.ends_with("ity") || f.ends_with("ness") || f.ends_with("ism") ||
          f.ends_with("ment") || f.ends_with("ance") || f.ends_with("ence") || f.ends_with("fire") ||
          IsSentenceAdverb(f) || IsEnglishBareSubject(f)) {
        return false;
      }
    }
    if (places_.ClassOf(v) != PlaceClass::kNone || IsOrganisationName(v)) return false;
    return !IsAuthorityWord(folded.view()) && !IsGodWord(folded.view());
  }

  // English words that stand bare before a verb of acting on someone and
  // are no one: mass and group nouns, adverbs, quantifiers. Folded. Asked
  // after the plural, the endings and IsSentenceAdverb, which answer
  // "boss", "security", "darkness", "someone", "finally" and the like:
  // those are not written here again.
  static bool IsEnglishBareSubject(std::string_view folded) {
    static const std::unordered_set<std::string_view> kWords = {
        // Groups and authorities named without an article.
        "staff", "ice", "military", "mafia", "crew", "noone", "anyone", "anybody", "one", "another", "each", "both",
        "either", "neither", "none", "all", "most", "half", "nature", "fate", "luck", "faith", "hope", "love",
        "help", "money", "work", "death", "disease", "fever", "cancer", "covid", "fatigue", "night", "smoke",
        "dust", "mud", "snow", "wind", "current", "traffic", "mom", "dad", "mum", "mama", "papa", "grandma",
        "grandpa", "granny", "auntie", "malaria", "cholera", "dengue", "typhoid", "flu", "pneumonia", "alcohol",
        "anxiety", "hate", "jealousy", "anger", "flood", "storm", "earthquake", "hurricane", "drought", "famine",
        "thunder", "hail", "sun", "panic", "shame", "grief", "trauma", "despair",
        // Roles and words of address said as a name ("and boss took our
        // passports"), which are no one's name.
        "chief", "captain", "teacher", "doctor", "nurse", "officer", "driver", "guard", "coach", "sir", "madam",
        "bro", "buddy", "man", "dude", "guy", "lord", "baby", "babe", "honey",
        // Adverbs that come between a link and a verb ("and just took").
        "just", "still", "never", "even", "almost", "already", "ever", "often", "together", "instead", "somehow",
        "anyway", "maybe", "too", "quite", "rather", "twice", "now", "here", "there", "who", "which", "what",
        "these", "those", "she", "he", "we", "you", "it"};
    return kWords.count(folded) != 0;
  }

  bool MayBeAPerson(const Word& w) const {
    return redaction::MayBeAPerson(lexicon_, places_, View(text_, w));
  }

 private:
  std::string_view text_;
  const PlaceGazetteer& places_;
  const NameLexicon& lexicon_;
};


// The French object pronoun right before the auxiliary `aux`: "m'", "t'",
// "l'" (one letter and an apostrophe) or "nous", "vous", "lui", "leur",
// "les" and a space.
bool FrenchCliticBefore(std::string_view text, const Word& aux) {
  size_t letter = std::string_view::npos;
  if (aux.begin >= 2 && text[aux.begin - 1] == '\'') letter = aux.begin - 2;
  if (aux.begin >= 4 && text.substr(aux.begin - 3, 3) == "\xE2\x80\x99") letter = aux.begin - 4;
  if (letter != std::string_view::npos) {
    const char c = static_cast<char>(text[letter] | 0x20);
    return (c == 'm' || c == 't' || c == 'l') && (letter == 0 || !WordByte(text, letter - 1));
  }
  const Word before = PreviousWord(text, aux);
  const AsciiLower lower(View(text, before));
  const std::string_view w = lower.view();
  return w == "nous" || w == "vous" || w == "lui" || w == "leur" || w == "les";
}

// A Spanish verb's ending as the lists write them: "-o"/"-ó", "-ron",
// "-ban", "-ían"/"-ian", "-ba", "-ía"/"-ia". Most words after "la" or
// "los" ("la casa", "los niños") end otherwise and are never folded.
bool MayEndASpanishVerb(std::string_view v) {
  const size_t n = v.size();
  const char c = v[n - 1];
  if (c == 'o' || c == '\xB3') return true;
  if (c != 'a' && c != 'n') return false;
  const size_t stem = c == 'n' ? n - 1 : n;  // "-ban", "-ían", "-ron" end as "-ba", "-ía", "-ro" do
  if (stem < 3) return false;
  const char b = v[stem - 2], last = v[stem - 1];
  if (c == 'n' && last == 'o') return b == 'r';  // "-ron"
  if (last != 'a') return false;
  return b == 'b' || b == 'i' || b == '\xAD';   // "-ba", "-ia", "-ía"
}

// A list separator ending right before b: ", " or " y ", " e ", " and ",
// " et ", " ak "; the offset where the item before it ends, or npos.
size_t ItemEndBefore(std::string_view text, size_t b) {
  if (b < 2 || b > text.size() || text[b - 1] != ' ') return std::string_view::npos;  // each ends in a space
  if (text.substr(b - 2, 2) == ", ") return b - 2;
  for (const std::string_view c : {" y ", " e ", " and ", " et ", " ak "}) {
    if (b >= c.size() + 1 && text.substr(b - c.size(), c.size()) == c) return b - c.size();
  }
  return std::string_view::npos;
}

// A list separator starting at e; the offset where the next item begins,
// or npos.
size_t ItemBeginAfter(std::string_view text, size_t e) {
  if (e >= text.size() || (text[e] != ',' && text[e] != ' ')) return std::string_view::npos;  // each opens so
  if (text.substr(e, 2) == ", ") return e + 2;
  for (const std::string_view c : {" y ", " e ", " and ", " et ", " ak "}) {
    if (text.substr(e, c.size()) == c) return e + c.size();
  }
  return std::string_view::npos;
}

// A capitalized word that may be a person where a list of subjects goes on:
// not in capitals, no plural noun of a dictionary ("Zelle y Ladrones").
bool ListedSubject(std::string_view text, const SubjectReader& reader, const NameLexicon& lexicon,
                   const Word& w) {
  if (Empty(w) || w.end - w.begin < 2 || !StartsWithCapital(text, w.begin) || AllCaps(View(text, w))) {
    return false;
  }
  if (!reader.MayBeAPerson(w)) return false;
  const Folded folded(View(text, w));
  return folded.view().back() != 's' || !lexicon.IsDictionaryWord(folded.view()) ||
         (lexicon.Flags(folded.view()) & (kGivenName | kSurname)) != 0;
}

// "Me golpearon Zelle y Twitch", "Nos recibió Zelle, Twitch y Gucci": the
// items of a list (at most three more) after a subject ending at `end`.
void AddSubjectsListedAfter(std::string_view text, const SubjectReader& reader, const NameLexicon& lexicon,
                            size_t end, std::vector<std::pair<size_t, size_t>>* added) {
  for (int items = 0; items < 3; ++items) {
    const size_t k = ItemBeginAfter(text, end);
    if (k == std::string_view::npos || k >= text.size()) return;
    const Word w = WordAt(text, k);
    if (!ListedSubject(text, reader, lexicon, w)) return;
    added->emplace_back(w.begin, w.end);
    end = w.end;
  }
}

// "Zelle y Twitch nos golpearon", "Zelle and Twitch beat us": the word
// before the pronoun (or the English verb) is the second of a pair whose
// first opens the sentence as UnlistedOpener() reads it.
void AddPairOpening(std::string_view text, const SubjectReader& reader, const NameLexicon& lexicon,
                    const Word& second, std::vector<std::pair<size_t, size_t>>* added) {
  if (Empty(second)) return;
  const size_t k = ItemEndBefore(text, second.begin);
  if (k == std::string_view::npos || k == 0 || !ListedSubject(text, reader, lexicon, second)) return;
  size_t b = k;
  while (b > 0 && WordByte(text, b - 1)) --b;
  const Word first{b, k};
  if (reader.UnlistedOpener(first)) {
    added->emplace_back(first.begin, first.end);
    added->emplace_back(second.begin, second.end);
    return;
  }
  // "Ladrones y Zelle nos robaron", "Los ladrones y Zelle nos robaron":
  // after a word of a group ("ladrones", "la policía"), a capitalized
  // word in the list's middle is someone, not the sentence's first word
  // nor a word of what hurts people ("Hambre y Frío nos mataron").
  if (!Lower(text, first) && !OpensSentence(text, first)) return;
  if (SubjectReader::IsSentenceAdverb(Folded(View(text, second)).view())) return;
  added->emplace_back(second.begin, second.end);
}

// "el coyote Zelle", "El coyote, Zelle, nos dejó", "Zelle, el coyote, nos
// dejó", "The smuggler, Twitch, left us", "our guide Twitch": a capitalized
// word right after a role of the people who move migrants (a comma
// between or not), or before a comma, an article or possessive and such a
// role, is that person, whatever a dictionary or brand list says.
void AddRoleAppositions(std::string_view text, std::string_view lang2, const SubjectReader& reader,
                        const NameLexicon& lexicon, std::vector<std::pair<size_t, size_t>>* added) {
  // Each with a pair of its bytes rare in text, which the scan looks for;
  // both forms of "guía" by "gu" (one pair fewer to compare, and rarer in
  // Spanish than "ui" and "uí": "fui", "aquí").
  static const std::vector<ScanWord> kSpanish = {{"coyote", 1}, {"pollero", 2}, {"pollera", 2}, {"lanchero", 2},
                                                 {"chofer", 2}, {"gu\xC3\xAD" "a", 0}, {"guia", 0}};
  static const std::vector<ScanWord> kEnglish = {{"coyote", 1}, {"smuggler", 3}, {"driver", 2}, {"guide", 1}};
  static const std::vector<ScanWord> kFrench = {{"coyote", 1}, {"passeur", 2}, {"chauffeur", 4}, {"guide", 1}};
  const std::vector<ScanWord>& kRoles = lang2 == "es" ? kSpanish : lang2 == "en" ? kEnglish : kFrench;
  static const std::unordered_set<std::string_view> kDeterminers = {
      "el", "la", "un", "una", "mi", "nuestro", "nuestra", "su", "the", "a", "our", "my", "their", "his", "her",
      "le", "une", "notre", "mon", "ma", "leur", "son"};
  FindEachWord(text, kRoles.data(), kRoles.size(), [&](size_t p, size_t k) {
    const size_t e = p + kRoles[k].word.size();
    if ((p > 0 && WordByte(text, p - 1)) || (e < text.size() && WordByte(text, e))) return;
    // After: "el coyote Zelle", "The smuggler, Zelle, left us".
    size_t at = e;
    if (at < text.size() && text[at] == ',') ++at;
    if (at < text.size() && text[at] == ' ') {
      const Word w = WordAt(text, at + 1);
      if (ListedSubject(text, reader, lexicon, w)) {
        added->emplace_back(w.begin, w.end);
      } else if (lang2 != "es" && !Empty(w) && w.end - w.begin <= 12 && Lower(text, w) &&
                 (lexicon.Flags(Folded(View(text, w)).view()) & kNickname) != 0) {
        // "the coyote flaco sold us": a nickname of the list in lower case
        // (outside Spanish, where "el coyote flaco" is a skinny one).
        added->emplace_back(w.begin, w.end);
      }
    }
    // Before: "Zelle, el coyote".
    const Word determiner = PreviousWord(text, Word{p, p});
    if (Empty(determiner) || determiner.end - determiner.begin > 7) return;
    if (kDeterminers.count(Folded(View(text, determiner)).view()) == 0) return;
    if (determiner.begin < 3 || text.substr(determiner.begin - 2, 2) != ", ") return;
    size_t b = determiner.begin - 2;
    const size_t we = b;
    while (b > 0 && WordByte(text, b - 1)) --b;
    const Word w{b, we};
    if (ListedSubject(text, reader, lexicon, w)) added->emplace_back(w.begin, w.end);
  });
}

// "Crucé el río con Kofi, Ama y Yaw", "I crossed with Kofi, Ama and Yaw":
// two to four capitalized words listed after "con", "with", "avec" or
// "ak", one of them a person found, are the people one was with, though
// some are words ("Ama") or towns too ("con Santiago y Guerrero"). Not
// after a border ("la frontera con Guatemala y Belice"); not a place of
// no name list, an organisation, an authority, God or a kin word. The
// spans of the other items go to *added.
void AddPeopleListedAfterWith(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                              const std::vector<Finding>& others, const std::vector<Finding>& names,
                              std::vector<std::pair<size_t, size_t>>* added) {
  std::vector<std::pair<size_t, size_t>> persons;
  bool listed = false;  // a person next to a list separator: most texts have none
  for (const std::vector<Finding>* v : {&others, &names}) {
    for (const Finding& f : *v) {
      if (f.type == IdentifierType::kPersonName && f.begin < f.end && f.end <= text.size()) {
        persons.emplace_back(f.begin, f.end);
        listed = listed || ItemEndBefore(text, f.begin) != std::string_view::npos ||
                 ItemBeginAfter(text, f.end) != std::string_view::npos;
      }
    }
  }
  if (!listed) return;
  SortRuns(&persons);  // each list a few runs in the text's order
  // The found person that starts at b (its end), or npos.
  auto found_at = [&](size_t b) {
    auto it = std::lower_bound(persons.begin(), persons.end(), std::make_pair(b, size_t{0}));
    return it != persons.end() && it->first == b ? it->second : std::string_view::npos;
  };
  std::vector<std::pair<size_t, size_t>> by_end;  // (end, begin)
  by_end.reserve(persons.size());
  for (const auto& [pb, pe] : persons) by_end.emplace_back(pe, pb);
  // Names that do not overlap end in the order they begin: the list is
  // then sorted already (a testimony's 3,500 persons per MB cost ~0.6 M
  // instructions to sort again).
  if (!std::is_sorted(by_end.begin(), by_end.end())) std::sort(by_end.begin(), by_end.end());
  auto found_ending = [&](size_t e) {
    auto it = std::lower_bound(by_end.begin(), by_end.end(), std::make_pair(e, size_t{0}));
    return it != by_end.end() && it->first == e ? it->second : std::string_view::npos;
  };
  // An item of a list: a capitalized word (not all capitals). Read cheaply
  // while the list is gathered; the lists read further are few.
  auto capitalized = [&](const Word& w) {
    return !Empty(w) && w.end - w.begin >= 2 && StartsWithCapital(text, w.begin) && !AllCaps(View(text, w));
  };
  // A capitalized word at [b, e) that may be a person in such a list.
  auto item_word = [&](const Word& w) {
    if (!capitalized(w)) return false;
    const std::string_view v = View(text, w);
    const Folded folded(v);
    const uint32_t flags = lexicon.Flags(folded.view());
    if (NamesNoOne(flags, folded.view()) || IsOrganisationName(v)) return false;
    return (flags & (kGivenName | kSurname)) != 0 || places.ClassOf(v) == PlaceClass::kNone;
  };
  size_t done = 0;
  for (const auto& [seed_b, seed_e] : persons) {
    if (seed_b < done) continue;
    struct Item {
      size_t b, e;
      bool found;
    };
    // The list grows both ways from the seed, to five items at most: room
    // for four before and four after it, on the stack (no list is
    // allocated for each person).
    Item items[9];
    size_t first = 4, last = 5;
    items[4] = Item{seed_b, seed_e, true};
    while (last - first < 5) {
      const size_t k = ItemEndBefore(text, items[first].b);
      if (k == std::string_view::npos) break;
      const size_t pb = found_ending(k);
      if (pb != std::string_view::npos) {
        items[--first] = Item{pb, k, true};
        continue;
      }
      size_t b = k;
      while (b > 0 && WordByte(text, b - 1)) --b;
      if (!capitalized(Word{b, k})) break;
      items[--first] = Item{b, k, false};
    }
    while (last - first < 5) {
      const size_t k = ItemBeginAfter(text, items[last - 1].e);
      if (k == std::string_view::npos || k >= text.size()) break;
      const size_t pe = found_at(k);
      if (pe != std::string_view::npos) {
        items[last++] = Item{k, pe, true};
        continue;
      }
      const Word w = WordAt(text, k);
      if (!capitalized(w)) break;
      items[last++] = Item{w.begin, w.end, false};
    }
    done = items[last - 1].e;
    if (last - first < 2 || last - first > 4) continue;
    // "con", "with", "avec", "ak" right before the list; no border before it.
    const Word with = PreviousWord(text, Word{items[first].b, items[first].b});
    const AsciiLower lower(View(text, with));
    const std::string_view w = lower.view();
    if (w != "con" && w != "with" && w != "avec" && w != "ak") continue;
    const Word noun = PreviousWord(text, with);
    const Folded folded_noun(View(text, noun));
    static const std::unordered_set<std::string_view> kBorders = {
        "frontera", "limite", "limita", "limitrofe", "colinda", "border", "borders", "bordering", "frontiere",
        "fwontye"};
    if (kBorders.count(folded_noun.view()) != 0) continue;
    for (size_t k = first; k < last; ++k) {
      const Item& it = items[k];
      if (!it.found && item_word(Word{it.b, it.e})) added->emplace_back(it.b, it.e);
    }
  }
}

// A name word at b: letters, or letters joined by hyphens ("Saint-Fleur",
// "Jean-Baptiste"); its end, or b if none.
size_t NameWordEnd(std::string_view text, size_t b) {
  size_t e = b;
  while (e < text.size()) {
    if (WordByte(text, e)) {
      ++e;
    } else if (text[e] == '-' && e > b && e + 1 < text.size() && WordByte(text, e + 1)) {
      ++e;
    } else {
      break;
    }
  }
  return e;
}

// "chez les Saint-Fleur", "chez Dorvil", "les Saint-Fleur nous ont aidés"
// (French): after "chez" (and "les"), one to three capitalized words are
// the people one stays with; after "les", a saint's compound ("Saint-",
// "Sainte-", "St-") that no gazetteer lists is a family, as a town takes
// no plural article. Not a plural noun after "les" ("chez les Jésuites"),
// a place, an organisation or brand ("chez Western Union"), an authority,
// God, a kin word or title ("chez Maman"), a month or a function word.
void AddFrenchFamilies(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                       std::vector<std::pair<size_t, size_t>>* added) {
  // The name word at b may be a person's or family's: capitalized, not in
  // capitals, no list of other things, no place or organisation.
  auto person_word = [&](size_t b, size_t e, bool plural_article) {
    if (e - b < 2 || e - b > 40 || !StartsWithCapital(text, b)) return false;
    const std::string_view v = text.substr(b, e - b);
    if (AllCaps(v)) return false;
    const Folded folded(v);
    const uint32_t flags = lexicon.Flags(folded.view());
    if (NamesNoOne(flags, folded.view())) return false;
    if (plural_article && folded.view().back() == 's' && (flags & (kGivenName | kSurname)) == 0) return false;
    return !IsPlace(places, v) && !IsOrganisationName(v);
  };
  // The run of person words from b; its end, or b if none.
  auto run_from = [&](size_t b, bool plural_article) {
    size_t end = b;
    for (int words = 0; words < 3; ++words) {
      const size_t wb = words == 0 ? b : end + 1;
      if (words > 0 && (end >= text.size() || text[end] != ' ')) break;
      const size_t we = NameWordEnd(text, wb);
      if (we == wb || !person_word(wb, we, plural_article)) break;
      end = we;
    }
    if (end == b) return b;
    const std::string_view run = text.substr(b, end - b);
    return IsPlace(places, run) || IsOrganisationName(run) ? b : end;
  };
  static const ScanWord kCues[] = {{"chez ", 2}, {"Chez ", 2}, {"les S", 3}, {"Les S", 3}};
  FindEachWord(text, kCues, 4, [&](size_t p, size_t k) {
    if (p > 0 && WordByte(text, p - 1)) return;
    if (k < 2) {
      size_t b = p + 5;
      bool plural = false;
      if (text.substr(b, 4) == "les ") {
        b += 4;
        plural = true;
      }
      const size_t e = run_from(b, plural);
      if (e > b) added->emplace_back(b, e);
      return;
    }
    if (p >= 5 && text.substr(p - 5, 5) == "chez ") return;
    const size_t b = p + 4;
    const std::string_view rest = text.substr(b, 7);
    if (rest.substr(0, 6) != "Saint-" && rest.substr(0, 7) != "Sainte-" && rest.substr(0, 3) != "St-") return;
    const size_t e = run_from(b, /*plural_article=*/true);
    if (e > b) added->emplace_back(b, e);
  });
}

// "Zelle te bat nou", "Twitch vole lajan nou" (Haitian): a word or brand
// opening a sentence before a verb of acting on someone (after "te" or
// "t" of the past, or none) and a lower-case word, read as the words
// before an object pronoun are in Spanish ("Zelle nos golpeó").
void AddHaitianOpeners(std::string_view text, const SubjectReader& reader, const NameLexicon& lexicon,
                       std::vector<std::pair<size_t, size_t>>* added) {
  static const std::unordered_set<std::string_view> kActs = {
      "bat", "frape", "vole", "kidnape", "touye", "menase", "vann", "pran", "ede", "arete", "kale",
      "vyole", "trayi", "mennen", "kache", "sove", "pouse", "blese", "atake", "fouye", "kenbe", "rakete"};
  // b right after a past one space or tab, or after the past's "t" and an
  // apostrophe ("Zelle t'bat nou"). Not across a comma or a dash ("Okay,
  // pran lajan nou", "Okay — pran"): a word or brand there is no subject.
  auto adjacent = [&](const Word& a, const Word& b) {
    const std::string_view gap = text.substr(a.end, b.begin - a.end);
    return gap == " " || gap == "\t" || (View(text, a) == "t" && (gap == "'" || gap == "\xE2\x80\x99"));
  };
  const std::vector<Word> words = Words(text);
  for (size_t k = 1; k + 1 < words.size(); ++k) {
    const Word& verb = words[k];
    if (verb.end - verb.begin > 8 || !Lower(text, verb) || kActs.count(View(text, verb)) == 0) continue;
    const Word& next = words[k + 1];
    if (!Lower(text, next)) continue;
    // A comma typed for a space between the verb and its object ("Yefri
    // pran,lajan nou"): read only for a word that may be someone (below).
    const std::string_view object_gap = text.substr(verb.end, next.begin - verb.end);
    const bool comma_object = object_gap == "," || object_gap == ", ";
    if (!adjacent(verb, next) && !comma_object) continue;
    size_t s = k - 1;
    bool joined = adjacent(words[s], verb);
    bool near = true;  // one byte between the subject and the tense word
    const std::string_view tense = View(text, words[s]);
    if ((tense == "te" || tense == "t") && s > 0) {
      --s;
      joined = joined && adjacent(words[s], words[s + 1]);
      near = words[s + 1].begin == words[s].end + 1;
    }
    const Word& subject = words[s];
    // Not a Creole word of the lexicon's list ("Bandi te bat nou",
    // "Grangou te touye pitit li"): a brand or a word of no list is.
    const Folded folded(View(text, subject));
    const uint32_t flags = lexicon.Flags(folded.view());
    if ((flags & kCommonWord) != 0) continue;
    // A word of a name list or of no list or dictionary ("Yefri — pran
    // lajan nou") is still read across a comma or a dash: when in doubt,
    // the word is someone.
    const bool may_be_someone =
        (flags & kNameLists) != 0 || (flags == 0 && !lexicon.IsDictionaryWord(folded.view()));
    if ((!joined && !(near && may_be_someone)) || (comma_object && !may_be_someone)) continue;
    if (reader.UnlistedOpener(subject)) added->emplace_back(subject.begin, subject.end);
  }
}

// "Le pagamos a Zelle", "Le dimos el dinero a Zelle", "Tuvimos que
// pagarle a Zelle" (Spanish): "le" or "les" doubles the one a verb of
// paying, giving or telling reaches, and the "a" before a capitalized word
// names that one: a person (not a town: "Le llevamos comida a Tapachula"
// takes no such verb). The verb, with the pronoun before it or joined to
// its end, comes at most three words before "a"; the word after "a" is
// read as a subject after a verb is.
void AddPersonsReachedByLe(std::string_view text, const SubjectReader& reader, const NameLexicon& lexicon,
                           std::vector<std::pair<size_t, size_t>>* added) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "pague", "pago", "pagamos", "pagaron", "pagaba", "pagabamos", "pagaban", "pagaste", "di", "dio", "dimos",
      "dieron", "daba", "dabamos", "daban", "diste", "damos", "doy", "entregue", "entrego", "entregamos",
      "entregaron", "mande", "mando", "mandamos", "mandaron", "envie", "envio", "enviamos", "enviaron",
      "debia", "debiamos", "debian", "debo", "debemos", "pedi", "pidio", "pedimos", "pidieron", "dije", "dijo",
      "dijimos", "dijeron", "decia", "deciamos", "pregunte", "pregunto", "preguntamos", "preguntaron", "avise",
      "aviso", "avisamos", "avisaron", "vendi", "vendio", "vendimos", "vendieron", "compre", "compro",
      "compramos", "compraron", "prestamos", "preste", "presto"};
  // Infinitives and gerunds that take the pronoun at their end ("pagarle",
  // "dándoles").
  static const std::unordered_set<std::string_view> kJoined = {
      "pagar", "pagando", "dar", "dando", "entregar", "entregando", "mandar", "mandando", "enviar",
      "enviando", "pedir", "pidiendo", "decir", "diciendo", "preguntar", "preguntando", "avisar", "avisando",
      "vender", "vendiendo", "comprar", "comprando", "prestar", "prestando"};
  auto at = [&](size_t p) {
    if (p + 3 >= text.size() || !StartsWithCapital(text, p + 3)) return;
    Word w = PreviousWord(text, Word{p + 1, p + 1});
    bool reached = false;
    for (int words = 0; words < 4 && !Empty(w) && !reached; ++words) {
      if (w.end - w.begin > 16 || !Lower(text, w)) break;
      const Folded folded(View(text, w));
      const std::string_view f = folded.view();
      if (kVerbs.count(f) != 0) {
        const Word clitic = PreviousWord(text, w);
        const AsciiLower lower(View(text, clitic));
        reached = lower.view() == "le" || lower.view() == "les";
        break;
      }
      for (const std::string_view suffix : {std::string_view("les"), std::string_view("le")}) {
        if (!reached && f.size() > suffix.size() + 2 && f.ends_with(suffix) &&
            kJoined.count(f.substr(0, f.size() - suffix.size())) != 0) {
          reached = true;
        }
      }
      w = PreviousWord(text, w);
    }
    if (!reached) return;
    size_t sb = 0, se = 0;
    if (reader.AfterVerb(WordAt(text, p + 3), &sb, &se)) {
      added->emplace_back(sb, se);
      AddSubjectsListedAfter(text, reader, lexicon, se, added);
    }
  };
  // " a " before a capital letter (ASCII, or the lead byte 0xC3 of "Á",
  // "É", "Ñ"...), sixteen places at a time: std::string_view::find(" a ")
  // stopped at every space and cost 3.4 M instructions per later 1 MB
  // call of the bench.
  const size_t n = text.size();
  const char* bytes = text.data();
  size_t p = 0;
#if defined(__SSE2__)
  if (n >= 20) {
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i letter_a = _mm_set1_epi8('a');
    const __m128i upper_a = _mm_set1_epi8('A');
    const __m128i upper_span = _mm_set1_epi8(25);
    const __m128i lead = _mm_set1_epi8(static_cast<char>(0xC3));
    for (; p + 4 + 16 <= n; p += 16) {
      const __m128i b0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p));
      const __m128i b1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p + 1));
      const __m128i b2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p + 2));
      const __m128i b3 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p + 3));
      const __m128i from_a = _mm_sub_epi8(b3, upper_a);
      const __m128i capital = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(from_a, upper_span), from_a),
                                           _mm_cmpeq_epi8(b3, lead));
      const __m128i hit = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(b0, space), _mm_cmpeq_epi8(b1, letter_a)),
                                        _mm_and_si128(_mm_cmpeq_epi8(b2, space), capital));
      for (uint32_t bits = static_cast<uint32_t>(_mm_movemask_epi8(hit)); bits != 0; bits &= bits - 1) {
        at(p + static_cast<size_t>(__builtin_ctz(bits)));
      }
    }
  }
#endif
  for (; p + 3 < n; ++p) {
    if (bytes[p] == ' ' && bytes[p + 1] == 'a' && bytes[p + 2] == ' ') at(p);
  }
}

// "Zelle y su primo nos robaron", "Zelle and his brother beat us", "Zelle
// et son frère nous ont volé": the subject before the pronoun (or the
// English verb) is a kin word after a possessive, and the item before them
// is one who has kin: a capitalized word that may be a person.
void AddNameBeforeAKin(std::string_view text, const SubjectReader& reader, const NameLexicon& lexicon,
                       const Word& kin, std::vector<std::pair<size_t, size_t>>* added) {
  if (Empty(kin) || kin.end - kin.begin > 12) return;
  const Folded folded_kin(View(text, kin));
  if ((lexicon.Flags(folded_kin.view()) & kKinCue) == 0) return;
  const Word possessive = PreviousWord(text, kin);
  const AsciiLower lower(View(text, possessive));
  static const std::unordered_set<std::string_view> kPossessives = {"su", "sus", "his", "her", "son", "sa", "ses"};
  if (kPossessives.count(lower.view()) == 0) return;
  const size_t k = ItemEndBefore(text, possessive.begin);
  if (k == std::string_view::npos || k == 0) return;
  size_t b = k;
  while (b > 0 && WordByte(text, b - 1)) --b;
  const Word first{b, k};
  if (ListedSubject(text, reader, lexicon, first) && !SubjectReader::IsSentenceAdverb(Folded(View(text, first)).view())) {
    added->emplace_back(first.begin, first.end);
  }
}

// "Ti-Jan", "Ti Paul", "Ti-Frè" (Haitian): "Ti" ("little") before a
// capitalized word is a nickname, in whatever language the testimony is
// told; the word is often an ordinary one too. Not a place of the
// gazetteers nor a Haitian town so named ("Ti Gwav", "Ti-Rivyè"), an
// organisation, a function or kin word; with a space between, only a
// listed given name ("Ti Jan"; "Ti Moun", "Ti Kay" stay).
void AddTiNicknames(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                    std::vector<std::pair<size_t, size_t>>* added) {
  // Haitian towns named so in Creole: "Ti Gwav" (Petit-Goâve), "Ti Rivyè",
  // "Ti Twou", "Ti Ans".
  static const std::unordered_set<std::string_view> kTownWords = {"gwav", "goave", "rivye", "riviere",
                                                                  "twou", "trou", "ans", "anse"};
  // The nickname starting at p ("Ti", then sep at p + 2), or an empty span.
  auto nickname = [&](size_t p) -> std::pair<size_t, size_t> {
    if ((p > 0 && (WordByte(text, p - 1) || text[p - 1] == '-')) || p + 4 > text.size()) return {p, p};
    const char sep = text[p + 2];
    const size_t b = p + 3;
    const size_t e = NameWordEnd(text, b);
    if (e - b < 2 || e - b > 30 || !StartsWithCapital(text, b)) return {p, p};
    const std::string_view word = text.substr(b, e - b);
    if (AllCaps(word) || word.find('-') != std::string_view::npos) return {p, p};
    const Folded folded(word);
    const uint32_t flags = lexicon.Flags(folded.view());
    // A month's abbreviation is no month here ("Ti-Jan").
    if (NamesNoOne(flags, folded.view(), kNotAPerson & ~kMonth)) return {p, p};
    if (kTownWords.count(folded.view()) != 0) return {p, p};
    if (sep == ' ' && (flags & (kGivenName | kRouteName)) == 0) return {p, p};
    const std::string_view whole = text.substr(p, e - p);
    if (places.ClassOf(whole) != PlaceClass::kNone || IsPlace(places, word) || IsOrganisationName(whole)) {
      return {p, p};
    }
    return {p, e};
  };
  static const ScanWord kCues[] = {{"Ti-", 0}, {"Ti ", 0}};
  FindEachWord(text, kCues, 2, [&](size_t p, size_t) {
    const auto span = nickname(p);
    if (span.second > span.first) added->push_back(span);
  });
}

// "Osei's brother took us", "Zelle's sister's house" (English): a
// capitalized word before "'s" and a kin word is someone's name, whatever
// a dictionary or brand list says; a place, an organisation, an authority,
// God or a word in capitals has no brother ("Mexico's president" is no
// kin word either).
void AddKinOwners(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                  std::vector<std::pair<size_t, size_t>>* added) {
  static const std::unordered_set<std::string_view> kKin = {
      "brother", "sister", "wife", "husband", "son", "daughter", "mother", "father", "mom", "mum", "dad",
      "cousin", "uncle", "aunt", "nephew", "niece", "grandmother", "grandfather", "grandma", "grandpa",
      "girlfriend", "boyfriend", "baby", "kids", "children", "family", "brothers", "sisters", "sons",
      "daughters", "cousins", "parents", "stepfather", "stepmother", "fiance", "fiancee", "partner"};
  static const ScanWord kMarks[] = {{"'s ", 0}, {"\xE2\x80\x99s ", 2}};
  FindEachWord(text, kMarks, 2, [&](size_t p, size_t k) {
    const size_t after = p + kMarks[k].word.size();
    const Word kin = WordAt(text, after);
    if (Empty(kin) || kin.end - kin.begin > 12) return;
    // Or those who acted for the owner: a noun, a verb and an object
    // pronoun or possessive ("Jimin Park's men beat us"); read below for
    // a first name and an organisation-word surname only.
    auto acted_for = [&] {
      if (!Lower(text, kin)) return false;
      const Word verb = NextWord(text, kin);
      if (Empty(verb) || verb.begin != kin.end + 1 || verb.end - verb.begin > 12 || !Lower(text, verb)) return false;
      const Word object = NextWord(text, verb);
      if (Empty(object) || object.begin != verb.end + 1) return false;
      static const std::unordered_set<std::string_view> kObjects = {"us", "me", "him", "her", "them", "our", "my"};
      return kObjects.count(View(text, object)) != 0;
    };
    const bool kin_word = kKin.count(View(text, kin)) != 0;
    if (!kin_word && !acted_for()) return;
    size_t b = p;
    while (b > 0 && WordByte(text, b - 1)) --b;
    const Word owner{b, p};
    if (owner.end - owner.begin < 2 || !StartsWithCapital(text, b)) return;
    const std::string_view v = View(text, owner);
    if (AllCaps(v)) return;
    const Folded folded(v);
    if (NamesNoOne(lexicon.Flags(folded.view()), folded.view())) {
      // "Jimin Park's brother": the first name and a surname that is an
      // organisation's word.
      const size_t first = FirstNameBeforeOrganisationWordSurname(text, places, owner.begin, owner.end);
      if (first != std::string_view::npos) added->emplace_back(first, owner.end);
      return;
    }
    if (!kin_word) return;
    if (places.ClassOf(v) != PlaceClass::kNone || IsOrganisationName(v)) return;
    added->emplace_back(owner.begin, owner.end);
  });
}

// "Abu Karim", "Umm Salma", "Big Mike", "Lil Kevin", "El Negro Julián",
// "Nana Akua Mensah": a particle of Arabic names or an epithet of a nickname, capitalized,
// right before a person found, is part of how the person is called; the
// finding grows over it. Only such a word of a short list: "Abu Dhabi" is
// never found as a person, and a word before a name is otherwise left to
// the detector. No finding that starts before the name may reach into the
// particle. In Haitian text, "ti" in lower case opening a sentence too
// ("ti Jo te vann nou").
void GrowNamesOverParticles(std::string_view text, const std::vector<Finding>& others, bool haitian,
                            std::vector<Finding>* names) {
  static const std::unordered_set<std::string_view> kParticles = {
      "Abu", "Abou", "Umm", "Oum", "Ibn", "Big", "Little", "Lil", "Fat", "Skinny", "Crazy",
      "Negro", "Gordo", "Flaco", "Chino", "Güero", "Guero", "Chato", "Pelón", "Pelon", "Ti",
      // Akan: an elder's or chief's style that opens many Ghanaian names
      // ("Nana Akua Mensah"); a grandmother so called before her name is
      // redacted with it (round 20).
      "Nana"};
  // The names after a particle, in the order of *names, with where the
  // particle begins: most texts have none.
  std::vector<std::pair<size_t, size_t>> candidates;  // (index in *names, particle's begin)
  for (size_t i = 0; i < names->size(); ++i) {
    Finding& f = (*names)[i];
    if (f.type != IdentifierType::kPersonName || f.begin < 3 || f.end > text.size()) continue;
    // "Yusuf al-Amin", "Ahmed el-Masri": the article joined by a hyphen to
    // a surname found is the surname's (it was left in clear between two
    // findings).
    if (text[f.begin - 1] == '-') {
      size_t b = f.begin - 1;
      while (b > 0 && b + 4 > f.begin && text[b - 1] >= 'a' && text[b - 1] <= 'z') --b;
      const std::string_view article = text.substr(b, f.begin - 1 - b);
      static const std::unordered_set<std::string_view> kArticles = {"al", "el", "ul", "as", "ash", "ad",
                                                                    "ar", "an", "at", "az", "ibn", "bin"};
      if ((b == 0 || !WordByte(text, b - 1)) && kArticles.count(article) != 0) {
        bool covered = false;
        for (const Finding& g : others) covered = covered || (g.begin < f.begin && g.end > b);
        if (!covered) f.begin = b;
      }
      continue;
    }
    // Most names follow a lower-case word or none: the set is not hashed.
    const unsigned char last = static_cast<unsigned char>(text[f.begin - 2]);
    if (text[f.begin - 1] != ' ' || ((last < 'a' || last > 'z') && last < 0x80)) continue;
    const Word particle = PreviousWord(text, Word{f.begin, f.begin});
    // Haitian "ti" in lower case where a sentence opens ("ti Jo te vann
    // nou"): the nickname as survivors type it. Only in Haitian text:
    // Spanish has "a ti", French OCR "ti" for "la" or "de".
    const bool lower_ti = haitian && View(text, particle) == "ti" && OpensSentence(text, particle);
    if (particle.end - particle.begin < 2 || particle.end - particle.begin > 6 ||
        ((text[particle.begin] < 'A' || text[particle.begin] > 'Z') && !lower_ti) ||
        (!lower_ti && kParticles.count(View(text, particle)) == 0)) {
      continue;
    }
    candidates.emplace_back(i, particle.begin);
  }
  if (candidates.empty()) return;
  // The findings by where they begin, each with the farthest end of those
  // up to it: whether a finding that starts before b ends after a is one
  // search, not a walk over every finding for each name.
  std::vector<std::pair<size_t, size_t>> spans;  // (begin, farthest end so far)
  spans.reserve(others.size() + names->size());
  for (const std::vector<Finding>* v : {&others, static_cast<const std::vector<Finding>*>(names)}) {
    for (const Finding& g : *v) spans.emplace_back(g.begin, g.end);
  }
  SortRuns(&spans);  // each list a few runs in the text's order
  for (size_t k = 1; k < spans.size(); ++k) spans[k].second = std::max(spans[k].second, spans[k - 1].second);
  // A name that grows comes to start at its particle, and so covers the
  // particle of any later name that starts where it started (its only
  // bytes a finding starting before another name can newly reach): the
  // begins of the names grown.
  std::unordered_set<size_t> grown;
  for (const auto& [i, particle_begin] : candidates) {
    Finding& f = (*names)[i];
    const auto before = std::lower_bound(spans.begin(), spans.end(), std::make_pair(f.begin, size_t{0}));
    bool covered = before != spans.begin() && std::prev(before)->second > particle_begin;
    if (covered || !grown.insert(f.begin).second) continue;
    f.begin = particle_begin;
  }
}

// The bytes of the text that findings cover, one bit each, marked on the
// first question: most subjects after a verb are names the detector or the
// known identifiers found already ("Me llamo Yahir Mejía y salí"), which
// AddPersonsOverlappingNothing() would drop after their place and
// organisation lookups. Only what findings cover when the pass starts is
// marked; the findings grow, never shrink, until the end.
class CoveredByFindings {
 public:
  CoveredByFindings(size_t n, const std::vector<Finding>& others, const std::vector<Finding>& names)
      : n_(n), others_(others), names_(names) {}

  // True if a finding shares a byte of [b, e): a span over them overlaps it.
  bool Any(size_t b, size_t e) {
    if (!bits_) {
      bits_.emplace(n_);
      for (const std::vector<Finding>* v : {&others_, &names_}) {
        for (const Finding& f : *v) {
          if (f.end <= n_) bits_->Mark(f.begin, f.end);
        }
      }
    }
    return bits_->Any(b, std::min(e, n_));
  }

 private:
  size_t n_;
  const std::vector<Finding>& others_;
  const std::vector<Finding>& names_;
  std::optional<CoveredBytes> bits_;
};

// False if no list of subjects can follow a subject opening at w
// (AddSubjectsListedAfter() would add nothing): the subject ends after w
// or after a capitalized word next to it, and a separator and a
// capitalized word follow neither end.
bool ListMayFollow(std::string_view text, const Word& w) {
  auto item_after = [&](size_t end) {
    const size_t k = ItemBeginAfter(text, end);
    return k != std::string_view::npos && StartsWithCapital(text, k);
  };
  if (item_after(w.end)) return true;
  const Word second = NextWord(text, w);
  return !Empty(second) && StartsWithCapital(text, second.begin) && item_after(second.end);
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
  const SubjectReader reader(text, places, *lexicon);
  std::vector<std::pair<size_t, size_t>> added;
  const size_t n = text.size();
  CoveredByFindings covered(n, others, *names);
  // The subject after a verb (and the items listed after it). A subject a
  // finding covers is dropped at the end: it is not read unless a list may
  // follow it.
  auto subject_after = [&](const Word& w) {
    if (Empty(w) || !StartsWithCapital(text, w.begin)) return;  // AfterVerb() is false
    if (covered.Any(w.begin, w.end) && !ListMayFollow(text, w)) return;
    size_t sb = 0, se = 0;
    if (reader.AfterVerb(w, &sb, &se)) {
      added.emplace_back(sb, se);
      AddSubjectsListedAfter(text, reader, *lexicon, se, &added);
    }
  };
  // The word starting at b, after a space, a line break or the text's start:
  // a Spanish pronoun, a French auxiliary or an English object opens a
  // pattern; most words are rejected by their first byte.
  auto visit = [&](size_t b) {
    if (b >= n) return;
    const char first = static_cast<char>(text[b] | 0x20);
    if (spanish && (first == 'm' || first == 't' || first == 'n' || first == 'l')) {
      // Two or three letters ("me", "la", "nos"); longer words are read no
      // further than their fourth byte.
      size_t len = 1;
      while (len < 4 && b + len < n && WordByte(text, b + len)) ++len;
      if (len < 2 || len > 3) return;
      const Word clitic{b, b + len};
      if (!IsSpanishClitic(text.data() + b, len)) return;
      // "Me ha golpeado Zelle": the auxiliary and the participle, then the
      // subject. Read before the test below ("ha", "había" open no form).
      const Word aux = b + len + 1 < n && text[b + len + 1] == 'h' ? NextWord(text, clitic) : Word{};
      const size_t aux_len = aux.end - aux.begin;
      if (aux_len >= 2 && aux_len <= 7 && IsSpanishHaber(Folded(View(text, aux)).view())) {
        const Word participle = NextWord(text, aux);
        if (participle.end - participle.begin < 5 || participle.end - participle.begin > 20 ||
            !Lower(text, participle) || !IsSpanishActParticiple(Folded(View(text, participle)).view())) {
          return;
        }
        subject_after(NextWord(text, participle));
        return;
      }
      if (b + len + 1 < n && !MayBeSpanishActVerb(text.data() + b + len + 1, n - (b + len + 1))) return;
      const Word verb = NextWord(text, clitic);
      if (verb.end - verb.begin < 3 || verb.end - verb.begin > 16 || !Lower(text, verb) ||
          !MayEndASpanishVerb(View(text, verb)) || !IsSpanishActVerb(Folded(View(text, verb)).view())) {
        return;
      }
      // "Me golpeó Zelle": the subject after the verb.
      const Word after_verb = NextWord(text, verb);
      subject_after(after_verb);
      // "Nos cruzó la Yoyis": a nickname after its article there.
      const std::string_view article = View(text, after_verb);
      if (article == "el" || article == "la") {
        const Word nickname = NextWord(text, after_verb);
        if (reader.UnlistedAfterArticle(nickname)) added.emplace_back(nickname.begin, nickname.end);
      }
      // "Imo nos llevó": a word of no list before the pronoun, opening the
      // sentence.
      const Word before = PreviousWord(text, clitic);
      if (Lower(text, clitic)) {
        if (reader.UnlistedOpener(before)) {
          added.emplace_back(before.begin, before.end);
        } else {
          AddPairOpening(text, reader, *lexicon, before, &added);
          AddNameBeforeAKin(text, reader, *lexicon, before, &added);
        }
      }
    } else if (french && (first == 'a' || first == 'o')) {
      // "Nous a frappés Gucci", "M'a volé Twitch", "Nous avait frappés Gucci".
      const Word aux = WordAt(text, b);
      const std::string_view a = View(text, aux);
      if ((a != "a" && a != "ont" && a != "avait" && a != "avaient") || !FrenchCliticBefore(text, aux)) return;
      const Word participle = NextWord(text, aux);
      if (Empty(participle) || !Lower(text, participle) ||
          !IsFrenchActParticiple(Folded(View(text, participle)).view())) {
        return;
      }
      subject_after(NextWord(text, participle));
      // "Zelle m'a frappé", "Twitch nous a volé l'argent": the word opening
      // the sentence before the pronoun.
      size_t clitic = PreviousWord(text, aux).begin;
      if (aux.begin >= 2 && text[aux.begin - 1] == '\'') clitic = aux.begin - 2;
      if (aux.begin >= 4 && text.substr(aux.begin - 3, 3) == "\xE2\x80\x99") clitic = aux.begin - 4;
      const Word before = PreviousWord(text, Word{clitic, clitic});
      if (reader.UnlistedOpener(before)) {
        added.emplace_back(before.begin, before.end);
      } else {
        AddPairOpening(text, reader, *lexicon, before, &added);
        AddNameBeforeAKin(text, reader, *lexicon, before, &added);
      }
    } else if (english && (first == 'u' || first == 'm' || first == 'h' || first == 't' || first == 'o' ||
                           first == 'y')) {
      // "Vojtech beat us."; "kwesi took my phone" (a possessive after the
      // verb too, where the name is in lower case).
      const Word object = WordAt(text, b);
      const std::string_view o = View(text, object);
      if (o == "that") {
        // "the money that kwesi took": the clause ends with the verb.
        const Word subject = NextWord(text, object);
        const Word verb = NextWord(text, subject);
        if (!Empty(verb) && IsEnglishActVerb(View(text, verb)) && reader.UnlistedLowerOpener(subject)) {
          added.emplace_back(subject.begin, subject.end);
        }
        return;
      }
      const bool is_object = IsEnglishObject(o);
      if (!is_object && o != "my" && o != "his" && o != "their" && o != "our" && o != "your") return;
      const Word verb = PreviousWord(text, object);
      if (Empty(verb) || !IsEnglishActVerb(View(text, verb))) return;
      const Word subject = PreviousWord(text, verb);
      if (reader.UnlistedOpener(subject)) {
        added.emplace_back(subject.begin, subject.end);
      } else if (reader.UnlistedLowerOpener(subject)) {
        added.emplace_back(subject.begin, subject.end);
        // "kwesi and tunde beat us": the first of a pair in lower case.
        const Word link = PreviousWord(text, subject);
        const Word first = PreviousWord(text, link);
        if (View(text, link) == "and" && reader.UnlistedLowerOpener(first)) {
          added.emplace_back(first.begin, first.end);
        }
      } else {
        AddPairOpening(text, reader, *lexicon, subject, &added);
        AddNameBeforeAKin(text, reader, *lexicon, subject, &added);
        // "Seo-yeon Park took our money": a first name and a surname that
        // is an organisation's word, opening a sentence or a clause.
        const size_t first = FirstNameBeforeOrganisationWordSurname(text, places, subject.begin, subject.end);
        if (first != std::string_view::npos && OpensAClause(text, first)) {
          // The first name alone may be found already ("Jimin", by the
          // model): that finding grows over the surname.
          bool grown = false;
          for (Finding& f : *names) {
            if (IsPersonFinding(f) && f.begin >= first && f.begin < f.end && f.end < subject.begin) {
              f.begin = first;
              f.end = subject.end;
              grown = true;
              break;
            }
          }
          if (!grown) added.emplace_back(first, subject.end);
        }
      }
    }
  };
  // Spanish pronouns open sentences ("Me golpeó Twitch") and lines; the
  // rest follow a space. The apostrophe of "m'a" is no space: French
  // auxiliaries are visited from the byte after it too.
  // The first bytes (folded to lower case) a visited word may start with.
  const std::string_view letters =
      spanish ? std::string_view("mtnl") : french ? std::string_view("ao") : std::string_view("umhtoy");
  bool starts[256] = {};
  for (const char c : letters) starts[static_cast<unsigned char>(c)] = true;
  visit(0);
  // The words after a space are found sixteen bytes at a time: a space,
  // then one of the first bytes above. In Spanish the pronoun has two or
  // three letters and a space or tab follows it (the verb is read past one
  // space only), so a byte up to the space two or three bytes on is
  // required too, and its second letter is a lower-case "e", "o" or "a":
  // "la casa" passes, "no", "muy", "todo" (most words) do not. The test is
  // a necessary condition of visit(), which reads every word it lets by.
  const char* bytes = text.data();
  size_t p = 1;
#if defined(__SSE2__)
  // The loop is written once per language (kLanguage: 0 Spanish, 1 French,
  // 2 English), so that no block asks which language it reads.
  auto scan = [&](auto language) {
    constexpr int kLanguage = decltype(language)::value;
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i case_bit = _mm_set1_epi8(0x20);
    __m128i letter[6];
    for (size_t k = 0; k < 6; ++k) letter[k] = _mm_set1_epi8(letters[k % letters.size()]);
    for (; p + 3 + 16 <= n; p += 16) {
      const __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p - 1));
      const __m128i cur = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p)), case_bit);
      __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(cur, letter[0]), _mm_cmpeq_epi8(cur, letter[1])),
                                 _mm_or_si128(_mm_cmpeq_epi8(cur, letter[2]), _mm_cmpeq_epi8(cur, letter[3])));
      if constexpr (kLanguage == 2) {  // "our", "your": six first letters
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(cur, letter[4]), _mm_cmpeq_epi8(cur, letter[5])));
      }
      hit = _mm_and_si128(hit, _mm_cmpeq_epi8(prev, space));
      if constexpr (kLanguage == 0) {
        // "me", "te", "nos", "lo", "la", "le", "los", "las", "les": a
        // lower-case "e", "o" or "a" second (IsSpanishClitic reads it so).
        const __m128i at1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p + 1));
        hit = _mm_and_si128(hit, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(at1, _mm_set1_epi8('e')),
                                                           _mm_cmpeq_epi8(at1, _mm_set1_epi8('o'))),
                                              _mm_cmpeq_epi8(at1, _mm_set1_epi8('a'))));
        const __m128i at2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p + 2));
        const __m128i at3 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p + 3));
        // A byte up to the space two or three bytes on: the space or tab
        // and the rarer control bytes, a wider test in three instructions.
        const __m128i low = _mm_min_epu8(at2, at3);
        const __m128i gap = _mm_cmpeq_epi8(_mm_min_epu8(low, space), low);
        hit = _mm_and_si128(hit, gap);
      }
      for (uint32_t bits = static_cast<uint32_t>(_mm_movemask_epi8(hit)); bits != 0; bits &= bits - 1) {
        visit(p + static_cast<size_t>(__builtin_ctz(bits)));
      }
    }
  };
  if (n >= 20) {
    if (spanish) {
      scan(std::integral_constant<int, 0>{});
    } else if (french) {
      scan(std::integral_constant<int, 1>{});
    } else {
      scan(std::integral_constant<int, 2>{});
    }
  }
#endif
  for (; p < n; ++p) {
    if (bytes[p - 1] == ' ' && starts[static_cast<unsigned char>(bytes[p] | 0x20)]) visit(p);
  }
  if (spanish) {
    for (size_t p = text.find('\n'); p != std::string_view::npos; p = text.find('\n', p + 1)) visit(p + 1);
  }
  if (french) {
    for (size_t p = text.find('\''); p != std::string_view::npos; p = text.find('\'', p + 1)) visit(p + 1);
    for (size_t p = text.find("\xE2\x80\x99"); p != std::string_view::npos; p = text.find("\xE2\x80\x99", p + 1)) {
      visit(p + 3);
    }
  }
  if (spanish) AddPersonsReachedByLe(text, reader, *lexicon, &added);
  if (french) AddFrenchFamilies(text, places, *lexicon, &added);
  if (lang2 == "ht") AddHaitianOpeners(text, reader, *lexicon, &added);
  AddTiNicknames(text, places, *lexicon, &added);
  if (english) AddKinOwners(text, places, *lexicon, &added);
  AddRoleAppositions(text, lang2, reader, *lexicon, &added);
  AddPeopleListedAfterWith(text, places, *lexicon, others, *names, &added);
  GrowNamesOverParticles(text, others, lang2 == "ht", names);
  if (added.empty()) return;
  std::sort(added.begin(), added.end());
  added.erase(std::unique(added.begin(), added.end()), added.end());
  AddPersonsOverlappingNothing(added, others, names);
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
