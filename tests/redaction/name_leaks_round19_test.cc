// Names that leaked from testimony text in round 18 (docs/redaction.md,
// "Known limits"), closed in round 19 (docs/redaction-evaluation.md, "Name
// leaks, round 19"). Each case failed before its rule.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// A call, a message or money comes from a person when a given-name list
// has the word, though a town be named so too; "a call from Tapachula"
// names no one.
TEST(NameLeaksRound19Test, GivenNameAfterACallFrom) {
  ExpectGoneAndKept("en", {
      {"I got a call from Mercedes yesterday.", {"Mercedes"}, {"call"}},
      {"There was a message from Victoria on my phone.", {"Victoria"}, {"message"}},
      {"We took money from Florence to pay the coyote.", {"Florence"}, {"money"}},
      {"We got a call from Tapachula yesterday.", {}, {"Tapachula"}},
      {"We took the bus from Mercedes to the border.", {}, {"Mercedes"}},
  });
}

// A chat sender of one word of no list, alone, before a Kreyòl sentence
// opening with a subject pronoun: who wrote it. A label before a value in
// no such sentence stays as it was.
TEST(NameLeaksRound19Test, LoneSenderBeforeAKreyolMessage) {
  ExpectGoneAndKept("ht", {
      {"Jinet: nou rive", {"Jinet"}, {"nou rive"}},
      {"Dieunel: mwen la nan Tijuana", {"Dieunel"}, {"Tijuana"}},
      {"Tel: 555 1234", {}, {"Tel"}},
  });
  ExpectGoneAndKept("es", {
      {"Yubelkis: yo pran tout lajan nou", {"Yubelkis"}, {"lajan"}},
  });
}

// A relative or a friend named by a nickname after a possessive, the kin
// word and an article: the nickname is the person, though an ordinary word.
TEST(NameLeaksRound19Test, NicknameAfterAKinWordAndItsArticle) {
  ExpectGoneAndKept("es", {
      {"yo le dije a mi compa el Gato que no se subiera al tren", {"Gato"}, {"tren"}},
      {"Vine con mi prima la Gordis desde Olancho.", {"Gordis"}, {"Olancho"}},
      {"Fui con mi hermano a la Ceiba.", {}, {"Ceiba"}},
  });
}

// Nigerian and Ghanaian given names are listed: in lower case in an English
// post they are names as other listed given names are, though a Spanish
// dictionary holds one ("tunde"). Everyday Spanish words are not listed.
TEST(NameLeaksRound19Test, WestAfricanGivenNames) {
  ExpectGoneAndKept("en", {
      {"lol tunde made it", {"tunde"}, {"made it"}},
      {"omg emeka finally called", {"emeka"}, {"called"}},
  });
  ExpectGoneAndKept("es", {
      {"Mi amigo Kwesi nos ayudó en Tapachula.", {"Kwesi"}, {"Tapachula"}},
      {"la bola llegó hasta el tope", {}, {"bola", "tope"}},
  });
}

// "Sun", "Ma", "Hu" before a Chinese given name are surnames, as "He" is;
// "He" before a given name the dictionary has is one only before a verb of
// what a person says or does to others.
TEST(NameLeaksRound19Test, ChineseSurnamesThatAreWords) {
  ExpectGoneAndKept("en", {
      {"He Ping said we had to pay.", {"Ping"}, {"pay"}},
      {"He Ran took our money.", {"Ran"}, {"money"}},
      {"Sun Mei was with us in the truck.", {"Sun", "Mei"}, {"truck"}},
      {"Ma Jun helped us.", {"Ma Jun"}, {"helped"}},
      {"Hu Lan paid the driver.", {"Hu Lan"}, {"driver"}},
      {"He Ran away from the border.", {}, {"He Ran away"}},
      {"The Sun Sets over the river.", {}, {"Sun Sets"}},
  });
}

// The sender named in a forwarded message's header before its colon,
// in lower case too; a header naming an office or a relative stays.
TEST(NameLeaksRound19Test, SenderInAForwardedMessagesHeader) {
  ExpectGoneAndKept("es", {
      {"whatsapp de tito: ya nos soltaron los de migracion en acayucan", {"tito"}, {"acayucan"}},
      {"Mensaje de Yubelkis: estamos en el albergue", {"Yubelkis"}, {"albergue"}},
      {"mensaje de Migración: presentarse el lunes", {}, {"Migración"}},
      {"audio de mi mamá: ya llegamos", {}, {"mamá"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
