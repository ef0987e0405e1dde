#include "redaction/institution_head_words.h"

#include <cctype>
#include <string>
#include <unordered_set>

#include "redaction/acting_person_names.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// A French head word, folded: after it a subject's verb or object pronoun
// is read in French ("dans la salle Kerbrat nous attendait"). Halls,
// schools, asylums and barracks of French news are named after people
// ("la salle Pleyel", "le lycée Chateaubriand", "la caserne Dupleix").
bool IsFrenchHeadWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> kHeads = {
      "ecole", "hopital",  "eglise",     "paroisse",  "foyer",      "asile",
      "hospice", "salle", "lycee", "caserne", "orphelinat", "patronage", "pensionnat"};
  return kHeads.count(folded) != 0;
}

// True if the French word after `end` takes the run before it as its
// subject or is an object pronoun before its verb: "dans la salle Kerbrat
// nous attendait", "à l'école Kerbrat a dit", "Kerbrat est venu".
bool FrenchPersonActsAfter(std::string_view text, size_t end) {
  if (end >= text.size() || text[end] != ' ') return false;
  const std::string_view w = LetterWordStartingAt(text, end + 1);
  static const std::unordered_set<std::string_view> kWords = {
      "nous", "vous", "me", "m", "te", "t", "lui", "leur", "les", "l", "se", "s", "n", "ne",
      "y", "a", "avait", "est", "\xC3\xA9tait", "ont", "va", "allait", "dit", "disait", "voulait"};
  if (kWords.count(w) != 0) return true;
  // Any verb in the imperfect: "à l'école Kerbrat frappait les enfants",
  // "à la caserne Kerbrat torturait".
  const auto ends_with = [&](std::string_view tail) {
    return w.size() >= tail.size() + 3 && w.substr(w.size() - tail.size()) == tail;
  };
  return ends_with("ait") || ends_with("aient");
}

bool IsHeadWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> kHeads = {
      "comedor",     "comedores", "albergue", "albergues", "casa",       "parroquia",    "escuela",
      "colegio",     "hospital",  "clinica",  "iglesia",   "capilla",    "templo",       "refugio",
      "centro",      "instituto", "liceo",    "primaria",  "secundaria", "preparatoria", "kinder",
      "dispensario", "sanatorio", "estancia", "shelter",   "church",     "parish",       "school",
      "clinic",      "refuge",    "foyer",    "eglise",    "paroisse",   "ecole",        "hopital",
      "refij",       "legliz",    "lekol",    "lopital",   "parque",     "plaza",        "mercado",
      "jardin",      "museo",     "universidad", "park",   "parc"};
  return kHeads.count(folded) != 0 || IsFrenchHeadWord(folded);
}

// An English head word written after the name it heads, capitalized ("the
// Jackson Memorial Hospital", "Lincoln Park").
bool IsEnglishHeadAfter(std::string_view word) {
  static const std::unordered_set<std::string_view> kHeads = {
      "Hospital", "Park",    "Church",  "School",  "Clinic",   "Shelter", "Center",
      "Centre",   "Chapel",  "Parish",  "College", "University", "Library", "Museum"};
  return kHeads.count(word) != 0;
}

// True if an English verb of acting on someone or of speech follows `end`
// ("Lincoln Park beat us", "... Hospital told me"): the run names a person.
bool EnglishPersonActsAfter(std::string_view text, size_t end) {
  if (end >= text.size() || text[end] != ' ') return false;
  const std::string_view first = LetterWordStartingAt(text, end + 1);
  if (first == "and" && text.substr(end + 1 + first.size(), 3) == " I ") return true;
  static const std::unordered_set<std::string_view> kActs = {
      "told", "said", "hit", "beat", "took", "gave", "called", "helped", "asked", "kept", "sold",
      "raped", "kidnapped", "threatened", "paid", "brought", "drove", "left", "says"};
  return kActs.count(first) != 0;
}

// True if a house number, "s/n" or "nº" follows `end` after blanks and a
// comma ("Plaza del Hospital Civil, s/n", "Casa Juan Pérez 12"): the run
// is a street of an address, which the address rules take.
bool HouseNumberAfter(std::string_view text, size_t end) {
  while (end < text.size() && (text[end] == ' ' || text[end] == ',')) ++end;
  if (end >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[end]);
  if (std::isdigit(c) != 0 || c == '#') return true;
  const std::string_view rest = text.substr(end, 4);
  return rest.starts_with("s/n") || rest.starts_with("S/N") || rest.starts_with("nº") || rest.starts_with("Nº") ||
         rest.starts_with("no.") || rest.starts_with("No.");
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

// Where the word before a head word starting at `head_begin` ends: before
// its space ("la escuela"), or before the apostrophe of French "l'" with or
// without the space OCR leaves after it ("l'école", "l' hôpital",
// "l’école"). `head_begin` if neither.
size_t ElidedArticleEnd(std::string_view text, size_t head_begin) {
  auto apostrophe_before = [&](size_t at) -> size_t {
    if (at > 0 && text[at - 1] == '\'') return 1;
    if (at >= 3 && text.substr(at - 3, 3) == "\xE2\x80\x99" /* ’ */) return 3;
    return 0;
  };
  size_t at = head_begin;
  if (at > 0 && text[at - 1] == ' ') {
    --at;
    if (apostrophe_before(at) == 0) return at;
  }
  return at - apostrophe_before(at);
}

}  // namespace

