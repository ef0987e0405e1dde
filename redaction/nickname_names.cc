#include "redaction/nickname_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <string>
#include <unordered_set>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/sorted_runs.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Spaces, including the no-break spaces French puts inside « ».
size_t SkipSpacesBack(std::string_view text, size_t at) {
  while (at > 0) {
    if (text[at - 1] == ' ' || text[at - 1] == '\t') {
      --at;
    } else if (at >= 2 && text.substr(at - 2, 2) == "\xC2\xA0") {
      at -= 2;
    } else if (at >= 3 && text.substr(at - 3, 3) == "\xE2\x80\xAF") {
      at -= 3;
    } else {
      break;
    }
  }
  return at;
}

size_t SkipSpaces(std::string_view text, size_t at, size_t end) {
  while (at < end) {
    if (text[at] == ' ' || text[at] == '\t') {
      ++at;
    } else if (text.substr(at, 2) == "\xC2\xA0") {
      at += 2;
    } else if (text.substr(at, 3) == "\xE2\x80\xAF") {
      at += 3;
    } else {
      break;
    }
  }
  return at;
}

// No cue, article or noun CueBefore() looks for is longer than this.
constexpr size_t kLongestCueWord = 64;

// The folded word ending at `end` (spaces before it skipped); *begin is
// where it starts, or end when there is none. A word longer than any cue
// (the bytes of '«' and '»' count as letters: "«x»«x»..." is one long word)
// is read no further and returned empty, so that each call reads a few
// bytes only.
std::string WordEndingAt(std::string_view text, size_t end, size_t* begin) {
  end = SkipSpacesBack(text, end);
  size_t b = end;
  while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) {
    if (end - b >= kLongestCueWord) {
      *begin = end;
      return std::string();
    }
    --b;
  }
  *begin = b;
  return text::Fold(text.substr(b, end - b));
}

// The spans of a set of findings, to tell in logarithmic time whether one
// of them covers [begin, end): only the spans no other covers are kept,
// sorted by begin, so that their ends rise too and the last span starting
// at or before begin reaches furthest.
class SpanCover {
 public:
  bool Covers(size_t begin, size_t end) const {
    auto it = ends_.upper_bound(begin);
    if (it == ends_.begin()) return false;
    --it;
    return end <= it->second;
  }
  void Insert(size_t begin, size_t end) {
    if (Covers(begin, end)) return;
    auto it = ends_.lower_bound(begin);
    while (it != ends_.end() && it->second <= end) it = ends_.erase(it);
    ends_[begin] = end;
  }

 private:
  std::map<size_t, size_t> ends_;  // begin -> end
};

// SpanCover's Covers() for spans all known at once (the names found): the
// spans sorted by begin, each with the furthest end of those up to it, in
// one sort instead of a tree node per span. A span covers [begin, end) if
// it starts at or before begin and ends at or after end: the furthest end
// among the spans starting at or before begin tells.
class SortedSpanCover {
 public:
  explicit SortedSpanCover(std::vector<std::pair<size_t, size_t>> spans) : reach_(std::move(spans)) {
    // The names found are a few runs in the text's order, one per pass.
    SortRuns(&reach_);
    for (size_t k = 1; k < reach_.size(); ++k) reach_[k].second = std::max(reach_[k].second, reach_[k - 1].second);
  }
  bool Covers(size_t begin, size_t end) const {
    auto it = std::upper_bound(reach_.begin(), reach_.end(), begin,
                               [](size_t b, const std::pair<size_t, size_t>& s) { return b < s.first; });
    if (it == reach_.begin()) return false;
    return end <= std::prev(it)->second;
  }

 private:
  std::vector<std::pair<size_t, size_t>> reach_;  // (begin, furthest end so far)
};

