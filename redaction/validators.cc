#include "redaction/validators.h"

#include <arpa/inet.h>

#include <cctype>
#include <string>

namespace amparo::redaction {

std::string AlnumUpper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) {
      out.push_back(static_cast<char>(std::toupper(c)));
    } else if (c == 0xC3 && i + 1 < s.size()) {
      // Ñ / ñ (U+00D1 / U+00F1) appear in Mexican keys; keep them as one
      // byte marker '#' so positions stay aligned with the alphabet below.
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (d == 0x91 || d == 0xB1) {
        out.push_back('#');
        ++i;
      }
    }
  }
  return out;
}

int CountDigits(std::string_view s) {
  int n = 0;
  for (char c : s) n += (c >= '0' && c <= '9');
  return n;
}

bool LuhnValid(std::string_view text) {
  int sum = 0, count = 0;
  bool dbl = false;
  for (size_t i = text.size(); i-- > 0;) {
    char c = text[i];
    if (c < '0' || c > '9') continue;
    int d = c - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
    ++count;
  }
  return count >= 12 && sum % 10 == 0;
}

bool IbanValid(std::string_view text) {
  std::string iban = AlnumUpper(text);
  if (iban.size() < 15 || iban.size() > 34) return false;
  if (!std::isalpha(static_cast<unsigned char>(iban[0])) ||
      !std::isalpha(static_cast<unsigned char>(iban[1])) ||
      !std::isdigit(static_cast<unsigned char>(iban[2])) ||
      !std::isdigit(static_cast<unsigned char>(iban[3]))) {
    return false;
  }
  std::string rotated = iban.substr(4) + iban.substr(0, 4);
  int remainder = 0;
  for (char c : rotated) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      int v = c - 'A' + 10;
      remainder = (remainder * 100 + v) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

namespace {
// Value of a character in the RENAPO / SAT alphabets, where '#' stands for Ñ.
int AlphabetValue(std::string_view alphabet, char c) {
  size_t pos = alphabet.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}
}  // namespace

bool CurpCheckDigitValid(std::string_view text) {
  // RENAPO: the 18th character is (10 - sum(value_i * (18 - i)) mod 10) mod 10
  // over the first 17 characters, with the alphabet 0-9 A-N Ñ O-Z.
  static constexpr std::string_view kAlphabet =
      "0123456789ABCDEFGHIJKLMN#OPQRSTUVWXYZ";
  std::string curp = AlnumUpper(text);
  if (curp.size() != 18) return false;
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    int v = AlphabetValue(kAlphabet, curp[i]);
    if (v < 0) return false;
    sum += v * (18 - i);
  }
  int digit = (10 - sum % 10) % 10;
  return curp[17] == '0' + digit;
}

bool RfcCheckDigitValid(std::string_view text) {
  // SAT: pad to 12 characters with a leading space (companies have 11 before
  // the digit), weights 13..2, mod 11; 11 - r, with 10 -> 'A' and 11 -> '0'.
  static constexpr std::string_view kAlphabet =
      "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ #";
  std::string rfc = AlnumUpper(text);
  // AlnumUpper drops '&'; put it back from the original when present.
  if (text.find('&') != std::string_view::npos) {
    rfc.clear();
    for (char c : text) {
      if (c == '&' || std::isalnum(static_cast<unsigned char>(c))) {
        rfc.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
      }
    }
  }
  if (rfc.size() == 12) rfc.insert(rfc.begin(), ' ');
  if (rfc.size() != 13) return false;
  int sum = 0;
  for (int i = 0; i < 12; ++i) {
    int v = AlphabetValue(kAlphabet, rfc[i]);
    if (v < 0) return false;
    sum += v * (13 - i);
  }
  int r = sum % 11;
  char expected;
  if (r == 0) {
    expected = '0';
  } else if (11 - r == 10) {
    expected = 'A';
  } else {
    expected = static_cast<char>('0' + (11 - r));
  }
  return rfc[12] == expected;
}

bool Ipv4Valid(std::string_view ip) {
  std::string s(ip);
  in_addr addr;
  return inet_pton(AF_INET, s.c_str(), &addr) == 1;
}

bool Ipv6Valid(std::string_view ip) {
  std::string s(ip);
  in6_addr addr;
  return inet_pton(AF_INET6, s.c_str(), &addr) == 1;
}

bool DateDigitsPlausible(std::string_view digits) {
  if (digits.size() != 6 && digits.size() != 8) return false;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
  }
  size_t off = digits.size() - 4;
  int month = (digits[off] - '0') * 10 + (digits[off + 1] - '0');
  int day = (digits[off + 2] - '0') * 10 + (digits[off + 3] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace amparo::redaction
