#include "search/query_parser.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <utility>

#include "search/indexed_terms.h"
#include "search/stemming.h"
#include "search/text_folding.h"
#include "search/thesaurus.h"

namespace amparo::search {

namespace {

constexpr Xapian::termcount kDefaultNearWindow = 10;
constexpr Xapian::termcount kMaxNearWindow = 100;
constexpr int kMaxRangeMonths = 1200;

enum class Tok { kWord, kPhrase, kField, kLParen, kRParen, kAnd, kOr, kNot, kNear, kMinus, kEnd };

struct Token {
  Tok type;
  std::string text;  // word, phrase, field name
  Xapian::termcount window = kDefaultNearWindow;
};

const char* const kFields[] = {"place", "lang", "language", "violence", "perpetrator", "year",
                               "date"};

bool IsKnownField(const std::string& name) {
  return std::find(std::begin(kFields), std::end(kFields), name) != std::end(kFields);
}

// Typographic quotes become '"'. Built by appending (an in-place replace
// trips a false -Wrestrict warning in GCC 12).
std::string NormalizeQuotes(std::string_view text) {
  static constexpr std::string_view kQuotes[] = {"\u201c", "\u201d", "\u201e", "\u00ab",
                                                 "\u00bb"};
  std::string s;
  s.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    bool quote = false;
    for (std::string_view q : kQuotes) {
      if (text.substr(i, q.size()) == q) {
        s.push_back('"');
        i += q.size();
        quote = true;
        break;
      }
    }
    if (!quote) s.push_back(text[i++]);
  }
  return s;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool Lex(const std::string& s, std::vector<Token>* out, std::string* error) {
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (IsSpace(c)) {
      ++i;
    } else if (c == '(') {
      out->push_back({Tok::kLParen, "("});
      ++i;
    } else if (c == ')') {
      out->push_back({Tok::kRParen, ")"});
      ++i;
    } else if (c == '"') {
      size_t end = s.find('"', i + 1);
      if (end == std::string::npos) {
        *error = "missing closing quote (\") after a phrase";
        return false;
      }
      out->push_back({Tok::kPhrase, s.substr(i + 1, end - i - 1)});
      i = end + 1;
    } else {
      size_t end = i;
      while (end < s.size() && !IsSpace(s[end]) && s[end] != '(' && s[end] != ')' &&
             s[end] != '"') {
        ++end;
      }
      std::string word = s.substr(i, end - i);
      i = end;
      if (word == "AND" || word == "&&") {
        out->push_back({Tok::kAnd, word});
        continue;
      }
      if (word == "OR" || word == "||") {
        out->push_back({Tok::kOr, word});
        continue;
      }
      if (word == "NOT") {
        out->push_back({Tok::kNot, word});
        continue;
      }
      if (word == "NEAR" || word.rfind("NEAR/", 0) == 0) {
        Token t{Tok::kNear, word};
        if (word.size() > 4) {
          std::string n = word.substr(5);
          bool digits = !n.empty() && n.size() <= 3 &&
                        std::all_of(n.begin(), n.end(), [](char d) { return d >= '0' && d <= '9'; });
          int v = digits ? std::stoi(n) : 0;
          if (v < 1 || v > static_cast<int>(kMaxNearWindow)) {
            *error = "NEAR/n needs a distance n between 1 and 100 words";
            return false;
          }
          t.window = static_cast<Xapian::termcount>(v);
        }
        out->push_back(t);
        continue;
      }
      while (!word.empty() && word[0] == '+') word.erase(0, 1);
      if (word.size() > 1 && word[0] == '-') {
        out->push_back({Tok::kMinus, "-"});
        word.erase(0, 1);
      }
      size_t colon = word.find(':');
      if (colon != std::string::npos && colon > 0) {
        std::string name = word.substr(0, colon);
        bool letters = std::all_of(name.begin(), name.end(), [](char ch) {
          return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        });
        if (letters) {
          std::transform(name.begin(), name.end(), name.begin(),
                         [](char ch) { return ch >= 'A' && ch <= 'Z' ? char(ch + 32) : ch; });
          if (!IsKnownField(name)) {
            *error = "unknown field \"" + name +
                     ":\" (fields: place, lang, violence, perpetrator, year, date)";
            return false;
          }
          out->push_back({Tok::kField, name});
          std::string value = word.substr(colon + 1);
          if (!value.empty()) out->push_back({Tok::kWord, value});
          continue;
        }
      }
      if (!word.empty()) out->push_back({Tok::kWord, word});
    }
  }
  out->push_back({Tok::kEnd, ""});
  return true;
}

// A parsed piece of the query.
struct Node {
  Xapian::Query query;                 // empty: contributes nothing
  bool negative = false;               // to be subtracted by the enclosing AND
  std::vector<std::string> near_terms; // sealed positional terms (single words only)
  std::string plain_word;              // unquoted single folded word (thesaurus phrases)
  std::vector<std::string> highlight;
  bool empty() const { return query.empty(); }
};

Xapian::Query Or(std::vector<Xapian::Query> qs) {
  if (qs.size() == 1) return qs[0];
  return Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
}

Xapian::Query TermsQuery(Xapian::Query::op op, const std::vector<std::string>& terms) {
  if (terms.size() == 1) return Xapian::Query(terms[0]);
  return Xapian::Query(op, terms.begin(), terms.end());
}

class Parser {
 public:
  Parser(const TermSealer& sealer, const StemMap& stems, std::vector<Token> tokens)
      : sealer_(sealer), stems_(stems), tokens_(std::move(tokens)) {}