// True if a naming cue ends right before `at`, with at most an article, a
// pronoun or "como", "as", "comme" between: "conocido como el", "dit le",
// "called him", "known as the".
//
// *of_a_person is set when the cue can only name a person: a cue of
// nicknames ("alias", "apodado") or a noun of a person before the cue ("un
// hombre conocido como", "the man called"). There a place's name in quotes
// is the person's nickname too ("alias «Chihuahua»", "un hombre conocido
// como «el Tigre»").
bool CueBefore(std::string_view text, size_t at, bool* of_a_person) {
  static const std::unordered_set<std::string_view> kSkip = {
      "el", "la", "le", "les", "los", "las", "the", "him", "her", "lo", "them", "como", "as",
      "comme", "also", "l"};
  static const std::unordered_set<std::string_view> kCues = {
      "conocido", "conocida", "conocidos", "conocidas", "apodado", "apodada", "apodaban",
      "apodo", "llamado", "llamada", "llamaban", "alias", "surnomme", "surnommee", "surnom",
      "dit", "dite", "appele", "appelee", "known", "called", "nicknamed", "nickname", "dubbed"};
  // What the cue names when a noun of a place or a thing comes before it:
  // "un lugar conocido como «La Arrocera»", "el tren llamado «La Bestia»".
  static const std::unordered_set<std::string_view> kThings = {
      "lugar", "sitio", "pueblo", "colonia", "barrio", "ciudad", "rancho", "ejido", "zona",
      "albergue", "refugio", "tren", "camino", "ruta", "puente", "rio", "cerro", "paraje",
      "comunidad", "municipio", "calle", "mercado", "hotel", "bar", "cantina", "grupo", "banda",
      "cartel", "pandilla", "place", "town", "village", "area", "neighborhood", "neighbourhood",
      "camp", "shelter", "train", "route", "bridge", "river", "street", "gang", "group", "endroit",
      "lieu", "quartier", "ville", "camp", "foyer", "pont", "riviere", "rue", "bande", "groupe",
      "kote", "vil", "katye", "song", "cancion", "chanson", "libro", "book", "livre", "obra",
      "album", "disco", "pelicula", "film", "movie"};
  static const std::unordered_set<std::string_view> kNicknameCues = {
      "alias", "apodado", "apodada", "apodaban", "apodo", "surnomme", "surnommee", "surnom",
      "nicknamed", "nickname"};
  static const std::unordered_set<std::string_view> kPersons = {
      "hombre", "mujer", "senor", "senora", "tipo", "sujeto", "coyote", "pollero", "muchacho",
      "muchacha", "chavo", "joven", "man", "woman", "guy", "smuggler", "homme", "femme", "passeur",
      "nonm", "fanm"};
  size_t end = at;
  // A second nickname after "o", "or", "ou" and the first name: "conocido
  // como san Óscar Romero o «San Romero de América»". One to four words of
  // that name, capitalized or a saint's title, then the cue as above.
  static const std::unordered_set<std::string_view> kOr = {"o", "or", "ou"};
  static const std::unordered_set<std::string_view> kSaints = {"san", "santa", "santo", "saint", "sainte"};
  {
    size_t b = 0;
    const std::string w = WordEndingAt(text, end, &b);
    if (kOr.count(w) != 0) {
      int name_words = 0;
      for (; name_words < 4; ++name_words) {
        size_t wb = 0;
        const std::string name_word = WordEndingAt(text, b, &wb);
        if (name_word.empty() || !(StartsWithCapital(text, wb) || kSaints.count(name_word) != 0)) break;
        b = wb;
      }
      if (name_words == 0) return false;
      end = b;
    }
  }
  for (int words = 0; words < 4; ++words) {
    size_t b = 0;
    const std::string w = WordEndingAt(text, end, &b);
    if (w.empty()) return false;
    if (kCues.count(w) != 0) {
      size_t ignored = 0;
      const std::string noun = WordEndingAt(text, b, &ignored);
      *of_a_person = kNicknameCues.count(w) != 0 || kPersons.count(noun) != 0;
      return kThings.count(noun) == 0;
    }
    if (kSkip.count(w) == 0) return false;
    end = b;
  }
  return false;
}

// Past an article opening [at, end): "el ", "la ", "le ", "the ", "l'".
size_t SkipArticle(std::string_view text, size_t at, size_t end) {
  for (std::string_view a : {"el ", "la ", "le ", "the ", "El ", "La ", "Le ", "The "}) {
    if (text.substr(at, a.size()) == a && at + a.size() < end) return SkipSpaces(text, at + a.size(), end);
  }
  if ((text.substr(at, 2) == "l'" || text.substr(at, 2) == "L'") && at + 2 < end) return at + 2;
  return at;
}

// Adds [begin, end) to *names unless a name of *cover (the names added
// before it) covers it already or it is no nickname: more than six words,
// digits, a place.
void Add(std::string_view text, const PlaceGazetteer& places, bool of_a_person, size_t begin,
         size_t end, SpanCover* cover, std::vector<Finding>* names) {
  while (end > begin && std::string_view(" \t,.;:!?").find(text[end - 1]) != std::string_view::npos) --end;
  if (end <= begin || !StartsWithCapital(text, begin)) return;
  int words = 1;
  for (size_t i = begin; i < end; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) != 0 || text[i] == '\n') return;
    if (text[i] == ' ') ++words;
  }
  if (words > 6) return;
  if (!of_a_person && places.ClassOf(text.substr(begin, end - begin)) != PlaceClass::kNone) return;
  if (cover->Covers(begin, end)) return;
  cover->Insert(begin, end);
  names->push_back(PersonFinding(begin, end));
}

