#include "redaction/place_veto.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "redaction/byte_scan.h"
#include "redaction/month_names.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/person_context.h"
#include "redaction/subject_position_names.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// The name detector lexicon's flags of the (unfolded) word; 0 without a
// lexicon.
uint32_t LexiconFlagsOf(std::string_view word);

// True if the name detector's lexicon lists the (unfolded) word as a given
// name: "Pierre", "Jean", "Marie".
bool IsGivenNameWord(std::string_view word) { return (LexiconFlagsOf(word) & kGivenName) != 0; }

// Folded words after which a name, not a place, follows: titles and naming
// verbs ("Sr. Guerrero", "Mme Florence", "se llama Lima", "named Phoenix").
bool IsPersonCue(std::string_view folded) {
  static const std::unordered_set<std::string_view> kCues = {
      "sr", "sra", "srta", "senor", "senora", "senorita", "don", "dona", "dr", "dra", "doctor",
      "doctora", "lic", "licenciado", "licenciada", "ing", "prof", "profesor", "profesora",
      "mr", "mrs", "ms", "miss", "mister", "sir", "madam", "mme", "mlle", "m", "monsieur",
      "madame", "mademoiselle", "docteur", "maitre", "msye", "madan", "manzel", "pastor",
      "pasteur", "padre", "pere", "father", "hermana", "soeur", "sister", "llamo", "llama",
      "llamaba", "llamado", "llamada", "apodo", "alias", "named", "called", "appelle",
      "appelait", "nomme", "nommee", "rele", "dicen", "decian", "nicknamed",
      // kin: "mi esposa Guadalupe", "my wife Florence", "sa fille Lourdes"
      // ("son" is also Spanish "are" and French "his": "son Tijuana y Mexicali")
      "hijo", "hija", "hermano", "esposo", "esposa", "marido", "novio", "novia", "mama",
      "papa", "madre", "tio", "tia", "primo", "prima", "abuelo", "abuela", "nieto", "nieta",
      "sobrino", "sobrina", "cunado", "cunada", "suegro", "suegra", "amigo", "amiga",
      "compadre", "comadre", "vecino", "vecina", "daughter", "brother", "wife",
      "husband", "mother", "mom", "dad", "uncle", "aunt", "cousin", "grandmother",
      "grandfather", "grandma", "grandpa", "nephew", "niece", "friend", "kid", "baby",
      "boyfriend", "girlfriend", "fils", "fille", "frere", "epouse", "mari", "mere", "oncle",
      "tante", "cousine", "ami", "amie", "pitit", "madanm", "manman", "tonton", "matant",
      "kouzen", "kouzin", "zanmi", "veuve", "veuf", "viuda", "viudo", "widow", "widower",
      // roles along the route: "el coyote Santiago Atitlán"
      "coyote", "pollero", "sicario", "smuggler", "passeur",
      // labels: "Nombre: Guadalupe", "Name: Florence"
      "nombre", "nombres", "apellido", "apellidos", "name", "surname", "nom", "prenom", "non",
      "paciente", "patient"};
  return kCues.count(folded) != 0;
}

// WordBefore()'s answers for one text while a WordBeforeMemo lives: the
// veto's checks ask for the word before the same name, and for the word
// before that, up to a dozen times each (a fifth of the veto's cost went to
// reading and folding them again). Per thread, so that texts redacted at
// once on several threads do not share it; an answer is kept with the text
// it was read in (its bytes do not change while the memo lives) and its
// offset, by the offset's low bits.
struct WordBeforeAnswers {
  const char* data = nullptr;  // the text's, or nullptr when no memo lives
  size_t size = 0;
  struct Answer {
    size_t offset = std::string_view::npos;
    size_t begin = 0;
    std::string word;
  };
  Answer answers[16];
  // LexiconFlagsOf()'s answers for words of the text, by where they start
  // and their size: the veto asks for a name's flags three times or more.
  struct Flags {
    const char* word = nullptr;
    size_t size = 0;
    uint32_t flags = 0;
  };
  Flags flags[16];
};

thread_local WordBeforeAnswers word_before_answers;

// Keeps WordBefore()'s answers on `text` while it lives (one at a time; an
// inner one leaves the outer's in place).
class WordBeforeMemo {
 public:
  explicit WordBeforeMemo(std::string_view text) : owner_(word_before_answers.data == nullptr) {
    if (!owner_) return;
    word_before_answers.data = text.data();
    word_before_answers.size = text.size();
    for (auto& a : word_before_answers.answers) a.offset = std::string_view::npos;
    for (auto& a : word_before_answers.flags) a.word = nullptr;
  }
  ~WordBeforeMemo() {
    if (owner_) word_before_answers.data = nullptr;
  }
  WordBeforeMemo(const WordBeforeMemo&) = delete;
  WordBeforeMemo& operator=(const WordBeforeMemo&) = delete;

 private:
  const bool owner_;
};

std::string ReadWordBefore(std::string_view text, size_t offset, size_t* word_begin);

// The folded word that ends before offset, skipping spaces and one '.' or
// ':' ("Sr. X", "Nombre: X"); *word_begin is where it starts.
std::string WordBefore(std::string_view text, size_t offset, size_t* word_begin) {
  WordBeforeAnswers& memo = word_before_answers;
  if (memo.data == nullptr || memo.data != text.data() || memo.size != text.size()) {
    return ReadWordBefore(text, offset, word_begin);
  }
  WordBeforeAnswers::Answer& a = memo.answers[offset & 15];
  if (a.offset != offset) {
    a.word = ReadWordBefore(text, offset, &a.begin);
    a.offset = offset;
  }
  *word_begin = a.begin;
  return a.word;
}

uint32_t LexiconFlagsOf(std::string_view word) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return 0;
  WordBeforeAnswers& memo = word_before_answers;
  // Only a word inside the memo's text: another buffer's bytes may change
  // at the same address.
  const uintptr_t at = reinterpret_cast<uintptr_t>(word.data());
  const uintptr_t base = reinterpret_cast<uintptr_t>(memo.data);
  if (memo.data == nullptr || at < base || word.size() > memo.size || at - base > memo.size - word.size()) {
    return lexicon->Flags(text::Fold(word));
  }
  WordBeforeAnswers::Flags& a = memo.flags[(at - base) & 15];
  if (a.word != word.data() || a.size != word.size()) {
    a.flags = lexicon->Flags(text::Fold(word));
    a.word = word.data();
    a.size = word.size();
  }
  return a.flags;
}

std::string ReadWordBefore(std::string_view text, size_t offset, size_t* word_begin) {
  size_t end = offset;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n')) --end;
  if (end > 0 && (text[end - 1] == '.' || text[end - 1] == ':')) --end;
  size_t begin = end;
  while (begin > 0 && end - begin < 32) {
    const unsigned char c = static_cast<unsigned char>(text[begin - 1]);
    // ASCII letters and digits as std::isalnum in the "C" locale, inline.
    if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c == '\'') {
      --begin;
    } else {
      break;
    }
  }
  while (begin < end && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  // A byte-order mark before a document's first word is no letter.
  if (end - begin >= 3 && std::memcmp(text.data() + begin, "\xEF\xBB\xBF", 3) == 0) begin += 3;
  *word_begin = begin;
  std::string word = text::Fold(text.substr(begin, end - begin));
  // "m'appelle", "l'appelait": the word after the elision.
  const size_t apostrophe = word.rfind('\'');
  if (apostrophe != std::string::npos) word.erase(0, apostrophe + 1);
  return word;
}

// True if what lies between two offsets only separates items of a list or
// words of one name: spaces, a comma, "and", "y", "et", "e", "ak".
bool ListGap(std::string_view gap) {
  if (gap.size() > 8) return false;
  std::string words;
  for (char c : gap) {
    if (c == ',' || c == ' ' || c == '\t' || c == '&') continue;
    words.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return words.empty() || words == "and" || words == "y" || words == "et" || words == "e" ||
         words == "ak";
}

// True if another name found in the text sits right before or after
// findings[i], with only a list separator between.
// The names among findings, by end and by begin, so that a finding finds
// the names within a few bytes of it without visiting every finding.
struct NamesByPlace {
  std::vector<size_t> by_end;    // indices into findings
  std::vector<size_t> by_begin;
  NamesByPlace() = default;
  explicit NamesByPlace(const std::vector<Finding>& findings) {
    for (size_t j = 0; j < findings.size(); ++j) {
      if (IsPersonFinding(findings[j])) by_end.push_back(j);
    }
    by_begin = by_end;
    std::sort(by_end.begin(), by_end.end(),
              [&](size_t a, size_t b) { return findings[a].end < findings[b].end; });
    std::sort(by_begin.begin(), by_begin.end(),
              [&](size_t a, size_t b) { return findings[a].begin < findings[b].begin; });
  }
};

bool NextToAName(std::string_view text, const std::vector<Finding>& findings,
                 const NamesByPlace& names, size_t i) {
  const Finding& f = findings[i];
  // Names ending at most 8 bytes before f, then names starting at most 8
  // bytes after it: the only ones the tests below can accept.
  auto j = std::lower_bound(names.by_end.begin(), names.by_end.end(), f.begin > 8 ? f.begin - 8 : 0,
                            [&](size_t k, size_t at) { return findings[k].end < at; });
  for (; j != names.by_end.end() && findings[*j].end <= f.begin; ++j) {
    const Finding& g = findings[*j];
    if (*j != i && ListGap(text.substr(g.end, f.begin - g.end))) return true;
  }
  j = std::lower_bound(names.by_begin.begin(), names.by_begin.end(), f.end,
                       [&](size_t k, size_t at) { return findings[k].begin < at; });
  for (; j != names.by_begin.end() && findings[*j].begin - f.end <= 8; ++j) {
    const Finding& g = findings[*j];
    if (*j != i && ListGap(text.substr(f.end, g.begin - f.end))) return true;
  }
  return false;
}

// True if Spanish "a", starting at `at` (`before` is the folded word there),
// follows a verb of sending away after an object pronoun: "nos deportaron a
// Guerrero", "me mandaron a Tapachula". The pronoun is who was sent, so the
// name after "a" is where; "deportaron a Guerrero" alone sent him.
bool PronounSentAwayTo(std::string_view text, std::string_view before, size_t at) {
  if (before != "a") return false;
  static const std::unordered_set<std::string_view> kSentAway = {
      "deportaron", "deporto", "expulsaron", "expulso", "devolvieron", "devolvio", "trasladaron",
      "traslado", "mandaron", "mando", "enviaron", "envio", "regresaron", "regreso"};
  size_t verb_at = 0, pronoun_at = 0;
  if (kSentAway.count(WordBefore(text, at, &verb_at)) == 0) return false;
  const std::string pronoun = WordBefore(text, verb_at, &pronoun_at);
  return pronoun == "nos" || pronoun == "me" || pronoun == "los" || pronoun == "las" || pronoun == "te";
}

bool HasPersonCueBefore(std::string_view text, size_t offset) {
  size_t at = 0;
  const std::string before_word = WordBefore(text, offset, &at);
  const std::string_view before = before_word;  // compared inline
  if (IsPersonCue(before)) return true;
  // "talked to Maurice", "con Guadalupe", "avec Lourdes" (person_context.h);
  // not where a pronoun says who was sent ("nos deportaron a Guerrero").
  // IsPersonContext reads the word before `before` only after these words
  // (after the others, a person word alone says it): it is read only then.
  {
    size_t ignored = 0;
    const bool reads_word_before = before == "de" || before == "del" || before == "to" || before == "a" ||
                                   before == "for" || before == "en";
    if (IsPersonContext(at > 0 && reads_word_before ? WordBefore(text, at, &ignored) : std::string(), before) &&
        !PronounSentAwayTo(text, before, at)) {
      return true;
    }
  }
  // "my name is Lima", "son nom est Florence", "su nombre es Lima".
  if (before == "is" || before == "es" || before == "est") {
    size_t ignored = 0;
    const std::string noun = WordBefore(text, at, &ignored);
    const std::string_view n = noun;
    return n == "name" || n == "nom" || n == "nombre" || n == "non";
  }
  return false;
}

// True if what follows the name at offset says a person does something,
// for a given name that is also a town ("Guadalupe me acompañó", "Victoria
// y yo llegamos", "Dolores, mi tía, ..."): an object pronoun and a verb, "y
// yo", "et moi", "ak mwen", or a comma, a possessive and a kin word. The name
// detector flags these (name_detector.cc, person_after).
bool HasPersonCueAfter(std::string_view text, size_t begin, size_t offset) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return false;
  // Not after a place word: "en Guadalupe nos quedamos".
  size_t at = 0;
  const std::string before = WordBefore(text, begin, &at);
  if (before == "a" || before == "de" || (lexicon->Flags(before) & kPlacePrep)) return false;
  // Its buffers are kept from call to call: a name followed by a given
  // name's cue is read often, and each call allocated two.
  thread_local text::Tokens tokens;
  text::Tokenize(text.substr(offset, std::min<size_t>(48, text.size() - offset)), &tokens);
  const std::vector<text::Token>& ts = tokens.tokens;
  if (ts.size() < 3 || ts[0].newline_before || ts[1].newline_before) return false;
  const auto folded = [&](size_t k) { return ts[k].word ? tokens.Folded(ts[k]) : std::string_view(); };
  const std::string_view x = folded(0), y = folded(1);
  if (ts[0].word && ts[1].word && !ts[0].capitalized && !ts[1].capitalized && !ts[1].has_digit &&
      (x == "me" || x == "te" || x == "nos" || x == "le" || x == "les" || x == "lo" || x == "se" ||
       x == "m" || x == "nous" || x == "mwen" || x == "nou") &&
      !(lexicon->FlagsOfHash(ts[1].hash) & (kStopWord | kConnector | kPlacePrep))) {
    return true;
  }
  if ((x == "y" || x == "e" || x == "et" || x == "ak") && (y == "yo" || y == "moi" || y == "mwen")) return true;
  // "Me dijo León que nos fuéramos", "m'a dit Lourdes qu'il fallait partir":
  // after a verb of speaking, the name before "que" is who spoke.
  if (ts[0].word && !ts[0].capitalized && (x == "que" || x == "qu") && (lexicon->Flags(before) & kSpeechCue)) {
    return true;
  }
  return !ts[0].word && ts[0].first == ',' && ts.size() > 3 && ts[2].word && !ts[2].capitalized &&
         (lexicon->FlagsOfHash(ts[2].hash) & kKinCue) && !(lexicon->FlagsOfHash(ts[2].hash) & kStopWord) &&
         (y == "mi" || y == "su" || y == "ma" || y == "mon" || y == "sa" || y == "son" || y == "nuestra" ||
          y == "nuestro");
}

// True if the word at offset, after a French noun of nature in the singular
// or plural ("le ruisseau", "l'étang", "le massif"), may be a person: a
// listed given name or surname, or a word followed by what follows a
// subject ("près du ruisseau Kaboré nous a frappés", "au bord de l'étang
// Joseph a disparu", "le torrent Diallo devant"). Spoken French opens a
// sentence with such a place, without a comma, before whoever acted there.
bool PersonAfterFrenchNatureNoun(std::string_view text, size_t offset) {
  size_t end = offset;
  while (end < text.size() &&
         (static_cast<unsigned char>(text[end]) >= 0x80 || std::isalpha(static_cast<unsigned char>(text[end])) != 0 ||
          text[end] == '-')) {
    ++end;
  }
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr || (lexicon->Flags(text::Fold(text.substr(offset, end - offset))) & (kGivenName | kSurname))) {
    return true;
  }
  size_t at = end;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  size_t e = at;
  while (e < text.size() && (static_cast<unsigned char>(text[e]) >= 0x80 || std::isalpha(static_cast<unsigned char>(text[e])) != 0)) ++e;
  static const std::unordered_set<std::string_view> kAfterASubject = {
      "nous", "vous", "me", "m", "te", "t", "lui", "leur", "les", "l", "se", "s", "n", "ne", "y",
      "a", "avait", "est", "\xC3\xA9tait", "ont", "va", "allait", "dit", "disait", "voulait",
      "devant", "derri\xC3\xA8re"};
  return kAfterASubject.count(text.substr(at, e - at)) != 0;
}

// True if a town follows: a postal code ("28035 Madrid", "E-28015
// Madrid", "C.P. 04030 Coyoacán") or a place label ("Localidad/ Provincia:
// Toledo", "Ciudad: Heredia") comes right before offset.

bool HasPlaceCueBefore(std::string_view text, size_t offset, bool* in_prose) {
  *in_prose = false;
  size_t end = offset;
  // A space, a tab, ',', '-', '.' or '(' (a switch: memchr was a call).
  auto gap = [](char c) { return c == ' ' || c == '\t' || c == ',' || c == '-' || c == '.' || c == '('; };
  while (end > 0 && gap(text[end - 1]) && offset - end < 4) {
    --end;
  }
  size_t digits = 0;
  while (end > digits && std::isdigit(static_cast<unsigned char>(text[end - digits - 1])) != 0) ++digits;
  // Five digits (a year has four) that end no longer number ("55 1234
  // 56789 Juan" is a phone and a name).
  if (digits == 5) {
    if (end == digits) return true;
    const size_t sep = end - digits - 1;
    const bool in_number = std::string_view(" .-").find(text[sep]) != std::string_view::npos &&
                           sep > 0 && std::isdigit(static_cast<unsigned char>(text[sep - 1])) != 0;
    if (!in_number && (std::isalnum(static_cast<unsigned char>(text[sep])) == 0 || text[sep] == 'E')) {
      return true;
    }
  }
  // "la ciudad de X", "the town of X", "la commune de X", "home city X".
  {
    size_t at = 0, ignored = 0;
    const std::string folded_word = WordBefore(text, offset, &at);
    const std::string_view word = folded_word;  // compared inline
    // Only nouns after which "de X" is a name, not a possession ("el estado
    // de Pedro", "el barrio de María" are Pedro's and María's).
    static const std::unordered_set<std::string_view> kPlaceNouns = {
        "ciudad", "municipio", "departamento", "ejido", "city", "town", "village", "county",
        "province", "ville", "commune", "departement", "provincia", "canton", "vil", "komin",
        "university", "universidad", "universite", "environs", "arrondissement", "prefecture",
        "sous-prefecture", "outskirts"};
    // Nouns of a river, a lake, a mountain, an island or a monastery: their
    // name follows them, in lower case ("el río Bravo", "los volcanes
    // Atitlán", "la presa Falcón"), or after "de" ("el lago de Atitlán", "el
    // monasterio de Yuste"). Not "estado", "barrio", "casa", "palais" (a
    // possession too: "la casa de Pedro", "le palais de Minos").
    static const std::unordered_set<std::string_view> kNatureNouns = {
        "rio", "rios", "lago", "lagos", "laguna", "lagunas", "volcan", "volcanes", "presa",
        "cerro", "cerros", "isla", "islas", "river", "rivers", "lake", "lakes", "volcano",
        "volcanoes", "fleuve", "riviere", "lac", "lacs", "ile", "iles", "monte", "montes",
        "nevado", "valle", "sierra", "golfo", "bahia", "peninsula", "desierto", "cordillera",
        "monasterio", "abadia", "monastery", "fort", "abbaye", "valley", "gulf", "bay", "isle",
        "mont", "golfe", "vallee", "baie", "templo", "iglesia", "catedral", "basilica", "parroquia",
        "santuario", "church", "cathedral", "eglise", "cathedrale"};
    static const std::unordered_set<std::string_view> kBareNatureNouns = {
        "rio", "rios", "lago", "lagos", "laguna", "lagunas", "volcan", "volcanes", "presa",
        "cerro", "cerros", "isla", "islas", "river", "rivers", "lake", "lakes", "volcano",
        "volcanoes", "fleuve", "riviere", "lac", "lacs", "nevado", "sierra", "monte", "montes",
        // "el estado Bolívar", "el departamento Francisco Morazán" (Venezuela, Honduras).
        "estado", "departamento",
        // French: "le mont Auxois", "l'île Maurice", "le torrent du Charmaix".
        // Not "cap", "col", "pic": English words before a name ("no cap
        // Brayan", "pic Maria").
        "mont", "monts", "ile", "iles", "torrent", "ruisseau", "etang", "massif"};
    *in_prose = true;
    // A realm or a see after a ruler's or a bishop's title: "roi de France
    // et de Navarre", "King of Spain", "el conde de Aranda".
    static const std::unordered_set<std::string_view> kRulers = {
        "rey", "reina", "roi", "reine", "king", "queen", "emperador", "emperatriz", "empereur",
        "imperatrice", "emperor", "empress", "principe", "princesa", "prince", "princesse",
        "princess", "duque", "duquesa", "duc", "duchesse", "duke", "duchess", "conde", "condesa",
        "comte", "comtesse", "count", "countess", "marques", "marquesa", "marquis", "marquise",
        "virrey", "vice-roi", "viceroy", "obispo", "arzobispo", "eveque", "archeveque", "bishop",
        "archbishop"};
    // WordBefore steps over a period: "domine l'île. Louis Delgrès y
    // mourut", "back to my home town. Maria was there" end the sentence on
    // the noun, which says nothing of the name after it.
    const bool touches = text.substr(at, offset - at).find_first_of(".:") == std::string_view::npos;
    if (!touches) {
      // Neither a noun nor a label before the name.
    } else if (word == "de" || word == "of" || word == "d" || word == "del" || word == "du") {
      size_t noun_at = 0;
      const std::string folded_noun = WordBefore(text, at, &noun_at);
      const std::string_view noun = folded_noun;
      if (kPlaceNouns.count(noun) != 0) return true;
      if (kRulers.count(noun) != 0 && std::islower(static_cast<unsigned char>(text[noun_at])) != 0) return true;
      // "roi de France et de Navarre": the next realm of a list.
      if (noun == "et" || noun == "y" || noun == "and" || noun == "puis" || noun == "e") {
        size_t k = noun_at, realm_at = 0, prep_at = 0, ruler_at = 0;
        const std::string realm = WordBefore(text, k, &realm_at);
        const std::string prep = realm.empty() ? "" : WordBefore(text, realm_at, &prep_at);
        const std::string ruler =
            (prep == "de" || prep == "of" || prep == "d") ? WordBefore(text, prep_at, &ruler_at) : "";
        if (!realm.empty() && StartsWithCapital(text, realm_at) && kRulers.count(ruler) != 0 &&
            std::islower(static_cast<unsigned char>(text[ruler_at])) != 0) {
          return true;
        }
      }
      if (kNatureNouns.count(noun) != 0 && std::islower(static_cast<unsigned char>(text[noun_at])) != 0) {
        return true;
      }
    } else if (kBareNatureNouns.count(word) != 0 && !StartsWithCapital(text, at)) {  // "île": not ASCII
      // The French nouns: not before a person (PersonAfterFrenchNatureNoun).
      static const std::unordered_set<std::string_view> kFrench = {
          "mont", "monts", "ile", "iles", "torrent", "ruisseau", "etang", "massif"};
      if (kFrench.count(word) != 0 && PersonAfterFrenchNatureNoun(text, offset)) {
        *in_prose = false;
        return false;
      }
      return true;
    } else if (word == "city" || word == "town") {
      const std::string before = WordBefore(text, at, &ignored);
      if (std::string_view(before) == "home" || std::string_view(before) == "hometown") return true;
    }
    *in_prose = false;
  }
  size_t label_end = offset;
  while (label_end > 0 && (text[label_end - 1] == ' ' || text[label_end - 1] == '\t')) --label_end;
  if (label_end == 0 || text[label_end - 1] != ':') return false;
  size_t at = 0;
  const std::string label = WordBefore(text, label_end - 1, &at);
  static const std::unordered_set<std::string_view> kLabels = {
      "localidad", "provincia", "ciudad", "municipio", "poblacion", "estado", "pais", "lugar",
      "departamento", "city", "town", "state", "country", "ville", "pays", "commune", "vil", "peyi"};
  return kLabels.count(label) != 0;
}

// True if the words after a one-word given name or surname say a person, as the name
// detector reads them: an object or reflexive pronoun and a lower-case word
// ("Guadalupe nos dio comida", "Israel me ayudó"; "Florence m'a dit",
// "Florence nous a aidés"; "Florence helped me"), "y yo", "and I", "et moi"
// ("Esperanza y yo"), "and her husband", or a comma, a possessive and a kin
// word ("Trinidad, mi cuñada,").
// True if a word has a capital first and no lower-case ASCII letter ("ME",
// "PEGÓ"); accented capitals pass as the bytes they are.
bool AllCapitals(std::string_view word) {
  if (word.empty() || !StartsWithCapital(word, 0)) return false;
  for (char c : word) {
    if (std::islower(static_cast<unsigned char>(c)) != 0) return false;
  }
  return true;
}

