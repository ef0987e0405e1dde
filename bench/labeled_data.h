// Labeled text written by others (../shared/data, see its README), loaded
// for the redaction benchmarks: MEDDOCAN (es, clinical, BRAT), WNUT17 (en,
// social media, CoNLL), Europeana (fr, 1906 newspapers, BIO) and
// presidio-research synthetic sentences (en, JSON). Offsets are UTF-8 bytes.
// The loaders map each corpus's scheme onto the labels the redactor is
// scored by (postal codes, full and partial dates, street parts apart from
// places); person labels are the corpora's own.
// Header-only: each bench/*.cc is its own program.
#ifndef AMPARO_BENCH_LABELED_DATA_H_
#define AMPARO_BENCH_LABELED_DATA_H_

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace amparo::bench {

namespace fs = std::filesystem;

// kPostal: MEDDOCAN labels a postal code as a place (TERRITORIO); the
// redactor removes it with the address, so it is scored apart, not as a
// place. kDateFull: a date that names a day (three numbers, or a month name
// with a day number); kDatePartial: a year, a month and year, a weekday...,
// which the product keeps (a full date is generalized to month and year).
enum class Label {
  kNone, kPerson, kPlace, kPostal, kPhone, kEmail, kId, kStreet, kDateFull, kDatePartial,
  kOtherId, kOther,
  kOrg  // an organisation, authority, shelter, armed group or shop: not an identifier, kept
};

// Whether a labeled date names a day: "12/03/1983", "2000-04-16 11:34:35",
// "12 de marzo de 1983", "March 12" (yes); "2014", "marzo de 2010",
// "Saturday", "05/2016" (no).
inline bool NamesADay(const std::string& value) {
  std::vector<std::string> numbers;
  bool month_word = false;
  bool day_before_month = false;
  std::string cur;
  bool digits = false;
  auto flush = [&] {
    if (cur.empty()) return;
    if (digits) {
      numbers.push_back(cur);
    } else {
      std::string w;
      for (char ch : cur) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
      static const char* const kMonths[] = {
          "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "setiembre", "octubre", "noviembre", "diciembre", "january", "february", "march", "april",
          "may", "june", "july", "august", "september", "october", "november", "december",
          "janvier", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "ene", "abr", "ago", "dic"};
      for (const char* m : kMonths) {
        if (w == m && !month_word) {
          month_word = true;
          day_before_month = !numbers.empty() && numbers.back().size() <= 2;
        }
      }
    }
    cur.clear();
  };
  for (char ch : value) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool d = std::isdigit(c) != 0;
    const bool letter = std::isalpha(c) != 0 || c >= 0x80;
    if (!d && !letter) {
      flush();
      continue;
    }
    if (!cur.empty() && d != digits) flush();
    digits = d;
    cur.push_back(ch);
  }
  flush();
  if (numbers.size() >= 3) return true;
  if (numbers.size() == 2 && numbers[0].size() >= 5) return true;  // "26708/2017": a typo for 26/08
  if (numbers.size() == 2 && numbers[0].size() <= 2 && numbers[1].size() <= 2 &&
      value.find(':') == std::string::npos) {
    return true;  // "12/03"
  }
  // A day number before the month ("25 de agosto", "12 mars"); after it
  // only with a year too ("March 12, 1983"): "Agosto 06" is August 2006.
  if (month_word && day_before_month) return true;
  bool small = false, year = false;
  for (const std::string& n : numbers) {
    small = small || n.size() <= 2;
    year = year || n.size() == 4;
  }
  return month_word && small && year;
}

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
  if (type == "FECHAS") return Label::kDatePartial;  // refined by the caller (NamesADay)
  if (type == "SEXO_SUJETO_ASISTENCIA" || type == "FAMILIARES_SUJETO_ASISTENCIA" ||
      type == "PROFESION")
    return Label::kOther;  // not identifiers the redactor removes
  return Label::kOtherId;  // hospital, institution, age, other...
}

