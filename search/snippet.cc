// Highlighter and MakeSnippet: highlighting in decrypted text (declared in
// sealed_index.h).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "search/sealed_index.h"
#include "search/stemming.h"
#include "search/text_folding.h"

namespace amparo::search {

namespace {

void AppendEscaped(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      case '"': *out += "&quot;"; break;
      case '\'': *out += "&#39;"; break;
      default: out->push_back(c);
    }
  }
}

// Characters in s[from, to): bytes that are not UTF-8 continuation bytes
// (10xxxxxx), counted eight at a time.
size_t CharCount(std::string_view s, size_t from, size_t to) {
  size_t continuations = 0;
  size_t i = from;
  for (; i + 8 <= to; i += 8) {
    uint64_t x;
    memcpy(&x, s.data() + i, 8);
    // Bit 7 set and bit 6 clear, byte by byte; the multiplication adds the
    // eight 0/1 bytes into the top byte (no popcount instruction needed).
    const uint64_t marks = (x & ~(x << 1) & 0x8080808080808080ULL) >> 7;
    continuations += static_cast<size_t>((marks * 0x0101010101010101ULL) >> 56);
  }
  for (; i < to; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++continuations;
  }
  return to - from - continuations;
}

// A word's first 1..3 bytes as one integer (length in the top byte).
uint32_t PrefixKey(std::string_view w, size_t n) {
  uint32_t key = static_cast<uint32_t>(n) << 24;
  for (size_t i = 0; i < n; ++i) key |= static_cast<uint32_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return key;
}

}  // namespace

// The highlight entries, folded and stemmed once per query.
struct Highlighter::Prepared {
  struct StemSet {
    std::unordered_map<std::string, int> stems;
    // Stemming every word of a long text is the slow part of a snippet; a
    // Snowball stem nearly always starts with the word's first letters, so
    // only words sharing a 3-byte prefix with a wanted stem are stemmed.
    std::unordered_set<uint32_t> prefixes;
  };
  std::unordered_map<std::string, int> exact;
  // Phrases by their first word.
  std::unordered_map<std::string, std::vector<std::pair<std::vector<std::string>, int>>> phrases;
  std::unordered_map<std::string, StemSet> stem_sets;  // by stem language
  std::array<bool, 256> first_bytes{};  // first bytes of every folded word above
  int ids = 0;

  // Words already stemmed for this query, by stem language: folded word ->
  // highlight id, or -1. Snowball stemming was the costliest step of a
  // snippet and the same words recur from one hit to the next. It holds
  // words of decrypted texts, so it lives only as long as the Highlighter
  // (one request) and is wiped with it. One Snippet at a time uses it; a
  // concurrent call keeps a memo of its own.
  struct StemMemo {
    std::unordered_map<std::string, int> words;
    ~StemMemo() {
      for (auto& [word, id] : words) explicit_bzero(const_cast<char*>(word.data()), word.size());
    }
  };
  mutable std::mutex memo_mu;
  mutable std::unordered_map<std::string, StemMemo> memo;

  const StemSet* StemsFor(const std::string& lang) const {
    auto it = stem_sets.find(lang);
    return it == stem_sets.end() || it->second.stems.empty() ? nullptr : &it->second;
  }
};

Highlighter::Highlighter(const std::vector<std::string>& highlight_terms)
    : prepared_(std::make_unique<Prepared>()) {
  Prepared& p = *prepared_;
  std::vector<std::pair<std::string, int>> stemmed;
  // Each highlight entry gets an id so the window prefers distinct matches.
  for (const std::string& h : highlight_terms) {
    if (h.empty()) continue;
    int id = p.ids++;
    // Entries are folded already when they come from Search; fold again so
    // callers may pass words as typed.
    if (h[0] == '=') {
      p.exact.emplace(FoldWord(h.substr(1)), id);
    } else if (h.find(' ') != std::string::npos) {
      std::vector<std::string> words = FoldedWords(h);
      if (!words.empty()) p.phrases[words[0]].push_back({std::move(words), id});
    } else {
      std::string folded = FoldWord(h);
      stemmed.emplace_back(folded, id);
      p.exact.emplace(std::move(folded), id);
    }
  }
  std::vector<std::string> languages = StemmedLanguages();
  languages.emplace_back(kOtherLanguage);
  auto note_first = [&](const std::string& w) {
    if (!w.empty()) p.first_bytes[static_cast<unsigned char>(w[0])] = true;
  };
  for (const auto& [word, id] : p.exact) note_first(word);
  for (const auto& [first, list] : p.phrases) note_first(first);
  for (const std::string& lang : languages) {
    Prepared::StemSet& set = p.stem_sets[lang];
    for (const auto& [word, id] : stemmed) {
      std::string stem = Stem(lang, word);
      note_first(stem);
      for (size_t n = 1; n <= 3 && n <= stem.size(); ++n) set.prefixes.insert(PrefixKey(stem, n));
      set.stems.emplace(std::move(stem), id);
    }
  }
}

Highlighter::~Highlighter() = default;

std::string MakeSnippet(std::string_view text, std::string_view language,
                        const std::vector<std::string>& highlight_terms, size_t max_chars) {
  return Highlighter(highlight_terms).Snippet(text, language, max_chars);
}

