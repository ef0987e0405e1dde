// Fuzzes the whole redactor: known identifiers, pattern rules, the name
// detector and rendering, on arbitrary text.
//
// Input fields (0-separated): text, survivor names, other names, phones,
// e-mails, case codes (lists separated by '|'), options, reviewer spans.
// Properties checked on every input:
//  - invalid UTF-8 is refused with a message, valid text is redacted;
//  - the report's spans are ordered, disjoint, inside the input, and each
//    one's replacement is what the redacted text holds at its offsets;
//  - the redacted text is valid UTF-8;
//  - no listed name word (4+ ASCII letters) is left where it stands
//    capitalized, as a whole word, in the input, and no listed e-mail at all. By
//    design a listed word that is also a place may stay where it names the
//    place ("en Reynosa"), and a lower-case ordinary word ("rosa") may stay:
//    places are skipped here, lower case is not checked;
//  - re-rendering the report's own spans (what a reviewer's edit does)
//    succeeds; rendering arbitrary reviewer spans on character boundaries
//    succeeds with valid UTF-8 when they are disjoint and fails with a
//    message when they overlap.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "redaction/place_gazetteer.h"
#include "redaction/redactor.h"
#include "redaction/text_utf8.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace amparo::redaction;

const Redactor& TheRedactor() {
  static std::unique_ptr<Redactor> redactor = [] {
    std::string error;
    std::unique_ptr<Redactor> r = Redactor::Create(&error);
    if (r == nullptr) std::fprintf(stderr, "Redactor::Create: %s\n", error.c_str());
    FUZZ_CHECK(r != nullptr);
    return r;
  }();
  return *redactor;
}

bool WordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80;
}

// Whether text holds word (ASCII case folded) as a whole word, judged in
// text itself, lying wholly outside the redacted spans; with capitalized,
// only occurrences whose first letter is upper case count.
bool KeptWord(const std::string& text, const std::vector<RedactionSpan>& spans,
              const std::string& word, bool capitalized) {
  if (word.empty() || word.size() > text.size()) return false;
  for (size_t i = 0; i + word.size() <= text.size(); ++i) {
    if (capitalized && !std::isupper(static_cast<unsigned char>(text[i]))) continue;
    bool same = true;
    for (size_t k = 0; k < word.size() && same; ++k) {
      same = std::tolower(static_cast<unsigned char>(text[i + k])) ==
             std::tolower(static_cast<unsigned char>(word[k]));
    }
    if (!same) continue;
    const size_t end = i + word.size();
    const bool left = i == 0 || !WordByte(text[i - 1]);
    const bool right = end == text.size() || !WordByte(text[end]);
    if (!left || !right) continue;
    bool covered = false;
    for (const RedactionSpan& s : spans) {
      covered = covered || (s.original_begin < end && i < s.original_end);
    }
    if (!covered) return true;
  }
  return false;
}

