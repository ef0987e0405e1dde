#include "redaction/place_gazetteer_index.h"

#include <algorithm>
#include <mutex>

#include "redaction/name_detector_data.h"

namespace amparo::redaction {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

bool JoinsPlaceWords(const text::Token& t) {
  return !t.word && (t.first == '.' || t.first == '-' || t.first == '\'' || t.first == 0x2019) &&
         !t.newline_before;
}

// What Tokenize() makes of each letter of Latin-1 beyond ASCII (U+00C0 to
// U+00FF, the bytes C3 80 to C3 BF), read from Tokenize() itself once: its
// folded form if it is part of a word ("é" -> "e"), or none if it
// separates words ("×", the sign of multiplication). Tokenize() reads a
// code point alone (no context), so the keys of phrases of ASCII and these
// letters are built byte by byte, as the ASCII ones are: names of Spanish,
// French and Haitian text ("Mejía", "Juárez") are most of the
// phrases asked about beyond ASCII, and a token list for each cost more
// than the lookup it keys.
struct LatinLetters {
  std::string fold[64];
  bool word[64] = {};
  bool usable = true;  // false if Tokenize() read one otherwise than above
};

const LatinLetters& Latin1Letters() {
  static const LatinLetters kLetters = [] {
    LatinLetters letters;
    for (int b = 0; b < 64; ++b) {
      const std::string c = {'\xC3', static_cast<char>(0x80 + b)};
      const std::string inside = PlaceKeyFromTokens("a" + c + "a");
      const std::string alone = PlaceKeyFromTokens(c);
      if (inside == "a a" && alone.empty()) continue;
      if (inside.size() >= 3 && inside.front() == 'a' && inside.back() == 'a' &&
          inside.find(' ') == std::string::npos && alone == inside.substr(1, inside.size() - 2)) {
        letters.word[b] = true;
        letters.fold[b] = alone;
        continue;
      }
      letters.usable = false;
    }
    return letters;
  }();
  return kLetters;
}

}  // namespace

std::string PlaceKey(std::string_view phrase) {
  // ASCII and Latin-1 letters (most phrases asked about): its words are its
  // runs of letters and digits, folded by lower-casing (and by the table
  // above), which is what Tokenize() makes of them; no token list is built.
  bool latin = false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(phrase[i]);
    if (c < 0x80) continue;
    if (c != 0xC3 || i + 1 == phrase.size() || (static_cast<unsigned char>(phrase[i + 1]) & 0xC0) != 0x80) {
      return PlaceKeyFromTokens(phrase);
    }
    latin = true;
    ++i;
  }
  if (!latin) {
    // The key is never longer than the phrase (a space stands for at least
    // one byte of no word): written in place, without a check per byte.
    std::string key(phrase.size(), '\0');
    size_t n = 0;
    bool in_word = false;
    for (const char c : phrase) {
      const bool upper = c >= 'A' && c <= 'Z';
      if (!upper && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        in_word = false;
        continue;
      }
      if (!in_word && n != 0) key[n++] = ' ';
      in_word = true;
      key[n++] = upper ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    key.resize(n);
    return key;
  }
  const LatinLetters& letters = Latin1Letters();
  if (!letters.usable) return PlaceKeyFromTokens(phrase);
  std::string key;
  key.reserve(phrase.size());
  bool in_word = false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (!in_word && !key.empty()) key.push_back(' ');
      in_word = true;
      key.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      if (!in_word && !key.empty()) key.push_back(' ');
      in_word = true;
      key.push_back(static_cast<char>(c + ('a' - 'A')));
    } else if (c == '\xC3') {
      const int b = static_cast<unsigned char>(phrase[++i]) - 0x80;
      if (!letters.word[b]) {
        in_word = false;
        continue;
      }
      if (!in_word && !key.empty()) key.push_back(' ');
      in_word = true;
      key.append(letters.fold[b]);
    } else {
      in_word = false;
    }
  }
  return key;
}

std::string PlaceKeyFromTokens(std::string_view phrase) {
  text::Tokens tokens;
  text::Tokenize(phrase, &tokens);
  std::string key;
  for (const text::Token& t : tokens.tokens) {
    if (!t.word) continue;
    if (!key.empty()) key.push_back(' ');
    key.append(tokens.Folded(t));
  }
  return key;
}

bool PlaceIndex::Load(std::string_view tsv, std::string* error, PlaceClass cls) {
  size_t line_no = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() < 2 || fields.size() > 3 || fields[1].empty()) {
      *error = "places.tsv line " + std::to_string(line_no) + ": expected kind<TAB>name[<TAB>aliases]";
      return false;
    }
    std::string_view canonical = fields[1];
    const bool needs_capital = canonical[0] == '=';
    if (needs_capital) canonical.remove_prefix(1);
    const size_t id = entries_.size();
    entries_.push_back(PlaceEntry{std::string(canonical), std::string(fields[0]), needs_capital, cls});
    std::vector<std::string_view> names{canonical};
    if (fields.size() == 3) {
      for (std::string_view alias : Split(fields[2], '|')) {
        if (!alias.empty()) names.push_back(alias);
      }
    }
    for (std::string_view name : names) {
      std::string key = PlaceKey(name);
      if (key.empty()) continue;
      const uint64_t hash = text::FoldedHash(key);
      if (cls == PlaceClass::kWorldAmbiguous) {
        if (keys_.count(hash) == 0) ambiguous_keys_.emplace(hash, id);
        continue;
      }
      const uint64_t first = text::FoldedHash(std::string_view(key).substr(0, key.find(' '))) & 0xFFFF;
      first_words_[first / 64] |= uint64_t{1} << (first % 64);
      keys_.emplace(hash, id);  // first entry wins on duplicates
      for (size_t pos = key.find(' '); pos != std::string::npos; pos = key.find(' ', pos + 1)) {
        prefixes_.emplace(text::FoldedHash(std::string_view(key).substr(0, pos)));
      }
    }
  }
  BuildSlots();
  return true;
}