bool ActsOnSomeone(std::string_view text, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find(' ') != std::string_view::npos) return false;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  const uint32_t name_flags = lexicon == nullptr ? 0 : LexiconFlagsOf(name);
  if ((name_flags & (kGivenName | kSurname)) == 0) return false;
  // A surname that is no given name only before "me", "te", "nos" and a
  // verb ("Después Juárez me pegó"): "le", "les", "se" and the other cues
  // follow towns too ("à l'Elysée le chancelier").
  const bool surname_only = (name_flags & kGivenName) == 0;
  // The folded word starting at `from` (letters only) and where it ends.
  auto word_at = [&](size_t from, size_t* end) {
    size_t k = from;
    while (k < text.size() && IsLetterByte(static_cast<unsigned char>(text[k]))) ++k;
    *end = k;
    return text::Fold(text.substr(from, k - from));
  };
  size_t at = f.end;
  const bool comma = at < text.size() && text[at] == ',';
  if (comma) ++at;
  if (at >= text.size() || text[at] != ' ') return false;
  size_t first_end = 0, second_end = 0;
  // Compared as views below: a std::string compared with a literal is a
  // call (strlen, compare) each time, ~60 instructions.
  const std::string first_word = word_at(at + 1, &first_end);
  const std::string_view first = first_word;
  // French "m'a", "t'avait", "l'a" ("Florence m'a dit").
  if ((first == "m" || first == "t" || first == "l") && first_end < text.size()) {
    size_t k = first_end;
    if (text[k] == '\'') {
      ++k;
    } else if (text.substr(k, 3) == "\xE2\x80\x99") {
      k += 3;
    } else {
      return false;
    }
    const std::string verb = word_at(k, &second_end);
    return std::string_view(verb) == "a" || std::string_view(verb) == "avait";
  }
  if (first.empty() || first_end >= text.size() || text[first_end] != ' ') return false;
  const std::string second_word = word_at(first_end + 1, &second_end);
  const std::string_view second = second_word;
  // Shouted in capitals, an object pronoun and a verb: "Victoria ME PEGÓ",
  // "Guerrero NOS QUITÓ".
  if ((first == "me" || first == "te" || first == "nos") && AllCapitals(text.substr(at + 1, first_end - at - 1)) &&
      second_end > first_end + 2 && AllCapitals(text.substr(first_end + 1, second_end - first_end - 1))) {
    return true;
  }
  if ((first == "nous" || first == "vous") && (second == "a" || second == "avait") &&
      AllCapitals(text.substr(at + 1, first_end - at - 1)) && AllCapitals(text.substr(first_end + 1, second_end - first_end - 1))) {
    return true;  // "Victoria NOUS A FRAPPÉS"
  }
  // Shouted, what only a person does: "Florence EST VENUE", "Florence EST
  // TRÈS GENTILLE" (a third word only in capitals too).
  if (second_end > first_end + 1 && AllCapitals(text.substr(at + 1, first_end - at - 1)) &&
      AllCapitals(text.substr(first_end + 1, second_end - first_end - 1))) {
    size_t third_end = 0;
    std::string third;
    if (second_end + 1 < text.size() && text[second_end] == ' ') {
      third = word_at(second_end + 1, &third_end);
      if (!AllCapitals(text.substr(second_end + 1, third_end - second_end - 1))) third.clear();
    }
    if (SaysWhatOnlyAPersonDoes(first, second, third)) return true;
  }
  if (second.empty() || StartsWithCapital(text, first_end + 1) != (second == "i")) return false;
  if (comma) {
    return (first == "mi" || first == "my" || first == "ma" || first == "mon" || first == "su" ||
            first == "his" || first == "her" || first == "our" || first == "nuestra" ||
            first == "nuestro") &&
           IsPersonCue(second);
  }
  if (first == "y" || first == "and" || first == "et" || first == "ak") {
    return second == "yo" || second == "i" || second == "moi" || second == "mwen" ||
           second == "su" || second == "his" || second == "her" || second == "son" || second == "sa";
  }
  // French "nous a", "vous avait"; English "helped me", "told us".
  if ((first == "nous" || first == "vous") && (second == "a" || second == "avait" || second == "ont" || second == "avaient")) return true;
  static const std::unordered_set<std::string_view> kObjects = {"me", "us", "him", "her", "them"};
  static const std::unordered_set<std::string_view> kPastVerbs = {
      "told", "gave", "took", "sent", "brought", "left", "got", "let", "made", "paid", "sold",
      "kept", "met", "hit", "saw", "found", "called", "drove", "lent", "showed", "taught"};
  if (kObjects.count(second) != 0 &&
      ((first.size() > 4 && first.ends_with("ed")) || kPastVerbs.count(first) != 0)) {
    return true;
  }
  if (surname_only) return first == "me" || first == "te" || first == "nos";
  // "Florence said we could stay", "Victoria fue muy buena con nosotros".
  if (!StartsWithCapital(text, at + 1)) {
    size_t third_end = 0;
    const std::string third =
        second_end + 1 < text.size() && text[second_end] == ' ' && !StartsWithCapital(text, second_end + 1)
            ? word_at(second_end + 1, &third_end)
            : std::string();
    if (SaysWhatOnlyAPersonDoes(first, second, third)) return true;
  }
  return IsPronounBeforeVerb(first);
}

// True if [begin, end) is a capitalized word, not all capitals, that is a
// month or a place of some gazetteer.
bool IsCapitalizedPlaceOrMonth(std::string_view text, const PlaceGazetteer& places, size_t begin,
                               size_t end) {
  if (end - begin < 3 || end - begin > 32 || !StartsWithCapital(text, begin)) return false;
  bool lower = false;
  for (size_t k = begin + 1; k < end; ++k) lower = lower || std::islower(static_cast<unsigned char>(text[k])) != 0;
  if (!lower) return false;
  const std::string_view word = text.substr(begin, end - begin);
  return IsMonthName(text::Fold(word)) || places.ClassOf(word) != PlaceClass::kNone;
}

}  // namespace

namespace {

// True if a word of the finding is a listed given name or surname and no
// gazetteer (the ambiguous world places included) lists it whole.
bool ListedNameOfNoGazetteer(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return true;
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (places.ClassOf(name) != PlaceClass::kNone) return false;
  for (size_t at = 0; at < name.size();) {
    size_t end = name.find_first_of(" -", at);
    if (end == std::string_view::npos) end = name.size();
    if (end > at && (lexicon->Flags(text::Fold(name.substr(at, end - at))) & (kGivenName | kSurname)) != 0) {
      return true;
    }
    at = end + 1;
  }
  return false;
}

}  // namespace

// True if the address ends with a home's unit and its number: "casa 23",
// "house 23", "depto 4", "kay 14".
bool EndsWithAHomesUnit(std::string_view text, const Finding& a) {
  size_t at = a.end;
  while (at > a.begin && std::isdigit(static_cast<unsigned char>(text[at - 1])) != 0) --at;
  if (at == a.end) return false;
  size_t ignored = 0;
  static const std::unordered_set<std::string_view> kUnits = {
      "casa", "house", "apt", "apto", "apartamento", "depto", "departamento", "cuarto", "room", "kay", "lote",
      "unit", "interior", "int", "maison", "chambre", "appartement", "no", "num", "numero"};
  return kUnits.count(WordBefore(text, at, &ignored)) != 0;
}

// True if the finding is one to three words that no gazetteer and no
// dictionary knows, and a sentence goes on around it: a period, '!' or '?'
// after it, or a comma and a lower-case word. After a home's unit,
// "Vivíamos en Calle Morelos 45, casa 23, Yefri." names someone (the person
// spoken to, or who lived there); a town after an address is one the
// gazetteers list ("..., casa 23, Tapachula."), or follows the street's
// number ("333 Golfskálinn 78, Borgarnes.") or ends its line.
bool UnknownWordEndingASentence(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.size() < 3 || name.size() > 40 || places.ClassOf(name) != PlaceClass::kNone) return false;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return false;
  // Each word (at most three): no place, no dictionary word.
  int words = 0;
  for (size_t at = 0; at < name.size();) {
    size_t end = name.find(' ', at);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(at, end - at);
    if (word.size() < 2 || ++words > 3 || places.ClassOf(word) != PlaceClass::kNone ||
        lexicon->IsDictionaryWord(text::Fold(word))) {
      return false;
    }
    at = end + 1;
  }
  size_t at = f.end;
  if (at >= text.size()) return false;
  if (text[at] == '.' || text[at] == '!' || text[at] == '?') {
    // Not an abbreviation's or a domain's period: the text, a space or a
    // line break follows.
    return at + 1 == text.size() || text[at + 1] == ' ' || text[at + 1] == '\n' || text[at + 1] == '\r';
  }
  if (text[at] != ',') return false;
  ++at;
  while (at < text.size() && text[at] == ' ') ++at;
  return at < text.size() && text[at] >= 'a' && text[at] <= 'z';
}

// True if what follows a name at `end` is what follows a town in an
// address block, never a person: its region code and postal code (", QC
// 54256", ", 43 73313", ", Belgium 18431"), a region code ending the line
// (" PR", " VE."), or the line's end and a country starting the next line
// (" / New Zealand.", " / Canada 36523"). A "'s" and a word in capitals may
// end the town first ("SMITH'S GREEN").
bool TownLineTailAfter(std::string_view text, size_t end, const PlaceGazetteer& places) {
  size_t at = end;
  auto is_upper = [&](size_t i) { return i < text.size() && text[i] >= 'A' && text[i] <= 'Z'; };
  auto is_digit = [&](size_t i) { return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0; };
  auto line_ends = [&](size_t i) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
    return i;
  };
  if (at + 2 < text.size() && text[at] == '\'' && (text[at + 1] == 'S' || text[at + 1] == 's') &&
      text[at + 2] == ' ' && is_upper(at + 3)) {
    at += 3;
    while (at < text.size() && (is_upper(at) || (text[at] >= 'a' && text[at] <= 'z'))) ++at;
  }
  auto is_country = [&](std::string_view words) {
    const std::vector<PlaceMention> mentions = places.FindPlaces(words);
    return mentions.size() == 1 && mentions[0].begin == 0 && mentions[0].end == words.size() &&
           mentions[0].kind == "country";
  };
  // A country starting the next line, alone or before a number or a mark.
  auto country_line_after = [&](size_t i) {
    i = line_ends(i);
    if (i < text.size() && text[i] == '\n') ++i;
    else return false;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t e = i;
    while (e < text.size() && text[e] != '\n' && text[e] != '.' && text[e] != ',' && text[e] != '?' &&
           text[e] != '!' && !is_digit(e) && e - i < 40) {
      ++e;
    }
    while (e > i && text[e - 1] == ' ') --e;
    if (e == i || !StartsWithCapital(text, i)) return false;
    return is_country(text.substr(i, e - i));
  };
  if (at >= text.size()) return false;
  if (text[at] == ',' && at + 2 < text.size() && text[at + 1] == ' ') {
    // ", QC 54256", ", 43 73313", ", Belgium 18431": a code or a country,
    // then digits ending the line.
    size_t i = at + 2;
    size_t e = i;
    while (e < text.size() && (is_upper(e) || is_digit(e) || (e > i && text[e] >= 'a' && text[e] <= 'z'))) ++e;
    const std::string_view region = text.substr(i, e - i);
    bool code = region.size() >= 2 && region.size() <= 3;
    for (char c : region) code = code && ((c >= 'A' && c <= 'Z') || std::isdigit(static_cast<unsigned char>(c)) != 0);
    if (!code && !(region.size() > 3 && is_country(region))) return false;
    if (e >= text.size() || text[e] != ' ' || !is_digit(e + 1)) return false;
    ++e;
    while (e < text.size() && (is_digit(e) || text[e] == '-')) ++e;
    e = line_ends(e);
    return e == text.size() || text[e] == '\n';
  }
  if (text[at] == ' ' && is_upper(at + 1) && is_upper(at + 2)) {
    // " NSW 2150", " QLD 4350": an Australian state and its postcode, then
    // a mark or the line's end, as records write the town's line.
    static const RE2 kStatePostcode(R"( (?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4}(?:[ \t]*(?:[,.;)\r\n]|$)))");
    if (kStatePostcode.Match(re2::StringPiece(text.data(), text.size()), at, text.size(), RE2::ANCHOR_START, nullptr,
                             0)) {
      return true;
    }
    // " PR", " VE.": a region's code ends the line.
    size_t e = at + 1;
    while (is_upper(e)) ++e;
    if (e - at - 1 > 3) return false;
    if (e < text.size() && text[e] == '.') ++e;
    e = line_ends(e);
    return e == text.size() || text[e] == '\n';
  }
  return country_line_after(at);
}

// Where the Australian state's code starts that ends a name found as a
// person ("Ballarat |VIC", "|VIC") when its postcode follows, then a mark or
// the line's end (" 3350,"); npos otherwise.
size_t AustralianStateBeforePostcode(std::string_view text, const Finding& f) {
  const size_t space = text.substr(f.begin, f.end - f.begin).rfind(' ');
  const size_t state = space == std::string_view::npos ? f.begin : f.begin + space + 1;
  static const RE2 kStatePostcode(R"((?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4}(?:[ \t]*(?:[,.;)\r\n]|$)))");
  if (!kStatePostcode.Match(re2::StringPiece(text.data(), text.size()), state, text.size(), RE2::ANCHOR_START,
                            nullptr, 0) ||
      text.substr(state, f.end - state).find(' ') != std::string_view::npos ||
      f.end - state > 3 || text[f.end] != ' ') {
    return std::string_view::npos;
  }
  return state;
}

// Where the town's line starts when capitalized words, or "de", "del",
// "u" between them, come before the name found in it ("West |Brook",
// "Torroella de |Montgrí"): at most three words, none across a line, a
// comma or a digit; `begin` if none.
size_t TownWordsStart(std::string_view text, size_t begin) {
  size_t start = begin;
  for (int words = 0; words < 3; ++words) {
    size_t at = start;
    if (at == 0 || text[at - 1] != ' ') break;
    --at;
    size_t b = at;
    while (b > 0 && (IsLetterByte(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '-')) --b;
    if (b == at) break;
    const std::string_view word = text.substr(b, at - b);
    const bool connector = word == "de" || word == "del" || word == "u" || word == "la" || word == "di";
    if (!connector && !StartsWithCapital(text, b)) break;
    if (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != ',') break;
    start = b;
    if (b == 0 || text[b - 1] != ' ') break;
  }
  // Not a connector at the line's start.
  if (start != begin && !StartsWithCapital(text, start)) return begin;
  return start;
}

// True if the address `a` ends in a postal code of another shape than five
// digits after its street's comma: "Dlouhá 730/12, 110 00", "Kwiatowa 12,
// 00-950", "Rua X 112, 4000-442", "Bahnhofquai 9, 8001", "Hoofdstraat 56A,
// 9711 HB", Iceland's "Laugavegur 22, 101" (the shapes of the
// postal_code_short rule, which wants a street before the comma). Five
// digits are HasPlaceCueBefore's.
bool EndsWithShortPostalCode(std::string_view text, const Finding& a) {
  auto is_digit = [&](size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])) != 0; };
  auto digits_before = [&](size_t at) {
    size_t n = 0;
    while (at > a.begin + n && n < 6 && is_digit(at - n - 1)) ++n;
    return n;
  };
  size_t end = a.end;
  // The Dutch code's two letters: "9711 HB".
  if (end >= a.begin + 3 && std::isupper(static_cast<unsigned char>(text[end - 1])) != 0 &&
      std::isupper(static_cast<unsigned char>(text[end - 2])) != 0 && text[end - 3] == ' ') {
    end -= 3;
    if (digits_before(end) != 4) return false;
  }
  const size_t last = digits_before(end);
  size_t start = end - last;
  if (last == 2 && start > a.begin && text[start - 1] == ' ' && digits_before(start - 1) == 3) {
    start -= 4;  // "110 00"
  } else if (last == 3 && start > a.begin && text[start - 1] == '-' &&
             (digits_before(start - 1) == 2 || digits_before(start - 1) == 4)) {
    start -= 1 + digits_before(start - 1);  // "00-950", "4000-442"
  } else if (last != 4 && last != 3) {  // Iceland's "101"
    return false;
  }
  if (start > a.begin && is_digit(start - 1)) return false;
  // ", " before the code, a street's word or number before the comma.
  size_t at = start;
  while (at > a.begin && text[at - 1] == ' ' && start - at < 2) --at;
  if (at == start || at <= a.begin + 1 || text[at - 1] != ',') return false;
  const char before = text[at - 2];
  return IsAlnumOrUtf8Byte(before) || before == '.';
}

// True if an address ending in a number ends right before offset (a
// comma, a line break or "|" between) and the finding ends its line or is
// followed by a comma or period: "Golfskálinn 78, Borgarnes", "Apt. 762\n
// Egilsstaðir\n"; or (spaces between) when a country alone follows it on
// its line: "Suite 833 Milford New Zealand".
bool FollowsAnAddress(std::string_view text, const std::vector<Finding>& others, const Finding& f,
                      const PlaceGazetteer& places, bool town_line = false) {
  // No address ending at most 6 bytes before the name: none the loop below
  // would read, and the country search before it (a gazetteer search of
  // the rest of the line) is spared.
  bool address_before = false;
  for (const Finding& a : others) {
    address_before = address_before || (a.type == IdentifierType::kAddress && a.end <= f.begin &&
                                         f.begin - a.end <= 6 && a.end != 0);
  }
  if (!address_before) return false;
  // The town right after the postal code that ends its street's address,
  // whatever follows it ("Dlouhá 730/12, 110 00 Praha.", "Bahnhofquai 9,
  // 8001 Zürich is where..."): a listed given name or surname of no
  // gazetteer there stays a person, as after a comma below.
  for (const Finding& a : others) {
    if (a.type != IdentifierType::kAddress || a.end > f.begin || f.begin - a.end > 2 ||
        text.substr(a.end, f.begin - a.end).find_first_not_of(' ') != std::string_view::npos ||
        !EndsWithShortPostalCode(text, a)) {
      continue;
    }
    // After Iceland's three digits ("Laugavegur 22, 101 Reykjavík") only a
    // town of the gazetteer: "Calle Morelos, 123" ends so too, and a word
    // of no list after it may be who lives there.
    if (a.end >= a.begin + 4 && text[a.end - 4] == ' ') {
      const PlaceClass place = places.ClassOf(text.substr(f.begin, f.end - f.begin));
      if (place != PlaceClass::kListed && place != PlaceClass::kWorld) return false;
    }
    return !ListedNameOfNoGazetteer(text, places, f) && !PersonRelativeClauseAfter(text, f.end);
  }
  size_t after = f.end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  // Or a country after it on its line ("Suite 833 Milford New Zealand",
  // "Apt. 3 Greystone Canada."): the address line goes on with a town.
  bool country_after = false;
  if (!town_line && after < text.size() &&
      std::string_view(",.\n\r|)").find(text[after]) == std::string_view::npos) {
    size_t line_end = after;
    while (line_end < text.size() && line_end - after < 40 && text[line_end] != '\n' && text[line_end] != ',' &&
           text[line_end] != '.') {
      ++line_end;
    }
    const std::string_view rest = text.substr(after, line_end - after);
    if (line_end - after >= 40 || rest.empty() || !StartsWithCapital(text, after)) return false;
    std::string_view trimmed = rest;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t' || trimmed.back() == '\r')) {
      trimmed.remove_suffix(1);
    }
    const std::vector<PlaceMention> mentions = places.FindPlaces(trimmed);
    if (mentions.size() != 1 || mentions[0].begin != 0 || mentions[0].end != trimmed.size() ||
        mentions[0].kind != "country") {
      return false;
    }
    country_after = true;
  }
  for (const Finding& a : others) {
    if (a.type != IdentifierType::kAddress || a.end > f.begin || f.begin - a.end > 6) continue;
    // Ending in a number, or numbered and ending in its type ("138 West
    // Ave, Patchogue").
    if (a.end == 0) continue;
    if (std::isdigit(static_cast<unsigned char>(text[a.end - 1])) == 0) {
      const std::string_view street = text.substr(a.begin, a.end - a.begin);
      if (street.find_first_of("0123456789") == std::string_view::npos) continue;
      size_t type_begin = 0;
      // English types and the British, Australian and Canadian ones
      // ("27 Elm Grove, Dublin", "4 Wattle Close, Ballarat").
      static const std::unordered_set<std::string_view> kTypes = {
          "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr",
          "lane", "ln", "way", "court", "ct", "place", "pl", "terrace", "highway", "hwy",
          "grove", "close", "crescent", "cres", "circle", "square", "parkway", "pkwy", "trail",
          "row", "mews", "gardens", "parade",
          // Australian abbreviations: "3/17 Ocean Pde, Coogee", "5 Bay Tce".
          "pde", "tce", "cct", "esp"};
      if (kTypes.count(WordBefore(text, a.end, &type_begin)) == 0) continue;
    }
    const std::string_view gap = text.substr(a.end, f.begin - a.end);
    if (gap.find_first_not_of(" \t\n\r,|>") != std::string_view::npos) continue;
    // A town's line after its street and unit: its region and postal code
    // or the country after it say town whatever its words are.
    if (town_line) return true;
    if (country_after || gap.find_first_of(",\n|") != std::string_view::npos) {
      // A listed given name or surname there is a town only where a
      // gazetteer says so ("14 Oak Street, Austin"): "I lived at 14 Oak
      // Street, Ramírez.", "Apt. 3 Ramírez Mexico" may name the person who
      // lives there. A word of no list before ", who beat us", ", que nos
      // golpeaba" is that person too.
      if (EndsWithAHomesUnit(text, a) && UnknownWordEndingASentence(text, places, f)) return false;
      return !ListedNameOfNoGazetteer(text, places, f) && !PersonRelativeClauseAfter(text, f.end);
    }
  }
  return false;
}

bool FollowedByADate(std::string_view text, size_t end);

// True if the words after a name define it as a place, as an
// encyclopedia's first sentence does: "El Popocatépetl es un volcán",
// "Tegucigalpa is the capital city", "X est une commune", "Ciudad Bolívar,
// capital del estado", "X is the place where". A copula or a comma, an
// article, at most two more words, then a noun of a place; or Spanish "es
// donde" ("Huixtla es donde cruzamos").
bool FollowedByPlaceDefinition(std::string_view text, size_t end) {
  static const std::unordered_set<std::string_view> kCopulas = {
      "es", "fue", "era", "is", "was", "est", "fut", "etait"};
  static const std::unordered_set<std::string_view> kArticles = {
      "un", "una", "el", "la", "a", "an", "the", "une", "le", "l"};
  static const std::unordered_set<std::string_view> kPlaceNouns = {
      "ciudad", "pueblo", "municipio", "volcan", "rio", "lago", "laguna", "estado", "pais",
      "departamento", "region", "isla", "archipielago", "montana", "cerro", "cordillera",
      "peninsula", "provincia", "capital", "localidad", "aldea", "city", "town", "village",
      "river", "lake", "state", "country", "volcano", "mountain", "island", "province", "county",
      "municipality", "ville", "commune", "fleuve", "riviere", "lac", "pays", "departement", "ile",
      "archipel", "montagne", "capitale",
      // "X is the place where", "X es el lugar donde", "X est l'endroit où"
      "place", "lugar", "sitio", "endroit", "lieu"};
  size_t at = end;
  bool comma = false;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at < text.size() && text[at] == ',') {
    comma = true;
    ++at;
  }
  for (int words = 0; words < 5; ++words) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\'')) ++at;
    size_t e = at;
    while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
    if (e == at || std::isupper(static_cast<unsigned char>(text[at])) != 0) return false;
    const std::string w = text::Fold(text.substr(at, e - at));
    if (words == 0) {
      if (kCopulas.count(w) != 0) {
        // Spanish "X es donde cruzamos": "es", not "está", so no one who is
        // somewhere. English "Kerbrat is where we left her" may say where a
        // person is, and is left.
        if (w == "es" || w == "fue" || w == "era") {
          size_t n = e;
          while (n < text.size() && text[n] == ' ') ++n;
          size_t ne = n;
          while (ne < text.size() && IsLetterByte(static_cast<unsigned char>(text[ne]))) ++ne;
          if (text.substr(n, ne - n) == "donde") return true;
          // "Kerbrat fue a una ciudad lejana": Spanish "fue a" is "went to".
          if (text.substr(n, ne - n) == "a") return false;
        }
        at = e;
        continue;
      }
      if (!comma) return false;
      if (w == "capital" || w == "capitale") return true;  // ", capital del estado"
    }
    if (words <= 1 && kArticles.count(w) == 0 && !(words == 1 && kPlaceNouns.count(w) != 0)) {
      if (words == 0 || kArticles.count(w) == 0) {
        // The article must come first (after the copula, if any).
        if (!(words == 1 && comma)) return false;
      }
    }
    if (words >= 1 && kPlaceNouns.count(w) != 0) return true;
    // The noun right after the article or one word after it, and not a
    // possession's: "Kerbrat era el dueño del lugar", "the mayor of the
    // town" say what a person is.
    if (words >= 3 || w == "de" || w == "del" || w == "of" || w == "du" || w == "des" || w == "d") return false;
    at = e;
  }
  return false;
}


// True if a wire agency's name in brackets follows `end`, then a dash or
// an em dash: "Jackson (AP) - The governor said", a news item's dateline.
bool FollowedByAWireAgency(std::string_view text, size_t end) {
  size_t k = end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size() || text[k] != '(') return false;
  const size_t close = text.find(')', k);
  if (close == std::string_view::npos || close - k > 10) return false;
  static const std::unordered_set<std::string_view> kAgencies = {"AP", "Reuters", "AFP", "EFE", "UPI",
                                                                 "dpa", "Xinhua", "ANSA"};
  if (kAgencies.count(text.substr(k + 1, close - k - 1)) == 0) return false;
  k = close + 1;
  while (k < text.size() && text[k] == ' ') ++k;
  return k < text.size() && (text[k] == '-' || text.substr(k, 3) == "\xE2\x80\x94" ||
                             text.substr(k, 3) == "\xE2\x80\x93");
}

// True if a verb of birth or death and "in", "en" come right before
// offset: "born in Assisi", "nació en Aracataca", "died in Bournemouth".
bool AfterBirthOrDeath(std::string_view text, size_t offset) {
  size_t at = 0, ignored = 0;
  const std::string prep = WordBefore(text, offset, &at);
  if (prep != "in" && prep != "en" && prep != "at") return false;
  if (text.substr(at, offset - at).find_first_of(".:,\n") != std::string_view::npos) return false;
  static const std::unordered_set<std::string_view> kVerbs = {
      "born", "died", "buried", "baptised", "baptized", "nacio", "nacido", "nacida", "naci",
      "nacidos", "murio", "muerto", "muerta", "fallecio", "fallecido", "fallecida",
      "enterrado", "enterrada", "sepultado", "sepultada", "bautizado", "bautizada"};
  return kVerbs.count(WordBefore(text, at, &ignored)) != 0;
}


// True if a plural noun of rivers, lakes or mountains, in lower case,
// comes right before offset, or a plural noun of towns and "de" or "of":
// the names listed after it are places ("los ríos Ulúa y Chamelecón", "the
// rivers Ouse and Foss", "les communes de Languidic, Baud et Locminé", "the
// towns of Elgin and Delmar").
bool AfterAPluralPlaceNoun(std::string_view text, size_t offset) {
  // In lower case, accented too ("îles"): std::islower reads one byte.
  auto lower_at = [&](size_t k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    return c < 0x80 ? std::islower(c) != 0 : !StartsWithCapital(text, k);
  };
  size_t at = 0;
  std::string word = WordBefore(text, offset, &at);
  static const std::unordered_set<std::string_view> kPlural = {
      "rios", "lagos", "lagunas", "volcanes", "cerros", "islas", "montes", "rivers", "lakes",
      "volcanoes", "islands", "fleuves", "rivieres", "lacs", "iles", "volcans", "monts"};
  if (kPlural.count(word) != 0) return lower_at(at);
  if ((word != "de" && word != "of" && word != "d") || text.substr(at, offset - at).find_first_of(".:") !=
                                                            std::string_view::npos) {
    return false;
  }
  static const std::unordered_set<std::string_view> kTowns = {
      "communes", "villes", "villages", "departements", "provinces", "cantons", "ciudades", "pueblos",
      "municipios", "estados", "provincias", "departamentos", "aldeas", "towns", "cities",
      "villages", "counties", "states", "provinces",
      // "les îles de Chio et de Mitylène", "los puertos de Veracruz y
      // Tuxpan", "les ports de Kerity et de Lesconil".
      "iles", "islas", "islands", "ports", "puertos", "regions", "regiones", "localites", "localidades",
      "bourgs"};
  size_t noun_at = 0;
  word = WordBefore(text, at, &noun_at);
  return kTowns.count(word) != 0 && lower_at(noun_at) &&
         text.substr(noun_at, at - noun_at).find_first_of(".:,") == std::string_view::npos;
}

