// Prints the country lines of redaction/data/places.tsv from ICU's locale
// data: the Spanish name as canonical spelling, the English, French and
// Portuguese names as aliases. Run once by hand when refreshing the list:
//   g++ -std=c++20 scripts/gen_country_places.cc $(pkg-config --cflags --libs icu-uc) -o /tmp/gen
//   /tmp/gen > /tmp/countries.tsv
#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <iostream>
#include <set>
#include <string>

int main() {
  const char* const* regions = icu::Locale::getISOCountries();
  const icu::Locale es("es"), en("en"), fr("fr"), pt("pt");
  for (; *regions != nullptr; ++regions) {
    icu::Locale region("", *regions);
    auto name = [&](const icu::Locale& in) {
      icu::UnicodeString u;
      region.getDisplayCountry(in, u);
      std::string s;
      u.toUTF8String(s);
      return s;
    };
    std::string canonical = name(es);
    if (canonical == *regions) continue;  // no name known
    std::set<std::string> aliases{name(en), name(fr), name(pt)};
    aliases.erase(canonical);
    std::cout << "country\t" << canonical;
    std::string sep = "\t";
    for (const std::string& a : aliases) {
      if (a.find('|') != std::string::npos || a == *regions) continue;
      std::cout << sep << a;
      sep = "|";
    }
    std::cout << "\n";
  }
}
