// Labeled text written by others (../shared/data, see its README), loaded
// for the redaction benchmarks: MEDDOCAN (es, clinical, BRAT), WNUT17 (en,
// social media, CoNLL), Europeana (fr, 1906 newspapers, BIO) and
// presidio-research synthetic sentences (en, JSON). Offsets are UTF-8 bytes.
// Header-only: each bench/*.cc is its own program.
#ifndef AMPARO_BENCH_LABELED_DATA_H_
#define AMPARO_BENCH_LABELED_DATA_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace amparo::bench {

namespace fs = std::filesystem;

enum class Label { kNone, kPerson, kPlace, kPhone, kEmail, kId, kStreet, kDate, kOtherId, kOther };
struct GoldSpan {
  size_t begin, end;
  Label label;
};
struct Document {
  std::string text;
  std::vector<GoldSpan> gold;
};
struct DataSet {
  std::string name, language;
  std::vector<Document> docs;
};

inline std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Byte offset of the cp-th code point of text (corpora count code points).
inline size_t ByteOfCodePoint(const std::string& text, size_t cp) {
  size_t i = 0, seen = 0;
  while (i < text.size() && seen < cp) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++seen;
  }
  return std::min(i, text.size());
}

inline Label MeddocanLabel(const std::string& type) {
  if (type == "NOMBRE_SUJETO_ASISTENCIA" || type == "NOMBRE_PERSONAL_SANITARIO") return Label::kPerson;
  if (type == "TERRITORIO" || type == "PAIS") return Label::kPlace;
  if (type == "NUMERO_TELEFONO" || type == "NUMERO_FAX") return Label::kPhone;
  if (type == "CORREO_ELECTRONICO") return Label::kEmail;
  if (type.rfind("ID_", 0) == 0) return Label::kId;
  if (type == "CALLE") return Label::kStreet;
  if (type == "FECHAS") return Label::kDate;
  if (type == "SEXO_SUJETO_ASISTENCIA" || type == "FAMILIARES_SUJETO_ASISTENCIA" ||
      type == "PROFESION")
    return Label::kOther;  // not identifiers the redactor removes
  return Label::kOtherId;  // hospital, institution, age, other...
}

inline DataSet LoadMeddocan(const fs::path& dir) {
  DataSet set{"MEDDOCAN dev (es, clinical)", "es", {}};
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& txt : files) {
    Document doc;
    doc.text = ReadFile(txt);
    fs::path ann = txt;
    ann.replace_extension(".ann");
    std::ifstream in(ann);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] != 'T') continue;
      std::istringstream ls(line.substr(line.find('\t') + 1));
      std::string type;
      size_t b, e;
      ls >> type >> b >> e;  // discontinuous spans ("b e;b2 e2") keep the first part
      // BRAT offsets count code points.
      doc.gold.push_back({ByteOfCodePoint(doc.text, b), ByteOfCodePoint(doc.text, e),
                          MeddocanLabel(type)});
    }
    set.docs.push_back(std::move(doc));
  }
  return set;
}

// CoNLL/BIO: one "token<TAB or space>tag" per line. Documents are built by
// joining tokens with spaces; blank lines end a document when split_blank,
// else a document ends at the first sentence end after max_tokens tokens.
inline DataSet LoadBio(const fs::path& file, std::string name, std::string lang, bool split_blank,
                size_t max_tokens) {
  DataSet set{std::move(name), std::move(lang), {}};
  std::ifstream in(file);
  std::string line;
  Document doc;
  size_t tokens = 0;
  Label open = Label::kNone;
  auto label_of = [](const std::string& tag) {
    if (tag == "O" || tag.size() < 3) return Label::kNone;
    std::string t = tag.substr(2);
    if (t == "person" || t == "PER") return Label::kPerson;
    if (t == "location" || t == "LOC") return Label::kPlace;
    return Label::kOther;
  };
  auto flush = [&] {
    if (!doc.text.empty()) set.docs.push_back(std::move(doc));
    doc = Document{};
    tokens = 0;
    open = Label::kNone;
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (split_blank) flush();
      continue;
    }
    size_t sep = line.find_last_of("\t ");
    if (sep == std::string::npos) continue;
    std::string tok = line.substr(0, sep), tag = line.substr(sep + 1);
    if (tok.empty()) continue;
    Label l = label_of(tag);
    if (!doc.text.empty()) doc.text.push_back(' ');
    size_t b = doc.text.size();
    doc.text += tok;
    // Adjacent tokens of one entity type form one entity (B- starts a new one).
    bool continues = l != Label::kNone && l == open && tag[0] == 'I' && !doc.gold.empty() &&
                     doc.gold.back().label == l && doc.gold.back().end + 1 == b;
    if (continues) {
      doc.gold.back().end = doc.text.size();
    } else if (l != Label::kNone) {
      doc.gold.push_back({b, doc.text.size(), l});
    }
    open = l;
    ++tokens;
    if (!split_blank && tokens >= max_tokens && (tok == "." || tok == "!" || tok == "?")) flush();
  }
  flush();
  return set;
}

inline DataSet LoadPresidio(const fs::path& file) {
  DataSet set{"presidio synth (en, generated)", "en", {}};
  nlohmann::json j = nlohmann::json::parse(ReadFile(file));
  for (const auto& item : j) {
    Document doc;
    doc.text = item["full_text"].get<std::string>();
    for (const auto& s : item["spans"]) {
      std::string t = s["entity_type"].get<std::string>();
      Label l = Label::kOtherId;
      if (t == "PERSON") l = Label::kPerson;
      else if (t == "GPE") l = Label::kPlace;
      else if (t == "PHONE_NUMBER") l = Label::kPhone;
      else if (t == "EMAIL_ADDRESS") l = Label::kEmail;
      else if (t == "US_SSN" || t == "US_DRIVER_LICENSE" || t == "IBAN_CODE" || t == "CREDIT_CARD")
        l = Label::kId;
      else if (t == "STREET_ADDRESS") l = Label::kStreet;
      else if (t == "DATE_TIME") l = Label::kDate;
      else if (t == "ORGANIZATION" || t == "TITLE" || t == "NRP") l = Label::kOther;
      // Python offsets count code points; convert to UTF-8 bytes.
      doc.gold.push_back({ByteOfCodePoint(doc.text, s["start_position"].get<size_t>()),
                          ByteOfCodePoint(doc.text, s["end_position"].get<size_t>()), l});
    }
    set.docs.push_back(std::move(doc));
  }
  return set;
}

// Presidio and Europeana come as one file each: documents with an even index
// (0, 2, ...) are the tuning half (--train), odd ones the held-out half.
inline DataSet Half(DataSet set, int parity, const char* which) {
  DataSet half{set.name + ", " + which, set.language, {}};
  for (size_t i = parity; i < set.docs.size(); i += 2) half.docs.push_back(std::move(set.docs[i]));
  return half;
}

}  // namespace amparo::bench

#endif  // AMPARO_BENCH_LABELED_DATA_H_
