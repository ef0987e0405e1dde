// Social handles and profile links as survivors and staff write them: a
// handle right after another one ("cc @ana @li"), short handles, handles
// glued to punctuation, at a line's start or in parentheses, dotted
// Instagram and TikTok handles, a handle named after its platform without
// an '@' ("IG: juan.perez_23", "my snap is kay22"), and profile links
// without a scheme. And what stays: "@" meaning "at" ("meet @ 5pm", "5 @
// 10 pesos"), e-mails as e-mails. The handles are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(SocialHandlesRound13Test, AHandleRightAfterAnother) {
  ExpectRedacted("en", "@kay_22 @bob", {"kay_22", "bob"});
  ExpectRedacted("en", "cc @ana @li", {"ana", "@li"}, {"cc"});
  ExpectRedacted("en", "thanks @kay_22 @bo and @zed_9", {"kay_22", "@bo", "zed_9"}, {"thanks"});
  ExpectRedacted("es", "gracias @kay_22 @bob @li por todo", {"kay_22", "bob", "@li"}, {"gracias", "todo"});
  ExpectRedacted("en", "mike_22 @bob", {"bob"});
}

TEST(SocialHandlesRound13Test, OneToThreeLetterHandles) {
  ExpectRedacted("en", "ask @k about the van", {"@k"}, {"ask", "van"});
  ExpectRedacted("en", "hi @x and @yy", {"@x", "@yy"}, {"hi", "and"});
  ExpectRedacted("es", "pregúntale a @j_ o a @mo", {"@j_", "@mo"}, {"pregúntale"});
  ExpectRedacted("en", "@q: where are you", {"@q"}, {"where"});
}

TEST(SocialHandlesRound13Test, AnAtThatMeansAtStays) {
  ExpectRedacted("en", "meet @ 5pm", {}, {"@ 5pm"});
  ExpectRedacted("en", "meet @ the plaza", {}, {"@ the plaza"});
  ExpectRedacted("en", "5 @ 10 pesos", {}, {"5 @ 10 pesos"});
  ExpectRedacted("en", "see you @ the station", {}, {"@ the station"});
  ExpectRedacted("en", "see you @5pm at the gate", {}, {"@5pm"});
  ExpectRedacted("en", "the bus leaves @10:30", {}, {"@10:30"});
  ExpectRedacted("es", "nos vemos @8am en la plaza", {}, {"@8am"});
  const std::string out = RedactedText("write to kay22@gmail.com or @kay_22", "en");
  EXPECT_NE(out.find("[EMAIL]"), std::string::npos) << out;
  EXPECT_NE(out.find("[HANDLE]"), std::string::npos) << out;
}

TEST(SocialHandlesRound13Test, AHandleNamedAfterItsPlatformWithoutAnAt) {
  ExpectRedacted("es", "IG: juan.perez_23", {"juan", "perez_23"});
  ExpectRedacted("es", "mi insta es juanperez23 por si quieres", {"juanperez23"}, {"insta", "quieres"});
  ExpectRedacted("en", "my snap is kay22 add me", {"kay22"}, {"snap", "add"});
  ExpectRedacted("en", "my ig is juan.perez_23", {"juan.perez_23", "perez"}, {"my ig is"});
  ExpectRedacted("es", "sígueme en Instagram como juanito.mx", {"juanito"}, {"Instagram"});
  ExpectRedacted("es", "tiktok: la_flaca", {"la_flaca"}, {"tiktok"});
  ExpectRedacted("fr", "mon insta c'est ti.jan_92", {"ti.jan_92", "jan"}, {"insta"});
  ExpectRedacted("ht", "Telegram mwen se ti_jan", {"ti_jan"}, {"Telegram"});
  ExpectRedacted("en", "Snapchat - kay_22", {"kay_22"}, {"Snapchat"});
  // The handle is read off the match's end: a dash, an arrow or an emoji
  // around it stays, accented letters go with it.
  ExpectRedacted("en", "Snapchat–kay_22. insta → ti.jan_9😀 ok", {"kay_22", "ti.jan_9"}, {"Snapchat–", "→ ", "😀 ok"});
  ExpectRedacted("es", "IG:@maría.pérez_9!", {"maría", "pérez"}, {"IG:", "!"});
}

TEST(SocialHandlesRound13Test, AnAtHandleAfterItsPlatformInEveryLanguage) {
  ExpectRedacted("es", "tiktok: @la_flaca", {"la_flaca"}, {"tiktok"});
  ExpectRedacted("fr", "mon telegram c'est @ti_jan", {"ti_jan"}, {"telegram"});
  ExpectRedacted("ht", "Telegram mwen se @ti_jan", {"ti_jan"}, {"Telegram"});
  ExpectRedacted("es", "mi telegram es @ti_jan", {"ti_jan"}, {"telegram"});
  ExpectRedacted("es", "me escribió @juan.perez_23 anoche", {"juan", "perez_23"}, {"anoche"});
}

