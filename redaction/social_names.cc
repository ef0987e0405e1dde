#include "redaction/social_names.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_set>

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/person_context.h"

namespace amparo::redaction {
namespace {

using text::Token;

// Classes of words that are never a name in lower case: function, cue,
// kin, title, month and place words, everyday words that are given names
// too ("will", "hope", "grace"), and those training text saw capitalized but
// never in a name.
constexpr uint32_t kNeverLowerName =
    kStopWord | kConnector | kMonth | kTitle | kOrgWord | kNameCue | kKinCue | kSpeechCue |
    kPlacePrep | kDemonym | kPostCue | kNotNameWord | kCommonWord | kCommonName | kNickname |
    kNicknameCue | kOrgSuffix | kInstitution | kHonorific | kPlaceSuffix | kEponymCue |
    kEponymWord | kVesselCue | kRoleCue;

// data/given_names_en_words.txt: given names that are common English words.
const std::unordered_set<std::string>& GivenNameWords() {
  static const auto* words = [] {
    auto* out = new std::unordered_set<std::string>();
    std::string_view data = data::EmbeddedFile("given_names_en_words.txt");
    while (!data.empty()) {
      const size_t nl = data.find('\n');
      std::string_view line = data.substr(0, nl);
      data.remove_prefix(nl == std::string_view::npos ? data.size() : nl + 1);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
      if (!line.empty() && line[0] != '#') out->insert(text::Fold(line));
    }
    return out;
  }();
  return *words;
}

// The longest lower-case hashtag read as a given name and a surname.
constexpr size_t kLongestHashtagName = 40;

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The whitespace-delimited chunk around [begin, end) is a handle, hashtag,
// link or e-mail address ("@maria_lopez", "#jessica", "maria.lopez@x.com",
// "http://t.co/jessica"): its words are the pattern detector's.
bool InHandleOrLink(std::string_view text, size_t begin, size_t end) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t b = begin, e = end;
  while (b > 0 && !space(text[b - 1]) && begin - b < 256) --b;
  while (e < text.size() && !space(text[e]) && e - end < 256) ++e;
  const std::string_view chunk = text.substr(b, e - b);
  if (chunk.find_first_of("@#/_") != std::string_view::npos) return true;
  if (chunk.find("www.") != std::string_view::npos) return true;
  // A dot between two letters: "maria.lopez", "jessica.com".
  for (size_t k = 1; k + 1 < chunk.size(); ++k) {
    if (chunk[k] == '.' && IsAsciiLetter(chunk[k - 1]) && IsAsciiLetter(chunk[k + 1])) return true;
  }
  return false;
}

// A hashtag's two parts are a given name and a surname or a word of no
// dictionary ("Justin" + "Bieber"). A given name that is an everyday word
// too ("Mark") needs a listed surname; written in lower case, where the cut
// is guessed ("#danceparty" is no "dan" + "ceparty"), the rest must be a
// listed surname, and one of no dictionary after an everyday given name.
bool JoinsGivenNameAndSurname(const NameLexicon& lexicon, std::string_view first_part,
                              std::string_view rest, bool guessed_cut) {
  const std::string first_folded = text::Fold(first_part), rest_folded = text::Fold(rest);
  const uint32_t first = lexicon.Flags(first_folded);
  const uint32_t second = lexicon.Flags(rest_folded);
  const uint32_t not_name = kNeverLowerName & ~(kCommonWord | kCommonName);
  if (!(first & (kGivenName | kRouteName)) || (first & not_name) || (second & not_name)) return false;
  const bool everyday = (first & (kCommonWord | kCommonName)) ||
                        (guessed_cut && GivenNameWords().count(first_folded) != 0);
  // "#mariaperez", not "#sunnyday" (a surname that is a word too).
  if (second & kSurname) {
    return !guessed_cut || !everyday || !lexicon.IsDictionaryHash(text::FoldedHash(rest_folded));
  }
  const bool unknown_word = !(second & (kGivenName | kRouteName | kCommonWord | kCommonName)) &&
                            !lexicon.IsDictionaryHash(text::FoldedHash(rest_folded));
  return unknown_word && !everyday && !guessed_cut;
}

// Token i is followed by a possessive "'s" and a word that is no verb or
// adverb of the contraction ("ashley's party", "Drake's new album"; not
// "Summer's here", "Will's gone"). A space before the apostrophe is read
// too: text split into tokens writes "ashley 's party".
bool Possessive(const text::Tokens& tk, size_t i) {
  const std::vector<Token>& ts = tk.tokens;
  const size_t n = ts.size();
  if (i + 3 >= n || ts[i + 1].word || !IsApostrophe(ts[i + 1].first) || ts[i + 1].newline_before ||
      !ts[i + 2].word || ts[i + 2].space_before || tk.Folded(ts[i + 2]) != "s" || !ts[i + 3].word ||
      !ts[i + 3].space_before || ts[i + 3].newline_before || ts[i + 3].capitalized) {
    return false;
  }
  static const std::unordered_set<std::string_view> kAfterContraction = {
      "is", "was", "been", "not", "here", "there", "gonna", "going", "coming", "almost", "over",
      "back", "gone", "got", "still", "just", "always", "never", "really", "so", "the", "a", "an",
      "in", "on", "at", "out", "off", "up", "down", "all", "also", "about", "too", "very",
      "no", "finally", "already", "getting", "doing", "making", "taking", "having", "being"};
  return kAfterContraction.count(tk.Folded(ts[i + 3])) == 0;
}

// A chat spelling, no name: "droppin", "alllll", "sooo".
bool ChatSpelling(std::string_view w) {
  if (w.size() >= 4 && w.substr(w.size() - 2) == "in") return true;  // "droppin"
  for (size_t k = 2; k < w.size(); ++k) {
    if (w[k] == w[k - 1] && w[k] == w[k - 2]) return true;  // "alllll", "sooo"
  }
  return false;
}

// Given names that posts also say to anyone they thank or love ("thanks
// buddy", "love you babe", "thank you lord").
bool IsWordSaidToAnyone(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "baby", "babe", "honey", "buddy", "bud", "love", "dear", "sugar", "angel", "king", "queen",
      "boss", "chief", "champ", "sunshine", "darling", "god", "lord", "sweetie", "pal", "doll",
      "precious", "sweet", "star", "beautiful", "handsome", "man", "brother", "sister", "boy",
      "girl", "guys", "all", "everyone", "everybody", "bunny", "cutie", "hero", "legend", "mate",
      "sir", "madam", "coach", "doc", "captain", "bae", "boo", "hun", "jesus", "christ",
      "america", "world", "mom", "dad", "mama", "papa", "daddy", "mommy", "grandma", "grandpa",
      "bby", "babyy", "fam", "bestie", "luv", "shawty", "sweetheart", "hon", "hunny", "ma", "pa",
      // Kin words of Spanish and Haitian speakers that English posts keep
      // ("shoutout to mija", "rip abuelito"); not "tia", "prima": given
      // names too ("happy birthday tia").
      "mija", "mijo", "mijita", "mijito", "abuelito", "abuelita", "abuela", "abuelo", "tio", "papi",
      "manman", "granmoun", "hermano", "hermana", "primo"};
  return kWords.count(w) != 0;
}

