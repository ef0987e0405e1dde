#include "redaction/signature_names.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/name_lists.h"
#include "redaction/organisation_names.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Closings of a message, in lower case, at the start of their line: the
// line after them, if it ends the message, is who wrote it.
constexpr const char* kClosings[] = {
    // fr
    "merci", "cordialement", "bien à vous", "bien a vous", "bisous", "bises", "amitiés", "je vous embrasse",
    // en
    "thanks", "thank you", "thx", "regards", "best", "kind regards", "warm regards", "sincerely", "yours",
    "love", "cheers", "sent from", "take care", "god bless", "blessings",
    // es
    "gracias", "saludos", "atentamente", "un abrazo", "abrazos", "bendiciones", "dios te bendiga",
    "dios los bendiga", "dios les bendiga", "cuídense", "cuidense", "besos", "un beso", "cordialmente",
    // ht
    "mèsi", "mesi", "kenbe la", "kenbe fèm", "bondye beni w", "bondye beni nou", "bondye beni ou",
};

// Cues after which the same line, or the next, names who signs.
constexpr const char* kSigningCues[] = {"atte.", "att.", "atte ", "firma:", "firmado:", "signed:", "signé:",
                                        "signé :", "signature:", "signature :", "siyen:"};

// What a forwarded message's header says before its sender and a colon:
// "whatsapp de tito: ya nos soltaron", "mensaje de Yubi: ...", "text from
// kwesi: ...". The words between are who sent it.
constexpr const char* kSentByCues[] = {"whatsapp de ", "whatsapp from ", "mensaje de ", "audio de ",
                                       "nota de voz de ", "message from ", "text from ", "msg de ",
                                       "message de ", "mesaj "};

// True if text[b, e) starts with `lower` (ASCII letters compared without
// case; other bytes as they are) and no letter follows it.
bool StartsWithLower(std::string_view text, size_t b, size_t e, const char* lower) {
  const size_t n = std::strlen(lower);
  if (e - b < n) return false;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(text[b + i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c | 0x20);
    if (c != static_cast<unsigned char>(lower[i])) return false;
  }
  const unsigned char last = static_cast<unsigned char>(lower[n - 1]);
  return b + n == e || !IsLetterByte(last) || !IsNameLetterByte(static_cast<unsigned char>(text[b + n]));
}

// [b, e) without the spaces and carriage returns around it.
void Trim(std::string_view text, size_t* b, size_t* e) {
  while (*b < *e && (text[*b] == ' ' || text[*b] == '\t')) ++*b;
  while (*e > *b && (text[*e - 1] == ' ' || text[*e - 1] == '\t' || text[*e - 1] == '\r')) --*e;
}

// A dash opening a line: "-", "–" or "—"; its length in bytes, 0 if none.
size_t DashAt(std::string_view text, size_t b, size_t e) {
  if (b < e && text[b] == '-') return 1;
  if (b + 3 <= e && text.substr(b, 2) == "\xE2\x80" && (text[b + 2] == '\x93' || text[b + 2] == '\x94')) return 3;
  return 0;
}

// True if a Haitian Creole message opens at text[m, e): a subject pronoun
// ("mwen", "nou", "yo", "li", "ou") in lower case and an everyday Kreyòl
// word after it ("nou rive", "mwen la", "yo pran nou"), from the project's
// list of everyday Haitian words (common_words_ht.txt). A label's value
// ("Tel: 555", "Nota: ver abajo") opens so seldom.
bool OpensKreyolMessage(std::string_view text, size_t m, size_t e) {
  static const std::unordered_set<std::string>* const kWords = [] {
    auto* words = new std::unordered_set<std::string>;
    ForEachLine(data::EmbeddedFile("common_words_ht.txt"), [&](std::string_view line) {
      if (line.empty() || line[0] == '#') return;
      std::string folded;
      text::AppendFolded(line, &folded);
      words->insert(std::move(folded));
    });
    return words;
  }();
  std::string_view w[2];
  for (std::string_view& word : w) {
    while (m < e && text[m] == ' ') ++m;
    size_t we = m;
    while (we < e && IsNameLetterByte(static_cast<unsigned char>(text[we]))) ++we;
    if (we == m || StartsWithCapital(text, m)) return false;
    word = text.substr(m, we - m);
    m = we;
  }
  const bool pronoun = w[0] == "mwen" || w[0] == "nou" || w[0] == "yo" || w[0] == "li" || w[0] == "ou";
  return pronoun && kWords->count(std::string(text::FoldedWord(w[1]).view())) != 0;
}

