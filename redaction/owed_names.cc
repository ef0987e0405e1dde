#include "redaction/owed_names.h"

#include <unordered_set>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"
#include "redaction/text_utf8.h"
#include "redaction/word_runs.h"

namespace amparo::redaction {
namespace {

// Verbs of owing, lending, giving, paying and telling, folded. Not verbs of
// sending or going back ("sent to Florence", "returned to Florence", "me
// suis rendu à Paris"): one sends and returns to towns too. Nor French
// paying: "à" is where one paid as often ("On a payé à Florence pour
// passer").
bool OwesOrTells(std::string_view w) {
  static const std::unordered_set<std::string_view> kVerbs = {
      // English
      "owe", "owed", "owes", "owing", "lent", "lend", "loaned", "gave", "give", "given", "giving", "handed",
      "paid", "pay", "paying", "told", "explained", "promised", "sold",
      // Spanish
      "debo", "debia", "debe", "debemos", "debiamos", "deben", "debian", "debiendo", "preste", "presto",
      "prestamos", "prestaron", "di", "dio", "dimos", "dieron", "daba", "dar", "entregue", "entrego",
      "entregamos", "entregaron", "pague", "pago", "pagamos", "pagaron", "conte", "conto", "dije", "dijo",
      "explique", "explico", "prometi", "prometio", "vendi", "vendio",
      // French
      "dois", "doit", "devais", "devait", "devons", "devions", "doivent", "devaient", "prete", "emprunte",
      "donne", "donnait", "donner", "raconte", "dit", "explique", "remis", "confie",
      "promis", "vendu", "avoue"};
  return kVerbs.count(w) != 0;
}

// The clause ends between the verb and the preposition at one of these.
bool EndsClause(std::string_view w) {
  return w == "and" || w == "but" || w == "then" || w == "y" || w == "pero" || w == "luego" || w == "et" ||
         w == "mais" || w == "puis" || w == "que" || w == "when" || w == "cuando" || w == "quand";
}

// English verbs of getting, taking or borrowing something from someone,
// folded. Not verbs of coming, fleeing or sending ("came from", "fled
// from", "sent from"): one comes from towns.
bool GetsOrTakes(std::string_view w) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "got", "get", "gets", "getting", "received", "receive", "receives", "borrowed", "borrow", "took",
      "take", "takes", "taken", "stole", "stolen", "steal", "bought", "buy", "collected", "accepted",
      "demanded", "extorted", "asked", "heard", "learned", "rented", "inherited"};
  return kVerbs.count(w) != 0;
}

// English nouns of what a person sends or gives, folded: "a call from
// Mercedes", "money from Victoria". A call or a message comes from a town
// too ("a call from Tapachula"), so only a listed given name is read as
// the sender after them, though a town be named so.
bool SentByAPerson(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "call", "calls", "message", "messages", "text", "texts", "letter", "letters", "voicemail", "email",
      "note", "visit", "money", "cash", "loan", "payment", "threat", "threats"};
  return kNouns.count(w) != 0;
}

// True if a verb that `is_verb` accepts stands within six words before
// `before` in the same clause (no mark, digit, line break or conjunction
// between; apostrophes and blanks are skipped).
template <typename IsVerb>
bool VerbInClauseBefore(std::string_view text, size_t before, IsVerb is_verb) {
  size_t k = before;
  for (int words = 0; words < 6 && k > 0;) {
    const unsigned char c = static_cast<unsigned char>(text[k - 1]);
    if (c == ' ' || c == '\'') {
      --k;
      continue;
    }
    size_t wb = 0;
    const std::string_view w = LetterWordEndingAt(text, k, &wb);
    if (w.empty()) return false;  // a mark, a digit, a line break
    const text::FoldedWord folded(w);
    if (EndsClause(folded.view())) return false;
    if (is_verb(folded.view())) return true;
    k = wb;
    ++words;
  }
  return false;
}

}  // namespace

