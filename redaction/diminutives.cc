#include "redaction/diminutives.h"

#include <algorithm>
#include <map>
#include <utility>

#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Folded given name -> its familiar forms. See diminutives.h for the source.
struct Hypocorism {
  const char* name;
  std::vector<const char*> forms;
};

const std::vector<Hypocorism>& Table() {
  static const auto* table = new std::vector<Hypocorism>{
      {"jesus", {"chuy", "chucho", "chuyito", "chuchito", "jesusito"}},
      {"jose", {"pepe", "pepito", "chepe", "chepito", "jose", "cheo"}},
      {"josefa", {"pepa", "pepita", "chepa"}},
      {"josefina", {"pepa", "chepina", "fina"}},
      {"guadalupe", {"lupe", "lupita", "lupillo", "pita"}},
      {"francisco", {"paco", "pancho", "paquito", "panchito", "curro", "kiko", "chico", "frank"}},
      {"francisca", {"paca", "pancha", "paquita", "panchita"}},
      {"guillermo", {"memo", "memito", "guille", "willy"}},
      {"alejandro", {"alex", "ale", "jando", "alejo"}},
      {"alejandra", {"ale", "alex", "jandra"}},
      {"antonio", {"toño", "tono", "toñito", "tonito", "tony", "anto"}},
      {"antonia", {"toña", "tona", "toñita", "tonita"}},
      {"manuel", {"manolo", "manolito", "meme", "manu", "lolo"}},
      {"enrique", {"quique", "kike", "enriquito"}},
      {"ignacio", {"nacho", "nachito", "nacio"}},
      {"eduardo", {"lalo", "edu", "guayo", "lalito"}},
      {"roberto", {"beto", "robert", "betito", "tito"}},
      {"alberto", {"beto", "betito", "tito"}},
      {"humberto", {"beto", "betito"}},
      {"gilberto", {"beto", "gil"}},
      {"rigoberto", {"rigo", "beto"}},
      {"norberto", {"beto"}},
      {"heriberto", {"beto"}},
      {"luis", {"luisito", "wicho", "güicho", "guicho"}},
      {"rafael", {"rafa", "rafita", "fayo"}},
      {"ricardo", {"richi", "ricky", "rica", "cayo"}},
      {"fernando", {"fer", "nando", "fercho"}},
      {"fernanda", {"fer", "fercha"}},
      {"gerardo", {"gera", "lalo"}},
      {"gabriel", {"gabo", "gaby"}},
      {"gabriela", {"gaby", "gabi", "gaba"}},
      {"margarita", {"mago", "magui", "maggie", "rita"}},
      {"maria", {"mari", "mary", "maruca", "mariquita", "maria"}},
      {"maria jose", {"majo"}},
      {"maria fernanda", {"mafer"}},
      {"maria de la luz", {"lucha", "luz"}},
      {"mercedes", {"meche", "mecha"}},
      {"dolores", {"lola", "lolita"}},
      {"rosario", {"chayo", "charo", "rosa"}},
      {"consuelo", {"chelo", "consu"}},
      {"soledad", {"chole", "sole"}},
      {"concepcion", {"concha", "conchita", "chona"}},
      {"asuncion", {"chona"}},
      {"refugio", {"cuca", "cuquita", "cuco"}},
      {"socorro", {"coco", "soco"}},
      {"rodolfo", {"rudy", "fito", "rodo"}},
      {"adolfo", {"fito"}},
      {"santiago", {"chago", "santi", "yago"}},
      {"salvador", {"chava", "chavo", "salva"}},
      {"isabel", {"chabela", "isa", "chavela", "bela"}},
      {"elizabeth", {"eli", "liz", "lisa", "betty", "beth"}},
      {"cecilia", {"ceci", "chilo"}},
      {"ernesto", {"neto", "tito"}},
      {"anastasio", {"tacho"}},
      {"eusebio", {"chebo"}},
      {"jorge", {"coque", "george", "yoyo"}},
      {"joaquin", {"chimo", "quino"}},
      {"juan", {"juanito", "juancho", "juancito", "juanjo"}},
      {"juana", {"juanita", "juanis"}},
      {"juan carlos", {"juanca"}},
      {"juan jose", {"juanjo"}},
      {"pedro", {"perico", "pedrito", "pete"}},
      {"carlos", {"carlitos", "charly", "charlie", "calo"}},
      {"armando", {"mando", "mandito"}},
      {"arturo", {"turi", "arturito"}},
      {"alfredo", {"fredo", "freddy", "alfre"}},
      {"federico", {"fede", "kiko", "lico"}},
      {"patricia", {"paty", "pati", "patty", "pato"}},
      {"patricio", {"pato", "pato"}},
      {"beatriz", {"bety", "betty", "bea"}},
      {"teresa", {"tere", "teresita", "techa"}},
      {"graciela", {"chela", "gracie"}},
      {"angela", {"angie", "geli"}},
      {"angeles", {"angie"}},
      {"veronica", {"vero", "vera"}},
      {"leticia", {"lety", "leti", "ticha"}},
      {"natalia", {"naty", "nati"}},
      {"silvia", {"silvi", "chivis"}},
      {"susana", {"susi", "susy", "chana"}},
      {"alicia", {"licha", "ali"}},
      {"adriana", {"adri"}},
      {"claudia", {"clau"}},
      {"daniel", {"dani", "danny"}},
      {"daniela", {"dani", "danny"}},
      {"diego", {"dieguito"}},
      {"miguel", {"miguelito", "mike", "micky"}},
      {"angel", {"angelito"}},
      {"andres", {"andy"}},
      {"mauricio", {"mau"}},
      {"marcos", {"marquitos"}},
      {"victor", {"vico", "vitico"}},
      {"oscar", {"oscarito", "cacho"}},
      {"hector", {"tito"}},
      {"raul", {"rulo"}},
      {"benjamin", {"benja", "mincho"}},
      {"vicente", {"chente", "chente"}},
      {"clemente", {"chente"}},
      {"inocencio", {"chencho"}},
      {"crescencio", {"chencho"}},
      {"lorenzo", {"chencho", "lencho"}},
      {"florencio", {"lencho"}},
      {"bartolomeo", {"bartolo"}},
      {"bartolome", {"bartolo"}},
      {"gregorio", {"goyo"}},
      {"gumersindo", {"chindo"}},
      {"ramon", {"moncho", "monchito"}},
      {"ramona", {"mona", "monchi"}},
      {"ruben", {"rubencito"}},
      {"jaime", {"jimmy"}},
      {"william", {"will", "bill", "billy", "willy"}},
      {"robert", {"bob", "bobby", "rob", "robbie"}},
      {"richard", {"rick", "dick", "richie"}},
      {"michael", {"mike", "mikey", "mick"}},
      {"james", {"jim", "jimmy", "jamie"}},
      {"joseph", {"joe", "joey"}},
      {"thomas", {"tom", "tommy"}},
      {"elizabeth", {"liz", "lizzy", "beth", "betty"}},
      {"katherine", {"kate", "kathy", "katie"}},
      {"jean-baptiste", {"jb"}},
      {"jean", {"jeannot"}},
      {"francois", {"franck", "fanfan"}},
      {"marie", {"marion", "manon", "mimi"}},
      {"dieudonne", {"dieu"}},
      {"wilfrido", {"wilfri", "willy"}},
      {"wilson", {"willy"}},
      {"yolanda", {"yola", "yoli"}},
      {"virginia", {"vicky", "gina"}},
      {"victoria", {"vicky"}},
      {"esperanza", {"espe", "lancha"}},
      {"ana", {"anita"}},
      {"carmen", {"carmelita", "mela", "menchu", "carmencita"}},
      {"sebastian", {"sebas", "chano"}},
      {"emiliano", {"emi", "milo"}},
      {"jacinto", {"chinto"}},
      {"abelardo", {"lalo"}},
      {"hilario", {"layo"}},
      {"celestino", {"tino"}},
      {"agustin", {"tin", "tino", "agus"}},
      {"martin", {"tin", "tincho", "martincito"}},
      {"valentin", {"vale", "tin"}},
      {"valentina", {"vale"}},
  };
  return *table;
}

