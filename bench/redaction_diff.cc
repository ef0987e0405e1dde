// Writes everything the redactor decides on a fixed body of text, so two
// builds can be compared byte for byte (a speed change must not change a
// finding): every labeled set in the shared data (MEDDOCAN train and dev,
// WNUT17 train and dev, Europeana, presidio), each document alone with no
// known identifiers and with its own labeled names, phones, e-mails and IDs
// as known identifiers; each set joined into one text, whole and cut into
// pieces of varied sizes (300 B to 70 KB, on code point boundaries); and
// the benchmark text (bench/testimony_text.h) of 1 MB and 3 MB, whole, on
// one line and in pieces, in the four languages. For each text: the
// redacted text and every span (offsets, type, detector, confidence,
// replacement); for whole documents also each detector's own findings.
//
//   redaction_diff [shared-data-dir] > out.txt      (then: cmp base.txt out.txt)
//
// The output holds the test corpora's text: write it under /tmp, never
// next to testimonies.
#include <cinttypes>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "bench/labeled_data.h"
#include "bench/testimony_text.h"
#include "redaction/known_identifier_detector.h"
#include "redaction/name_detector.h"
#include "redaction/pattern_detector.h"
#include "redaction/place_gazetteer.h"
#include "redaction/redactor.h"

namespace {

using amparo::bench::DataSet;
using amparo::bench::Document;
using amparo::bench::Label;
using amparo::redaction::Finding;
using amparo::redaction::IdentifierTypeName;
using amparo::redaction::KnownIdentifierDetector;
using amparo::redaction::KnownIdentifiers;
using amparo::redaction::NameDetector;
using amparo::redaction::PatternDetector;
using amparo::redaction::PlaceGazetteer;
using amparo::redaction::RedactionOptions;
using amparo::redaction::RedactionResult;
using amparo::redaction::Redactor;

struct Tools {
  std::unique_ptr<Redactor> redactor;
  std::unique_ptr<PatternDetector> patterns;
  std::unique_ptr<NameDetector> names;
};

// A deterministic generator (the same sequence on every build and library).
struct Lcg {
  uint64_t state;
  uint32_t Next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state >> 33);
  }
};

void PrintFindings(const char* what, const std::vector<Finding>& findings) {
  std::printf("%s %zu\n", what, findings.size());
  for (const Finding& f : findings) {
    std::printf("  %zu %zu %s %s %.6f %d\n", f.begin, f.end,
                std::string(IdentifierTypeName(f.type)).c_str(), f.detector,
                static_cast<double>(f.confidence), f.person_group);
  }
}

void Redact(const Tools& tools, const std::string& label, std::string_view text,
            const std::string& language, const KnownIdentifiers& known,
            const RedactionOptions& options) {
  RedactionResult result;
  std::string error;
  std::printf("== %s (%zu bytes, %s)\n", label.c_str(), text.size(), language.c_str());
  if (!tools.redactor->Redact(text, language, known, options, &result, &error)) {
    std::printf("error: %s\n", error.c_str());
    return;
  }
  std::printf("spans %zu\n", result.report.spans.size());
  for (const auto& s : result.report.spans) {
    std::printf("  %zu %zu %zu %zu %s %s %.6f %s\n", s.original_begin, s.original_end,
                s.redacted_begin, s.redacted_end, std::string(IdentifierTypeName(s.type)).c_str(),
                s.detector.c_str(), static_cast<double>(s.confidence), s.replacement.c_str());
  }
  std::printf("text %zu\n%s\n", result.text.size(), result.text.c_str());
}

// Each detector's own findings, before merging.
void Detect(const Tools& tools, std::string_view text, const std::string& language,
            const KnownIdentifiers& known) {
  PrintFindings("patterns", tools.patterns->Find(text, language));
  PrintFindings("names", tools.names->Find(text, language));
  std::string error;
  auto detector = KnownIdentifierDetector::Create(known, &PlaceGazetteer::Default(), &error);
  if (!detector) {
    std::printf("known: %s\n", error.c_str());
    return;
  }
  PrintFindings("known", detector->Find(text));
}

// The document's own labeled identifiers, as intake would list them: the
// first person is the survivor.
KnownIdentifiers KnownFromGold(const Document& doc) {
  KnownIdentifiers known;
  for (const auto& g : doc.gold) {
    std::string value = doc.text.substr(g.begin, g.end - g.begin);
    if (value.empty() || value.size() > 80) continue;
    switch (g.label) {
      case Label::kPerson:
        (known.survivor_names.empty() ? known.survivor_names : known.other_names).push_back(value);
        break;
      case Label::kPhone: known.phones.push_back(value); break;
      case Label::kEmail: known.emails.push_back(value); break;
      case Label::kId: known.case_codes.push_back(value); break;
      case Label::kOtherId: known.other.push_back(value); break;
      default: break;
    }
  }
  return known;
}