inline bool IsPostalCode(const std::string& value) {
  int digits = 0, letters = 0;
  for (char ch : value) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isdigit(c)) ++digits;
    else if (std::isalpha(c) || c >= 0x80) ++letters;
  }
  return digits >= 4 && letters <= 2;
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
      GoldSpan g{ByteOfCodePoint(doc.text, b), ByteOfCodePoint(doc.text, e), MeddocanLabel(type)};
      const std::string value = doc.text.substr(g.begin, g.end - g.begin);
      if (g.label == Label::kDatePartial && NamesADay(value)) g.label = Label::kDateFull;
      // "28036", "E-28015", "40140-280": digits and at most a country letter.
      if (g.label == Label::kPlace && IsPostalCode(value)) g.label = Label::kPostal;
      // MEDDOCAN also tags descriptions as patient IDs ("viudo", "raza
      // caucásica", "Lactante"): an ID without a digit is no structured
      // identifier (as in tests/redaction/pattern_recall_test.cc).
      if (g.label == Label::kId && value.find_first_of("0123456789") == std::string::npos) {
        g.label = Label::kOtherId;
      }
      doc.gold.push_back(g);
    }
    set.docs.push_back(std::move(doc));
  }
  return set;
}

// A place label that names a street: its first word (after a house number)
// is a street keyword ("rue des Ecoles", "40 , rue des Martyrs", "quai de
// la Fosse", "Boulevard Rochechouart"), or, in English, its last word of
// several is a street type ("Pavonia Avenue", "Abbey Road").
inline bool IsStreetName(const std::string& value) {
  const size_t last_space = value.find_last_of(' ');
  if (last_space != std::string::npos && last_space + 1 < value.size()) {
    std::string last;
    for (size_t k = last_space + 1; k < value.size(); ++k) {
      last.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(value[k]))));
    }
    for (const char* w : {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane",
                          "highway", "crescent", "terrace", "parade"}) {
      if (last == w) return true;
    }
  }
  size_t i = 0;
  while (i < value.size() && (std::isdigit(static_cast<unsigned char>(value[i])) || value[i] == ' ' ||
                              value[i] == ',')) {
    ++i;
  }
  std::string first;
  while (i < value.size() && std::isalpha(static_cast<unsigned char>(value[i]))) {
    first.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(value[i]))));
    ++i;
  }
  static const char* const kStreetWords[] = {"rue", "quai", "boulevard", "bd", "avenue", "impasse",
                                             "place", "cours", "chemin", "passage", "faubourg",
                                             "route", "square", "ruelle", "street", "calle", "avenida"};
  for (const char* w : kStreetWords) {
    if (first == w) return true;
  }
  return value.compare(i, 4, "ée ") == 0 && first == "all";  // "allée"
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
    if (t == "corporation" || t == "group" || t == "ORG") return Label::kOrg;
    return Label::kOther;
  };
  auto flush = [&] {
    // Europeana tags streets as places ("rue des Capucins"); the redactor
    // removes street names as addresses, as MEDDOCAN's scheme has them
    // (CALLE apart from TERRITORIO): score them as streets.
    for (GoldSpan& g : doc.gold) {
      if (g.label == Label::kPlace && IsStreetName(doc.text.substr(g.begin, g.end - g.begin))) {
        g.label = Label::kStreet;
      }
    }
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

// Presidio labels a whole postal address as one STREET_ADDRESS, city,
// state and country lines included ("6750 Koskikatu 25 Apt. 864\nArtilleros
// \n, CO\n Uruguay 64677"). The redactor keeps places, so only the street
// part is scored: the first line (up to a line break or comma), every word
// with a digit (numbers, postal codes), and the lines that name a unit or
// box ("Suite 501", "P.O. Box 242"). Words of the other lines (towns,
// states, countries) are not scored.
inline void AddStreetParts(const std::string& text, size_t begin, size_t end,
                           std::vector<GoldSpan>* gold) {
  size_t seg = begin;
  bool first = true;
  while (seg < end) {
    size_t seg_end = text.find_first_of("\n,", seg);
    if (seg_end == std::string::npos || seg_end > end) seg_end = end;
    std::string lower;
    for (size_t i = seg; i < seg_end; ++i) {
      lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
    }
    const bool has_letter_or_digit =
        std::any_of(lower.begin(), lower.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    // A unit word, as a word of its own ("Unit 5", "Apt. 3"; not the
    // "unit" of "United States").
    bool unit = false;
    for (const std::string k : {"apt", "suite", "unit", "box", "psc", "apo", "fpo", "dpo", "floor", "room"}) {
      for (size_t at = lower.find(k); at != std::string::npos && !unit; at = lower.find(k, at + 1)) {
        const size_t after = at + k.size();
        unit = (at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]))) &&
               (after == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[after])));
      }
    }
    // A one-line address runs its town line on after the unit: "6400 12
    // Timms Drive Suite 215 NUNGATTA Australia". The street part ends with
    // the unit's number; the words after it are scored as the town line's.
    size_t street_end = seg_end;
    if (first) {
      for (const std::string k : {"apt", "suite", "unit", "flat", "floor", "room"}) {
        for (size_t at = lower.find(k); at != std::string::npos && street_end == seg_end; at = lower.find(k, at + 1)) {
          size_t after = at + k.size();
          if ((at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1]))) ||
              (after < lower.size() && std::isalpha(static_cast<unsigned char>(lower[after])))) {
            continue;
          }
          while (after < lower.size() && (lower[after] == '.' || lower[after] == ' ' || lower[after] == '#')) ++after;
          size_t number_end = after;
          while (number_end < lower.size() && std::isalnum(static_cast<unsigned char>(lower[number_end]))) ++number_end;
          const bool has_digit = std::any_of(lower.begin() + after, lower.begin() + number_end,
                                             [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
          if (has_digit && number_end < lower.size()) street_end = seg + number_end;
        }
      }
    }
    if (first && has_letter_or_digit) {
      gold->push_back({seg, street_end, Label::kStreet});
      for (size_t w = street_end; w < seg_end;) {
        while (w < seg_end && std::isspace(static_cast<unsigned char>(text[w]))) ++w;
        size_t we = w;
        while (we < seg_end && !std::isspace(static_cast<unsigned char>(text[we]))) ++we;
        bool digit = false;
        for (size_t i = w; i < we; ++i) digit = digit || std::isdigit(static_cast<unsigned char>(text[i]));
        if (digit) gold->push_back({w, we, Label::kStreet});
        w = we;
      }
      first = false;
    } else if (unit) {
      gold->push_back({seg, seg_end, Label::kStreet});
    } else {
      // Words with a digit only.
      size_t w = seg;
      while (w < seg_end) {
        while (w < seg_end && std::isspace(static_cast<unsigned char>(text[w]))) ++w;
        size_t we = w;
        while (we < seg_end && !std::isspace(static_cast<unsigned char>(text[we]))) ++we;
        bool digit = false;
        for (size_t i = w; i < we; ++i) digit = digit || std::isdigit(static_cast<unsigned char>(text[i]));
        if (digit) gold->push_back({w, we, Label::kStreet});
        w = we;
      }
    }
    seg = seg_end + 1;
  }
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
      else if (t == "DATE_TIME") {
        l = NamesADay(s["entity_value"].get<std::string>()) ? Label::kDateFull : Label::kDatePartial;
      }
      else if (t == "ORGANIZATION") l = Label::kOrg;
      else if (t == "TITLE" || t == "NRP") l = Label::kOther;
      // Python offsets count code points; convert to UTF-8 bytes.
      const size_t b = ByteOfCodePoint(doc.text, s["start_position"].get<size_t>());
      const size_t e = ByteOfCodePoint(doc.text, s["end_position"].get<size_t>());
      if (l == Label::kStreet) {
        AddStreetParts(doc.text, b, e, &doc.gold);
      } else {
        doc.gold.push_back({b, e, l});
      }
    }
    set.docs.push_back(std::move(doc));
  }
  return set;
}