void AddGivenNamesOwedOrTold(std::string_view text, const std::vector<Finding>& others,
                             std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kOtherLists = kStopWord | kMonth | kTitle | kOrgWord | kInstitution | kKinCue | kDemonym;
  std::vector<std::pair<size_t, size_t>> added;
  ForEachCapitalWordStart(text, [&](size_t at) {
    // " a ", " à ", " to " before the capital, tested on the bytes first:
    // most capitals follow no such word.
    if (at < 4 || text[at - 1] != ' ') return;
    const unsigned char c2 = static_cast<unsigned char>(text[at - 2]);
    size_t pb;
    if (c2 == 'a' && text[at - 3] == ' ') {
      pb = at - 2;
    } else if (c2 == 'o' && text[at - 3] == 't' && text[at - 4] == ' ') {
      pb = at - 3;
    } else if (c2 == 0xA0 && text[at - 3] == '\xC3' && text[at - 4] == ' ') {
      pb = at - 3;
    } else {
      return;
    }
    size_t ne = at;
    while (ne < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[ne]))) ++ne;
    const std::string_view name = text.substr(at, ne - at);
    if (name.size() < 3 || text::AllCaps(name)) return;
    const text::FoldedWord folded_name(name);
    const uint32_t flags = lexicon->Flags(folded_name.view());
    if ((flags & kGivenName) == 0 || (flags & kOtherLists) != 0) return;
    // Back over at most six words of the clause, apostrophes between them.
    if (VerbInClauseBefore(text, pb, OwesOrTells)) added.emplace_back(at, ne);
  });
  if (!added.empty()) AddPersonsOverlappingNothing(added, others, names);
}

void AddNamesGotFrom(std::string_view text, const PlaceGazetteer& places, const std::vector<Finding>& others,
                     std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kOtherLists = kStopWord | kMonth | kTitle | kOrgWord | kInstitution | kKinCue | kDemonym |
                                   kPlaceSuffix | kOrgSuffix | kNotNameWord;
  std::vector<std::pair<size_t, size_t>> added;
  ForEachCapitalWordStart(text, [&](size_t at) {
    // " from " before the capital, tested on the bytes first.
    if (at < 6 || text.substr(at - 6, 6) != " from ") return;
    size_t ne = at;
    while (ne < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[ne]))) ++ne;
    const std::string_view name = text.substr(at, ne - at);
    if (name.size() < 3 || text::AllCaps(name)) return;
    // One word, not the first of a longer name (the name detector reads
    // those: "from Chidi Okonkwo"), nor of a firm ("from Western Union").
    if (ne + 1 < text.size() && text[ne] == ' ' && StartsWithCapital(text, ne + 1)) return;
    const text::FoldedWord folded_name(name);
    const uint32_t flags = lexicon->Flags(folded_name.view());
    constexpr uint32_t kNoGivenName = kStopWord | kMonth | kTitle | kOrgWord | kInstitution | kKinCue | kDemonym |
                                      kOrgSuffix;
    if ((flags & kGivenName) != 0 && (flags & kNoGivenName) == 0) {
      // "a call from Mercedes", "got money from Florence": what a person
      // sends, right before "from", names the one who sent it, though a
      // town or a place's proper noun be named so too.
      size_t wb = 0;
      const std::string_view sent = LetterWordEndingAt(text, at - 6, &wb);
      if (!sent.empty() && SentByAPerson(text::FoldedWord(sent).view())) {
        added.emplace_back(at, ne);
        return;
      }
    }
    if ((flags & kOtherLists) != 0) return;
    // A listed name, or a word of no list and no dictionary; never a
    // town of the gazetteer ("a call from Tapachula").
    const bool listed = (flags & (kGivenName | kSurname)) != 0;
    if (!listed && ((flags & kCommonWord) != 0 || lexicon->IsDictionaryWord(folded_name.view()))) return;
    if (places.ClassOf(name) != PlaceClass::kNone || places.IsSmallTown(name)) return;
    if (VerbInClauseBefore(text, at - 6, GetsOrTakes)) added.emplace_back(at, ne);
  });
  if (!added.empty()) AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
