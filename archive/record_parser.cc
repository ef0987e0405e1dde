#include "archive/record_parser.h"

#include <simdjson.h>

#include <array>
#include <cstring>
#include <map>
#include <optional>
#include <string_view>

#include "archive/sealing.h"

namespace amparo {

namespace dom = simdjson::dom;

static_assert(simdjson::SIMDJSON_PADDING <= kPlaintextSlack,
              "OpenRecord leaves too little room after a plaintext for simdjson");

namespace {

using simdjson::error_code;

error_code ReadString(dom::element v, std::string* out) {
  std::string_view s;
  auto err = v.get_string().get(s);
  if (err) return err;
  out->assign(s.data(), s.size());
  return simdjson::SUCCESS;
}

error_code ReadStrings(dom::element v, std::vector<std::string>* out) {
  dom::array a;
  auto err = v.get_array().get(a);
  if (err) return err;
  out->clear();
  for (dom::element item : a) {
    std::string s;
    if ((err = ReadString(item, &s))) return err;
    out->push_back(std::move(s));
  }
  return simdjson::SUCCESS;
}

error_code ReadTags(dom::element v, Tags* out) {
  dom::object o;
  auto err = v.get_object().get(o);
  if (err) return err;
  // Like the codec, a repeated key keeps its last value: only that one is read.
  std::map<std::string_view, dom::element> last;
  for (dom::key_value_pair field : o) last[field.key] = field.value;
  out->clear();
  for (const auto& [key, value] : last) {
    std::vector<std::string> list;
    if ((err = ReadStrings(value, &list))) return err;
    (*out)[std::string(key)] = std::move(list);
  }
  return simdjson::SUCCESS;
}

// The last occurrence of each of an object's fields named in `names` (the
// codec's JSON library keeps the last of repeated keys, so only that one
// counts, whatever the earlier ones hold).
template <size_t N>
error_code LastFields(dom::element v, const std::array<std::string_view, N>& names,
                      std::array<std::optional<dom::element>, N>* fields) {
  dom::object o;
  auto err = v.get_object().get(o);
  if (err) return err;
  for (dom::key_value_pair field : o) {
    for (size_t i = 0; i < N; ++i) {
      if (field.key == names[i]) (*fields)[i] = field.value;
    }
  }
  return simdjson::SUCCESS;
}

error_code ReadConsent(dom::element v, ConsentRecord* out) {
  static constexpr std::array<std::string_view, 5> kNames = {"scopes", "given_on", "method",
                                                             "recorded_by", "expires_on"};
  std::array<std::optional<dom::element>, 5> f;
  auto err = LastFields(v, kNames, &f);
  if (err) return err;
  *out = ConsentRecord();
  if (!f[0]) return simdjson::NO_SUCH_FIELD;
  if ((err = ReadStrings(*f[0], &out->scopes))) return err;
  std::string* strings[] = {nullptr, &out->given_on, &out->method, &out->recorded_by, &out->expires_on};
  for (size_t i = 1; i < f.size(); ++i) {
    if (f[i] && (err = ReadString(*f[i], strings[i]))) return err;
  }
  return simdjson::SUCCESS;
}

error_code ReadTestimony(dom::element v, Testimony* out) {
  static constexpr std::array<std::string_view, 10> kNames = {
      "id",    "pseudonym", "language", "recorded_on", "recorded_at",
      "title", "text",      "approved_at", "tags",     "consent"};
  std::array<std::optional<dom::element>, 10> f;
  auto err = LastFields(v, kNames, &f);
  if (err) return err;
  *out = Testimony();
  if (!f[0]) return simdjson::NO_SUCH_FIELD;
  std::string* strings[] = {&out->id,    &out->pseudonym, &out->language,   &out->recorded_on,
                            &out->recorded_at, &out->title, &out->text, &out->approved_at};
  for (size_t i = 0; i < 8; ++i) {
    if (f[i] && (err = ReadString(*f[i], strings[i]))) return err;
  }
  if (f[8] && (err = ReadTags(*f[8], &out->tags))) return err;
  if (f[9] && (err = ReadConsent(*f[9], &out->consent))) return err;
  return simdjson::SUCCESS;
}

// Parses json (one JSON value, validated whole) and reads it with read. The
// DOM parser picks the fastest kernel for this CPU at run time.
template <class T>
Status Parse(const std::string& json, error_code (*read)(dom::element, T*), T* out, const char* what) {
  std::string padded;
  const char* data = json.data();
  // simdjson reads up to SIMDJSON_PADDING bytes past the end of the text.
  if (json.capacity() < json.size() + simdjson::SIMDJSON_PADDING) {
    padded.reserve(json.size() + simdjson::SIMDJSON_PADDING);
    padded = json;
    data = padded.data();
  }
  error_code err;
  {
    dom::parser parser;
    dom::element root;
    err = parser.parse(data, json.size(), /*realloc_if_needed=*/false).get(root);
    if (!err) err = read(root, out);
  }
  explicit_bzero(padded.data(), padded.size());
  if (err) return Status::Corruption(std::string(what) + " record is malformed");
  return Status::OK();
}

}  // namespace

Status ParseTestimonyJson(const std::string& json, Testimony* out) {
  return Parse<Testimony>(json, ReadTestimony, out, "testimony");
}

Status ParseConsentJson(const std::string& json, ConsentRecord* out) {
  return Parse<ConsentRecord>(json, ReadConsent, out, "consent");
}

}  // namespace amparo
