// Small helpers shared by the API handlers: JSON responses and errors,
// mapping archive Status codes to HTTP, and JSON forms of the archive's
// types. Error messages never quote request content.
#ifndef AMPARO_WEB_HTTP_UTIL_H_
#define AMPARO_WEB_HTTP_UTIL_H_

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "archive/archive.h"

namespace amparo::web {

using Json = nlohmann::json;

// invalid_argument 400, not_found 404, permission_denied 403,
// unauthenticated 401, resource_exhausted 413, failed_precondition and
// already_exists 409, anything else 500.
int HttpStatusOf(const Status& s);

void SendJson(httplib::Response& res, int status, const Json& body);
// {"error": {"code": code, "message": message}}
void SendError(httplib::Response& res, int status, const std::string& code,
               const std::string& message);
void SendStatus(httplib::Response& res, const Status& s);
// A short code for an HTTP status without a body ("not_found", ...).
std::string ErrorCodeForHttp(int status);

// Parses a JSON object body; on failure sends 400 with the byte offset (never
// the content) and returns false.
bool ParseJsonBody(const httplib::Request& req, httplib::Response& res, Json* out);

Json TagsJson(const Tags& tags);
Json ConsentJson(const ConsentRecord& c);
Json TestimonyJson(const Testimony& t);
Json RedactionJson(const ProposedRedaction& r);
Json PendingJson(const PendingTestimony& p, bool with_text);
Json ReceiptJson(const DeletionReceipt& r);


}  // namespace amparo::web

#endif  // AMPARO_WEB_HTTP_UTIL_H_