// Cuts text into pieces of 300 B to max_piece bytes, each ending on a code
// point boundary, and redacts each.
void RedactPieces(const Tools& tools, const std::string& label, const std::string& text,
                  const std::string& language, const KnownIdentifiers& known,
                  const RedactionOptions& options, size_t max_piece, uint64_t seed) {
  Lcg rng{seed};
  size_t at = 0;
  int piece = 0;
  while (at < text.size()) {
    size_t size = 300 + rng.Next() % (max_piece - 300);
    size_t end = std::min(text.size(), at + size);
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    Redact(tools, label + " piece " + std::to_string(piece++), std::string_view(text).substr(at, end - at),
           language, known, options);
    at = end;
  }
}

void RunSet(const Tools& tools, const DataSet& set) {
  const RedactionOptions options;
  std::string joined;
  for (size_t i = 0; i < set.docs.size(); ++i) {
    const Document& doc = set.docs[i];
    const std::string label = set.name + " doc " + std::to_string(i);
    Redact(tools, label, doc.text, set.language, KnownIdentifiers{}, options);
    Detect(tools, doc.text, set.language, KnownIdentifiers{});
    const KnownIdentifiers known = KnownFromGold(doc);
    Redact(tools, label + " known", doc.text, set.language, known, options);
    joined += doc.text;
    joined += "\n\n";
  }
  Redact(tools, set.name + " joined", joined, set.language, KnownIdentifiers{}, options);
  Detect(tools, joined, set.language, KnownIdentifiers{});
  RedactPieces(tools, set.name + " small", joined, set.language, KnownIdentifiers{}, options, 4096, 17);
  RedactPieces(tools, set.name + " large", joined, set.language, KnownIdentifiers{}, options, 70000, 29);
}

void RunBenchText(const Tools& tools) {
  RedactionOptions options;
  options.pseudonym = "Yahir*";
  RedactionOptions plain = options;
  plain.generalize_ages = plain.generalize_dates = false;
  const KnownIdentifiers known = amparo::bench::TestimonyKnownIdentifiers();
  const std::string mb1 = amparo::bench::Testimony(1 << 20);
  const std::string mb3 = amparo::bench::Testimony(3 << 20);
  std::string one_line = mb1;
  for (char& c : one_line) {
    if (c == '\n') c = ' ';
  }
  for (const char* lang : {"es", "en", "fr", "ht"}) {
    const std::string l = lang;
    Redact(tools, "bench 1MB", mb1, l, known, options);
    Detect(tools, mb1, l, known);
    Redact(tools, "bench 1MB no generalizing", mb1, l, known, plain);
    Redact(tools, "bench 1MB one line", one_line, l, known, options);
    RedactPieces(tools, "bench 1MB small", mb1, l, known, options, 5000, 41);
    RedactPieces(tools, "bench 1MB large", mb1, l, known, options, 100000, 43);
  }
  Redact(tools, "bench 3MB", mb3, "es", known, options);
  Redact(tools, "bench 3MB empty known", mb3, "es", KnownIdentifiers{}, options);
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  const fs::path root(argc > 1 ? argv[1] : AMPARO_SHARED_DATA);
  if (!fs::exists(root / "meddocan-es")) {
    std::fprintf(stderr, "no labeled data in '%s' (pass the shared data dir)\n", root.c_str());
    return 2;
  }
  Tools tools;
  std::string error;
  tools.redactor = Redactor::Create(&error);
  if (tools.redactor) tools.patterns = PatternDetector::Create(&error);
  if (tools.patterns) tools.names = NameDetector::Create(&error);
  if (!tools.names) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  using namespace amparo::bench;
  DataSet med_train = LoadMeddocan(root / "meddocan-es" / "train");
  med_train.name = "MEDDOCAN train";
  DataSet med_dev = LoadMeddocan(root / "meddocan-es" / "dev");
  med_dev.name = "MEDDOCAN dev";
  RunSet(tools, med_train);
  RunSet(tools, med_dev);
  RunSet(tools, LoadBio(root / "wnut17-en" / "wnut17train.conll", "WNUT17 train", "en", true, 0));
  RunSet(tools, LoadBio(root / "wnut17-en" / "emerging.dev.conll", "WNUT17 dev", "en", true, 0));
  RunSet(tools, LoadBio(root / "europeana-fr" / "enp_FR.bnf.dev.bio", "Europeana", "fr", false, 300));
  RunSet(tools, LoadPresidio(root / "presidio-research-synth" / "synth_dataset_v2.json"));
  RunBenchText(tools);
  return 0;
}