  bool Parse(ParsedQuery* out, std::string* error) {
    ChooseStemLanguages();
    Node root;
    if (Peek().type == Tok::kEnd) {
      out->query = Xapian::Query::MatchAll;
      out->highlight_terms.clear();
      return true;
    }
    if (!ParseOr(&root)) {
      *error = error_;
      return false;
    }
    if (Peek().type != Tok::kEnd) {
      *error = Peek().type == Tok::kRParen ? "unexpected \")\" without a matching \"(\""
                                           : "unexpected \"" + Peek().text + "\"";
      return false;
    }
    if (root.empty()) {
      out->query = Xapian::Query::MatchAll;
    } else {
      out->query = Materialize(root);
    }
    std::set<std::string> seen;
    out->highlight_terms.clear();
    if (!root.negative) {
      for (auto& h : root.highlight) {
        if (seen.insert(h).second) out->highlight_terms.push_back(h);
      }
    }
    return true;
  }

 private:
  const Token& Peek() const { return tokens_[pos_]; }
  const Token& Next() { return tokens_[pos_ == tokens_.size() - 1 ? pos_ : pos_++]; }
  bool Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }
  static bool StartsOperand(Tok t) {
    return t == Tok::kWord || t == Tok::kPhrase || t == Tok::kField || t == Tok::kLParen ||
           t == Tok::kNot || t == Tok::kMinus;
  }

  // lang: filters outside a negation restrict the stemmers tried.
  void ChooseStemLanguages() {
    std::set<std::string> langs;
    for (size_t i = 0; i + 1 < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (t.type != Tok::kField || (t.text != "lang" && t.text != "language")) continue;
      if (i > 0 && (tokens_[i - 1].type == Tok::kNot || tokens_[i - 1].type == Tok::kMinus)) {
        continue;
      }
      const Token& v = tokens_[i + 1];
      if (v.type == Tok::kWord || v.type == Tok::kPhrase) langs.insert(StemLanguageOf(v.text));
    }
    if (langs.empty()) {
      stem_languages_ = StemmedLanguages();
      stem_languages_.emplace_back(kOtherLanguage);
    } else {
      stem_languages_.assign(langs.begin(), langs.end());
    }
  }
  bool StemLanguageAllowed(const std::string& lang) const {
    return std::find(stem_languages_.begin(), stem_languages_.end(), lang) !=
           stem_languages_.end();
  }

