#include "archive/record_parser.h"

#include <simdjson.h>

#include <cstring>
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
  out->clear();
  for (dom::key_value_pair field : o) {
    std::vector<std::string> list;
    if ((err = ReadStrings(field.value, &list))) return err;
    (*out)[std::string(field.key)] = std::move(list);
  }
  return simdjson::SUCCESS;
}

error_code ReadConsent(dom::element v, ConsentRecord* out) {
  dom::object o;
  auto err = v.get_object().get(o);
  if (err) return err;
  *out = ConsentRecord();
  bool has_scopes = false;
  for (dom::key_value_pair field : o) {
    const std::string_view key = field.key;
    if (key == "scopes") {
      err = ReadStrings(field.value, &out->scopes);
      has_scopes = true;
    } else if (key == "given_on") {
      err = ReadString(field.value, &out->given_on);
    } else if (key == "method") {
      err = ReadString(field.value, &out->method);
    } else if (key == "recorded_by") {
      err = ReadString(field.value, &out->recorded_by);
    } else if (key == "expires_on") {
      err = ReadString(field.value, &out->expires_on);
    }
    if (err) return err;
  }
  return has_scopes ? simdjson::SUCCESS : simdjson::NO_SUCH_FIELD;
}

error_code ReadTestimony(dom::element v, Testimony* out) {
  dom::object o;
  auto err = v.get_object().get(o);
  if (err) return err;
  *out = Testimony();
  bool has_id = false;
  for (dom::key_value_pair field : o) {
    const std::string_view key = field.key;
    if (key == "id") {
      err = ReadString(field.value, &out->id);
      has_id = true;
    } else if (key == "pseudonym") {
      err = ReadString(field.value, &out->pseudonym);
    } else if (key == "language") {
      err = ReadString(field.value, &out->language);
    } else if (key == "recorded_on") {
      err = ReadString(field.value, &out->recorded_on);
    } else if (key == "recorded_at") {
      err = ReadString(field.value, &out->recorded_at);
    } else if (key == "title") {
      err = ReadString(field.value, &out->title);
    } else if (key == "text") {
      err = ReadString(field.value, &out->text);
    } else if (key == "approved_at") {
      err = ReadString(field.value, &out->approved_at);
    } else if (key == "tags") {
      err = ReadTags(field.value, &out->tags);
    } else if (key == "consent") {
      err = ReadConsent(field.value, &out->consent);
    }
    if (err) return err;
  }
  return has_id ? simdjson::SUCCESS : simdjson::NO_SUCH_FIELD;
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
