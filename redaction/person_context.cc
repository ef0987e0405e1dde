#include "redaction/person_context.h"

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace amparo::redaction {
namespace {

// Alone before a name: "with Florence", "con Guadalupe", "avec Lourdes",
// "ak Lourdes", "met/told/saw Victoria", "j'ai vu Florence".
bool IsPersonWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "with", "met", "meet", "meeting", "told", "tell", "telling", "saw", "seen", "called",
      "texted", "asked", "ask", "thanked", "married", "hugged", "kissed", "helped", "con",
      "avec", "ak", "vu", "rencontre", "rencontree", "epouse", "appele", "appelle", "telephone",
      "remercie",
      // awaiting or seeking someone: "nous attendions Florence", "on a
      // cherché Dolores", Haitian "n t ap tann Florence" (one awaits a
      // train for a town, not the town)
      "attendions", "attendais", "attendait", "attendaient", "attendons", "attendez", "attendu",
      "attendue", "attendre", "cherche", "cherchions", "cherchait", "cherchaient", "tann",
      // French "chez" takes a person or a firm, never a town ("chez Florence")
      "chez",
      // paying someone, who then takes the survivor across: "paid Victoria
      // to cross", "on a payé Florence pour passer" (not "pays", French for
      // a country)
      "paid", "pay", "paying", "paye", "payer", "payait", "payaient", "payions", "payons", "payez",
      // greetings of social media: "happy birthday florence", "dear Austin"
      "birthday", "bday", "dear", "congrats", "congratulations", "shoutout"};
  return kWords.count(w) != 0;
}

// Before "to", "a" or "à": "talked to Maurice", "vi a Florencia", "le dije a
// Lourdes", "parlé à Maurice" (motion verbs, "went to", "fui a", "allé à",
// are not listed: a town follows them).
bool IsPersonVerbBeforeTo(std::string_view w) {
  static const std::unordered_set<std::string_view> kVerbs = {
      // English
      "talked", "talk", "talking", "talks", "spoke", "speak", "speaking", "spoken", "said",
      "say", "says", "wrote", "write", "writing", "replied", "explained", "lied",
      "apologized", "engaged", "introduced", "complained", "whispered", "yelled",
      "shouted", "texting", "married", "belongs", "shoutout", "shoutouts",
      // a match lost to a player: "Chang lost to Ivanisevic"
      "lost", "lose", "loses", "losing",
      // Spanish (personal "a")
      "vi", "vio", "ver", "veo", "vimos", "vieron", "conoci", "conocio", "conocer", "conozco",
      "llame", "llamo", "llamar", "busque", "busco", "buscaba", "buscar", "encontre",
      "encontro", "ayude", "ayudo", "espere", "esperaba", "mataron", "mato", "golpearon",
      "golpeo", "esperamos", "esperabamos", "esperaban", "esperando", "esperar", "secuestraron", "secuestro", "amenazaron", "amenazo", "dije", "dijo",
      "pregunte", "pregunto", "conte", "conto", "avise", "aviso", "abrace", "extrano",
      "quiero", "queria", "visite", "visito", "hable", "hablo", "escribi", "escribio",
      "llevaron", "detuvieron", "deportaron", "salude",
      // paying or giving to someone: "le pagamos a Guerrero", "le dimos el
      // dinero a Santiago"
      "pague", "pago", "pagamos", "pagaron", "pagaba", "pagabamos", "pagaban", "pagar", "pagarle",
      "dimos", "dieron", "entregue", "entrego", "entregamos", "entregaron",
      // French
      "parle", "parlait", "parler", "dit", "disait", "dire", "ecrit", "ecrivait", "demande",
      "demandait", "repondu", "raconte", "explique", "telephone", "ressemble",
      "donne", "donnait", "donner", "remis", "verse",
      // English: "gave it to Victoria", "paid it to Florence"
      "gave", "give", "handed",
      // Haitian ("pale ak Lourdes" is caught by "ak")
      "di"};
  return kVerbs.count(w) != 0;
}

}  // namespace

bool IsPersonContext(std::string_view before_that, std::string_view before) {
  if (IsPersonWord(before)) return true;
  // "en casa de Reyes", "la casa de Guadalupe": a person's house; "el
  // hermano de la güera", "la hija de Dolores": a person's relative.
  if (before == "de" || before == "del") {
    static const std::unordered_set<std::string_view> kKin = {
        "casa", "hermano", "hermana", "hijo", "hija", "hijos", "mama", "papa", "madre", "padre",
        "esposo", "esposa", "marido", "mujer", "novio", "novia", "tio", "tia", "primo", "prima",
        "abuelo", "abuela", "sobrino", "sobrina", "cunado", "cunada", "suegro", "suegra", "nieto",
        "nieta", "hermanos", "primos", "frere", "soeur", "fils", "fille", "mere", "pere", "femme", "mari"};
    return kKin.count(before_that) != 0;
  }
  if (before == "to" || before == "a") return IsPersonVerbBeforeTo(before_that);
  // "waited for Florence": one waits for a person (a town is left for, not
  // waited for; "looking for" takes towns' flats and jobs too).
  if (before == "for") {
    static const std::unordered_set<std::string_view> kWaiting = {
        "wait", "waited", "waiting", "waits"};
    return kWaiting.count(before_that) != 0;
  }
  // "confiaba en Yefri", "creía en Yefri", "j'avais confiance en Yefri",
  // "elle croyait en Yefri": one trusts or believes in a person, not a town.
  if (before == "en") {
    static const std::unordered_set<std::string_view> kTrust = {
        "confiar", "confio", "confie", "confia", "confiamos", "confiaba", "confiabamos", "confiaban",
        "confiado", "confianza", "creer", "creo", "crei", "creia", "creiamos", "creian", "fe",
        "confiance", "croire", "crois", "croit", "croyait", "croyais", "croyions", "cru", "foi"};
    return kTrust.count(before_that) != 0;
  }
  return false;
}