void KeepInstitutionsAfterHeadWords(std::string_view text, const PlaceGazetteer& places,
                                    std::vector<Finding>* findings) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    bool drop = false;
    if (IsGuessedPerson(f) && f.end <= text.size() && f.begin < f.end) {
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
      std::string_view head = run_begin > 1 && text[run_begin - 1] == ' '
                                  ? LetterWordEndingAt(text, run_begin - 1, &head_begin)
                                  : std::string_view();
      // "l’école": the typographic apostrophe's bytes read as letters; the
      // head is what follows it.
      if (const size_t quote = head.rfind("\xE2\x80\x99"); quote != std::string_view::npos) {
        head_begin += quote + 3;
        head.remove_prefix(quote + 3);
      }
      // "La Casa del Migrante Juan Diego", "el Parque Benito Juárez": a
      // capitalized head word inside the run names the institution too;
      // the name after it is read as after a lower-case one.
      for (size_t w = run_begin; w < f.begin;) {
        const std::string_view word = LetterWordStartingAt(text, w);
        if (word.empty()) break;
        // Capitalized, "Plaza", "Parque", "Jardín" and "Mercado" open
        // street names of addresses ("Plaza Ernesto Erkoreka nº 1").
        const std::string folded_word = StartsWithCapital(text, w) ? text::Fold(word) : std::string();
        if (!folded_word.empty() && IsHeadWord(folded_word) && folded_word != "plaza" &&
            folded_word != "parque" && folded_word != "jardin" && folded_word != "mercado") {
          size_t next = w + word.size();
          while (next < f.begin && text[next] == ' ') ++next;
          // Only particles between the head and the name ("Casa del
          // Migrante Juan Diego"); after a name of its own ("Hospital San
          // Juan de Dios Pedro Gómez") the run may end and a person follow.
          bool particles_only = true;
          for (size_t q = next; q < f.begin;) {
            const std::string_view between = LetterWordStartingAt(text, q);
            if (between.empty() || !IsParticle(text::Fold(between))) {
              particles_only = false;
              break;
            }
            q += between.size();
            while (q < f.begin && text[q] == ' ') ++q;
          }
          if (!particles_only) break;
          const std::string_view after_head = LetterWordStartingAt(text, next);
          size_t run_end = f.end;
          while (run_end + 1 < text.size() && text[run_end] == ' ' && StartsWithCapital(text, run_end + 1)) {
            const std::string_view more = LetterWordStartingAt(text, run_end + 1);
            if (more.empty()) break;
            run_end += 1 + more.size();
          }
          // Not "la Casa Pedro": the words after the head are no given names alone.
          if (!after_head.empty() && !PersonActsAfter(text, run_end, *lexicon) &&
              !HouseNumberAfter(text, run_end) && !OnlyGivenNames(text.substr(next, run_end - next), *lexicon)) {
            drop = true;
          }
          break;
        }
        w += word.size();
        while (w < f.begin && text[w] == ' ') ++w;
      }
      // "the Jackson Memorial Hospital", "We walked to Lincoln Park": an
      // English head after the name (a passage that read "Park" as the
      // person's surname has taken it into the finding already).
      if (!drop && f.end + 1 < text.size() && text[f.end] == ' ') {
        size_t run_end = f.end;
        std::string_view last;
        for (int words = 0; words < 3 && run_end + 1 < text.size() && text[run_end] == ' ' &&
                            StartsWithCapital(text, run_end + 1);
             ++words) {
          last = LetterWordStartingAt(text, run_end + 1);
          if (last.empty()) break;
          run_end += 1 + last.size();
          if (IsEnglishHeadAfter(last)) break;
        }
        // The head ends the run ("Quiroga Hospital Rosario Benítez" opens
        // another name); a head that is a listed surname too, "Park" or
        // "Church", only where the gazetteer knows the pair ("Lincoln Park";
        // not "Grace Park", "Apt. 5, Glover Park", "We slept at Grace
        // Church": Grace Church may be a person).
        const bool ends_run = run_end + 1 >= text.size() || text[run_end] != ' ' ||
                              !StartsWithCapital(text, run_end + 1);
        const bool surname_head = last == "Park" || last == "Church";
        if (ends_run && IsEnglishHeadAfter(last) &&
            (!surname_head ||
             places.ClassOf(text.substr(f.begin, run_end - f.begin)) != PlaceClass::kNone) &&
            !EnglishPersonActsAfter(text, run_end) && !HouseNumberAfter(text, run_end) &&
            !PersonActsAfter(text, run_end, *lexicon)) {
          drop = true;
        }
      }
      if (!drop && !head.empty() && !StartsWithCapital(text, head_begin) && IsHeadWord(text::Fold(head)) &&
          head_begin > 1) {
        size_t det_begin = 0;
        const std::string det = text::Fold(LetterWordEndingAt(text, ElidedArticleEnd(text, head_begin), &det_begin));
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
        // "La escuela Miguel Hidalgo estaba cerrada": the head and its
        // article open the sentence, so the verb after the name is theirs.
        const bool acts_after = PersonActsAfter(text, run_end, *lexicon) ||
                                (IsFrenchHeadWord(text::Fold(head)) && FrenchPersonActsAfter(text, run_end));
        // Not when a preposition comes with the article ("Au lycée Mérilien
        // criait sur nous", "En la escuela Pérez nos pegaba"): the verb is
        // then the name's.
        static const std::unordered_set<std::string_view> kWithPreposition = {
            "al", "del", "en", "a", "at", "au", "du", "dans", "nan", "lan"};
        const bool article_opens = OpensSentenceAt(text, det_begin) && kWithPreposition.count(det) == 0;
        drop = kDeterminers.count(det) != 0 && (article_opens || !acts_after) &&
               !OnlyGivenNames(text.substr(run_begin, run_end - run_begin), *lexicon);
      }
    }
    if (!drop) (*findings)[kept++] = f;
  }
  findings->resize(kept);
}

}  // namespace amparo::redaction
