#include "redaction/pattern_rules.h"

namespace amparo::redaction {
namespace {

// Not preceded by a letter or digit (the delimiter is matched, outside
// group 1), and not followed by one.
const std::string kPre = R"((?:^|[^\p{L}\p{M}\p{N}_]))";
const std::string kPost = R"((?:[^\p{L}\p{M}\p{N}_]|$))";
const std::string kPreDigit = R"((?:^|[^\p{L}\p{M}\p{N}_.]))";
const std::string kPostDigit = R"((?:[^\p{L}\p{M}\p{N}_]|$))";

// Month names (Spanish, English, French, Haitian Creole), with common
// abbreviations.
const std::string kMonthEs =
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
    "octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic";
const std::string kMonthEn =
    "january|february|march|april|may|june|july|august|september|october|"
    "november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
const std::string kMonthFr =
    "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
    "novembre|d[ée]cembre|janv|f[ée]vr?|avr|juil|d[ée]c";
const std::string kMonthHt =
    "janvye|fevriye|mas|avril|me|jen|jiy[eè]|out|septanm|okt[oò]b|novanm|desanm";
const std::string kAnyMonth = "(?:" + kMonthEs + "|" + kMonthEn + "|" + kMonthFr + "|" + kMonthHt + ")";

// A capitalized word in a street name, or a small connector, or a number
// ("Calle 5 de Mayo", "Avenida de la Marina", "rue du Four").
// Words of a street name. A dot ends only a known abbreviation ("Gral.",
// "Sta."), so a street name does not run on into the next sentence.
const std::string kStreetAbbreviation =
    R"((?:gral|gra|sta|sto|sn|dr|dra|prof|lic|ing|gob|pte|pdte|cap|fco|gpe|ma|mª|av|avda|blvd|st|mt|ft|pl))";
// A number in a name may be an ordinal ("2nd Avenue", "5a Calle", "3ra")
// or a Guatemalan house number ("12 Calle 3-45"). OCR reads "a" as "&"
// ("rue S&int-Gouéno").
const std::string kStreetCap =
    R"((?:(?-i:\p{Lu})\.|(?-i:\p{Lu})[\p{L}\p{M}'’´\-&]*|\d{1,4}(?:st|nd|rd|th|ra|da|ta|va|ma|na|[A-Za-zªº])?(?:[\-–]\d{1,4})?|(?i:)" + kStreetAbbreviation + R"()\.))";
const std::string kStreetAnyWord = R"((?:(?-i:\p{Lu})\.|[\p{L}\p{M}'’\-]+|(?i:)" + kStreetAbbreviation + R"()\.))";
const std::string kStreetConnector =
    R"((?-i:de|del|la|las|los|el|y|d'|d’|d´|du|des|le|les|l'|do|da|dos|das|)"
    // Italian: "Via della Spiga 12", "Via dei Coronari 5".
    R"(della|delle|dello|degli|dei|di))";
// A street or neighbourhood name: capitalized words or numbers, joined by
// small connectors ("5 de Mayo", "de la Marina", "du Four"), on one line.
const std::string kStreetName = kStreetCap + R"((?:[ \t]{1,3}(?:)" + kStreetConnector +
                                R"([ \t]{0,3}){0,2})" + kStreetCap + "){0,5}";
// A street keyword and what separates it from the name, on one line (a
// street never runs over a line break: "la colonia.\nDespués"): a word
// needs a space or a dot after it ("Av Reforma", "Av. Reforma", but not "carro"),
// a one-letter abbreviation a slash ("C/ Mayor", "P/ de Llanos"; "p." is
// a page as often as a street).
const std::string kStreetKeyword =
    R"((?:(?:calle|avenida|av|avda|avd|bulevar|boulevard|blvd|bvd|calzada|calz|carretera|carr|ctra|crt|autopista|autov[ií]a|libramiento|)"
    R"(callej[oó]n|privada|priv|andador|cerrada|cda|paseo|p\.?[º°]|pso|pasaje|plaza|pza|)"
    R"(prolongaci[oó]n|prol|circuito|retorno|diagonal|transversal|carrera|cra|carrer|rambla|)"
    R"(traves[ií]a|glorieta|ronda|rondilla|paraje|rua|rúa|estrada|(?-i:Via|via)|(?-i:Ri|ri)|avni|rue|avenue|chemin|impasse|all[ée]e|quai|ruelle|colonia|col|)"
    // Catalan streets ("Passeig Marítim 25", "Plaça de Catalunya 9"), Madrid's
    // "Gran Vía", El Salvador's "Polígono C", Guatemala's "Lotificación",
    // Peru's "Jirón" ("Jr. Huallaga 345": with a number, not in English).
    R"(avinguda|avgda|passeig|pla[çc]a|gran\s{1,2}v[ií]a|pol[ií]gono|lotificaci[oó]n|jir[oó]n|(?-i:Jr)|)"
    // Galicia's "Praza", Catalonia's "Travessera", "Passatge", "Camí", the
    // Southern Cone's "Psje.", Honduras' "Bº" (barrio), Madrid's "Cuesta de
    // San Vicente" (capitalized: "me cuesta 5 euros").
    R"(pra[çcz]a|travessera|passatge|cam[ií]|psje|pje|b[º°]|(?-i:Cuesta|Costanilla|Bajada|Subida)|)"
    // Mexico City's roads, capitalized only ("Eje Central", "Periférico Sur",
    // "Viaducto Tlalpan"; not "el eje del problema", "edema periférico").
    R"((?-i:Eje|EJE|Perif[ée]rico|PERIF[ÉE]RICO|Viaducto|VIADUCTO)|)"
    R"(ulica|ulice|ulitsa|rruga|)"
    R"(fraccionamiento|fracc|barrio|urbanizaci[oó]n|urb|residencial|unidad habitacional|u\.\s?h|lotissement|r[ée]sidence|)"
    // Cuban neighbourhoods, capitalized only ("Reparto Alamar"; "el reparto
    // de víveres" is a delivery).
    R"((?-i:Reparto|REPARTO|Rpto)))"
    R"((?:[ \t]{1,3}|[./,][ \t]{0,3}|[./][ \t]?[./,][ \t]{0,3})|(?:c|p)[/\\]\.?[ \t]{0,3}|bd\.[ \t]{0,3}))";
// Words that may name a floor, door or block after the street number.
const std::string kStreetUnit =
    R"((?:int(?:erior)?|depto|dpto|apartamento|apto?|apt|piso|puerta|local|edif(?:icio)?|letra|esc(?:alera)?|)"
    R"(planta|bloque|portal|mz|lt|izq(?:uierda)?|izda|iz|dcha|der(?:echa)?|bajo|ático|atico|dto|esq|edf|s[oó]tano|)"
    R"(zona|casa|sector|lote|manzana|etapa|p))";
// What may follow a street name: numbers, "No. 23", "int. 4", "piso 2",
// "12, 5 C", "4 izq.", "s/n", then a neighbourhood and a postal code.
// "No. 23", "23 B", "119-129", "44/ 202", "km 12,500".
// Numbers written in words after "número" ("número cuarenta y dos").
const std::string kSpanishUnits = R"((?:uno|una|dos|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve))";
const std::string kSpanishNumberWords =
    "(?:(?:dieci|veinti)" + kSpanishUnits + "|" + kSpanishUnits +
    R"(|diez|once|doce|trece|catorce|quince|veinte|(?:trein|cuaren|cincuen|sesen|seten|ochen|noven)ta)"
    R"((?:\s{1,2}y\s{1,2})" + kSpanishUnits + R"()?|cien(?:to)?|(?:dos|tres|cuatro|quinien|seis|sete|ocho|nove)cientos))";
// A house's letter after its number: glued ("12a", "12B") or after a space
// when it is a capital or a consonant ("12 B", "12 b"); a lower-case vowel
// or "y" is a word that goes on ("Calle Real 12 y luego", "12 a las 5",
// "12 o 13").
const std::string kHouseLetter = R"((?:[A-Za-z]\b|\s(?-i:[A-Z]|[b-df-hj-np-tv-xz])\b))";
const std::string kStreetNumber =
    R"((?:km\.?\s{0,2}\d{1,4}(?:[.,]\d{1,3})?|n[uú]m(?:ero)?\.?\s{1,2}(?:)" + kSpanishNumberWords +
    R"()(?:\s{1,2})" + kSpanishNumberWords + R"(){0,2}\b|(?:(?:n[uú]m(?:ero)?\.?|no\.?|n[º°o]\.?|nr\.?|number|num[ée]ro|nimewo|nimero|#)\s{0,2})?\d{1,5})"
    // A range, or two numbers of one building ("Isabel la Católica, 1 y 3"),
    // read before a house letter takes the "y" ("1 y").
    R"((?:\s?[\-–/]\s?\d{1,5}|\s{1,2}y\s{1,2}\d{1,4}\b)?(?:)" + kHouseLetter + R"()?)"
    // French and Spanish repeated numbers: "12 bis", "4 ter".
    R"((?:\s{1,2}(?:bis|ter|quater)\b)?))";
// Floors, doors and blocks after a street number ("2º piso dto C", "6ºH",
// 'depto "C"').
const std::string kStreetNumberUnits =
    R"((?:\s{0,2}[,.\-]?\s{0,2}(?:)" + kStreetUnit +
    R"((?:\b\.?\s{0,2}(?:["“«][A-Za-z0-9º°ª\-]{1,6}["”»]|[A-Za-z0-9º°ª\-]{0,6})|\d{1,3}\s?[A-Za-z]?\b)|)"
    // "Av. Providencia 1234, of. 56": an office, with its dot and number.
    R"((?-i:of|Of|ofic|Ofic)\.\s{0,2}\d{1,4}[A-Za-z]?\b|km\.?\s{0,2}\d{1,4}(?:[.,]\d{1,3})?|\d{1,4}(?:\s?\.?[º°ª]|\.(?-i:o|a)\b|[A-Za-z]{1,2}\b|\b)(?:\s?-\s?[A-Za-z]\b|)" + kHouseLetter + R"()?(?:\s?[-y]\s?\d{1,4})?|(?-i:[A-Z]|[b-df-hj-np-tv-xz])\b|["“«][A-Za-z0-9]{1,2}["”»]|[º°ª]\s?(?:izq(?:uierda)?|izda|dcha|der(?:echa)?|[A-Za-z])\b)){0,4})";
const std::string kStreetNumberPart = R"((?:\s{0,3}[,.]?\s{0,3})" + kStreetNumber + kStreetNumberUnits + ")";
const std::string kStreetRest =
    R"((?:\s{0,3},?\s{0,3}(?:s/n|sn|s\.n\.|sin n[uú]mero))?)"
    R"((?:\s{0,3},?\s{0,3}(?:col\.?|colonia|fracc\.?|barrio)\s{1,3})" + kStreetName + ")?"
    // The building: "Plaza de las Américas, Edf. Argentina, esc 9, 6A".
    R"((?:\s{0,3}[,.]?\s{0,3}(?:edf|edif|edificio|residencia|torre|condominio)\.?\s{1,3}(?:(?-i:[A-Z])-?\d{1,4}\b|)" +
        kStreetName + "))?"
    // "Colonia Kennedy, Bloque 5, Casa 23", "Zona 1": units after a
    // neighbourhood (a digit must follow: "casa de mi tía" is no unit).
    // A period may part them ("s/n. Edificio 3. Planta -2"), a building's
    // letters come before a floor ("HGU-planta 4"), a basement is below 0.
    R"((?:\s{0,3}[,.]?\s{0,3}(?:(?-i:[A-Z]{2,6})-)?(?:bloque|casa|manzana|mz|lote|lt|sector|zona|edificio|edif|apartamento|apto?|depto|int(?:erior)?|piso|)"
    R"(pasaje|senda|oficina|local|)"
    R"(maison|appartement|appt|app|b[âa]timent|kay|)"
    // English, as a neighbourhood's units are said in an English testimony:
    // "Colonia Kennedy, block 5, house 23".
    R"(block|house|lot|)"
    R"(esc(?:alera)?|planta|puerta|portal)\b)"
    R"(\.?\s{0,2}#?\s{0,2}(?:-?\d[A-Za-z0-9\-]{0,5}|(?-i:[A-Z])(?:-?\d{1,4})?\b)){0,3})"
    R"((?:\s{0,3},\s{0,3}\d{1,2}\s?[º°ª]?\s?[A-Za-z]\b)?)"
    R"((?:\s{0,3},?\s{0,3}(?:c\.\s?p\.?|cp|c[oó]digo postal)[\s:.]{0,3}\d{4,5})?)"
    // The crossing street: "Hidalgo esquina con Morelos", "Juárez esq. Allende".
    R"((?:\s{0,3},?\s{0,3}(?:esquina|esq\.)\s{1,3}(?:(?:con|de|y)\s{1,3})?(?:)" + kStreetKeyword + R"()?(?:)" +
    kStreetConnector + R"(\s{1,3}){0,2})" + kStreetName + ")?"
    // Between two streets: "Calle 10 Norte entre 3a y 5a Poniente".
    R"((?:\s{0,3},?\s{0,3}entre\s{1,3}(?:(?:las|los|la|el)\s{1,3})?(?:calles\s{1,3}|)" + kStreetKeyword + R"()?)" + kStreetName +
    R"(\s{1,3}(?:y|e)\s{1,3}(?:)" + kStreetKeyword + R"()?)" + kStreetName + ")?";
const std::string kStreetTail = "(?:" + kStreetNumberPart + ")?" + kStreetRest;
const std::string kStreetTailNumbered = "(?:" + kStreetNumberPart + R"(|\s{0,3},?\s{0,3}(?:s/n|sn|s\.n\.|sin n[uú]mero)))" + kStreetRest;
const std::string kEnglishStreetType =
    R"((?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|)"
    R"(terrace|ter|highway|hwy|parkway|pkwy|circle|cir|trail|trl|square|sq|alley|crescent|loop|)"
    R"(pike|plaza|row|walk|path|ridge|heights|park|route|rte|gardens|grove|close|mews|parade|pde|cres|tce|)"
    R"(esplanade|promenade|quay|wharf|rise|chase|wynd|circuit|cct|concourse|)"
    // More of the USPS street suffixes ("Dora Creek", "Zachary Cliffs"), not
    // those that end well-known place names after a year ("2019 Palm
    // Springs", "Niagara Falls", "Beverly Hills", "Silicon Valley").
    R"(creek|cliffs?|crossing|cove|crest|dale|dam|divide|estates|expressway|extension|ferry|)"
    R"(flats?|forges?|forks?|freeway|glens?|greens|groves|haven|hollow|junction|knolls?|)"
    R"(landing|manor|meadows?|mills|orchard|oval|pass|pines|plains|points?|prairie|radial|)"
    R"(ranch|rapids|ridges|shoals?|spur|squares|stravenue|summit|trace|track|turnpike|views?|ways|)"
    // The rest of that list ("311 Cormier Canyon", "905 Halvorsen Station");
    // those that also end a town's or a landmark's name ("Palm Springs",
    // "Niagara Falls", "Lake Valley") are refused after a year by the detector.
    R"(branch|bridge|brooks?|burgs?|bypass|canyon|causeway|centers?|circles|club|common|corners?|course|)"
    R"(courts|coves|crossroad|curve|drives|estates?|extensions|falls?|fields?|fords?|forest|)"
    R"(gateway|garden|green|harbou?rs?|hills?|inlet|islands?|isle|junctions|keys?|lakes?|land|lights?|)"
    R"(loaf|locks?|lodge|mall|manors|mission|motorway|mountains?|neck|overpass|parks|parkways|passage|)"
    R"(pine|plain|ports|rapid|rest|river|roads|run|shores?|skyway|springs?|spurs|station|stream|streets|)"
    R"(throughway|trafficway|tunnel|underpass|unions?|valleys?|viaduct|villages?|ville|vista|walks|wall|wells?|)"
    // The rest of Publication 28's primary names ("418 Willow Bend", "77
    // Harmon Bluff", "610 Dorsey Camp"): after a house number and a
    // capitalized name they end a street; those that also end towns' and
    // landmarks' names ("Cape", "Beach", "Port") are refused after a year.
    R"(annex|arcade|bayou|beach|bend|bluffs?|bottom|camp|cape|commons|crossroads|fort|mill|mount|port|ramp|)"
    // Its standard abbreviations ("14 Birch Xing", "990 KESTREL BND"),
    // capitalized or in capitals only: in lower case some are words or
    // units ("cv", "ext").
    R"((?-i:Aly|Anx|Byu|Bch|Bnd|Blf|Blfs|Btm|Brg|Brk|Brks|Byp|Cyn|Cpe|Cswy|Ctr|Ctrs|Clf|Clfs|Cmn|Cmns|Crse|)"
    R"(Cv|Cvs|Crk|Crst|Xing|Xrd|Xrds|Curv|Expy|Ext|Exts|Flds|Frd|Frst|Frg|Frk|Frks|Fwy|Gdn|Gdns|Gtwy|Gln|)"
    R"(Grn|Grv|Hbr|Hvn|Hts|Holw|Inlt|Jct|Jcts|Knl|Knls|Lndg|Ldg|Mnr|Mdw|Mdws|Msn|Mtwy|Mtn|Mtns|Opas|Psge|)"
    R"(Plz|Rnch|Rpds|Rdg|Rdgs|Riv|Skwy|Spg|Spgs|Strm|Smt|Trce|Trak|Trfy|Tpke|Upas|Vly|Vlys|Vlg|Vw|Vws|ALY|)"
    R"(ANX|BYU|BCH|BND|BLF|BLFS|BTM|BRG|BRK|BRKS|BYP|CYN|CPE|CSWY|CTR|CTRS|CLF|CLFS|CMN|CMNS|CRSE|CV|CVS|)"
    R"(CRK|CRST|XING|XRD|XRDS|CURV|EXPY|EXT|EXTS|FLDS|FRD|FRST|FRG|FRK|FRKS|FWY|GDN|GDNS|GTWY|GLN|GRN|GRV|)"
    R"(HBR|HVN|HTS|HOLW|INLT|JCT|JCTS|KNL|KNLS|LNDG|LDG|MNR|MDW|MDWS|MSN|MTWY|MTN|MTNS|OPAS|PSGE|PLZ|RNCH|)"
    R"(RPDS|RDG|RDGS|RIV|SKWY|SPG|SPGS|STRM|SMT|TRCE|TRAK|TRFY|TPKE|UPAS|VLY|VLYS|VLG|VW|VWS)))";
const std::string kUnit =
    R"((?:apt|apartment|suite|ste|unit|room|rm|(?-i:Flat|FLAT|Studio|Level|Shop)|floor|(?-i:fl|Fl)|building|bldg|depto|departamento|interior|int|piso|bureau|app|appartement|)"
    R"(appt|porte|b[âa]timent|escalier))";

// Numbered streets of Central American towns: "3a calle", "5 y 6
// avenida", "1a Avenida Norte" (an ordinal or a second number).
const std::string kOrdinalSuffix = R"((?:ra|da|ta|va|ma|na|[ao]|ª|º)\.?)";
const std::string kNumberedStreet =
    R"(\d{1,2}(?:)" + kOrdinalSuffix + R"((?:\s{1,2}[ye]\s{1,2}\d{1,2}(?:)" + kOrdinalSuffix +
    R"()?)?|\s{1,2}[ye]\s{1,2}\d{1,2}(?:)" + kOrdinalSuffix + R"()?)\s{1,2}(?:calles?|avenidas?|av\.))"
    R"((?:\s{1,2}(?:norte|sur|oriente|poniente|(?-i:[AB]\b)))?(?:\s{1,2}(?:(?:n[oº°]\.?|#)\s{0,2})?\d{1,3}\s?-\s?\d{1,3})?)";
// "4-56", "No. 4-56": a Guatemalan house number (the cross street, the house).
const std::string kGuatemalanHouseNumber = R"(\s{1,2}(?:(?:n[oº°]\.?|#)\s{0,2})?\d{1,3}\s?-\s?\d{1,3})";
// "casa 14", "pasaje 3, casa 21", "zona 1" after such a street.
const std::string kCentralAmericanUnits =
    R"((?:\s{0,3},?\s{0,3}(?:casa|apto?|apartamento|depto|int(?:erior)?|piso|local|bloque|block|lote|pasaje|senda|zona))"
    R"(\.?\s{0,2}#?\s{0,2}\d[A-Za-z0-9\-]{0,5}){0,3})";
// "2 cuadras al sur", "1 c. al lago", "20 varas abajo".
const std::string kLandmarkStep =
    R"(\d{1,3}\s{0,2}(?:cuadras?|c\.?|varas|vrs\.?|metros|mts?\.?)\s{1,3}(?:al\s{1,3}|hacia\s{1,3}(?:el\s{1,3})?)?)"
    R"((?:norte|sur|este|oeste|oriente|poniente|lago|arriba|abajo|monta[ñn]a)\b)";

// "entre calles", "entre las calles": two streets follow.
const std::string kBetweenStreets = R"(entre\s{1,3}(?:las\s{1,3}|los\s{1,3})?calles)";

// Words after which an address follows ("Domicilio: Teatinos 180", "lives
// on Ziegelgasse 19").
const std::string kAddressLabel =
    R"((?:domicilio|direcci[oó]n|address|adresse|domicile|residencia|i live at|i lived at|lived at|)"
    R"(i live on|lives on|lives at|lived on|living (?:on|at)|j'habite au|j'habitais au))";

// Words after which a place where something is sent or someone is met
// follows ("please return to", "send the new card to", "meet me at", "located
// at", "arrived at", "a taxi to", "lived in", "the clinic is at", "it's in"). After them a capitalized name and a number is a street
// even without a keyword ("return to Kovářova 88"); the detector refuses a
// place, a person or a dictionary word before a count ("sent to Guatemala 3
// times", "return to Chapter 5").
const std::string kSendCue =
    R"((?:(?:send|sent|ship|shipped|mail|mailed|deliver|delivered|forward|forwarded|return|returned))"
    R"((?:[ \t]{1,3}(?-i:[a-z]+)){0,3}[ \t]{1,3}to|)"
    R"((?:taxi|cab|ride)[ \t]{1,3}to|(?:live|lives|lived|living|stay|stays|stayed|staying)[ \t]{1,3}in|)"
    R"((?:is|are|was|were)[ \t]{1,3}(?:at|on)|(?:it['’]s|it[ \t]is)[ \t]{1,3}in|)"
    R"((?:meet|meets|met)[ \t]{1,3}(?:me|you|us|him|her|them)[ \t]{1,3}at|(?:located|situated|arrived|arrives))"
    R"([ \t]{1,3}at))";

// Where two streets cross: "the corner of Main St and 5th Avenue", "en la
// esquina de Reforma y Bucareli", "au coin de la rue X et de la rue Y",
// "nan kwen ri X ak ri Y". Keywords (they start the rule's windows).
const std::string kCornerKeyword =
    R"((?:(?:the|la|au|à|a)\s{1,3})?(?:corner\s{1,3}of|esquina\s{1,3}(?:de|con)|coin\s{1,3}de|l['’]angle\s{1,3}de|kwen))";
// Street names that end in their type, as written in German, Dutch, the
// Nordic languages, Finnish, Hungarian and Polish: one word
// ("Friedhofstrasse 33", "Hammarvägen 15", "Tawastintie 72") or a word
// after the name ("Rákóczi út 13", "Belgrád rkp. 18", "Stensås terrasse
// 38", "Filadelfeos Str.").
const std::string kStreetSuffixCompound =
    R"((?i:strasse|straße|gasse|weg|vej|vägen|vagen|veien|vegen|gata|gatan|gade|gränd|straat|laan|steeg|markt|)"
    R"(kalea|bidea|)"
    R"(plein|gracht|allee|platz|damm|ufer|katu|kuja|tie|polku|utca|ulica|)"
    // Dutch "Coolsingel 40", "Lindedreef 8", "Prinsenkade 3", "Zeedijk 5",
    // "Jansenhof 12".
    R"(singel|dreef|kade|dijk|hof|)"
    // German "Hauptstr. 7", "Sandtorkai 50", "Stadtgraben 3"; Icelandic
    // "Bakkavegur 12", "Heimdalsbraut 8", "Laugastígur 4", "Hafnarstræti 5";
    // Danish, Swedish and Norwegian hills, paths and squares ("Kirkebakken
    // 23", "Solbacken 4", "Skogstien 2", "Stortorget 1"); Finnish arcs,
    // slopes and fairways ("Tapiolankaari 3", "Mäkirinne 5", "Itäväylä 9");
    // and Norwegian "Karl Johans gate 22", the type a word of its own after
    // a genitive (lower case: "at gate 22" is an airport's).
    R"(str\.|chaussee|steig|stieg|graben|kai|vegur|braut|st[ií]gur|str(?:æ|ae)ti|bakken|backen|stien|stigen|)"
    R"(torget|kaari|rinne|v[äa]yl[äa]|raitti|(?-i:s gate)|)"
    // Dutch paths and tracks ("Molenpad 12", "Stationsbaan 3"), Danish lanes
    // and closes ("Fiskerstræde 8", "Solvænget 3"), Swedish avenues
    // ("Björkallén 4"), Finnish bends and yards ("Rantakaarre 5", "Koivupiha
    // 3"). Not Norwegian "-ringen": German and Swedish towns end so
    // ("Thüringen", "ÖVERTURINGEN 840 24").
    R"(pad|baan|str(?:æ|ae)de|v(?:æ|ae)nget|all[ée]n|all[ée]en|kaarre|piha))";
const std::string kStreetSuffixWord =
    R"((?i:str\.|str|strasse|straße|gasse|weg|vej|gade|gatan|gata|vägen|veien|utca|u\.|útja|út|tére|tér|)"
    R"(rkp\.|krt\.|körút|kapu|köz|terrasse|allee|ulica|cesta|trg|plads|torv|sokak|cad\.|caddesi|sk\.|sok\.|markt|tee|)"
    // Danish "Vesterbro Allé 5" (with its accent: "alle" is a word).
    R"(allé|)"
    // Basque streets: "Nagusia kalea 5", "Gasteiz hiribidea 12".
    R"(kalea|kale|etorbidea|hiribidea|pasealekua|plaza|)"
    // Estonian "Pärnu mnt 12", "Rävala pst 5", "Pikk tn 3"; Latvian
    // "Brīvības iela 5"; Lithuanian "Gedimino prospektas 9"; Hungarian
    // "Petőfi sétány 3", "Városligeti fasor 12"; Czech "Národní třída 5".
    // Lower case only: "04:00 PM PST", "Nashville, TN 37203" are none.
    R"((?-i:mnt|pst|tn|iela|gatv[ėe]|prospektas|s[ée]t[áa]ny|fasor|t[řr][íi]da)))";
const std::string kSuffixedStreetName =
    R"((?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*\s{1,3}){0,2})"
    R"((?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*)" + kStreetSuffixCompound +
    R"(|(?-i:\p{Lu})[\p{L}\p{M}'’\-]*(?:\s{1,3}[\p{L}\p{M}'’\-]+)?\s{1,3})" + kStreetSuffixWord + ")";

// Italian keywords, Greek ones written in Latin letters and Portuguese
// alleys, steps and highways, read only capitalized before a name and a
// number ("Piazza Navona 2", "Viale dei Mille 45", "Corso Italia 5", "Odos
// Ermou 15", "Leoforos Kifisias 80", "Beco de Santo António, 12"; "in the
// piazza", "a corso" are none).
const std::string kItalianGreekKeyword =
    "Piazza|Piazzale|Viale|Vicolo|Corso|Lungomare|Contrada|Borgo|Odos|Odós|Leoforos|Leof\\.|Beco|Calçada|Ladeira|Rodovia";

// Letters of the Greek and Cyrillic scripts (CompactClasses keeps \p{L}
// to the Latin script).
const std::string kGreekCyrillic = R"([\x{0370}-\x{03FF}\x{1F00}-\x{1FFF}\x{0400}-\x{04FF}])";

// The first street: a capitalized word or a number (not "the corner of the
// room"), then up to five words of any kind ("Csabai kapu 39."); Greek and
// Cyrillic words too ("Λεωφόρος Κηφισίας 220").
const std::string kCornerFirstStreet =
    R"((?:(?:)" + kStreetConnector + R"()\s{1,3}){0,2}(?:)" + kStreetKeyword + R"(|(?-i:ul)\.\s{0,3})?)"
    R"((?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*\.?|\d{1,5}[A-Za-z]?\.?|)" + kGreekCyrillic + R"({1,40}\.?))"
    R"((?:\s{1,3}(?:[\p{L}\p{M}'’\-]+\.?|\d{1,5}[A-Za-z]?\.?|)" + kGreekCyrillic + R"({1,40}\.?)){0,5})";
// Lower-case particles of the surnames streets are named after ("ten Brink
// Hollow", "van Ness Avenue") and Italian and Portuguese connectors inside
// a street's name ("Via dei Mille", "Rua Vinte e Cinco de Setembro").
const std::string kNameParticle = R"((?-i:van|von|der|den|ten|ter|te|zu|di|dei|della|delle|degli))";
const std::string kInnerConnector = R"((?-i:dei|di|della|delle|degli|e|do|da|dos|das))";
// The second: a street name (capitalized words and numbers, or Greek and
// Cyrillic words and a number), then maybe its type, before or after its
// number ("Inna Loop St.", "calle Bucareli", "Victor Hugo u. 49.", "Rákóczi
// út 13"). Nothing else after it: "Main and Elm for 2 hours" ends at Elm.
const std::string kCornerSecondStreet =
    R"(\s{1,3}(?:and|y|e|et|ak|with|con|&)\s{1,3}(?:(?:)" + kStreetConnector + "|" + kNameParticle +
    R"()\s{1,3}){0,2}(?:)" + kStreetKeyword + R"(|(?-i:ul)\.\s{0,3})?)"
    R"((?:(?:)" + kGreekCyrillic + R"({1,40}\.?\s{1,3}){1,3}\d{1,5}[A-Za-z]?|)" + kStreetName + R"((?:\s{1,3})" +
    kInnerConnector + R"(\s{1,3})" + kStreetName + R"()?))"
    R"((?:\s{1,3})" + kStreetSuffixWord + R"((?:\s{0,2}\d{1,5}[A-Za-z]?\b)?)?)"
    R"((?:\s{1,3}(?:str|st|street|ave|avenue|road|rd)\b\.?)?)";


std::vector<PatternRule> BuildRules() {
  std::vector<PatternRule> r;
  // --- Internet --------------------------------------------------------
  r.push_back({"email", RuleKind::kEmail, Trigger::kAt,
               R"((?:^|[^\w.%+\-\x{00C0}-\x{024F}])([\w.%+\-\x{00C0}-\x{024F}]{1,64} ?@ ?[\w\-\x{00C0}-\x{024F}]{1,63}(?:\.[\w\-\x{00C0}-\x{024F}]{1,63}){0,6}))"});
  r.push_back({"url", RuleKind::kUrl, Trigger::kUrlPrefix,
               R"((?i)((?:https?://|ftp://|www\.)[^\s<>"'(){}\[\]]{1,1000}))"});
  // A link without its scheme ("facebook.com/juan.perez.9", "t.me/ti_jan",
  // "wa.me/5215512345678"; "linktr.ee" and "youtu.be" profiles too).
  r.push_back({"domain", RuleKind::kDomain, Trigger::kSlash,
               R"((?i)(?:^|[^\p{L}\p{N}_@.\-/])((?:[a-z0-9][a-z0-9\-]{0,62}\.){1,4})"
               R"((?:com|net|org|info|io|me|co|mx|gt|hn|sv|ni|cr|pa|ve|cu|ht|es|fr|us|edu|gob|gov|biz|app|online|site|ly|tv|ee|be))"
               R"((?:\.[a-z]{2})?/[^\s<>"']{1,1000})(?:[^\p{L}\p{N}_@\-]|$))"});
  // A handle: after an '@' that no word runs into ("@ana,@bo", "@ana/@bo",
  // ".@bo"; "RT@bo" and "a.@bo" are e-mails' business), written with
  // accents too as people type them ("@maría_22", "@ñoño_7").
  r.push_back({"handle", RuleKind::kHandle, Trigger::kAt,
               R"((?:^|[^\p{L}\p{N}_@\\])(@[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.]{0,30}))" + kPost});
  // A handle one space after its '@', after a verb that asks to be
  // followed or added ("sígueme @ juan_perez", "follow me @ kay_22",
  // "suis-moi @ ti_jan", "swiv mwen @ ti_jan92"). The detector keeps only
  // a handle's shape: "follow me @ the plaza" stays, and with no such verb
  // an '@' and a space mean "at" ("meet @ 5pm", "5 @ 10 pesos").
  r.push_back({"cued_spaced_handle", RuleKind::kHandle, Trigger::kAt,
               R"((?:^|[^\p{L}\p{N}_])(?i:s[ií]gueme|follow(?:[ \t]me)?|agr[eé]game|add[ \t]me|suis[\-‑ ]moi|swiv[ \t]mwen))"
               R"([ \t]{1,3}(@ [\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.]{0,29}[\p{L}\p{M}\p{N}_]))" + kPost});
  // A handle one space after its '@' with no such verb ("búscame @
  // juan_perez", "mi cuenta @ kay_22"): the detector keeps only a word with
  // an '_', or letters and then digits; "meet @ 5pm", "@ the plaza" and an
  // e-mail's "juan @ gmail.com" stay with their own rules.
  r.push_back({"spaced_handle", RuleKind::kHandle, Trigger::kAt,
               R"((?:^|[^\p{L}\p{N}_@.])(@ [\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.]{0,29}[\p{L}\p{M}\p{N}_]))" + kPost});
  // A handle named after its platform without an '@' ("IG: juan.perez_23",
  // "mi insta es juanperez23", "my snap is kay22", "sígueme en Instagram
  // como juanito.mx", "Telegram mwen se ti_jan", where Haitian's possessive
  // follows the platform). The detector keeps only a handle's shape (a
  // letter, and a digit, '_' or inner dot): "my ig is private", "mi insta
  // es muy bonito" stay.
  r.push_back({"platform_handle", RuleKind::kHandle, Trigger::kPlatform,
               // Case folds only the words: folded Latin classes make the
               // program several times larger, and slow every match.
               R"((?:^|[^\p{L}\p{N}_@.])(?i:ig|insta|instagram|snap|snapchat|tiktok|tik[ \t]tok|telegram|telegrama|)"
               R"(fb|face|facebook|twitter|threads|kik|discord|twitch))"
               R"((?:[ \t]{1,3}(?i:account|cuenta|compte|kont|user|username|usuario|handle|id|mwen|m|li|ou))?(?:'s|’s)?)"
               R"((?:[ \t]{0,3}[:=\-–>→]{1,2}[ \t]{0,3}|[ \t]{1,3}(?:(?i:is|es|est|c'est|c’est|cest|se|como|as|on|en|sou)[ \t]{1,3}){0,2}))"
               R"((@?[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.]{0,29}[\p{L}\p{M}\p{N}_])(?:[^\p{L}\p{M}\p{N}_@/]|$))"});
  // A Reddit user, "u/maria_lopez", "/u/Maria": a handle too.
  r.push_back({"reddit_user", RuleKind::kHandle, Trigger::kSlash,
               R"((?:^|[^\p{L}\p{N}_.@/\\])(/?u/[A-Za-z0-9_\-]{3,20}))" + kPost});
  r.push_back({"ipv4", RuleKind::kIpv4, Trigger::kDigit,
               R"((?:^|[^\p{N}.])((?:\d{1,3}\.){3}\d{1,3})(?:[^\p{N}.]|$|\.(?:[^\p{N}]|$)))"});
  r.push_back({"ipv6", RuleKind::kIpv6, Trigger::kColon,
               R"((?i)(?:^|[^\p{L}\p{N}:])((?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?))"
               R"((?:[^\p{L}\p{N}:]|$))"});
  r.push_back({"iban", RuleKind::kIban, Trigger::kDigit,
               kPre + R"re(((?i:[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)))re" + kPost});
  // --- Mexican keys -------------------------------------------------------
  r.push_back({"curp", RuleKind::kCurp, Trigger::kDigit,
               kPre + R"(((?i)[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d))" + kPost});
  r.push_back({"rfc", RuleKind::kRfc, Trigger::kDigit,
               kPre + R"(((?-i:[A-ZÑ&]{3,4})[ \-]?\d{6}(?:[ \-]?(?-i:[A-Z0-9]{2}[0-9A]))?))" + kPost});
  r.push_back({"voter_key", RuleKind::kVoterKey, Trigger::kDigit,
               kPre + R"(((?i)[A-Z]{6}\s?\d{8}\s?[HM]\s?\d{3}))" + kPost});
  // A case file's number, an authority's letters and numbered parts between
  // slashes ("FED/CHIS/TAP/0000123/2023", "CNDH/5/2023/1234/Q",
  // "AP/PGR/CHIS/TAP/123/2019"): the survivor's complaint or investigation.
  // The detector wants three digits in a row ("HTA/DM2/EPOC" is none).
  r.push_back({"case_file", RuleKind::kContextId, Trigger::kDigit,
               kPre + R"(((?-i:[A-Z]{2,6})(?:/(?-i:[A-Z0-9]{1,10})){2,8}))" +
                   R"((?:[^\p{L}\p{M}\p{N}_/]|$))"});
  // Passport-like: "G12345678", "A-1234567", "X1234567L", "12345678Z".
  r.push_back({"alnum_id", RuleKind::kAlnumId, Trigger::kDigit,
               kPre + R"(((?-i:[A-Z]{1,4}[ \-]?\d{5,12}[A-Z]{0,2}|\d{5,12}[A-Z]{1,2})))" + kPost});
  // A street without a keyword, its number named as one: "San Martín
  // número 1436", "Jujuy Nº 491 2º piso", "Galeana Sur No. 465, Col.
  // Obraje". The rule finds the number; the detector takes the capitalized
  // words before it (at most three) and drops "Artículo número 27" and the
  // like. Before context_id, which would take "número 1436" as a code.
  // A street without a keyword, a comma, its number, a dash and its
  // neighbourhood, as Brazil writes an address line: "Andrea Doria, 55 -
  // Meireles", "Joaquim Nabuco, 321 - Aldeota". The rule finds the comma, the
  // number and the neighbourhood before a mark or the line's end; the
  // detector takes the street's words before the comma and drops a score
  // ("Flamengo, 12 - Vasco, 3"), a neighbourhood that is a known town
  // ("Maria Souza, 34 - Fortaleza": a person's age and town) and a name that
  // is one word of the dictionary, a given name or a place.
  r.push_back({"address_name_number_neighbourhood", RuleKind::kAddress, Trigger::kDigit,
               R"((,[ \t]{1,2}\d{2,5}[A-Za-z]?[ \t]{1,2}[\-–][ \t]{1,2}(?-i:\p{Lu})[\p{L}\p{M}'’\-]+)"
               R"((?:[ \t](?:(?-i:d[aeo]s?)[ \t])?(?-i:\p{Lu})[\p{L}\p{M}'’\-]+){0,2})(?:[ \t]{0,2}[,.;\r\n]|$))"});
  r.push_back({"address_name_number_sign", RuleKind::kAddress, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:n[uú]mero|no\.|n[º°]\.?)\s{0,2}\d{1,5})"
               R"((?:\s?[\-–/]\s?\d{1,5})?(?:\s?[\-]?[A-Za-z]\b)?)" + kStreetNumberUnits +
                   R"((?:\s{0,3},?\s{0,3}(?:col\.?|colonia)\s{1,3}(?-i:\p{Lu})[\p{L}\p{M}'’´\-]+)"
                   R"((?:\s{1,3}(?:)" + kStreetConnector + R"(\s{1,3}){0,2}(?-i:\p{Lu})[\p{L}\p{M}'’´\-]+){0,3})?))"});
  // Any code named by its context.
  r.push_back({"context_id", RuleKind::kContextId, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:pasaporte|passport|passeport|pasp[oò]|dpi|dni|dui|cui|nie|nif|cipa|)"
               R"(c[ée]dula(?: de identidad)?|carn[eé]t?|nss|nass|nuss|expediente|exp\.|ine|ife|curp|rfc|)"
               R"(licencia(?: de conducir)?|driver'?s? licen[cs]e|permis de conduire|matr[ií]cula|folio|rtn|)"
               R"(credencial|identificaci[oó]n|identification|identit[ée]|id|ssn|social security(?: number)?|)"
               R"(seguro social|nhc|historia cl[ií]nica|cuenta|account|compte|tarjeta|clabe|registro|)"
               R"(acta|ficha|caso|case|dossier|n[uú]mero|num[ée]ro|number|nº|n°|no\.|n[uú]m\.|#|episodio|)"
               R"(colegiado|nºcol|n[º°]\s?col\.?|asegurado|afiliaci[oó]n|poliza|p[oó]liza|policy|)"
               R"(certificado|certificate|visa|permiso|tarjeta de residen(?:cia|te)|fm[23]|tvr|cic|ocr))"
               R"((?:[\s:.#º°\-]{0,4}(?:n[uú]mero|number|num[ée]ro|no\.?|nº|n°|n[uú]m\.?|#|de|del|es|is|est)){0,2})"
               R"([\s:.#º°\-]{0,5}((?-i:[A-Z0-9](?:[A-Z0-9]|[ .\-/][A-Z0-9]){2,29})))" +
                   kPost});
  // --- Dates --------------------------------------------------------------
  r.push_back({"date_numeric", RuleKind::kDateNumeric, Trigger::kDigit,
               R"((?:^|[^\p{L}\p{N}/.\-])((?:(?i:el|le|on)\s{1,3})?\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:\d{4}|\d{2})))"
               R"((?:[^\p{N}/\-]|$))"});
  r.push_back({"date_iso", RuleKind::kDateIso, Trigger::kDigit,
               R"((?:^|[^\p{N}/.\-])((?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?)(?:[^\p{N}/\-]|$))"});
  // Any digits after a birth-date label, even mistyped: "Fecha de
  // nacimiento: 16/018/1961".
  r.push_back({"date_label", RuleKind::kDateText, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:fecha de nacimiento|fecha de nac\.?|fecha(?: de [\p{L}]{3,12})?|f\. ?nac\.?|nacid[oa] el|)"
               R"(date of birth|d\.?o\.?b\.?|birth ?date|born on|n[ée]e? le|date de naissance|dat nesans))"
               R"([\s:.]{0,3}((?:\d{1,4}\s?[/.\-]{1,2}\s?){2}\d{1,4}|\d{5,6}/\d{2,4}))" + kPost});
  // A street named after a date, with its house number and no keyword: "5
  // de Mayo 23", "16 de Septiembre número 4" (the month capitalized, the
  // number of at most three digits: "5 de Mayo 2019" is a date). Before the
  // date rules, which would read "5 de Mayo" alone and leave the number.
  r.push_back({"address_date_named", RuleKind::kAddress, Trigger::kDigit,
               R"((?:^|[^\p{L}\p{N}])(\d{1,2}\s{1,2}de\s{1,2})"
               R"((?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre)\s{1,3})"
               R"((?:(?i:n[uú]m(?:ero)?\.?|no\.|n[º°]\.?|#)\s{0,2}\d{1,5}|\d{1,3})(?:\s?[A-Za-z]\b)?)(?:[^\p{L}\p{N}]|$))"});
  // "12 de marzo de 1983", "12 mars 1983", "12th of March, 1983",
  // "12-mar-1983", "1er janvier 2001", "12 mas 1983".
  r.push_back({"date_day_month", RuleKind::kDateText, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:(?:el|le|on the|the|on)\s{1,3})?(?:\d{1,2}|1(?:er|[º°o]))(?:st|nd|rd|th)?(?:\s{1,3}(?:de|of)\s{1,3}|[\s/.\-]{1,3}))" +
                   kAnyMonth + R"(\.?(?:,?\s{1,3}(?:de|del|of)\s{1,3}|[\s/.\-,]{1,4})(?:\d{4}|'\d{2}))(?:[^\p{L}\p{N}]|$))"});
  // A day and a month without a year: "el 25 de agosto", "12 mars", "the
  // 3rd of May" (full month names only: "5 out of 10" is no Haitian date).
  r.push_back({"date_day_month_no_year", RuleKind::kDateText, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:(?:el|le|on the|the|on)\s{1,3})?(?:[0-3]?\d|1(?:er|[º°o]))(?:st|nd|rd|th)?(?:\s{1,3}(?:de|of)\s{1,3}|\s{1,3}))"
               R"((?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|)"
               R"(january|february|march|april|june|july|august|september|october|november|december|)"
               R"(janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)))"
               R"((?:[^\p{L}\p{N}]|$))"});
  // A wire dateline: the day and the month, abbreviated or not, before the
  // agency in parentheses or the dash that opens the story ("MADRID, 23 may
  // (EFE).-", "BRUXELLES, 14 mars (AFP) –", "LIMA, 15 abr.-").
  r.push_back({"date_dateline", RuleKind::kDateText, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])([0-3]?\d\s{1,3})"
               R"((?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic|jan|apr|aug|dec|janv|f[ée]vr|avr|mai|juil|d[ée]c|mars|)"
               R"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|)"
               R"(janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\.?))"
               R"(\s{0,3}(?:\(|\.-|[\-\x{2013}\x{2014}]\s))"});
  // "March 12, 1983", "marzo 12 de 1983".
  r.push_back({"date_month_day", RuleKind::kDateText, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:on\s{1,3})?)" + kAnyMonth +
                   R"(\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?(?:,?\s{1,3}(?:de|del|of)\s{1,3}|,?\s{1,3})\d{4})(?:[^\p{L}\p{N}]|$))"});
  // --- Ages ----------------------------------------------------------------
  r.push_back({"age_es", RuleKind::kAge, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:tengo|ten[ií]a|tiene|ten[ií]an|tienen|tendr[ií]a|cumpl[ií]|cumpli[oó]|)"
               R"(cumple|cumpl[ií]a|cumplir|de|con|edad|edad de|los)[\s:]{1,3}(\d{1,3})\s{1,3}a[ñn]os?)" +
                   kPost});
  r.push_back({"age_es_de_edad", RuleKind::kAge, Trigger::kDigit,
               kPre + R"((\d{1,3})\s{1,3}a[ñn]os?\s{1,3}de\s{1,3}edad)"});
  r.push_back({"age_label", RuleKind::kAge, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:edad|age|[âa]ge|laj)\s{0,2}[:=]\s{0,2}(\d{1,3}))" + kPost});
  r.push_back({"age_en", RuleKind::kAge, Trigger::kDigit,
               kPre + R"((\d{1,3})(?i:[\s\-]{1,2}(?:years?|yrs?)[\s\-]{1,2}old|[\s\-]?y/?o(?:[^\p{L}]|$)))"});
  r.push_back({"age_en_aged", RuleKind::kAge, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:aged?|at the age of|at age|turn(?:ed|s|ing)?|cumplir[eé]|cumplo)\s{1,3}(\d{1,3}))" + kPost});
  r.push_back({"age_en_was", RuleKind::kAge, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:i|he|she|they|we|you)(?:\s{1,3}(?:was|were|am|is|are|turned|turn)|'m|'s)\s{1,3}(?:only\s{1,3}|just\s{1,3})?(\d{1,2}))"
               R"((?:\s{0,3}(?:[.,;]|when|at the time|and)))"});
  r.push_back({"age_fr", RuleKind::kAge, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:âgée?s?\s{1,3}de|agée?s?\s{1,3}de|j'avais|j'ai|avait|avaient|a|de|d'environ|ai|as|ont|avoir|fêté|fete|fêter))"
               R"(\s{1,3}(\d{1,3})\s{1,3}ans)" + kPost});
  r.push_back({"age_ht", RuleKind::kAge, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:gen|te gen|genyen|laj)\s{1,3}(\d{1,3})\s{1,3}an)" + kPost});
  // --- GPS -----------------------------------------------------------------
  const std::string dms =
      R"(\d{1,3}(?:\.\d{1,8})?\s?°\s?(?:\d{1,2}(?:\.\d{1,6})?\s?['′’]\s?(?:\d{1,2}(?:\.\d{1,6})?\s?(?:["″”]|'')\s?)?)?[NSEOW]?)";
  r.push_back({"gps_dms", RuleKind::kGps, Trigger::kDigit,
               "(-?" + dms + R"([\s,;/]{1,3}-?)" + dms + ")"});
  r.push_back({"gps_decimal", RuleKind::kGpsDecimal, Trigger::kDigit,
               kPreDigit + R"((-?\d{1,2}\.\d{3,8}\s?[,;/ ]\s{0,2}-?\d{1,3}\.\d{3,8}))" + kPostDigit});
  // --- Addresses -------------------------------------------------------------
  r.push_back({"address_keyword", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}])()" + kStreetKeyword + R"((?:)" + kStreetConnector +
                   // A stray mark of OCR after "de": "rue de ; Monceau".
                   // Or a letter of a line OCR broke: "rue de la j Roquette" ("a"
                   // and "y" are words).
                   R"(\s{1,3}){0,2}(?:(?:[;^*~»«]|(?-i:[b-xz]))\s{1,3})?)" + kStreetName + kStreetTail + ")"});
  // With a number, any words may name the street ("Avenida libertad 46,
  // 4D", "Calle de finisterre 15", "Camino Sur, 18"). Belgium's "chaussée
  // de Louvain 212" only so: without a number a "chaussée" is as often the
  // roadway ("renversé sur la chaussée de la rue").
  r.push_back({"address_keyword_number", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:)" + kStreetKeyword + R"(|(?:camino|pasillo|chauss[ée]e)\s{1,3}|(?-i:ul|Ul|UL|al|os)\.\s{0,3}))"
               "(?:" + kStreetAnyWord + R"(\s{1,3}){0,5})" + kStreetAnyWord + kStreetTailNumbered + ")"});
  // Keywords read only capitalized, before a capitalized name and a number:
  // Mexico's "Peatonal" (not "Alameda": "la Alameda Central 2 noches" is a
  // park and a stay), Portugal's "Travessa do Carmo 45" and "Largo do Rato 7" ("largo" is
  // long), Romania's "Strada Mihai Eminescu nr. 5", "Aleea", "Bulevardul",
  // "Calea", Indonesia's "Jl. Sudirman No. 5".
  r.push_back({"address_keyword_capitalized", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?:^|[^\p{L}\p{N}])((?-i:Peatonal|Travessa|Largo|Strada|Aleea|Bulevardul|Calea|Jalan|Jl\.|Jln\.|)" +
               kItalianGreekKeyword + ")"
               R"([ \t]{1,3}(?:(?-i:do|da|dos|das|de|del|dei|di|della)[ \t]{1,3}){0,2})" + kStreetName + kStreetTailNumbered + ")"});
  // A form's address field, whole to the end of its line ("Domicilio:
  // Ignacio L. Vallarta 24, Tabacal.", "Dirección: del centro de salud 2
  // cuadras al norte"); a town at its end is cut off like any address's.
  // Forms align their fields with spaces ("Name:    X\nAddress:     Y").
  // The rule finds the label and the field's first characters; the
  // detector extends the finding to the end of the line (at most 160 bytes),
  // which keeps the expression small.
  r.push_back({"address_field", RuleKind::kAddress, Trigger::kColon,
               R"((?i)(?:^|\n)[ \t]{0,3}(?:domicilio|direcci[oó]n|address|adresse|domicile|home address|adr[eè]s)[ \t]{0,2}:[ \t]{0,12})"
               R"(([^\s][^\n]{2}))"});
  // French streets named by words that are also ordinary words: only with
  // the article of a street name ("place des Lices", "route de Rennes",
  // "faubourg de Béré", "Bd Magenta"); "à la place de" is "instead of".
  r.push_back({"address_keyword_fr", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:(?:faubourg|fbg|bd)\.?\s{1,3}(?:)" + kStreetConnector + R"(\s{0,3}){0,2}|)"
               R"((?:place|route|passage|square)\s{1,3}(?-i:de la|de l'|de l’|du|des|de|d'|d’)\s{0,3}))" +
                   kStreetName + kStreetTail + ")"});
  // A Paris "cité" (a private street) with its number: "cité Trévise, 8"
  // (lower case: "Cité Soleil, 3 morts" is a commune of Port-au-Prince;
  // with its accent: English "cite Article 12" quotes a law).
  r.push_back({"address_cite_fr", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?:^|[^\p{L}\p{N}])((?-i:cité)[ \t]{1,3})" + kStreetName + kStreetTailNumbered + ")"});
  // "place Gambetta", "place Duclos": a French square named after someone
  // needs no article (the detector keeps this to French or unknown text:
  // "it took place Monday").
  r.push_back({"address_place_fr", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}])(place\s{1,3}(?-i:\p{Lu})[\p{L}\p{M}'’\-]+(?:\s{1,3}(?:)" + kStreetConnector +
                   R"(\s{1,3}){0,2}(?-i:\p{Lu})[\p{L}\p{M}'’\-]+){0,3}))"});
  // Two streets that cross, as people give a place where there is no
  // number to give: "the corner of 25 Dili Street and King Forges",
  // "esquina de Madero y Bolívar".
  r.push_back({"address_corner", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}])()" + kCornerKeyword + R"(\s{1,3})" + kCornerFirstStreet +
                   kCornerSecondStreet + ")"});
  // A street named before the corner it makes, after "en" and without a
  // number: "nos vimos en Juárez esquina con Reforma", "sobre Insurgentes
  // casi esquina con Viaducto". The rule finds "esquina" and the cross
  // street; the detector takes the street before it, after a preposition of
  // place (StreetBeforeCornerStart), and refuses the corner of a room or a
  // block ("en la esquina con Marta").
  r.push_back({"address_name_corner", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}])(esquina\s{1,3}(?:con|de)\s{1,3})"
               R"((?:\d{1,2}\s{1,3}de\s{1,3})?(?-i:\p{Lu})[\p{L}\p{M}'’\-]*(?:\s{1,3}(?:(?-i:de|del|la|los)\s{1,3})?(?-i:\p{Lu})[\p{L}\p{M}'’\-]*){0,2}))"});
  // A street named before the two it lies between, after "en" and without
  // a number: "nos quedamos en Hidalgo entre Morelos y Allende", "sobre
  // Juárez entre Reforma y Madero". The rule finds "entre" and the two
  // names; the detector takes the street before it after a preposition of
  // place and wants each name to name streets (StreetBeforeBetweenStart):
  // "en Chiapas entre Tapachula y Tuxtla", "entre María y Pedro" stay.
  r.push_back({"address_name_between", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?:^|[^\p{L}\p{N}])((?-i:entre)[ \t]{1,3})"
               R"((?-i:\p{Lu})[\p{L}\p{M}'’\-]*(?:[ \t]{1,3}(?:(?-i:de|del|la|los)[ \t]{1,3})?(?-i:\p{Lu})[\p{L}\p{M}'’\-]*){0,2})"
               R"([ \t]{1,3}(?-i:y|e)[ \t]{1,3})"
               R"((?-i:\p{Lu})[\p{L}\p{M}'’\-]*(?:[ \t]{1,3}(?:(?-i:de|del|la|los)[ \t]{1,3})?(?-i:\p{Lu})[\p{L}\p{M}'’\-]*){0,2}))"});
  // Two streets a house stands between, named without a street of its own:
  // "vive entre las calles Allende y Morelos".
  r.push_back({"address_between_streets", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}])()" + kBetweenStreets + R"(\s{1,3})" + kStreetName +
                   R"(\s{1,3}(?:y|e)\s{1,3}(?:calle\s{1,3})?)" + kStreetName + ")"});
  // A road and its kilometre: "carretera federal 200 km 45", "Ctra. Madrid -
  // Toledo, km 23", "autopista México-Puebla km 12", "autovía A-7, km 187".
  r.push_back({"address_road", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:carretera|carr|ctra|crt|autopista|autov[ií]a|libramiento)\.?\s{1,3})"
               R"((?:(?:federal|estatal|nacional|libre|de cuota|panamericana|costera|n[º°o]\.?)\s{1,3}){0,2})"
               R"((?:(?-i:[A-Z]{1,3})[\-\s]?\d{1,4}|\d{1,4}|(?:(?:)" + kStreetConnector + R"()\s{1,3}){0,2})" + kStreetName +
                   R"((?:\s?[\-–]\s?)" + kStreetName + R"()?))"
               R"((?:\s{0,3},?\s{0,3}(?:km|kil[oó]metro)\.?\s{0,2}\d{1,4}(?:[.,+]\d{1,3})?)?))"});
  // A street named before its English type, without a number: "on Berg
  // Hills Street", "Jefferson Avenue". The rule finds the capitalized type;
  // the detector takes the name's words before it. Only types that are
  // seldom anything else ("Google Drive", "Red Crescent", "Pride Parade").
  r.push_back({"address_type_last", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?:^|[^\p{L}\p{N}])((?-i:Street|Road|Avenue|Boulevard|Rd|Ave|Blvd|St|)"
               // Types that name other things too ("Supreme Court", "Memorial
               // Drive" driven on): the detector wants words of living or
               // staying there before "on" ("a trailer on Juniper Lane").
               R"(Drive|Lane|Court|Circle|Terrace|Way|Trail|Crescent|Parkway|)"
               // Types seldom in other names, but in those of towns and hills
               // ("Council Bluffs", "Sleepy Hollow"): after the same words.
               R"(Bend|Bluff|Loop|Hollow|Cove|Mews))(?:[^\p{L}\p{N}]|$))"});
  // After a label: "Domicilio: Teatinos 180", "vivía en Reforma 222".
  r.push_back({"address_label", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}]))" + kAddressLabel +
                   R"([\s:]{1,3}((?:)" + kStreetAnyWord + R"(\s{1,3}){0,5})" + kStreetAnyWord + kStreetTailNumbered +
                   // "address is 6750 Koskikatu 25", "address is PSC 6293, Box 8158"
                   R"((?:\s{1,3}(?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*\s{1,3}){1,3}\d{1,5}[A-Za-z]?\b|\s{0,2},?\s{0,2}box\s{0,2}\d{1,6})?))"});
  // A street named without a keyword where something is sent or someone
  // met: "Please return to Kovářova 88", "meet me at Tornimäe 5", "located
  // at Jaskółcza 14 Suite 3". Up to four capitalized words, a number, maybe
  // a unit.
  r.push_back({"address_sent_to", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}]))" + kSendCue +
                   // A question and the answer's speaker in a chat: "sent to?
                   // User: Kovářova 88".
                   R"((?:\?[ \t]{0,3}(?-i:\p{Lu})[\p{L}]{1,12}:)?)"
                   // A name joined to the street by "and", as generators
                   // write an address ("return to Tomas and Karlova 16"); the
                   // detector reads the name.
                   R"([ \t]{1,3}((?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*[ \t]{1,3}(?-i:and)[ \t]{1,3})?)"
                   R"((?-i:\p{Lu})[\p{L}\p{M}'’\-]*(?:[ \t]{1,3}(?:(?-i:de|del|la|van|von|der|di|dei|da|do)[ \t]{1,3})?)"
                   R"((?-i:\p{Lu})[\p{L}\p{M}'’\-]*){0,3}[ \t]{0,2},?[ \t]{1,3}\d{1,5}[A-Za-z]?\b)"
                   R"((?:[ \t]{0,3},?[ \t]{0,3})" + kUnit + R"(\.?[ \t]{0,2}#?[ \t]{0,2}\d{1,5}[A-Za-z]?\b)?))"});
  // A street named in lower case after its keyword: "vivía en la calle
  // morelos", "il habite rue victor hugo", "av. insurgentes". The rule
  // finds up to four lower-case words; the detector keeps those that name
  // something (street_name_words.h) and drops ordinary ones ("la calle
  // principal", "en la calle de enfrente"). Listed after the keyword rules
  // above, which win a tie.
  r.push_back({"address_keyword_lower", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:(?:calle|avenida|avda|calzada|privada|cerrada|prolongaci[oó]n|callej[oó]n|)"
               R"(andador|bulevar|boulevard|rue|avenue|all[ée]e|impasse|ruelle|colonia|(?-i:via))[ \t]{1,3}|)"
               R"((?:av|avd|avda|calz|priv|prol|blvd|col|bd)\.[ \t]{0,3}))"
               R"((?:(?-i:de|del|la|las|los|el|du|des)[ \t]{1,3}){0,2})"
               R"((?-i:[a-z\x{00DF}-\x{00F6}\x{00F8}-\x{00FF}])[\p{L}\p{M}'’\-]*)"
               R"((?:[ \t]{1,3}(?-i:[a-z\x{00DF}-\x{00F6}\x{00F8}-\x{00FF}])[\p{L}\p{M}'’\-]*){0,3}))"});
  // An English street named in lower case before its type, after a
  // preposition: "on main street", "at elm st", "down sunset boulevard".
  // The rule finds the type; the detector reads the name before it.
  r.push_back({"address_type_last_lower", RuleKind::kAddress, Trigger::kStreetKeyword,
               R"((?:^|[^\p{L}\p{N}])((?-i:street|road|avenue|boulevard|st|rd|ave|blvd))(?:[^\p{L}\p{N}]|$))"});
  // "1600 Pennsylvania Avenue NW, Apt. 5", "6750 Koskikatu 25 Apt. 864".
  r.push_back({"address_number_first_en", RuleKind::kAddress, Trigger::kDigit,
               // A range or a unit before the number ("12-14 High St", "3-45 Elm St",
               // "2/1"; not "1990-1995 Palm Springs"), half a lot after it ("123 1/2 Main St"), a road's number
               // after its type ("1234 County Road 42"), a direction with dots
               // ("Ave. N.W.").
               kPre + R"(((?:\d{1,4}[A-Za-z]?/|\d{1,3}[A-Za-z]?[\-–])?\d{1,6}[A-Za-z]?(?:[ \t]1/2)?\s{1,3}(?:\d{1,5}\s{1,3})?(?:[NSEW]\.?\s{1,3})?(?:(?-i:\p{Lu})[\p{L}\p{M}'.\-]*[ \t]{1,3}|\d{1,3}(?:st|nd|rd|th)[ \t]{1,3}){1,4})"
               R"((?:(?i:road|rd|route|rte|highway|hwy)[ \t]\d{1,4}\b|(?i:)" + kEnglishStreetType + R"()\.?(?:\s{1,3}(?:N\.[WE]\.|S\.[WE]\.|NW|NE|SW|SE|N|S|E|W|North|South|East|West)\.?)?))"
               // The unit's word ends before its number or is glued to it ("Apt.
               // 5", "Apt 5", "Apt5"): "2018 Palm Springs flooded" has no "fl."
               R"((?:\s{0,3},?\s{0,3}(?:(?i:)" + kUnit + R"()(?:\b\.?\s{0,2}#?\s{0,2}[A-Za-z0-9\-]{1,6}|\d[A-Za-z0-9\-]{0,5})|#\s{0,2}\d{1,5}[A-Za-z]?|\d{1,2}(?i:st|nd|rd|th)\s{1,2}(?i:floor|fl)\b\.?))?))" + kPost});
  // "12 bis, rue de la Paix", "3 avenue Victor Hugo".
  r.push_back({"address_number_first_fr", RuleKind::kAddress, Trigger::kDigit,
               kPre + R"(((?:\d{1,2}\s?(?i:e|er|[èe]me)\s{1,2}(?i:[ée]tage)(?:\s{1,2}(?i:du|au)\s{1,2}|\s{0,2},\s{0,2}))?(?:\d{1,6}\s{1,3})?\d{1,4}(?:\s?(?:bis|ter))?\s?,?\s{1,3}(?i:rue|ruelle|venelle|avenue|av\.|boulevard|bd|chemin|impasse|all[ée]e|place|quai|route|cours|square|passage|faubourg))"
               R"(\s{1,3}(?:(?i:de la|de l'|du|des|de|d')\s{0,3})?(?:(?:(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*\s?){1,5}|[\p{L}\p{M}'’\-]{3}[\p{L}\p{M}'’\-]*))"
               // "bâtiment B", "esc. 2", "appartement 14", "3e étage".
               R"((?:\s{0,3},?\s{0,3}(?:(?i:b[âa]timent|b[âa]t|escalier|esc|appartement|appt|app|apt|porte|maison|[ée]tage)\.?\s{0,2}(?:n[º°o]\.?\s{0,2})?[A-Za-z0-9]{1,4}|\d{1,2}\s?(?i:e|er|[èe]me)\s{1,2}(?i:[ée]tage))\b){0,3}))"});
  // Numbered streets, as the towns of Guatemala, Honduras and El Salvador
  // name them: "3a calle", "5 y 6 avenida", "12 calle 4-56 zona 1", "1a
  // Avenida Norte, casa 14". A number needs an ordinal, a second number or
  // a house number after the street ("a 2 calles de aquí" is no address).
  r.push_back({"address_numbered_street", RuleKind::kAddress, Trigger::kDigit,
               kPre + R"(((?i)(?:)" + kNumberedStreet + "|" + R"(\d{1,2}\s{1,2}(?:calle|avenida)(?:\s{1,2}(?:norte|sur|oriente|poniente|(?-i:[AB]\b)))?)" +
                   kGuatemalanHouseNumber + R"()(?:\s{0,2},\s{0,2})" + kNumberedStreet + R"()?)" + kCentralAmericanUnits + ")"});
  // Directions from a landmark, as addresses are given in Nicaragua and
  // often in Honduras: "del semáforo de la Rotonda El Güegüense 2 cuadras
  // al sur, casa 45", "de donde fue el Cine González 1 cuadra al lago, 20
  // varas abajo". The rule finds the steps; the detector takes the
  // landmark before them from its "del" (an expression that may start at
  // every "de" near a digit slows every digit down).
  r.push_back({"address_landmark_directions", RuleKind::kAddress, Trigger::kDigit,
               kPre + R"(((?i))" + kLandmarkStep + R"((?:\s{0,2}[,y]?\s{0,3})" + kLandmarkStep + "){0,2}" +
                   kCentralAmericanUnits + ")"});
  // A British postcode: "London E14 9TQ", "SW1A 1AA" (its inward half has
  // no C, I, K, M, O or V: "5 PM" is none).
  r.push_back({"postcode_uk", RuleKind::kAddressWeak, Trigger::kDigit,
               kPre + R"(((?-i:[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2})))" + kPost});
  // An Australian postcode after its state's code: "Parramatta NSW 2150",
  // "Melbourne VIC 3000" (the state stays).
  r.push_back({"postcode_au", RuleKind::kAddressWeak, Trigger::kDigit,
               R"((?:^|[^\p{L}\p{N}])(?-i:NSW|VIC|QLD|TAS|ACT|NT|SA|WA),?\s{1,2}(\d{4}))" + kPost});
  // A Canadian postal code: "Montréal (Québec) H2S 2M2", "QC H2Y 1J1" (no
  // D, F, I, O, Q or U).
  r.push_back({"postcode_ca", RuleKind::kAddressWeak, Trigger::kDigit,
               kPre + R"(((?-i:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \-]?\d[ABCEGHJ-NPRSTV-Z]\d)))" + kPost});
  // A post office box: "P.O. Box 149", "PSC 6293, Box 8158 APO AP 04336",
  // "Apartado de Correos 993", "apdo. postal 12", "boîte postale 45".
  r.push_back({"address_po_box", RuleKind::kAddress, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:(?:\d{1,6}\s{1,3})?(?:p\.?\s?o\.?\s?box|post office box|apartado(?: de correos| postal| a[ée]reo)?|)"
               R"(apdo\.?(?: postal)?|bo[iî]te postale|(?-i:B\.?\s?P\.?)|casilla(?: postal)?|psc|cmr|rural route)\s{0,2}(?:n[º°o]\.?\s{0,2}|#\s{0,2})?\d{1,6})"
               R"((?:\s{0,2},?\s{0,2}(?:site|comp|box)\s{0,2}\d{1,6}){0,3}|unit\s{0,2}\d{1,6}\s{0,2},?\s{0,2}box\s{0,2}\d{1,6}|)"
               // Canadian and US rural routes and highway contracts: "RR 2, Site 14,
               // Box 9", "R.R. 3, Comp 12, Box 40", "HC 64 Box 118" (a site or box
               // must follow: "RR 16" alone is a respiratory rate).
               R"((?-i:RR|R\.R\.|HC)\s{0,2}\d{1,4}(?:\s{0,2},?\s{0,2}(?:site|comp)\s{0,2}\d{1,6}){0,2}\s{0,2},?\s{0,2}box\s{0,2}\d{1,6}|)"
               // The ship before its line, maybe with a comma ("USNS Ortiz, FPO AE").
               R"((?:(?-i:USS|USNS|USNV|USCGC)\s{1,3}(?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*,?\s{1,3}){1,2})?)"
               R"((?:apo|fpo|dpo)\s{0,2}[a-z]{2}\s{0,2}\d{5}))"
               R"((?:\s{0,3}(?:apo|fpo|dpo)\s{0,2}[a-z]{2}\s{0,2}\d{5})?))" + kPost});
  // A street without a keyword before a postal code and a town, as in the
  // last line of a letter: "Acacias, 30. 33423 Soto de Llanera",
  // "Salamanca 5 - 36211 Vigo", "Cartagena 340-350. 08025 Barcelona". The
  // postal code is the postal_code_town rule's.
  r.push_back({"address_before_postal_code", RuleKind::kAddress, Trigger::kFiveDigits,
               R"((?:^|[^\p{L}\p{N}])((?:(?-i:\p{Lu})(?:[\p{L}\p{M}'’´\-]*|[\p{L}]{0,3}\.)\s{1,3}(?:(?-i:de|del|la|las|los|el|y|i|da|do)\s{1,3}){0,2}){0,4})"
               R"((?-i:\p{Lu})[\p{L}\p{M}'’´\-]*,?\s{1,3}\d{1,4}(?:\s?[\-–/]\s?\d{1,4})?)"
               R"((?:\s{0,2}[,\-]\s{0,2}(?:\d{1,2}\s?[º°ª]?(?:\s?[A-Za-z]\b)?|[A-Z]\b|P\d{1,2}\s?\d?[A-Z]?)){0,3}))"
               R"([.,]?\s{0,3}[\-–]?\s{0,3}(?:E-?\s?)?\d{5}(?:\s{0,3}[,.\-–]?\s{0,3}(?-i:\p{Lu})|[\s,]{1,3}\d{5}))"});
  // A street without a keyword before "s/n" (no number): "Hermanos Falcó,
  // s/n", "Altos de Nava, s/n", "Paraje Torrecárdenas, s/n". The rule finds
  // "s/n"; the detector takes the capitalized words before it (cheaper than
  // an expression that may start at every capitalized word near a slash).
  r.push_back({"address_no_number", RuleKind::kAddress, Trigger::kSlash,
               R"((?i)(?:^|[^\p{L}\p{N}])(s/n(?:º)?)(?:[^\p{L}\p{N}]|$))"});
  // Building number, street name, number, as generated European addresses
  // are written, on one line: "6750 Koskikatu 25", "86036 Rua do Arenque
  // 1634", "808 Kálmán Imre u. 12." (not "IL 62704\nUruguay 64677", a ZIP
  // code and the country's line).
  r.push_back({"address_number_name_number", RuleKind::kAddress, Trigger::kDigit,
               kPre + R"((\d{2,6}[ \t]{1,3}(?:(?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*|(?i:u|utca|út|tér|str|ul|rkp|krt|gade|vej)\.?))"
               R"((?:[ \t]{1,3}(?:(?-i:do|da|de|del|la|van|von|der)[ \t]{1,3})?|[ \t]{0,2}\n[ \t]{0,3}(?i:suite|apt|unit|ste|flat)\.?[ \t]{1,2})){1,3})"
               R"(\d{1,5}[A-Za-z]?\.?))"
               // Not followed by more digits: "31008 Pamplona 848 42 21 34" is a phone.
               R"((?:[ \t]{0,2}(?:[^\p{L}\p{N}\s]|\n|$)|[ \t]{1,2}[^\d\s]))"});
  // A street named with its type at the end: "Friedhofstrasse 33",
  // "6108 Friedhofstrasse 33", "Rákóczi út 13", "136 Filadelfeos Str.".
  // A number comes before or after the name.
  r.push_back({"address_street_suffix", RuleKind::kAddress, Trigger::kDigit,
               kPre + R"(((?:(?:\d{1,6}\s{1,3}){1,2})" + kSuffixedStreetName +
                   R"((?:\s{0,2},?\s{0,2}\d{1,5}[A-Za-z]?\b)?)))" + kPost});
  // The same with the number after the name ("Friedhofstrasse 33", "Rákóczi
  // út 13"). The rule finds the type and the number; the detector takes the
  // name's words before them (an expression that may start at every
  // capitalized word near a digit slows every digit down).
  r.push_back({"address_street_suffix_number", RuleKind::kAddress, Trigger::kDigit,
               // The type may follow a hyphen, after a person's names
               // ("Karl-Meier-Gasse 5", "Aloys-Schmidt-Ring 7": "Ring" only so,
               // "Offering 3" is none).
               R"(((?:[\p{L}\p{M}\-])" + kStreetSuffixCompound + R"(|-(?-i:Ring|Pfad)|\s)" + kStreetSuffixWord +
                   // Turkish "Atatürk Cad. No: 12", "Güneş Sk. No:5".
                   // A Danish flat's floor and side ("Vesterbrogade 44, 3. tv",
                   // "Nørregade 7, st. th."), a Belgian letterbox ("Kerkstraat 12 bus
                   // 3").
                   // A flat's number after a slash: "Waldgasse 11/4".
                   R"()\s{0,2},?\s{0,2}(?:(?i:no)\s?[:.]?\s{0,2})?\d{1,5}[A-Za-z]?(?:/\d{1,3}[A-Za-z]?)?)"
                   R"((?:\s{0,2},\s{0,2}(?-i:\d{1,2}|st)\.\s{0,2}(?-i:tv|th|mf|sal)\b|[ \t]{1,2}(?-i:bus)[ \t]{1,2}\d{1,4}\b)?))" + kPost});
  // A street in the Greek or Cyrillic script with its number: "Λεωφόρος
  // Συγγρού 119", "0605 πεντέλης 210", "ул. Ленина 5".
  r.push_back({"address_greek_cyrillic", RuleKind::kAddress, Trigger::kDigit,
               kPre + R"(((?:\d{1,6}\s{1,3})?(?:)" + kGreekCyrillic + "{2}" + kGreekCyrillic + R"(*\.?\s{1,3}){1,3}\d{1,5}[A-Za-z]?))" + kPost});
  // A postal code of another shape than five digits, after a comma and
  // before the town that ends the address: "Bahnhofplatz 3, 8001 Zürich",
  // "Storgatan 9, 411 38 Göteborg", "Piotrkowska 104, 90-006 Łódź", "Rua
  // das Flores 210, 4050-262 Porto", "Keizersgracht 312, 1016 EZ
  // Amsterdam", Iceland's "Laugavegur 22, 101 Reykjavík" (three digits only
  // after a street: the detector wants one). Not a year of this or the last century ("On March 3, 2019
  // Maria crossed"), nor a number before a sentence that goes on ("On
  // Monday, 1500 Soldiers marched").
  r.push_back({"postal_code_short", RuleKind::kAddressWeak, Trigger::kDigit,
               R"(,[ \t]{1,2}((?:[03-9]\d|1[0-8]|2[1-9])\d{2}(?:[ \t](?-i:[A-Z]{2}))?|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}))"
               R"([ \t]{1,2}(?:(?-i:\p{Lu})|[\x{0100}-\x{024F}])[\p{L}\p{M}'’\-]*(?:[ \t](?-i:\p{Lu})[\p{L}\p{M}'’\-]*)?)"
               // The clause may go on after the town ("Lidická 55, 602 00 Brno is
               // on the second floor"): the detector then wants a street before
               // the comma.
               R"((?:[ \t]\d{1,2})?(?:[ \t]{0,2}(?:[.,;)\n]|$)|[ \t]{1,2}(?-i:[a-z\x{00DF}-\x{00FF}])))"});
  // The same with a code that reads as a year, as Belgium's and
  // Switzerland's do ("Molenstraat 9, 2000 Antwerpen", "Bahnhofstrasse 4,
  // 1990 Kloten"): the detector wants a street before the comma ("On March
  // 3, 2019 Maria crossed" has none).
  r.push_back({"postal_code_short_year", RuleKind::kAddressWeak, Trigger::kDigit,
               R"(,[ \t]{1,2}((?:19|20)\d{2}))"
               R"([ \t]{1,2}(?:(?-i:\p{Lu})|[\x{0100}-\x{024F}])[\p{L}\p{M}'’\-]*(?:[ \t](?-i:\p{Lu})[\p{L}\p{M}'’\-]*)?)"
               R"((?:[ \t]{0,2}(?:[.,;)\n]|$)|[ \t]{1,2}(?-i:[a-z\x{00DF}-\x{00FF}])))"});
  // A postal code and its town on the line after a street's ("Havlíčkova
  // 1203\n272 01 Kladno", "Østergade 2\n8000 Aarhus C", "Ogrodowa
  // 21\n00-896 Warszawa"), as a letter's address block is written: the
  // detector wants the line before to end with a house number after a
  // street's name (StreetLineBeforeCodeLine), and takes it too.
  r.push_back({"postal_code_next_line", RuleKind::kAddressWeak, Trigger::kDigit,
               R"((?:^|\n)[ \t>]{0,4}(\d{4}[ \t](?-i:[A-Z]{2})|\d{4,5}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}))"
               R"([ \t]{1,2}(?:(?-i:\p{Lu})|[\x{0100}-\x{024F}])[\p{L}\p{M}'’\-]*(?:[ \t]{1,2}(?:[\p{L}\p{M}'’\-]+|\d{1,2})){0,2})"
               R"([ \t]{0,2}(?:\r?\n|$))"});
  // A postal code before a town: "28041 Madrid", "E-28935 Móstoles",
  // "Zaragoza-50009", "04009, 04721, Almería". Five digits alone are too
  // often other numbers; the capitalized word after them says address.
  r.push_back({"postal_code_town", RuleKind::kAddressWeak, Trigger::kFiveDigits,
               R"((?:^|[\s(:\-–,.])((?:E-?\s?)?\d{5}))"
               // A Galician or Portuguese town opens with its article: "15003 A
               // Coruña", "36400 O Porriño".
               R"((?:\)?\s{0,3}[,.]?\s{0,3}[\-–]?\s{0,3}(?-i:\p{Lu}[\p{Ll}\-]|[AO]s?[ \t]\p{Lu}\p{Ll})|[\s,]{1,3}\d{5}[\s,]))"});
  // A postal code after a state code or at the end of a town or country
  // line: "Springfield, IL 62704", "QC 54256", "\nEstonia 62488".
  r.push_back({"postal_code_after_state", RuleKind::kAddressWeak, Trigger::kFiveDigits,
               R"((?:,\s{0,3}|\n\s{0,3}|\s)(?-i:[A-Z]{2})\s{1,3}(\d{5}(?:-\d{4})?))" + kPost});
  // "Oslo, nan 51971", "KNIVSTA, mp 35739", "\n 44939\n": a postal code
  // after a region code of any case, or alone on the last line of an
  // address.
  r.push_back({"postal_code_after_region", RuleKind::kAddressWeak, Trigger::kFiveDigits,
               R"((?:,[ \t]{0,3}[A-Za-z]{2,3}\s{1,3}|(?:^|\n)[ \t]{0,3})(\d{5}(?:-\d{4})?)(?:[ \t]{0,3}(?:\n|$)|[^\p{L}\p{N}\n]))"});
  // "Cyprus (Greek) 25572": a country named with a qualifier in brackets.
  r.push_back({"postal_code_line_end", RuleKind::kAddressWeak, Trigger::kFiveDigits,
               R"((?:(?:^|\n)[^\p{L}\p{N}\n]{0,4}|,[ \t]{1,3})(?:(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*[ \t]{1,3}){1,3})"
               R"((?:\((?-i:\p{Lu})[\p{L}\p{M}]{1,20}\)[ \t]{1,3})?(\d{5}(?:-\d{4})?))" + kPost});
  // A lot, a villa, a block, an office or a department before the street
  // it is on: "Lot 4, Kangaroo Road", "Villa 12, 5 Palm Drive", "Office
  // 301, 18 King William Street" (capitalized, and a house number or an
  // English street's name and type after it: "Lot 12 was flooded" stays).
  r.push_back({"address_unit_before_street", RuleKind::kAddressWeak, Trigger::kDigit,
               R"((?:^|[^\p{L}\p{N}])((?-i:Lot|LOT|Villa|VILLA|Block|BLOCK|Blk|Office|OFFICE|Dept|DEPT)\.?[ \t]{0,2}#?\d{1,5}[A-Za-z]?))"
               R"([ \t]{0,2}[,/][ \t]{0,3}(?:\d{1,5}[A-Za-z]?[ \t]{1,3}(?-i:\p{Lu})|)"
               R"((?-i:\p{Lu})[\p{L}\p{M}'’\-]*[ \t]{1,3}(?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*[ \t]{1,3})?)"
               R"((?i:road|rd|street|st|drive|dr|lane|ln|avenue|ave|highway|hwy|way|court|ct|crescent|cres|place|pl|close|parade|terrace)\b))"});
  // "Apt. 5", and more units and the building's name after it: "Building
  // 4, Apartment 21, Parkview Towers", "Flat 3, Rosemary Court".
  r.push_back({"address_unit", RuleKind::kAddressWeak, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])()" + kUnit + R"(\.?\s{0,2}(?:#|n[º°o]\.?)?\s{0,2}\d{1,5}[A-Za-z]?)" +
                   R"((?:\s{0,2},\s{0,3})" + kUnit + R"(\.?\s{0,2}(?:#|n[º°o]\.?)?\s{0,2}\d{1,5}[A-Za-z]?){0,2})"
                   R"((?:\s{0,2},\s{0,3}(?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]*\s{1,3}){1,3})"
                   R"((?-i:Towers?|Court|House|Apartments|Building|Mansions|Lodge|Residences|Heights|)"
                   // A street after the unit, as British lines give it: "Studio
                   // 12, Jones Mews", "Flat 3, Oak Lane".
                   R"(Mews|Close|Lane|Street|Road|Drive|Gardens|Place|Square|Terrace|Crescent|Row|Walk))?))" + kPost});
  // A road's code and kilometre without a keyword: "A7, km. 187", "N-340 km 12".
  r.push_back({"address_road_km", RuleKind::kAddress, Trigger::kDigit,
               kPre + R"(((?-i:[A-Z]{1,3})-?\d{1,4}\s{0,2},?\s{0,2}(?i:km|kil[oó]metro)\.?\s{0,2}\d{1,4}(?:[.,+]\d{1,3})?))" + kPost});
  r.push_back({"address_block_lot", RuleKind::kAddress, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:manzana|mz|mza)\.?\s{0,2}\d{1,4}[A-Z]?\s{0,2},?\s{0,2}(?:lote|lt|lte)\.?\s{0,2}\d{1,4}[A-Z]?|)"
               // The lot first: "Lote 14, Manzana 3".
               R"((?:lote|lt|lte)\.?\s{0,2}\d{1,4}[A-Z]?\s{0,2},?\s{0,2}(?:manzana|mz|mza)\.?\s{0,2}\d{1,4}[A-Z]?))" + kPost});
  r.push_back({"postal_code", RuleKind::kAddressWeak, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])((?:c\.\s?p\.?|cp|c[oó]digo postal|code postal|zip(?: code)?)[\s:.]{0,3}(?:[A-Z]\s?)?(?:\d{4,6}|\d{2}\s\d{3})(?:-\d{3,4})?))" + kPost});
  // A postal code after its English label, with or without the town's
  // field joined to it: "Postal code: 28013", "Postal code / city: 9008
  // Tromsø", "Postcode 1016 EZ" (the label stays).
  r.push_back({"postal_code_label_en", RuleKind::kAddressWeak, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:postal code|post code|postcode)(?:[ \t]{0,2}/[ \t]{0,2}(?:city|town))?)"
               R"([ \t]{0,2}[:#]?[ \t]{0,3}(\d{4}[ \t]?(?-i:[A-Z]{2})|\d{4}-\d{3}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{3,5}))" +
                   kPost});
  // A postal code alone in a form's town field: "Localidad/ Provincia: 28013".
  r.push_back({"postal_code_town_field", RuleKind::kAddressWeak, Trigger::kFiveDigits,
               R"((?i)(?:^|\n)[ \t]{0,3}(?:localidad|provincia|municipio|ciudad|poblaci[oó]n|city|town|ville)[^\n:]{0,16}:[ \t]{0,3}(\d{5}))" +
                   kPost});
  // --- Vehicle plates ----------------------------------------------------------
  r.push_back({"plate_context", RuleKind::kPlate, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}\p{N}])(?:placas?|matr[ií]cula|license plate|licence plate|plate(?: number)?|)"
               R"(plaque(?: d'immatriculation)?|immatriculation|tablilla|patente|plak))"
               R"((?:\s{1,3}(?:de|del|number|no\.?|n[uú]mero|n[º°]|du v[ée]hicule|del (?:carro|coche|auto|veh[ií]culo|cami[oó]n|taxi)))?)"
               R"([\s:.#]{0,3}((?-i:[A-Z0-9]{1,4}(?:[ \-]?[A-Z0-9]{1,4}){1,3})))" + kPost});
  r.push_back({"plate_shape", RuleKind::kPlateShape, Trigger::kDigit,
               kPre + R"(((?-i:[A-Z]{3}[ \-]\d{2,4}[ \-][A-Z0-9]{1,2}|[A-Z]{3}-\d{3}-[A-Z]|\d{2,3}-[A-Z]{3}-\d{0,2}|[A-Z]-\d{3}-[A-Z]{3})))" + kPost});
  // --- Numbers: phones, cards, ID numbers (last: the other digit rules win
  // when they start at the same place) -------------------------------
  // A digit run with single separators: "+52 1 55 1234 5678",
  // "(502) 2345-6789", "670.97.10.26", "4111 1111 1111 1111".
  // A number glued to the period or colon of its cue, as typed by hand:
  // "tel.9621234567", "cel:5512345678" (the rule below wants no period
  // before a number, for decimals).
  r.push_back({"number_after_cue_mark", RuleKind::kNumberCluster, Trigger::kDigit,
               R"((?i)(?:^|[^\p{L}])(?:tel|t[eé]l|cel|wsp|whats|whatsapp|phone|fono|m[oó]vil)[.:]((?:\+\s?)?\d(?:[ .\-]?\d){6,14}))" +
                   kPostDigit});
  r.push_back({"number", RuleKind::kNumberCluster, Trigger::kDigit,
               kPreDigit +
                   R"(((?:(?:\+|00)\s?)?\(?\d(?:(?:[ .\-\x{00A0}]|\)\s?|\s?\(|\s?-\s?)?\d){5,40})"
                   R"((?:\s?(?i:x|ext\.?|extensi[oó]n)\s?\d{1,6})?))" +
                   kPostDigit});
  // Digit runs longer than any phone or card: account numbers, or noise.
  r.push_back({"long_digits", RuleKind::kNumberCluster, Trigger::kDigit, R"((\d{20}\d*))"});
  // A street of Mexico or Central America named without "calle" after "en",
  // "en la", "a", "sobre", "on", "at", "to" (and a few more prepositions of
  // place): "vivíamos en Hidalgo 25, cerca de la iglesia", "nos tenían en la
  // Morelos 120", "me tenían en Zaragoza 14 int. 3", "en Juárez 300 esquina
  // con Reforma", "on Hidalgo 25 near the church". Up to three capitalized
  // words (maybe after "5 de"), a house number (maybe "#25", "120 Sur"),
  // then a unit, the clause's end, "en" and a town, or a word that leads to
  // the corner, the streets around or the neighbourhood: a count of
  // something after the number ("en Chiapas 3 meses") matches nothing. The
  // detector wants the name to be a place, a hero or a surname, refuses a
  // year ("en México 2019.") and takes the cross streets after "esquina"
  // and "entre" and the unit (StreetAfterEnEnd). Most matches are refused:
  // the match runs from the preposition to the word after the number, so
  // that the one delimiter before it gives its group without a submatch
  // search (StreetAfterPreposition finds the street in it).
  r.push_back({"address_after_en", RuleKind::kAddress, Trigger::kDigit,
               R"((?:^|[^\p{L}\p{N}])((?i:en|a|por|sobre|hasta|desde|on|at|to|from)[ \t]{1,3}(?:(?-i:la)[ \t])?)"
               R"((?:\d{1,2}[ \t]de[ \t])?(?-i:\p{Lu})[\p{L}\p{M}'’]*(?:[ \t](?:(?-i:de|del|la|los)[ \t])?(?-i:\p{Lu})[\p{L}\p{M}'’]*){0,2})"
               R"([ \t](?:#[ \t]?)?\d{1,5}(?:-?(?-i:[A-Z])\b)?(?:[ \t](?-i:Norte|Sur|Oriente|Poniente|Pte\.|Ote\.))?)"
               R"((?:[ \t]{0,2}(?:[.,;:!?)]|\r?\n|$)|[ \t]{1,3}(?i:cerca|near|col\.|colonia|esquina|casi|entre|frente|junto|corner|between|by|across|next)\b|)"
               R"([ \t]{1,3}(?-i:en|in)[ \t]{1,3}(?-i:\p{Lu})|)"
               R"([ \t]{0,2},?[ \t]{1,2}(?i:int|interior|depto|dpto|departamento|apto?|casa)\b|)"
               // A clause that goes on: "en Reforma 222 y luego", "en Madison
               // 200 con mis hijos".
               R"([ \t]{1,3}(?i:y|e|and|con|with)[ \t]{1,3}(?-i:[a-z\x{00E0}-\x{00FF}])|)"
               // Or a subordinate clause: "vivía en Reforma 222 cuando".
               R"([ \t]{1,3}(?-i:cuando|donde|hasta|porque|pero|mientras|when|where|until|because|but|while)\b)))",
               Shape::kPre, /*last_resort=*/true});
  // A house number that ends a sentence, a line or an item of a list
  // ("validate the following? Kamenná 15", "here they are: Pikk 33, and
  // Kamenná 15", "Quantell\nKamenná 15\n"): the detector takes the street's
  // capitalized name before it when the word "address" comes before or the
  // line stands in a name's block (StreetBeforeNumberByContext), and
  // refuses the rest ("I was 15.", "Chapter 5."). Five digits are a postal
  // code after a country's line ("\n Czech Republic 56655"), no house number.
  // Most matches are refused. The match opens with the capital of the word
  // before the number (StreetNameStart wants one there): a match at every
  // number before a period cost 3.3 M instructions per 1 MB call, this 1.2 M.
  r.push_back({"address_number_by_context", RuleKind::kAddress, Trigger::kDigit,
               R"((?-i:\p{Lu})[\p{L}\p{M}'’\-]{0,30}[ \t](\d{1,4}[A-Za-z]?)(?:[ \t]{0,2}(?:[.?!;]|,[ \t]{1,2}and[ \t])|[ \t]{0,2}(?:\r?\n|$)|[ \t]{1,2}for[ \t]))",
               Shape::kFirstNumber, /*last_resort=*/true});
  // A street without a keyword, its number, then a comma and a town or
  // neighbourhood: "Santa María 571, Recoleta", "Reforma 222, Juárez,
  // CDMX", or a postal code of four digits and a town: "M. Gonzalez 264,
  // 2010, Málaga". The rule finds the number and the capital after the comma; the
  // detector takes the capitalized name's words before the number
  // and wants a known place within the next few capitalized words (the
  // place gazetteer) or a postal code ("As Cortes de Abaixo 84, 15006"),
  // so "Artículo 27, Constitución" or "Octubre 12,
  // Guatemala" are nothing. "Juan, 45, de Tegucigalpa" (a comma before the
  // number) is a person and an age. Most matches are refused ("Calle
  // Hidalgo 23, Col. Centro" is another rule's).
  r.push_back({"address_name_number_town", RuleKind::kAddress, Trigger::kDigitComma,
               R"([ \t](\d{1,5}(?:[\-/]\d{1,5})?(?:[ \-]?[A-Za-z])?)[ \t]{0,2},[ \t]{1,3}(?:(?-i:\p{Lu})|\d{4,5}(?:[^\p{L}\p{N}]|$)))",
               Shape::kFirstNumber, /*last_resort=*/true});
  for (PatternRule& rule : r) {
    rule.regex = CompactClasses(rule.regex);
    const std::string name = rule.name;
    for (const char* bare : {"url", "long_digits", "gps_dms"}) {
      if (name == bare) rule.shape = Shape::kBare;
    }
    for (const char* pre : {"email", "address_keyword", "address_keyword_number", "address_number_first_fr", "address_cite_fr",
                            "address_keyword_capitalized", "address_keyword_fr",
                            "address_corner", "address_place_fr", "address_road", "address_keyword_lower",
                            "address_between_streets", "address_name_corner", "address_name_between"}) {
      if (name == pre) rule.shape = Shape::kPre;
    }
    if (rule.kind == RuleKind::kAge) rule.shape = Shape::kFirstNumber;
    // Asking RE2 for this rule's group ran a bit-state search over a
    // program made large by its Latin classes, at every mention of a
    // platform.
    if (name == "platform_handle") rule.shape = Shape::kLastWord;
    for (const char* pre_post :
         {"domain", "handle", "ipv6", "iban", "curp", "rfc", "voter_key", "alnum_id", "date_numeric", "address_po_box",
          "date_iso", "date_day_month", "date_day_month_no_year", "date_month_day", "gps_decimal", "address_unit",
          "address_block_lot", "postal_code", "plate_shape", "postcode_uk", "postcode_ca", "number", "address_number_first_en",
          "address_type_last", "address_road_km", "address_type_last_lower"}) {
      if (name == pre_post) rule.shape = Shape::kPrePost;
    }
    // Asking RE2 for these rules' groups ran an NFA over the match: a few
    // hundred times per MB of English letters and forms.
    for (const char* digit_post : {"postal_code_after_state", "postcode_au"}) {
      if (name == digit_post) rule.shape = Shape::kFirstDigitToPost;
    }
    if (name == "postal_code_town") rule.shape = Shape::kPreThroughNumber;
  }
  return r;
}

}  // namespace