TEST(SocialHandlesRound13Test, APlatformWordBeforeOrdinaryWordsStays) {
  ExpectRedacted("en", "my ig is private now", {}, {"private"});
  ExpectRedacted("en", "my snap is broken", {}, {"broken"});
  ExpectRedacted("es", "mi insta es muy bonito", {}, {"muy bonito"});
  ExpectRedacted("en", "tiktok is 2 hours a day for him", {}, {"2 hours"});
  ExpectRedacted("en", "#Steelers face 3rd and 8 from the 40", {}, {"3rd and 8"});
}

TEST(SocialHandlesRound13Test, TheNameOfAFacebookProfile) {
  ExpectRedacted("es", "Facebook: Juan Pérez Hernández", {"Juan", "Pérez", "Hernández"});
  ExpectRedacted("es", "búscame en Facebook como Rosa Itzel Camacho", {"Rosa", "Itzel", "Camacho"},
                 {"Facebook"});
}

TEST(SocialHandlesRound13Test, AProfileLinkWithoutAScheme) {
  ExpectRedacted("es", "su perfil: facebook.com/juan.perez.9", {"juan", "perez"}, {"perfil"});
  ExpectRedacted("es", "fb.com/juan.perez.9 es él", {"juan", "perez"});
  ExpectRedacted("en", "instagram.com/kayla_22", {"kayla_22"});
  ExpectRedacted("en", "tiktok.com/@la_flaca", {"la_flaca"});
  ExpectRedacted("fr", "écris-moi sur t.me/ti_jan", {"ti_jan"}, {"écris-moi"});
  ExpectRedacted("es", "mándame mensaje a wa.me/5215512345678", {"5215512345678", "5512345678"}, {"mensaje"});
  ExpectRedacted("en", "m.me/juan.perez.9", {"juan", "perez"});
  ExpectRedacted("en", "twitter.com/kay22 and x.com/bo_7", {"kay22", "bo_7"});
  ExpectRedacted("en", "all my links: linktr.ee/kay22", {"kay22"}, {"links"});
  ExpectRedacted("en", "his channel youtu.be/kay22", {"kay22"}, {"channel"});
}

TEST(SocialHandlesRound13Test, AProfileLinkInParenthesesKeepsTheParenthesis) {
  ExpectRedacted("es", "su cuenta (facebook.com/juan.perez.9) ya no existe", {"juan", "perez"},
                 {") ya no existe", "cuenta ("});
  ExpectRedacted("en", "(instagram.com/kayla_22)", {"kayla_22"}, {")"});
  ExpectRedacted("en", "see facebook.com/groups/123 (the group)", {"123"}, {"(the group)"});
}

TEST(SocialHandlesRound13Test, HandlesGluedToPunctuationEmojiOrEachOther) {
  ExpectRedacted("en", "@ana,@bo", {"ana", "@bo"});
  ExpectRedacted("en", "@ana/@bo", {"ana", "@bo"});
  ExpectRedacted("en", "@ana.@bo thanks", {"ana", "@bo"}, {"thanks"});
  ExpectRedacted("en", "✨@ana✨ and @bo💕@li", {"ana", "@bo", "@li"}, {"✨", "💕"});
  ExpectRedacted("es", "¡@ana! ¿@bo? «@li» —@jo", {"ana", "@bo", "@li", "@jo"}, {"¡", "¿", "«"});
  ExpectRedacted("en", "cc:@ana to:@li", {"ana", "@li"}, {"cc:", "to:"});
}

TEST(SocialHandlesRound13Test, HandlesAtLineStartAndInParentheses) {
  ExpectRedacted("en", "@ana\n@bo\n@li said it", {"ana", "@bo", "@li"}, {"said"});
  ExpectRedacted("es", "ella (@la_flaca) y él [@bo]", {"la_flaca", "@bo"}, {"ella (", ") y él [", "]"});
}

TEST(SocialHandlesRound13Test, AHandleWithAccentedLetters) {
  ExpectRedacted("es", "@maría_22 y @josé lo vieron", {"maría", "josé"}, {"vieron"});
  ExpectRedacted("es", "escríbele a @ñoño_7", {"ñoño"}, {"escríbele"});
  ExpectRedacted("es", "IG: maría.pérez_9", {"maría", "pérez"});
}

