// Products named before their model code or version in English text: "the
// new Galaxy S21", "HTC Desire Z3", "my Nissan NP300", "Bud Light 3D",
// "Kubuntu 20.04". A capitalized
// word of no dictionary reads as a name to the name detector; what follows
// it says a product, since a person's name is rarely followed by a code of
// capitals and digits.
//
// Guarantees (English text only; other languages are left as they are):
//  - a guessed person name (detector "names") is dropped when the word after
//    it, on its line and after a space, is a model code: 2 to 8 letters and
//    digits with at least one of each, the letters in capitals ("S21", "A52",
//    "XPS13", "3D", "4K"), no ordinal or unit ("5th", "2pm", "10k"), and no
//    second code after it (a postcode, "E14 9TQ", follows an address), or a
//    version number ("Kubuntu 20.04", "Godot 3.5", "Foo v2.1"; not a date,
//    "12.05.20"; not a number before a unit, which is an amount, a
//    distance or a time: "Yefri 20.00 dollars", "Okonkwo 3.5 km", "Yefri
//    10.30 at night", "7.45 pm");
//  - the code or version drops the name only with evidence of a product:
//    a listed brand in or before it ("HTC Desire Z3"), a possessive, an
//    article or a verb of using before it ("my old Xperia Z3", "we run
//    Kubuntu 20.04"), a 'v' version, or a noun of products after the code
//    ("Godot 3.5 update"); or where the text names the same word so
//    elsewhere ("... Kubuntu 20.04 is great"). A surname alone before a
//    code is a person: "Kowalczyk B4521 took my papers", "Okonkwo 3.5
//    later he came back" (a badge, a cell, a plate);
//  - a guessed person name of one word that joins two or more words of a
//    dictionary, none a given name or surname, with their capitals
//    ("PlayStation", "ScuttleButton", "EcoMom"; also "PewDiePie") is
//    dropped: a product, a site or a hashtag without its '#'; a name joins a
//    particle or a name ("McDowell", "DeAndre", "LaToya"); a nickname so
//    joined stays a person before what a person does ("BigBoy took our
//    money", "GodsPower told us") and as the subject of any verb but those
//    of things ("BigBoy is the one who sold us", "PrettyBoy was the guide";
//    not "JabberDuck crashed", nor "JabberDuck is the best app"), unless
//    it is a listed brand;
//  - neither is dropped after a word that takes a person or with a title
//    ("Officer Kowalczyk B4521"; "with", "gave",
//    "met", "told", "called", "the agent", "officer", a title or kin word):
//    "They called Yefri C12", "The agent Kowalczyk B4521", "I went with
//    BigBoy" name people by a badge, a camp's number or a nickname;
//  - a guessed person name right after "r/" is a forum of Reddit
//    ("r/AskReddit"; its users, "u/name", are handles of the pattern
//    detector), unless a word of it is a listed given name or surname
//    ("r/Gonzalez") or, not joined as forums are ("AskReddit"), a person
//    cue comes before "r/" ("ask r/Okonkwo");
//  - a word dropped so that the text names as a person elsewhere (a person
//    finding left after the rules above, one of its words) stays a person:
//    "I went with BigBoy ... BigBoy is the one", "We crossed with Okonkwo
//    ... the photos are in r/Okonkwo";
//  - names listed at intake and every other finding are untouched.
// Linear in the number of findings.
#ifndef AMPARO_REDACTION_PRODUCT_NAMES_H_
#define AMPARO_REDACTION_PRODUCT_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Removes such findings from *names; order is kept.
void KeepProductNames(std::string_view text, std::string_view language, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PRODUCT_NAMES_H_