const std::string& StreetKeywordPattern() {
  static const std::string* pattern =
      new std::string("(?i)(?:^|" + StreetKeywordDelimiterPattern() + ")(?:" + StreetKeywordBodyPattern() + ")");
  return *pattern;
}

const std::string& StreetKeywordDelimiterPattern() {
  static const std::string* pattern = new std::string(CompactClasses(R"([^\p{L}\p{N}])"));
  return *pattern;
}

const std::string& StreetKeywordBodyPattern() {
  static const std::string* pattern = new std::string(
      CompactClasses(kStreetKeyword +
                     "|camino|pasillo|(?-i:ul|Ul|UL|al|os)\\.|faubourg|fbg|bd|place|route|passage|square|chauss[ée]e|(?-i:cité)|" +
                     "(?-i:Peatonal|Travessa|Largo|Strada|Aleea|Bulevardul|Calea|Jalan|Jl\\.|Jln\\.|" + kItalianGreekKeyword + ")|" +
                     kCornerKeyword + "|" +
                     kBetweenStreets + "|(?-i:entre)[ \t]{1,3}(?-i:\\p{Lu})|" +
                     "(?-i:Street|Road|Avenue|Boulevard)|" +
                     "(?-i:Drive|Lane|Court|Circle|Terrace|Way|Trail|Crescent|Parkway|Bend|Bluff|Loop|Hollow|Cove|Mews)"
                     "(?:[^\\p{L}\\p{N}]|$)|" +
                     // English types that end a street's name, as whole words.
                     "(?-i:Rd|Ave|Blvd|St|street|road|avenue|boulevard|st|rd|ave|blvd)(?:[^\\p{L}\\p{N}]|$)|" +
                     kAddressLabel + "|" + kSendCue));
  return *pattern;
}

