// Names signing a message, which main left in clear: a given name that is
// also a town or a word alone (or with an initial, a surname or a
// nickname) on the line after a closing ("Merci pour tout.\nFlorence",
// "Thanks,\nAustin", "Gracias por todo.\nConcepción", "Mèsi anpil\nJinet"),
// after a dash at a message's end ("— Rosa"), after "Atte." or "Signed:",
// a list of names under a closing, a signature in lower case, and the
// sender before the colon of a chat export ("[12/03/24 10:15] Rosa: nos
// vemos"). Each case failed on 09415ee; a closing followed by a place or a
// date, a heading or an ordinary word, and labels before a colon, stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(SignatureNamesRound17, NameOnTheLineAfterAClosing) {
  ExpectGoneAndKept("fr", {
      {"Merci pour tout.\nFlorence", {"Florence"}, {"Merci pour tout."}},
      {"Cordialement,\nLourdes P.", {"Lourdes"}, {"Cordialement"}},
      {"Bisous\nRose et Blanche", {"Rose", "Blanche"}, {"Bisous", " et "}},
      {"Merci à tous.\nTout le monde", {}, {"Tout le monde"}},
      {"Cordialement,\nLyon, le 3 mai", {}, {"Lyon"}},
  });
  ExpectGoneAndKept("en", {
      {"Thanks,\nAustin", {"Austin"}, {"Thanks,"}},
      {"Best regards,\nFlorence K.", {"Florence"}, {"Best regards"}},
      {"Sincerely,\nGrace and Joy", {"Grace", "Joy"}, {"Sincerely", " and "}},
      {"Cheers,\nMike (Big Mike)", {"Mike"}, {"Cheers"}},
      {"Love you all,\nHope\nSent from my iPhone", {"Hope"}, {"Love you all", "Sent from my iPhone"}},
      {"Thanks,\nEveryone", {}, {"Everyone"}},
      {"Regards,\nHouston, May 3", {}, {"Houston"}},
      {"Thanks.\nINTRODUCTION", {}, {"INTRODUCTION"}},
  });
  ExpectGoneAndKept("es", {
      {"Gracias por todo.\nConcepción", {"Concepción"}, {"Gracias por todo."}},
      {"Un abrazo a todos.\nPedro \"el Flaco\"", {"Pedro", "Flaco"}, {"Un abrazo"}},
      {"Dios te bendiga, hermana.\nPaz", {"Paz"}, {"Dios te bendiga"}},
      {"Los hermanos,\nLuis y Mario", {"Luis", "Mario"}, {"Los hermanos", " y "}},
      {"gracias\nrosa", {"rosa"}, {"gracias"}},
      {"Saludos,\nRosa M.\nEnviado desde mi iPhone", {"Rosa"}, {"Saludos", "Enviado desde"}},
      {"Gracias.\nRosa nos ayudó mucho", {}, {"nos ayudó"}},
      {"Saludos desde Tapachula.", {}, {"Tapachula"}},
      {"Gracias,\nTapachula, 3 de mayo", {}, {"Tapachula"}},
      {"Atentamente,\nLa Dirección", {}, {"La Dirección"}},
      {"gracias\ntodos", {}, {"todos"}},
  });
  ExpectGoneAndKept("ht", {
      {"Mèsi anpil\nJinet", {"Jinet"}, {"Mèsi anpil"}},
      {"Bondye beni w\nEsperans ak Fanfan", {"Esperans", "Fanfan"}, {"Bondye beni w"}},
      {"Mèsi\nJakmèl, 3 me", {}, {"Jakmèl"}},
  });
}

TEST(SignatureNamesRound17, NameAfterADashOrASigningCue) {
  ExpectGoneAndKept("es", {
      {"Nos vemos en el albergue.\n— Rosa", {"Rosa"}, {"Nos vemos en el albergue."}},
      {"Ya cruzamos el río.\n-Pedro", {"Pedro"}, {"Ya cruzamos"}},
      {"Atte. Dolores Quispe", {"Dolores", "Quispe"}, {"Atte."}},
      {"Firma: Socorro", {"Socorro"}, {"Firma:"}},
      {"Llevábamos:\n- agua\n- Florencia", {}, {"agua"}},
  });
  ExpectGoneAndKept("en", {
      {"We made it across.\n— Trinity", {"Trinity"}, {"We made it"}},
      {"Signed: Jordan Hale", {"Jordan", "Hale"}, {"Signed:"}},
      {"Signed: Houston, May 3", {}, {"Houston"}},
  });
  ExpectGoneAndKept("fr", {
      {"On est arrivés.\n— Nancy", {"Nancy"}, {"On est arrivés."}},
      {"Signé : Jacmel", {"Jacmel"}, {"Signé"}},
  });
}

TEST(SignatureNamesRound17, SenderOfAChatLine) {
  ExpectGoneAndKept("es", {
      {"[12/03/24 10:15] Rosa: nos vemos en Tapachula\n[12/03/24 10:17] Nieves: ya llegamos",
       {"Rosa", "Nieves"}, {"nos vemos en Tapachula", "ya llegamos"}},
      {"Rosario: ya llegamos a Reynosa\nLuz: gracias a Dios", {"Rosario", "Luz"}, {"ya llegamos", "Reynosa"}},
      {"Nota: no tenemos papeles.", {}, {"Nota:"}},
      {"Tapachula: hace mucho calor.", {}, {"Tapachula"}},
      {"Rosa: ya llegamos", {"Rosa"}, {"ya llegamos"}},
      {"Tía Rosa: ya llegamos", {"Rosa"}, {"Tía"}},
      {"Mamá: ya llegaste?", {}, {"Mamá"}},
  });
  ExpectGoneAndKept("en", {
      {"[3/12/24, 9:40 PM] Dakota: we are in Houston\n[3/12/24, 9:41 PM] Sky: thank God",
       {"Dakota", "Sky"}, {"we are in Houston", "thank God"}},
      {"Note: we had no papers.", {}, {"Note:"}},
      {"Jupiter: Closest Approach in Nearly 50 years.", {}, {"Jupiter"}},
      {"Line: Circle has Service Closed", {}, {"Line"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