bool IsPronounBeforeVerb(std::string_view after) {
  return after == "me" || after == "te" || after == "nos" || after == "le" || after == "les" ||
         after == "se";
}

namespace {

// What the first word after a name may say: SaysWhatOnlyAPersonDoes reads
// it through one table, not one set per class (a name is followed by a word
// of no class most times, and each set hashed it again).
enum class FirstWord : unsigned char { kPersonAct, kComing, kDi, kCopula };

struct FirstWords {
  std::unordered_map<std::string_view, FirstWord> words;
  // Bit k of lengths[c]: some word of the table starts with byte c and has
  // k bytes. Most words are refused by it before they are hashed.
  uint16_t lengths[256] = {};
};

const FirstWords& FirstWordTable() {
  static const FirstWords* const kTable = [] {
    auto* t = new FirstWords;
    auto add = [t](FirstWord c, std::initializer_list<std::string_view> words) {
      for (std::string_view w : words) {
        t->words.emplace(w, c);
        t->lengths[static_cast<unsigned char>(w[0])] |= static_cast<uint16_t>(1u << w.size());
      }
    };
    // Not the lexicon's speech class (kSpeechCue, data/cues.tsv): it holds
    // verbs of a person's life too, which a town takes as well ("Victoria
    // cuenta con un aeropuerto", "vive del turismo").
    add(FirstWord::kPersonAct,
        {"dijo", "conto", "contesto", "respondio", "pregunto", "explico", "grito", "susurro", "aseguro",
         "said", "told", "asked", "answered", "replied", "explained", "whispered", "shouted", "insisted",
         "promised", "dit", "raconte", "repond", "repondit", "expliqua", "murmura", "reponn", "rakonte"});
    // What a body does: a town neither cries nor sleeps ("Victoria lloró
    // toda la noche", "Florence cried all night").
    add(FirstWord::kPersonAct,
        {"lloro", "lloraba", "sonrio", "durmio", "dormia", "murio", "rezo", "rezaba", "cocino", "cried", "wept",
         "laughed", "smiled", "slept", "prayed", "cooked", "died", "pleurait", "pleura", "dormait", "kriye"});
    // Coming and going as a person does: late, alone, crying ("Israel llegó
    // tarde", "Florence left early"); a town is reached, it does not arrive
    // ("Israel llegó a un acuerdo" is a state's act and stays).
    add(FirstWord::kComing,
        {"llego", "llegaba", "salio", "regreso", "volvio", "vino", "arrived", "came", "left", "returned",
         "arriva", "arrivait", "partit", "rive"});
    // Haitian "di" before a pronoun ("Florence di nou rete"); elsewhere "di"
    // is an Italian particle ("Santa Maria di Leuca").
    add(FirstWord::kDi, {"di"});
    add(FirstWord::kCopula, {"was", "is", "fue", "era", "es", "estaba", "esta", "etait", "est", "te", "se"});
    return t;
  }();
  return *kTable;
}

}  // namespace

bool SaysWhatOnlyAPersonDoes(std::string_view first, std::string_view second, std::string_view third) {
  const FirstWords& table = FirstWordTable();
  if (first.empty() || first.size() > 15 ||
      (table.lengths[static_cast<unsigned char>(first[0])] & (1u << first.size())) == 0) {
    return false;
  }
  const auto it = table.words.find(first);
  if (it == table.words.end()) return false;
  switch (it->second) {
    case FirstWord::kPersonAct:
      return true;
    case FirstWord::kComing: {
      static const std::unordered_set<std::string_view> kHowOneCame = {
          "tarde", "temprano", "sola", "solo", "primero", "llorando", "corriendo", "cansada", "cansado",
          "borracha", "borracho", "herida", "herido", "late", "early", "alone", "first", "crying", "drunk",
          "tard", "seule", "seul", "ta", "bone"};
      return kHowOneCame.count(second) != 0;
    }
    case FirstWord::kDi:
      return second == "nou" || second == "mwen" || second == "m" || second == "li" || second == "yo" ||
             second == "ou" || second == "ke";
    case FirstWord::kCopula:
      // French "est venue", "était partie": a town neither comes nor leaves
      // ("Marie est venue hier" is the person, Marie a commune too).
      if (first == "est" || first == "etait") {
        static const std::unordered_set<std::string_view> kCameOrLeft = {
            "venu", "venue", "venus", "venues", "revenu", "revenue", "parti", "partie", "repartie", "reparti"};
        if (kCameOrLeft.count(second) != 0) return true;
      }
      break;
  }
  static const std::unordered_set<std::string_view> kVery = {
      "very", "so", "really", "always", "muy", "tan", "siempre", "tres", "si", "toujours", "tre", "vreman"};
  const std::string_view how = kVery.count(second) != 0 ? third : second;
  static const std::unordered_set<std::string_view> kHowAPersonWas = {
      "kind", "nice", "mean", "cruel", "pregnant", "sick", "scared", "afraid", "brave", "sweet", "angry",
      "buena", "bueno", "amable", "mala", "malo", "embarazada", "enferma", "enfermo", "valiente", "asustada",
      "asustado", "gentille", "gentil", "malade", "enceinte", "mechante", "mechant", "janti", "ansent", "malad"};
  return kHowAPersonWas.count(how) != 0;
}

}  // namespace amparo::redaction