// True if what lies between two items of a list opened by a noun and "de"
// says "de" again: "les îles de Chio et de Mitylène", ", de", "y de".
bool RepeatsTheListsDe(std::string_view gap) {
  if (gap.size() > 9) return false;
  std::string words;
  for (char c : gap) {
    if (c == ',' || c == ' ' || c == '\t' || c == '\'') continue;
    words.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (words == "de" || words == "d") return gap.find(',') != std::string_view::npos;
  return words == "etde" || words == "etd" || words == "yde" || words == "oude" || words == "oud" ||
         words == "andof";
}

// True if a comma, "et" or "ou" follows `end`: another item of a list.
bool AnotherItemFollows(std::string_view text, size_t end) {
  size_t at = end;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (at < text.size() && text[at] == ',') return true;
  const std::string_view next = text.substr(at, 3);
  return next == "et " || next == "ou ";
}

// True if no word of the name is a listed given name, a saint's compound
// apart ("Saint-Denis", "Sainte-Anne"): "Jean-Robert Pierre" is a person.
bool NoGivenNameWord(std::string_view name) {
  if (name.substr(0, 6) == "Saint-" || name.substr(0, 7) == "Sainte-" || name.substr(0, 3) == "St-" ||
      name.substr(0, 4) == "Ste-") {
    return true;
  }
  size_t from = 0;
  while (from < name.size()) {
    size_t to = name.find_first_of(" -", from);
    if (to == std::string_view::npos) to = name.size();
    if (to > from && IsGivenNameWord(name.substr(from, to - from))) return false;
    from = to + 1;
  }
  return true;
}

// True if the capitalized items of a list that goes on after `end` (",
// Salberie et Kerbiquet") end where a clause does, or before a preposition
// ("à Brest", "de la ville"), not before a verb ("et Kaboré nous
// cherchaient"). Reads at most eight items.
bool ListEndsTheClause(std::string_view text, size_t end) {
  size_t at = end;
  for (int items = 0; items < 8; ++items) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (at < text.size() && text[at] == ',') ++at;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (text.substr(at, 3) == "et " || text.substr(at, 3) == "ou ") at += 3;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (!StartsWithCapital(text, at)) break;
    // Over the item's capitalized words ("Victor Hugo", "Saint-Denis").
    while (StartsWithCapital(text, at)) {
      while (at < text.size() && text[at] != ' ' && text[at] != '\t' && text[at] != '\n' && text[at] != ',') ++at;
      while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    }
  }
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (at >= text.size() || text[at] == '\n') return true;
  const char c = text[at];
  if (c == '.' || c == ';' || c == ':' || c == ')' || c == ',') return true;
  size_t e = at;
  while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
  static const std::unordered_set<std::string_view> kPrepositions = {
      "a", "de", "du", "des", "en", "pres", "vers", "jusqu", "entre", "dans", "sur", "aux", "au"};
  return kPrepositions.count(text::Fold(text.substr(at, e - at))) != 0;
}

// True if the name opens a list of streets after a plural street noun in
// lower case, in French ("les rues Ducoin et Salberie", "rues Trébouvec ,
// Guéniffet et Kerbiquet"): a comma, "et" or "ou" must follow it, the list
// must end its clause (ListEndsTheClause), and no word of the name may be a
// listed given name. "Sur les quais Kaboré nous attendait" names a person.
bool OpensAListOfStreets(std::string_view text, const Finding& f) {
  size_t at = 0;
  const std::string word = WordBefore(text, f.begin, &at);
  if (word != "rues" && word != "boulevards" && word != "avenues" && word != "quais") return false;
  if (std::islower(static_cast<unsigned char>(text[at])) == 0) return false;
  return AnotherItemFollows(text, f.end) && ListEndsTheClause(text, f.end) &&
         NoGivenNameWord(text.substr(f.begin, f.end - f.begin));
}


// True if text[at] starts "–" (U+2013), "—" (U+2014) or a spaced "-":
// the dash between birth and death in a lifespan.
bool DashAt(std::string_view text, size_t at) {
  if (text.substr(at, 3) == "\xE2\x80\x93" || text.substr(at, 3) == "\xE2\x80\x94") return true;
  return text.substr(at, 2) == "- ";
}

// True if a name opens or closes half of an encyclopedia's lifespan in
// brackets, where it is a town: "(Anenecuilco, 8 de agosto de 1879 –
// Chinameca, 10 de abril de 1919)", "(Valparaíso, 1931 – Santiago, 2004)",
// "(Parácuaro, Michoacán, 7 de enero de 1950 – ...)", "(San Pablo Guelatao,
// 21 de marzo de 1806 – ...)". The name, with the capitalized words and
// particles before it, follows the "(" or the dash; up to two more
// capitalized places and a comma each, then a year or a day (or "hacia",
// "c.", "vers" and a year), follow it. Opening the brackets, the brackets
// must also hold a dash or a month: "(García, 2019)" cites an author.
// No lifespan in brackets is longer than this: "(San Pablo Guelatao, 21 de
// marzo de 1806 – Ciudad de México, 18 de julio de 1872)" has 76 bytes.
constexpr size_t kLifespanBytes = 240;

bool InLifespan(std::string_view text, const Finding& f) {
  // Back over the capitalized words and particles of the run ("San Pablo",
  // "Ciudad de").
  size_t begin = f.begin;
  for (int words = 0; words < 5; ++words) {
    size_t at = begin;
    if (at == 0 || text[at - 1] != ' ') break;
    size_t w = at - 1;
    while (w > 0 && IsLetterByte(static_cast<unsigned char>(text[w - 1]))) --w;
    if (w == at - 1) break;
    const std::string word = text::Fold(text.substr(w, at - 1 - w));
    const bool particle = word == "de" || word == "del" || word == "la" || word == "las" ||
                          word == "los" || word == "du" || word == "des" || word == "of";
    if (!particle && !StartsWithCapital(text, w)) break;
    begin = w;
  }
  size_t b = begin;
  while (b > 0 && text[b - 1] == ' ') --b;
  if (b == 0) return false;
  bool opening = text[b - 1] == '(';
  bool closing = false;
  if (!opening) {
    const size_t dash = b >= 3 && DashAt(text, b - 3) ? b - 3 : (b >= 2 && DashAt(text, b - 2) ? b - 2 : std::string_view::npos);
    if (dash == std::string_view::npos) return false;
    // Inside brackets opened on this line, at most kLifespanBytes before
    // the dash (looked for no further: a long line of dashes and names
    // must not be read back to its start from each name).
    const size_t from = dash > kLifespanBytes ? dash - kLifespanBytes : 0;
    const std::string_view before = text.substr(from, dash - from);
    const size_t line = before.rfind('\n');
    const size_t open = before.rfind('(');
    if (open == std::string_view::npos || (line != std::string_view::npos && open < line)) return false;
    if (before.find(')', open) != std::string_view::npos) return false;
    closing = true;
  }
  // After: up to two ", Place" then ", " and a year or a day.
  size_t at = f.end;
  for (int items = 0; items < 3; ++items) {
    while (at < text.size() && text[at] == ' ') ++at;
    if (at >= text.size() || text[at] != ',') return false;
    ++at;
    while (at < text.size() && text[at] == ' ') ++at;
    if (at >= text.size()) return false;
    size_t e = at;
    while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
    const std::string word = text::Fold(text.substr(at, e - at));
    if (word == "hacia" || word == "c" || word == "circa" || word == "vers" || word == "ca" ||
        word == "h") {
      at = e;
      while (at < text.size() && (text[at] == ' ' || text[at] == '.')) ++at;
    }
    if (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])) != 0) break;
    if (e == at || !StartsWithCapital(text, at) || items == 2) return false;
    // Over the place's words to the next comma, on this line.
    while (at < text.size() && text[at] != ',' && text[at] != '\n' && text[at] != ')' &&
           std::isdigit(static_cast<unsigned char>(text[at])) == 0) {
      ++at;
    }
  }
  // A year ("1931", "hacia 1743") or a day and its month ("8 de agosto"),
  // not an age ("(Cécile Caro, 22 ans, ...)").
  size_t digits = 0;
  while (at + digits < text.size() && std::isdigit(static_cast<unsigned char>(text[at + digits])) != 0) ++digits;
  const bool day_and_month = [&] {
    size_t k = at;
    while (k > f.end && text[k - 1] == ' ') --k;
    return k > f.end && text[k - 1] == ',' && FollowedByADate(text, k - 1);
  }();
  if (digits != 4 && !day_and_month) return false;
  if (closing) return true;
  // Opening: a dash or a month before the brackets close, at most
  // kLifespanBytes on.
  const std::string_view rest = text.substr(at, kLifespanBytes);
  const size_t shut = rest.find(')');
  const size_t line = rest.find('\n');
  if (shut == std::string_view::npos || (line != std::string_view::npos && line < shut)) return false;
  for (size_t k = at; k < at + shut; ++k) {
    if (DashAt(text, k)) return true;
  }
  return day_and_month;
}

// True if a dateline follows: a comma, a day and a month ("Lens, 22 avril",
// "Tapachula, 12 de marzo de 2020", "Laredo, March 3").
bool FollowedByADate(std::string_view text, size_t end) {
  size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || text[at] != ',') return false;
  ++at;
  while (at < text.size() && text[at] == ' ') ++at;
  size_t digits = 0;
  while (at + digits < text.size() && std::isdigit(static_cast<unsigned char>(text[at + digits])) != 0) ++digits;
  size_t word_at = at + digits;
  if (digits == 0) word_at = at;  // "Laredo, March 3"
  if (digits > 2) return false;
  size_t ignored = 0;
  std::string first;
  {
    size_t w = word_at;
    while (w < text.size() && text[w] == ' ') ++w;
    size_t e = w;
    while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) != 0 ||
                               static_cast<unsigned char>(text[e]) >= 0x80)) {
      ++e;
    }
    first = text::Fold(text.substr(w, e - w));
    if (first == "de" && digits > 0) {
      while (e < text.size() && text[e] == ' ') ++e;
      size_t e2 = e;
      while (e2 < text.size() && (std::isalpha(static_cast<unsigned char>(text[e2])) != 0 ||
                                  static_cast<unsigned char>(text[e2]) >= 0x80)) {
        ++e2;
      }
      first = text::Fold(text.substr(e, e2 - e));
    }
  }
  (void)ignored;
  static const std::unordered_set<std::string_view> kMonths = {
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "setiembre", "octubre", "noviembre", "diciembre", "january", "february", "march", "april",
      "june", "july", "august", "september", "october", "november", "december", "janvier",
      "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
      "novembre", "decembre"};
  if (kMonths.count(first) == 0) return false;
  if (digits > 0) return true;
  // A month first needs its day after it: "Laredo, March 3".
  size_t e = word_at;
  while (e < text.size() && text[e] == ' ') ++e;
  e += first.size();
  while (e < text.size() && text[e] == ' ') ++e;
  return e < text.size() && std::isdigit(static_cast<unsigned char>(text[e])) != 0;
}

namespace {

// True if the finding holds no blank (one word, or words joined by hyphens),
// and with `hyphen_splits` no hyphen either ("Plouay", not "Roz-Landrieux").
// The one-word tests of the French forms below read a single town's name.
bool OneWord(std::string_view text, const Finding& f, bool hyphen_splits = false) {
  for (size_t i = f.begin; i < f.end; ++i) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || (hyphen_splits && text[i] == '-')) return false;
  }
  return true;
}

}  // namespace

// A dateline's town is one word at the start of a line or sentence ("Lens,
// 22 avril."); "hang with Margaret Atwood, April 6" names a person.
bool IsDatelineStart(std::string_view text, const Finding& f) {
  if (!OneWord(text, f)) return false;
  size_t at = f.begin;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  return at == 0 || std::string_view(".!?\n").find(text[at - 1]) != std::string_view::npos;
}

// True if a one-word name follows ", de" or ", d'", a person's town of
// origin in French news ("M. Valo, de Trédaniel", "M. Collet, de Lannion"),
// or a noun of a town's office or people and "de" ("maire de Montigny").
bool IsTownOfOrigin(std::string_view text, const Finding& f) {
  if (!OneWord(text, f)) return false;
  size_t at = 0;
  const std::string word = WordBefore(text, f.begin, &at);
  if (word != "de" && word != "d" && word != "of") return false;
  size_t ignored = 0;
  // "maire de Montigny", "curé de X", "habitants de X", "originaire de X",
  // "alcalde de X", "the mayor of X": the town's office or people. (Not
  // kept in HasPlaceCueBefore: what follows such a town is often the
  // person, "le maire de Montpinchon, Daireaux".)
  static const std::unordered_set<std::string_view> kTownNouns = {
      "maire", "mairie", "cure", "paroisse", "habitants", "habitant", "originaire", "natif",
      "native", "pres", "hippodrome", "gare", "alcalde", "alcaldia", "mayor", "residents",
      "prairie", "bourg", "territoire", "destination", "gendarmes", "gendarmerie", "hopital",
      // French motion verbs: "revenait de Plouay", "allant de Shields à ..."
      "allant", "venant", "revenant", "revenait", "venait", "arrivant", "partant"};
  // French nouns of what a town has or names: "l'usine de Fivet",
  // "l'évêque de Luçon", "député de Ploërmel", "la catastrophe de
  // Courrières", "le tribunal de Redon", "la foire de Guingamp". Most also
  // take an owner ("l'usine de Marcel", "au port de Durand"): not a given
  // name or a surname the lexicon lists. The same in Spanish, and the
  // directions ("al norte de Cuilapa", "south of Laredo").
  static const std::unordered_set<std::string_view> kTownThings = {
      "usine", "usines", "eveque", "eveques", "archeveque", "diocese", "depute", "deputes",
      "senateur", "tribunal", "lycee", "college", "foire", "marche", "chateau", "abbaye", "foret",
      "baie", "golfe", "rade", "ile", "bataille", "siege", "catastrophe", "prefet", "sous-prefet",
      "arrondissement", "port", "basilique", "cathedrale", "fetes", "elections",
      // Spanish and English: "vecino de Torrelavega", "natural de Lorca", "el
      // torneo de Montecarlo", "la plaza de toros de Chipiona", "the bishop
      // of Durham" ("vecino de Pérez", a person's neighbour, stays a person).
      "vecino", "vecina", "vecinos", "vecinas", "natural", "naturales", "torneo", "toros",
      "obispo", "arzobispo", "bishop", "archbishop",
      // Spanish: "el hospital de Tenosique", "la garita de Nogales", "las
      // vías de Huehuetoca", "la central de autobuses de Acayucan".
      // "les autorités de Mazagan", "la forteresse de Brest-Litovsk", "la
      // prison de X", "la fabrique de X".
      "autorites", "forteresse", "prison", "fabrique",
      // What befell a town or serves it: "l'incendie de Trégornan", "le
      // naufrage de X", "les inondations de X", "la garnison de X", "la
      // ligne de X à Y" (a person's fire or line is rarely news).
      "incendie", "incendies", "sinistre", "naufrage", "inondation", "inondations", "explosion",
      "garnison", "caserne", "arsenal", "pelerinage", "ligne", "brigade",
      // Who and what comes from a town: "les pèlerins d'Alais", "les
      // pêcheurs de Douarnenez", "le train de Loudéac" (not "ouvriers",
      // "marins", "courrier", "correspondant": a person's too).
      "pelerins", "pecheurs", "train", "trains", "tramway", "express",
      "hospital", "albergue", "garita", "aduana", "frontera", "puente", "estacion", "terminal",
      "autobuses", "mercado", "feria", "fiestas", "carcel", "penal", "reclusorio", "vias",
      "catedral", "basilica", "presidencia", "municipal", "migratoria", "rastro", "panteon",
      "cementerio",
      // Directions: "au sud de Gézer", "al norte de Cuilapa", "north of
      // Laredo" (not Spanish "este": "el carro este de Pedro").
      "nord", "sud", "ouest", "norte", "oriente", "poniente", "oeste", "north", "south", "east",
      "west", "northeast", "northwest", "southeast", "southwest", "noreste", "noroeste", "sureste",
      "suroeste"};
  size_t noun_at = 0;
  const std::string noun = WordBefore(text, at, &noun_at);
  if (kTownNouns.count(noun) != 0) return true;
  auto no_name = [&] {
    const NameLexicon* lexicon = NameLexicon::Default(nullptr);
    return lexicon == nullptr ||
           (lexicon->Flags(text::Fold(text.substr(f.begin, f.end - f.begin))) & (kGivenName | kSurname)) == 0;
  };
  if (kTownThings.count(noun) != 0) return no_name();
  // The noun and one or two adjectives in lower case before "de": "l'hôpital
  // militaire de X", "les élections municipales complémentaires de X", "la
  // cárcel municipal de X". Then a word of no name list only.
  if ((word == "de" || word == "d") && std::islower(static_cast<unsigned char>(text[noun_at])) != 0) {
    size_t word_at = noun_at;
    std::string w = noun;
    for (int adjectives = 0; adjectives < 2; ++adjectives) {
      static const std::unordered_set<std::string_view> kNotAdjectives = {
          "de", "d", "du", "des", "la", "le", "les", "l", "el", "los", "las", "del", "a", "au",
          "aux", "en", "et", "y", "un", "une", "son", "sa", "ses", "su", "sus"};
      if (w.empty() || kNotAdjectives.count(w) != 0 ||
          std::islower(static_cast<unsigned char>(text[word_at])) == 0) {
        break;
      }
      size_t next_at = 0;
      w = WordBefore(text, word_at, &next_at);
      if (w.empty() || next_at >= word_at ||
          text.substr(next_at, word_at - next_at).find_first_of(",.;:\n") != std::string_view::npos) {
        break;
      }
      word_at = next_at;
      if (kTownNouns.count(w) != 0 || kTownThings.count(w) != 0) return no_name();
    }
  }
  // "David Ellis, 27, of Salford": a person's age, then the town; "Aaron
  // Wells, 19, and Tyler Grant, 20, both of Swindon" for two or more.
  if (word == "of") {
    size_t k = at;
    while (k > 0 && text[k - 1] == ' ') --k;
    for (std::string_view all : {std::string_view("both"), std::string_view("all")}) {
      if (k > all.size() && text.substr(k - all.size(), all.size()) == all &&
          (text[k - all.size() - 1] == ' ' || text[k - all.size() - 1] == ',')) {
        k -= all.size();
        while (k > 0 && text[k - 1] == ' ') --k;
        break;
      }
    }
    if (k == 0 || text[k - 1] != ',') return false;
    --k;
    size_t digits = 0;
    while (k > 0 && std::isdigit(static_cast<unsigned char>(text[k - 1])) != 0) --k, ++digits;
    while (k > 0 && text[k - 1] == ' ') --k;
    return digits >= 1 && digits <= 3 && k > 0 && text[k - 1] == ',';
  }
  // WordBefore drops what comes before the apostrophe: "d'" is "d".
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  if (at == 0 || text[at - 1] != ',') return false;
  // Not a title before the comma: OCR's "M , de Lariboisière".
  size_t name_begin = 0;
  if (IsPersonCue(WordBefore(text, at - 1, &name_begin))) return false;
  // Nor an item of a list of names after a plural title: "MM. Offret, de
  // Carné" names two people.
  // OCR spaces the period off: "MM . Offret".
  size_t title_end = name_begin;
  while (title_end > 0 && text[title_end - 1] == ' ') --title_end;
  if (title_end > 0 && text[title_end - 1] == '.') --title_end;
  const std::string title = WordBefore(text, title_end, &ignored);
  return title != "mm" && title != "mmes" && title != "messieurs" && title != "mesdames";
}

bool IsWordByte(unsigned char c) { return c >= 0x80 || std::isalpha(c) != 0; }

// True if a one-word name follows French "l'" ("à l'Elysée", "de
// l'Assemblée", "vers l'Anjou"): a person's name takes no article.
bool AfterElidedArticle(std::string_view text, const Finding& f) {
  if (!OneWord(text, f)) return false;
  size_t at = f.begin;
  // OCR spaces the apostrophe off: "entre l' Egée et l' Albanie"; not a
  // given name there (a ship's, "victime de l' Hilda").
  if (at >= 3 && text[at - 1] == ' ' && text[at - 2] == '\'') {
    if (IsGivenNameWord(text.substr(f.begin, f.end - f.begin))) return false;
    at -= 2;
  } else if (at >= 2 && text[at - 1] == '\'') {
    at -= 1;
  } else if (at >= 4 && text.substr(at - 3, 3) == "\xE2\x80\x99") {
    at -= 3;
  } else {
    return false;
  }
  if (text[at - 1] != 'l' && text[at - 1] != 'L') return false;
  if (at >= 2 && IsWordByte(static_cast<unsigned char>(text[at - 2]))) return false;
  // A noble's particle: "de l'" after a title or a capitalized name ("M. de
  // l'Estourbeillon", "Henri de l'Espée") is part of the person's name.
  size_t de_at = 0, name_at = 0;
  if (at >= 2 && WordBefore(text, at - 1, &de_at) == "de" && de_at < at) {
    const std::string name = WordBefore(text, de_at, &name_at);
    if (!name.empty() && name_at < de_at &&
        (IsPersonCue(name) || (StartsWithCapital(text, name_at) &&
                               text.substr(name_at, de_at - name_at).find_first_of(".,;:!?\n") ==
                                   std::string_view::npos))) {
      return false;
    }
  }
  return true;
}

// Where the hyphenated word around [begin, end) starts ("Roz-sur-Couesnon"
// for "Couesnon").
// A compound longer than kMaxCompoundBytes is no place's name; the bound
// keeps each name's walk short on a long line of hyphenated words
// ("Roz-sur-Roz-sur-..."), so that many names cost linear time.
constexpr size_t kMaxCompoundBytes = 96;

size_t CompoundBegin(std::string_view text, size_t begin) {
  const size_t from = begin;
  while (begin > 0 && (IsWordByte(static_cast<unsigned char>(text[begin - 1])) ||
                       text[begin - 1] == '-' || text[begin - 1] == '\'')) {
    if (from - begin == kMaxCompoundBytes) return std::string_view::npos;
    --begin;
  }
  return begin;
}

// True if a part of a hyphenated word is a saint's, as written ("Saint",
// "Sainte", "St", "Ste") or with one letter of "Saint" damaged by OCR
// ("Suint-Denis", "Sainl-Amand").
bool IsSaintPart(std::string_view part) {
  const std::string folded = text::Fold(part);
  if (folded == "saint" || folded == "sainte" || folded == "st" || folded == "ste") return true;
  if (folded.size() != 5 || folded[0] != 's' || part.empty() || part[0] != 'S') return false;
  int wrong = 0;
  for (size_t k = 0; k < 5; ++k) wrong += folded[k] != "saint"[k];
  return wrong == 1;
}

// The length of a saint's prefix glued to the capital of the name after it
// ("SaintLazare", "StMandé", as OCR and hurried writing join them); 0 if
// none.
size_t GluedSaintPrefix(std::string_view word) {
  for (std::string_view prefix : {"Sainte", "Saint", "Ste", "St"}) {
    if (word.size() > prefix.size() + 1 && word.substr(0, prefix.size()) == prefix &&
        StartsWithCapital(word, prefix.size())) {
      return prefix.size();
    }
  }
  return 0;
}

// True if a word is a place word of a French town's name glued to the
// capital of the rest ("PontRousseau", "MontVidal", "SaintLazare"): a
// saint's prefix or "Pont", "Port", "Mont", "Château", "Ville", "Fort".
bool HasGluedPlacePrefix(std::string_view word) {
  if (GluedSaintPrefix(word) > 0) return true;
  for (std::string_view prefix : {"Pont", "Port", "Mont", "Ch\xC3\xA2teau", "Ville", "Fort"}) {
    if (word.size() > prefix.size() + 1 && word.substr(0, prefix.size()) == prefix &&
        StartsWithCapital(word, prefix.size())) {
      return true;
    }
  }
  return false;
}

// The hyphenated parts of the compound word a one-word finding stands in
// ("Roz-sur-Couesnon" for "Couesnon"), false if the finding has a blank or
// stands in no compound, or the compound is longer than 2 * kMaxCompoundBytes.
bool CompoundParts(std::string_view text, const Finding& f, std::vector<std::string_view>* parts) {
  if (!OneWord(text, f)) return false;
  const size_t begin = CompoundBegin(text, f.begin);
  if (begin == std::string_view::npos) return false;
  size_t end = f.end;
  while (end < text.size() && (IsWordByte(static_cast<unsigned char>(text[end])) || text[end] == '-')) {
    if (end - begin == 2 * kMaxCompoundBytes) return false;
    ++end;
  }
  size_t from = begin;
  for (size_t i = begin; i <= end; ++i) {
    if (i == end || text[i] == '-') {
      parts->push_back(text.substr(from, i - from));
      from = i + 1;
    }
  }
  return true;
}

// True if a one-word name is part of a French place name made of words
// joined by hyphens: a place particle between capitalized parts
// ("Roz-sur-Couesnon", "La Ferté-sous-Jouarre", "Saint-Denis-de-Gastines",
// "Ille-et-Vilaine") or a place word first ("Château-Gontier",
// "Saint-Symphorien", "Pont-Croix", "Port-Launay"). French people's
// compound names join given names or surnames ("Jean-Paul",
// "Leroy-Beaulieu"), not these words. A person cue before the whole word
// still wins ("M. Saint-Saëns").
bool InFrenchPlaceCompound(std::string_view text, const Finding& f) {
  // The parts of the compound, by hyphen.
  std::vector<std::string_view> parts;
  if (!CompoundParts(text, f, &parts)) return false;
  const size_t begin = static_cast<size_t>(parts.front().data() - text.data());
  // Most names are one word without a glued prefix: they are ruled out
  // here, before the person cue and the street words are read.
  if (parts.size() == 1 && !HasGluedPlacePrefix(parts.front())) return false;
  for (std::string_view part : parts) {
    if (part.empty()) return false;
  }
  if (HasPersonCueBefore(text, begin)) return false;
  // In a street's name it belongs to the address ("rue de la
  // Ville-Popincourt", "place Saint-Sulpice"): a name there stays redacted.
  {
    static const std::unordered_set<std::string_view> kStreetWords = {
        "rue", "rues", "r", "avenue", "av", "boulevard", "bd", "bld", "place", "quai", "impasse",
        "chemin", "route", "passage", "faubourg", "fg", "cours", "allee", "square", "cite",
        "villa", "ruelle", "sentier", "calle", "street", "st"};
    size_t at = begin;
    for (int word = 0; word < 4 && at > 0; ++word) {
      size_t word_begin = 0;
      const std::string w = WordBefore(text, at, &word_begin);
      if (w.empty() || word_begin >= at) break;
      if (kStreetWords.count(w) != 0) return false;
      at = word_begin;
    }
  }
  static const std::unordered_set<std::string_view> kParticles = {
      "sur", "sous", "en", "les", "lez", "le", "la", "de", "du", "des", "aux", "au", "et"};
  // "Hôtel-Dieu", "Palais-Bourbon": a building of a town, named so.
  static const std::unordered_set<std::string_view> kFirstWords = {
      "saint", "sainte", "st", "ste", "chateau", "pont", "port", "ville", "mont", "bourg", "fort",
      "val", "notre", "cap", "haute", "haut", "basse", "bas", "hotel", "palais"};
  if (parts.size() == 1) return true;
  if (kFirstWords.count(text::Fold(parts.front())) != 0 || IsSaintPart(parts.front())) return true;
  // "Jean-de-Dieu", "Marie-des-Neiges": a given name and a particle make a
  // person's given name.
  if (parts.size() >= 3 && IsGivenNameWord(parts.front())) {
    const std::string particle = text::Fold(parts[1]);
    if (particle == "de" || particle == "des" || particle == "du") return false;
  }
  for (size_t k = 1; k + 1 < parts.size(); ++k) {
    const unsigned char next = static_cast<unsigned char>(parts[k + 1][0]);
    const unsigned char prev = static_cast<unsigned char>(parts[k - 1][0]);
    if (kParticles.count(text::Fold(parts[k])) != 0 && (std::isupper(next) != 0 || next >= 0x80) &&
        (std::isupper(prev) != 0 || prev >= 0x80)) {
      return true;
    }
  }
  return false;
}