  static Xapian::Query Materialize(const Node& n) {
    if (!n.negative) return n.query;
    return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, n.query);
  }

  bool ParseOr(Node* out) {
    if (!ParseAnd(out)) return false;
    while (Peek().type == Tok::kOr) {
      Next();
      if (!StartsOperand(Peek().type)) return Fail("\"OR\" needs a search term on each side");
      Node right;
      if (!ParseAnd(&right)) return false;
      if (out->empty()) {
        *out = std::move(right);
        continue;
      }
      if (right.empty()) continue;
      Node n;
      n.query = Xapian::Query(Xapian::Query::OP_OR, Materialize(*out), Materialize(right));
      if (!out->negative) n.highlight = out->highlight;
      if (!right.negative) n.highlight.insert(n.highlight.end(), right.highlight.begin(), right.highlight.end());
      *out = std::move(n);
    }
    return true;
  }

  bool ParseAnd(Node* out) {
    if (!StartsOperand(Peek().type)) {
      if (Peek().type == Tok::kAnd || Peek().type == Tok::kOr || Peek().type == Tok::kNear) {
        return Fail("\"" + Peek().text + "\" needs a search term on each side");
      }
      if (Peek().type == Tok::kRParen) return Fail("empty parentheses or unexpected \")\"");
      return Fail("the query is incomplete");
    }
    std::vector<Node> items;
    while (true) {
      Node item;
      if (!ParseNot(&item)) return false;
      items.push_back(std::move(item));
      if (Peek().type == Tok::kAnd) {
        Next();
        if (!StartsOperand(Peek().type)) return Fail("\"AND\" needs a search term on each side");
        continue;
      }
      if (!StartsOperand(Peek().type)) break;
    }
    MergeThesaurusPhrases(&items);
    std::vector<Xapian::Query> positives, negatives;
    Node n;
    for (Node& item : items) {
      if (item.empty()) continue;
      if (item.negative) {
        negatives.push_back(item.query);
      } else {
        positives.push_back(item.query);
        n.highlight.insert(n.highlight.end(), item.highlight.begin(), item.highlight.end());
      }
    }
    if (positives.size() == 1 && negatives.empty()) {
      for (Node& item : items) {
        if (!item.empty()) {
          *out = std::move(item);
          return true;
        }
      }
    }
    if (positives.empty() && negatives.empty()) {
      *out = Node();
      return true;
    }
    if (positives.empty()) {
      n.negative = true;
      n.query = Or(negatives);
    } else {
      n.query = positives.size() == 1
                    ? positives[0]
                    : Xapian::Query(Xapian::Query::OP_AND, positives.begin(), positives.end());
      if (!negatives.empty()) {
        n.query = Xapian::Query(Xapian::Query::OP_AND_NOT, n.query, Or(negatives));
      }
    }
    *out = std::move(n);
    return true;
  }

  bool ParseNot(Node* out) {
    if (!ParseNear(out)) return false;
    while (Peek().type == Tok::kNot) {
      Next();
      if (!StartsOperand(Peek().type)) return Fail("\"NOT\" needs a search term after it");
      Node right;
      if (!ParseNear(&right)) return false;
      if (right.empty()) continue;
      if (out->empty()) {
        *out = std::move(right);
        out->negative = !out->negative;
        continue;
      }
      Node n;
      n.query = Xapian::Query(Xapian::Query::OP_AND_NOT, Materialize(*out), Materialize(right));
      if (!out->negative) n.highlight = out->highlight;
      *out = std::move(n);
    }
    return true;
  }

  bool ParseNear(Node* out) {
    if (!ParseUnary(out)) return false;
    if (Peek().type != Tok::kNear) return true;
    std::vector<Node> operands;
    operands.push_back(std::move(*out));
    Xapian::termcount window = 0;
    while (Peek().type == Tok::kNear) {
      window = std::max(window, Next().window);
      if (!StartsOperand(Peek().type)) return Fail("\"NEAR\" needs a word on each side");
      Node right;
      if (!ParseUnary(&right)) return false;
      operands.push_back(std::move(right));
    }
    Node n;
    std::vector<Xapian::Query> subs;
    for (Node& op : operands) {
      if (op.negative || op.near_terms.empty()) {
        return Fail("NEAR works only between single words, e.g. secuestro NEAR policía");
      }
      subs.push_back(TermsQuery(Xapian::Query::OP_OR, op.near_terms));
      n.highlight.insert(n.highlight.end(), op.highlight.begin(), op.highlight.end());
    }
    n.query = Xapian::Query(Xapian::Query::OP_NEAR, subs.begin(), subs.end(),
                            std::max<Xapian::termcount>(window, subs.size()));
    *out = std::move(n);
    return true;
  }

  bool ParseUnary(Node* out) {
    if (Peek().type == Tok::kNot || Peek().type == Tok::kMinus) {
      Next();
      if (++depth_ > kMaxQueryDepth) return Fail("the query is nested too deeply");
      if (!StartsOperand(Peek().type)) return Fail("\"NOT\" needs a search term after it");
      bool ok = ParseUnary(out);
      --depth_;
      if (!ok) return false;
      if (!out->empty()) out->negative = !out->negative;
      out->near_terms.clear();
      out->plain_word.clear();
      return true;
    }
    return ParseAtom(out);
  }

  bool ParseAtom(Node* out) {
    Token t = Next();
    switch (t.type) {
      case Tok::kLParen: {
        if (++depth_ > kMaxQueryDepth) return Fail("the query is nested too deeply");
        if (Peek().type == Tok::kRParen) return Fail("empty parentheses \"()\"");
        if (!ParseOr(out)) return false;
        --depth_;
        if (Peek().type != Tok::kRParen) return Fail("missing closing parenthesis \")\"");
        Next();
        out->plain_word.clear();
        return true;
      }
      case Tok::kPhrase:
        *out = PhraseNode(FoldedWords(t.text));
        return true;
      case Tok::kWord: {
        std::vector<WordSpan> spans = SplitWords(t.text);
        if (spans.size() == 1) {
          *out = WordNode(t.text.substr(spans[0].begin, spans[0].end - spans[0].begin));
        } else {
          *out = PhraseNode(FoldedWords(t.text));
        }
        return true;
      }
      case Tok::kField:
        return FieldNode(t.text, out);
      default:
        return Fail("unexpected \"" + t.text + "\"");
    }
  }

  // The sealed words sharing a stem with word in one language.
  void AddStemWords(const std::string& lang, const std::string& word,
                    std::set<std::string>* terms) const {
    if (lang == kOtherLanguage) return;
    for (const std::string& stem : StemTerms(sealer_, lang, word)) {
      for (uint64_t w : stems_.Words(TermHash(stem))) terms->insert(WordTermOfHash(w));
    }
  }
  void AddStems(const std::string& word, std::set<std::string>* terms) const {
    terms->insert(WordTerm(sealer_, FoldWord(word)));
    for (const std::string& lang : stem_languages_) AddStemWords(lang, word, terms);
  }

  Node WordNode(const std::string& raw) {
    const std::string folded = FoldWord(raw);
    Node n;
    n.plain_word = folded;
    n.highlight.push_back(folded);
    n.near_terms.push_back(WordTerm(sealer_, folded));
    std::set<std::string> stems;
    AddStems(raw, &stems);
    std::vector<Xapian::Query> extra;
    if (const ThesaurusConcept* c = Thesaurus::Get().FindWord(folded)) {
      Expand(*c, &n, &stems, &extra);
    }
    std::vector<std::string> stem_list(stems.begin(), stems.end());
    extra.insert(extra.begin(), TermsQuery(Xapian::Query::OP_SYNONYM, stem_list));
    n.query = Or(extra);
    return n;
  }

  // Adds a found_concept's labels: single words by stem in their language (and
  // for languages without a stemmer), phrases as phrases, plus its tag.
  void Expand(const ThesaurusConcept& c, Node* n, std::set<std::string>* stems,
              std::vector<Xapian::Query>* extra) {
    std::set<std::string> near;
    for (const ThesaurusLabel& label : c.labels) {
      std::string lang = StemLanguageOf(label.language);
      if (label.folded.size() == 1) {
        const std::string& w = label.folded[0];
        stems->insert(WordTerm(sealer_, w));
        if (StemLanguageAllowed(lang)) AddStemWords(lang, label.text, stems);
        near.insert(WordTerm(sealer_, w));
        n->highlight.push_back(w);
      } else {
        std::vector<std::string> terms;
        std::string joined;
        for (const std::string& w : label.folded) {
          terms.push_back(WordTerm(sealer_, w));
          joined += (joined.empty() ? "" : " ") + w;
        }
        extra->push_back(Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                                       terms.size()));
        n->highlight.push_back(joined);
      }
    }
    for (const std::string& t : near) {
      if (std::find(n->near_terms.begin(), n->near_terms.end(), t) == n->near_terms.end()) {
        n->near_terms.push_back(t);
      }
    }
    if (c.broader.empty()) {
      extra->push_back(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                     Xapian::Query(FacetTerm(sealer_, c.kind, c.id)), 0));
    }
  }

  Node PhraseNode(const std::vector<std::string>& words) {
    Node n;
    if (words.empty()) return n;
    std::vector<std::string> terms;
    std::string joined;
    for (const std::string& w : words) {
      terms.push_back(WordTerm(sealer_, w));
      joined += (joined.empty() ? "" : " ") + w;
    }
    if (words.size() == 1) {
      n.query = Xapian::Query(terms[0]);
      n.near_terms = terms;
      n.highlight.push_back("=" + words[0]);
    } else {
      n.query = Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
      n.highlight.push_back(joined);
    }
    return n;
  }

  // Replaces runs of unquoted words that spell a multi-word thesaurus label
  // ("cobro de piso") by the label's found_concept expansion.
  void MergeThesaurusPhrases(std::vector<Node>* items) {
    const Thesaurus& th = Thesaurus::Get();
    if (th.max_label_words() < 2) return;
    std::vector<Node> merged;
    for (size_t i = 0; i < items->size();) {
      size_t best = 0;
      const ThesaurusConcept* found_concept = nullptr;
      std::string phrase;
      for (size_t j = i; j < items->size() && j - i < th.max_label_words(); ++j) {
        const Node& w = (*items)[j];
        if (w.negative || w.plain_word.empty()) break;
        phrase += (j == i ? "" : " ") + w.plain_word;
        if (j > i) {
          if (const ThesaurusConcept* c = th.FindPhrase(phrase)) {
            best = j - i + 1;
            found_concept = c;
          }
        }
      }
      if (found_concept == nullptr) {
        merged.push_back(std::move((*items)[i]));
        ++i;
        continue;
      }
      Node n;
      std::set<std::string> stems;
      std::vector<Xapian::Query> extra;
      Expand(*found_concept, &n, &stems, &extra);
      if (!stems.empty()) {
        std::vector<std::string> list(stems.begin(), stems.end());
        extra.insert(extra.begin(), TermsQuery(Xapian::Query::OP_SYNONYM, list));
      }
      n.query = Or(extra);
      n.near_terms.clear();
      merged.push_back(std::move(n));
      i += best;
    }
    *items = std::move(merged);
  }

  static bool ParseYearMonth(const std::string& s, bool end_of_range, int* months) {
    auto digits = [](const std::string& d) {
      return !d.empty() &&
             std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    int year = 0, month = 0;
    if (s.size() == 4 && digits(s)) {
      year = std::stoi(s);
      month = end_of_range ? 12 : 1;
    } else if (s.size() == 7 && s[4] == '-' && digits(s.substr(0, 4)) && digits(s.substr(5))) {
      year = std::stoi(s.substr(0, 4));
      month = std::stoi(s.substr(5));
    } else {
      return false;
    }
    if (year < 1900 || year > 2200 || month < 1 || month > 12) return false;
    *months = year * 12 + (month - 1);
    return true;
  }

  bool FieldNode(const std::string& field, Node* out) {
    Token v = Peek();
    if (v.type != Tok::kWord && v.type != Tok::kPhrase) {
      return Fail(field + ": needs a value, e.g. " + field + ":" +
                  (field == "date" ? "2024-01..2024-06" : field == "year" ? "2024" : "value"));
    }
    Next();
    std::vector<Xapian::Query> terms;
    if (field == "year" || field == "date") {
      std::string value = v.text;
      size_t dots = value.find("..");
      std::string from = dots == std::string::npos ? value : value.substr(0, dots);
      std::string to = dots == std::string::npos ? value : value.substr(dots + 2);
      int a = 0, b = 0;
      bool ok = field == "year" ? (from.size() == 4 && to.size() == 4) : true;
      ok = ok && ParseYearMonth(from, false, &a) && ParseYearMonth(to, true, &b);
      if (!ok) {
        return Fail(field == "year" ? "year: takes a year or a range, e.g. year:2024 or "
                                      "year:2020..2024"
                                    : "date: takes a month or a range, e.g. date:2024-03 or "
                                      "date:2024-01..2024-06");
      }
      if (b < a) return Fail("the range in " + field + ": ends before it starts");
      if (b - a >= kMaxRangeMonths) return Fail("the range in " + field + ": is too long");
      char buf[16];
      if (field == "year") {
        for (int y = a / 12; y <= b / 12; ++y) {
          terms.emplace_back(FacetTerm(sealer_, kFacetYear, std::to_string(y)));
        }
      } else {
        for (int m = a; m <= b; ++m) {
          std::snprintf(buf, sizeof buf, "%04d-%02d", m / 12, m % 12 + 1);
          terms.emplace_back(FacetTerm(sealer_, kFilterMonth, FacetKey(kFilterMonth, buf)));
        }
      }
    } else {
      std::string_view facet = field == "place"      ? kFacetPlace
                               : field == "violence" ? kFacetViolence
                               : field == "perpetrator" ? kFacetPerpetrator
                                                         : kFacetLanguage;
      std::string key = FacetKey(facet, v.text);
      if (key.empty()) return Fail(field + ": needs a value");
      terms.emplace_back(FacetTerm(sealer_, facet, key));
    }
    Node n;
    n.query = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Or(terms), 0);
    *out = std::move(n);
    return true;
  }

  const TermSealer& sealer_;
  const StemMap& stems_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int depth_ = 0;
  std::string error_;
  std::vector<std::string> stem_languages_;
};

}  // namespace

bool ParseQuery(std::string_view text, const TermSealer& sealer, const StemMap& stems,
                ParsedQuery* out, std::string* error) {
  if (text.size() > kMaxQueryBytes) {
    *error = "the query is too long";
    return false;
  }
  std::vector<Token> tokens;
  if (!Lex(NormalizeQuotes(text), &tokens, error)) return false;
  try {
    Parser parser(sealer, stems, std::move(tokens));
    return parser.Parse(out, error);
  } catch (const Xapian::Error& e) {
    *error = "the query could not be built";
    return false;
  }
}

}  // namespace amparo::search