TEST(SocialHandlesRound13Test, AWordOfLettersAloneAfterAPlatformLabel) {
  ExpectRedacted("es", "IG: juanperez", {"juanperez"}, {"IG"});
  ExpectRedacted("es", "Nombre: Rosa\ninsta: rosacamacho\ntel: ninguno", {"rosacamacho"}, {"insta", "ninguno"});
  ExpectRedacted("en", "snap: kaylabee!", {"kaylabee"});
  // A word of a sentence after the label, or a yes or no, stays.
  ExpectRedacted("en", "IG: none", {}, {"none"});
  ExpectRedacted("es", "Facebook: no tiene", {}, {"no tiene"});
  ExpectRedacted("en", "Instagram: private account", {}, {"private account"});
}

// The platform rule is matched only where a match can start: at the text's
// start or at the code point before a platform's name, whatever its width.
// "ſnap" is a platform's name to RE2's case folding, not to the finder of
// names: such a text is still searched as a whole around each mention.
TEST(SocialHandlesRound13Test, PlatformHandleWhereverItsMatchStarts) {
  ExpectRedacted("es", "IG: juan_23", {"juan_23"});
  ExpectRedacted("es", "¿IG: juan_23?", {"juan_23"});
  ExpectRedacted("fr", "«insta: ti_jan» et puis", {"ti_jan"}, {"puis"});
  ExpectRedacted("es", "mi face es rosa_7\nIG: juan_23", {"rosa_7", "juan_23"});
  ExpectRedacted("es", "fb kay_22 IG juan_23", {"kay_22", "juan_23"});
  ExpectRedacted("es", "mi IG es privado. ſnap: kay_22", {"kay_22"}, {"privado"});
}

// A refused match ("Facebook ig": "ig" is no handle) must not hide the
// next platform's name inside it: the scan resumes there.
TEST(SocialHandlesRound13Test, APlatformNameInsideARefusedMatch) {
  ExpectRedacted("es", "no uso Facebook ig: kay22 ok", {"kay22"}, {"Facebook", "ok"});
  ExpectRedacted("en", "not on fb insta kay_22 though", {"kay_22"}, {"fb", "though"});
  ExpectRedacted("en", "my ig is private", {}, {"private"});
}

// After a verb that asks to be followed, an '@', one space and a word
// shaped like a handle is a handle; an '@' meaning "at" stays.
TEST(SocialHandlesRound13Test, AHandleOneSpaceAfterItsAtAfterACue) {
  ExpectRedacted("es", "sígueme @ juan_perez", {"juan_perez"}, {"sígueme"});
  ExpectRedacted("en", "follow me @ kay_22", {"kay_22"}, {"follow"});
  ExpectRedacted("es", "agrégame @ rosa_camacho", {"rosa_camacho", "camacho"}, {"agrégame"});
  ExpectRedacted("en", "add me @ kay22 pls", {"kay22"}, {"pls"});
  ExpectRedacted("fr", "suis-moi @ ti_jan", {"ti_jan"});
  ExpectRedacted("ht", "swiv mwen @ ti_jan92", {"ti_jan92"});
  ExpectRedacted("en", "follow me @ the plaza", {}, {"@ the plaza"});
  ExpectRedacted("en", "add me @ 5pm", {}, {"@ 5pm"});
  ExpectRedacted("en", "meet @ the plaza", {}, {"@ the plaza"});
  ExpectRedacted("en", "meet @ 5pm", {}, {"@ 5pm"});
  ExpectRedacted("en", "5 @ 10 pesos", {}, {"5 @ 10 pesos"});
}

// A name in lower case after a platform's label is the account's owner,
// as "Facebook: Juan Pérez Hernández" is; a sentence there stays.
TEST(SocialHandlesRound13Test, ALowerCaseNameAfterAPlatformLabel) {
  ExpectRedacted("es", "FB: rosa camacho", {"rosa", "camacho"}, {"FB"});
  ExpectRedacted("es", "Facebook: rosa camacho", {"rosa", "camacho"}, {"Facebook"});
  ExpectRedacted("en", "FB: rosa camacho", {"rosa", "camacho"}, {"FB"});
  ExpectRedacted("es", "Facebook: juan pérez hernández\nTel: ninguno", {"juan", "pérez", "hernández"}, {"ninguno"});
  ExpectRedacted("es", "Facebook: Juan Pérez Hernández", {"Juan", "Pérez", "Hernández"});
  ExpectRedacted("es", "FB: no tiene", {}, {"no tiene"});
  ExpectRedacted("en", "IG: private account", {}, {"private account"});
  ExpectRedacted("en", "Instagram: none", {}, {"none"});
}

}  // namespace
}  // namespace amparo::redaction