// True if a one-word name is a hyphenated word of two parts or more, each
// capitalized, one of which (and only one) is a place of places.tsv and none
// of which is another place, a given name or a surname (the place's part
// neither), after a singular
// article or a preposition of place: a town or department whose other part
// no list holds or OCR damaged ("dans la Loire-Inférieuie", "menacé à
// Arcissur-Aube", "la forteresse de Brest-Litovsk"). A person's compound
// name joins names ("Mendès-France", "Marie-Loire"), or two places
// ("Lyon-Caen"); a name opening a sentence ("Rochefort-Luçay a écrit") or
// after a title ("M. Rochefort-Luçay") is left alone.
bool CompoundWithAPlacePart(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  std::vector<std::string_view> parts;
  if (!CompoundParts(text, f, &parts)) return false;
  const size_t begin = static_cast<size_t>(parts.front().data() - text.data());
  if (parts.size() < 2) return false;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return false;
  int place_parts = 0;
  size_t place_at = 0;  // the index of the place's part
  for (const std::string_view& part : parts) {
    // Each part a capitalized word ("Brest-Litovsk"; not "Jean-de-Dieu"'s
    // particle, which InFrenchPlaceCompound reads).
    if (part.size() < 2 || part.find('\'') != std::string_view::npos || !StartsWithCapital(part, 0)) return false;
    // A place of the hand-written list (departments, the region's towns):
    // the world's cities are too many to vouch for the other part.
    // No part is a name, the place's included ("Guerrero-Ouédraogo" is a
    // person's, though Guerrero is a state).
    if ((lexicon->Flags(text::Fold(part)) & (kGivenName | kSurname)) != 0) return false;
    const PlaceClass c = places.ClassOf(part);
    if (c == PlaceClass::kListed) {
      place_at = static_cast<size_t>(&part - parts.data());
      ++place_parts;
    } else if (c != PlaceClass::kNone) {
      return false;
    }
  }
  if (place_parts != 1 || HasPersonCueBefore(text, begin)) return false;
  // The place first ("Brest-Litovsk", "Loire-Inférieuie"), or after a part
  // that OCR glued to its particle ("Arcissur-Aube"): a word of no list
  // before a town is a person's name as often ("le camion de
  // Yubelkis-Tapachula", "payé à Dieuseul-Jacmel").
  if (place_at != 0) {
    const std::string before_place = text::Fold(parts[place_at - 1]);
    auto ends_with = [&](std::string_view tail) {
      return before_place.size() > tail.size() + 2 &&
             before_place.compare(before_place.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (!ends_with("sur") && !ends_with("sous") && !ends_with("les") && !ends_with("lez")) return false;
  }
  // A singular article or a preposition of place right before: "la", "le",
  // "l'", "du", "au", "de", "d'", "à", "en". Not the plural ones: "chez les
  // Lyon-Kerbrat", "aux Lyon-Kerbrat" name a family.
  size_t at = begin;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  if (at >= 2 && text[at - 1] == '\'' && (text[at - 2] == 'l' || text[at - 2] == 'd' || text[at - 2] == 'L' || text[at - 2] == 'D') &&
      (at == 2 || !IsWordByte(static_cast<unsigned char>(text[at - 3])))) {
    return true;
  }
  size_t word_at = 0;
  static const std::unordered_set<std::string_view> kBefore = {"la", "le", "du", "au", "de", "a", "en"};
  const std::string word = WordBefore(text, begin, &word_at);
  // WordBefore steps over a period ("Dr. X"): the word must touch the name
  // with spaces only.
  return kBefore.count(word) != 0 && text.substr(word_at, begin - word_at).find('.') == std::string_view::npos &&
         (word != "a" || text.substr(word_at, 2) == "\xC3\xA0");
}

// True if a one-word name follows "à" after a word that says where someone
// lives, works or was taken, in French news and civil records ("notaire à
// Pléneuf", "cultivateur à Languidic", "demeurant à Plouay", "transporté à
// Evran", and a birth name between "né" and "à": "né Giulio Mazzarino à
// Pescina"): there "à X" is a town, not a person.
bool FrenchResidenceCue(std::string_view text, const Finding& f) {
  if (!OneWord(text, f)) return false;
  // "le médecin à Pierre": spoken French says whose with "à".
  if (IsGivenNameWord(text.substr(f.begin, f.end - f.begin))) return false;
  size_t at = f.begin;
  while (at > 0 && text[at - 1] == ' ') --at;
  if (at < 3 || text.substr(at - 2, 2) != "\xC3\xA0") return false;
  // "jusqu'à Hochelaga": as far as a place.
  if (text[at - 3] == '\'' && at >= 8 && text::Fold(text.substr(at - 8, 5)) == "jusqu") return true;
  if (text[at - 3] != ' ') return false;
  at -= 3;
  // "le 4 juillet 1934 à Passy", "née vers 1412 à Domrémy": a year, then
  // where it happened (a biography's birth or death).
  if (at >= 5 && std::isdigit(static_cast<unsigned char>(text[at - 1])) != 0) {
    size_t digits = 0;
    while (digits < at && std::isdigit(static_cast<unsigned char>(text[at - 1 - digits])) != 0) ++digits;
    if (digits == 4 && (at == 4 || text[at - 5] == ' ')) return true;
  }
  while (at > 0 && text[at - 1] == ' ') --at;
  if (at > 0 && text[at - 1] == ',') --at;
  static const std::unordered_set<std::string_view> kWords = {
      "demeurant", "domicilie", "domiciliee", "domicilies", "habitant", "residant", "residante",
      "ne", "nee", "nes", "nees", "mort", "morte", "morts", "decede", "decedee", "inhume", "inhumee", "transporte", "transportee",
      "garnison", "installe", "installee", "etabli", "etablie", "notaire", "cultivateur",
      "cultivatrice", "pecheur", "instituteur", "institutrice", "cure", "vicaire", "recteur",
      "negociant", "negociante", "proprietaire", "commercant", "commercante", "marchand",
      "marchande", "meunier", "forgeron", "menuisier", "boulanger", "boucher", "charcutier",
      "cafetier", "aubergiste", "rentier", "rentiere", "journalier", "journaliere", "cordonnier",
      "tailleur", "couturiere", "macon", "charpentier", "fermier", "fermiere", "laboureur",
      "percepteur", "receveur", "facteur", "huissier", "medecin", "pharmacien", "gendarme",
      "brigadier", "douanier", "paix", "lieu",
      // Where something happened or someone was held, taken or gathered
      // ("hospitalisés à Kerlouan", "stationné à Rostrenen", "la fête
      // organisée à Kervignac"): none of these gives or says something to
      // someone, as "envoyé", "vendu", "raconté", "montré" do ("envoyé la
      // lettre à Kerbrat"), which stay out.
      "hospitalise", "hospitalisee", "hospitalises", "hospitalisees", "stationne", "stationnee",
      "stationnes", "cantonne", "cantonnes", "caserne", "casernes", "interne", "internee", "internes",
      "ecroue", "ecrouee", "ecroues", "incarcere", "incarceree", "incarceres", "emprisonne",
      "emprisonnee", "emprisonnes", "detenu", "detenue", "detenus", "refugie", "refugiee", "refugies",
      "refugiees", "debarque", "debarquee", "debarques", "rassemble", "rassemblee", "rassembles",
      "rassemblees", "reunis", "reunies", "organise", "organisee", "organises", "organisees",
      "survenu", "survenue", "survenus", "decedes", "inhumes", "noye", "noyee", "noyes",
      "sejournant", "villegiature"};
  size_t word_at = 0;
  if (kWords.count(WordBefore(text, at, &word_at)) != 0) return true;
  // "né Giulio Mazzarino à Pescina": a birth name, one to three capitalized
  // words, between "né" and "à".
  for (int words = 0; words < 3; ++words) {
    if (word_at >= at || !StartsWithCapital(text, word_at)) return false;
    at = word_at;
    const std::string w = WordBefore(text, at, &word_at);
    if (word_at < at && text.substr(word_at, at - word_at).find_first_of(".,;:!?()\n") != std::string_view::npos) {
      return false;
    }
    if (w == "ne" || w == "nee") return word_at < at && std::islower(static_cast<unsigned char>(text[word_at])) != 0;
  }
  return false;
}

// True if a one-word name ends a town's name that opens a sentence or
// line: the last part of a hyphenated name ("Lampaul-Guimiliau", whose
// first part is no given name or surname: "Marie-Kerbrat" is a person's),
// after the French article "L'" (in the name or before it) or not ("L'
// Hermitage-Lornes"). "La" and "Le" are left out: Spanish and French
// nicknames ("La Chola") and Breton surnames ("Le Goff") open with them.
// True if a one-word name is no listed given name or surname.
bool NoListedName(std::string_view text, const Finding& f) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  return lexicon == nullptr ||
         (lexicon->Flags(text::Fold(text.substr(f.begin, f.end - f.begin))) & (kGivenName | kSurname)) == 0;
}

// True if a one-word name that is no listed given name or surname is where
// French news says it comes from or where someone lives: "On écrit de X",
// "On nous mande de X", "On télégraphie de X", "On signale de X", "On
// annonce de X" (the correspondent's town),
// and "demeurant X", "domicilié X" without "à" (a person's dwelling).
bool FrenchNewsFromOrDwelling(std::string_view text, const Finding& f) {
  if (!OneWord(text, f, /*hyphen_splits=*/true)) return false;
  size_t at = 0, verb_at = 0, ignored = 0;
  const std::string word = WordBefore(text, f.begin, &at);
  if (text.substr(at, f.begin - at).find_first_of(".:;") != std::string_view::npos) return false;
  static const std::unordered_set<std::string_view> kDwelling = {
      "demeurant", "domicilie", "domiciliee", "domicilies", "domiciliees"};
  if (kDwelling.count(word) != 0 && std::islower(static_cast<unsigned char>(text[at])) != 0) {
    return NoListedName(text, f);
  }
  if (word != "de" && word != "d") return false;
  static const std::unordered_set<std::string_view> kWrites = {"ecrit", "mande", "telegraphie",
                                                               "telephone", "signale", "annonce"};
  if (kWrites.count(WordBefore(text, at, &verb_at)) == 0) return false;
  std::string subject = WordBefore(text, verb_at, &ignored);
  if (subject == "nous") subject = WordBefore(text, ignored, &ignored);
  return subject == "on" && NoListedName(text, f);
}

// True if a French name of one word that is no listed given name or
// surname is where a train, a crowd or a runner goes: a verb or noun of
// going at most four words before "en direction de X" or "dans la
// direction de X" ("le train filait en direction de X", "leur envolée
// dans la direction de X"). Without one, the direction may be a person's
// ("tiré en direction de X"), and "sous la direction de X" always is.
bool FrenchDirectionOfTravel(std::string_view text, const Finding& f) {
  if (!OneWord(text, f, /*hyphen_splits=*/true)) return false;
  size_t at = 0;
  const std::string de = WordBefore(text, f.begin, &at);
  if (de != "de" && de != "d") return false;
  if (WordBefore(text, at, &at) != "direction") return false;
  std::string word = WordBefore(text, at, &at);
  if (word == "la") {
    if (WordBefore(text, at, &at) != "dans") return false;
  } else if (word != "en") {
    return false;
  }
  static const std::unordered_set<std::string_view> kGoing = {
      "parti", "partis", "partie", "parties", "partit", "partirent", "partait", "partaient",
      "filait", "filaient", "fila", "filerent", "roulait", "roulaient", "roula", "roulerent",
      "dirigeait", "dirigeaient", "dirigea", "dirigerent", "marchait", "marchaient", "marcha",
      "marcherent", "allait", "allaient", "alla", "allerent", "fuyait", "fuyaient", "enfuit",
      "enfuirent", "enfuis", "enfui", "enfuie", "courait", "couraient", "courut", "coururent",
      "envolee", "envola", "envolerent", "depart", "train", "trains", "convoi", "vapeur",
      "navire", "bateau", "colonne", "troupes", "coureurs", "cortege", "voiture", "automobile"};
  for (int words = 0; words < 4 && at > 0; ++words) {
    size_t word_at = 0;
    const std::string w = WordBefore(text, at, &word_at);
    if (w.empty() || word_at >= at ||
        text.substr(word_at, at - word_at).find_first_of(".;:") != std::string_view::npos) {
      break;
    }
    if (kGoing.count(w) != 0) return NoListedName(text, f);
    at = word_at;
  }
  return false;
}

// True if a French name follows "au" (à + le) and a commune's "Grand",
// "Petit", "Haut", "Bas", "Vieux" ("au Grand Fougeray", "notaire au
// Grand-Fougeray"): standard French puts no person's name there. Regional
// speech puts one after "au" ("j'ai dit au Jean"), so no word of the name
// may be a listed given name; one word right after "au" is left alone
// (a noun in capitals as often: "au Pontife défunt"), and so is "aux"
// ("aux Kerbrat" is a family).
bool AfterFrenchAu(std::string_view text, const Finding& f) {
  size_t at = 0;
  std::string word = WordBefore(text, f.begin, &at);
  static const std::unordered_set<std::string_view> kCommuneWords = {"grand", "petit", "haut",
                                                                     "bas", "vieux"};
  bool one_word = OneWord(text, f, /*hyphen_splits=*/true);
  if (kCommuneWords.count(word) != 0 && StartsWithCapital(text, at)) {
    one_word = false;
    word = WordBefore(text, at, &at);
  }
  // One word alone after "au" is as often a noun in capitals ("au
  // Pontife défunt", "au Minotaure"): only the commune's form.
  if (one_word || word != "au" || text.substr(at, 2) != "au") return false;
  if (text.substr(at, f.begin - at).find_first_of(".,;:") != std::string_view::npos) return false;
  size_t from = f.begin;
  while (from < f.end) {
    size_t to = from;
    while (to < f.end && text[to] != ' ' && text[to] != '-' && text[to] != '\t' && text[to] != '\n') ++to;
    if (to > from && IsGivenNameWord(text.substr(from, to - from))) return false;
    from = to + 1;
  }
  return true;
}

// True if a French town of one word that is no listed given name or
// surname ends a headline whose period OCR lost, before its dateline:
// a word in lower case, the town, a comma, a day and a month, and the end
// of the sentence ("Nombreux actes de dévouement Modane , 26 juillet .").
// IsDatelineStart wants the town to open its sentence; here the headline
// before it says no person, the date after it ends the sentence at once.
bool DatelineAfterAHeadline(std::string_view text, const Finding& f) {
  if (!OneWord(text, f)) return false;
  if (!FollowedByADate(text, f.end)) return false;
  size_t k = f.end;
  while (k < text.size() && text[k] == ' ') ++k;
  ++k;  // the comma
  const size_t limit = std::min(text.size(), k + 24);
  while (k < limit && (text[k] == ' ' || IsLetterByte(static_cast<unsigned char>(text[k])) ||
                       std::isdigit(static_cast<unsigned char>(text[k])) != 0)) {
    ++k;
  }
  if (k >= limit || text[k] != '.') return false;
  size_t at = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  if (before.empty() || std::islower(static_cast<unsigned char>(text[at])) == 0 ||
      text.substr(at, f.begin - at).find_first_of(".,;:") != std::string_view::npos) {
    return false;
  }
  return NoListedName(text, f);
}

bool TownOpensTheSentence(std::string_view text, const Finding& f) {
  // The name may hold the article: "L' Hermitage".
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  const size_t article = name.substr(0, 3) == "L' " ? 3 : 0;
  for (size_t i = f.begin + article; i < f.end; ++i) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') return false;
  }
  if (article > 0) {
    size_t at = f.begin;
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
    return f.end > f.begin + article && StartsWithCapital(text, f.begin + article) &&
           (at == 0 || std::string_view(".!?\n").find(text[at - 1]) != std::string_view::npos);
  }
  size_t start = f.begin;
  if (start >= 2 && text[start - 1] == '-' && IsWordByte(static_cast<unsigned char>(text[start - 2]))) {
    start = CompoundBegin(text, f.begin);
    if (start == std::string_view::npos || start + 1 >= f.begin || !StartsWithCapital(text, start)) return false;
    const NameLexicon* lexicon = NameLexicon::Default(nullptr);
    if (lexicon == nullptr ||
        (lexicon->Flags(text::Fold(text.substr(start, text.find('-', start) - start))) & (kGivenName | kSurname)) != 0) {
      return false;
    }
  }
  size_t at = start;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  if (at >= 2 && text.substr(at - 2, 2) == "L'" &&
             (at == 2 || !IsWordByte(static_cast<unsigned char>(text[at - 3])))) {
    at -= 2;
  } else if (start == f.begin) {
    return false;  // IsDatelineStart reads a name of one word alone
  }
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  return at == 0 || std::string_view(".!?\n").find(text[at - 1]) != std::string_view::npos;
}

// True if a word in title case opens a sentence or line and two words in
// capitals follow: the town of a local news item before its headline
// ("Chantenay LES ELECTIONS", "Grand-Fougeray CONCOURS DE PECHE"). A
// particle in capitals after it is a surname's ("Marie LE GALL").
bool IsLocalNewsDateline(std::string_view text, const Finding& f) {
  if (!IsDatelineStart(text, f) && !TownOpensTheSentence(text, f)) return false;
  bool lower = false;
  for (size_t i = f.begin; i < f.end; ++i) {
    lower = lower || std::islower(static_cast<unsigned char>(text[i])) != 0;
  }
  if (!lower) return false;
  size_t at = f.end;
  for (int word = 0; word < 2; ++word) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    size_t end = at;
    bool all_caps = true;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) != 0 ||
                                 static_cast<unsigned char>(text[end]) >= 0x80)) {
      const unsigned char c = static_cast<unsigned char>(text[end]);
      if (c < 0x80 && std::islower(c) != 0) all_caps = false;
      ++end;
    }
    if (!all_caps || end - at < 2) return false;
    if (word == 0) {
      static const std::unordered_set<std::string_view> kParticles = {
          "LE", "LA", "DE", "DU", "DES", "DI", "DA", "VAN", "VON", "MAC", "MC", "SAINT", "ST",
          "DEL", "DOS", "DAS", "EL"};
      if (kParticles.count(text.substr(at, end - at)) != 0) return false;
      // A person shouted about: an object pronoun or a verb after the
      // subject ("Chiquiya ME PEGÓ", "Kerbrat NOUS A FRAPPÉS", "Brayan IS
      // HERE") opens no headline; nor Haitian pronouns ("Kerbrat LI TE BAT
      // MWEN") or a possessive ("Dieuseul MON FRERE EST MORT").
      static const std::unordered_set<std::string_view> kAfterASubject = {
          "ME", "TE", "SE", "NOS", "NOUS", "VOUS", "NE", "NO", "ES", "FUE", "ERA", "ESTA", "DIJO", "EST",
          "IS", "WAS", "HAS", "HAD", "WILL", "SAID", "LI", "MWEN", "NOU", "YO", "OU", "PA", "LO",
          "MON", "MA", "MES", "SON", "SA", "SES", "MI", "MIS", "SU", "SUS", "MY", "HIS", "HER"};
      if (kAfterASubject.count(text.substr(at, end - at)) != 0) return false;
    } else {
      // An English verb and its object ("Okafor HIT ME", "Yefri TOOK US"):
      // a headline names no one as "me" or "us".
      static const std::unordered_set<std::string_view> kObjects = {"ME", "US", "HIM", "HER", "THEM"};
      if (kObjects.count(text.substr(at, end - at)) != 0) return false;
    }
    at = end;
    // "TOMBE D' UN CERISIER", "ETAT-CIVIL": an apostrophe or hyphen joins.
    if (at < text.size() && (text[at] == '\'' || text[at] == '-')) ++at;
  }
  return true;
}

bool RegionAfter(std::string_view text, const PlaceGazetteer& places, size_t end);

// True if a one-word name ends a run of capitalized words on its line
// ("Zizi Kónya"), follows a name and "of" ("Olu of Warri", "Catherine of
// Aragon") or a capitalized word that is no place and "de" ("Cyrano de
// Bergerac"): a world town's name there is a person's.
bool EndsACapitalizedRun(std::string_view text, const PlaceGazetteer& places,
                         const std::vector<Finding>& findings, const NamesByPlace& names,
                         const Finding& f) {
  size_t at = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  if (before.empty()) return false;
  // The word's end in the text: its folded form may be shorter ("Zoé") or
  // longer (U+023A folds to a three-byte letter) than it is there.
  size_t word_end = at;
  while (word_end < f.begin && (static_cast<unsigned char>(text[word_end]) >= 0x80 ||
                                std::isalnum(static_cast<unsigned char>(text[word_end])) != 0 ||
                                text[word_end] == '\'')) {
    ++word_end;
  }
  const std::string_view gap = text.substr(word_end, f.begin - word_end);
  if (before == "de") {
    // "Cyrano de Bergerac": a capitalized word that is no place before "de".
    size_t name_begin = 0;
    if (WordBefore(text, at, &name_begin).empty()) return false;
    size_t name_end = at;
    while (name_end > name_begin && text[name_end - 1] == ' ') --name_end;
    if (name_end <= name_begin) return false;
    if (std::isupper(static_cast<unsigned char>(text[name_begin])) == 0) return false;
    Finding name;
    name.begin = name_begin;
    name.end = name_end;
    if (IsDatelineStart(text, name)) return false;  // a capital opening a sentence says nothing
    return places.ClassOf(text.substr(name_begin, name_end - name_begin)) == PlaceClass::kNone;
  }
  if (before == "of") {
    // "Penny of Mesa, AZ": a state code or region after it says the town.
    if (RegionAfter(text, places, f.end)) return false;
    auto j = std::lower_bound(names.by_end.begin(), names.by_end.end(), at > 2 ? at - 2 : 0,
                              [&](size_t k, size_t e) { return findings[k].end < e; });
    return j != names.by_end.end() && findings[*j].end <= at;
  }
  // Only spaces between, the word before capitalized and not all capitals,
  // nor a preposition or article opening a sentence ("In Jasmin").
  if (gap.find_first_not_of(' ') != std::string_view::npos || gap.empty()) return false;
  static const std::unordered_set<std::string_view> kFunctionWords = {
      "in", "en", "at", "from", "to", "the", "la", "le", "el", "les", "los", "las", "a", "de",
      "du", "des", "del", "near", "for", "on", "and", "et", "y", "desde", "hacia", "dans", "vers",
      "au", "aux", "pres", "visit", "visiting", "welcome", "bienvenue", "bienvenidos"};
  if (kFunctionWords.count(before) != 0) return false;
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (std::isupper(c) == 0) return false;
  size_t lower = 0;
  for (size_t k = at + 1; k < word_end; ++k) {
    lower += std::islower(static_cast<unsigned char>(text[k])) != 0;
  }
  return lower > 0;
}

bool IsStateCode(std::string_view word) {
  // The two-letter codes of the states of the United States and the
  // provinces of Canada ("Mesa, AZ", "Dayton NJ").
  static const std::unordered_set<std::string_view> kCodes = {
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
      "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
      "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
      "VA", "WA", "WV", "WI", "WY", "DC", "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB"};
  return kCodes.count(word) != 0;
}

// True if the word is a state of the United States abbreviated in the news
// wires' style, written before a period ("Miss.", "Calif.", "Fla.").
bool IsWireStyleState(std::string_view word) {
  static const std::unordered_set<std::string_view> kStates = {
      "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
      "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
      "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo"};
  return kStates.count(word) != 0;
}

// True if a region follows end after a comma: a state code ("Mesa, AZ") or
// a listed or world place of up to three words ("Carmona, Cavite",
// "Heredia, Costa Rica"). Not in brackets: "Harrison (Kentucky) 11 pts" is
// a player and his team.
bool RegionAfter(std::string_view text, const PlaceGazetteer& places, size_t end) {
  size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || text[at] != ',') return false;
  ++at;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || std::isupper(static_cast<unsigned char>(text[at])) == 0) return false;
  size_t word_end = at;
  for (int words = 1; words <= 3; ++words) {
    while (word_end < text.size() && (std::isalpha(static_cast<unsigned char>(text[word_end])) != 0 ||
                                      static_cast<unsigned char>(text[word_end]) >= 0x80)) {
      ++word_end;
    }
    const std::string_view region = text.substr(at, word_end - at);
    if (words == 1 && region.size() == 2 && std::isupper(static_cast<unsigned char>(region[1])) != 0) {
      return IsStateCode(region);
    }
    // A state in the wire style, then a period and the dateline's dash, a
    // comma or a bracket: "Jackson, Miss. - Officials said", "Jackson,
    // Miss., police said" (not "Jackson, Miss. Smith").
    if (words == 1 && word_end < text.size() && text[word_end] == '.' && IsWireStyleState(region)) {
      size_t k = word_end + 1;
      while (k < text.size() && text[k] == ' ') ++k;
      return k >= text.size() || text[k] == ',' || text[k] == '(' || text[k] == '-' || text[k] == '\n' ||
             text.substr(k, 3) == "\xE2\x80\x94" /* em dash */ || text.substr(k, 3) == "\xE2\x80\x93";
    }
    const PlaceClass found = places.ClassOf(region);
    if (found == PlaceClass::kListed || found == PlaceClass::kWorld) return true;
    if (word_end + 1 >= text.size() || (text[word_end] != ' ' && text[word_end] != '-') ||
        std::isalpha(static_cast<unsigned char>(text[word_end + 1])) == 0) {
      return false;
    }
    ++word_end;
  }
  return false;
}

// True if a route's first town ends right before its joiner at `at` ("de
// Tapachula a", "from Victoria to"): one capitalized word of letters,
// spaces only after it, one of `froms` (folded) before it, and a place of
// some gazetteer. *from_at is where the word before the town starts.
bool RouteFromATownBefore(std::string_view text, const PlaceGazetteer& places, size_t at,
                          std::initializer_list<std::string_view> froms, size_t* from_at) {
  size_t town_at = 0;
  WordBefore(text, at, &town_at);
  size_t town_end = town_at;
  while (town_end < at && IsLetterByte(static_cast<unsigned char>(text[town_end]))) ++town_end;
  if (town_end == town_at || !StartsWithCapital(text, town_at) ||
      text.substr(town_end, at - town_end).find_first_not_of(' ') != std::string_view::npos) {
    return false;
  }
  *from_at = 0;
  const std::string from = town_at > 0 ? WordBefore(text, town_at, from_at) : std::string();
  if (std::find(froms.begin(), froms.end(), from) == froms.end()) return false;
  return places.ClassOf(text.substr(town_at, town_end - town_at)) != PlaceClass::kNone;
}