// True if a message in Spanish, French or English opens at text[m, e): a
// word in lower case of the few that open what someone in transit writes
// home ("ya llegamos", "estamos en", "on est à", "we made it", "i'm ok")
// or a greeting or thanks that opens a message ("hola mami", "ok ya
// pasamos", "gracias a Dios"), and another word in lower case after it. A
// label's value ("Tel: 555", "Obs: ver abajo", "Ref: 12/2023") opens so
// seldom; round 20.
bool OpensOtherChatMessage(std::string_view text, size_t m, size_t e) {
  static constexpr std::string_view kOpeners[] = {
      "ya", "yo", "estoy", "estamos", "llegamos", "vamos", "je", "on", "nous", "we", "i", "im", "i'm", "we're",
      "hola", "ok", "oki", "okay", "gracias", "hello", "hi", "hey", "bonjour", "salut", "alo", "mesi"};
  std::string_view w[2];
  for (std::string_view& word : w) {
    while (m < e && text[m] == ' ') ++m;
    size_t we = m;
    while (we < e && (IsNameLetterByte(static_cast<unsigned char>(text[we])) || (we > m && text[we] == '\''))) ++we;
    if (we == m || StartsWithCapital(text, m)) return false;
    word = text.substr(m, we - m);
    m = we;
  }
  for (std::string_view opener : kOpeners) {
    if (w[0] == opener) return true;
  }
  return false;
}

enum class Reading {
  kStrict,   // a signature: every word a name, or the line is no signature
  kSigned,   // after "Firma:", "Signed:": as strict, but a town's name is a person's
  kStamped,  // a timestamped chat sender: any capitalized word but kin
             // words, titles and function words ("Mamá", "Tía") is a name
};