// The table with every entry folded, and an index from each folded form
// (full names and diminutives alike) to the other forms it goes with.
const std::map<std::string, std::vector<std::string>>& FoldedIndex() {
  static const auto* index = [] {
    auto* m = new std::map<std::string, std::vector<std::string>>();
    for (const Hypocorism& h : Table()) {
      const std::string name = FoldText(h.name);
      for (const char* f : h.forms) {
        const std::string form = FoldText(f);
        (*m)[name].push_back(form);
        (*m)[form].push_back(name);
      }
    }
    return m;
  }();
  return *index;
}

}  // namespace

std::vector<std::string> NameVariants(std::string_view folded_name, bool with_suffixes) {
  std::vector<std::string> out;
  auto add = [&](std::string form) {
    if (form != folded_name && std::find(out.begin(), out.end(), form) == out.end()) {
      out.push_back(std::move(form));
    }
  };
  const auto& index = FoldedIndex();
  auto it = index.find(std::string(folded_name));
  if (it != index.end()) {
    for (const std::string& form : it->second) add(form);
  }
  // The regular Spanish diminutive: Juan -> Juanito, Rosa -> Rosita,
  // Carlos -> Carlitos.
  std::string n(folded_name);
  if (with_suffixes && n.size() >= 3 && n.find(' ') == std::string::npos) {
    char last = n.back();
    if (last == 'a' || last == 'o') {
      std::string stem = n.substr(0, n.size() - 1);
      add(stem + "ita");
      add(stem + "ito");
      add(stem + (last == 'a' ? "ita" : "ito"));
    } else if (n.size() > 4 && n.compare(n.size() - 2, 2, "os") == 0) {
      add(n.substr(0, n.size() - 2) + "itos");
    } else if (last == 'e') {
      add(n.substr(0, n.size() - 1) + "ito");
      add(n.substr(0, n.size() - 1) + "ita");
    } else if (last != 'i' && last != 'u' && last != 'y') {
      add(n + "ito");
      add(n + "ita");
      add(n + "cito");
      add(n + "cita");
    }
  }
  return out;
}

}  // namespace amparo::redaction