// True if the text says a place is meant by a name that is also a person's
// or an ordinary word ("Florence", "Jackson", "Mercedes", "Mesa"): a
// preposition of place before it ("in Jackson", "en Mercedes", "à
// Florence", "from Lincoln", "près de Lourdes") not followed by a possessive
// ("in Jackson's car"), a verb of coming or fleeing and "de" ("vengo de
// Guinea", "salimos de Chad"), a region after it (RegionAfter), or French
// "de X à Y".
bool SaysAPlace(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  size_t after = f.end;
  if (after < text.size() && (text[after] == '\'' || text.substr(after, 3) == "\xE2\x80\x99")) return false;
  size_t at = 0, ignored = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  static const std::unordered_set<std::string_view> kPlacePreps = {
      "in", "en", "from", "near", "desde", "hacia", "dans", "vers", "outside"};
  if (kPlacePreps.count(before) != 0 && text.substr(at, f.begin - at).find_first_of(".:") ==
                                            std::string_view::npos) {
    return true;
  }
  // "dans la Toscane", "en el Chaco", "in the Bronx".
  if (before == "la" || before == "le" || before == "les" || before == "l" || before == "el" ||
      before == "the") {
    size_t prep_at = 0;
    const std::string prep = WordBefore(text, at, &prep_at);
    if ((prep == "dans" || prep == "en" || prep == "in" || prep == "vers" || prep == "desde" ||
         prep == "hacia") &&
        text.substr(prep_at, f.begin - prep_at).find_first_of(".:,") == std::string_view::npos) {
      return true;
    }
  }
  // "à" itself: folded, it is Spanish "a", which also takes a person ("vi a
  // Mercedes").
  if (text.substr(at, 2) == "\xC3\xA0" && f.begin - at <= 4) return true;
  if (before == "de" && WordBefore(text, at, &ignored) == "pres") return true;
  // "vengo de Guinea", "salimos de Chad", "originario de Israel": where one
  // comes from (not "es de Israel": the thing may be his).
  if (before == "de") {
    static const std::unordered_set<std::string_view> kFromVerbs = {
        "vengo", "viene", "venimos", "vienen", "vine", "vino", "vinimos", "vinieron", "venia",
        "veniamos", "venian", "sali", "salio", "salimos", "salieron", "hui", "huyo", "huimos",
        "huyeron", "escape", "escapo", "escapamos", "escaparon", "originario", "originaria",
        "originarios", "originarias", "nativo", "nativa", "oriundo", "oriunda", "deportado",
        "deportada", "deportados", "expulsado", "expulsada", "viens", "venons", "viennent", "venu",
        "venue", "venus", "originaire"};
    if (kFromVerbs.count(WordBefore(text, at, &ignored)) != 0) return true;
  }
  // Spanish "de X a Y", "desde X a Y" (X a place of some gazetteer): from
  // one town to another. "a" alone takes a person too ("vi a Victoria"):
  // only after a route's first town.
  size_t from_at = 0;
  if (before == "a" && text.substr(at, 2) == "a " &&
      RouteFromATownBefore(text, places, at, {"de", "desde"}, &from_at)) {
    // "le conté de Tapachula a Victoria": a verb that takes a person after
    // "a" before the route is told to someone.
    const std::string verb = from_at > 0 ? WordBefore(text, from_at, &ignored) : std::string();
    if (!IsPersonContext(verb, "a")) return true;
  }
  // "de X à Y": from one town to another.
  if (before == "de" || before == "d") {
    size_t k = after;
    while (k < text.size() && text[k] == ' ') ++k;
    if (text.substr(k, 3) == "\xC3\xA0 ") return true;
  }
  // "entre Aubagne et La Ciotat", "between Leeds and York": between two
  // towns, one of them known.
  if (before == "entre" || before == "between") {
    size_t k = after;
    while (k < text.size() && text[k] == ' ') ++k;
    for (const char* joiner : {"et ", "y ", "and "}) {
      const std::string_view j(joiner);
      if (text.substr(k, j.size()) != j) continue;
      k += j.size();
      while (k < text.size() && text[k] == ' ') ++k;
      // The next one to three words.
      size_t end = k;
      for (int words = 0; words < 3 && end < text.size(); ++words) {
        size_t e = end;
        while (e < text.size() && (IsLetterByte(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
        if (e == end || !StartsWithCapital(text, end)) break;
        if (places.ClassOf(text.substr(k, e - k)) != PlaceClass::kNone) return true;
        end = e;
        if (end >= text.size() || text[end] != ' ') break;
        ++end;
      }
    }
  }
  if (before == "et" || before == "y" || before == "and") {
    // "entre La Ciotat et Aubagne": a known town between "entre" and the joiner.
    const size_t from = at > 48 ? at - 48 : 0;
    const std::string_view window = text.substr(from, at - from);
    for (std::string_view cue : {std::string_view("entre "), std::string_view("between ")}) {
      const size_t c = window.rfind(cue);
      if (c == std::string_view::npos || (c > 0 && IsLetterByte(static_cast<unsigned char>(window[c - 1])))) continue;
      size_t b = c + cue.size();
      size_t e = window.size();
      while (e > b && window[e - 1] == ' ') --e;
      while (b < e && window[b] == ' ') ++b;
      if (e > b && places.ClassOf(window.substr(b, e - b)) != PlaceClass::kNone) return true;
    }
  }
  return RegionAfter(text, places, f.end);
}

// True if a name is the region of the town before it: the town (a listed
// or world place of up to three words), a comma, the name, and the end of a
// sentence, clause or line ("soy de Choloma, Cortés.", "Olanchito, Yoro\n").
// Not a given name ("en Tijuana, Mercedes."), and not a name the sentence
// goes on after ("En Tijuana, Cortés nos cobró"): there it is a person.
bool RegionOfATown(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (IsGivenNameWord(name.substr(0, name.find(' ')))) return false;
  size_t after = f.end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  if (after < text.size() && std::string_view(".;)\n\r").find(text[after]) == std::string_view::npos) {
    return false;
  }
  size_t comma = f.begin;
  while (comma > 0 && text[comma - 1] == ' ') --comma;
  if (comma == 0 || text[comma - 1] != ',') return false;
  --comma;
  while (comma > 0 && text[comma - 1] == ' ') --comma;
  // The town: the last one, two or three words before the comma.
  size_t begin = comma;
  for (int words = 0; words < 3; ++words) {
    size_t word_begin = 0;
    if (WordBefore(text, begin, &word_begin).empty() || word_begin >= begin) return false;
    if (text.substr(word_begin, comma - word_begin).find_first_of(",.;:\n") != std::string_view::npos) {
      return false;
    }
    begin = word_begin;
    const PlaceClass town = places.ClassOf(text.substr(begin, comma - begin));
    if (town == PlaceClass::kListed || town == PlaceClass::kWorld) return true;
  }
  return false;
}

// True if a word in no gazetteer, and no given name, stands between a
// preposition of place and its state or country after a comma: "Greetings
// from Viera, Florida", "grew up in Bucksnort, TN". Both cues are asked: a
// state code alone follows a person too ("Thanks Gomez, OK"), and "from"
// alone takes a sender ("a text from Maria, Florida is hot" is a given
// name, so never here).
bool TownBeforeItsRegion(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find_first_of(" \t\n-") != std::string_view::npos || IsGivenNameWord(name)) return false;
  size_t at = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  static const std::unordered_set<std::string_view> kPlacePreps = {"in", "from", "near", "outside", "at"};
  if (kPlacePreps.count(before) == 0 ||
      text.substr(at, f.begin - at).find_first_of(".:,;") != std::string_view::npos) {
    return false;
  }
  return RegionAfter(text, places, f.end);
}

// True if one capitalized word that no list of the lexicon knows but the
// surnames' (no given name, name seen in training text, dictionary word)
// follows English "in": "Party in Wetumpka tonight", "I'm in Kalispell
// right now", "Done teaching in Viera" (towns of the United States are
// surnames often: Viera, Kirkwood, Elgin). "in" takes a person only after a
// word of belief, trust or finding, or a pronoun ("I believe in Okafor",
// "confidence in Kabore", "I see myself in Gomez", "a friend in Gomez"), or
// before a possessive, said or dropped ("in Okafor's car", "in Gomez
// hands"), and none of those is read here; "from" and "near" take senders
// and neighbours too, so they are left out. "to" counts after a word of
// moving or flying.
bool UnlistedWordAfterIn(std::string_view text, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.size() < 3 || name.find_first_of(" \t\n-'") != std::string_view::npos) return false;
  const uint32_t flags = LexiconFlagsOf(name);
  if ((flags & ~kSurname) != 0) return false;
  // Title case only: "in PAM" is an acronym, "in McAllen" the lists' gap.
  for (size_t k = 1; k < name.size(); ++k) {
    if (std::isupper(static_cast<unsigned char>(name[k])) != 0) return false;
  }
  if (f.end < text.size() && (text[f.end] == '\'' || text.substr(f.end, 3) == "\xE2\x80\x99")) return false;
  size_t at = 0, ignored = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  // "to" after moving or flying, which take no person ("Moving to
  // Wetumpka next month", "flight to Viera"); "went to", "came to", "ran
  // to" take one ("went to Okafor for help"), so they are left out.
  if (before == "to" && text.substr(at, f.begin - at) == "to ") {
    static const std::unordered_set<std::string_view> kMovingTo = {
        "moved", "move", "moving", "moves", "relocated", "relocating", "relocate", "flew", "fly", "flying",
        "flight", "flights", "trip", "roadtrip", "ticket", "tickets"};
    if (kMovingTo.count(WordBefore(text, at, &ignored)) == 0) return false;
  } else if (before != "in" || text.substr(at, f.begin - at) != "in ") {
    return false;
  }
  static const std::unordered_set<std::string_view> kTakesAPerson = {
      "believe", "believes", "believed", "believing", "belief", "trust", "trusts", "trusted", "faith",
      "confidence", "interest", "interested", "invest", "invested", "hope", "see", "saw", "seen", "sees",
      "confide", "confides", "confided", "confiding", "rely", "relied", "relying", "counted",
      "find", "found", "love", "pride", "proud", "disappointed", "something", "nothing", "anything",
      "me", "myself", "him", "her", "us", "them", "ally", "friend", "partner"};
  if (kTakesAPerson.count(WordBefore(text, at, &ignored)) != 0) return false;
  // A possessive dropped before a home, a vehicle or hands ("we stayed in
  // Okafor house", "the money was in Okafor hands"): the owner.
  size_t k = f.end;
  while (k < text.size() && text[k] == ' ') ++k;
  static const std::unordered_set<std::string_view> kOwned = {
      "house", "home", "car", "truck", "van", "room", "place", "apartment", "hands", "hand", "care",
      "custody", "name", "shop", "store", "office", "family", "phone", "bed", "yard", "trailer",
      "arms", "lap", "keeping", "debt", "gang", "group"};
  return k == f.end || kOwned.count(LetterWordStartingAt(text, k)) == 0;
}

// True if French "de X à Y", Spanish "de X a Y" (Y a place of some
// gazetteer) or "près de X" frames a word in no gazetteer.
bool FrenchRouteCue(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  // One word that is no given name: "la famille de Jacques Morel à
  // Saint-Malo", "un message de Pierre à Rennes" name a person.
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find_first_of(" \t\n") != std::string_view::npos || IsGivenNameWord(name)) return false;
  size_t at = 0, ignored = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  if (before != "de" && before != "d") return false;
  if (WordBefore(text, at, &ignored) == "pres") return true;
  size_t k = f.end;
  while (k < text.size() && text[k] == ' ') ++k;
  // Spanish "volamos de Duala a Quito": "de" and "a" also take a person
  // ("mandé el dinero de Xochilt a Tijuana", "de Ramírez a Tijuana"), so a
  // verb of going right before "de", a place of some gazetteer after "a",
  // and a word of no name list.
  if (text.substr(k, 2) == "a ") {
    static const std::unordered_set<std::string_view> kGoing = {
        "volado", "volamos", "vole", "volo", "volaron", "viaje", "viajo", "viajamos", "viajaron",
        "viajado", "fui", "fue", "fuimos", "fueron", "ido", "sali", "salio", "salimos", "salieron",
        "salido", "camine", "camino", "caminamos", "caminaron", "caminado", "pase", "paso",
        "pasamos", "pasaron", "pasado", "cruce", "cruzo", "cruzamos", "cruzaron", "cruzado",
        "llegue", "llego", "llegamos", "llegaron", "llegado", "vine", "vino", "vinimos",
        "vinieron", "venido", "hui", "huyo", "huimos", "huyeron", "huido", "mude", "mudamos",
        "mudaron", "trasladaron", "trasladado", "trasladados", "ruta", "vuelo"};
    if (kGoing.count(WordBefore(text, at, &ignored)) == 0) return false;
    const NameLexicon* lexicon = NameLexicon::Default(nullptr);
    if (lexicon == nullptr || (lexicon->Flags(text::Fold(name)) & kSurname) != 0) return false;
    k += 2;
    while (k < text.size() && text[k] == ' ') ++k;
    size_t end = k;
    for (int words = 0; words < 3 && end < text.size(); ++words) {
      size_t e = end;
      while (e < text.size() && (IsLetterByte(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
      if (e == end || !StartsWithCapital(text, end)) break;
      const PlaceClass c = places.ClassOf(text.substr(k, e - k));
      if (c == PlaceClass::kListed || c == PlaceClass::kWorld) return true;
      end = e;
      if (end >= text.size() || text[end] != ' ') break;
      ++end;
    }
    return false;
  }
  // "à Rennes", and a town with its article: "à la Gacilly", "à l'Orient",
  // "au Havre", "aux Sables".
  if (text.substr(k, 3) == "\xC3\xA0 ") {
    k += 3;
    while (k < text.size() && text[k] == ' ') ++k;
    if (text.substr(k, 3) == "la ") {
      k += 3;
    } else if (text.substr(k, 2) == "l'") {
      k += 2;
    }
  } else if (text.substr(k, 3) == "au " || text.substr(k, 4) == "aux ") {
    k += text[k + 2] == 'x' ? 4 : 3;
  } else {
    return false;
  }
  while (k < text.size() && text[k] == ' ') ++k;
  return k < text.size() && std::isupper(static_cast<unsigned char>(text[k])) != 0;
}

bool ArrivedByVehicle(std::string_view text, size_t at, const std::unordered_set<std::string_view>& verbs);

// True if what comes before a town that is no person's name in our lists
// says a place: "at" ("at Saginaw"; it also takes a person: "mad at
// Jackson", so not for those), "for", "cerca de", "afuera de", "un homme
// de", or a verb of
// movement and "a", "to", "pour"
// ("viajé a Beirut", "llegamos a Tuxtla", "moved to Leeds", "partis pour
// Dakar"), which take no person there.
bool WorldPlaceCue(std::string_view text, size_t offset) {
  size_t at = 0, ignored = 0;
  const std::string before = WordBefore(text, offset, &at);
  // "a peace deal for Chechnya": "for" takes a person too ("a gift for
  // Mercedes"), so not for those either.
  if (before == "at" || before == "for") return true;
  // "cerca de Comalcalco", "afuera de Ocosingo": it also takes a person
  // ("cerca de Mercedes"), so not for those.
  if (before == "de") {
    size_t noun_at = 0;
    const std::string adverb = WordBefore(text, at, &noun_at);
    if (adverb == "cerca" || adverb == "afuera" || adverb == "alrededores") return true;
    // "un homme de Conakry", "un señor de Duala": where someone is from,
    // after "un", "una", "une" and a person ("los hombres de X" may be a
    // boss's men).
    static const std::unordered_set<std::string_view> kSomeone = {
        "hombre", "mujer", "senor", "senora", "muchacho", "muchacha", "chavo", "chava", "nino",
        "nina", "joven", "chico", "chica", "homme", "femme", "garcon", "jeune", "monsieur", "dame"};
    if (kSomeone.count(adverb) == 0) return false;
    const std::string article = WordBefore(text, noun_at, &ignored);
    return article == "un" || article == "una" || article == "une";
  }
  if (before != "a" && before != "to" && before != "pour") return false;
  static const std::unordered_set<std::string_view> kMovement = {
      // es
      "viaje", "viajo", "viajamos", "viajaron", "viajar", "fui", "fue", "fuimos", "fueron", "ir",
      "vamos", "voy", "llegue", "llego", "llegamos", "llegaron", "llegar", "regrese", "regreso",
      "regresamos", "regresaron", "regresar", "volvi", "volvio", "volvimos", "volvieron",
      "volver", "mudamos", "mude", "mudaron", "cruzamos", "cruce", "huimos", "hui", "huyo",
      "huyeron", "escapamos", "escape", "trasladaron", "mandaron", "enviaron", "deportado",
      "deportada", "deportados", "rumbo", "camino",
      // en
      "went", "go", "going", "moved", "move", "flew", "fly", "drove", "drive", "traveled",
      "travelled", "came", "come", "coming", "got", "back", "headed", "heading", "returned",
      "return", "fled", "deported", "sent", "way", "trip", "journey", "arrived", "bus", "train",
      "flight",
      // fr
      "parti", "partie", "partis", "parties", "partir", "pars", "part", "arrive", "arrivee",
      "arrives", "arrivees", "alle", "allee", "alles", "allees", "aller", "revenu", "revenue",
      "revenus", "retourne", "retournee", "enfui", "enfuie", "enfuis", "route", "direction",
      "depart", "expulse", "expulsee", "envoye", "envoyee"};
  return kMovement.count(WordBefore(text, at, &ignored)) != 0 ||
         (before == "a" && ArrivedByVehicle(text, at, kMovement));
}

// True if "en", a vehicle and "a" follow a verb of going or arriving,
// ending at `at` (where "a" starts): "fuimos en lancha a Livingston",
// "llegamos en el tren a X". After other verbs the same words take a
// person ("subieron en la camioneta a Pedro").
bool ArrivedByVehicle(std::string_view text, size_t at, const std::unordered_set<std::string_view>& verbs) {
  static const std::unordered_set<std::string_view> kVehicles = {
      "lancha", "balsa", "tren", "bus", "autobus", "camion", "camioneta", "avion", "taxi", "carro",
      "coche", "barco", "trailer", "combi", "bestia", "mototaxi"};
  size_t k = 0;
  std::string w = WordBefore(text, at, &k);
  if (kVehicles.count(w) == 0) return false;
  w = WordBefore(text, k, &k);
  if (w == "la" || w == "el" || w == "un" || w == "una") w = WordBefore(text, k, &k);
  if (w != "en") return false;
  size_t ignored = 0;
  return verbs.count(WordBefore(text, k, &ignored)) != 0;
}

// True if a verb of going or arriving and "a" or "to" come right before a
// town that is also a given name ("llegamos a Santiago", "fuimos a
// Mercedes", "moved to Florence", "crossed into Victoria", "sent us back to
// Victoria", "made it to Jackson"): there it is the town. Not the verbs
// that take a person after "a" too ("mandaron a Santiago", "deportaron
// a"), nor "ran into", nor "gave it to".
bool ArrivalCue(std::string_view text, const PlaceGazetteer& places, size_t offset) {
  size_t at = 0, ignored = 0;
  const std::string before = WordBefore(text, offset, &at);
  // "crossed into Victoria"; not "ran into", "bumped into" (met someone).
  if (before == "into") {
    static const std::unordered_set<std::string_view> kInto = {"crossed", "cross", "went", "moved", "drove",
                                                               "came", "walked", "flew", "headed", "got"};
    return kInto.count(WordBefore(text, at, &ignored)) != 0;
  }
  // Verbs that take a place with no preposition: Haitian "nou rete
  // Victoria", "rive", "soti", "ale", "tounen"; French "traversé"; Spanish
  // "cruzamos", "atravesamos" (a person after them takes the personal "a":
  // "cruzamos a Victoria").
  static const std::unordered_set<std::string_view> kBarePlaceVerbs = {
      "rete", "rive", "soti", "ale", "tounen", "traverse", "traversee", "traverses", "traversees",
      "traversons", "traversait", "traversaient", "cruzamos", "cruzaron", "cruce", "cruzo", "cruzando",
      "atravesamos", "atravesaron", "atravese", "atraveso"};
  if (kBarePlaceVerbs.count(before) != 0 &&
      text.substr(at, offset - at).find_first_of(".,;:\n") == std::string_view::npos) {
    return true;
  }
  // "cruzamos por Mendoza", "entramos por Mendoza": through a town ("pasamos
  // por Mendoza" is also to pick someone up, and is left).
  if (before == "por") {
    static const std::unordered_set<std::string_view> kThrough = {
        "cruzamos", "cruzaron", "cruce", "cruzo", "entramos", "entraron", "entre", "entro"};
    if (kThrough.count(WordBefore(text, at, &ignored)) != 0 &&
        text.substr(at, offset - at).find_first_of(".,;:\n") == std::string_view::npos) {
      return true;
    }
  }
  if (before != "a" && before != "to") return false;
  // An English route after a verb of going: "We walked from Victoria to
  // Jackson" (not "a letter from Victoria to Jackson").
  size_t from_at = 0;
  if (before == "to" && RouteFromATownBefore(text, places, at, {"from"}, &from_at)) {
    static const std::unordered_set<std::string_view> kGoing = {
        "walked", "went", "drove", "flew", "moved", "traveled", "travelled", "came", "hitchhiked",
        "rode", "journeyed", "fled", "way", "trip", "journey", "route", "road"};
    if (kGoing.count(WordBefore(text, from_at, &ignored)) != 0) return true;
  }
  // "We finally made it to Jackson"; not "gave it to Jackson".
  {
    size_t it_at = 0;
    if (before == "to" && WordBefore(text, at, &it_at) == "it") {
      const std::string verb = WordBefore(text, it_at, &ignored);
      if (verb == "made" || verb == "make" || verb == "making") return true;
    }
  }
  if (PronounSentAwayTo(text, before, at)) return true;
  // "They sent us back to Victoria", "deported me back to": sent home.
  {
    size_t back_at = 0, object_at = 0;
    if (WordBefore(text, at, &back_at) == "back") {
      const std::string object = WordBefore(text, back_at, &object_at);
      const std::string verb = (object == "us" || object == "me" || object == "them" || object == "him" ||
                                object == "her")
                                   ? WordBefore(text, object_at, &ignored)
                                   : object;
      if (verb == "sent" || verb == "deported" || verb == "shipped" || verb == "returned") return true;
    }
  }
  static const std::unordered_set<std::string_view> kArrival = {
      "viaje", "viajo", "viajamos", "viajaron", "fui", "fuimos", "fueron", "ir", "vamos", "voy",
      "llegue", "llego", "llegamos", "llegaron", "llegar", "regrese", "regresamos", "regresaron",
      "volvi", "volvimos", "volvieron", "mudamos", "mude", "rumbo", "camino",
      "went", "moved", "flew", "drove", "traveled", "travelled", "headed", "heading", "returned",
      "trip", "journey", "flight"};
  return kArrival.count(WordBefore(text, at, &ignored)) != 0 ||
         (before == "a" && ArrivedByVehicle(text, at, kArrival));
}

// True if the word after the finding (its bounds in *next, *next_end) is a
// verb of speech, or the words after it say a person (HasPersonCueAfter):
// "Kampala dijo que no", "Tulsa and Wichita said no", "Kampala nos pegó".
bool SpeaksOrActsAfter(std::string_view text, const NameLexicon& lexicon, const Finding& f, size_t* next,
                       size_t* next_end) {
  size_t at = f.end;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  size_t end = at;
  while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) ++end;
  *next = at;
  *next_end = end;
  return (lexicon.Flags(text::Fold(text.substr(at, end - at))) & kSpeechCue) != 0 ||
         HasPersonCueAfter(text, f.begin, f.end);
}

// True if the one-word name f is written again within a few thousand bytes
// where the words before it say a place ("In Aleppo we lost everything.
// Aleppo was bombed", "à Batna ... Batna est calme"): the same town, for a
// world town of one word (no listed given name or surname). Not after a
// title there ("Mr. Tulum"), and not a name that speaks or acts here
// ("Vivimos en Kampala. Kampala dijo que no", "... Kampala nos pegó").
bool NamedAsAPlaceNearby(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return false;
  {
    size_t next = 0, next_end = 0;
    if (SpeaksOrActsAfter(text, *lexicon, f, &next, &next_end)) return false;
    // A verb and its object after it: "Tulum hit me hard", "Batna beat us".
    size_t object = next_end;
    while (object < text.size() && (text[object] == ' ' || text[object] == '\t')) ++object;
    size_t object_end = object;
    while (object_end < text.size() && IsWordByte(static_cast<unsigned char>(text[object_end]))) ++object_end;
    static const std::unordered_set<std::string_view> kObjects = {"me", "us", "him", "her", "them",
                                                                  "nos", "nous", "lui", "leur"};
    if (next_end > next && kObjects.count(text::Fold(text.substr(object, object_end - object))) != 0) return false;
  }
  constexpr size_t kReach = 4000;
  const size_t from = f.begin > kReach ? f.begin - kReach : 0;
  const size_t to = std::min(text.size(), f.end + kReach);
  // Searched within the reach only: a search to the text's end for each
  // finding would make long testimonies quadratic.
  const std::string_view reach = text.substr(0, to);
  for (size_t at = reach.find(name, from); at != std::string_view::npos; at = reach.find(name, at + 1)) {
    if (at == f.begin) continue;
    const size_t end = at + name.size();
    if ((at > 0 && IsWordByte(static_cast<unsigned char>(text[at - 1]))) ||
        (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end])))) {
      continue;
    }
    Finding g = f;
    g.begin = at;
    g.end = end;
    if (!HasPersonCueBefore(text, at) && (SaysAPlace(text, places, g) || WorldPlaceCue(text, at))) return true;
  }
  return false;
}

// True if a name of several words opens with "San", "Santa", "Santo",
// "São", "Saint" or "Sainte" ("Santa Rosa", "San Miguel").
bool OpensWithASaint(std::string_view name) {
  const size_t space = name.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string first = text::Fold(name.substr(0, space));
  return first == "san" || first == "santa" || first == "santo" || first == "sao" || first == "saint" ||
         first == "sainte";
}

size_t AcrossListSeparator(std::string_view text, size_t at, bool after);
size_t PlaceItemAt(std::string_view text, const PlaceGazetteer& places, size_t at, bool after);

// A listed or world place next to a name across one list separator
// ("Tulsa and", ", Drancy"), looking back from `at` (after == false) or on
// from it: the place's far edge (where it begins, or where it ends), npos
// if none. *near_edge, if given, is where the item after the separator
// would stand (npos if no separator is there).
// True if the gap text[lo, hi) between two list items is a spaced dash
// alone ("Houston - Salinas").
bool GapIsASpacedDash(std::string_view text, size_t lo, size_t hi) {
  while (lo < hi && text[lo] == ' ') ++lo;
  while (hi > lo && text[hi - 1] == ' ') --hi;
  const std::string_view gap = text.substr(lo, hi - lo);
  return gap == "-" || gap == "\xE2\x80\x93" || gap == "\xE2\x80\x94";
}