// Reads text[b, e) as the names of who signs, appending the names' spans
// to *spans. False (and *spans as it was) if a word there is no name.
bool ReadNames(std::string_view text, size_t b, size_t e, const PlaceGazetteer& places, const NameLexicon& lexicon,
               Reading reading, std::vector<std::pair<size_t, size_t>>* spans) {
  const size_t before = spans->size();
  bool quoted = false;
  int words = 0;
  auto fail = [&] {
    spans->resize(before);
    return false;
  };
  for (size_t i = b; i < e;) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == ',' || c == '.' || c == '!' || c == '&' || c == '-' || c == '\r') {
      ++i;
      continue;
    }
    if (c == '"' || c == '(' || c == ')') {
      quoted = c == '"' ? !quoted : c == '(';
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < e && text[i + 1] == '\x80' && (text[i + 2] == '\x9C' || text[i + 2] == '\x9D')) {
      quoted = text[i + 2] == '\x9C';  // “ ”
      i += 3;
      continue;
    }
    if (c == 0xC2 && i + 1 < e && (text[i + 1] == '\xAB' || text[i + 1] == '\xBB')) {
      quoted = text[i + 1] == '\xAB';  // « »
      i += 2;
      continue;
    }
    if (!IsNameLetterByte(c)) return fail();  // digits, colons, '@', '/': a date, a handle, a heading
    size_t we = i;
    while (we < e && IsNameLetterByte(static_cast<unsigned char>(text[we]))) ++we;
    if (++words > 6) return fail();
    const std::string_view word = text.substr(i, we - i);
    const bool capital = StartsWithCapital(text, i);
    const text::FoldedWord folded(word);
    const uint32_t flags = lexicon.Flags(folded.view());
    if ((flags & (kKinCue | kTitle)) != 0 && !quoted) {
      // "Tía Rosa:", "Mamá:", "Dr. Pérez": the word is no name, the line may be a signature still.
    } else if (capital && word.size() == 1 && we < e && text[we] == '.') {
      spans->emplace_back(i, we);  // an initial: "Rosa M."
    } else if (!capital) {
      const std::string_view f = folded.view();
      const bool joins = f == "y" || f == "e" || f == "and" || f == "et" || f == "ak" || f == "el" ||
                         f == "la" || f == "the" || f == "ti";
      if ((flags & (kGivenName | kRouteName)) != 0 && (flags & kStopWord) == 0 && !joins) {
        spans->emplace_back(i, we);  // "gracias\nrosa"
      } else if (!joins && !(quoted && f.size() <= 3)) {
        if (reading == Reading::kStrict) return fail();
      }
    } else if (quoted) {
      spans->emplace_back(i, we);  // a nickname: "Pedro \"el Flaco\"", "Mike (Big Mike)"
    } else if (text::AllCaps(word) ? (flags & (kGivenName | kSurname | kRouteName)) != 0
                                   : (flags & kNameLists) != 0) {
      spans->emplace_back(i, we);  // a listed name, town or word though it also is
    } else if (!text::AllCaps(word) && word.size() >= 3 && (flags & ~kNameLists) == 0 &&
               !lexicon.IsDictionaryWord(folded.view()) && places.ClassOf(word) == PlaceClass::kNone &&
               !IsOrganisationName(word)) {
      spans->emplace_back(i, we);  // a name of no list
    } else if (reading != Reading::kStamped && text::AllCaps(word) && word.size() >= 4 &&
               (flags & ~kNameLists) == 0 && !lexicon.IsDictionaryWord(folded.view()) &&
               places.ClassOf(word) == PlaceClass::kNone && !IsOrganisationName(word)) {
      // The same in capitals ("Saludos,\nYEFRI"); four letters at least, so
      // that a short acronym of no list ("Thanks,\nHR") is no name.
      spans->emplace_back(i, we);
    } else if (reading == Reading::kSigned && places.ClassOf(word) != PlaceClass::kNone &&
               !lexicon.IsDictionaryWord(folded.view())) {
      spans->emplace_back(i, we);  // "Signé : Jacmel": who signs is a person
    } else if (reading != Reading::kStamped) {
      return fail();  // a place, an ordinary word, a heading
    } else if ((flags & (kStopWord | kKinCue | kTitle | kMonth)) == 0 && !text::AllCaps(word)) {
      spans->emplace_back(i, we);  // a contact's name is a person's, whatever the word: "Sky"
    }
    i = we;
  }
  if (spans->size() == before) return fail();
  return true;
}

// True if text[b, e) opens with a closing of the list ("Bisous,").
bool IsListedClosing(std::string_view text, size_t b, size_t e) {
  if (e <= b || e - b > 60) return false;
  for (const char* closing : kClosings) {
    if (StartsWithLower(text, b, e, closing)) return true;
  }
  return false;
}

// True if text[b, e) is a short closing line: "Gracias por todo.", "Best
// regards,", "Mèsi anpil", or a few words and a comma ("Los hermanos,").
bool IsClosing(std::string_view text, size_t b, size_t e) {
  if (e <= b || e - b > 60) return false;
  if (IsListedClosing(text, b, e)) return true;
  if (e - b > 40 || text[e - 1] != ',') return false;
  for (size_t i = b; i < e; ++i) {
    if (text[i] >= '0' && text[i] <= '9') return false;
  }
  return true;
}

