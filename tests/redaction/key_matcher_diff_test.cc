// KnownIdentifierDetector (KeyMatcher, nothing compiled per testimony) finds
// exactly what the RE2 matchers it replaced found: the same spans, types,
// groups and confidences, on randomized identifier lists and texts built to
// reach the corners (accents added or dropped, case changes, case-folding
// oddities such as the Kelvin sign or long s, separators and apostrophes,
// possessives, names glued to letters, marks, digits or other scripts, text
// edges, non-Latin names, long texts). Also checks, against RE2 itself, the
// two character facts KeyMatcher relies on: its word class and its case
// folding.
//
// AMPARO_KEY_MATCHER_CASES=N runs N identifier lists (default 400, each
// with 50 texts); AMPARO_KEY_MATCHER_SEED changes the seed.
#include <gtest/gtest.h>
#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "redaction/diminutives.h"
#include "redaction/key_matcher.h"
#include "redaction/known_identifier_detector.h"
#include "redaction/pattern_rules.h"
#include "redaction/place_gazetteer.h"
#include "redaction/text_utf8.h"
#include "tests/redaction/known_identifier_reference.h"

namespace amparo::redaction {
namespace {

std::string Utf8(UChar32 c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, error);
  if (error) return std::string();
  return std::string(buf, static_cast<size_t>(n));
}

TEST(KeyMatcherCharactersTest, WordClassIsTheRulesClassForEveryCodePoint) {
  RE2 boundary(CompactClasses(R"((?i)[^\p{L}\p{M}\p{N}])"));
  ASSERT_TRUE(boundary.ok());
  int differences = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const bool is_boundary = RE2::FullMatch(Utf8(c), boundary);
    if (is_boundary != IsLatinWordCodePoint(c)) continue;
    if (++differences < 10) ADD_FAILURE() << "U+" << std::hex << c;
  }
  EXPECT_EQ(differences, 0);
}

TEST(KeyMatcherCharactersTest, CaseFoldingIsRe2sForSampleKeyCharacters) {
  // RE2's (?i) literal matches t exactly when ICU's simple case folds agree.
  const char* const kKeys[] = {"a", "k", "s", "i", "y", "ø", "ß", "æ", "œ", "ł", "đ", "ı", "µ",
                               "σ", "ς", "ι", "и", "ё", "ǆ", "ǳ", "ω", "ɛ", "ʒ", "ⱥ", "ȿ", "ꞵ",
                               "ա", "ა", "ᏸ", "𐐨", "’", "-", "1", "ñ", "ç", "θ", "β", "ȷ", "ǰ"};
  for (const char* key : kKeys) {
    RE2 re("(?i)" + RE2::QuoteMeta(key));
    ASSERT_TRUE(re.ok()) << key;
    int32_t length = 0;
    UChar32 k;
    U8_NEXT(reinterpret_cast<const uint8_t*>(key), length, static_cast<int32_t>(std::strlen(key)), k);
    for (UChar32 t = 0; t <= 0x1FFFF; ++t) {
      if (t >= 0xD800 && t <= 0xDFFF) continue;
      const bool same_fold = u_foldCase(t, U_FOLD_CASE_DEFAULT) == u_foldCase(k, U_FOLD_CASE_DEFAULT);
      ASSERT_EQ(RE2::FullMatch(Utf8(t), re), same_fold) << key << " U+" << std::hex << t;
    }
  }
}

// ---------------------------------------------------------------------------
// Random identifier lists and texts.

const char* const kGiven[] = {
    "Juan", "Jesús", "José", "María José", "Martín", "Guadalupe", "Antonio", "Luis",
    "Jean-Baptiste", "Zoë", "Søren", "Bjørn", "Ñeco", "François", "Łukasz", "Đorđe", "Yahir",
    "Marie", "Chuy", "Lupita", "Toño", "Victoria", "Rosa", "Paz", "Ángel", "Dolores",
    "Guillermo", "Francisco", "Иван", "Γιώργος", "محمد", "王伟", "Straße", "İbrahim", "Iñaki",
    "ǅemal", "Ægir", "Ștefan", "Nguyễn", "Øyvind", "Kai", "Sam", "Ana", "Eva", "Ty", "J.",
    "Ma. del Carmen", "María de la Luz", "Alejandro", "Manuel", "Fernanda", "Kevin", "Sofía",
    "Jhon", "Sasha", "Lucía", "Ixchel", "Xóchitl", "Wilmer", "Yessenia", "Guadalupe Victoria"};
