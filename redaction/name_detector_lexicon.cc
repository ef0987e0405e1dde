#include "redaction/name_detector_lexicon.h"

#include <cstdio>

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

struct CueClass {
  std::string_view name;
  uint32_t flag;
};

constexpr CueClass kCueClasses[] = {
    {"title", kTitle},   {"cue", kNameCue},          {"kin", kKinCue},
    {"speech", kSpeechCue}, {"prep", kPlacePrep},    {"connector", kConnector},
    {"org", kOrgWord},   {"month", kMonth},          {"stop", kStopWord},
    {"eponym", kEponymCue},  {"orgsuffix", kOrgSuffix}, {"institution", kInstitution},
    {"honorific", kHonorific}, {"role", kRoleCue},
    {"placesuffix", kPlaceSuffix}, {"vessel", kVesselCue}, {"post", kPostCue},
    {"nickname", kNickname}, {"nicknamecue", kNicknameCue},
};


uint64_t SplitMix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool NameLexicon::LoadBloom(std::string_view text, std::string* error) {
  bool header = false;
  uint64_t byte = 0;
  bool ok = true;
  ForEachLine(text, [&](std::string_view line) {
    if (!ok || line.empty() || line[0] == '#') return;
    if (!header) {
      unsigned long long bits = 0, count = 0;
      int probes = 0;
      if (std::sscanf(std::string(line).c_str(), "bloom %llu %d %llu", &bits, &probes, &count) != 3 ||
          bits == 0 || bits % 64 != 0 || probes <= 0 || probes > 32) {
        ok = false;
        return;
      }
      bloom_bits_ = bits;
      bloom_probes_ = probes;
      bloom_.assign(bits / 64, 0);
      header = true;
      return;
    }
    for (size_t i = 0; i + 1 < line.size(); i += 2) {
      int hi = HexValue(line[i]), lo = HexValue(line[i + 1]);
      if (hi < 0 || lo < 0 || byte >= bloom_bits_ / 8) {
        ok = false;
        return;
      }
      bloom_[byte / 8] |= static_cast<uint64_t>(hi * 16 + lo) << (8 * (byte % 8));
      ++byte;
    }
  });
  if (!ok || !header || byte != bloom_bits_ / 8) {
    *error = "common_words.bloom.txt is malformed";
    bloom_.clear();
    bloom_bits_ = 0;
    return false;
  }
  return true;
}

void NameLexicon::Add(std::string_view folded, uint32_t flag) {
  if (folded.empty()) return;
  const uint64_t hash = text::FoldedHash(folded);
  const uint64_t b1 = (hash >> 24) & kFilterMask, b2 = (hash >> 41) & kFilterMask;
  filter_[b1 / 64] |= uint64_t{1} << (b1 % 64);
  filter_[b2 / 64] |= uint64_t{1} << (b2 % 64);
  if ((count_ + 1) * 2 > slots_.size()) {  // keep the load under one half
    std::vector<uint64_t> old_hashes = std::move(hashes_);
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    hashes_.assign(slots_.size(), 0);
    mask_ = slots_.size() - 1;
    for (size_t k = 0; k < old.size(); ++k) {
      if (old[k].tag == 0) continue;
      size_t i = old_hashes[k] & mask_;
      while (slots_[i].tag != 0) i = (i + 1) & mask_;
      slots_[i] = old[k];
      hashes_[i] = old_hashes[k];
    }
  }
  size_t i = hash & mask_;
  while (slots_[i].tag != 0 && slots_[i].tag != Tag(hash)) i = (i + 1) & mask_;
  if (slots_[i].tag == 0) {
    slots_[i].tag = Tag(hash);
    hashes_[i] = hash;
    ++count_;
  }
  slots_[i].flags |= flag;
}

bool NameLexicon::IsDictionaryHash(uint64_t hash) const {
  if (bloom_bits_ == 0) return false;
  const uint64_t h1 = hash;
  const uint64_t h2 = SplitMix64(h1) | 1;
  for (int i = 0; i < bloom_probes_; ++i) {
    const uint64_t bit = (h1 + static_cast<uint64_t>(i) * h2) % bloom_bits_;
    if (!(bloom_[bit / 64] >> (bit % 64) & 1)) return false;
  }
  return true;
}