// True if text[b, e) is one capitalized word, not in capitals, that a
// dictionary holds and that can be a nickname: "Puce", "Chispa", "Bunny"
// signing under "Bisous,". Not a word of the lists of function words,
// kin, titles, months, organisations or institutions, nor one the learned
// list of words that are no names holds ("Everyone", "Mamá",
// "Dirección"), a place, an organisation, nor a word ending as an abstract
// noun or a heading does ("Introduction", "Management", "Comunidad").
bool NicknameSigning(std::string_view text, size_t b, size_t e, const PlaceGazetteer& places,
                     const NameLexicon& lexicon) {
  while (e > b && (text[e - 1] == '.' || text[e - 1] == '!')) --e;
  if (e - b < 3 || e - b > 20 || !StartsWithCapital(text, b)) return false;
  for (size_t i = b; i < e; ++i) {
    if (!IsNameLetterByte(static_cast<unsigned char>(text[i]))) return false;
  }
  const std::string_view word = text.substr(b, e - b);
  if (text::AllCaps(word)) return false;
  const text::FoldedWord folded(word);
  const std::string_view f = folded.view();
  if ((lexicon.Flags(f) & (kStopWord | kNotNameWord | kKinCue | kTitle | kMonth | kOrgWord | kInstitution | kDemonym |
                           kConnector | kPlacePrep)) != 0) {
    return false;
  }
  static constexpr std::string_view kAbstract[] = {"ion", "ment", "dad", "ite", "ity", "ness", "ship",
                                                   "ncia", "nce", "ismo", "isme", "ism"};
  for (std::string_view end : kAbstract) {
    if (f.size() > end.size() + 2 && f.substr(f.size() - end.size()) == end) return false;
  }
  return places.ClassOf(word) == PlaceClass::kNone && !IsOrganisationName(word);
}

// The start of the sender of a chat line "[12/03/24 10:15] Rosa: ..." or
// "12/03/24, 10:15 - Rosa: ..." after its timestamp, or b if none.
size_t AfterTimestamp(std::string_view text, size_t b, size_t e) {
  const size_t limit = std::min(e, b + 32);
  if (text[b] == '[') {
    bool digit = false;
    for (size_t i = b + 1; i < limit; ++i) {
      if (text[i] >= '0' && text[i] <= '9') digit = true;
      if (text[i] == ']') return digit && i + 1 < e && text[i + 1] == ' ' ? i + 2 : b;
    }
    return b;
  }
  if (text[b] >= '0' && text[b] <= '9') {
    for (size_t i = b + 1; i + 2 < limit; ++i) {
      if (text[i] == ' ' && text[i + 1] == '-' && text[i + 2] == ' ') return i + 3;
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (IsLetterByte(c) && c != 'M' && c != 'P' && c != 'A' && c != 'm' && c != 'p' && c != 'a') return b;
    }
  }
  return b;
}

// The colon after the sender of a chat line whose sender starts at sb:
// a capitalized word within 48 bytes, then ": " and the message; npos if
// none.
size_t ChatColon(std::string_view text, size_t sb, size_t e) {
  if (sb >= e || !StartsWithCapital(text, sb)) return std::string_view::npos;
  const size_t limit = std::min(e, sb + 48);
  const void* colon = std::memchr(text.data() + sb, ':', limit - sb);
  if (colon == nullptr) return std::string_view::npos;
  const size_t c = static_cast<const char*>(colon) - text.data();
  return c + 1 < e && text[c + 1] == ' ' ? c : std::string_view::npos;
}

}  // namespace

