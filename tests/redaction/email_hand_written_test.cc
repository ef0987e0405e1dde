// E-mail addresses as survivors write them by hand. An address needs a
// domain that a mail server could have: a dotted one ("gmail.com"), or the
// provider's name alone ("juan@gmail", "maria_88@hotmail"), which still
// names one mailbox and so one person. Strings that no server could hold
// ("a_@a_", "x@y", "casa@5pm") are no e-mail.
#include <gtest/gtest.h>

#include <string>

#include "redaction/redactor.h"
#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class EmailHandWrittenTest : public RedactorFixture {
 protected:
  // True if an [EMAIL] span covers `needle` in `text`.
  static bool EmailCovers(const std::string& text, const std::string& needle) {
    const size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    for (const RedactionSpan& s : Redact(text, "es").report.spans) {
      if (s.type == IdentifierType::kEmail && s.original_begin <= at && at + needle.size() <= s.original_end) {
        return true;
      }
    }
    return false;
  }
  static bool AnyEmail(const std::string& text) {
    for (const RedactionSpan& s : Redact(text, "es").report.spans) {
      if (s.type == IdentifierType::kEmail) return true;
    }
    return false;
  }
};

TEST_F(EmailHandWrittenTest, AProvidersNameWithoutItsDotIsStillAnAddress) {
  EXPECT_TRUE(EmailCovers("mi correo es juan@gmail y ahí me escribía", "juan@gmail"));
  EXPECT_TRUE(EmailCovers("escríbeme a maria_88@hotmail por favor", "maria_88@hotmail"));
  EXPECT_TRUE(EmailCovers("pedro.lopez@yahoo.com.mx", "pedro.lopez@yahoo.com.mx"));
}

TEST_F(EmailHandWrittenTest, SpacesAroundTheAtSignOfADottedAddress) {
  EXPECT_TRUE(EmailCovers("mi correo: juan @ gmail.com y el de ella", "juan @ gmail.com"));
  EXPECT_TRUE(EmailCovers("correo juanperez @gmail.com", "juanperez @gmail.com"));
  // Not an "@" used as a word.
  EXPECT_FALSE(AnyEmail("nos vemos @ las 5 en Tapachula"));
}

TEST_F(EmailHandWrittenTest, NoServerCouldHoldItNoAddress) {
  EXPECT_FALSE(AnyEmail("a_@a_"));
  EXPECT_FALSE(AnyEmail("y x@y nada más"));
  EXPECT_FALSE(AnyEmail("te espero en la casa@5pm"));
}

}  // namespace
}  // namespace amparo::redaction
