#include "redaction/month_names.h"

#include <unordered_set>

namespace amparo::redaction {

bool IsMonthName(std::string_view folded) {
  static const std::unordered_set<std::string_view> kMonths = {
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "setiembre", "octubre", "noviembre", "diciembre", "january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "janvier",
      "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
      "novembre", "decembre"};
  return kMonths.count(folded) != 0;
}

}  // namespace amparo::redaction
