#include "redaction/owed_names.h"

#include <cstdint>
#include <unordered_set>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Where the preposition before the capitalized word starting at text[at]
// begins, if " a ", " to " or " à " stands right before the word (a blank
// before the preposition); npos otherwise. The capital is not tested here.
size_t PrepositionBefore(std::string_view text, size_t at) {
  if (at < 4 || text[at - 1] != ' ') return std::string_view::npos;
  const unsigned char c2 = static_cast<unsigned char>(text[at - 2]);
  if (c2 == 'a' && text[at - 3] == ' ') return at - 2;
  if (c2 == 'o' && text[at - 3] == 't' && text[at - 4] == ' ') return at - 3;
  if (c2 == 0xA0 && text[at - 3] == '\xC3' && text[at - 4] == ' ') return at - 3;
  return std::string_view::npos;
}

// True if a capital opens text[at]: an ASCII capital, or a Latin-1 one
// (0xC3 and a byte of 0x80..0x9E), as ForEachCapitalWordStart reads it.
bool CapitalAt(std::string_view text, size_t at) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) >= 0x80 &&
         static_cast<unsigned char>(text[at + 1]) <= 0x9E;
}

// Calls visit(at, pb) for each capitalized word at `at` right after " a ",
// " to " or " à " (pb: where the preposition begins), in order: the words
// ForEachCapitalWordStart would visit and PrepositionBefore() accepts (a
// blank before the word: it opens a word run). Sixteen places at a time,
// a place passes only with a blank before it, "a", "o" or the second byte
// of "à" before that, and an ASCII capital or 0xC3 at it: most of the
// text's capitals (after a period, a line break, "de") are never looked at
// one by one. (The byte before the vowel, tested here too, rejected fewer
// places than it cost.)
template <typename Visit>
void ForEachCapitalAfterPreposition(std::string_view text, Visit visit) {
  const size_t n = text.size();
  const char* bytes = text.data();
  auto test = [&](size_t at) {
    const size_t pb = PrepositionBefore(text, at);
    if (pb != std::string_view::npos && CapitalAt(text, at)) visit(at, pb);
  };
  size_t at = 4;
#if defined(__SSE2__)
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  for (; at + 16 <= n; at += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at));
    const __m128i b1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at - 1));
    const __m128i b2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at - 2));
    const __m128i upper = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(c, _mm_set1_epi8('A')), flip),
                                         _mm_set1_epi8(static_cast<char>(0x80 + 26)));
    const __m128i capital = _mm_or_si128(upper, _mm_cmpeq_epi8(c, _mm_set1_epi8(static_cast<char>(0xC3))));
    const __m128i vowel = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(b2, _mm_set1_epi8('a')), _mm_cmpeq_epi8(b2, _mm_set1_epi8('o'))),
        _mm_cmpeq_epi8(b2, _mm_set1_epi8(static_cast<char>(0xA0))));
    const __m128i hit = _mm_and_si128(_mm_and_si128(capital, _mm_cmpeq_epi8(b1, _mm_set1_epi8(' '))), vowel);
    for (auto bits = static_cast<uint32_t>(_mm_movemask_epi8(hit)); bits != 0; bits &= bits - 1) {
      test(at + static_cast<size_t>(__builtin_ctz(bits)));
    }
  }
#endif
  for (; at < n; ++at) test(at);
}

}  // namespace

void AddGivenNamesOwedOrTold(std::string_view text, const std::vector<Finding>& others,
                             std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kOtherLists = kStopWord | kMonth | kTitle | kOrgWord | kInstitution | kKinCue | kDemonym;
  std::vector<std::pair<size_t, size_t>> added;
  ForEachCapitalAfterPreposition(text, [&](size_t at, size_t pb) {
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