// True if another spaced dash stands on the same line within a few words
// of the gap text[lo, hi): a route of three towns or more ("Dhaka - Dubai -
// São Paulo"). The window is bounded, so the look is constant per item.
bool AnotherRouteDashNear(std::string_view text, size_t lo, size_t hi) {
  constexpr size_t kWindow = 48;
  auto has_dash = [](std::string_view part) {
    return part.find(" - ") != std::string_view::npos || part.find(" \xE2\x80\x93 ") != std::string_view::npos ||
           part.find(" \xE2\x80\x94 ") != std::string_view::npos;
  };
  std::string_view left = text.substr(lo > kWindow ? lo - kWindow : 0, lo - (lo > kWindow ? lo - kWindow : 0) + 1);
  if (const size_t nl = left.rfind('\n'); nl != std::string_view::npos) left.remove_prefix(nl + 1);
  std::string_view right = text.substr(hi > 0 ? hi - 1 : 0, kWindow);
  if (const size_t nl = right.find('\n'); nl != std::string_view::npos) right = right.substr(0, nl);
  return has_dash(left) || has_dash(right);
}

size_t PlaceListedNextTo(std::string_view text, const PlaceGazetteer& places, size_t at, bool after,
                         size_t* near_edge = nullptr) {
  size_t near = AcrossListSeparator(text, at, after);
  // One spaced dash between a town and a name is no route: a line's
  // signature or its contact ("Greetings from Houston - Salinas",
  // "Contacto en Tijuana - Mendoza"); a route has two dashes or more.
  if (near != std::string_view::npos) {
    const size_t lo = after ? at : near;
    const size_t hi = after ? near : at;
    if (lo < hi && GapIsASpacedDash(text, lo, hi) && !AnotherRouteDashNear(text, lo, hi)) {
      near = std::string_view::npos;
    }
  }
  if (near_edge != nullptr) *near_edge = near;
  return PlaceItemAt(text, places, near, after);
}

// True if what surrounds a saint's town of several words that is also a
// name ("Santa Rosa", "Santo Tomás") says the town: where one is from ("soy
// de", "somos de", "eres de", "son de"), or another place of some gazetteer
// next to it in a list ("Pasamos San Marcos y Santa Rosa"). Not before an
// object pronoun and a verb ("Santa Rosa nos pegó").
bool SaintsTownCue(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  if (HasPersonCueAfter(text, f.begin, f.end)) return false;
  size_t at = 0, ignored = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  if (before == "de" && text.substr(at, f.begin - at).find_first_of(".:,") == std::string_view::npos) {
    const std::string verb = WordBefore(text, at, &ignored);
    if (verb == "soy" || verb == "somos" || verb == "eres" || verb == "son" || verb == "sois") return true;
  }
  return PlaceListedNextTo(text, places, f.begin, false) != std::string_view::npos ||
         PlaceListedNextTo(text, places, f.end, true) != std::string_view::npos;
}

// True if a one-word town that is also a name (the ambiguous world list:
// "Tripoli", "Kano") is the last item of a list of places a preposition of
// place opens: "went through Agadez and Tripoli.", "from Niamey, Agadez and
// Tripoli," (each item before it a listed or world place, at most four), and
// the clause ends after it. Not a listed given name ("We went through
// Houston and Austin" may name a companion), nor before a possessive; "to"
// only after a verb of going (ArrivalCue: "talked to Agadez and Kano" names
// no route). A verb after it ("and Kano told me") leaves the clause open.
bool LastOfAListOfPlacesReached(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  if (f.end < text.size() && (text[f.end] == '\'' || text.substr(f.end, 3) == "\xE2\x80\x99")) return false;
  if (IsGivenNameWord(text.substr(f.begin, f.end - f.begin))) return false;
  size_t k = f.end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (!(k >= text.size() || text[k] == '.' || text[k] == ',' || text[k] == ';' || text[k] == '\n' ||
        text[k] == ':' || text[k] == ')' || text[k] == '!' || text[k] == '?')) {
    return false;
  }
  static const std::unordered_set<std::string_view> kOpeners = {
      "in", "through", "via", "from", "near", "across", "en", "por", "desde", "dans", "par", "vers"};
  size_t item_end = f.begin;
  for (int items = 0; items < 4; ++items) {
    const size_t item_begin = PlaceListedNextTo(text, places, item_end, false);
    if (item_begin == std::string_view::npos) return false;
    size_t at = 0;
    const std::string before = WordBefore(text, item_begin, &at);
    if (text.substr(at, item_begin - at).find_first_of(".:\n") != std::string_view::npos) return false;
    if (kOpeners.count(before) != 0 || ArrivalCue(text, places, item_begin)) return true;
    item_end = item_begin;
  }
  return false;
}

// True if a capitalized word that names a kind of place comes right before
// a name: it is the place's name ("Lake Charles", "Fort Mason", "Mt.
// Vernon", "Lac Léman"), or a part of the town it names ("Downtown
// Austin").
bool AfterAPlaceWord(std::string_view text, const PlaceGazetteer& places, size_t offset) {
  size_t at = 0;
  const std::string before = WordBefore(text, offset, &at);
  if (before.empty() || std::isupper(static_cast<unsigned char>(text[at])) == 0) return false;
  if (text.substr(at, offset - at).find('\n') != std::string_view::npos) return false;
  static const std::unordered_set<std::string_view> kPlaceWords = {
      // Not words that are Spanish surnames too ("Puerto", "Isla", "Sierra",
      // "Valle", "Villa", "Lago"). "Sta." is only "Santa" ("Sta. Ana").
      "lake", "fort", "mount", "mt", "port", "cape", "lac", "bahia", "laguna", "pointe", "ile",
      "island", "bay", "point", "sta"};
  if (kPlaceWords.count(before) != 0) return true;
  // A part of a town of some gazetteer: "Downtown Austin", "North Austin",
  // "Greater Houston" ("North Kerbrat came with us" names no town). Not
  // "West", a surname ("Kanye West").
  static const std::unordered_set<std::string_view> kPartsOfATown = {
      "downtown", "uptown", "midtown", "north", "south", "east", "northern", "southern",
      "eastern", "western", "central", "greater", "upstate", "northeast", "northwest",
      "southeast", "southwest"};
  if (kPartsOfATown.count(before) != 0) {
    size_t end = offset;
    while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) ++end;
    return places.ClassOf(text.substr(offset, end - offset)) != PlaceClass::kNone;
  }
  // "Ft" is "Fort" after a preposition of place ("in Ft Mitchell", "moved to
  // Ft. Mitchell"); elsewhere it is "featuring" ("New song ft Jim Jones").
  // "St", "Ste" likewise ("Stopped at St. Augustine"): elsewhere a street's
  // type ("Main St Augustine") or a Haitian surname's first word.
  if (before != "ft" && before != "st" && before != "ste") return false;
  size_t ignored = 0;
  static const std::unordered_set<std::string_view> kPrepositions = {"in", "at", "to", "from", "near",
                                                                     "around", "through"};
  return kPrepositions.count(WordBefore(text, at, &ignored)) != 0;
}

// True if a one-word town of some gazetteer comes right before a noun in
// lower case of what a town has and a person has not, in English ("Orlando
// traffic is the worst", "Houston police say", "Laredo residents"): the
// noun says the town, though its name is a given name too. Not before a
// possessive ("Orlando's"); not "airport" nor "area", which follow a
// person's name too ("Delayed at Logan airport", "I met Gomez area
// manager"), nor "downtown", an adverb after one ("Jordan downtown at 5",
// "Tyler downtown now?"). The word before it is read by the caller (a title or a word
// that takes a person keeps the person: "My friend Orlando traffic...").
bool EnglishTownBeforeACivicNoun(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  if (f.end + 2 >= text.size() || text[f.end] != ' ' || !StartsWithCapital(text, f.begin)) return false;
  const std::string_view noun = LetterWordStartingAt(text, f.end + 1);
  const size_t e = f.end + 1 + noun.size();
  if (noun.size() < 4 || !(noun[0] >= 'a' && noun[0] <= 'z')) return false;
  if (e < text.size() && (text[e] == '\'' || text[e] == '-' || text.substr(e, 3) == "\xE2\x80\x99")) {
    return false;
  }
  static const std::unordered_set<std::string_view> kCivicNouns = {
      "traffic", "weather", "skyline", "residents", "mayor", "suburbs", "metro", "police", "sheriff",
      "officials", "shelters", "winters", "summers"};
  if (kCivicNouns.count(noun) == 0) return false;
  return places.ClassOf(text.substr(f.begin, f.end - f.begin)) != PlaceClass::kNone;
}

// True if English words around a one-word name say a town, in forms no
// person takes: "downtown", "uptown" or "midtown" before it ("Just moved to
// downtown Viera"), "Welcome to" before it ("Welcome to Wetumpka , where
// the sun shines") and "a", "an" or "the" before it with "native" after it
// ("A Wetumpka native"). Not before a possessive ("Welcome to Kevin's
// party", "downtown Gomez's shop"), nor a listed given name ("Welcome to
// Jessica" may greet her; "we went uptown Marisol was waiting" runs two
// sentences together).
bool EnglishTownFrame(std::string_view text, const Finding& f) {
  if (f.end < text.size() && (text[f.end] == '\'' || text.substr(f.end, 3) == "\xE2\x80\x99")) return false;
  size_t at = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  if (text.substr(at, f.begin - at).find_first_of(".,;:!?\n") != std::string_view::npos) return false;
  if (IsGivenNameWord(text.substr(f.begin, f.end - f.begin))) return false;
  if (before == "downtown" || before == "uptown" || before == "midtown") return true;
  if (before == "to") {
    size_t welcome_at = 0;
    return WordBefore(text, at, &welcome_at) == "welcome" &&
           text.substr(welcome_at, f.begin - welcome_at).find_first_of(".,;:!?\n") == std::string_view::npos;
  }
  if (before != "a" && before != "an" && before != "the") return false;
  return f.end + 7 <= text.size() && text.substr(f.end, 7) == " native" &&
         (f.end + 7 == text.size() || !IsLetterByte(static_cast<unsigned char>(text[f.end + 7])));
}

// True if "-based" is glued to the name: a firm or team based in the town
// ("an Austin-based startup"). Written apart it may be a verb ("Austin
// based his claim").
bool BasedThere(std::string_view text, const Finding& f) {
  return f.end + 6 <= text.size() && text.substr(f.end, 6) == "-based" &&
         (f.end + 6 == text.size() || !IsLetterByte(static_cast<unsigned char>(text[f.end + 6])));
}

// True if a one-word name that is no given name comes right before a
// capitalized word that names a kind of public place, on its line: the
// place is named after it ("Glover Park", "Lindis Pass", "Hyde Park Corner",
// "Manning Bowl"). A given name there is a person's ("John Park", "Lee
// Square": surnames too) but after "in" or "near", or "at" after a verb of
// waiting or staying ("waited at Lincoln Park"); after a number it is a
// street.
bool BeforeAPlaceWord(std::string_view text, const Finding& f) {
  // A given name there is a place's only after "in" or "near" ("grew up in
  // Shelly Park"), which take no person, and not before a possessive.
  if (IsGivenNameWord(text.substr(f.begin, f.end - f.begin))) {
    size_t at_word = 0, ignored = 0;
    const std::string before = WordBefore(text, f.begin, &at_word);
    // Or after "at" and a verb of waiting or meeting ("we waited at
    // Lincoln Park"): "at" also takes a person after others ("mad at Grace
    // Park"), and after a verb of staying it is someone's home ("we stayed
    // at Daniel Park for a week").
    static const std::unordered_set<std::string_view> kStayingAt = {
        "waited", "wait", "waiting", "met", "meet", "meeting", "camped", "gathered", "arrived", "were",
        "was", "are", "played", "walked", "ran", "parked", "stopped", "left", "dropped", "found"};
    if (before == "at") {
      if (kStayingAt.count(WordBefore(text, at_word, &ignored)) == 0) return false;
    } else if (before != "in" && before != "near") {
      return false;
    }
    size_t k = f.end + 1;
    while (k < text.size() && IsLetterByte(static_cast<unsigned char>(text[k]))) ++k;
    if (k < text.size() && (text[k] == '\'' || text.substr(k, 3) == "\xE2\x80\x99")) return false;
  }
  if (f.end + 1 >= text.size() || text[f.end] != ' ') return false;
  const size_t at = f.end + 1;
  const bool capitalized = std::isupper(static_cast<unsigned char>(text[at])) != 0;
  // Most of these words are street types too: a number shortly before on
  // the line says a street ("52 Glover Park", "Suite 5, Kim Square").
  for (size_t k = f.begin; capitalized && k > 0 && f.begin - k < 24 && text[k - 1] != '\n'; --k) {
    if (std::isdigit(static_cast<unsigned char>(text[k - 1])) != 0) return false;
  }
  size_t end = at;
  while (end < text.size() && end - at < 12 && std::isalpha(static_cast<unsigned char>(text[end])) != 0) ++end;
  if (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0 ||
                            static_cast<unsigned char>(text[end]) >= 0x80)) {
    return false;
  }
  const std::string head = text::Fold(text.substr(at, end - at));
  static const std::unordered_set<std::string_view> kPlaceWords = {
      "park", "pass", "square", "bowl", "gardens", "heights", "springs", "falls", "creek",
      "canyon", "valley", "harbor", "harbour", "stadium", "airport", "campus", "county"};
  if (capitalized) return kPlaceWords.count(head) != 0;
  // Social text writes the head in lower case ("Intervals from Champlain
  // campus", "Elgin county fair", "in the Viera area"): only the heads no
  // verb or trade reads as, and only after a preposition of place or "the"
  // ("I asked Gonzalez campus security", "I met Gomez area manager" are
  // whom one asked or met).
  static const std::unordered_set<std::string_view> kLowerCaseHeads = {
      "campus", "county", "airport", "stadium", "area", "mall", "township", "neighborhood", "neighbourhood"};
  if (kLowerCaseHeads.count(head) == 0) return false;
  size_t ignored = 0;
  static const std::unordered_set<std::string_view> kPlacePrepositions = {
      "in", "at", "from", "near", "to", "around", "across", "outside", "the"};
  return kPlacePrepositions.count(WordBefore(text, f.begin, &ignored)) != 0;
}

// Where the list item next to a name ends (after == false: looking back
// from `at`) or starts (after == true), across one list separator (",",
// "et", "and", "y", "e"); npos if no separator is there.
size_t AcrossListSeparator(std::string_view text, size_t at, bool after) {
  size_t k = at;
  auto skip_spaces = [&] {
    if (after) {
      while (k < text.size() && text[k] == ' ') ++k;
    } else {
      while (k > 0 && text[k - 1] == ' ') --k;
    }
  };
  skip_spaces();
  const size_t before_separator = k;
  // A route's dash between spaces ("Dhaka - Dubai - São Paulo", "Quito –
  // Tulcán"): a hyphen, an en dash or an em dash.
  size_t dash = 0;
  if (k > 0 && k + 1 < text.size() && before_separator != at) {
    for (std::string_view d : {std::string_view("-"), std::string_view("\xE2\x80\x93"),
                               std::string_view("\xE2\x80\x94")}) {
      const bool found = after ? text.substr(k, d.size()) == d && k + d.size() < text.size() &&
                                     text[k + d.size()] == ' '
                               : k > d.size() && text.substr(k - d.size(), d.size()) == d &&
                                     text[k - d.size() - 1] == ' ';
      if (found) dash = d.size();
    }
  }
  if (after ? (k < text.size() && text[k] == ',') : (k > 0 && text[k - 1] == ',')) {
    k = after ? k + 1 : k - 1;
  } else if (dash > 0) {
    k = after ? k + dash : k - dash;
  } else {
    for (std::string_view word : {"et", "and", "y", "e"}) {
      const size_t n = word.size();
      const bool found = after ? text.substr(k, n) == word && k + n < text.size() && text[k + n] == ' '
                               : k > n && text.substr(k - n, n) == word && text[k - n - 1] == ' ';
      if (found) {
        k = after ? k + n : k - n;
        break;
      }
    }
  }
  if (k == before_separator) return std::string_view::npos;
  skip_spaces();
  return k;
}

// If a list item of one to three capitalized words that is a listed or
// world place ends at `at` (after == false) or starts there (after ==
// true), where its other edge is; npos if none.
size_t PlaceItemAt(std::string_view text, const PlaceGazetteer& places, size_t at, bool after) {
  if (at == std::string_view::npos) return std::string_view::npos;
  size_t edge = at;
  for (int words = 0; words < 3; ++words) {
    if (after) {
      if (words > 0) {
        if (edge >= text.size() || text[edge] != ' ') break;
        ++edge;
      }
      if (edge >= text.size() || !StartsWithCapital(text, edge)) break;
      while (edge < text.size() && (IsWordByte(static_cast<unsigned char>(text[edge])) || text[edge] == '-')) ++edge;
    } else {
      if (words > 0) {
        if (edge == 0 || text[edge - 1] != ' ') break;
        --edge;
      }
      size_t b = edge;
      while (b > 0 && (IsWordByte(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '-')) --b;
      if (b == edge || !StartsWithCapital(text, b)) break;
      edge = b;
    }
    const std::string_view item = after ? text.substr(at, edge - at) : text.substr(edge, at - edge);
    const PlaceClass c = places.ClassOf(item);
    if (c == PlaceClass::kListed || c == PlaceClass::kWorld) return edge;
  }
  return std::string_view::npos;
}

// True if a one-word name that is no given name or surname is an item of a
// list of places: a place on each side ("Berlin, Viejinp et Rome"), or the
// last item, after "et", "y"..., of a list whose two items before are
// places ("Bondy, Drancy et Dugny"). A list with a person in it
// ("Tapachula, Pedro y yo") has no place on his other side.
bool InAListOfPlaces(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr ||
      (lexicon->Flags(text::Fold(text.substr(f.begin, f.end - f.begin))) & (kGivenName | kSurname)) != 0) {
    return false;
  }
  size_t prev_end = 0;
  const size_t prev_begin = PlaceListedNextTo(text, places, f.begin, false, &prev_end);
  // Not the first item ("Panajachel, Santiago Atitlán y San Juan"): a
  // given name that no list holds opens such a list too ("Xochilt,
  // Tapachula y Tijuana es lo que recuerdo").
  if (prev_begin == std::string_view::npos) return false;
  if (PlaceListedNextTo(text, places, f.end, true) != std::string_view::npos) return true;
  // The last item: no comma between it and the place before, a comma
  // before that place.
  if (text.substr(prev_end, f.begin - prev_end).find(',') != std::string_view::npos) return false;
  size_t before_end = 0;
  return PlaceListedNextTo(text, places, prev_begin, false, &before_end) != std::string_view::npos &&
         text.substr(before_end, prev_begin - before_end).find(',') != std::string_view::npos;
}

// True if a one-word name is a listed or world place of several words
// written without its spaces, as OCR and hashtags join them ("NewYork",
// "SanPedroSula"): split before each capital that follows a lower-case
// letter. A person's name so joined ("JohnSmith") names no place; nor does
// a place whose words are also a person's ("Vicente López", the ambiguous
// list).
bool GluedPlaceOfSeveralWords(std::string_view name, const PlaceGazetteer& places) {
  std::string split;
  split.reserve(name.size() + 4);
  int words = 1;
  for (size_t k = 0; k < name.size(); ++k) {
    const char c = name[k];
    if (k > 0 && c >= 'A' && c <= 'Z' && name[k - 1] >= 'a' && name[k - 1] <= 'z') {
      split.push_back(' ');
      ++words;
    }
    split.push_back(c);
  }
  if (words < 2) return false;
  const PlaceClass place = places.ClassOf(split);
  return place == PlaceClass::kListed || place == PlaceClass::kWorld;
}

// True if a world town of one word (no listed given name or surname) is
// an item of a list next to another place of some gazetteer: "Storms hit
// Tulsa and Wichita", "Tour: Elgin, Kirkwood, Delmar". Not a list after a
// word that takes people ("I met Kerbrat and Wichita": the name before is
// then a person's, found as one), nor one before a verb of speech or an
// object pronoun and a verb ("Tulsa and Wichita said no").
bool WorldTownListedWithAPlace(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (places.ClassOf(name) != PlaceClass::kWorld) return false;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return false;
  size_t next = 0, next_end = 0;
  if (SpeaksOrActsAfter(text, *lexicon, f, &next, &next_end)) return false;
  const size_t prev_begin = PlaceListedNextTo(text, places, f.begin, false);
  const size_t next_item_end = PlaceListedNextTo(text, places, f.end, true);
  size_t first = f.begin;
  if (prev_begin != std::string_view::npos) {
    first = prev_begin;
  } else if (next_item_end == std::string_view::npos) {
    return false;
  }
  // The place next to it is no part of a longer run of capitalized words
  // ("Juan Tulsa and Wichita": a person's surname then).
  if (prev_begin != std::string_view::npos) {
    size_t ignored = 0;
    const std::string before = WordBefore(text, prev_begin, &ignored);
    if (!before.empty() && ignored < prev_begin && StartsWithCapital(text, ignored) &&
        text.substr(ignored, prev_begin - ignored).find_first_of(".,;:\n") == std::string_view::npos) {
      return false;
    }
  } else {
    size_t k = next_item_end;
    while (k < text.size() && text[k] == ' ') ++k;
    if (k < text.size() && k > next_item_end && StartsWithCapital(text, k)) return false;
  }
  return !HasPersonCueBefore(text, first);
}

// True if a one-word name that is no given name or surname stands alone in
// brackets right after a listed or world place of up to three words: the
// town's region or country ("Portland ( Oregon )", "Elisabethville
// (Katanga)"). A person's name in brackets is in a list (a given name or
// surname) or follows a person.
bool RegionInBrackets(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  size_t close = f.end;
  while (close < text.size() && text[close] == ' ') ++close;
  if (close >= text.size() || text[close] != ')') return false;
  size_t open = f.begin;
  while (open > 0 && text[open - 1] == ' ') --open;
  if (open == 0 || text[open - 1] != '(') return false;
  --open;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr ||
      (lexicon->Flags(text::Fold(text.substr(f.begin, f.end - f.begin))) & (kGivenName | kSurname)) != 0) {
    return false;
  }
  while (open > 0 && text[open - 1] == ' ') --open;
  // The town: the last one, two or three words before the bracket.
  size_t begin = open;
  for (int words = 0; words < 3; ++words) {
    size_t word_begin = 0;
    if (WordBefore(text, begin, &word_begin).empty() || word_begin >= begin) return false;
    if (text.substr(word_begin, open - word_begin).find_first_of(",.;:()\n") != std::string_view::npos) {
      return false;
    }
    begin = word_begin;
    if (!StartsWithCapital(text, begin)) return false;
    const PlaceClass town = places.ClassOf(text.substr(begin, open - begin));
    if (town == PlaceClass::kListed || town == PlaceClass::kWorld) return true;
  }
  return false;
}

// True if a one-word name is joined to a capitalized word by a particle of
// Central European and English town names: "Ostrov nad Ohří", "Frankfurt am
// Main", "Stratford upon Avon", "Frankfurt an der Oder". No person's name
// holds these words between two capitals.
bool JoinedByATownParticle(std::string_view text, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find_first_of(" \t\n") != std::string_view::npos) return false;
  static const std::unordered_set<std::string_view> kParticles = {"nad", "pod", "am", "upon", "bei"};
  // After: " nad Ohří".
  size_t k = f.end;
  if (k < text.size() && text[k] == ' ') {
    size_t e = k + 1;
    while (e < text.size() && std::islower(static_cast<unsigned char>(text[e])) != 0) ++e;
    std::string_view particle = text.substr(k + 1, e - k - 1);
    if (particle == "an" && text.substr(e, 5) == " der ") {
      particle = "am";
      e += 4;
    }
    if (kParticles.count(particle) != 0 && e + 1 < text.size() && text[e] == ' ' && StartsWithCapital(text, e + 1)) {
      return true;
    }
  }
  // Before: "Ostrov nad ".
  size_t at = 0, ignored = 0;
  std::string particle = WordBefore(text, f.begin, &at);
  if (particle == "der" && WordBefore(text, at, &ignored) == "an") {
    particle = "am";
    WordBefore(text, at, &at);
  }
  if (kParticles.count(particle) == 0 || std::islower(static_cast<unsigned char>(text[at])) == 0 ||
      text.substr(at, f.begin - at).find_first_of(".,;:\n") != std::string_view::npos) {
    return false;
  }
  size_t town_at = 0;
  return !WordBefore(text, at, &town_at).empty() && town_at < at && StartsWithCapital(text, town_at) &&
         text.substr(town_at, at - town_at).find_first_of(".,;:\n") == std::string_view::npos;
}

// True if a name ends with a word of no name list after a saint's name
// ("San Juan Chamula", "San Andrés Tuxtla", "Santa María Tonantzintla"), in
// the name or before it: many towns of Mexico and Central America are so
// named. A given name or surname there is a person's ("San Andrés Pérez").
bool AfterASaintsName(std::string_view text, const Finding& f) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return false;
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find('\n') != std::string_view::npos) return false;
  const size_t last_space = name.rfind(' ');
  const std::string_view last = last_space == std::string_view::npos ? name : name.substr(last_space + 1);
  if (last.empty()) return false;
  // The two words before the last, in the name or in the text before it.
  const size_t last_at = f.begin + (last_space == std::string_view::npos ? 0 : last_space + 1);
  size_t second_at = 0, first_at = 0;
  const std::string second = WordBefore(text, last_at, &second_at);
  if (second.empty() || second_at >= last_at || !StartsWithCapital(text, second_at)) return false;
  const std::string first = WordBefore(text, second_at, &first_at);
  if (first_at >= second_at || !StartsWithCapital(text, first_at) ||
      text.substr(first_at, last_at - first_at).find_first_of(".,;:()\n") != std::string_view::npos) {
    return false;
  }
  static const std::unordered_set<std::string_view> kSaints = {"san", "santa", "santo", "sao"};
  if (kSaints.count(first) == 0) return false;
  if ((lexicon->Flags(text::Fold(last)) & (kGivenName | kSurname)) != 0) return false;
  // The saint's name opens the name or stands before it, with no capitalized
  // word before: "Paula San Miguel Fraile" names a person ("San Miguel" is
  // a surname too).
  if (first_at > f.begin) return false;
  size_t word_at = 0;
  return WordBefore(text, first_at, &word_at).empty() || word_at >= first_at || !StartsWithCapital(text, word_at) ||
         text.substr(word_at, first_at - word_at).find_first_of(".,;:()\n") != std::string_view::npos;
}

// True if a name opens with a saint's word and a church, school or hospital
// word stands right after it ("the Saint Bernard church", "St Mary hospital")
// or before it ("la iglesia San Bernardo", "el hospital Santa Fe"): the
// building is named after the saint. A person named so has a given name
// first ("José San Martín"); Haitian surnames join the saint by a hyphen.
bool NamesASaintsBuilding(std::string_view text, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  const size_t space = name.find(' ');
  if (space == std::string_view::npos || name.find('\n') != std::string_view::npos) return false;
  std::string_view first = name.substr(0, space);
  if (!first.empty() && first.back() == '.') first.remove_suffix(1);
  static const std::unordered_set<std::string_view> kSaints = {"saint", "sainte", "st", "ste",
                                                               "san",   "santa",  "santo"};
  if (kSaints.count(text::Fold(first)) == 0) return false;
  static const std::unordered_set<std::string_view> kBuildings = {
      "church", "cathedral", "chapel", "basilica", "parish", "abbey", "monastery", "convent",
      "hospital", "school", "college", "iglesia", "parroquia", "capilla", "catedral", "basilica",
      "templo", "santuario", "colegio", "escuela", "eglise", "chapelle", "paroisse", "hopital",
      "ecole", "lycee"};
  size_t k = f.end;
  if (k < text.size() && text[k] == ' ' && k + 1 < text.size() &&
      std::islower(static_cast<unsigned char>(text[k + 1])) != 0) {
    size_t e = k + 1;
    while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
    if (kBuildings.count(text::Fold(text.substr(k + 1, e - k - 1))) != 0) return true;
  }
  size_t at = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  return kBuildings.count(before) != 0 && std::islower(static_cast<unsigned char>(text[at])) != 0 &&
         text.substr(at, f.begin - at).find_first_of(".,;:\n") == std::string_view::npos;
}