// What comes right before token i on its line, in lower case or not:
// 2 a cue only a person follows ("happy birthday", "happy bday to",
// "hbd", "shoutout to", "shout out to", "rip", "congrats to"), 1 one that
// names whom one thanks, loves or misses ("thanks", "thank you", "love
// you", "miss u"), 0 none.
int SocialCueBefore(const text::Tokens& tk, size_t i) {
  const std::vector<Token>& ts = tk.tokens;
  auto word = [&](size_t back) -> std::string_view {
    if (back > i) return {};
    const size_t k = i - back;
    if (!ts[k].word) return {};
    for (size_t m = k + 1; m <= i; ++m) {
      if (ts[m].newline_before) return {};
    }
    return tk.Folded(ts[k]);
  };
  auto is = [](std::string_view w, std::initializer_list<std::string_view> words) {
    for (std::string_view x : words) {
      if (w == x) return true;
    }
    return false;
  };
  std::string_view p1 = word(1), p2 = word(2), p3 = word(3);
  // "ft. summer walker", "feat. grace": who sings with.
  if (p1 == "featuring" || p1 == "feat" || p1 == "ft") return 1;
  if (i >= 2 && !ts[i - 1].word && ts[i - 1].first == '.' && !ts[i - 1].newline_before &&
      !ts[i].newline_before && (p2 == "feat" || p2 == "ft")) {
    return 1;
  }
  const bool to = p1 == "to";
  if (to) {
    p1 = p2;
    p2 = p3;
  }
  if (is(p1, {"birthday", "bday", "birthdayy", "bdayy"}) && p2 == "happy") return 2;
  if (is(p1, {"shoutout", "shoutouts", "congrats", "congratulations"})) return 2;
  if (p1 == "out" && p2 == "shout") return 2;
  if (to) return 0;
  if (is(p1, {"hbd", "rip"})) return 2;
  if (is(p1, {"thanks", "thx", "thanx"})) return 1;
  if (is(p1, {"you", "u", "ya"}) && (is(p2, {"love", "luv", "miss"}) || (p1 == "you" && p2 == "thank"))) {
    return 1;
  }
  return 0;
}

// Token i is a place of the gazetteer or a word of one written out in
// lower case ("houston", "san pedro sula", "san luis potosi"): a phrase of
// up to four words joined by spaces on one line.
bool InPlaceName(std::string_view text, const std::vector<Token>& ts, size_t i,
                 const PlaceGazetteer& places) {
  constexpr size_t kLongest = 4;
  size_t first = i, last = i;
  while (first > 0 && i - first + 1 < kLongest && ts[first - 1].word && ts[first].space_before &&
         !ts[first].newline_before) {
    --first;
  }
  while (last + 1 < ts.size() && last - i + 1 < kLongest && ts[last + 1].word &&
         ts[last + 1].space_before && !ts[last + 1].newline_before) {
    ++last;
  }
  for (size_t a = first; a <= i; ++a) {
    for (size_t b = i; b <= last && b - a + 1 <= kLongest; ++b) {
      if (places.ClassOf(text.substr(ts[a].begin, ts[b].end - ts[a].begin)) != PlaceClass::kNone) {
        return true;
      }
    }
  }
  return false;
}

// What the pass reads in one window of the text: its tokens, what each
// lower-case word may be (kind) and the words found names (flagged).
struct WindowNames {
  const text::Tokens* tk = nullptr;  // own_tk, or the caller's tokens of the window
  text::Tokens own_tk;
  std::vector<uint8_t> kind, flagged;
  // A lower-case given name left out of kind only for naming a town too.
  std::vector<uint8_t> town_name;
  // A given name, or a word of no list, in capitals in a shouted post.
  std::vector<uint8_t> shouted;
  // The lexicon's flags of each word of three letters or more with no
  // digit, lower-case or in capitals (0 for the others): read once.
  std::vector<uint32_t> flags;
};

