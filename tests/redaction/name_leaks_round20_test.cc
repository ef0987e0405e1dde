// Names that leaked from testimony text in round 19 (docs/redaction.md,
// "Known limits"), closed in round 20 (docs/redaction-evaluation.md, "Leaks,
// round 20"). Each case failed before its rule.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// "He", "Sun", "Ma", "Hu" before a capitalized word of a pinyin syllable's
// shape that a dictionary has and a verb in the past: a full name, since
// the pronoun reading leaves two verbs side by side. "He Ran away" stays.
TEST(NameLeaksRound20Test, ChineseSurnameWordBeforeAVerbInThePast) {
  ExpectGoneAndKept("en", {
      {"He Ping went home after the raid.", {"He Ping"}, {"went home"}},
      {"Sun Ping stayed with us in Tapachula.", {"Sun Ping"}, {"stayed", "Tapachula"}},
      {"He Ran away from the border.", {}, {"He Ran away"}},
  });
}

// "Mei Sun": a Chinese surname that is a word, after a given name of a
// pinyin syllable's shape, is the surname. "Sun" after an ordinary word
// stays.
TEST(NameLeaksRound20Test, ChineseSurnameWordAfterTheGivenName) {
  ExpectGoneAndKept("en", {
      {"A Chinese woman, Mei Sun, was travelling with her son.", {"Mei", "Sun"}, {"travelling"}},
      {"Chen Jie and Mei Sun shared a room with us.", {"Sun"}, {"room"}},
      {"We slept under the Hot Sun for hours.", {}, {"Hot Sun"}},
      {"They were sitting in the Morning Sun, waiting.", {}, {"Morning Sun"}},
  });
}

// A lone chat sender of no list before a message opening with a word that
// opens what people write home in Spanish, French or English ("ya",
// "estamos", "on", "we"): who wrote it, as before a Kreyòl message. A
// label before another value, or a dictionary word, stays.
TEST(NameLeaksRound20Test, LoneSenderBeforeAMessageInAnotherLanguage) {
  ExpectGoneAndKept("en", {
      {"Yubeidy: ya estoy en Tapachula", {"Yubeidy"}, {"ya estoy", "Tapachula"}},
      {"Ketly: on est à Tapachula", {"Ketly"}, {"on est", "Tapachula"}},
      {"Yubeidy: we made it to Tapachula", {"Yubeidy"}, {"we made it", "Tapachula"}},
      {"Note: we stayed two nights", {}, {"Note", "we stayed"}},
      {"Tel: 555 1234", {}, {"Tel"}},
  });
  ExpectGoneAndKept("es", {
      {"Jinet: ya llegamos", {"Jinet"}, {"ya llegamos"}},
      {"Nota: ya se fue", {}, {"Nota"}},
  });
}

// A Spanish demonym capitalized right after "el" or "la" is a nickname:
// Spanish writes demonyms in lower case. A country so written after "la"
// stays a place, and a demonym in lower case an ordinary word.
TEST(NameLeaksRound20Test, CapitalizedSpanishDemonymAfterItsArticle) {
  ExpectGoneAndKept("es", {
      {"el usuario menciona a \"el Venezolano\" como la persona que los amenazó en Reynosa.",
       {"Venezolano"}, {"Reynosa"}},
      {"Nos cruzó la Catracha por el río.", {"Catracha"}, {"río"}},
      {"Vivimos en la Argentina dos años.", {}, {"Argentina"}},
      {"el venezolano de la tienda nos vendió agua", {}, {"venezolano"}},
  });
}

// "la Gordis", "el Gato": nicknames of the list after their article, with
// no kin word before them. In lower case they stay words.
TEST(NameLeaksRound20Test, MoreNicknamesAfterTheirArticle) {
  ExpectGoneAndKept("es", {
      {"Vine con la Gordis y con el Flaco, los dos son de Olancho.", {"Gordis"}, {"Olancho"}},
      {"le dimos comida al gato de la señora", {}, {"gato"}},
  });
  ExpectGoneAndKept("en", {
      {"i told my buddy el Gato not to get on the train", {"Gato"}, {"train"}},
  });
}

// A relative named in lower case at a line's end after "is"/"es" and a
// kin word before it: the name. An ordinary word, a trade or a town in
// that place stays.
TEST(NameLeaksRound20Test, RelativeNamedInLowerCaseAfterACopula) {
  ExpectGoneAndKept("es", {
      {"ahi estaba mi hermana con el bebe y el papa del bebe que es deivi", {"deivi"}, {"bebe"}},
      {"mi tia que es enfermera", {}, {"enfermera"}},
      {"el papa de mi hijo es tapachula", {}, {"tapachula"}},
  });
  ExpectGoneAndKept("en", {
      {"my cousin is brayner\nhe was with us in san pedro sula", {"brayner"}, {"with us"}},
      {"the baby's dad who is jonaiker.", {"jonaiker"}, {"baby"}},
      {"my cousin is sick", {}, {"sick"}},
      {"my mom is okay", {}, {"okay"}},
  });
}