const char* const kSurnames[] = {
    "Pérez", "de la Cruz", "O'Neil", "O’Brien", "D'Anne", "López-Obrador", "Van der Berg",
    "Mc Donald", "García Márquez", "San Martín", "Núñez", "Mejía", "León", "Torres", "Reyes",
    "Joseph", "Петров", "Παπαδόπουλος", "Smith", "Ramírez", "Hernández", "Cruz", "Paz", "Ríos",
    "Castillo", "Ortiz", "Øster", "Åberg", "Müller", "Saint-Just", "Guerra", "Vega", "Chávez",
    "Ng", "Kim", "Sánchez", "Ávila", "Muñoz", "Ibáñez", "Pierre", "Jean-Louis", "del Río"};
const char* const kFiller[] = {
    "a", "en", "hacia", "de", "la", "y", "llegamos", "salí", "to", "from", "Victoria", "victoria",
    "Guadalupe", "rosa", "Rosa", "paz", "Paz", "León", "leon", "casa", "el", "Juanita", "mi",
    "tío", "con", "and", "my", "sister", "called", "la", "pandilla", "Tapachula", "2021", "años",
    "señor", "Señora", "pepe", "Pepe", "de la", "por", "vers", "nan", "Chuy", "lupita", "CRUZ",
    "reyes", "Reyes", "Mark", "mark", "hope", "Hope", "TORRES", "torres"};
// Characters a name may be glued to or separated by.
const char* const kGlue[] = {
    "x", "é", "ñ", "7", "\xcc\x81", "ι", "α", "µ", "μ", "Μ", "ʒ", "ⱥ", "ß", "ſ", "Ω", "д", "中",
    "😀", "«", "»", "—", ".", ",", "(", ")", "¿", "!", "\xe2\x80\x8b", "\xc2\xa0", "\v", "\r",
    "\f", "+", "@", "_", "/", "#", "'", "’", "-", "\t", "\n", " ", "ͅ", "K", "Å", "ǅ", "ɐ", "Ɐ",
    "ȿ", "Ȿ", "ə", "Ə", "1", "ª", "º", "ÿ", "Ÿ", "ø", "Ø", "\xc3\x97", "\xc3\xb7", "ı", "İ"};
const char* const kSeparators[] = {" ", " ", " ", "-", "  ", " - ", "’", "'", "\t", "\n",
                                   "\xc2\xa0", "_", ".", "", "-’ ", " \n ", "--", "\v", ", "};
const char* const kPhoneSeparators[] = {" ", "-", ".", "(", ")", "  ", " - ", "(0", ") ", "...",
                                        "\t", "\n", "+", "", "/", "\xc2\xa0", "\v", "1"};
const char* const kAccentForms[][8] = {
    {"a", "á", "à", "â", "ä", "ã", "å", "\xe2\x84\xab"}, {"e", "é", "è", "ê", "ë", "ȩ", "ē", "e"},
    {"i", "í", "ì", "î", "ï", "ı", "İ", "ī"},           {"o", "ó", "ò", "ô", "ö", "õ", "ø", "ō"},
    {"u", "ú", "ù", "û", "ü", "ū", "ů", "u"},           {"n", "ñ", "ń", "n", "n", "n", "n", "n"},
    {"c", "ç", "ć", "c", "c", "c", "c", "c"},           {"y", "ý", "ÿ", "ŷ", "y", "y", "y", "y"},
    {"k", "\xe2\x84\xaa", "k", "k", "k", "k", "k", "k"}, {"s", "ſ", "ś", "s", "s", "s", "s", "s"}};

class Generator {
 public:
  explicit Generator(uint32_t seed) : rng_(seed) {}

