// Testimony text where a person was read as a product, a site or nothing
// at all, and a thing read as a person: an unlisted surname before a badge,
// a cell or a version-like number ("Kowalczyk B4521 took my papers"), a
// nickname of two joined words as a subject ("BigBoy is the one who sold
// us"), lists of given names of no list ("Kofi, Ama and Yaw crossed"), and
// the train migrants ride after a verb of violence ("Nos golpeó el Tren").
// People are invented.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesProductsRound13Test, AnUnlistedNameBeforeACodeWithNoProductEvidenceIsAPerson) {
  ExpectRedacted("en", "Kowalczyk B4521 took my papers", {"Kowalczyk"}, {"papers"});
  ExpectRedacted("en", "Officer Kowalczyk B4521 took my papers", {"Kowalczyk"}, {"papers"});
  ExpectRedacted("en", "Okonkwo 3.5 later he came back", {"Okonkwo"}, {"came"});
  ExpectRedacted("en", "The guard Okonkwo C12 locked the door", {"Okonkwo"}, {"door"});
  ExpectRedacted("en", "I saw Mr Brzezinski K9 at the station", {"Brzezinski"}, {"station"});
  // Products with evidence stay: a possessive or "the new" before, a
  // product noun after, a listed brand before, a 'v' version.
  ExpectRedacted("en", "has anyone tried the new Galaxy S21? the camera is amazing", {}, {"Galaxy"});
  ExpectRedacted("en", "my old Xperia Z3 still works", {}, {"Xperia"});
  ExpectRedacted("en", "Xperia Z3 phone for sale, barely used", {}, {"Xperia"});
  ExpectRedacted("en", "Godot 3.5 update broke my game", {}, {"Godot"});
  ExpectRedacted("en", "Zorbix v2.1 is out", {}, {"Zorbix"});
  ExpectRedacted("en", "we run Kubuntu 20.04 at work. Kubuntu 20.04 is great", {}, {"Kubuntu"});
}

TEST(NamesProductsRound13Test, AJoinedNicknameAsTheSubjectOfAVerbIsAPerson) {
  ExpectRedacted("en", "BigBoy is the one who sold us", {"BigBoy"}, {"sold"});
  ExpectRedacted("en", "PrettyBoy was the guide", {"PrettyBoy"}, {"guide"});
  ExpectRedacted("en", "We waited two days. BigBoy has our passports", {"BigBoy"}, {"passports"});
  ExpectRedacted("en", "Then PrettyBoy will take you across", {"PrettyBoy"}, {"across"});
  // Products and sites written so stay where no person stands.
  ExpectRedacted("en", "JabberDuck crashed again on my phone", {}, {"JabberDuck"});
  ExpectRedacted("en", "I love the new JabberDuck app", {}, {"JabberDuck"});
  ExpectRedacted("en", "time for some SilkWorm music", {}, {"SilkWorm"});
}

TEST(NamesProductsRound13Test, AListOfUnlistedNamesAsASubjectIsOfPersons) {
  ExpectRedacted("en", "Kofi, Ama and Yaw crossed the river with us", {"Kofi", "Ama", "Yaw"}, {"river"});
  ExpectRedacted("en", "Kwame and Yaw stayed in Tapachula", {"Kwame", "Yaw"}, {"Tapachula"});
  ExpectRedacted("fr", "Kofi, Ama et Yaw ont traversé le fleuve avec nous", {"Kofi", "Ama", "Yaw"},
                 {"fleuve"});
  // Places and organisations so listed stay.
  ExpectRedacted("es", "Chiapas, Oaxaca y Veracruz tienen muchos retenes", {}, {"Chiapas", "Oaxaca", "Veracruz"});
  ExpectRedacted("en", "Tapachula and Tijuana were the worst", {}, {"Tapachula", "Tijuana"});
  ExpectRedacted("en", "Facebook, Instagram and TikTok were full of lies", {}, {"Facebook", "Instagram", "TikTok"});
  // Words of the dictionary with no name of no dictionary among them.
  ExpectRedacted("en", "Rice, Beans and Corn were all we had", {}, {"Beans", "Corn"});
  // Not after an article or a preposition: no subject.
  ExpectRedacted("en", "chief of the Duwamish and Suquamish peoples", {}, {"Duwamish"});
}

TEST(NamesProductsRound13Test, TheTrainAfterAVerbOfViolenceIsNoNickname) {
  ExpectRedacted("es", "Nos golpeó el Tren", {}, {"Tren"});
  ExpectRedacted("es", "Me golpeó el Tren cuando subía", {}, {"Tren"});
  ExpectRedacted("es", "Nos golpeó la Bestia", {}, {"Bestia"});
  // A nickname there stays a person.
  ExpectRedacted("es", "Me violó el Gato", {"Gato"});
  ExpectRedacted("es", "Nos robó el Zorro en la Bestia", {"Zorro"}, {"Bestia"});
}

}  // namespace
}  // namespace amparo::redaction
