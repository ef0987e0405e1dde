// MakeSnippet: highlighting in decrypted text (declared in sealed_index.h).
#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
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

size_t CharCount(std::string_view s, size_t from, size_t to) {
  size_t n = 0;
  for (size_t i = from; i < to; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace

std::string MakeSnippet(std::string_view text, std::string_view language,
                        const std::vector<std::string>& highlight_terms, size_t max_chars) {
  if (max_chars == 0) return "";
  const std::string lang = StemLanguageOf(language);
  std::vector<WordSpan> words = SplitWords(text);
  std::vector<std::string> folded;
  folded.reserve(words.size());
  for (const WordSpan& w : words) folded.push_back(FoldWord(text.substr(w.begin, w.end - w.begin)));

  // Each highlight entry gets an id so the window prefers distinct matches.
  std::unordered_map<std::string, int> exact, stems;
  std::vector<std::pair<std::vector<std::string>, int>> phrases;
  int next_id = 0;
  for (const std::string& h : highlight_terms) {
    if (h.empty()) continue;
    int id = next_id++;
    // Entries are folded already when they come from Search; fold again so
    // callers may pass words as typed.
    if (h[0] == '=') {
      exact.emplace(FoldWord(h.substr(1)), id);
    } else if (h.find(' ') != std::string::npos) {
      phrases.push_back({FoldedWords(h), id});
    } else {
      std::string folded = FoldWord(h);
      stems.emplace(Stem(lang, folded), id);
      exact.emplace(std::move(folded), id);
    }
  }

  // Stemming every word of a long text is the slow part of a snippet; a
  // Snowball stem nearly always starts with the word's first letters, so
  // only words sharing a 3-byte prefix with a wanted stem are stemmed.
  std::set<std::string> stem_prefixes;
  for (const auto& [stem, id] : stems) stem_prefixes.insert(stem.substr(0, 3));
  auto may_share_stem = [&](const std::string& w) {
    for (size_t n = 1; n <= 3 && n <= w.size(); ++n) {
      if (stem_prefixes.count(w.substr(0, n))) return true;
    }
    return false;
  };
  std::vector<int> match_id(words.size(), -1);
  for (size_t i = 0; i < words.size(); ++i) {
    for (const auto& [phrase, id] : phrases) {
      if (phrase.empty() || i + phrase.size() > words.size()) continue;
      if (std::equal(phrase.begin(), phrase.end(), folded.begin() + i)) {
        for (size_t k = 0; k < phrase.size(); ++k) match_id[i + k] = id;
      }
    }
    if (match_id[i] >= 0) continue;
    auto e = exact.find(folded[i]);
    if (e != exact.end()) {
      match_id[i] = e->second;
      continue;
    }
    if (!stems.empty() && may_share_stem(folded[i])) {
      auto s = stems.find(Stem(lang, folded[i]));
      if (s != stems.end()) match_id[i] = s->second;
    }
  }

  // Character index of each word start, to measure windows in characters.
  std::vector<size_t> word_char(words.size());
  size_t chars = 0, last = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    chars += CharCount(text, last, words[i].begin);
    last = words[i].begin;
    word_char[i] = chars;
  }
  const size_t total_chars = chars + CharCount(text, last, text.size());

  // Best window: most distinct matches, then most matches; it starts a
  // little before its first match so the match has some context.
  size_t best_start = 0;
  int best_distinct = 0, best_count = 0, anchors = 0;
  for (size_t i = 0; i < words.size() && anchors < 500; ++i) {
    if (match_id[i] < 0) continue;
    ++anchors;
    size_t start = i;
    while (start > 0 && word_char[i] - word_char[start - 1] < max_chars / 5) --start;
    std::set<int> distinct;
    int count = 0;
    for (size_t j = start; j < words.size() && word_char[j] - word_char[start] < max_chars; ++j) {
      if (match_id[j] >= 0) {
        distinct.insert(match_id[j]);
        ++count;
      }
    }
    if (static_cast<int>(distinct.size()) > best_distinct ||
        (static_cast<int>(distinct.size()) == best_distinct && count > best_count)) {
      best_distinct = static_cast<int>(distinct.size());
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
