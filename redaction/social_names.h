// Names as English posts write them: in lower case, with no capital to say
// a name ("omg jessica just texted me", "who's coming to ashley's party",
// "keisha u coming or not", "yesenia, wendy & brayan"). The name detector
// reads capitals and cue words; a chat, a tweet or a message from a
// survivor often has neither, and a leaked first name there is as dangerous.
//
// Guarantees (English text only; other languages are left as they are):
//  - a word in lower case that a given-name list has and that is no
//    ordinary English word (no word of the lexicon's everyday-word classes,
//    nor of data/given_names_en_words.txt, the given names scowl lists in
//    lower case among common English words: "mike", "robin", "ginger"), no
//    function, cue, kin, title or month word and no place of the gazetteer,
//    is a name wherever it stands;
//    (after a preposition of place other than "at", only with a word that
//    takes a person before it: "talked to jake", not "in corbin");
//  - such an ordinary-word given name ("mike", "robin"), or a lower-case
//    word of no list and no dictionary, is a name before "'s" ("marco's
//    number"), before "u", "you" or "ur" opening a clause ("keisha u coming"),
//    or as an item of a list of two or more names ("jen, ginny and brayan";
//    a pair when the other is a sure name: "tamika and jessica"; an
//    everyday-word given name is an item too: "jimmy and ray"), and
//    called after a greeting before a mark or the line's end ("yo tamika,
//    call me"; a listed given name anywhere after it: "hi kyle"; not "hey
//    bby,"), or opening a clause before a verb of what a person does
//    ("tamika texted me", "lol tamika said no"; not a chat word: "ppl
//    said"); a given name that names a town too ("brandon") only beside
//    the speaker, after a kin word, after a greeting, after "with" or "w/"
//    ("w/ brandon") or before such a verb;
//    an everyday word that is a given name too only before a verb of
//    speech or of a message ("ugh destiny texted me"; "summer went by"
//    stays);
//  - a given name in capitals alone among lower-case words is a name
//    ("thanks KEVIN"), and a capitalized given name before its possessive
//    "'s" ("Drake's new album"; not "Summer's almost over", "St. George's");
//  - a hashtag joining a given name and a surname is a name ("#JustinBieber",
//    "#selenagomez"); the words of a handle, other hashtags, links and
//    e-mail addresses are never read;
//  - after a given name found in lower case (four letters or more; by a
//    cue too: "ft. summer walker") the next lower-case word is its surname
//    when it is a listed surname (an everyday word or a town too: "walker"),
//    a given name that is no everyday word, a word seen in
//    names, or a word of no list and no dictionary that is no chat spelling
//    ("justin bieber"); a listed surname of no dictionary is a name
//    anywhere, as a given name is ("gonzalez"); before a listed surname
//    found in lower case, the word the same test would take after a given
//    name is its given name ("lebron james");
//  - a word of no list or an everyday-word given name is a name after a
//    possessive and a kin word ("my sister tashonda", "my little brother
//    X"; not a word of no list ending like a verb, "my father retired"),
//    beside the speaker ("me and X", "X and i") and after "feat.", "ft.",
//    "featuring";
//  - a capitalized word of no dictionary, or a listed given name or
//    surname, opening a sentence is a name when "and" or '&' joins it to a
//    name found ("Zendaya and Tom Holland"), and a word of no list and no
//    dictionary there before a verb of what a person does ("Zoltrane
//    texted me"; not "is", "was");
//  - after a cue that names whom one wishes, thanks, mourns or misses on
//    the same line ("happy birthday", "happy bday to", "hbd", "shoutout
//    to", "shout out to", "rip", "congrats to"; "thanks", "thank you",
//    "love you", "miss u", "ft.", "feat."), a lower-case listed given name is a name even
//    when it is an everyday word or a town ("happy birthday grace", "miss
//    you kyle"), but not a word said to anyone ("thanks buddy", "love you
//    babe"); after the first kind also a word of no list and no dictionary
//    that is no chat spelling ("rip quavontae");
//  - after "DJ", "VJ", "MC" or "deejay" the next word is a stage name, with
//    the cue, even a dictionary word ("DJ SPARKLE", "MC Thunder"; in lower
//    case only a word of no dictionary: "dj finese", not "the dj got"), and
//    a second capitalized word of no dictionary or a name list with it; not
//    a DJ's set, booth, gear or night; a name found there takes the cue;
//  - in a shouted post the cues above are read in capitals too ("HAPPY
//    BIRTHDAY TAMIKA", "THANKS KEVIN", "ME AND JESSICA", "MY SISTER
//    TAMIKA"; a word of no list there of four letters or more);
//  - a clause opens at a line start, after a mark or a chat interjection,
//    and after the handle a reply opens with ("@kay_22 tamika u coming?");
//  - each word found is found at its other lower-case mentions in the text.
// Linear in the text.
#ifndef AMPARO_REDACTION_SOCIAL_NAMES_H_
#define AMPARO_REDACTION_SOCIAL_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names a person-name finding (detector "names") for each such
// word that no finding of *names covers already. whole_text_tokens, if set,
// is text::Tokenize(text) (WordsSeen::tokens of the name detector): the
// pass reads those instead of tokenizing the text again when it reads the
// text as one window.
void AddLowerCasePostNames(std::string_view text, std::string_view language,
                           const PlaceGazetteer& places, std::vector<Finding>* names,
                           const text::Tokens* whole_text_tokens = nullptr);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_SOCIAL_NAMES_H_