// tokens: text::Tokenize() of text already, or null.
void ReadWindow(std::string_view text, const PlaceGazetteer& places, const NameLexicon* lexicon,
                const text::Tokens* tokens, WindowNames* window) {
  if (tokens == nullptr) {
    text::Tokenize(text, &window->own_tk);
    tokens = &window->own_tk;
  }
  window->tk = tokens;
  const text::Tokens& tk = *tokens;
  const std::vector<Token>& ts = tk.tokens;
  const size_t n = ts.size();
  window->kind.assign(n, 0);
  window->flagged.assign(n, 0);
  window->town_name.assign(n, 0);
  window->shouted.assign(n, 0);
  window->flags.assign(n, 0);
  if (n == 0) return;

  // What each lower-case word may be: 0 nothing, 1 a name only with a sign
  // around it (an everyday-word given name, a word of no list), 2 a name
  // wherever it stands.
  std::vector<uint8_t>& kind = window->kind;
  const auto& given_words = GivenNameWords();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = ts[i];
    if (!t.word || (t.capitalized && !t.all_caps) || !t.has_letter || t.has_digit ||
        t.end - t.begin < 3) {
      continue;
    }
    const uint32_t f = lexicon->FlagsOfHash(t.hash);
    window->flags[i] = f;
    if (f & kNeverLowerName) continue;
    const std::string_view w = tk.Folded(t);
    const bool given = f & (kGivenName | kRouteName);
    // In capitals only a given name: an unknown word in capitals is more
    // often an acronym ("OUAT", "NFL").
    const bool dictionary = lexicon->IsDictionaryHash(t.hash);
    const bool unknown = !t.all_caps && !(f & (kGivenName | kSurname | kRouteName)) && !dictionary;
    // A listed surname that no dictionary has ("obama", "gonzalez") names
    // its bearer in lower case as a given name does.
    const bool surname = !given && !t.all_caps && (f & kSurname) && !dictionary;
    // In a shouted post a word of no list in capitals may be a name too,
    // when a cue says so (below); four letters or more, not an acronym.
    const bool caps_unknown = t.all_caps && !(f & (kGivenName | kSurname | kRouteName)) && !dictionary &&
                              t.end - t.begin >= 4;
    if (!given && !unknown && !surname && !caps_unknown) continue;
    // A word in capitals among words in capitals is a shouted line, a
    // heading or an address's town line ("HUTTON HENRY", "BUNDALAGUAH
    // VIC"): the name detector reads those. Here only one among lower-case
    // words ("thanks KEVIN", "MARIA!!! call me").
    if (t.all_caps) {
      // An Australian state's code between its town and its postcode
      // ("Fitzroy VIC 3065"): the town's line, though "Vic" is a given name
      // ("thanks VIC 2024" is no town's line).
      if (i > 0 && i + 1 < n && ts[i + 1].has_digit && !ts[i + 1].newline_before &&
          ts[i + 1].end - ts[i + 1].begin == 4 && !t.newline_before && ts[i - 1].word && ts[i - 1].capitalized &&
          !ts[i - 1].all_caps && (w == "vic" || w == "nsw" || w == "qld" || w == "tas" || w == "act")) {
        continue;
      }
      auto caps_word = [&](size_t k) { return ts[k].word && ts[k].all_caps && ts[k].has_letter; };
      bool caps_beside = false;
      for (size_t k = i; k-- > 0 && !ts[k + 1].newline_before;) {
        if (ts[k].word) {
          caps_beside = caps_word(k);
          break;
        }
      }
      for (size_t k = i + 1; !caps_beside && k < n && !ts[k].newline_before; ++k) {
        if (ts[k].word) {
          caps_beside = caps_word(k);
          break;
        }
      }
      // In a shouted post ("HAPPY BIRTHDAY TAMIKA WE LOVE YOU") only the
      // cues below read it.
      if (caps_beside) {
        if (!InHandleOrLink(text, t.begin, t.end) && !InPlaceName(text, ts, i, places)) window->shouted[i] = 1;
        continue;
      }
      if (caps_unknown) continue;
    }
    if (InHandleOrLink(text, t.begin, t.end)) continue;
    if (InPlaceName(text, ts, i, places)) {
      // "brandon", "tyler": a given name that names a town too is read
      // only where a town cannot stand (below).
      if (given && !t.all_caps) window->town_name[i] = 1;
      continue;
    }
    // "aren't", "couldn't": a contraction, not the name "Aren".
    if (i + 2 < n && !ts[i + 1].word && IsApostrophe(ts[i + 1].first) && !ts[i + 1].space_before &&
        ts[i + 2].word && !ts[i + 2].space_before && tk.Folded(ts[i + 2]) != "s") {
      continue;
    }
    kind[i] = (given && given_words.count(std::string(w)) == 0) || surname ? 2 : 1;
    // After a preposition of place a town of no gazetteer is as likely
    // ("hookah at the mix in corbin"), unless the words before take a
    // person ("talked to jake") or the preposition is "at", which before a
    // lone word points at a person ("look at justin now", "mad at kayla")
    // and names a town only with a verb of arriving ("arrived at").
    if (kind[i] == 2 && i > 0 && ts[i - 1].word && (lexicon->FlagsOfHash(ts[i - 1].hash) & kPlacePrep)) {
      const std::string_view before = tk.Folded(ts[i - 1]);
      const std::string_view before_that = i >= 2 && ts[i - 2].word ? tk.Folded(ts[i - 2]) : std::string_view();
      const bool at_someone = before == "at" && before_that != "arrived" && before_that != "arrive" &&
                              before_that != "arriving" && before_that != "stopped" &&
                              before_that != "stayed" && before_that != "live" && before_that != "lives" &&
                              before_that != "lived" && before_that != "born";
      if (!at_someone && !IsPersonContext(before_that, before)) kind[i] = 1;
    }
  }

  std::vector<uint8_t>& flagged = window->flagged;
  // "#JustinBieber", "#MarkSanchez", "#kimkardashian": a hashtag that joins
  // a given name and a surname or a word of no dictionary names that person.
  for (size_t i = 1; i < n; ++i) {
    const Token& t = ts[i];
    if (!t.word || t.all_caps || t.has_digit || t.space_before || ts[i - 1].word ||
        ts[i - 1].first != '#' ||
        (i + 1 < n && !ts[i + 1].space_before && !ts[i + 1].word && ts[i + 1].first == '_')) {
      continue;
    }
    const std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (t.capitalized) {
      size_t cut = 0;
      for (size_t k = 1; k + 1 < word.size(); ++k) {
        if (word[k] >= 'A' && word[k] <= 'Z' && word[k - 1] >= 'a' && word[k - 1] <= 'z') {
          cut = k;
          break;
        }
      }
      if (cut < 2 || word.size() - cut < 3) continue;
      const std::string_view rest = word.substr(cut);
      bool one_more_capital = false;  // "#JesusLovesYou": three words, a phrase
      for (size_t k = 1; k < rest.size(); ++k) one_more_capital = one_more_capital || (rest[k] >= 'A' && rest[k] <= 'Z');
      if (!one_more_capital && JoinsGivenNameAndSurname(*lexicon, word.substr(0, cut), rest, false)) {
        flagged[i] = 1;
      }
      continue;
    }
    // In lower case the cut is not written: the first that fits, in a
    // word that is itself no word and no place ("#christmas", "#alexandria").
    // Each cut folds both parts: only words of a name's length are tried,
    // so a huge hashtag costs nothing.
    if (word.size() > kLongestHashtagName || lexicon->FlagsOfHash(t.hash) != 0 ||
        lexicon->IsDictionaryHash(t.hash) || InPlaceName(text, ts, i, places)) {
      continue;
    }
    for (size_t cut = 3; cut + 4 <= word.size(); ++cut) {
      if (JoinsGivenNameAndSurname(*lexicon, word.substr(0, cut), word.substr(cut), true)) {
        flagged[i] = 1;
        break;
      }
    }
  }
  auto next_word = [&](size_t i) -> long {
    return i + 1 < n && ts[i + 1].word && !ts[i + 1].newline_before ? static_cast<long>(i + 1) : -1;
  };
  // A clause opens at a line start, after punctuation, or after an
  // interjection of chat ("lol keisha u coming").
  auto opens_clause = [&](size_t i) {
    if (i == 0 || ts[i].newline_before) return true;
    const Token& p = ts[i - 1];
    // "@kay_22 tamika u coming?": a reply opens with the handle (a chunk
    // of no spaces that starts with '@').
    if (p.word && ts[i].space_before) {
      size_t b = p.begin;
      while (b > 0 && p.begin - b < 64 && text[b - 1] != ' ' && text[b - 1] != '\t' && text[b - 1] != '\n') --b;
      if (text[b] == '@') return true;
    }
    if (!p.word) return p.first == ',' || p.first == '.' || p.first == '!' || p.first == '?' ||
                        p.first == ':' || p.first == ';';
    const std::string_view w = tk.Folded(p);
    return w == "lol" || w == "omg" || w == "ok" || w == "okay" || w == "hey" || w == "yo" ||
           w == "haha" || w == "lmao" || w == "ugh" || w == "and" || w == "so";
  };
  auto folded_is = [&](size_t k, std::initializer_list<std::string_view> words) {
    if (k >= n || !ts[k].word) return false;
    const std::string_view w = tk.Folded(ts[k]);
    for (std::string_view x : words) {
      if (w == x) return true;
    }
    return false;
  };
  // "my sister bree", "my little brother dante", "her bf jaylen": a
  // possessive and a kin or friend word, with at most one adjective between,
  // right before the word on its line.
  auto kin_before = [&](size_t i) {
    if (i < 2 || ts[i].newline_before || !ts[i - 1].word || ts[i - 1].newline_before ||
        (lexicon->FlagsOfHash(ts[i - 1].hash) & (kKinCue | kStopWord)) != kKinCue) {
      return false;
    }
    auto possessive = [&](size_t k) {
      return folded_is(k, {"my", "your", "ur", "his", "her", "our", "their"});
    };
    if (possessive(i - 2)) return true;
    return i >= 3 && !ts[i - 2].newline_before &&
           folded_is(i - 2, {"little", "lil", "big", "older", "younger", "oldest", "youngest",
                             "best", "twin", "baby", "dear", "favorite", "favourite"}) &&
           possessive(i - 3);
  };
  // "me and tasha", "me n bree", "kayla & i": a word beside the speaker.
  auto joins = [&](size_t k) {
    return k < n && (ts[k].word ? folded_is(k, {"and", "n"}) : ts[k].first == '&');
  };
  auto with_the_speaker = [&](size_t i) {
    if (i >= 2 && joins(i - 1) && folded_is(i - 2, {"me"}) && !ts[i].newline_before &&
        !ts[i - 1].newline_before) {
      return true;
    }
    return i + 2 < n && !ts[i + 1].newline_before && !ts[i + 2].newline_before &&
           joins(i + 1) && ts[i + 2].word && tk.Folded(ts[i + 2]) == "i" &&
           (i + 3 >= n || !ts[i + 3].word || !ts[i + 3].capitalized || ts[i + 3].all_caps);
  };
  // "yo tamika, call me", "hey shaniqua!", "hi kyle": a first name called
  // right after a greeting, before a mark or the line's end (a listed
  // given name anywhere after it); not the words said to anyone ("hey
  // bby,", "hi bae!").
  auto greeted = [&](size_t i) {
    if (i == 0 || ts[i].newline_before || !folded_is(i - 1, {"hey", "heyy", "hi", "hello", "yo", "hiya"})) {
      return false;
    }
    const std::string_view w = tk.Folded(ts[i]);
    if (IsWordSaidToAnyone(w) || ChatSpelling(w)) return false;
    if (lexicon->FlagsOfHash(ts[i].hash) & (kGivenName | kRouteName)) return true;
    if (i + 1 >= n || ts[i + 1].newline_before) return true;
    const Token& next = ts[i + 1];
    return !next.word && (next.first == ',' || next.first == '!' || next.first == '?' || next.first == '.' ||
                          next.first == ':');
  };
  // "tamika texted me", "lol tamika said no", "ugh brandon ate my
  // leftovers": a word opening a clause before a verb of what a person
  // does, as acts_at_sentence_start reads capitalized words; not a chat
  // word ("ppl said": the lexicon's social words are kind 0) nor a chat
  // spelling.
  auto acts = [&](size_t i) {
    const long k = next_word(i);
    if (k < 0 || ts[k].capitalized) return false;
    static const std::unordered_set<std::string_view> kActs = {
        "gets", "got", "goes", "went", "texted", "tellin", "telling", "tells", "told", "called",
        "calls", "asked", "ate", "wants", "needs", "loves", "likes", "hates", "thinks", "knows",
        "came", "left", "cried", "laughed", "posted", "tweeted", "replied", "dmed", "snapped"};
    if (!(lexicon->FlagsOfHash(ts[k].hash) & kSpeechCue) && kActs.count(tk.Folded(ts[k])) == 0) return false;
    return opens_clause(i) && !ChatSpelling(tk.Folded(ts[i]));
  };
  // "ugh destiny texted me", "grace said no": an everyday word that is a
  // given name too, opening a clause before a verb of speech or of a
  // message only ("summer went by" stays).
  auto speaks = [&](size_t i) {
    const long k = next_word(i);
    if (k < 0 || ts[k].capitalized) return false;
    static const std::unordered_set<std::string_view> kSpeaks = {
        "texted", "texts", "told", "asked", "replied", "dmed", "tweeted", "posted", "messaged"};
    if (!(lexicon->FlagsOfHash(ts[k].hash) & kSpeechCue) && kSpeaks.count(tk.Folded(ts[k])) == 0) return false;
    return opens_clause(i);
  };
  for (size_t i = 0; i < n; ++i) {
    if (flagged[i]) continue;
    if (kind[i] == 0 && ts[i].word && !ts[i].capitalized && ts[i].end - ts[i].begin >= 3) {
      const uint32_t f = window->flags[i];
      if ((f & (kGivenName | kRouteName)) && !(f & (kNeverLowerName & ~(kCommonWord | kCommonName))) &&
          speaks(i) && !IsWordSaidToAnyone(tk.Folded(ts[i])) && !InHandleOrLink(text, ts[i].begin, ts[i].end)) {
        flagged[i] = 1;
        continue;
      }
    }
    if (window->shouted[i]) {
      // A shouted post says its cues in capitals too: "THANKS KEVIN", "ME
      // AND JESSICA", "MY SISTER TAMIKA"; after "HAPPY BIRTHDAY", "RIP" a
      // word of no list too.
      const int cue = i > 0 && !ts[i].newline_before ? SocialCueBefore(tk, i) : 0;
      const bool given = lexicon->FlagsOfHash(ts[i].hash) & (kGivenName | kRouteName);
      if ((cue == 2 && (given || !ChatSpelling(tk.Folded(ts[i])))) || (cue == 1 && given) ||
          with_the_speaker(i) || kin_before(i) || greeted(i)) {
        flagged[i] = 1;
      }
      continue;
    }
    if (window->town_name[i]) {
      // Only where a person is meant: beside the speaker, after a kin
      // word, called after a greeting, or doing what a person does.
      // "with madison", "w/ brandon": one goes out with a person.
      const bool with = !ts[i].newline_before &&
                        (folded_is(i - 1, {"with"}) ||
                         (i >= 2 && !ts[i - 1].word && ts[i - 1].first == '/' && !ts[i - 1].space_before &&
                          folded_is(i - 2, {"w"})));
      if (with_the_speaker(i) || kin_before(i) || greeted(i) || acts(i) || with) flagged[i] = 1;
      continue;
    }
    if (kind[i] == 0) continue;
    if (kind[i] == 2) {
      flagged[i] = 1;
      continue;
    }
    // "marco's number", "ashley’s party".
    // After a kin word a verb comes as often: "my father retired", which a
    // dictionary may lack. Not a word of no list that ends like one.
    auto verb_ending = [&](size_t k) {
      const std::string_view w = tk.Folded(ts[k]);
      auto ends = [&](std::string_view e) { return w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e; };
      return !(lexicon->FlagsOfHash(ts[k].hash) & (kGivenName | kRouteName)) &&
             (ends("ed") || ends("ing") || ends("es"));
    };
    // "ft. drake", "feat. lil wayne", "featuring kehlani": who sings with.
    const bool featured =
        i >= 1 && !ts[i].newline_before &&
        (folded_is(i - 1, {"featuring", "feat", "ft"}) ||
         (i >= 2 && !ts[i - 1].word && ts[i - 1].first == '.' && folded_is(i - 2, {"feat", "ft"})));
    if (Possessive(tk, i) || (kin_before(i) && !verb_ending(i)) || with_the_speaker(i) || featured ||
        greeted(i) || acts(i)) {
      flagged[i] = 1;
      continue;
    }
    // "keisha u coming or not".
    const long k = next_word(i);
    if (k >= 0 && opens_clause(i) && !ChatSpelling(tk.Folded(ts[i]))) {  // not "looool u"
      const std::string_view w = tk.Folded(ts[k]);
      if (w == "u" || w == "you" || w == "ur") flagged[i] = 1;
    }
  }
  // "happy birthday grace", "shoutout to destiny", "thanks brandon", "miss
  // you kyle": posts wish, thank and mourn people by their first name, in
  // lower case, and many first names are words too. After such a cue on
  // the same line a listed given name is a name even when it is an everyday
  // word; after the cues that only a person follows (a birthday, a shout-out,
  // "rip", congratulations) a word of no list and no dictionary is one too.
  // Not the words said to anyone ("thanks buddy", "love you babe").
  for (size_t i = 1; i < n; ++i) {
    const Token& t = ts[i];
    if (flagged[i] || !t.word || t.capitalized || t.has_digit || !t.has_letter || t.end - t.begin < 3 ||
        t.newline_before || ts[i - 1].newline_before) {
      continue;
    }
    const uint32_t f = window->flags[i];
    const bool listed_given = (f & (kGivenName | kRouteName)) &&
                              !(f & (kNeverLowerName & ~(kCommonWord | kCommonName | kNotNameWord)));
    if (kind[i] == 0 && !listed_given) continue;
    const int cue = SocialCueBefore(tk, i);
    if (cue == 0) continue;
    const std::string_view w = tk.Folded(t);
    bool name = false;
    if (kind[i] == 1) {
      // An everyday-word given name ("mike"), or after a strong cue a word
      // of no list and no dictionary that is no chat spelling.
      name = ((f & (kGivenName | kRouteName)) || (cue == 2 && !ChatSpelling(w))) && !IsWordSaidToAnyone(w);
    } else if (kind[i] == 0 && !IsWordSaidToAnyone(w)) {
      // "grace", "destiny", "summer": everyday words, or words training
      // text saw capitalized outside names; "kyle", "austin": towns too,
      // which no one wishes a happy birthday.
      name = !InHandleOrLink(text, t.begin, t.end);
    }
    if (name) flagged[i] = 1;
  }
  // A capitalized given name before "'s" ("Drake's new album"), also one
  // that is an everyday word or opens a sentence, where capitals say less.
  for (size_t i = 0; i + 3 < n; ++i) {
    const Token& t = ts[i];
    if (flagged[i] || !t.word || !t.capitalized || t.all_caps || t.has_digit || t.end - t.begin < 3 ||
        !Possessive(tk, i)) {
      continue;
    }
    const uint32_t f = lexicon->FlagsOfHash(t.hash);
    const uint32_t not_name = kNeverLowerName & ~(kCommonWord | kCommonName | kNotNameWord);
    if (!(f & (kGivenName | kRouteName)) || (f & not_name)) continue;
    if (InHandleOrLink(text, t.begin, t.end) || InPlaceName(text, ts, i, places)) continue;
    // "St. George's", "Saint Luke's": a church, school or hospital.
    size_t p = i;
    if (p > 0 && !ts[p - 1].word && ts[p - 1].first == '.') --p;
    if (p > 0 && ts[p - 1].word && (lexicon->FlagsOfHash(ts[p - 1].hash) & kConnector) &&
        ts[p - 1].capitalized) {
      continue;
    }
    flagged[i] = 1;
  }
  // Lists: "jen, ginny and brayan", "yesenia, wendy & brayan": items of one
  // lower-case word joined by ',', '&', "and" or "n"; when two of them are
  // names, so are the others that may be.
  // An everyday word that is a given name too ("ray", "destiny") may be an
  // item when a name is beside it; not one training text saw capitalized
  // outside names ("jessica and summer vacation") nor a word said to anyone.
  auto everyday_given = [&](size_t k) {
    const Token& t = ts[k];
    if (!t.word || t.capitalized || t.has_digit || t.end - t.begin < 3) return false;
    const uint32_t f = window->flags[k];
    return (f & (kGivenName | kRouteName)) && !(f & (kNeverLowerName & ~(kCommonWord | kCommonName))) &&
           !IsWordSaidToAnyone(tk.Folded(t)) && !InHandleOrLink(text, t.begin, t.end);
  };
  auto item = [&](size_t k) { return kind[k] != 0 || everyday_given(k); };
  for (size_t i = 0; i < n;) {
    if (!item(i)) {
      ++i;
      continue;
    }
    std::vector<size_t> items = {i};
    size_t j = i;
    while (true) {
      size_t k = j + 1;
      if (k >= n || ts[k].newline_before) break;
      if (!ts[k].word && (ts[k].first == ',' || ts[k].first == '&')) {
        ++k;
        if (k < n && ts[k].word && tk.Folded(ts[k]) == "and") ++k;
      } else if (ts[k].word && (tk.Folded(ts[k]) == "and" || tk.Folded(ts[k]) == "n")) {
        ++k;
      } else {
        break;
      }
      if (k >= n || !ts[k].word || ts[k].newline_before || !item(k)) break;
      items.push_back(k);
      j = k;
    }
    int sure = 0;
    for (size_t k : items) sure += flagged[k] || kind[k] == 2 ? 1 : 0;
    if (items.size() >= 2 && sure >= 1 && (sure >= 2 || items.size() >= 3)) {
      for (size_t k : items) flagged[k] = 1;
    } else if (items.size() == 2 && sure == 1) {
      // "tamika and jessica", "jessica & tamika": a pair with one sure name
      // names the other too, unless it is a chat spelling ("sooo and").
      for (size_t k : items) {
        if (!ChatSpelling(tk.Folded(ts[k]))) flagged[k] = 1;
      }
    }
    i = j + 1;
  }
  // "taylor swift", "justin bieber", "paul simon", "jackie chan": right after
  // a given name of four letters or more found in lower case (by a cue too:
  // "ft. summer walker"), the next lower-case word is the surname when it
  // is a listed surname (a dictionary or everyday word too: "swift",
  // "walker"), a given name that is
  // no everyday word ("paul simon"), a word training text showed in names,
  // or a word of no list and no dictionary that is no chat spelling
  // ("droppin", "alllll"). Not "kevin said", "jessica lol", "jan mga". One
  // word only.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!flagged[i] || ts[i].capitalized || ts[i].all_caps || ts[i].end - ts[i].begin < 4 ||
        !(lexicon->FlagsOfHash(ts[i].hash) & kGivenName) || (i > 0 && !ts[i - 1].word && !ts[i].space_before)) {
      continue;
    }
    const size_t k = i + 1;
    const Token& t = ts[k];
    if (!t.word || t.capitalized || !t.space_before || t.newline_before || t.has_digit ||
        !t.has_letter || t.end - t.begin < 3 || flagged[k]) {
      continue;
    }
    const uint32_t f = lexicon->FlagsOfHash(t.hash);
    // A listed surname that is an everyday word too ("summer walker",
    // "kevin hart") is the surname here.
    const bool everyday_surname = (f & kSurname) && !(f & (kNeverLowerName & ~(kCommonWord | kCommonName)));
    if ((f & kNeverLowerName) && !everyday_surname) continue;
    const std::string_view w = tk.Folded(t);
    const bool listed = (f & (kSurname | kNameWord)) ||
                        ((f & kGivenName) && GivenNameWords().count(std::string(w)) == 0);
    const bool unknown = !(f & (kGivenName | kSurname | kRouteName)) && !lexicon->IsDictionaryHash(t.hash) &&
                         !ChatSpelling(w);
    if (!listed && !unknown) continue;
    // A listed surname that names a town too ("walker") is the surname
    // right after a given name.
    if (InHandleOrLink(text, t.begin, t.end) || (!(f & kSurname) && InPlaceName(text, ts, k, places))) continue;
    flagged[k] = 1;
    ++i;
  }
  // "lebron james", "dashawn gonzalez": right before a listed surname of
  // four letters or more found in lower case, the word that the same test
  // would take after a given name is the given name ("lebron" is a listed
  // surname a dictionary has too). Not "saw gonzalez", "lol gonzalez".
  for (size_t k = 1; k < n; ++k) {
    if (!flagged[k] || kind[k] != 2 || ts[k].capitalized || ts[k].end - ts[k].begin < 4 ||
        !(lexicon->FlagsOfHash(ts[k].hash) & kSurname) || !ts[k].space_before || ts[k].newline_before) {
      continue;
    }
    const size_t i = k - 1;
    const Token& t = ts[i];
    if (!t.word || t.capitalized || t.has_digit || !t.has_letter || t.end - t.begin < 3 || flagged[i] ||
        (i > 0 && !ts[i - 1].word && !t.space_before)) {
      continue;
    }
    const uint32_t f = lexicon->FlagsOfHash(t.hash);
    if (f & kNeverLowerName) continue;
    const std::string_view w = tk.Folded(t);
    const bool listed = (f & (kSurname | kNameWord)) ||
                        ((f & kGivenName) && GivenNameWords().count(std::string(w)) == 0);
    const bool unknown = !(f & (kGivenName | kSurname | kRouteName)) && !lexicon->IsDictionaryHash(t.hash) &&
                         !ChatSpelling(w) && !IsWordSaidToAnyone(w);  // "abuelito juan"
    if (!listed && !unknown) continue;
    if (InHandleOrLink(text, t.begin, t.end) || InPlaceName(text, ts, i, places)) continue;
    flagged[i] = 1;
  }
}

