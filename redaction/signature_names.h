// Names signing a message. Testimonies arrive as letters, WhatsApp
// messages, e-mails and forms; a name alone on the line that closes a
// message is its author, whatever else the word may be: "Merci pour
// tout.\nFlorence", "Thanks,\nAustin", "Gracias por todo.\nConcepción".
// The name detector reads such a word alone, without a sentence around
// it, as the town or the word it also is and keeps it.
//
// What counts as a signature line: a line of one to six words of names
// (with initials, "y"/"and"/"et"/"ak" between them, a nickname in quotes
// or brackets) that
//   - follows a short closing line ("Gracias por todo.", "Best regards,",
//     "Mèsi anpil", "Los hermanos,") and ends its message (the text ends
//     or a blank line follows), or
//   - opens with a dash and ends its message ("— Rosa", "-Pedro") where
//     no list of dashes stands, or
//   - follows "Atte.", "Firma:", "Signed:", "Signé :" on its line or the
//     next one;
// and the sender before the colon of a chat line ("[12/03/24 10:15] Rosa:
// nos vemos", "Rosa: ya llegamos"), or after a forwarded message's header
// ("whatsapp de tito: ...", "mensaje de Yubi: ..."; read as a signature).
// A lone sender of no list, no timestamp, is read when a Kreyòl sentence
// follows ("Jinet: nou rive") or when a sender of no list writes twice.
// Every word of the line must be a listed given name or surname, or a
// capitalized word no dictionary, gazetteer or organisation list holds: a
// place ("Gracias,\nTapachula, 3 de mayo"), an ordinary word ("Thanks,\n
// Everyone"), a heading or a date leave the whole line alone. In lower
// case only listed given names count ("gracias\nrosa"). Without a
// timestamp, a chat sender is read as strictly as a signature.
//
// Guarantees: only adds kPersonName findings (detector "names") for words
// no finding overlaps; frees nothing. Linear in the text: each line is
// looked at once and only lines that end a message, open with a dash or
// a cue, or hold a colon among their first words are read further.
#ifndef AMPARO_REDACTION_SIGNATURE_NAMES_H_
#define AMPARO_REDACTION_SIGNATURE_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names the words above that neither *names nor `others` cover.
void AddNamesSigningAMessage(std::string_view text, const PlaceGazetteer& places,
                             const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_SIGNATURE_NAMES_H_
