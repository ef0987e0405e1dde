#include "redaction/spoken_identifiers.h"

#include <re2/re2.h>

#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

constexpr const char* kJoin = R"((?:punto|dot|point|pwen|gui[oó]n(?:\s+bajo)?|underscore|dash|tiret(?:\s+bas)?))";

const re2::RE2& EmailRegex() {
  static const re2::RE2* const regex = [] {
    const std::string word = R"([\pL\pN_]+)";
    const std::string part = word + R"((?:\s+)" + kJoin + R"(\s+)" + word + ")*";
    re2::RE2::Options options;
    options.set_case_sensitive(false);
    return new re2::RE2("(" + part + R"()\s+(arroba|arobase|at)\s+()" + part + ")", options);
  }();
  return *regex;
}

// Numbers in words and what they spell: 1 a digit, 2 two digits ("doce",
// "cincuenta"), 3 a tens word that a unit may join ("cincuenta y cinco",
// "twenty one", "soixante-dix").
const std::unordered_map<std::string_view, int>& NumberWords() {
  static const auto* const words = new std::unordered_map<std::string_view, int>{
      // Spanish
      {"cero", 1}, {"uno", 1}, {"dos", 1}, {"tres", 1}, {"cuatro", 1}, {"cinco", 1}, {"seis", 1},
      {"siete", 1}, {"ocho", 1}, {"nueve", 1}, {"diez", 2}, {"once", 2}, {"doce", 2}, {"trece", 2},
      {"catorce", 2}, {"quince", 2}, {"dieciseis", 2}, {"diecisiete", 2}, {"dieciocho", 2},
      {"diecinueve", 2}, {"veinte", 3}, {"veintiuno", 2}, {"veintidos", 2}, {"veintitres", 2},
      {"veinticuatro", 2}, {"veinticinco", 2}, {"veintiseis", 2}, {"veintisiete", 2}, {"veintiocho", 2},
      {"veintinueve", 2}, {"treinta", 3}, {"cuarenta", 3}, {"cincuenta", 3}, {"sesenta", 3},
      {"setenta", 3}, {"ochenta", 3}, {"noventa", 3},
      // English
      {"zero", 1}, {"oh", 1}, {"one", 1}, {"two", 1}, {"three", 1}, {"four", 1}, {"five", 1}, {"six", 1},
      {"seven", 1}, {"eight", 1}, {"nine", 1}, {"ten", 2}, {"eleven", 2}, {"twelve", 2}, {"thirteen", 2},
      {"fourteen", 2}, {"fifteen", 2}, {"sixteen", 2}, {"seventeen", 2}, {"eighteen", 2}, {"nineteen", 2},
      {"twenty", 3}, {"thirty", 3}, {"forty", 3}, {"fifty", 3}, {"sixty", 3}, {"seventy", 3}, {"eighty", 3},
      {"ninety", 3},
      // French
      {"un", 1}, {"deux", 1}, {"trois", 1}, {"quatre", 1}, {"cinq", 1}, {"sept", 1}, {"huit", 1},
      {"neuf", 1}, {"dix", 2}, {"onze", 2}, {"douze", 2}, {"treize", 2}, {"quatorze", 2}, {"quinze", 2},
      {"seize", 2}, {"vingt", 3}, {"vingts", 3}, {"trente", 3}, {"quarante", 3}, {"cinquante", 3},
      {"soixante", 3}};
  return *words;
}

bool IsTopLevelDomain(std::string_view folded) {
  static const std::unordered_set<std::string_view> kTlds = {
      "com", "net", "org", "edu", "gov", "info", "io", "mx", "es", "fr", "ht", "co", "us", "uk", "ca",
      "hn", "gt", "sv", "ni", "cr", "pa", "ve", "cu", "br", "ar", "cl", "pe", "ec", "bo", "py", "uy",
      "do", "de", "it"};
  return kTlds.count(folded) != 0;
}

bool IsMailProvider(std::string_view folded) {
  static const std::unordered_set<std::string_view> kProviders = {
      "gmail", "hotmail", "yahoo", "outlook", "icloud", "live", "aol", "protonmail", "msn", "ymail",
      "gmx", "yandex", "prodigy", "terra"};
  return kProviders.count(folded) != 0;
}

bool WordBoundaryBefore(std::string_view text, size_t at) {
  return at == 0 || !IsLetterByte(static_cast<unsigned char>(text[at - 1])) ||
         (std::isdigit(static_cast<unsigned char>(text[at - 1])) != 0);
}

