// E-mail addresses and phone numbers spoken aloud and typed as heard
// ("juan arroba gmail punto com", "cinco cinco, dos tres..."): staff
// transcribe interviews, so identifiers arrive in words.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(SpokenIdentifiersTest, ASpokenEmailIsAnEmail) {
  EXPECT_EQ(RedactedText("escríbeme a juan arroba gmail punto com cuando sepas", "es"),
            "escríbeme a [EMAIL] cuando sepas");
  EXPECT_EQ(RedactedText("mi correo es juan punto perez arroba hotmail por si acaso", "es"),
            "mi correo es [EMAIL] por si acaso");
  EXPECT_EQ(RedactedText("My email is maria dot lopez at gmail dot com if you need me.", "en"),
            "My email is [EMAIL] if you need me.");
  EXPECT_EQ(RedactedText("écrivez à marie point joseph arobase yahoo point fr", "fr"),
            "écrivez à [EMAIL]");
  // Spelled letter by letter.
  EXPECT_EQ(RedactedText("el correo es jota u a ene arroba gmail punto com", "es"), "el correo es [EMAIL]");
  // "at" and "punto" in ordinary sentences are no address.
  const std::string plain = "We met at church and he said punto final.";
  EXPECT_EQ(RedactedText(plain, "en"), plain);
  const std::string plain_es = "Llegamos al punto de encuentro a las ocho.";
  EXPECT_EQ(RedactedText(plain_es, "es"), plain_es);
}

TEST(SpokenIdentifiersTest, APhoneInWordsIsAPhone) {
  EXPECT_EQ(RedactedText("mi número es cinco cinco, dos tres, cuatro cinco, seis siete, ocho nueve, ahí me encuentras",
                         "es"),
            "mi número es [PHONE], ahí me encuentras");
  EXPECT_EQ(RedactedText("márcale al cincuenta y cinco doce treinta y cuatro cincuenta y seis setenta y ocho", "es"),
            "márcale al [PHONE]");
  EXPECT_EQ(RedactedText("Call me at five five, one two, three four, five six, seven eight.", "en"),
            "Call me at [PHONE].");
  EXPECT_EQ(RedactedText("appelle le zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "fr"),
            "appelle le [PHONE]");
  // Digit groups among the words.
  EXPECT_EQ(RedactedText("el de mi primo es cinco cinco 12 34 56 78", "es"), "el de mi primo es [PHONE]");
  // Few numbers in words are no phone.
  const std::string counts = "Éramos cinco, dos niños y tres mujeres, y caminamos nueve días.";
  EXPECT_EQ(RedactedText(counts, "es"), counts);
  const std::string age = "She was twenty one and I was nineteen.";
  EXPECT_EQ(RedactedText(age, "en"), age);
}

}  // namespace
}  // namespace amparo::redaction