// A word of no list opening a quoted message before the message in lower
// case is whom it is written to or who writes. A dictionary word there
// stays.
TEST(NameLeaksRound20Test, UnlistedWordOpeningAQuotedMessage) {
  ExpectGoneAndKept("es", {
      {"Mensaje reenviado: \"Yubi ya llegamos a Tapachula, estamos en el albergue\"", {"Yubi"},
       {"ya llegamos", "Tapachula"}},
      {"Mensaje: «Yuleisy ya salimos de Tecún Umán»", {"Yuleisy"}, {"ya salimos"}},
      {"Mensaje reenviado: \"Ayer llegamos a Tapachula\"", {}, {"Ayer llegamos", "Tapachula"}},
  });
}

// Nepali, Indian and Bangladeshi given names and surnames are listed: "Ram
// Bahadur" after a comma, "Bikash Tamang". Everyday words are not listed.
TEST(NameLeaksRound20Test, SouthAsianNames) {
  ExpectGoneAndKept("es", {
      {"En la selva conocimos a un señor de Nepal, Ram Bahadur, que se cayó en el río.", {"Ram", "Bahadur"},
       {"Nepal", "río"}},
      {"los números suman cien", {}, {"suman"}},
  });
  ExpectGoneAndKept("en", {
      {"he came with shirin and her son", {"shirin"}, {"son"}},
      {"We stayed with Rekha Gurung in Quito.", {"Rekha", "Gurung"}, {"Quito"}},
  });
}

// After a noun of a person, a pronoun and "call", the word said in lower
// case is a nickname though a dictionary has it. Without the person before,
// an ordinary word stays.
TEST(NameLeaksRound20Test, LowerCaseNicknameAfterAPersonTheyCall) {
  ExpectGoneAndKept("en", {
      {"a man they call tiburon grabbed me and said i had to pay", {"tiburon"}, {"grabbed"}},
      {"the guy everyone called pescado drove the truck", {"pescado"}, {"truck"}},
      {"at night they call home to their families", {}, {"home"}},
  });
}

// "Nana", an Akan elder's style, capitalized right before a person found,
// is part of the name; "nana" in lower case stays a word.
TEST(NameLeaksRound20Test, AkanStyleBeforeAName) {
  ExpectGoneAndKept("en", {
      {"Nana Akua Mensah, from Kumasi, Ghana, arrived in March.", {"Nana", "Akua", "Mensah"},
       {"Kumasi", "Ghana"}},
      {"my nana cooked for everyone at the shelter", {}, {"nana cooked"}},
  });
}

// The same before a greeting, "ok" or thanks that opens the message; a
// label of a dictionary word before them stays.
TEST(NameLeaksRound20Test, LoneSenderBeforeAGreeting) {
  ExpectGoneAndKept("en", {
      {"Yubeidy: hola mami ya llegamos", {"Yubeidy"}, {"hola mami"}},
      {"Yubeidy: ok ya pasamos", {"Yubeidy"}, {"ok ya"}},
      {"Yubeidy: gracias a Dios ya pasamos", {"Yubeidy"}, {"gracias"}},
      {"Status: ok for now", {}, {"Status"}},
  });
}

// One comes with a person: a word of no list and no dictionary after
// "con", "with" or "avec" and "el"/"la" is a nickname. A place of the
// gazetteer or a dictionary word there stays.
TEST(NameLeaksRound20Test, UnlistedNicknameAfterWithAndItsArticle) {
  ExpectGoneAndKept("es", {
      {"Vine con la Yoyis desde Olancho.", {"Yoyis"}, {"Olancho"}},
      {"Vine con el Chejo y su mujer.", {"Chejo"}, {"mujer"}},
      {"Nos fuimos con la Bestia hasta Orizaba.", {}, {"Bestia", "Orizaba"}},
      {"Estuvimos en la frontera con la Mesilla.", {}, {"Mesilla"}},
  });
  ExpectGoneAndKept("en", {
      {"I came with la Yoyis from Olancho.", {"Yoyis"}, {"Olancho"}},
  });
}

// A word of no list and no dictionary after an object pronoun, a verb of
// acting on someone and "el"/"la" is the subject, a nickname. A dictionary
// word or a place there stays.
TEST(NameLeaksRound20Test, UnlistedNicknameAfterItsArticleInTheSubjectsPlace) {
  ExpectGoneAndKept("es", {
      {"Ayer nos cruzó la Yoyis por el río.", {"Yoyis"}, {"río"}},
      {"Me golpeó el Chejo en la terminal.", {"Chejo"}, {"terminal"}},
      {"Nos agarró la Migra en Tenosique.", {}, {"Migra", "Tenosique"}},
  });
}

// After a verb that takes a person, "a" and the article, the same word is
// whom one saw or met; after a verb of going, a place.
TEST(NameLeaksRound20Test, UnlistedNicknameAfterAVerbOfMeetingAndItsArticle) {
  ExpectGoneAndKept("es", {
      {"vimos a la Yoyis en la plaza.", {"Yoyis"}, {"plaza"}},
      {"fuimos a la Rumorosa en la noche.", {}, {"Rumorosa"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