void NameLexicon::AddList(std::string_view list, uint32_t flag, uint32_t unless) {
  std::string folded;
  ForEachLine(list, [&](std::string_view line) {
    if (line.empty() || line[0] == '#') return;
    folded.clear();
    text::AppendFolded(line, &folded);
    if (unless != 0 && (Flags(folded) & unless) != 0) return;
    Add(folded, flag);
  });
}

bool NameLexicon::AddCues(std::string_view tsv, std::string* error) {
  bool ok = true;
  ForEachLine(tsv, [&](std::string_view line) {
    if (!ok || line.empty() || line[0] == '#') return;
    size_t tab = line.find('\t');
    std::string_view cls = line.substr(0, tab);
    uint32_t flag = 0;
    for (const CueClass& c : kCueClasses) {
      if (c.name == cls) flag = c.flag;
    }
    if (flag == 0 || tab == std::string_view::npos) {
      *error = "cues.tsv: unknown class or missing tab in line starting '" +
               std::string(cls.substr(0, 20)) + "'";
      ok = false;
      return;
    }
    std::string_view words = line.substr(tab + 1);
    std::string folded;
    while (true) {
      size_t bar = words.find('|');
      std::string_view w = words.substr(0, bar);
      if (!w.empty()) {
        folded.clear();
        text::AppendFolded(w, &folded);
        Add(folded, flag);
      }
      if (bar == std::string_view::npos) break;
      words.remove_prefix(bar + 1);
    }
  });
  return ok;
}

bool NameLexicon::LoadEmbedded(std::string* error, bool learned_lists) {
  std::string_view cues = data::EmbeddedFile("cues.tsv");
  if (cues.empty()) {
    *error = "cues.tsv is missing from the embedded data";
    return false;
  }
  if (!AddCues(cues, error)) return false;
  for (const char* pronoun : kObjectPronouns) Add(pronoun, kObjectPronoun);
  AddList(data::EmbeddedFile("given_names.txt"), kGivenName);
  AddList(data::EmbeddedFile("given_names_extra.txt"), kGivenName | kRouteName);
  AddList(data::EmbeddedFile("surnames.txt"), kSurname);
  AddList(data::EmbeddedFile("surnames_extra.txt"), kSurname);
  AddList(data::EmbeddedFile("given_names_hunspell.txt"), kGivenName);
  AddList(data::EmbeddedFile("surnames_hunspell.txt"), kSurname);
  AddList(data::EmbeddedFile("proper_nouns_hunspell.txt"), kNotNameWord);
  // A brand never outweighs a listed given name or surname ("Prada",
  // "Chevrolet"): the person is the likelier reading, and the safer.
  AddList(data::EmbeddedFile("brands.txt"), kNotNameWord, kGivenName | kSurname);
  AddList(data::EmbeddedFile("demonyms.txt"), kNotNameWord);
  AddList(data::EmbeddedFile("demonyms.txt"), kDemonym);
  AddList(data::EmbeddedFile("demonyms_scowl.txt"), kNotNameWord | kDemonym);
  AddList(data::EmbeddedFile("medical_eponyms.txt"), kEponymWord);
  AddList(data::EmbeddedFile("ambiguous_names.txt"), kCommonWord);
  AddList(data::EmbeddedFile("common_words_ht.txt"), kCommonWord);
  AddList(data::EmbeddedFile("common_words_en_social.txt"), kCommonWord);
  AddList(data::EmbeddedFile("common_names_en.txt"), kCommonName);
  if (!LoadBloom(data::EmbeddedFile("common_words.bloom.txt"), error)) return false;
  if (!learned_lists) return true;
  AddList(data::EmbeddedFile("name_words.txt"), kNameWord);
  AddList(data::EmbeddedFile("not_name_words.txt"), kNotNameWord);
  return true;
}

const NameLexicon* NameLexicon::Default(std::string* error, bool learned_lists) {
  static std::string load_error;
  auto load = [](bool learned) {
    auto* lexicon = new NameLexicon;
    if (!lexicon->LoadEmbedded(&load_error, learned)) {
      delete lexicon;
      return static_cast<NameLexicon*>(nullptr);
    }
    return lexicon;
  };
  static const NameLexicon* const full = load(true);
  const NameLexicon* lexicon = full;
  if (!learned_lists) {
    static const NameLexicon* const without_learned = load(false);
    lexicon = without_learned;
  }
  if (lexicon == nullptr && error != nullptr) *error = load_error;
  return lexicon;
}

}  // namespace amparo::redaction