// True if a guessed name is a town and its country joined by a hyphen
// ("Concepción-Chile", "Esquipulas-Guatemala"), as forms write them; a
// given name so joined ("María-Honduras") is no town.
bool IsTownHyphenCountry(std::string_view name, const PlaceGazetteer& places) {
  const size_t hyphen = name.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || name.find('-', hyphen + 1) != std::string_view::npos ||
      name.find(' ') != std::string_view::npos) {
    return false;
  }
  const std::string_view town = name.substr(0, hyphen);
  const std::string_view country = name.substr(hyphen + 1);
  if (places.ClassOf(town) == PlaceClass::kNone) return false;
  const std::vector<PlaceMention> mentions = places.FindPlaces(country);
  return mentions.size() == 1 && mentions[0].begin == 0 && mentions[0].end == country.size() &&
         mentions[0].kind == "country";
}

// True if a word that names a kind of place frames the name: a
// capitalized head word opens it ("Pico de Orizaba", "Monte Albán", "Le
// Mont Blanc", "Rio Grande") or comes right before it, or a capitalized
// kind of place or a lower-case neighbourhood word follows it ("Robben
// Island", "MacLeod Lake", "the Santos Suárez neighbourhood"). Not heads
// that are surnames as often ("Sierra", "Isla", "Villa", "Valle", "Puerto",
// "Lago") nor "River" (a given name).
bool FramedByAPlaceHead(std::string_view text, const Finding& f) {
  static const std::unordered_set<std::string_view> kHeads = {
      "pico", "monte", "mont", "cerro", "volcan", "rio", "nevado", "mount", "mt", "lake", "lac"};
  // The name's first word (after an article: "Le Mont Blanc", "El Pico de
  // Orizaba") and whether more words follow it.
  auto word_at = [&](size_t at, size_t* end) {
    size_t e = at;
    while (e < f.end && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
    *end = e;
    return text::Fold(text.substr(at, e - at));
  };
  size_t first_end = f.begin;
  std::string w = word_at(f.begin, &first_end);
  if ((w == "le" || w == "la" || w == "el" || w == "the") && first_end < f.end && text[first_end] == ' ') {
    w = word_at(first_end + 1, &first_end);
  }
  if (kHeads.count(w) != 0 && first_end < f.end && text[first_end] == ' ') return true;
  size_t at = 0;
  const std::string before = WordBefore(text, f.begin, &at);
  if (kHeads.count(before) != 0 && std::isupper(static_cast<unsigned char>(text[at])) != 0 &&
      text.substr(at, f.begin - at).find_first_of("\n.,") == std::string_view::npos) {
    return true;
  }
  size_t k = f.end;
  if (k >= text.size() || text[k] != ' ') return false;
  ++k;
  if (k >= text.size()) return false;  // one last space: no word after the name
  size_t e = k;
  while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
  const std::string after = text::Fold(text.substr(k, e - k));
  static const std::unordered_set<std::string_view> kKinds = {
      "island", "islands", "lake", "river", "mountains", "mountain", "canyon", "valley", "creek",
      "bay", "peninsula", "trench", "range", "desert", "falls", "volcano", "glacier", "gulf"};
  static const std::unordered_set<std::string_view> kQuarters = {
      "neighbourhood", "neighborhood", "district", "township", "borough", "quarter"};
  const bool capital = std::isupper(static_cast<unsigned char>(text[k])) != 0;
  if (!capital) return kQuarters.count(after) != 0;
  // "Larry Sultan Valley evidence": a full name before the kind is a
  // person's (a headline, a photographer's book).
  size_t given_end = f.begin;
  while (given_end < f.end && text[given_end] != ' ') ++given_end;
  return kKinds.count(after) != 0 && !IsGivenNameWord(text.substr(f.begin, given_end - f.begin));
}

// True if a guessed name is a place and a state code ("Dayton NJ").
bool IsPlaceAndStateCode(std::string_view name, const PlaceGazetteer& places) {
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos || name.size() - space != 3) return false;
  if (!IsStateCode(name.substr(space + 1))) return false;
  return places.ClassOf(name.substr(0, space)) != PlaceClass::kNone;
}

// A month that is also a common Spanish given name: "Rosa Mamani y Julio".
bool IsMonthGivenName(std::string_view folded) { return folded == "julio" || folded == "abril"; }

// Where a capitalized month that is a given name sits next to a name found
// at [begin, end), joined to it as an item of a list ("Rosa Mamani y Julio",
// "Julio y Rosa Mamani", "Julio, Rosa Mamani"): its bounds, or false.
bool ListedMonthName(std::string_view text, const Finding& f, bool after, size_t* word_begin,
                     size_t* word_end) {
  size_t b = 0, e = 0;
  if (after) {
    size_t at = f.end;
    while (at < text.size() && at - f.end < 5 && std::string_view(" \t,y").find(text[at]) != std::string_view::npos) ++at;
    b = at;
    e = at;
    while (e < text.size() && e - b < 8 && std::isalpha(static_cast<unsigned char>(text[e])) != 0) ++e;
    if (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) != 0 ||
                            static_cast<unsigned char>(text[e]) >= 0x80)) {
      return false;
    }
    // Not a date: "Rosa Mamani, julio 2019" nor "y Julio de 2019".
    size_t next = e;
    while (next < text.size() && next - e < 3 && text[next] == ' ') ++next;
    if (next < text.size() && std::isdigit(static_cast<unsigned char>(text[next])) != 0) return false;
    if (text.substr(next, 3) == "de ") return false;
  } else {
    size_t at = f.begin;
    while (at > 0 && f.begin - at < 5 && std::string_view(" \t,y").find(text[at - 1]) != std::string_view::npos) --at;
    e = at;
    b = at;
    while (b > 0 && e - b < 8 && std::isalpha(static_cast<unsigned char>(text[b - 1])) != 0) --b;
    if (b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) != 0 ||
                  static_cast<unsigned char>(text[b - 1]) >= 0x80)) {
      return false;
    }
    // "en Julio y Rosa Mamani...": a month after a preposition.
    size_t ignored = 0;
    const std::string prep = WordBefore(text, b, &ignored);
    if (prep == "en" || prep == "de" || prep == "desde" || prep == "hasta" || prep == "para") return false;
  }
  if (e <= b || !ListGap(after ? text.substr(f.end, b - f.end) : text.substr(e, f.begin - e))) return false;
  if (!StartsWithCapital(text, b) || !IsMonthGivenName(text::Fold(text.substr(b, e - b)))) return false;
  *word_begin = b;
  *word_end = e;
  return true;
}

void ExtendNamesOverPlaceWords(std::string_view text, const PlaceGazetteer& places,
                               std::vector<Finding>* findings, bool after_only) {
  // "Rosa Mamani y Julio": a month that is a given name, listed with a name.
  const size_t found = after_only ? 0 : findings->size();
  for (size_t i = 0; i < found; ++i) {
    const Finding f = (*findings)[i];
    if (!IsPersonFinding(f) || f.end > text.size() || f.begin >= f.end) continue;
    for (bool after : {false, true}) {
      size_t b = 0, e = 0;
      if (!ListedMonthName(text, f, after, &b, &e)) continue;
      Finding name = f;
      name.begin = b;
      name.end = e;
      name.person_group = -1;
      name.confidence = std::min(f.confidence, 0.7f);
      findings->push_back(name);
    }
  }
  static const std::unordered_set<std::string_view> kPlacePreps = {
      "en", "a", "de", "del", "desde", "hacia", "para", "por", "in", "from", "to", "at", "near",
      "of", "dans", "vers", "pour", "au", "la", "el", "le", "the", "los", "las", "les"};
  for (Finding& f : *findings) {
    if (!IsPersonFinding(f) || f.end > text.size() || f.begin >= f.end) continue;
    // After the name: "Rosa Arequipa", "Julio Quispe Arequipa".
    const bool lone_name = text.substr(f.begin, f.end - f.begin).find_first_of(" -") == std::string_view::npos;
    for (int words = 0; words < 3; ++words) {
      size_t at = f.end;
      while (at < text.size() && at - f.end < 3 && (text[at] == ' ' || text[at] == '\t')) ++at;
      if (at == f.end || at - f.end > 2 || at >= text.size()) break;
      size_t end = at;
      while (end < text.size() && end - at < 33 && IsLetterByte(static_cast<unsigned char>(text[end]))) ++end;
      // A word glued to more ("Arequipa-Lima", "Julio's", "Tijuana2") is another thing.
      if (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0 ||
                                text[end] == '-' || text[end] == '\'' || text[end] == '@')) {
        break;
      }
      if (!IsCapitalizedPlaceOrMonth(text, places, at, end)) break;
      size_t next = end;
      while (next < text.size() && next - end < 4 &&
             (text[next] == ' ' || text[next] == '\t' || text[next] == ',')) {
        ++next;
      }
      // A number after it is an address's or a date's ("Rosa Arequipa 23"),
      // but a lone given name's town before a comma and a date is its
      // surname: "Entretien avec Wisline Jacmel, 12 mars 2024" (a full name
      // before one is a dateline: "Juan Pérez Tijuana, 12 de marzo").
      if (next < text.size() && std::isdigit(static_cast<unsigned char>(text[next])) != 0 &&
          !(words == 0 && lone_name && end < text.size() && text[end] == ',')) {
        break;
      }
      // Only at the end of the run of capitalized words: "López Fundación
      // Jiménez Díaz" names a foundation after the name, not more of it.
      if (next < text.size() && next > end && text[next - 1] != ',' && StartsWithCapital(text, next)) break;
      f.end = end;
    }
    // Before the name: "Julio Mamani", "casa de Durban Quispe".
    for (int words = 0; words < 3 && !after_only; ++words) {
      size_t end = f.begin;
      while (end > 0 && f.begin - end < 3 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
      if (end == f.begin || f.begin - end > 2 || end == 0) break;
      size_t begin = end;
      while (begin > 0 && end - begin < 33 && IsLetterByte(static_cast<unsigned char>(text[begin - 1]))) --begin;
      if (begin > 0 && (std::isalnum(static_cast<unsigned char>(text[begin - 1])) != 0 ||
                        text[begin - 1] == '-' || text[begin - 1] == '\'' || text[begin - 1] == '@' ||
                        text[begin - 1] == '#')) {
        break;
      }
      if (!IsCapitalizedPlaceOrMonth(text, places, begin, end)) break;
      size_t prep_at = 0;
      const std::string prep = WordBefore(text, begin, &prep_at);
      // "llegamos a Tijuana Pedro y yo", "28035 Madrid Juan": a place.
      size_t gap = begin;
      while (gap > 0 && begin - gap < 3 && (text[gap - 1] == ' ' || text[gap - 1] == '\t')) --gap;
      const bool digit_before = gap > 0 && std::isdigit(static_cast<unsigned char>(text[gap - 1])) != 0;
      if (digit_before) break;
      // Only at the start of a run of capitalized words, or after a title
      // ("Sr. Durban Quispe").
      size_t run_at = 0;
      const bool capital_before = !WordBefore(text, begin, &run_at).empty() && run_at < begin &&
                                  StartsWithCapital(text, run_at) && gap > 0 &&
                                  text[gap - 1] != '.' && text[gap - 1] != ':';
      if (capital_before && !HasPersonCueBefore(text, begin)) break;
      if (kPlacePreps.count(prep) != 0 && !HasPersonCueBefore(text, begin) &&
          !(prep == "de" && [&] {
            size_t ignored = 0;
            return WordBefore(text, prep_at, &ignored) == "casa";
          }())) {
        break;
      }
      f.begin = begin;
    }
  }
}

// Where a saint's place right after a name that ends with a given name or
// a surname ends, on its line with only spaces between: it is that person's
// surname, as many Spanish and Haitian surnames are ("José San Martín",
// "Rosa Santa Cruz", "Joseph Saint-Louis", "Jean St-Juste"); else f.end.
size_t SaintSurnameEnd(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  size_t at = f.end;
  while (at < text.size() && at - f.end < 2 && text[at] == ' ') ++at;
  if (at == f.end || at >= text.size() || !StartsWithCapital(text, at)) return f.end;
  size_t e = at;
  while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
  static const std::unordered_set<std::string_view> kSaints = {"san",   "santa",  "santo", "sao",
                                                               "saint", "sainte", "st",    "ste"};
  const std::string saint = text::Fold(text.substr(at, e - at));
  if (kSaints.count(saint) == 0 || e >= text.size()) return f.end;
  // "St"/"Ste" only joined by a hyphen: "John St." is a street.
  if (text[e] != '-' && (text[e] != ' ' || saint == "st" || saint == "ste")) return f.end;
  size_t end = e;
  for (int parts = 0; parts < 3 && end < text.size() && (text[end] == '-' || (parts == 0 && text[end] == ' '));
       ++parts) {
    const size_t b = end + 1;
    if (b >= text.size() || !StartsWithCapital(text, b)) break;
    size_t pe = b;
    while (pe < text.size() && IsLetterByte(static_cast<unsigned char>(text[pe]))) ++pe;
    if (pe == b) break;
    end = pe;
    if (text[e] == ' ') break;  // "San Martín": one word after a spaced saint
  }
  if (end == e || (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0))) return f.end;
  // The name ends with a given name or surname.
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  size_t last = f.end;
  while (last > f.begin && IsLetterByte(static_cast<unsigned char>(text[last - 1]))) --last;
  if (lexicon == nullptr || last == f.end ||
      (lexicon->Flags(text::Fold(text.substr(last, f.end - last))) & (kGivenName | kSurname)) == 0) {
    return f.end;
  }
  // A longer place that goes on after it is that place: "Vino Carlos San
  // Pedro Sula" names the city, not a surname "San Pedro".
  if (end + 1 < text.size() && text[end] == ' ' && StartsWithCapital(text, end + 1)) {
    size_t next_end = end + 1;
    while (next_end < text.size() && IsLetterByte(static_cast<unsigned char>(text[next_end]))) ++next_end;
    if (places.ClassOf(text.substr(at, next_end - at)) != PlaceClass::kNone) return f.end;
  }
  return end;
}

void ExtendNamesOverNamesakePlaces(std::string_view text, const PlaceGazetteer& places,
                                   std::vector<Finding>* findings) {
  for (Finding& f : *findings) {
    if (!IsPersonFinding(f) || f.end > text.size() || f.begin >= f.end) continue;
    f.end = SaintSurnameEnd(text, places, f);
    // The name starts with a surname, not a given name.
    size_t first_end = f.begin;
    while (first_end < f.end && IsLetterByte(static_cast<unsigned char>(text[first_end]))) ++first_end;
    if (IsGivenNameWord(text.substr(f.begin, first_end - f.begin))) continue;
    // Two capitalized words before it, one space apart on its line.
    size_t bounds[2][2];
    size_t end = f.begin;
    bool ok = true;
    for (int k = 1; k >= 0 && ok; --k) {
      if (end < 2 || text[end - 1] != ' ') {
        ok = false;
        break;
      }
      size_t b = end - 1;
      while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
      ok = b < end - 1 && StartsWithCapital(text, b) &&
           (b == 0 || !IsLetterByte(static_cast<unsigned char>(text[b - 1])));
      bounds[k][0] = b;
      bounds[k][1] = end - 1;
      end = b;
    }
    if (!ok) continue;
    const std::string_view given = text.substr(bounds[0][0], bounds[0][1] - bounds[0][0]);
    if (!IsGivenNameWord(given)) continue;
    if (places.ClassOf(text.substr(bounds[0][0], bounds[1][1] - bounds[0][0])) == PlaceClass::kNone) continue;
    f.begin = bounds[0][0];
  }
}

// True if a name after an address starts with a given name, no gazetteer
// lists it and no address line goes on after it (a comma and a capital or
// a digit: "Calle 25, Reinaldo Matiz, Bogotá" is a neighbourhood):
// "Calle Hidalgo 23, Juan López.", "calle Hidalgo 23, Pedro." and "calle
// morelos 5, Juan López, el dueño" name a person.
bool PersonsFullName(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  const size_t space = name.find(' ');
  if (!IsGivenNameWord(name.substr(0, space))) return false;
  if (places.ClassOf(name) != PlaceClass::kNone) return false;
  size_t at = f.end;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (at >= text.size() || text[at] != ',') return true;
  ++at;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  if (at >= text.size()) return true;
  const unsigned char c = static_cast<unsigned char>(text[at]);
  return std::islower(c) != 0;
}

// If a guessed name of three words or more starts with a town after a
// preposition of place, then a given name or title ("cultivateur, à Lochrist
// Marie Christian", "couturière, à Pont-Croix Auguste Guilloteau", "de
// Saint-Symphorien Agnès Kermabon"), where the person's part starts; else
// f.begin. The town is a place of a gazetteer or a French place compound
// ("Saint-Symphorien"), or after "à" a word of no name list; the person
// keeps the rest.
size_t PersonAfterLeadingTown(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return f.begin;
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  const size_t space = name.find(' ');
  if (space == std::string_view::npos || name.find('\n') != std::string_view::npos) return f.begin;
  const std::string_view town = name.substr(0, space);
  size_t second = space;
  while (second < name.size() && name[second] == ' ') ++second;
  const size_t second_end = std::min(name.find(' ', second), name.size());
  if (second_end >= name.size()) return f.begin;  // three words at least
  std::string_view given = name.substr(second, second_end - second);
  if (!given.empty() && given.back() == '.') given.remove_suffix(1);
  const uint32_t given_flags = lexicon->Flags(text::Fold(given));
  if ((given_flags & (kGivenName | kTitle)) == 0) return f.begin;
  size_t at = 0;
  const std::string prep = WordBefore(text, f.begin, &at);
  static const std::unordered_set<std::string_view> kPreps = {"a", "de", "d", "en", "au", "pres", "in", "from",
                                                               "desde"};
  // "à" folds to "a"; Spanish "a" takes a person ("a Tijuana Pedro" is
  // left to the name rules), so only the accented one counts.
  if (kPreps.count(prep) == 0) return f.begin;
  if (prep == "a" && text.substr(at, 2) != "\xC3\xA0") return f.begin;
  const bool place_compound = [&] {
    const size_t hyphen = town.find('-');
    if (hyphen == std::string_view::npos) return false;
    static const std::unordered_set<std::string_view> kFirstWords = {
        "saint", "sainte", "st", "ste", "chateau", "pont", "port", "ville", "mont", "bourg", "fort", "val",
        "notre", "hotel", "palais"};
    return kFirstWords.count(text::Fold(town.substr(0, hyphen))) != 0;
  }();
  const bool listed = places.ClassOf(town) != PlaceClass::kNone || places.IsSmallTown(town);
  const uint32_t town_flags = lexicon->Flags(text::Fold(town));
  if (!place_compound && !listed && (town_flags & (kGivenName | kSurname)) != 0) return f.begin;
  if ((town_flags & kGivenName) != 0 && !listed) return f.begin;
  // A word in no gazetteer only after French "à": "de" and "en" also take
  // a person's first name ("la hija de Yahaira María López").
  if (!place_compound && !listed && prep != "a") return f.begin;
  if (!StartsWithCapital(text, f.begin)) return f.begin;
  return f.begin + second;
}

// If a guessed name of two words or more starts inside a hyphenated word
// whose first part is a word of French place names ("Hôtel-Dieu Eugénie
// Morinals", as a civil register lists the dead by where they died;
// "Val-André Kerbrat"), where the person's part starts: the word after the
// compound's end. f.begin if not, or after a title ("M. Pont-Kerbrat").
size_t PersonAfterPlaceCompoundTail(std::string_view text, const Finding& f) {
  if (f.begin < 2 || text[f.begin - 1] != '-' || !IsWordByte(static_cast<unsigned char>(text[f.begin - 2]))) {
    return f.begin;
  }
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  const size_t space = name.find(' ');
  if (space == std::string_view::npos || name.find('\n') != std::string_view::npos) return f.begin;
  const size_t begin = CompoundBegin(text, f.begin);
  if (begin == std::string_view::npos || begin + 1 >= f.begin) return f.begin;
  const std::string_view first = text.substr(begin, text.find('-', begin) - begin);
  // Not a saint's: Haitian surnames are so ("Wilner Saint-Fleur Joseph").
  static const std::unordered_set<std::string_view> kFirstWords = {
      "chateau", "pont", "port", "ville", "mont", "bourg", "fort", "val", "notre", "hotel", "palais"};
  if (kFirstWords.count(text::Fold(first)) == 0 || !StartsWithCapital(text, begin) ||
      HasPersonCueBefore(text, begin)) {
    return f.begin;
  }
  size_t second = space;
  while (second < name.size() && name[second] == ' ') ++second;
  return second < name.size() ? f.begin + second : f.begin;
}

// The end of a guessed name of two words or more without its last word
// where that word is a word of time written with a capital, as social posts
// write every word ("Playing in Austin Tonite", "Call Kerbrat Tonight"): no
// one's surname, and the town before it is then read alone. Else f.end.
size_t PersonBeforeTimeWord(std::string_view text, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  const size_t space = name.find_last_of(' ');
  if (space == std::string_view::npos) return f.end;
  static const std::unordered_set<std::string_view> kTimeWords = {"today", "tonight", "tonite", "tomorrow",
                                                                  "tmrw", "yesterday"};
  if (kTimeWords.count(text::Fold(name.substr(space + 1))) == 0) return f.end;
  size_t end = f.begin + space;
  while (end > f.begin && text[end - 1] == ' ') --end;
  return end > f.begin ? end : f.end;
}

// If a guessed name is a monarch's name, a regnal numeral and "de", "of"
// or "d'" and a country ("Luis XIV de Francia", "Henry VIII of England",
// "Philippe V d'Espagne"), where the person's part ends (after the
// numeral); else f.end. The country is a place; an old kingdom is part of
// the title ("Fernando II de Aragón"), and without a numeral the words after
// "de" may be a surname ("Gaspar Rodríguez de Francia").
size_t PersonBeforeRealm(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find('\n') != std::string_view::npos) return f.end;
  // The numeral's first letter comes after a space: most names have no such
  // letter, and the four searches for a particle below are skipped.
  bool numeral_may_start = false;
  for (size_t k = 1; k < name.size() && !numeral_may_start; ++k) {
    const char c = name[k];
    numeral_may_start = name[k - 1] == ' ' && (c == 'I' || c == 'V' || c == 'X' || c == 'L');
  }
  if (!numeral_may_start) return f.end;
  // The numeral: a word of Roman digits ending before " de ", " of ", " d'".
  for (std::string_view particle : {std::string_view(" de "), std::string_view(" of "), std::string_view(" d'"),
                                    std::string_view(" d\xE2\x80\x99")}) {
    const size_t p = name.rfind(particle);
    if (p == std::string_view::npos || p == 0) continue;
    size_t numeral_begin = p;
    while (numeral_begin > 0 && std::string_view("IVXL").find(name[numeral_begin - 1]) != std::string_view::npos) {
      --numeral_begin;
    }
    if (numeral_begin == p || p - numeral_begin > 5 || numeral_begin == 0 || name[numeral_begin - 1] != ' ') continue;
    std::string_view realm = name.substr(p + particle.size());
    while (!realm.empty() && realm.front() == ' ') realm.remove_prefix(1);
    if (realm.empty() || !StartsWithCapital(realm, 0)) continue;
    const std::vector<PlaceMention> mentions = places.FindPlaces(realm);
    if (mentions.size() != 1 || mentions[0].begin != 0 || mentions[0].end != realm.size() ||
        mentions[0].kind != "country") {
      continue;
    }
    return f.begin + p;
  }
  return f.end;
}

// True if the guessed name is a lower-case particle and then a listed town
// that is no given name or surname: what a title's particles took after it
// is where someone is from ("el Buen Pastor de Tapachula", "el padre de
// Ixtepec"), not a name ("la Sra. de León" keeps León, a surname).
bool ParticleThenTown(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  std::string_view name = text.substr(f.begin, f.end - f.begin);
  size_t particles = 0;
  for (std::string_view p : {"de ", "del ", "la ", "las ", "los "}) {
    if (name.substr(0, p.size()) == p) {
      name.remove_prefix(p.size());
      ++particles;
    }
  }
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  if (particles == 0 || name.empty() || !places.IsPlace(name)) return false;
  if (name.find(' ') != std::string_view::npos) return true;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  return lexicon != nullptr && (lexicon->Flags(text::Fold(name)) & (kGivenName | kSurname)) == 0;
}

// True if a guessed name reads as a person's full name: two words or more,
// a given name first (not a title or a saint's "San"), and no gazetteer
// lists it whole. The encyclopedic cues below name a town by where it
// stands ("(Anenecuilco, 1879 – ...)", "Tegucigalpa es una ciudad", "los
// ríos Ulúa y Chamelecón"); a testimony puts people there too ("(Pedro
// Ramírez, 1985 – 2019)", "Pedro Ramírez es el pueblo entero para mí",
// "los ríos Usumacinta y Carmen Gómez nos ayudaron"), and such a name must
// stay redacted.
// Where it looks the name up in the gazetteers, *place_class is set to what
// they say (the veto asks it again after).
bool ReadsAsAFullName(std::string_view text, const PlaceGazetteer& places, const Finding& f,
                      std::optional<PlaceClass>* place_class) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return false;
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  const size_t space = name.find(' ');
  if (space == std::string_view::npos || space == 0) return false;
  const uint32_t flags = lexicon->Flags(text::Fold(name.substr(0, space)));
  if ((flags & kGivenName) == 0 || (flags & (kTitle | kHonorific)) != 0) return false;
  *place_class = places.ClassOf(name);
  return **place_class == PlaceClass::kNone;
}