  template <size_t N>
  const char* Pick(const char* const (&list)[N]) {
    return list[Index(N)];
  }
  size_t Index(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  bool Chance(double p) { return std::bernoulli_distribution(p)(rng_); }

  std::string PersonName() {
    std::string name = Pick(kGiven);
    if (Chance(0.3)) name += std::string(" ") + Pick(kGiven);
    const size_t surnames = Index(4);
    for (size_t i = 0; i < surnames; ++i) name += std::string(" ") + Pick(kSurnames);
    if (Chance(0.15)) name = FoldText(name);  // intake typed it without accents or capitals
    if (Chance(0.1)) name = Upper(name);
    return name;
  }

  std::string Digits(size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out.push_back(static_cast<char>('0' + Index(10)));
    return out;
  }

  KnownIdentifiers Known() {
    KnownIdentifiers k;
    const size_t survivors = 1 + Index(2);
    for (size_t i = 0; i < survivors; ++i) k.survivor_names.push_back(PersonName());
    if (Chance(0.2)) k.survivor_names.push_back(Pick(kFiller));  // a nickname
    const size_t others = Index(4);
    for (size_t i = 0; i < others; ++i) k.other_names.push_back(PersonName());
    if (Chance(0.6)) k.phones.push_back("+52 55 " + Digits(4) + " " + Digits(4));
    if (Chance(0.3)) k.phones.push_back(Digits(3 + Index(8)));
    if (Chance(0.2)) k.phones.push_back("(+1) " + Digits(3) + "-" + Digits(3 + Index(6)));
    if (Chance(0.5)) k.emails.push_back(Lower(FoldText(Pick(kGiven))) + "." + Digits(2) + "@Example.org");
    if (Chance(0.2)) k.emails.push_back("ñandú’s+x@correo.mx");
    if (Chance(0.5)) k.case_codes.push_back("CAI-" + Digits(4) + "-" + Digits(4));
    if (Chance(0.2)) k.case_codes.push_back("ÑA/" + Digits(3) + ".k_s");
    if (Chance(0.3)) k.other.push_back(Chance(0.5) ? "Colonia Las Flores" : "Taller Hermanos O'Neil");
    if (Chance(0.1)) k.other.push_back(PersonName());
    return k;
  }

  // A way a person might write one of the known names.
  std::string NameMention(const KnownIdentifiers& k) {
    const std::vector<std::string>& list =
        k.other_names.empty() || Chance(0.5) ? k.survivor_names : k.other_names;
    std::string name = list[Index(list.size())];
    std::vector<std::string> tokens;
    {
      std::string folded = FoldText(name), token;
      for (char c : folded + " ") {
        if (c == ' ' || c == '-') {
          if (!token.empty()) tokens.push_back(token);
          token.clear();
        } else {
          token.push_back(c);
        }
      }
    }
    std::string mention;
    switch (Index(6)) {
      case 0: mention = name; break;
      case 1: mention = tokens[Index(tokens.size())]; break;
      case 2: {
        const size_t a = Index(tokens.size());
        const size_t b = a + Index(tokens.size() - a);
        for (size_t i = a; i <= b; ++i) mention += (i > a ? " " : "") + tokens[i];
        break;
      }
      case 3: {
        std::vector<std::string> forms = NameVariants(tokens[0]);
        mention = forms.empty() ? tokens[0] : forms[Index(forms.size())];
        if (Chance(0.4) && tokens.size() > 1) mention += " " + tokens.back();
        break;
      }
      case 4: mention = tokens.front() + " " + tokens.back(); break;
      default: mention = FoldText(name); break;
    }
    return Render(mention);
  }

  // Case, accents and separators changed at random.
  std::string Render(const std::string& s) {
    std::string out;
    const int casing = static_cast<int>(Index(5));  // as is, lower, upper, title, random
    bool word_start = true;
    for (size_t i = 0; i < s.size();) {
      size_t length = 0;
      UChar32 c;
      {
        int32_t j = static_cast<int32_t>(i);
        U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
        length = static_cast<size_t>(j) - i;
      }
      std::string piece = s.substr(i, length);
      i += length;
      if (c == ' ' || c == '-') {
        out += Chance(0.7) ? piece : Pick(kSeparators);
        word_start = true;
        continue;
      }
      if (c < 0x80 && Chance(0.25)) {
        for (const auto& forms : kAccentForms) {
          if (forms[0][0] == static_cast<char>(c)) piece = forms[Index(8)];
        }
      }
      bool upper = casing == 2 || (casing == 3 && word_start) || (casing == 4 && Chance(0.5));
      if (casing == 0) out += piece;
      else out += upper ? Upper(piece) : Lower(piece);
      word_start = false;
    }
    if (Chance(0.15)) out += Chance(0.5) ? "'s" : "’s";
    if (Chance(0.1)) out = (Chance(0.5) ? "d'" : "d’") + out;
    return out;
  }

  std::string Token(const KnownIdentifiers& k) {
    switch (Index(12)) {
      case 0: case 1: case 2: case 3: return NameMention(k);
      case 4:
        if (!k.phones.empty()) {
          std::string p = k.phones[Index(k.phones.size())], out;
          if (Chance(0.3)) p = Digits(Index(8)) + p;  // more or other country and area digits
          if (Chance(0.2)) p = p.substr(Index(p.size()));
          for (char c : p) {
            if (c == ' ' && Chance(0.5)) continue;
            out.push_back(c);
            if (Chance(0.25)) out += Pick(kPhoneSeparators);
          }
          if (Chance(0.2)) out += Digits(1 + Index(3));
          return Chance(0.3) ? "+" + out : out;
        }
        return Digits(8);
      case 5:
        if (!k.emails.empty()) return Render(k.emails[Index(k.emails.size())]);
        return "nadie@example.org";
      case 6:
        if (!k.case_codes.empty()) return Render(k.case_codes[Index(k.case_codes.size())]);
        return "CAI-2025-0110";
      case 7:
        if (!k.other.empty()) return Render(k.other[Index(k.other.size())]);
        return "Las Flores";
      case 8: {
        std::string out;
        const size_t n = 1 + Index(4);
        for (size_t i = 0; i < n; ++i) out += RandomCodePoint();
        return out;
      }
      default: return Pick(kFiller);
    }
  }

  std::string RandomCodePoint() {
    static const std::pair<UChar32, UChar32> kRanges[] = {
        {0x20, 0x7E},     {0x09, 0x0D},     {0xA0, 0x24F},   {0x250, 0x2FF}, {0x300, 0x36F},
        {0x370, 0x3FF},   {0x400, 0x4FF},   {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x2100, 0x218F},
        {0x2C60, 0x2C7F}, {0xA720, 0xA7FF}, {0x4E00, 0x4E20}, {0x1F600, 0x1F64F}, {0x10400, 0x1044F},
        {0x0600, 0x06FF}, {0x0900, 0x097F}, {0xAC00, 0xAC20}, {0x1100, 0x11FF}, {0xFF00, 0xFFEF}};
    const auto& [first, last] = kRanges[Index(sizeof(kRanges) / sizeof(kRanges[0]))];
    UChar32 c = first + static_cast<UChar32>(Index(static_cast<size_t>(last - first + 1)));
    if (c >= 0xD800 && c <= 0xDFFF) c = 'x';
    return Utf8(c);
  }

  std::string Text(const KnownIdentifiers& k, size_t tokens) {
    std::string text;
    for (size_t i = 0; i < tokens; ++i) {
      if (i > 0) text += Chance(0.15) ? Pick(kGlue) : Pick(kSeparators);
      else if (Chance(0.2)) text += Pick(kGlue);
      text += Token(k);
    }
    if (Chance(0.2)) text += Pick(kGlue);
    return text;
  }

 private:
  static std::string MapCase(const std::string& s, bool upper) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
      UChar32 c;
      int32_t j = static_cast<int32_t>(i);
      U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
      i = static_cast<size_t>(j);
      out += Utf8(upper ? u_toupper(c) : u_tolower(c));
    }
    return out;
  }
  static std::string Upper(const std::string& s) { return MapCase(s, true); }
  static std::string Lower(const std::string& s) { return MapCase(s, false); }

  std::mt19937 rng_;
};