uint32_t FlagsOf(std::string_view word) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  return lexicon != nullptr ? lexicon->Flags(text::Fold(word)) : 0;
}

// A given name that is no title or ordinary word ("King", "Lady" are).
bool IsGivenName(std::string_view word) {
  const uint32_t flags = FlagsOf(word);
  return (flags & kGivenName) != 0 && (flags & (kTitle | kHonorific | kCommonWord | kCommonName)) == 0;
}

// A monarch's number: "IX", "XIV", "Ier".
bool IsRegnalNumber(std::string_view word) {
  if (word.size() >= 3 && (word.substr(word.size() - 2) == "er" || word.substr(word.size() - 2) == "re")) {
    word.remove_suffix(2);
  }
  return !word.empty() && word.size() <= 6 && word.find_first_not_of("IVXLC") == std::string_view::npos;
}

// The epithet after a name that ends in a given name or a monarch's
// number: "Felipe el Hermoso", "Louis the Great", "Alfonso X el Sabio",
// "Philippe le Bel", "Jeanne la Folle", and in English "Anne of Austria",
// "Francis of Assisi" (one given name only: "of" then names a realm or a
// town the person is known by). One capitalized word that no other
// capitalized word follows and, after an article, that is no place.
void AddEpithet(std::string_view text, std::string_view language, const PlaceGazetteer& places,
                const Finding& name, std::vector<Finding>* added) {
  std::string_view span = text.substr(name.begin, name.end - name.begin);
  // "Saint Francis", "Pope Gregory": an honorific before the given name.
  const size_t first_space = span.find(' ');
  if (first_space != std::string_view::npos && (FlagsOf(span.substr(0, first_space)) & kHonorific) != 0) {
    span.remove_prefix(first_space + 1);
  }
  for (std::string_view saint : {"Saint ", "San ", "Santa ", "St. ", "Sainte ", "Santo "}) {
    if (span.substr(0, saint.size()) == saint) span.remove_prefix(saint.size());
  }
  const size_t space = span.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? span : span.substr(space + 1);
  // "Marie-Louise": a compound of given names is one given name.
  const bool compound_given = [&] {
    const size_t hyphen = last.find('-');
    return hyphen != std::string_view::npos && IsGivenName(last.substr(0, hyphen)) &&
           IsGivenName(last.substr(hyphen + 1));
  }();
  const bool one_given = space == std::string_view::npos && (IsGivenName(last) || compound_given);
  if (!one_given && !IsGivenName(last) && !IsRegnalNumber(last)) return;
  size_t at = name.end;
  if (at >= text.size() || text[at] != ' ') return;
  ++at;
  size_t e = at;
  while (e < text.size() && std::islower(static_cast<unsigned char>(text[e])) != 0) ++e;
  const std::string_view link = text.substr(at, e - at);
  const bool article = link == "the" || link == "el" || link == "la" || link == "le";
  const bool of = link == "of" && language.substr(0, 2) == "en" && one_given;
  // French "Anne d'Autriche", "Marie-Louise d'Autriche": "d'" glued.
  const bool elided = link == "d" && language.substr(0, 2) == "fr" && one_given && e < text.size() &&
                      (text[e] == '\'' || text.substr(e, 3) == "\xE2\x80\x99");
  if (!elided && ((!article && !of) || e >= text.size() || text[e] != ' ')) return;
  const size_t b = elided ? e + (text[e] == '\'' ? 1 : 3) : e + 1;
  if (!StartsWithCapital(text, b)) return;
  size_t end = b;
  while (end < text.size() && (IsLetterByte(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
  if (end < text.size() && text[end] == ' ' && StartsWithCapital(text, end + 1)) return;
  if (end < text.size() && (text[end] == '\'' || std::isdigit(static_cast<unsigned char>(text[end])) != 0)) return;
  if (article && places.ClassOf(text.substr(b, end - b)) != PlaceClass::kNone) return;
  // "Rosalind of Mesa, AZ", "Penny of Mesa , AZ": a town and its region
  // after a comma say where the person lives, not an epithet ("Anne of
  // Austria, and her son" is one).
  if (of || elided) {
    size_t k = end;
    while (k < text.size() && text[k] == ' ') ++k;
    if (k < text.size() && text[k] == ',') {
      ++k;
      while (k < text.size() && text[k] == ' ') ++k;
      if (k < text.size() && StartsWithCapital(text, k)) return;
    }
  }
  Finding f = name;
  f.end = end;
  f.confidence = std::min(name.confidence, 0.7f);
  added->push_back(f);
}

// The places of the bytes a nickname may open with, in text order: found
// with memchr a window of the text at a time (the text's other bytes are
// never visited one by one), so that what is kept does not grow with the
// text.
class OpenerPlaces {
 public:
  explicit OpenerPlaces(std::string_view text) : text_(text) {}

  bool Next(size_t* at) {
    while (next_ == places_.size()) {
      if (window_end_ >= text_.size()) return false;
      Fill();
    }
    *at = places_[next_++];
    return true;
  }

 private:
  static constexpr size_t kWindowBytes = 64 << 10;

  void Fill() {
    const size_t begin = window_end_;
    window_end_ = std::min(text_.size(), begin + kWindowBytes);
    places_.clear();
    next_ = 0;
    const char* const stop = text_.data() + window_end_;
    for (int byte : {0xC2, 0xE2, int{'"'}, int{'E'}, int{'L'}}) {
      const char* p = text_.data() + begin;
      while (p < stop) {
        const void* hit = std::memchr(p, byte, static_cast<size_t>(stop - p));
        if (hit == nullptr) break;
        places_.push_back(static_cast<size_t>(static_cast<const char*>(hit) - text_.data()));
        p = static_cast<const char*>(hit) + 1;
      }
    }
    std::sort(places_.begin(), places_.end());
  }

  std::string_view text_;
  size_t window_end_ = 0;
  std::vector<size_t> places_;  // of the window, sorted
  size_t next_ = 0;
};

}  // namespace

void AddCuedNicknames(std::string_view text, std::string_view language, const PlaceGazetteer& places,
                      std::vector<Finding>* names) {
  const size_t found = names->size();
  std::vector<Finding> added;
  for (size_t k = 0; k < found; ++k) {
    const Finding& f = (*names)[k];
    if (IsPersonFinding(f) && f.begin < f.end && f.end <= text.size()) {
      AddEpithet(text, language, places, f, &added);
    }
  }
  SpanCover added_cover;  // the epithets and nicknames added so far
  for (const Finding& f : added) added_cover.Insert(f.begin, f.end);
  // Where a nickname may open: '«' and '“' (their first bytes 0xC2 and
  // 0xE2), '"', and the 'E' or 'L' of a Spanish article.
  OpenerPlaces openers(text);
  size_t skip_until = 0;  // past the closing quote of the last nickname read
  bool of_a_person = false;  // set by CueBefore()
  for (size_t i = 0; openers.Next(&i);) {
    if (i < skip_until) continue;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::string_view close;
    size_t open_len = 0;
    if (c == 0xC2 && text.substr(i, 2) == "\xC2\xAB") {
      close = "\xC2\xBB";
      open_len = 2;
    } else if (c == 0xE2 && text.substr(i, 3) == "\xE2\x80\x9C") {
      close = "\xE2\x80\x9D";
      open_len = 3;
    } else if (c == '"' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(') && i + 1 < text.size() &&
               text[i + 1] != ' ') {
      close = "\"";
      open_len = 1;
    } else if ((c == 'E' || c == 'L') && i > 0 && text[i - 1] == ' ' &&
               (text.substr(i, 3) == "El " || text.substr(i, 3) == "La ") && CueBefore(text, i, &of_a_person)) {
      // "known as El Libertador": the capitalized words after the article.
      // Add() takes six words at most: a seventh is read only to tell that
      // the run is longer ("Alias El Alias El ..." must not be read to its
      // end from each "El").
      size_t b = i + 3, e = b;
      for (int words = 0; words < 7 && StartsWithCapital(text, e); ++words) {
        while (e < text.size() && (IsLetterByte(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
        if (words < 6 && e < text.size() && text[e] == ' ' && StartsWithCapital(text, e + 1)) {
          ++e;
        } else {
          break;
        }
      }
      if (e > b) Add(text, places, of_a_person, b, e, &added_cover, &added);
      continue;
    } else {
      continue;
    }
    const size_t limit = std::min(text.size(), i + open_len + 80);
    const size_t shut = text.substr(0, limit).find(close, i + open_len);
    if (shut == std::string_view::npos) continue;
    if (CueBefore(text, i, &of_a_person)) {
      size_t b = SkipSpaces(text, i + open_len, shut);
      b = SkipArticle(text, b, shut);
      size_t e = SkipSpacesBack(text, shut);
      if (e > b) Add(text, places, of_a_person, b, e, &added_cover, &added);
    }
    skip_until = shut + 1;
  }
  if (added.empty()) return;  // most texts: the names found are not sorted
  std::vector<std::pair<size_t, size_t>> found_spans;
  found_spans.reserve(found);
  for (size_t k = 0; k < found; ++k) found_spans.emplace_back((*names)[k].begin, (*names)[k].end);
  const SortedSpanCover found_cover(std::move(found_spans));
  for (Finding& f : added) {
    if (!found_cover.Covers(f.begin, f.end)) names->push_back(f);
  }
}

}  // namespace amparo::redaction
