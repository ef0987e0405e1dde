// StreetKeywordPrefilter against the whole-text scan it replaces: the
// street-keyword matches RE2 finds with the prefilter's candidates (each
// confirmed anchored) must be exactly those of the unanchored search over
// the whole text, on every keyword in every case behind every kind of
// delimiter, and on random texts made of keyword pieces, letters that
// RE2's case folding reads as ASCII (ſ, K), accents and punctuation.
#include "redaction/pattern_detector_keywords.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "redaction/pattern_rules.h"

namespace amparo::redaction {
namespace {

using Matches = std::vector<std::pair<size_t, size_t>>;  // start, end

Matches WholeScan(std::string_view text) {
  const RE2& re = StreetKeywordRegex();
  const re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece match;
  Matches out;
  for (size_t q = 0; q < text.size() && re.Match(whole, q, text.size(), RE2::UNANCHORED, &match, 1);) {
    const size_t at = static_cast<size_t>(match.data() - text.data());
    out.push_back({at, at + match.size()});
    q = at + 1;
  }
  return out;
}

Matches Prefiltered(const StreetKeywordPrefilter& prefilter, std::string_view text) {
  const RE2& re = StreetKeywordRegex();
  const re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece match;
  std::vector<size_t> candidates;
  prefilter.Candidates(text, &candidates);
  Matches out;
  for (size_t at : candidates) {
    if (re.Match(whole, at, text.size(), RE2::ANCHOR_START, &match, 1)) out.push_back({at, at + match.size()});
  }
  return out;
}

std::unique_ptr<StreetKeywordPrefilter> Make() {
  std::string error;
  auto prefilter = StreetKeywordPrefilter::Create(StreetKeywordDelimiterPattern(), StreetKeywordBodyPattern(), &error);
  EXPECT_NE(prefilter, nullptr) << error;
  return prefilter;
}

// The keywords as the rules spell them, with the separators that follow.
const char* const kKeywords[] = {
    "calle ", "avenida ", "av ", "av. ", "av.", "av/", "av,", "av./ ", "avda. ", "avd ", "bulevar ", "boulevard ",
    "blvd ", "bvd ", "calzada ", "calz. ", "carretera ", "carr. ", "ctra. ", "crt ", "autopista ", "autovía ",
    "autovia ", "libramiento ", "callejón ", "callejon ", "privada ", "priv. ", "andador ", "cerrada ", "cda ",
    "paseo ", "p.º ", "pº ", "p° ", "p.° ", "pso ", "pasaje ", "plaza ", "pza. ", "prolongación ", "prol. ",
    "circuito ", "retorno ", "diagonal ", "transversal ", "carrera ", "cra. ", "carrer ", "rambla ", "travesía ",
    "glorieta ", "ronda ", "rondilla ", "paraje ", "rua ", "rúa ", "estrada ", "Via ", "Ri ", "ri ", "avni ",
    "rue ", "avenue ", "chemin ", "impasse ", "allée ", "allee ", "quai ", "ruelle ", "colonia ", "col. ",
    "avinguda ", "avgda ", "passeig ", "plaça ", "placa ", "gran vía ", "gran  via ", "polígono ", "lotificación ",
    "jirón ", "Jr. ", "praça ", "praza ", "travessera ", "passatge ", "camí ", "psje. ", "pje ", "bº ", "b° ",
    "Cuesta ", "Costanilla ", "Bajada ", "Subida ", "Eje ", "EJE ", "Periférico ", "PERIFÉRICO ", "Viaducto ",
    "VIADUCTO ", "ulica ", "ulice ", "ulitsa ", "rruga ", "fraccionamiento ", "fracc. ", "barrio ",
    "urbanización ", "urb. ", "residencial ", "unidad habitacional ", "u.h ", "u. h ", "lotissement ",
    "résidence ", "residence ", "Reparto ", "REPARTO ", "Rpto ", "c/", "c/ ", "p/ ", "c\\. ", "p\\", "bd. ",
    "camino", "pasillo", "ul.", "faubourg", "fbg", "bd", "place", "route", "passage", "square", "cité",
    "Peatonal", "Travessa", "Largo", "Strada", "Aleea", "Bulevardul", "Calea", "Jalan", "Jl.", "Jln.",
    "the corner of", "la esquina de", "a  esquina con", "au coin de", "à l'angle de", "l’angle de", "kwen",
    "corner\tof", "entre calles", "entre las calles", "entre  los\tcalles", "Street", "Road", "Avenue",
    "Boulevard", "Drive.", "Lane ", "Court,", "Circle", "Terrace", "Way", "Trail", "Crescent", "Parkway", "Rd ",
    "Ave.", "Blvd", "St", "street ", "road,", "avenue", "st.", "rd", "ave", "blvd", "domicilio", "dirección",
    "direccion", "address", "adresse", "domicile", "residencia", "i live at", "i lived at", "lived at",
    "i live on", "lives on", "lives at", "lived on", "living on", "living at", "j'habite au", "j'habitais au",
    // Round 14's streets: Polish and Portuguese abbreviations, Italian and
    // Greek keywords, and the cues of sending or meeting, whose repeated
    // "[a-z]+" opens more ways than the prefilter keeps (it shortens them).
    "al.", "os.", "chaussée", "chaussee", "Piazza", "Viale", "Corso", "Odos", "Leof.", "Calçada",
    "sent to", "send it to", "returned the card back to", "mail\tthe new  card to", "a taxi to",
    "lived in", "staying in", "is at", "were on", "it's in", "it’s in", "it is in", "meet me at",
    "met them at", "located at", "arrived at",
    // RE2's case folding: ſ is s, K (U+212A) is k.
    "ſt ", "Kwen", "paſeo ", "ſquare", "bouleKard", "wKy"};

// Before a keyword: nothing (the text's start), ASCII punctuation, Latin
// letters (no match), a Greek one and a symbol (delimiters), a digit, and
// code points that RE2's case folding relates to letters the delimiter's
// class leaves out (ſ, the Kelvin sign, Greek mu for the micro sign).
const char* const kBefore[] = {"", " ", "(", "\n", "«", "ñ", "é", "Ω", "€", "5", "x", "\xC2\xA0", "’",
                               "ſ", "K", "µ", "Μ", "μ", "ª", "ɏ", "Ɐ", "ẞ"};
// After it: the text's end, a space, a point, a letter, a digit, a
// non-ASCII letter.
const char* const kAfter[] = {"", " ", ".", "x", "9", "á", "Ω"};

std::string Case(std::string s, int how) {
  for (char& c : s) {
    if (how == 1) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (how == 2) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (how == 3 && !s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

TEST(StreetKeywordPrefilterTest, ReadsTheKeywords) {
  auto prefilter = Make();
  ASSERT_NE(prefilter, nullptr);
  EXPECT_GT(prefilter->size(), 100u);
}

TEST(StreetKeywordPrefilterTest, FindsEveryKeywordInEveryCaseBehindEveryDelimiter) {
  auto prefilter = Make();
  ASSERT_NE(prefilter, nullptr);
  size_t matched = 0;
  for (const char* keyword : kKeywords) {
    for (int how = 0; how < 4; ++how) {
      for (const char* before : kBefore) {
        for (const char* after : kAfter) {
          for (const char* lead : {"", "texto ", "ab"}) {
            const std::string text = std::string(lead) + before + Case(keyword, how) + after;
            const Matches want = WholeScan(text);
            matched += want.size();
            ASSERT_EQ(Prefiltered(*prefilter, text), want) << "\"" << text << "\"";
          }
        }
      }
    }
  }
  EXPECT_GT(matched, 10000u);  // the keywords do match
}

TEST(StreetKeywordPrefilterTest, AgreesWithTheWholeScanOnRandomTexts) {
  auto prefilter = Make();
  ASSERT_NE(prefilter, nullptr);
  const char* const kPieces[] = {" ", "  ", "\t", "\n", ".", ",", "/", "\\", "'", "’", "(", "«", "-", "5", "12",
                                 "a", "e", "o", "s", "t", "l", "c", "p", "b", "r", "u", "v", "k", "w", "j", "i",
                                 "A", "S", "C", "P", "R", "W", "J", "V", "E", "é", "í", "ó", "º", "°", "ç", "ñ",
                                 "ſ", "K", "Ω", "µ", "Μ", "ß", "ẞ", "\xC2\xA0", "la", "au", "the", "de", "con", "of", "esquina",
                                 "corner", "coin", "angle", "entre", "las", "calles", "ent", "av", "st", "rd",
                                 "bd", "ul", "live", "lives", "at", "on", "gran", "v", "ía", "pa", "ca", "co"};
  std::mt19937 rng(20261127);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(1, 40);
  size_t matched = 0;
  for (int round = 0; round < 40000; ++round) {
    std::string text;
    for (int i = length(rng); i > 0; --i) text += kPieces[piece(rng)];
    const Matches want = WholeScan(text);
    matched += want.size();
    ASSERT_EQ(Prefiltered(*prefilter, text), want) << "\"" << text << "\"";
  }
  EXPECT_GT(matched, 1000u);
  for (const char* keyword : kKeywords) {
    for (int how = 0; how < 4; ++how) {
      for (int round = 0; round < 20; ++round) {
        std::string text;
        for (int i = length(rng) / 4; i > 0; --i) text += kPieces[piece(rng)];
        text += Case(keyword, how);
        for (int i = length(rng) / 4; i > 0; --i) text += kPieces[piece(rng)];
        ASSERT_EQ(Prefiltered(*prefilter, text), WholeScan(text)) << "\"" << text << "\"";
      }
    }
  }
}

// The labeled corpora, when the checkout has them: real text of four
// languages.
TEST(StreetKeywordPrefilterTest, AgreesWithTheWholeScanOnTheSharedData) {
  auto prefilter = Make();
  ASSERT_NE(prefilter, nullptr);
  const std::string root = AMPARO_SHARED_DATA;
  size_t read = 0;
  for (const char* file : {"/presidio-research-synth/synth_dataset_v2.json", "/europeana-fr/enp_FR.bnf.dev.bio",
                           "/wnut17-en/wnut17train.conll"}) {
    std::ifstream in(root + file, std::ios::binary);
    if (!in) continue;
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    read += text.size();
    EXPECT_EQ(Prefiltered(*prefilter, text), WholeScan(text));
  }
  if (read == 0) GTEST_SKIP() << "no shared data";
}

}  // namespace
}  // namespace amparo::redaction