std::string Describe(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) {
    out += "[" + std::to_string(f.begin) + "," + std::to_string(f.end) + ") " +
           std::string(IdentifierTypeName(f.type)) + " g" + std::to_string(f.person_group) +
           " c" + std::to_string(f.confidence) + " " + f.detector + "\n";
  }
  return out;
}

bool Same(const std::vector<Finding>& a, const std::vector<Finding>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].type != b[i].type ||
        a[i].person_group != b[i].person_group || a[i].confidence != b[i].confidence ||
        std::strcmp(a[i].detector, b[i].detector) != 0) {
      return false;
    }
  }
  return true;
}

size_t EnvOr(const char* name, size_t fallback) {
  const char* value = std::getenv(name);
  return value != nullptr ? static_cast<size_t>(std::strtoull(value, nullptr, 10)) : fallback;
}

TEST(KeyMatcherDiffTest, SameFindingsAsTheRe2Matchers) {
  const size_t lists = EnvOr("AMPARO_KEY_MATCHER_CASES", 400);
  const size_t texts_per_list = 50;
  Generator gen(static_cast<uint32_t>(EnvOr("AMPARO_KEY_MATCHER_SEED", 20261125)));
  const PlaceGazetteer* places = &PlaceGazetteer::Default();
  size_t compared = 0, with_findings = 0, failures = 0;
  size_t by_type[static_cast<size_t>(IdentifierType::kOther) + 1] = {};
  for (size_t l = 0; l < lists && failures < 5; ++l) {
    const KnownIdentifiers known = gen.Known();
    std::string error;
    auto detector = KnownIdentifierDetector::Create(known, places, &error);
    ASSERT_NE(detector, nullptr) << error;
    auto reference = reference::CreateReference(known, places);
    ASSERT_NE(reference, nullptr);
    for (size_t t = 0; t < texts_per_list && failures < 5; ++t) {
      const std::string text = gen.Text(known, 1 + gen.Index(30));
      const std::vector<Finding> expected = reference->Find(text);
      const std::vector<Finding> found = detector->Find(text);
      ++compared;
      with_findings += !expected.empty();
      for (const Finding& f : expected) ++by_type[static_cast<size_t>(f.type)];
      if (!Same(found, expected)) {
        ++failures;
        std::string names;
        for (const auto& n : known.survivor_names) names += "S:" + n + " | ";
        for (const auto& n : known.other_names) names += "O:" + n + " | ";
        ADD_FAILURE() << "list " << l << " text " << t << "\nnames: " << names << "\ntext: ["
                      << text << "]\nexpected:\n" << Describe(expected) << "found:\n"
                      << Describe(found);
      }
    }
  }
  EXPECT_EQ(failures, 0u);
  // The texts do exercise every matcher.
  EXPECT_GT(with_findings, compared / 2);
  for (IdentifierType type : {IdentifierType::kSurvivorName, IdentifierType::kPersonName,
                              IdentifierType::kPhone, IdentifierType::kEmail,
                              IdentifierType::kIdNumber, IdentifierType::kOther}) {
    EXPECT_GT(by_type[static_cast<size_t>(type)], compared / 100) << IdentifierTypeName(type);
    std::printf("%s %zu  ", std::string(IdentifierTypeName(type)).c_str(),
                by_type[static_cast<size_t>(type)]);
  }
  std::printf("\ncompared %zu texts (%zu with findings) on %zu identifier lists\n", compared,
              with_findings, lists);
}

TEST(KeyMatcherDiffTest, LongTextsSameFindings) {
  // Past 256 KB the RE2 matchers were scanned through their alternation.
  Generator gen(7);
  const PlaceGazetteer* places = &PlaceGazetteer::Default();
  for (int l = 0; l < 3; ++l) {
    KnownIdentifiers known = gen.Known();
    known.emails.push_back("ana@example.org");
    std::string error;
    auto detector = KnownIdentifierDetector::Create(known, places, &error);
    ASSERT_NE(detector, nullptr) << error;
    auto reference = reference::CreateReference(known, places);
    ASSERT_NE(reference, nullptr);
    std::string text;
    while (text.size() < (300 << 10)) text += gen.Text(known, 30) + "\n";
    const std::vector<Finding> expected = reference->Find(text);
    EXPECT_GT(expected.size(), 1000u);
    EXPECT_TRUE(Same(detector->Find(text), expected));
  }
}

}  // namespace
}  // namespace amparo::redaction
