// The sender quoted inside a chat reply's quote: "Reply to \"Kenia: where
// are you?\"", "Réponse à « Kenia : vous êtes où ? »", "Repons pou \"Kenia :
// kote nou ye ?\"". A forwarded chat quotes the message answered with its
// sender's label, and that label is a person as surely as a chat line's
// sender is; but inside quotes, after a header, the signature pass's reading
// of chat lines never sees it.
//
// Guarantees: at a line's start (past spaces), a reply header of a short
// list ("Reply to", "Replying to", "In reply to", "Réponse à", "En réponse
// à", "Repons pou", "Respuesta a", "En respuesta a", any case), an opening
// quote (", “, «, ') and one to three words of letters, hyphens and
// apostrophes followed by a colon: those words are a person (detector
// "names") unless one of them is a kin word, a title, a function word, a
// month or an organisation word of the lexicon ("Reply to \"Mamá: ...\"",
// as a chat's kin label, stays). A person the name detector guessed over
// the header's first word ("Reply", "Réponse", "Repons", "Respuesta") there
// is dropped: no header word names anyone. Linear in the text: each line's
// start is read once.
#ifndef AMPARO_REDACTION_REPLY_QUOTE_SENDERS_H_
#define AMPARO_REDACTION_REPLY_QUOTE_SENDERS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Adds to *names the senders quoted as above (when no finding of `others`
// or *names overlaps them) and drops the header words taken for persons.
void AddSendersInReplyQuotes(std::string_view text, const std::vector<Finding>& others,
                             std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_REPLY_QUOTE_SENDERS_H_