const std::string& EnglishStreetTypePattern() {
  static const std::string* const pattern = new std::string(kEnglishStreetType);
  return *pattern;
}

const re2::RE2& StreetKeywordRegex() {
  static const re2::RE2* const regex = new re2::RE2(StreetKeywordPattern());
  return *regex;
}

std::string CompactClasses(std::string regex) {
  static const std::string kLatin =
      R"(A-Za-z\x{00AA}\x{00B5}\x{00BA}\x{00C0}-\x{00D6}\x{00D8}-\x{00F6}\x{00F8}-\x{024F})"
      R"(\x{0300}-\x{036F}\x{1E00}-\x{1EFF})";
  static const std::string kLatinUpper = R"([A-Z\x{00C0}-\x{00D6}\x{00D8}-\x{00DE}])";
  const std::pair<std::string, std::string> kRewrites[] = {
      {R"(\p{L}\p{M}\p{N})", kLatin + "0-9"}, {R"(\p{L}\p{N})", kLatin + "0-9"},
      {R"(\p{L}\p{M})", kLatin},            {R"(\p{Lu})", kLatinUpper},
      {R"(\p{L})", kLatin},                  {R"(\p{N})", "0-9"},
      {R"(\p{M})", R"(\x{0300}-\x{036F})"}};
  for (const auto& [from, to] : kRewrites) {
    for (size_t pos = regex.find(from); pos != std::string::npos; pos = regex.find(from, pos + to.size())) {
      regex.replace(pos, from.size(), to);
    }
  }
  return regex;
}

const std::vector<PatternRule>& PatternRules() {
  static const std::vector<PatternRule>* rules = new std::vector<PatternRule>(BuildRules());
  return *rules;
}

}  // namespace amparo::redaction