// Name words the redactor must never leave: 4+ ASCII letters.
std::vector<std::string> NameWords(const std::vector<std::string>& names) {
  std::vector<std::string> words;
  for (const std::string& name : names) {
    std::string w;
    for (size_t i = 0; i <= name.size(); ++i) {
      const bool letter = i < name.size() && std::isalpha(static_cast<unsigned char>(name[i]));
      if (letter) {
        w.push_back(name[i]);
        continue;
      }
      const bool split = i == name.size() || name[i] == ' ';
      if (split && w.size() >= 4) words.push_back(w);
      if (!split) {
        // A word with other characters (digits, accents, marks) is skipped.
        while (i < name.size() && name[i] != ' ') ++i;
      }
      w.clear();
    }
  }
  return words;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Redactor& redactor = TheRedactor();
  auto f = amparo::fuzz::SplitFields(data, size, 8);
  const std::string text(f[0]);
  KnownIdentifiers known;
  known.survivor_names = amparo::fuzz::SplitList(f[1], '|');
  known.other_names = amparo::fuzz::SplitList(f[2], '|');
  known.phones = amparo::fuzz::SplitList(f[3], '|');
  known.emails = amparo::fuzz::SplitList(f[4], '|');
  known.case_codes = amparo::fuzz::SplitList(f[5], '|');
  const uint8_t flags = f[6].empty() ? 0 : static_cast<uint8_t>(f[6][0]);
  static const char* kLanguages[] = {"es", "en", "fr", "ht"};
  const std::string language = kLanguages[flags & 3];
  RedactionOptions options;
  options.generalize_ages = flags & 4;
  options.generalize_dates = flags & 8;

  RedactionResult out;
  std::string error;
  const bool ok = redactor.Redact(text, language, known, options, &out, &error);
  const bool valid = IsValidUtf8(text, nullptr);
  if (!ok) {
    FUZZ_CHECK(!error.empty());
    // Everything else is redacted: only text that is not UTF-8, or a
    // list entry that is not, may be refused.
    return 0;
  }
  FUZZ_CHECK(valid);
  FUZZ_CHECK(IsValidUtf8(out.text, nullptr));

  // Spans: ordered, disjoint, inside the input, replaced as reported.
  size_t prev_original = 0, prev_redacted = 0;
  for (const RedactionSpan& s : out.report.spans) {
    FUZZ_CHECK(s.original_begin < s.original_end);
    FUZZ_CHECK(s.original_end <= text.size());
    FUZZ_CHECK(s.original_begin >= prev_original);
    FUZZ_CHECK(s.redacted_begin >= prev_redacted);
    FUZZ_CHECK(s.redacted_begin <= s.redacted_end && s.redacted_end <= out.text.size());
    FUZZ_CHECK(out.text.compare(s.redacted_begin, s.redacted_end - s.redacted_begin,
                                s.replacement) == 0);
    prev_original = s.original_end;
    prev_redacted = s.redacted_end;
  }

  std::vector<std::string> names = known.survivor_names;
  names.insert(names.end(), known.other_names.begin(), known.other_names.end());
  for (const std::string& word : NameWords(names)) {
    std::string folded;
    for (char c : word) folded.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (folded == "santa" || PlaceGazetteer::Default().IsPlace(folded)) continue;
    if (KeptWord(text, out.report.spans, word, /*capitalized=*/true)) {
      std::fprintf(stderr, "listed name word left in the text: %s\n", word.c_str());
      FUZZ_CHECK(false);
    }
  }
  for (const std::string& email : known.emails) {
    // A plain address: letters or digits, one '@', a dotted domain
    // ("ab@cd.ef"); a run of '@' is no e-mail anyone writes.
    const size_t at = email.find('@');
    bool plain = at != std::string::npos && at > 0 && email.find('@', at + 1) == std::string::npos &&
                 email.find('.', at) != std::string::npos && email.size() >= 6 &&
                 std::isalnum(static_cast<unsigned char>(email[0])) &&
                 std::isalnum(static_cast<unsigned char>(email.back()));
    for (char c : email) plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '@' || c == '.');
    if (plain && KeptWord(text, out.report.spans, email, /*capitalized=*/false)) {
      std::fprintf(stderr, "listed e-mail left in the text: %s\n", email.c_str());
      FUZZ_CHECK(false);
    }
  }

  // A reviewer's re-render of the same spans.
  std::vector<Finding> findings;
  for (const RedactionSpan& s : out.report.spans) {
    Finding x;
    x.begin = s.original_begin;
    x.end = s.original_end;
    x.type = s.type;
    x.detector = "reviewer";
    findings.push_back(x);
  }
  RedactionResult again;
  FUZZ_CHECK(redactor.Render(text, findings, options, &again, &error));
  FUZZ_CHECK(IsValidUtf8(again.text, nullptr));

  // Arbitrary reviewer spans: 4 bytes each (begin, length, type), moved to
  // character boundaries as the archive requires of an edit.
  if (text.empty()) return 0;
  auto boundary = [&](size_t at) {
    at = std::min(at, text.size());
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    return at;
  };
  std::vector<Finding> edits;
  const std::string_view spec = f[7];
  for (size_t i = 0; i + 4 <= spec.size() && edits.size() < 32; i += 4) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(spec[i + k]); };
    Finding x;
    x.begin = boundary((byte(0) << 8 | byte(1)) % text.size());
    x.end = boundary(x.begin + 1 + byte(2) % 64);
    if (x.begin >= x.end) continue;
    x.type = static_cast<IdentifierType>(byte(3) % (static_cast<int>(IdentifierType::kOther) + 1));
    x.detector = "reviewer";
    x.person_group = byte(3) & 0x80 ? byte(3) & 7 : -1;
    edits.push_back(x);
  }
  std::vector<Finding> sorted = edits;
  std::sort(sorted.begin(), sorted.end(), [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  bool overlap = false;
  for (size_t i = 1; i < sorted.size(); ++i) overlap = overlap || sorted[i].begin < sorted[i - 1].end;
  RedactionResult edited;
  error.clear();
  const bool rendered = redactor.Render(text, edits, options, &edited, &error);
  if (overlap) {
    FUZZ_CHECK(!rendered && !error.empty());
  } else {
    FUZZ_CHECK(rendered);
    FUZZ_CHECK(IsValidUtf8(edited.text, nullptr));
    FUZZ_CHECK(edited.report.spans.size() == edits.size());
  }
  return 0;
}