// The project's own hand-written sets (bench/genre_sets/*.txt), one per
// genre the shared data lacks (encyclopedic, news wire...): written to check
// that the rules carry over, never a measure of unseen text. Format: lines
// "# lang: es" and "# name: ..." give the set's language and name, other
// "#" lines are comments; a blank line ends a document; an entity is marked
// "[[PER:Benito Juárez]]" (PER, LOC, STREET, POSTAL for a postal code,
// PHONE, EMAIL, ID, DATE for a full date, PDATE for a date without a day,
// ORG for an organisation, MISC scored as other).
inline DataSet LoadInline(const fs::path& file) {
  DataSet set{file.stem().string(), "es", {}};
  std::ifstream in(file);
  std::string line;
  Document doc;
  auto label_of = [](const std::string& tag) {
    if (tag == "PER") return Label::kPerson;
    if (tag == "LOC") return Label::kPlace;
    if (tag == "STREET") return Label::kStreet;
    if (tag == "POSTAL") return Label::kPostal;
    if (tag == "PHONE") return Label::kPhone;
    if (tag == "EMAIL") return Label::kEmail;
    if (tag == "ID") return Label::kId;
    if (tag == "DATE") return Label::kDateFull;
    if (tag == "PDATE") return Label::kDatePartial;
    if (tag == "ORG") return Label::kOrg;
    return Label::kOther;
  };
  auto flush = [&] {
    while (!doc.text.empty() && doc.text.back() == '\n') doc.text.pop_back();
    if (!doc.text.empty()) set.docs.push_back(std::move(doc));
    doc = Document{};
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("#", 0) == 0) {
      if (line.rfind("# lang:", 0) == 0) set.language = line.substr(line.find_first_not_of(' ', 7));
      if (line.rfind("# name:", 0) == 0) set.name = line.substr(line.find_first_not_of(' ', 7));
      continue;
    }
    if (line.empty()) {
      flush();
      continue;
    }
    if (!doc.text.empty()) doc.text.push_back('\n');
    size_t i = 0;
    while (i < line.size()) {
      size_t open = line.find("[[", i);
      size_t colon = open == std::string::npos ? open : line.find(':', open);
      size_t close = colon == std::string::npos ? colon : line.find("]]", colon);
      if (close == std::string::npos) {
        doc.text.append(line, i, std::string::npos);
        break;
      }
      doc.text.append(line, i, open - i);
      const size_t b = doc.text.size();
      doc.text.append(line, colon + 1, close - colon - 1);
      doc.gold.push_back({b, doc.text.size(), label_of(line.substr(open + 2, colon - open - 2))});
      i = close + 2;
    }
  }
  flush();
  return set;
}

// Presidio and Europeana come as one file each: documents with an even index
// (0, 2, ...) are the tuning half (--train), odd ones the held-out half.
inline DataSet Half(DataSet set, int parity, const char* which) {
  DataSet half{set.name + ", " + which, set.language, {}};
  for (size_t i = parity; i < set.docs.size(); i += 2) half.docs.push_back(std::move(set.docs[i]));
  return half;
}

// The first (part 0) or second (part 1) half of a set's documents in their
// order: neighbouring documents (one newspaper's issues) share their towns,
// so rules written on one part and scored on the other show what carries over
// better than the parity folds do.
inline DataSet Part(DataSet set, int part, const char* which) {
  DataSet half{set.name + ", " + which, set.language, {}};
  const size_t mid = set.docs.size() / 2;
  const size_t b = part == 0 ? 0 : mid;
  const size_t e = part == 0 ? mid : set.docs.size();
  for (size_t i = b; i < e; ++i) half.docs.push_back(std::move(set.docs[i]));
  return half;
}

}  // namespace amparo::bench

#endif  // AMPARO_BENCH_LABELED_DATA_H_