void PlaceIndex::BuildSlots() {
  size_t size = 2;
  int shift = 63;
  while (size < 2 * (keys_.size() + prefixes_.size())) {
    size *= 2;
    --shift;
  }
  slots_.assign(size, Slot{});
  slot_mask_ = size - 1;
  slot_shift_ = shift;
  auto slot_for = [&](uint64_t hash) -> Slot& {
    size_t at = SlotOf(hash);
    while (slots_[at].used && slots_[at].hash != hash) at = (at + 1) & slot_mask_;
    Slot& s = slots_[at];
    s.used = true;
    s.hash = hash;
    return s;
  };
  for (const auto& [hash, id] : keys_) slot_for(hash).entry = static_cast<int32_t>(id);
  for (const uint64_t hash : prefixes_) slot_for(hash).prefix = true;
}

const PlaceEntry* PlaceIndex::Lookup(std::string_view key) const {
  const uint64_t hash = text::FoldedHash(key);
  auto it = keys_.find(hash);
  if (it != keys_.end()) return &entries_[it->second];
  it = ambiguous_keys_.find(hash);
  return it == ambiguous_keys_.end() ? nullptr : &entries_[it->second];
}

size_t PlaceIndex::MatchAt(const text::Tokens& tokens, size_t i, const PlaceEntry** entry) const {
  const std::vector<text::Token>& ts = tokens.tokens;
  if (i >= ts.size() || !ts[i].word) return i;
  const uint64_t first = ts[i].hash & 0xFFFF;
  if (!(first_words_[first / 64] >> (first % 64) & 1)) return i;
  uint64_t hash = ts[i].hash;  // FoldedHash of the words so far, joined by ' '
  size_t best = i;
  size_t j = i;
  while (true) {
    if (j != i) {
      hash = (hash ^ static_cast<unsigned char>(' ')) * text::kFnvPrime;
      for (unsigned char c : tokens.Folded(ts[j])) hash = (hash ^ c) * text::kFnvPrime;
    }
    const Slot* slot = FindSlot(hash);
    if (slot != nullptr && slot->entry >= 0 &&
        (!entries_[slot->entry].needs_capital || ts[i].capitalized)) {
      best = j + 1;
      *entry = &entries_[slot->entry];
    }
    if (slot == nullptr || !slot->prefix) break;
    // Next word: directly after whitespace, or after '.', '-', '\'' tokens.
    size_t k = j + 1;
    while (k < ts.size() && JoinsPlaceWords(ts[k])) ++k;
    if (k >= ts.size() || !ts[k].word || ts[k].newline_before) break;
    if (k == j + 1 && !ts[k].space_before) break;
    j = k;
  }
  return best;
}

const PlaceIndex* DefaultPlaceIndex(std::string* error) {
  static std::string load_error;
  static const PlaceIndex* index = [] {
    auto* idx = new PlaceIndex;
    if (!idx->Load(data::EmbeddedFile("places.tsv"), &load_error) ||
        !idx->Load(data::EmbeddedFile("world_places.tsv"), &load_error, PlaceClass::kWorld) ||
        !idx->Load(data::EmbeddedFile("world_places_ambiguous.tsv"), &load_error,
                   PlaceClass::kWorldAmbiguous)) {
      delete idx;
      return static_cast<PlaceIndex*>(nullptr);
    }
    if (idx->size() == 0) {
      load_error = "places.tsv is missing from the embedded data";
      delete idx;
      return static_cast<PlaceIndex*>(nullptr);
    }
    return idx;
  }();
  if (index == nullptr && error != nullptr) *error = load_error;
  return index;
}

const PlaceIndex* SmallTownIndex(std::string* error) {
  static std::string load_error;
  static const PlaceIndex* index = [] {
    auto* idx = new PlaceIndex;
    if (!idx->Load(data::EmbeddedFile("small_towns.tsv"), &load_error, PlaceClass::kWorld)) {
      delete idx;
      return static_cast<PlaceIndex*>(nullptr);
    }
    if (idx->size() == 0) {
      load_error = "small_towns.tsv is missing from the embedded data";
      delete idx;
      return static_cast<PlaceIndex*>(nullptr);
    }
    return idx;
  }();
  if (index == nullptr && error != nullptr) *error = load_error;
  return index;
}

}  // namespace amparo::redaction
