#include "redaction/legal_form_firms.h"

#include <cctype>
#include <string>
#include <unordered_set>
#include <vector>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_veto.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Legal forms of companies as written after the firm's name. Kentucky's
// "Ky" and the like are left out: a town is written before them.
constexpr std::string_view kLegalForms[] = {
    // German, Austrian, Swiss.
    "GmbH", "AG", "KG", "OHG", "GbR", "KGaA", "e.V.", "e.G.",
    // Hungarian, Czech, Slovak.
    "Kft.", "Kft", "Bt.", "Zrt.", "Nyrt.", "s.r.o.", "a.s.", "v.o.s.",
    // Nordic and Baltic.
    "Oy", "Oyj", "AB", "ApS", "A/S", "ASA", "AS", "OÜ", "UAB", "SIA",
    // French, Belgian, Dutch.
    "SARL", "S.A.R.L.", "SAS", "S.A.S.", "SASU", "EURL", "BV", "B.V.", "NV", "N.V.", "BVBA", "VOF",
    // Spanish, Portuguese, Latin American.
    "S.A.", "S.L.", "S.L.U.", "Ltda.", "Ltda", "S/A",
    // Italian, Romanian.
    "S.p.A.", "SpA", "S.r.l.", "s.r.l.", "Srl", "SRL", "S.R.L.",
    // Polish, Balkan, Turkish, Australian.
    "Sp. z o.o.", "sp. z o.o.", "Sp.j.", "d.o.o.", "d.d.", "A.Ş.", "Pty Ltd", "Pty. Ltd."};

bool AllCaps(std::string_view word) {
  bool letter = false;
  for (unsigned char c : word) {
    if (std::islower(c) != 0) return false;
    if (std::isupper(c) != 0) letter = true;
  }
  return letter;
}

// The legal forms by their first byte: after most names stands a word
// that no form opens, and it is turned away by one load.
struct FormsByFirstByte {
  FormsByFirstByte() {
    for (std::string_view form : kLegalForms) forms[static_cast<unsigned char>(form[0])].push_back(form);
  }
  std::vector<std::string_view> forms[256];
};

// True if a legal form starts at text[at] and ends at a word's end.
bool LegalFormAt(std::string_view text, size_t at) {
  static const FormsByFirstByte* const kByFirst = new FormsByFirstByte();
  if (at >= text.size()) return false;
  for (std::string_view form : kByFirst->forms[static_cast<unsigned char>(text[at])]) {
    if (text.substr(at, form.size()) != form) continue;
    const size_t end = at + form.size();
    if (end >= text.size()) return true;
    // "Maria AS WELL": capitals going on are a shouted line, no register.
    if (AllCaps(form) && end + 1 < text.size() && text[end] == ' ' &&
        AllCaps(LetterWordStartingAt(text, end + 1))) {
      return false;
    }
    const unsigned char c = static_cast<unsigned char>(text[end]);
    // "AG", "AB", "AS", "NV" without dots are a person's initials as often
    // ("She said Sobotka AG was the one"): they say a firm only where its
    // name ends, before punctuation.
    if (form.size() <= 2 && (c == ' ' || c == '\t')) continue;
    if (!IsLetterByte(c) && std::isdigit(c) == 0 && (form.back() == '.' || c != '.' || end + 1 >= text.size() ||
                                                     !IsLetterByte(static_cast<unsigned char>(text[end + 1])))) {
      return true;
    }
  }
  return false;
}

// *name_end: where the firm's name ends (before "S" of "S.A." when the
// finding took it).
bool FirmBeforeLegalForm(std::string_view text, const Finding& f, const NameLexicon& lexicon, size_t* name_end_out) {
  if (f.end > text.size() || f.begin >= f.end) return false;
  // Where the legal form starts: after the name and one space, or at the
  // name's last word ("Sobotka Kft" taken whole, "Sobotka S" of "S.A.").
  size_t form_at = std::string_view::npos;
  size_t name_end = f.end;
  if (f.end + 1 < text.size() && text[f.end] == ' ' && LegalFormAt(text, f.end + 1)) {
    form_at = f.end + 1;
  } else {
    const size_t space = text.substr(f.begin, f.end - f.begin).rfind(' ');
    if (space != std::string_view::npos && LegalFormAt(text, f.begin + space + 1)) {
      form_at = f.begin + space + 1;
      name_end = f.begin + space;
    }
  }
  if (form_at == std::string_view::npos) return false;
  *name_end_out = name_end;
  const std::string_view name = text.substr(f.begin, name_end - f.begin);
  size_t first_end = 0;
  while (first_end < name.size() && IsLetterByte(static_cast<unsigned char>(name[first_end]))) ++first_end;
  if (first_end == 0) return false;
  const std::string_view first = name.substr(0, first_end);
  if (AllCaps(first)) return false;
  // "Marta Sobotka GmbH": a given name and a surname name the owner.
  if (first_end < name.size() && name[first_end] == ' ' &&
      (lexicon.Flags(text::Fold(first)) & kGivenName) != 0) {
    return false;
  }
  // "Mr. Halvorsen AS", "my friend Novák s.r.o.": a person's cue.
  size_t e = f.begin;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '.')) --e;
  size_t b = 0;
  const std::string_view before = LetterWordEndingAt(text, e, &b);
  return before.empty() || (lexicon.Flags(text::Fold(before)) & (kTitle | kKinCue | kNameCue)) == 0;
}

}  // namespace

void KeepFirmsBeforeLegalForms(std::string_view text, std::vector<Finding>* findings) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  std::vector<char> firm(findings->size(), 0);
  std::vector<size_t> name_end(findings->size(), 0);
  bool any = false;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    firm[i] = IsGuessedPerson(f) && FirmBeforeLegalForm(text, f, *lexicon, &name_end[i]);
    any = any || firm[i];
  }
  if (!any) return;
  // "Bianchi S.p.A. de Luis Bianchi": a firm named after a person the text
  // names would give the surname away beside the person's placeholder, and
  // the mention-propagation pass reads no word with a capitalized one next
  // to it. Such a firm's words stay redacted.
  std::unordered_set<std::string> person_words;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (!firm[i] && IsPersonFinding(f) && f.end <= text.size()) AddFoldedWordsOf(text, f, &person_words);
  }
  auto named_as_person = [&](const Finding& f) {
    std::unordered_set<std::string> words;
    AddFoldedWordsOf(text, f, &words);  // the name's words only
    for (const std::string& w : words) {
      if (person_words.count(w) != 0) return true;
    }
    return false;
  };
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    Finding f = (*findings)[i];
    if (firm[i]) {
      f.end = name_end[i];  // the legal form is left in clear
      if (f.begin >= f.end || !named_as_person(f)) continue;
    }
    (*findings)[kept++] = f;
  }
  findings->resize(kept);
}

}  // namespace amparo::redaction
