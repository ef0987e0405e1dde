// CorpusGenerator makes a reproducible synthetic corpus of testimonies in
// Spanish, English and French for benchmarks: the same seed gives the same
// corpus on every run. Texts (~3 KB by default) mix a Zipf-distributed
// vocabulary of common words and made-up rarer words with the thesaurus
// vocabulary of violence and perpetrators, route places and fixed
// collocations (so phrase queries have real hits). Tags, places, dates,
// consent scopes and expiries vary per testimony. Header-only so any
// benchmark (search, archive end-to-end) can include it.
#ifndef AMPARO_BENCH_CORPUS_GENERATOR_H_
#define AMPARO_BENCH_CORPUS_GENERATOR_H_

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace amparo::bench {

struct GeneratedTestimony {
  std::string id;         // "T000001"
  std::string case_code;  // "CAI-2024-0001"
  std::string language;   // es, en, fr
  std::string pseudonym;
  int year = 0;
  int month = 0;
  std::string title;
  std::string text;
  std::vector<std::string> places;
  std::vector<std::string> violence;
  std::vector<std::string> perpetrator;
  std::vector<std::string> scopes;
  std::string consent_expires_on;  // "" = never
};

struct CorpusOptions {
  uint64_t seed = 20250601;
  size_t text_bytes = 3000;
};

class CorpusGenerator {
 public:
  static constexpr std::array<const char*, 14> kPlaces = {
      "Tapachula", "Palenque", "Tenosique", "Veracruz", "Coatzacoalcos", "Ciudad Juárez",
      "Reynosa", "Nuevo Laredo", "Monterrey", "Ciudad de México", "Oaxaca", "Tijuana",
      "San Pedro Sula", "Tegucigalpa"};
  static constexpr std::array<const char*, 13> kViolence = {
      "kidnapping", "extortion", "homicide", "sexual-violence", "torture", "threats",
      "forced-disappearance", "robbery", "human-trafficking", "forced-recruitment",
      "arbitrary-detention", "physical-assault", "forced-displacement"};
  static constexpr std::array<const char*, 7> kPerpetrators = {
      "criminal-group", "gang", "smuggler", "police", "military", "migration-authority",
      "private-individual"};
  static constexpr std::array<const char*, 3> kLanguages = {"es", "en", "fr"};

  explicit CorpusGenerator(CorpusOptions options = {}) : options_(options) {
    for (int l = 0; l < 3; ++l) BuildVocabulary(l);
  }

  // The i-th testimony (0-based); independent of the order of calls.
  GeneratedTestimony Make(size_t i) const {
    std::mt19937_64 rng(options_.seed * 1000003u + i);
    GeneratedTestimony t;
    char buf[64];
    std::snprintf(buf, sizeof buf, "T%07zu", i + 1);
    t.id = buf;
    int l = Pick(rng, 100) < 55 ? 0 : (Pick(rng, 100) < 60 ? 1 : 2);
    t.language = kLanguages[l];
    t.year = 2018 + static_cast<int>(Pick(rng, 8));
    t.month = 1 + static_cast<int>(Pick(rng, 12));
    std::snprintf(buf, sizeof buf, "CAI-%d-%04zu", t.year, i % 10000);
    t.case_code = buf;
    t.pseudonym = std::string(kPseudonyms[Pick(rng, kPseudonyms.size())]) + "*";
    size_t nplaces = 1 + Pick(rng, 3);
    for (size_t k = 0; k < nplaces; ++k) AddUnique(&t.places, kPlaces[Zipf(rng, kPlaces.size(), 1.0)]);
    size_t nviol = 1 + Pick(rng, 3);
    for (size_t k = 0; k < nviol; ++k) AddUnique(&t.violence, kViolence[Zipf(rng, kViolence.size(), 0.8)]);
    size_t nperp = 1 + Pick(rng, 2);
    for (size_t k = 0; k < nperp; ++k) {
      AddUnique(&t.perpetrator, kPerpetrators[Zipf(rng, kPerpetrators.size(), 0.8)]);
    }
    static const std::array<const char*, 3> kScopes = {"legal", "publication", "research"};
    for (const char* s : kScopes) {
      if (Pick(rng, 100) < 60) t.scopes.push_back(s);
    }
    if (Pick(rng, 100) < 40) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2024 + static_cast<int>(Pick(rng, 6)),
                    1 + static_cast<int>(Pick(rng, 12)), 1 + static_cast<int>(Pick(rng, 28)));
      t.consent_expires_on = buf;
    }
    const Vocabulary& v = vocab_[l];
    t.title = Sentence(rng, v, 5, t);
    t.title.pop_back();
    while (t.text.size() < options_.text_bytes) {
      t.text += Sentence(rng, v, 8 + Pick(rng, 14), t);
      t.text += Pick(rng, 8) == 0 ? "\n\n" : " ";
    }
    return t;
  }

  // Words, phrases and tags that queries can use, per language.
  const std::vector<std::string>& CommonWords(int lang) const { return vocab_[lang].common; }
  const std::vector<std::string>& RareWords(int lang) const { return vocab_[lang].rare; }
  const std::vector<std::string>& Collocations(int lang) const { return vocab_[lang].collocations; }

 private:
  struct Vocabulary {
    std::vector<std::string> common;        // Zipf head
    std::vector<std::string> rare;          // long tail of made-up words
    std::vector<std::string> collocations;  // fixed multi-word phrases
    std::vector<std::string> violence;      // thesaurus labels
    std::vector<std::string> perpetrator;
  };

  static constexpr std::array<const char*, 16> kPseudonyms = {
      "Yahir", "Rosa", "Luz", "Marco", "Dana", "Elena", "Iván", "Noé",
      "Sofía", "Kevin", "Marie", "Jean", "Ana", "José", "Wilson", "Darwin"};

  static size_t Pick(std::mt19937_64& rng, size_t n) { return rng() % n; }

  // Zipf-like rank in [0, n): heavier head for larger s.
  static size_t Zipf(std::mt19937_64& rng, size_t n, double s) {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    double r = std::pow(static_cast<double>(n) + 1, std::pow(u, 1.0 + s)) - 1;
    size_t k = static_cast<size_t>(r);
    return k < n ? k : n - 1;
  }

  static void AddUnique(std::vector<std::string>* v, const std::string& s) {
    for (const auto& x : *v) {
      if (x == s) return;
    }
    v->push_back(s);
  }

  std::string Sentence(std::mt19937_64& rng, const Vocabulary& v, size_t words,
                       const GeneratedTestimony& t) const {
    std::string s;
    for (size_t w = 0; w < words; ++w) {
      if (!s.empty()) s.push_back(' ');
      size_t roll = Pick(rng, 1000);
      if (roll < 12) {
        s += t.places[Pick(rng, t.places.size())];
      } else if (roll < 30) {
        s += v.violence[Zipf(rng, v.violence.size(), 0.5)];
      } else if (roll < 40) {
        s += v.perpetrator[Zipf(rng, v.perpetrator.size(), 0.5)];
      } else if (roll < 60) {
        s += v.collocations[Zipf(rng, v.collocations.size(), 0.7)];
      } else if (roll < 840) {
        s += v.common[Zipf(rng, v.common.size(), 1.2)];
      } else if (roll < 845) {
        s += std::to_string(Pick(rng, 2030));
      } else {
        s += v.rare[Zipf(rng, v.rare.size(), 0.3)];
      }
    }
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    s += Pick(rng, 6) == 0 ? ", " : ".";
    return s;
  }

  void BuildVocabulary(int l) {
    static const char* kCommon[3] = {
        // Spanish
        "de la que el en y a los se del las un por con no una su para es al lo como más pero sus "
        "le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien "
        "desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes "
        "algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco "
        "ella estar estas algunas algo nosotros casa familia hijos hijo hija madre padre hermano "
        "hermana esposo esposa camino tren bestia frontera río albergue noche día miedo dinero "
        "trabajo pueblo ciudad colonia calle carro camión autobús teléfono comida agua hambre frío "
        "calor semana mes año años meses días horas salimos llegamos caminamos dormimos pagamos "
        "dijeron dijo querían pidieron tuvimos fuimos vinimos vimos sabíamos pensamos decidimos "
        "escapamos corrimos esperamos ayuda médico hospital clínica iglesia escuela vecinos "
        "amigos gente hombres mujeres niños niñas grupo carretera monte selva desierto",
        // English
        "the of and to a in that is was he for it with as his on be at by i this had not are but "
        "from or have an they which one you were her all she there would their we him been has "
        "when who will more no if out so said what up its about into than them can only other new "
        "some could time these two may then do first any my now such like our over man me even "
        "most made after also did many before must through back years where much your way well "
        "down should because each just those people how too little state good very make world "
        "still own see men work long get here between both life being under never day same "
        "another know while last might us great old year off come since against go came right "
        "used take three house family children son daughter mother father brother sister husband "
        "wife road train border river shelter night fear money job town city street truck bus "
        "phone food water hunger cold heat week month we left arrived walked slept paid told "
        "wanted asked escaped ran waited help doctor hospital clinic church school neighbors "
        "friends women kids group highway mountain jungle desert",
        // French
        "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se ce il "
        "sont avec ont son été mais ou elle comme nous aussi fait ses cette on leur y être tout "
        "deux ils lui sans entre même après bien sa peut aux encore autres avant ces moins était "
        "dont très avait leurs donc contre temps alors sous fois quand ainsi non depuis deja "
        "maison famille enfants fils fille mère père frère soeur mari femme route train frontière "
        "rivière refuge nuit jour peur argent travail village ville rue camion bus téléphone "
        "nourriture eau faim froid chaleur semaine mois année ans jours heures sommes partis "
        "arrivés marché dormi payé dit voulaient demandé fui couru attendu aide médecin hôpital "
        "clinique église école voisins amis gens hommes femmes groupe autoroute montagne jungle "
        "désert"};
    static const char* kCollocations[3] = {
        "la frontera norte|el tren de carga|la casa de migrantes|cobro de piso|la policía "
        "municipal|el albergue de migrantes|nos quitaron el dinero|en la madrugada|mis hijos y "
        "yo|tuvimos que salir|la guardia nacional|de regreso a casa|sin documentos",
        "the northern border|the freight train|the migrant shelter|war tax|the local police|we "
        "had to leave|my children and I|in the early morning|they took our money|the national "
        "guard|back home|without papers",
        "la frontière nord|le train de marchandises|la maison des migrants|impôt de guerre|la "
        "police municipale|nous avons dû partir|mes enfants et moi|au petit matin|ils ont pris "
        "notre argent|la garde nationale|sans papiers"};
    static const char* kViolenceWords[3] = {
        "secuestro|secuestraron|extorsión|nos cobraban la renta|homicidio|asesinaron|violación|"
        "abuso sexual|tortura|torturaron|amenazas|nos amenazaron|desaparecido|robo|asaltaron|"
        "trata de personas|reclutamiento forzado|detenidos|golpiza|golpearon|desplazamiento "
        "forzado|levantón|plagio|cuota",
        "kidnapping|kidnapped|extortion|war tax|murder|murdered|rape|sexual assault|torture|"
        "tortured|threats|threatened|disappeared|robbery|robbed|human trafficking|forced "
        "recruitment|detained|beating|beaten|displaced|abducted",
        "enlèvement|enlevé|extorsion|racket|meurtre|assassiné|viol|agression sexuelle|torture|"
        "torturé|menaces|menacé|disparu|vol|braquage|traite des êtres humains|recrutement forcé|"
        "détenus|passage à tabac|déplacés"};
    static const char* kPerpetratorWords[3] = {
        "el cártel|los narcos|la pandilla|los mareros|el pollero|los coyotes|la policía|los "
        "militares|el ejército|agentes de migración|el halcón|los halcones|un particular",
        "the cartel|the gang|gang members|the smuggler|smugglers|the police|police officers|"
        "soldiers|the army|immigration officers|a lookout|organized crime",
        "le cartel|le gang|les passeurs|le passeur|la police|les policiers|les militaires|"
        "l'armée|agents de migration|un guetteur|crime organisé"};
    static const char* kSyllables[3] = {
        "ca|ma|ra|ta|ri|lo|me|sa|to|do|ne|ba|gui|che|llo|rro|tla|xo|co|pa|de|la|ni|mo|cu",
        "ber|ton|ing|ly|ter|shi|wa|ck|son|den|ra|mi|fo|pe|stro|gle|nd|th|ow|ea|ri|ke",
        "ou|eau|ain|on|che|gre|mi|lé|ro|ta|qu|ier|ette|bo|ne|vi|sa|rie|pe|tou|dé|ge"};
    Vocabulary& v = vocab_[l];
    auto split = [](const std::string& s, char sep) {
      std::vector<std::string> out;
      size_t at = 0;
      while (at <= s.size()) {
        size_t end = s.find(sep, at);
        if (end == std::string::npos) end = s.size();
        if (end > at) out.push_back(s.substr(at, end - at));
        at = end + 1;
      }
      return out;
    };
    v.common = split(kCommon[l], ' ');
    v.collocations = split(kCollocations[l], '|');
    v.violence = split(kViolenceWords[l], '|');
    v.perpetrator = split(kPerpetratorWords[l], '|');
    std::vector<std::string> syl = split(kSyllables[l], '|');
    std::mt19937_64 rng(options_.seed + 7 + l);
    for (int i = 0; i < 40000; ++i) {
      std::string w;
      size_t n = 2 + Pick(rng, 3);
      for (size_t k = 0; k < n; ++k) w += syl[Pick(rng, syl.size())];
      v.rare.push_back(w);
    }
  }

  CorpusOptions options_;
  std::array<Vocabulary, 3> vocab_;
};

}  // namespace amparo::bench

#endif  // AMPARO_BENCH_CORPUS_GENERATOR_H_