void AddEmails(std::string_view text, std::vector<Finding>* findings) {
  if (text.find(" arroba ") == std::string_view::npos && text.find(" at ") == std::string_view::npos &&
      text.find(" arobase ") == std::string_view::npos && text.find(" AT ") == std::string_view::npos &&
      text.find(" Arroba ") == std::string_view::npos) {
    return;
  }
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece local, at, domain;
  while (re2::RE2::FindAndConsume(&input, EmailRegex(), &local, &at, &domain)) {
    const size_t begin = static_cast<size_t>(local.data() - text.data());
    const size_t end = static_cast<size_t>(domain.data() + domain.size() - text.data());
    if (!WordBoundaryBefore(text, begin)) continue;
    const std::string at_word = text::Fold(std::string_view(at.data(), at.size()));
    const std::string dom = text::Fold(std::string_view(domain.data(), domain.size()));
    if (at_word == "at") {
      // The last word of the domain a top-level domain after a joining
      // word, or the first a mail provider; and a word joined in the local
      // part or the domain (no "she stayed at gmail").
      const size_t last_space = dom.rfind(' ');
      const std::string last = last_space == std::string::npos ? dom : dom.substr(last_space + 1);
      const std::string first = dom.substr(0, dom.find(' '));
      const bool joined = last_space != std::string::npos;
      if (!(joined && IsTopLevelDomain(last)) && !(IsMailProvider(first) && (joined || local.find(' ') != re2::StringPiece::npos))) {
        continue;
      }
    }
    Finding f;
    f.begin = begin;
    f.end = end;
    f.type = IdentifierType::kEmail;
    f.detector = "pattern";
    f.confidence = 0.8f;
    findings->push_back(f);
  }
}

// The folded word (case and accents) in buf, or "" if it cannot be a
// number word (too long, not Latin): no heap string per word of the text.
std::string_view FoldedNumberCandidate(std::string_view word, char* buf, size_t capacity) {
  if (word.size() < 2 || word.size() > 14) return {};
  size_t length = 0;
  if (!FoldLatinInto(word, buf, capacity, &length)) return {};
  return std::string_view(buf, length);
}

bool IsWordByte(unsigned char c) { return IsLetterByte(c) || std::isdigit(c) != 0; }

void AddPhones(std::string_view text, std::vector<Finding>* findings) {
  const auto& numbers = NumberWords();
  // Tokens: words (letters or digits) and what lies between them.
  size_t i = 0;
  const size_t n = text.size();
  size_t run_begin = 0, run_end = 0;
  int digits = 0, groups = 0;
  bool open_tens = false;  // the last group is a tens word a unit may join
  auto flush = [&] {
    if (groups >= 3 && digits >= 7 && digits <= 15) {
      Finding f;
      f.begin = run_begin;
      f.end = run_end;
      f.type = IdentifierType::kPhone;
      f.detector = "pattern";
      f.confidence = 0.8f;
      findings->push_back(f);
    }
    digits = 0;
    groups = 0;
    open_tens = false;
  };
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!IsWordByte(c)) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < n && IsWordByte(static_cast<unsigned char>(text[e]))) ++e;
    const std::string_view word = text.substr(i, e - i);
    // What lies between the run's end and this word: only spaces, commas,
    // dots, hyphens, or "y" / "and" / "et" after a tens word.
    const bool in_run = digits > 0;
    bool joins = false;
    bool after_tens_joiner = false;
    if (in_run) {
      const std::string_view gap = text.substr(run_end, i - run_end);
      joins = !gap.empty() && gap.size() <= 3 && gap.find_first_not_of(" ,.-") == std::string_view::npos &&
              gap.find('\n') == std::string_view::npos;
      after_tens_joiner = joins && gap.find('-') != std::string_view::npos;
    }
    char buf[32];
    const std::string_view folded = FoldedNumberCandidate(word, buf, sizeof buf);
    bool all_digits = true;
    for (char d : word) all_digits = all_digits && std::isdigit(static_cast<unsigned char>(d)) != 0;
    if (in_run && joins && (word == "y" || word == "and" || word == "et") && open_tens) {
      // "cincuenta y cinco": look at the word after.
      size_t k = e;
      while (k < n && text[k] == ' ') ++k;
      size_t ke = k;
      while (ke < n && IsWordByte(static_cast<unsigned char>(text[ke]))) ++ke;
      char next_buf[32];
      const auto next = numbers.find(FoldedNumberCandidate(text.substr(k, ke - k), next_buf, sizeof next_buf));
      if (k > e && next != numbers.end() && next->second == 1) {
        run_end = ke;
        open_tens = false;
        i = ke;
        continue;
      }
    }
    const auto it = numbers.find(folded);
    if (it != numbers.end() && !(folded == "oh" && !in_run)) {
      if (in_run && !joins) flush();
      const bool starts = digits == 0;
      if (starts) run_begin = i;
      const bool unit_joins_tens = !starts && open_tens && (it->second == 1 || (it->second == 2 && after_tens_joiner));
      if (!unit_joins_tens) {
        digits += it->second == 1 ? 1 : 2;
        ++groups;
      }
      open_tens = it->second == 3 || (folded == "quatre" && text.substr(e, 6) == "-vingt");
      if (unit_joins_tens) open_tens = false;
      run_end = e;
    } else if (all_digits && in_run && joins && word.size() <= 4) {
      digits += static_cast<int>(word.size());
      ++groups;
      open_tens = false;
      run_end = e;
    } else if (in_run) {
      flush();
    }
    i = e;
  }
  if (digits > 0) flush();
}

}  // namespace

void AddSpokenIdentifiers(std::string_view text, std::vector<Finding>* findings) {
  AddEmails(text, findings);
  AddPhones(text, findings);
}

}  // namespace amparo::redaction