void VetoPlacesNamedAsPersons(std::string_view text, const PlaceGazetteer& places,
                              const std::vector<Finding>& others, std::vector<Finding>* findings,
                              bool french) {
  const WordBeforeMemo memo(text);
  std::vector<size_t> candidates;
  std::vector<size_t> compounds;  // names in a French place compound
  std::vector<char> drop(findings->size(), 0);
  // Addresses by end: FollowsAnAddress() looks only at those ending at most
  // 6 bytes before a name, so each name is shown just those.
  std::vector<Finding> addresses;
  for (const Finding& a : others) {
    if (a.type == IdentifierType::kAddress) addresses.push_back(a);
  }
  std::sort(addresses.begin(), addresses.end(),
            [](const Finding& a, const Finding& b) { return a.end < b.end; });
  std::vector<Finding> near;
  auto follows_an_address = [&](const Finding& f) {
    auto from = std::lower_bound(addresses.begin(), addresses.end(), f.begin > 6 ? f.begin - 6 : 0,
                                 [](const Finding& a, size_t at) { return a.end < at; });
    auto to = std::upper_bound(from, addresses.end(), f.begin,
                               [](size_t at, const Finding& a) { return at < a.end; });
    near.assign(from, to);
    if (FollowsAnAddress(text, near, f, places)) return true;
    // An Australian state's code read as a person before its postcode,
    // with its town ("Ballarat VIC| 3350") or alone once the town was given
    // back ("Fitzroy |VIC| 3065": "Vic" is a given name): the town's line,
    // after a street. Not when the town's words may name someone of no
    // gazetteer ("14 Wattle Crescent, Ramírez VIC 3065").
    const size_t state = AustralianStateBeforePostcode(text, f);
    if (state != std::string_view::npos) {
      Finding town = f;
      if (state == f.begin) town.begin = TownWordsStart(text, f.begin);
      if (town.begin == state) return false;
      Finding town_words = town;
      town_words.end = state - 1;
      if (ListedNameOfNoGazetteer(text, places, town_words)) return false;
      from = std::lower_bound(addresses.begin(), addresses.end(), town.begin > 6 ? town.begin - 6 : 0,
                              [](const Finding& a, size_t at) { return a.end < at; });
      to = std::upper_bound(from, addresses.end(), town.begin,
                            [](size_t at, const Finding& a) { return at < a.end; });
      near.assign(from, to);
      return FollowsAnAddress(text, near, town, places, /*town_line=*/true);
    }
    // The town line of an address block ("Apt. 066 / St Georges, QC
    // 54256"), its first words maybe left out of the name.
    if (!TownLineTailAfter(text, f.end, places)) return false;
    Finding town = f;
    town.begin = TownWordsStart(text, f.begin);
    from = std::lower_bound(addresses.begin(), addresses.end(), town.begin > 6 ? town.begin - 6 : 0,
                            [](const Finding& a, size_t at) { return a.end < at; });
    to = std::upper_bound(from, addresses.end(), town.begin,
                          [](size_t at, const Finding& a) { return at < a.end; });
    near.assign(from, to);
    return FollowsAnAddress(text, near, town, places, /*town_line=*/true);
  };
  // True if an address ends at most 24 bytes before f, then "and", "y" or
  // "&": a name there with a street's type after it is the other street of
  // a crossing ("the corner of 74 Sikelianou Street and ten Pas Pass").
  auto after_an_address = [&](const Finding& f) {
    auto to = std::upper_bound(addresses.begin(), addresses.end(), f.begin,
                               [](size_t at, const Finding& a) { return at < a.end; });
    for (auto a = to; a != addresses.begin();) {
      --a;
      if (f.begin - a->end > 24) break;
      // Only "and", "y", "&" between, and a house number in words at most.
      const std::string gap = text::Fold(text.substr(a->end, f.begin - a->end));
      const size_t space = gap.find_first_not_of(' ');
      if (space == std::string::npos) continue;
      const std::string_view g = std::string_view(gap).substr(space);
      if (g.substr(0, 4) == "and " || g.substr(0, 2) == "y " || g.substr(0, 2) == "& ") return true;
    }
    return false;
  };
  // A town before a person's name in one span gives its words back.
  for (Finding& f : *findings) {
    if (!IsGuessedPerson(f) || f.end > text.size()) continue;
    f.begin = PersonAfterLeadingTown(text, places, f);
    f.begin = PersonAfterPlaceCompoundTail(text, f);
    f.end = PersonBeforeRealm(text, places, f);
    f.end = PersonBeforeTimeWord(text, f);
  }
  size_t last_place_end = std::string_view::npos;
  bool last_place_in_prose = false;
  size_t list_end = std::string_view::npos;
  bool street_list = false;  // the list at list_end is one of streets
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (!IsGuessedPerson(f) || f.end > text.size()) continue;
    // A town after a postal code or a place label, and the province or
    // country right after it ("45600 Talavera de la Reina. Toledo").
    // After a place named in running text, only a comma: "(Parácuaro,
    // Michoacán, ...)" but not "el templo de San Pedro. Juan Quispe llegó".
    const bool follows_place =
        last_place_end != std::string_view::npos && f.begin >= last_place_end &&
        f.begin - last_place_end <= 3 &&
        text.substr(last_place_end, f.begin - last_place_end)
                .find_first_not_of(last_place_in_prose ? " ," : " ,.(-") == std::string_view::npos;
    // The next items of a list that a plural noun opened ("los ríos Ulúa
    // y Chamelecón", "los volcanes Atitlán, Tolimán y San Pedro").
    const bool next_in_list = list_end != std::string_view::npos && f.begin >= list_end &&
                              ((f.begin - list_end <= 5 && ListGap(text.substr(list_end, f.begin - list_end))) ||
                               RepeatsTheListsDe(text.substr(list_end, f.begin - list_end)));
    // Another name of the place just named: "el Pico de Orizaba o
    // Citlaltépetl".
    const bool other_name_of_place =
        last_place_end != std::string_view::npos && f.begin >= last_place_end &&
        f.begin - last_place_end <= 4 &&
        (text.substr(last_place_end, f.begin - last_place_end) == " o " ||
         text.substr(last_place_end, f.begin - last_place_end) == " or " ||
         text.substr(last_place_end, f.begin - last_place_end) == " ou ");
    if (ParticleThenTown(text, places, f)) {
      drop[i] = 1;
      continue;
    }
    const bool person_cue = HasPersonCueBefore(text, f.begin) || ActsOnSomeone(text, f) ||  // asked once
                            (IsGivenNameWord(text.substr(f.begin, f.end - f.begin)) &&
                             HasPersonCueAfter(text, f.begin, f.end));
    std::optional<PlaceClass> place_class;  // the gazetteers' class of the name, once asked
    const bool full_name = ReadsAsAFullName(text, places, f, &place_class);
    // A street list's next items end the clause too and hold no given name.
    const bool next_street = next_in_list && street_list && ListEndsTheClause(text, f.end) &&
                             NoGivenNameWord(text.substr(f.begin, f.end - f.begin));
    const bool opens_streets = french && !next_in_list && OpensAListOfStreets(text, f);
    if (!person_cue && !full_name &&
        ((next_in_list && (!street_list || next_street)) || AfterAPluralPlaceNoun(text, f.begin) ||
         opens_streets)) {
      drop[i] = 1;
      if (!next_in_list) street_list = opens_streets;
      list_end = f.end;
      continue;
    }
    bool cue_in_prose = false;
    const bool place_cue = HasPlaceCueBefore(text, f.begin, &cue_in_prose);
    // An address's town (no person's full name) and a dateline's town: each
    // read once, for the veto and for whether the place is in a form.
    const bool address_town = follows_an_address(f) && !PersonsFullName(text, places, f);
    const bool dateline =
        (FollowedByADate(text, f.end) || FollowedByAWireAgency(text, f.end)) && IsDatelineStart(text, f);
    const bool form_place =  // postal codes, labels, addresses, datelines
        (place_cue && !cue_in_prose) || (follows_place && !last_place_in_prose) || address_town || dateline;
    if (!person_cue &&
        (place_cue || follows_place || address_town || dateline ||
         (!full_name && (InLifespan(text, f) || FollowedByPlaceDefinition(text, f.end))) ||
         AfterBirthOrDeath(text, f.begin) || other_name_of_place)) {
      drop[i] = 1;
      last_place_end = f.end;
      last_place_in_prose = !form_place;
      continue;
    }
    if (!person_cue && (IsTownOfOrigin(text, f) || IsLocalNewsDateline(text, f) ||
                        FrenchResidenceCue(text, f) || AfterElidedArticle(text, f) ||
                        (french && (FrenchNewsFromOrDwelling(text, f) || AfterFrenchAu(text, f) ||
                                    FrenchDirectionOfTravel(text, f))))) {
      drop[i] = 1;
      continue;
    }
    if (InFrenchPlaceCompound(text, f)) {
      compounds.push_back(i);
      continue;
    }
    if (!person_cue && CompoundWithAPlacePart(text, places, f)) {
      drop[i] = 1;
      continue;
    }
    const std::string_view name = text.substr(f.begin, f.end - f.begin);
    const bool one_word = name.find_first_of(" -") == std::string_view::npos;
    if (!person_cue && ((one_word && (InAListOfPlaces(text, places, f) || RegionInBrackets(text, places, f) ||
                                      JoinedByATownParticle(text, f) || GluedPlaceOfSeveralWords(name, places) ||
                                      WorldTownListedWithAPlace(text, places, f))) ||
                        AfterASaintsName(text, f) || NamesASaintsBuilding(text, f))) {
      drop[i] = 1;
      continue;
    }
    if (!person_cue && (IsPlaceAndStateCode(name, places) || IsTownHyphenCountry(name, places) ||
                        (one_word && (AfterAPlaceWord(text, places, f.begin) || BasedThere(text, f) ||
                                      EnglishTownFrame(text, f) || EnglishTownBeforeACivicNoun(text, places, f) ||
                                      (BeforeAPlaceWord(text, f) && !after_an_address(f)))) ||
                        // Not right after an address: "P.O. Box 211 Medvedev Islands".
                        (FramedByAPlaceHead(text, f) && !follows_an_address(f) && near.empty()))) {
      drop[i] = 1;
      last_place_end = f.end;
      last_place_in_prose = true;
      continue;
    }
    // A listed place, or a world place of several words ("Port Talbot"):
    // wherever. A world town of one word is a surname often enough
    // ("Sokolov", "Werder"): like a town that is also a given name or an
    // ordinary word, it is a place where the text says so ("in Jackson",
    // "Mesa, AZ", and for the former "at Saginaw"). A town in no list: in
    // French "de X à Y" and "près de X".
    const PlaceClass place = place_class ? *place_class : places.ClassOf(name);
    bool is_candidate = false;
    switch (place) {
      case PlaceClass::kListed:
        is_candidate = true;
        break;
      case PlaceClass::kWorld:
        is_candidate = !one_word || (!person_cue && ((french && DatelineAfterAHeadline(text, f)) ||
                                                     SaysAPlace(text, places, f) ||
                                                     WorldPlaceCue(text, f.begin) ||
                                                     RegionOfATown(text, places, f) ||
                                                     FrenchRouteCue(text, places, f) ||
                                                     NamedAsAPlaceNearby(text, places, f)));
        break;
      case PlaceClass::kWorldAmbiguous:
        // "llegamos a Santiago", and a saint's town of several words
        // ("llegamos a Santa Rosa"): a town one reaches.
        is_candidate = !person_cue && (SaysAPlace(text, places, f) || RegionOfATown(text, places, f) ||
                                       (one_word && LastOfAListOfPlacesReached(text, places, f)) ||
                                       ((one_word || OpensWithASaint(name)) && ArrivalCue(text, places, f.begin)) ||
                                       (OpensWithASaint(name) && SaintsTownCue(text, places, f)));
        break;
      case PlaceClass::kNone:
        // A small town ("Languidic") weighs as a world town of one word,
        // where the text says a place at this mention: not because another
        // mention does ("hospitalisés à Kerlouan. Kerlouan a dit non").
        is_candidate = !person_cue && (FrenchRouteCue(text, places, f) || TownBeforeItsRegion(text, places, f) ||
                                       UnlistedWordAfterIn(text, f) ||
                                       (places.IsSmallTown(name) &&
                                        ((french && DatelineAfterAHeadline(text, f)) ||
                                         SaysAPlace(text, places, f) || WorldPlaceCue(text, f.begin) ||
                                         RegionOfATown(text, places, f))));
        break;
    }
    if (is_candidate) {
      candidates.push_back(i);
    }
  }
  // Words of the longer names found in this text: a place word among them
  // is a surname here ("Juan Guerrero ... Guerrero").
  // How many such names hold each word: only the words of the candidates
  // and compounds below, the only ones asked (filed first, at 0), are
  // counted; a name of ASCII letters alone is one word and holds none.
  std::unordered_map<std::string, int> name_words;
  text::Tokens tokens;  // of one name at a time; its buffers are reused
  auto ask = [&](size_t i) {
    const Finding& f = (*findings)[i];
    text::Tokenize(text.substr(f.begin, f.end - f.begin), &tokens);
    for (const text::Token& t : tokens.tokens) {
      if (t.word) name_words.emplace(tokens.Folded(t), 0);
    }
  };
  for (size_t i : compounds) ask(i);
  for (size_t i : candidates) ask(i);
  std::string key;  // a word looked up, its buffer reused
  for (const Finding& f : *findings) {
    if (name_words.empty()) break;
    if (!IsPersonFinding(f) || f.end > text.size()) continue;
    bool letters_only = true;
    for (size_t k = f.begin; k < f.end && letters_only; ++k) {
      const unsigned char c = static_cast<unsigned char>(text[k]);
      letters_only = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (letters_only) continue;
    text::Tokenize(text.substr(f.begin, f.end - f.begin), &tokens);
    int words = 0;
    for (const text::Token& t : tokens.tokens) words += t.word;
    if (words < 2) continue;
    for (const text::Token& t : tokens.tokens) {
      if (!t.word) continue;
      key.assign(tokens.Folded(t));
      const auto found = name_words.find(key);
      if (found != name_words.end()) ++found->second;
    }
  }
  // A saint's compound whose other word is a word of a longer name found
  // here is that person's surname ("Wilner Saint-Fleur ... Saint-Fleur
  // avait peur"; Haitian surnames are often so).
  for (size_t i : compounds) {
    const Finding& f = (*findings)[i];
    const size_t begin = CompoundBegin(text, f.begin);
    size_t first_end = begin;
    while (first_end < text.size() && IsWordByte(static_cast<unsigned char>(text[first_end]))) ++first_end;
    const std::string_view first = text.substr(begin, first_end - begin);
    const bool glued = first_end >= text.size() || text[first_end] != '-';
    const bool saint = glued ? GluedSaintPrefix(first) > 0 : IsSaintPart(first);
    text::Tokenize(text.substr(f.begin, f.end - f.begin), &tokens);
    // A saint's word damaged by OCR ("Suint-Denis") is no one's surname: its
    // other word counts only in another name (not the compound's own words).
    const bool damaged = !glued && saint && !(first.size() >= 2 && first.substr(0, 2) == "St") &&
                         !(first.size() >= 5 && first.substr(0, 5) == "Saint");
    bool in_longer_name = false;
    for (const text::Token& t : tokens.tokens) {
      if (!t.word) continue;
      const std::string_view w = tokens.Folded(t);
      if (w != "saint" && w != "sainte" && w != "st" && w != "ste") {
        const auto found = name_words.find(std::string(w));
        in_longer_name = in_longer_name || (found != name_words.end() && found->second > (damaged ? 1 : 0));
      }
    }
    if (!(saint && in_longer_name)) drop[i] = 1;
  }
  const NamesByPlace names = candidates.empty() ? NamesByPlace() : NamesByPlace(*findings);
  for (size_t i : candidates) {
    const Finding& f = (*findings)[i];
    // A town reached is no item of a list of names after it ("llegamos a
    // Santiago, Pedro nos dijo").
    if (HasPersonCueBefore(text, f.begin) || ActsOnSomeone(text, f) ||
        (NextToAName(text, *findings, names, i) && !ArrivalCue(text, places, f.begin)) ||
        (IsGivenNameWord(text.substr(f.begin, f.end - f.begin)) && HasPersonCueAfter(text, f.begin, f.end))) {
      continue;
    }
    if (places.ClassOf(text.substr(f.begin, f.end - f.begin)) != PlaceClass::kListed &&
        EndsACapitalizedRun(text, places, *findings, names, f)) {
      continue;
    }
    text::Tokenize(text.substr(f.begin, f.end - f.begin), &tokens);
    int words = 0;
    bool in_longer_name = false;
    for (const text::Token& t : tokens.tokens) {
      if (!t.word) continue;
      ++words;
      if (!in_longer_name) {
        const auto found = name_words.find(std::string(tokens.Folded(t)));
        in_longer_name = found != name_words.end() && found->second > 0;
      }
    }
    // A one-word place that is a word of a longer name found here.
    if (words == 1 && in_longer_name) continue;
    drop[i] = 1;
  }
  DropOtherMentionsOfTowns(text, *findings, &drop);
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    if (!drop[i]) (*findings)[kept++] = (*findings)[i];
  }
  findings->resize(kept);
}

void AddFoldedWordsOf(std::string_view text, const Finding& f, std::unordered_set<std::string>* words) {
  size_t from = f.begin;
  while (from < f.end) {
    size_t to = from;
    while (to < f.end && text[to] != ' ' && text[to] != '\n') ++to;
    if (to > from) words->insert(text::Fold(text.substr(from, to - from)));
    from = to + 1;
  }
}

void DropMarkedUnlessAPersonNamesThem(std::string_view text, const std::vector<char>& drop,
                                      std::vector<Finding>* findings) {
  std::unordered_set<std::string> person_words;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (!drop[i] && IsPersonFinding(f) && f.end <= text.size()) AddFoldedWordsOf(text, f, &person_words);
  }
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (drop[i] && person_words.count(text::Fold(text.substr(f.begin, f.end - f.begin))) == 0) continue;
    (*findings)[kept++] = f;
  }
  findings->resize(kept);
}

void DropOtherMentionsOfTowns(std::string_view text, const std::vector<Finding>& findings, std::vector<char>* drop) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  auto one_word = [&](const Finding& f) { return f.end <= text.size() && f.begin < f.end && OneWord(text, f); };
  std::unordered_set<std::string> towns;
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (!(*drop)[i] || !IsGuessedPerson(f) || !one_word(f)) continue;
    std::string word = text::Fold(text.substr(f.begin, f.end - f.begin));
    if ((lexicon->Flags(word) & (kGivenName | kSurname)) == 0) towns.insert(std::move(word));
  }
  if (towns.empty()) return;
  // The words the text names as a person: of a longer name, of a name
  // another detector found, or of a one-word name with a person cue.
  auto has_person_cue = [&](const Finding& f) {
    size_t next = 0, next_end = 0;
    return HasPersonCueBefore(text, f.begin) || ActsOnSomeone(text, f) ||
           SpeaksOrActsAfter(text, *lexicon, f, &next, &next_end);
  };
  // Where an echo stands as a town: after a preposition of place, a
  // conjunction or a mark ("d Languidic", OCR's "à"), and before a mark,
  // "et" or "ou". Not a subject before its verb ("Kerlouan a dit non"), nor
  // a noun's complement ("le fils de Kerlouan").
  auto stands_as_a_place = [&](const Finding& f) {
    size_t at = 0;
    static const std::unordered_set<std::string_view> kBefore = {
        "", "a", "d", "il", "i", "e", "u", "en", "vers", "pour", "par", "pres", "jusqu", "dans", "sur", "entre",
        "et", "ou", "au", "aux"};
    if (kBefore.count(WordBefore(text, f.begin, &at)) == 0) return false;
    size_t next = f.end;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
    if (next >= text.size() || std::string_view(".,;:)!?\n").find(text[next]) != std::string_view::npos) {
      return true;
    }
    size_t end = next;
    while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) ++end;
    const std::string_view word = text.substr(next, end - next);
    return word == "et" || word == "ou";
  };
  // Only the words of towns are asked of person_words, and only where an
  // echo stands as a town: the other names' words are folded after, if an
  // echo was found, and kept only if they are a town's (a node per word of
  // every name cost more than the rest of this pass).
  std::unordered_set<std::string> person_words;
  std::vector<size_t> echoes;
  std::vector<size_t> other_names;
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if ((*drop)[i] || !IsPersonFinding(f) || f.end > text.size()) continue;
    if (IsGuessedPerson(f) && one_word(f)) {
      std::string word = text::Fold(text.substr(f.begin, f.end - f.begin));
      if (towns.count(word) == 0) continue;
      if (has_person_cue(f)) {
        person_words.insert(std::move(word));
      } else if (stands_as_a_place(f)) {
        echoes.push_back(i);
      }
      continue;
    }
    other_names.push_back(i);
  }
  if (echoes.empty()) return;
  std::string word;  // AddFoldedWordsOf's words, one at a time
  for (size_t i : other_names) {
    const Finding& f = findings[i];
    size_t from = f.begin;
    while (from < f.end) {
      size_t to = from;
      while (to < f.end && text[to] != ' ' && text[to] != '\n') ++to;
      if (to > from) {
        word.clear();
        text::AppendFolded(text.substr(from, to - from), &word);
        if (towns.count(word) != 0) person_words.insert(word);
      }
      from = to + 1;
    }
  }
  for (size_t i : echoes) {
    const Finding& f = findings[i];
    if (person_words.count(text::Fold(text.substr(f.begin, f.end - f.begin))) == 0) (*drop)[i] = 1;
  }
}

namespace {

// True if a folded word takes people as its subject or object right before a
// list of names: "me acompañaron", "vinieron", "ils étaient trois :".
bool IsVerbOfPeople(std::string_view word, std::string_view before) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "acompanaron", "acompano", "acompanaban", "acompanaba", "acompanan", "acompana", "vinieron",
      "vino", "venian", "venia", "vienen", "estaban", "estuvieron", "quedaron", "accompagne",
      "accompagnee", "accompagnes", "accompagnees", "accompagnaient", "accompagnait", "venus",
      "venues", "vinrent", "accompanied", "joined"};
  if (kVerbs.count(word) != 0) return true;
  // "éramos tres", "ils étaient trois", "we were four".
  static const std::unordered_set<std::string_view> kNumbers = {
      "dos", "tres", "cuatro", "cinco", "seis", "deux", "trois", "quatre", "cinq", "six", "two",
      "three", "four", "five"};
  static const std::unordered_set<std::string_view> kBeing = {
      "eramos", "eran", "somos", "son", "fuimos", "fueron", "etaient", "etions", "sommes", "sont",
      "were", "are"};
  if (kNumbers.count(word) != 0 && kBeing.count(before) != 0) return true;
  // "me fui con", "crucé con", "je suis partie avec": those one went with
  // (not after a noun: "la frontera con Guerrero y Michoacán" joins towns).
  static const std::unordered_set<std::string_view> kWentWith = {
      "fui", "vine", "sali", "salimos", "vinimos", "fuimos", "llegue", "llegamos", "viaje",
      "viajamos", "cruce", "cruzamos", "camine", "caminamos", "parti", "partie",
      "partis", "parties", "venu", "venue", "venus", "venues", "traverse", "traversee", "went",
      "came", "left", "traveled", "travelled", "crossed", "walked", "ale", "vini"};
  return (word == "con" || word == "avec" || word == "with" || word == "ak") && kWentWith.count(before) != 0;
}

}  // namespace

void AddPeopleListedWithAPerson(std::string_view text, std::vector<Finding>* findings) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // Names found: by begin, the furthest end of the names starting there;
  // by end, the earliest begin of those ending there. Sorted arrays looked
  // up by halving (a map of nodes cost an allocation per name, and most
  // texts read no list at all).
  std::vector<std::pair<size_t, size_t>> end_of, begin_of;
  for (const Finding& f : *findings) {
    if (!IsPersonFinding(f) || f.end > text.size() || f.begin >= f.end) continue;
    end_of.emplace_back(f.begin, f.end);
    begin_of.emplace_back(f.end, f.begin);
  }
  if (end_of.empty()) return;
  // One pair per key: sorted by key, then value, the first of a key (its
  // least value) or, with greatest, the last (its greatest).
  auto one_per_key = [](std::vector<std::pair<size_t, size_t>>* pairs, bool greatest) {
    std::sort(pairs->begin(), pairs->end());
    size_t kept = 0;
    for (size_t i = 0; i < pairs->size(); ++i) {
      if (kept > 0 && (*pairs)[kept - 1].first == (*pairs)[i].first) {
        if (greatest) (*pairs)[kept - 1].second = (*pairs)[i].second;
        continue;
      }
      (*pairs)[kept++] = (*pairs)[i];
    }
    pairs->resize(kept);
  };
  one_per_key(&end_of, /*greatest=*/true);
  one_per_key(&begin_of, /*greatest=*/false);
  // The value filed under key, or npos.
  auto value_at = [](const std::vector<std::pair<size_t, size_t>>& pairs, size_t key) {
    auto it = std::lower_bound(pairs.begin(), pairs.end(), std::make_pair(key, size_t{0}));
    return it != pairs.end() && it->first == key ? it->second : std::string_view::npos;
  };
  // A capitalized word of a name list (not all capitals) at [b, e).
  auto listed_word = [&](size_t b, size_t e) {
    if (b >= e || !StartsWithCapital(text, b) || AllCapitals(text.substr(b, e - b))) return false;
    return (lexicon->Flags(text::Fold(text.substr(b, e - b))) & (kGivenName | kSurname)) != 0;
  };
  struct Item {
    size_t begin, end;
    bool found;
  };
  std::vector<Item> list;
  std::vector<Finding> added;
  size_t done = 0;  // lists are read once: no seed before this offset
  for (const auto& [seed, seed_end] : end_of) {  // in order of their begin
    if (seed < done) continue;
    list.assign(1, Item{seed, seed_end, true});
    // Items before the seed, then after it: at most eight in all.
    while (list.size() < 8) {
      const size_t k = AcrossListSeparator(text, list.front().begin, false);
      if (k == std::string_view::npos || k == 0 || !IsLetterByte(static_cast<unsigned char>(text[k - 1]))) break;
      const size_t found = value_at(begin_of, k);
      size_t b = k;
      while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
      if (found != std::string_view::npos) {
        list.insert(list.begin(), Item{found, k, true});
      } else if ((b == 0 || text[b - 1] == ' ') && listed_word(b, k)) {
        list.insert(list.begin(), Item{b, k, false});
      } else {
        break;
      }
    }
    while (list.size() < 8) {
      const size_t k = AcrossListSeparator(text, list.back().end, true);
      if (k == std::string_view::npos || k >= text.size()) break;
      const size_t found = value_at(end_of, k);
      size_t e = k;
      while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
      const bool glued = e < text.size() && (text[e] == '-' || text[e] == '\'' ||
                                             std::isdigit(static_cast<unsigned char>(text[e])) != 0);
      if (found != std::string_view::npos) {
        list.push_back(Item{k, found, true});
      } else if (!glued && listed_word(k, e)) {
        list.push_back(Item{k, e, false});
      } else {
        break;
      }
    }
    done = list.back().end;
    if (list.size() < 2) continue;
    // The verb before the list, past spaces and one ':'.
    size_t at = list.front().begin;
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at > 0 && text[at - 1] == ':') --at;
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at == 0 || !IsLetterByte(static_cast<unsigned char>(text[at - 1]))) continue;
    size_t verb_begin = at;
    while (verb_begin > 0 && IsLetterByte(static_cast<unsigned char>(text[verb_begin - 1]))) --verb_begin;
    size_t ignored = 0;
    const std::string verb = text::Fold(text.substr(verb_begin, at - verb_begin));
    const std::string before = verb_begin > 0 ? WordBefore(text, verb_begin, &ignored) : std::string();
    if (!IsVerbOfPeople(verb, before)) continue;
    for (const Item& it : list) {
      if (it.found) continue;
      added.push_back(PersonFinding(it.begin, it.end));
    }
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace amparo::redaction