void AddNamesSigningAMessage(std::string_view text, const PlaceGazetteer& places,
                             const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  std::vector<std::pair<size_t, size_t>> added;
  struct Sender {
    std::pair<size_t, size_t> span;
    bool beside;  // another chat line is just above or below
  };
  std::vector<Sender> unlisted;  // chat senders of no list, no timestamp
  size_t prev_b = 0, prev_e = 0;  // the line before, trimmed; empty if blank
  size_t next = std::min(text.find('\n'), text.size());
  for (size_t line = 0; line < text.size();) {
    // Each line's end is searched once: the next line's, found here, is
    // the following turn's.
    const size_t after = next < text.size() ? std::min(text.find('\n', next + 1), text.size()) : text.size();
    size_t b = line, e = next;
    Trim(text, &b, &e);
    if (b < e) {
      // The message ends here: the text does, or a blank line follows, or
      // the line a phone or a mail program adds under the signature
      // ("Sent from my iPhone"). Only short lines are signatures.
      bool ends = false;
      if (e - b <= 80) {
        ends = next >= text.size();
        if (!ends) {
          size_t nb = next + 1, ne = after;
          Trim(text, &nb, &ne);
          const unsigned char first = nb < ne ? static_cast<unsigned char>(text[nb] | 0x20) : 0;
          ends = nb == ne || (first == 's' && StartsWithLower(text, nb, ne, "sent from")) ||
                 (first == 'e' && (StartsWithLower(text, nb, ne, "enviado desde") ||
                                   StartsWithLower(text, nb, ne, "envoyé de")));
        }
      }
      const size_t dash = DashAt(text, b, e);
      bool read = false;
      if (ends) {
        if (dash > 0) {
          // "— Rosa" where no list of dashes stands: "- agua\n- Florencia".
          const bool list = prev_e > prev_b && (DashAt(text, prev_b, prev_e) > 0 || text[prev_e - 1] == ':');
          if (!list) read = ReadNames(text, b + dash, e, places, *lexicon, Reading::kStrict, &added);
        } else if (prev_e > prev_b && IsClosing(text, prev_b, prev_e)) {
          read = ReadNames(text, b, e, places, *lexicon, Reading::kStrict, &added);
          if (!read && IsListedClosing(text, prev_b, prev_e) && NicknameSigning(text, b, e, places, *lexicon)) {
            // "Bisous,\nPuce": a word alone under a closing, ending the
            // message, is who signs it, by the name they go by.
            size_t we = b;
            while (we < e && IsNameLetterByte(static_cast<unsigned char>(text[we]))) ++we;
            added.emplace_back(b, we);
            read = true;
          }
        }
      }
      const unsigned char first = static_cast<unsigned char>(text[b] | 0x20);
      if (!read && (first == 'a' || first == 'f' || first == 's') && e - b <= 60) {
        // "Atte. Dolores Quispe", "Firma: Socorro"; "Firma:" alone signs
        // with the next line.
        for (const char* cue : kSigningCues) {
          if (!StartsWithLower(text, b, e, cue)) continue;
          size_t nb = b + std::strlen(cue), ne = e;
          Trim(text, &nb, &ne);
          if (nb == ne && next < text.size()) {
            nb = next + 1;
            ne = text.find('\n', nb);
            if (ne == std::string_view::npos) ne = text.size();
            Trim(text, &nb, &ne);
          }
          if (nb < ne && ne - nb <= 60) read = ReadNames(text, nb, ne, places, *lexicon, Reading::kSigned, &added);
          break;
        }
      }
      if (!read && e - b > 8) {
        // "whatsapp de tito: ...": the sender after the header's cue, read
        // as a signature is (a listed given name in lower case, a listed
        // name or a word of no list capitalized; "mensaje de Migración:",
        // "audio de mi mamá:" stay).
        for (const char* cue : kSentByCues) {
          if (!StartsWithLower(text, b, e, cue)) continue;
          const size_t sb = b + std::strlen(cue);
          const size_t limit = std::min(e, sb + 40);
          const void* colon = std::memchr(text.data() + sb, ':', limit - sb);
          if (colon != nullptr) {
            const size_t c = static_cast<const char*>(colon) - text.data();
            if (c > sb && c + 1 < e && text[c + 1] == ' ') {
              read = ReadNames(text, sb, c, places, *lexicon, Reading::kStrict, &added);
            }
          }
          break;
        }
      }
      if (!read) {
        // A chat line: up to three words and a colon after its timestamp.
        const size_t sb = AfterTimestamp(text, b, e);
        const size_t c = ChatColon(text, sb, e);
        if (c == std::string_view::npos) {
          // No sender here.
        } else if (sb > b) {
          ReadNames(text, sb, c, places, *lexicon, Reading::kStamped, &added);
        } else {
          // No timestamp: as strict as a signature, one word at least a
          // listed name ("Nota:", "Tapachula:" stay), and a name that is
          // also a town or a word ("Luz:", "Jupiter : Closest Approach")
          // only among chat lines or before a message in lower case.
          const size_t first = added.size();
          if (ReadNames(text, sb, c, places, *lexicon, Reading::kStrict, &added)) {
            bool listed = false, shared = false;
            for (size_t k = first; k < added.size(); ++k) {
              const std::string_view w = text.substr(added[k].first, added[k].second - added[k].first);
              const text::FoldedWord f(w);
              const uint32_t flags = lexicon->Flags(f.view());
              listed |= (flags & (kGivenName | kSurname | kRouteName)) != 0;
              shared |= lexicon->IsDictionaryWord(f.view()) || places.ClassOf(w) != PlaceClass::kNone;
            }
            if (listed && shared) {
              size_t m = c + 1;
              while (m < e && text[m] == ' ') ++m;
              bool chat = (m < e && IsNameLetterByte(static_cast<unsigned char>(text[m])) &&
                           !StartsWithCapital(text, m)) ||
                          (prev_e > prev_b && ChatColon(text, prev_b, prev_e) != std::string_view::npos);
              if (!chat && next < text.size()) {
                size_t nb = next + 1, ne = text.find('\n', nb);
                if (ne == std::string_view::npos) ne = text.size();
                Trim(text, &nb, &ne);
                chat = nb < ne && ChatColon(text, nb, ne) != std::string_view::npos;
              }
              listed = chat;
            }
            if (!listed && added.size() - first == 1 && c + 2 < e &&
                IsNameLetterByte(static_cast<unsigned char>(text[c + 2]))) {
              // One word of no list before a message ("Jinet: nou rive"):
              // a label as often ("Tel:", "Nota:"); a sender if the chat
              // has a sender writing twice (read at the end).
              bool beside = prev_e > prev_b && ChatColon(text, prev_b, prev_e) != std::string_view::npos;
              if (!beside && next < text.size()) {
                size_t nb = next + 1, ne = after;
                Trim(text, &nb, &ne);
                beside = nb < ne && ChatColon(text, nb, ne) != std::string_view::npos;
              }
              if (OpensKreyolMessage(text, c + 1, e) || OpensOtherChatMessage(text, c + 1, e)) {
                // "Jinet: nou rive", "Jinet: ya llegamos": a Kreyòl,
                // Spanish, French or English message after the colon is
                // what someone wrote; the word before it is who.
                listed = true;
              } else {
                unlisted.push_back({added[first], beside});
              }
            }
            if (!listed || added.size() - first > 3) added.resize(first);
          }
        }
      }
    }
    prev_b = b;
    prev_e = e;
    line = next + 1;
    next = after;
  }
  if (unlisted.size() >= 2) {
    // Senders of no list: those who write twice, and, once one does, those
    // on a line beside another chat line ("Jinet: ...\nWisly: ...\nJinet: ...").
    // Counted by spelling: a long chat export has thousands of lines, and
    // comparing each sender with every other one was quadratic in them.
    std::unordered_map<std::string_view, size_t> times;
    times.reserve(unlisted.size());
    bool any = false;
    for (const Sender& u : unlisted) {
      any = ++times[text.substr(u.span.first, u.span.second - u.span.first)] >= 2 || any;
    }
    for (size_t k = 0; any && k < unlisted.size(); ++k) {
      const auto [kb, ke] = unlisted[k].span;
      if (times[text.substr(kb, ke - kb)] >= 2 || unlisted[k].beside) added.push_back(unlisted[k].span);
    }
  }
  if (added.empty()) return;
  std::sort(added.begin(), added.end());
  added.erase(std::unique(added.begin(), added.end()), added.end());
  AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
