// Replaced by the sealed index implementation.
namespace amparo::search {}