std::string Highlighter::Snippet(std::string_view text, std::string_view language,
                                 size_t max_chars) const {
  if (max_chars == 0) return "";
  const Prepared& p = *prepared_;
  const Prepared::StemSet* stems = p.StemsFor(StemLanguageOf(language));
  std::vector<WordSpan> words = SplitWords(text);
  // Folding is the costly part of marking a word, and most words cannot
  // match: a word is folded only if its first letter can start a wanted
  // word, phrase or stem (ASCII letters fold to their lower case).
  std::vector<std::string> folded(words.size());
  std::vector<bool> is_folded(words.size(), false);
  auto fold = [&](size_t i) -> const std::string& {
    if (!is_folded[i]) {
      FoldWordInto(text.substr(words[i].begin, words[i].end - words[i].begin), &folded[i]);
      is_folded[i] = true;
    }
    return folded[i];
  };
  auto may_match = [&](size_t i) {
    unsigned char c = static_cast<unsigned char>(text[words[i].begin]);
    if (c >= 0x80) return true;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    return p.first_bytes[c];
  };
  auto may_share_stem = [&](const std::string& w) {
    for (size_t n = 1; n <= 3 && n <= w.size(); ++n) {
      if (stems->prefixes.count(PrefixKey(w, n))) return true;
    }
    return false;
  };
  const std::string lang = StemLanguageOf(language);
  std::unique_lock<std::mutex> memo_lock(p.memo_mu, std::try_to_lock);
  Prepared::StemMemo own_memo;
  Prepared::StemMemo& memo = memo_lock.owns_lock() ? p.memo[lang] : own_memo;
  std::vector<int> match_id(words.size(), -1);
  for (size_t i = 0; i < words.size(); ++i) {
    if (!may_match(i)) continue;
    const std::string& word = fold(i);
    if (!p.phrases.empty()) {
      auto ph = p.phrases.find(word);
      if (ph != p.phrases.end()) {
        for (const auto& [phrase, id] : ph->second) {
          if (i + phrase.size() > words.size()) continue;
          bool all = true;
          for (size_t k = 1; k < phrase.size() && all; ++k) all = fold(i + k) == phrase[k];
          if (all) {
            for (size_t k = 0; k < phrase.size(); ++k) match_id[i + k] = id;
          }
        }
      }
    }
    if (match_id[i] >= 0) continue;
    auto e = p.exact.find(word);
    if (e != p.exact.end()) {
      match_id[i] = e->second;
      continue;
    }
    if (stems != nullptr && may_share_stem(word)) {
      auto known = memo.words.find(word);
      if (known == memo.words.end()) {
        auto st = stems->stems.find(Stem(lang, word));
        known = memo.words.emplace(word, st == stems->stems.end() ? -1 : st->second).first;
      }
      match_id[i] = known->second;
    }
  }

  // Character index of each word start, to measure windows in characters.
  std::vector<size_t> word_char(words.size());
  for (size_t i = 0; i < words.size(); ++i) word_char[i] = words[i].chars_before;
  const size_t total_chars = CharCount(text, 0, text.size());

  // Best window: most distinct matches, then most matches; it starts a
  // little before its first match so the match has some context.
  size_t best_start = 0;
  int best_distinct = 0, best_count = 0, anchors = 0;
  std::vector<int> seen_at(static_cast<size_t>(p.ids), -1);  // anchor that last saw an id
  for (size_t i = 0; i < words.size() && anchors < 500; ++i) {
    if (match_id[i] < 0) continue;
    ++anchors;
    size_t start = i;
    while (start > 0 && word_char[i] - word_char[start - 1] < max_chars / 5) --start;
    int distinct = 0, count = 0;
    for (size_t j = start; j < words.size() && word_char[j] - word_char[start] < max_chars; ++j) {
      if (match_id[j] >= 0) {
        int& seen = seen_at[static_cast<size_t>(match_id[j])];
        if (seen != anchors) {
          seen = anchors;
          ++distinct;
        }
        ++count;
      }
    }
    if (distinct > best_distinct || (distinct == best_distinct && count > best_count)) {
      best_distinct = distinct;
      best_count = count;
      best_start = start;
    }
  }

  size_t begin_byte = words.empty() || best_start == 0 ? 0 : words[best_start].begin;
  size_t begin_char = begin_byte == 0 ? 0 : word_char[best_start];
  // End at the last whole word that fits.
  size_t end_byte = begin_byte;
  size_t end_word = best_start;
  if (total_chars - begin_char <= max_chars) {
    end_byte = text.size();
    end_word = words.size();
  } else {
    for (size_t j = best_start; j < words.size(); ++j) {
      size_t end_char = word_char[j] + CharCount(text, words[j].begin, words[j].end);
      if (end_char - begin_char > max_chars) break;
      end_byte = words[j].end;
      end_word = j + 1;
    }
    if (end_byte == begin_byte) {  // one very long word: cut it at a character
      size_t n = 0;
      end_byte = begin_byte;
      while (end_byte < text.size() && n < max_chars) {
        ++end_byte;
        while (end_byte < text.size() && (static_cast<unsigned char>(text[end_byte]) & 0xC0) == 0x80) ++end_byte;
        ++n;
      }
      end_word = best_start;
    }
  }

  std::string out;
  if (begin_byte > 0) out += "\u2026";
  size_t at = begin_byte;
  for (size_t j = best_start; j < end_word; ++j) {
    if (match_id[j] < 0) continue;
    AppendEscaped(text.substr(at, words[j].begin - at), &out);
    out += "<mark>";
    AppendEscaped(text.substr(words[j].begin, words[j].end - words[j].begin), &out);
    out += "</mark>";
    at = words[j].end;
  }
  AppendEscaped(text.substr(at, end_byte - at), &out);
  if (end_byte < text.size()) out += "\u2026";
  return out;
}

}  // namespace amparo::search