// The windows the pass reads: about kWindowBytes each, cut after a line
// break, else after a space, so that its tokens never hold more than a
// window's worth of the text (memory stays flat however long the text).
constexpr size_t kWindowBytes = 1 << 16;

size_t WindowEnd(std::string_view text, size_t begin) {
  if (text.size() - begin <= kWindowBytes) return text.size();
  const size_t limit = begin + kWindowBytes;
  const std::string_view second_half = text.substr(limit - kWindowBytes / 2, kWindowBytes / 2);
  if (const size_t nl = second_half.rfind('\n'); nl != std::string_view::npos) return limit - kWindowBytes / 2 + nl + 1;
  if (const size_t sp = second_half.rfind(' '); sp != std::string_view::npos) return limit - kWindowBytes / 2 + sp + 1;
  size_t end = limit;
  while (end > begin + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

}  // namespace

void AddLowerCasePostNames(std::string_view text, std::string_view language,
                           const PlaceGazetteer& places, std::vector<Finding>* names,
                           const text::Tokens* whole_text_tokens) {
  if (language.substr(0, 2) != "en") return;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  WindowNames window;
  // The findings there are already: a word they cover is not found again.
  std::vector<std::pair<size_t, size_t>> covered;
  covered.reserve(names->size());
  for (const Finding& f : *names) covered.emplace_back(f.begin, f.end);
  std::sort(covered.begin(), covered.end());
  size_t max_end = 0;
  std::vector<size_t> reach(covered.size());  // the furthest end among covered[0..k]
  for (size_t k = 0; k < covered.size(); ++k) {
    max_end = std::max(max_end, covered[k].second);
    reach[k] = max_end;
  }
  // A finding overlaps [b, e) if one that begins before e ends after b.
  auto is_covered = [&](size_t b, size_t e) {
    auto it = std::lower_bound(covered.begin(), covered.end(), std::make_pair(e, size_t{0}));
    if (it == covered.begin()) return false;
    return reach[static_cast<size_t>(it - covered.begin()) - 1] > b;
  };
  // "Zendaya and Tom Holland spotted in London": a word of no list and no
  // dictionary, capitalized where capitals say nothing (a sentence's
  // start), joined by "and" or '&' to a name found; a given name or surname
  // there too.
  auto partner_of_a_name = [&](std::string_view window_text, const text::Tokens& tk, size_t i,
                               size_t b) {
    const std::vector<Token>& ts = tk.tokens;
    const Token& t = ts[i];
    if (!t.word || !t.capitalized || t.all_caps || t.has_digit || t.end - t.begin < 3 ||
        i + 2 >= ts.size() || ts[i + 1].newline_before || ts[i + 2].newline_before) {
      return false;
    }
    if (i > 0 && !t.newline_before) {
      const Token& p = ts[i - 1];
      if (p.word || !(p.first == '.' || p.first == '!' || p.first == '?' || p.first == ':')) return false;
    }
    const bool joined = ts[i + 1].word ? tk.Folded(ts[i + 1]) == "and" : ts[i + 1].first == '&';
    if (!joined || !ts[i + 2].word || !ts[i + 2].capitalized ||
        !is_covered(b + ts[i + 2].begin, b + ts[i + 2].end) || is_covered(b + t.begin, b + t.end)) {
      return false;
    }
    // Or a listed given name or surname that is a word too ("Drake and
    // Rihanna"), not one training text saw capitalized outside names.
    const uint32_t f = lexicon->FlagsOfHash(t.hash);
    const bool listed = (f & (kGivenName | kSurname)) && !(f & (kNeverLowerName & ~(kCommonWord | kCommonName)));
    if (!listed && (f != 0 || lexicon->IsDictionaryHash(t.hash))) return false;
    return !InHandleOrLink(window_text, t.begin, t.end) && !InPlaceName(window_text, ts, i, places);
  };
  // "Keppinger sits tonight", "Wingo tellin me", "Yli gets out at 3": a
  // word of no list and no dictionary opening a sentence, before a verb of
  // what a person does (a speech verb, "gets", "goes", "sits", "loves"...;
  // not "is", "was": "Opencounter is the brainchild of"). The capital says
  // nothing there, so the name model, trained on posts where such words are
  // often no names, may leave it.
  auto acts_at_sentence_start = [&](std::string_view window_text, const text::Tokens& tk, size_t i,
                                    size_t b) {
    const std::vector<Token>& ts = tk.tokens;
    const Token& t = ts[i];
    if (!t.word || !t.capitalized || t.all_caps || t.has_digit || t.end - t.begin < 3 ||
        i + 1 >= ts.size() || !ts[i + 1].word || ts[i + 1].capitalized || ts[i + 1].newline_before ||
        !ts[i + 1].space_before) {
      return false;
    }
    if (i > 0 && !t.newline_before) {
      const Token& p = ts[i - 1];
      // "@kay_22 Zoltrane texted me": a reply's handle opens no sentence.
      bool after_handle = false;
      if (p.word && t.space_before) {
        size_t h = p.begin;
        while (h > 0 && p.begin - h < 64 && window_text[h - 1] != ' ' && window_text[h - 1] != '\t' &&
               window_text[h - 1] != '\n') {
          --h;
        }
        after_handle = window_text[h] == '@';
      }
      if (!after_handle && (p.word || !(p.first == '.' || p.first == '!' || p.first == '?' || p.first == ':' ||
                                        p.first == ';' || p.first == '"' || p.first == 0x201C))) {
        return false;
      }
    }
    static const std::unordered_set<std::string_view> kActs = {
        "gets", "got", "goes", "went", "sits", "plays", "played", "scores", "scored", "texted",
        "tellin", "telling", "tells", "called", "calls", "wants", "needs", "loves", "likes",
        "hates", "thinks", "knows"};
    const uint32_t next = lexicon->FlagsOfHash(ts[i + 1].hash);
    if (!(next & kSpeechCue) && kActs.count(tk.Folded(ts[i + 1])) == 0) return false;
    if (lexicon->FlagsOfHash(t.hash) != 0 || lexicon->IsDictionaryHash(t.hash) ||
        is_covered(b + t.begin, b + t.end)) {
      return false;
    }
    return !InHandleOrLink(window_text, t.begin, t.end) && !InPlaceName(window_text, ts, i, places);
  };
  // "DJ SPARKLE", "MC Thunder", "dj finese", "VJ Emergency": a stage name
  // after the word for a DJ, VJ or MC, even a dictionary word, with that
  // word (it is part of the name as an honorific is). Returns the index of
  // the name's last word, or 0 when none follows. In lower case only a
  // word of no dictionary ("the dj got us"); never the DJ's set, booth or
  // gear. Capitalized, a second word of no dictionary or a name list goes
  // with the first ("DJ Kool Herc").
  auto stage_name_after = [&](std::string_view window_text, const text::Tokens& tk, size_t i,
                              size_t b) -> size_t {
    const std::vector<Token>& ts = tk.tokens;
    if (!ts[i].word || ts[i].end - ts[i].begin > 6 || i + 1 >= ts.size()) return 0;
    const std::string_view cue = tk.Folded(ts[i]);
    if (cue != "dj" && cue != "vj" && cue != "mc" && cue != "deejay") return 0;
    auto name_word = [&](size_t k) {
      const Token& t = ts[k];
      if (!t.word || !t.space_before || t.newline_before || !t.has_letter || t.has_digit ||
          t.end - t.begin < 3 || InHandleOrLink(window_text, t.begin, t.end)) {
        return false;
      }
      static const std::unordered_set<std::string_view> kNoName = {
          "set", "sets", "booth", "booths", "mix", "mixes", "mixtape", "battle", "battles", "school",
          "night", "nights", "party", "parties", "gear", "equipment", "software", "controller",
          "decks", "hire", "service", "services", "booking", "bookings", "contest", "competition",
          "life", "music", "live", "lessons", "course", "request", "requests", "name", "names",
          "server", "servers", "mod", "mods", "stand", "table", "spot", "gig", "gigs", "job",
          "jobs", "skills", "career", "program", "app", "drop", "drops", "tonight", "today"};
      const std::string_view w = tk.Folded(t);
      const uint32_t f = lexicon->FlagsOfHash(t.hash);
      if (kNoName.count(w) != 0 || (f & (kStopWord | kConnector | kMonth | kPlacePrep | kSpeechCue))) {
        return false;
      }
      if (!t.capitalized) return !lexicon->IsDictionaryHash(t.hash) && !ChatSpelling(w);
      return true;
    };
    const size_t k = i + 1;
    // A name found already takes its cue ("DJ Chris L"), as other
    // honorifics are redacted with the name.
    if (ts[k].word && ts[k].space_before && !ts[k].newline_before &&
        is_covered(b + ts[k].begin, b + ts[k].end)) {
      return is_covered(b + ts[i].begin, b + ts[i].end) ? 0 : k;
    }
    if (!name_word(k)) return 0;
    // "DJ" and the name alike: both in capitals, or the cue in any case
    // before a capitalized name, or both in lower case.
    if (ts[k].all_caps != ts[i].all_caps && !(ts[k].capitalized && !ts[k].all_caps)) return 0;
    if (!ts[k].capitalized && ts[i].capitalized) return 0;
    if (k + 1 < ts.size() && ts[k].capitalized && !ts[k].all_caps && ts[k + 1].capitalized &&
        !ts[k + 1].all_caps && name_word(k + 1) && !is_covered(b + ts[k + 1].begin, b + ts[k + 1].end)) {
      const uint32_t f = lexicon->FlagsOfHash(ts[k + 1].hash);
      if ((f & (kGivenName | kSurname | kNameWord)) || !lexicon->IsDictionaryHash(ts[k + 1].hash)) {
        return k + 1;
      }
    }
    return k;
  };
  auto person_at = [](size_t begin, size_t end) { return PersonFinding(begin, end, 0.6f); };

  // First the words found names anywhere in the text, then every other
  // lower-case mention of them. The second reading needs of a window only
  // its words found names or that may be (kind): the first keeps those of
  // the first windows, up to kKeptWords, so that a text of a few windows
  // is read once and memory stays flat for a longer one, whose later
  // windows are read again.
  struct KeptWord {
    size_t begin, end;
    uint64_t hash;
    bool flagged;
  };
  constexpr size_t kKeptWords = 1 << 15;
  std::vector<KeptWord> kept;
  size_t kept_until = 0;  // the text before this offset is in kept
  std::unordered_set<uint64_t> found;
  std::vector<Finding> partners;
  for (size_t b = 0; b < text.size();) {
    const size_t e = WindowEnd(text, b);
    ReadWindow(text.substr(b, e - b), places, lexicon, b == 0 && e == text.size() ? whole_text_tokens : nullptr,
               &window);
    const std::vector<Token>& ts = window.tk->tokens;
    if (kept_until == b) {
      size_t words = 0;
      for (size_t i = 0; i < ts.size(); ++i) words += window.flagged[i] || window.kind[i] != 0 ? 1 : 0;
      if (kept.size() + words <= kKeptWords) {
        for (size_t i = 0; i < ts.size(); ++i) {
          if (window.flagged[i] || window.kind[i] != 0) {
            kept.push_back({b + ts[i].begin, b + ts[i].end, ts[i].hash, window.flagged[i] != 0});
          }
        }
        kept_until = e;
      }
    }
    for (size_t i = 0; i < ts.size(); ++i) {
      if (window.flagged[i]) found.insert(ts[i].hash);
      if (const size_t last = stage_name_after(text.substr(b, e - b), *window.tk, i, b); last != 0) {
        partners.push_back(person_at(b + ts[i].begin, b + ts[last].end));
        for (size_t k = i + 1; k <= last; ++k) {
          if (window.flagged[k]) found.insert(ts[k].hash);
        }
        i = last;
        continue;
      }
      // Capitalized: never a lower-case name or mention of the pass below.
      if (ts[i].capitalized && !ts[i].all_caps &&
          (partner_of_a_name(text.substr(b, e - b), *window.tk, i, b) ||
           acts_at_sentence_start(text.substr(b, e - b), *window.tk, i, b))) {
        partners.push_back(person_at(b + ts[i].begin, b + ts[i].end));
      }
    }
    b = e;
  }
  if (!found.empty()) {
    for (const KeptWord& w : kept) {
      // Every kept word that is not flagged has a kind: a mention if found.
      if ((!w.flagged && found.count(w.hash) == 0) || is_covered(w.begin, w.end)) continue;
      names->push_back(person_at(w.begin, w.end));
    }
    for (size_t b = kept_until; b < text.size();) {
      const size_t e = WindowEnd(text, b);
      ReadWindow(text.substr(b, e - b), places, lexicon, b == 0 && e == text.size() ? whole_text_tokens : nullptr,
               &window);
      const std::vector<Token>& ts = window.tk->tokens;
      for (size_t i = 0; i < ts.size(); ++i) {
        const bool mention = window.kind[i] != 0 && found.count(ts[i].hash) != 0;
        if ((!window.flagged[i] && !mention) || is_covered(b + ts[i].begin, b + ts[i].end)) continue;
        names->push_back(person_at(b + ts[i].begin, b + ts[i].end));
      }
      b = e;
    }
  }
  names->insert(names->end(), partners.begin(), partners.end());
}

}  // namespace amparo::redaction
