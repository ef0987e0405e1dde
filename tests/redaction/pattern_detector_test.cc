// PatternDetector: each identifier shape is found, validated where it has a
// checksum, and ordinary text (amounts, years, durations, places) is kept.
#include "redaction/pattern_detector.h"

#include <gtest/gtest.h>

#include <string>

namespace amparo::redaction {
namespace {

class RedactionPatternTest : public ::testing::Test {
 protected:
  // Compiling the rules takes a moment: once for the whole suite.
  static void SetUpTestSuite() {
    std::string error;
    detector_ = PatternDetector::Create(&error).release();
    ASSERT_NE(detector_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete detector_;
    detector_ = nullptr;
  }

  // The finding of `type` that covers `needle` inside `text`, if any.
  const Finding* Covering(const std::vector<Finding>& findings, const std::string& text,
                          const std::string& needle, IdentifierType type) {
    size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    for (const Finding& f : findings) {
      if (f.type == type && f.begin <= at && f.end >= at + needle.size()) return &f;
    }
    return nullptr;
  }

  void ExpectFound(const std::string& text, const std::string& needle, IdentifierType type) {
    auto findings = detector_->Find(text, "es");
    EXPECT_NE(Covering(findings, text, needle, type), nullptr)
        << "expected " << IdentifierTypeName(type) << " [" << needle << "] in: " << text;
  }

  void ExpectNothingOn(const std::string& text, const std::string& needle) {
    size_t at = text.find(needle);
    ASSERT_NE(at, std::string::npos);
    for (const Finding& f : detector_->Find(text, "es")) {
      EXPECT_FALSE(f.begin < at + needle.size() && f.end > at)
          << IdentifierTypeName(f.type) << " on [" << needle << "] in: " << text;
    }
  }

  static PatternDetector* detector_;
};

PatternDetector* RedactionPatternTest::detector_ = nullptr;

TEST_F(RedactionPatternTest, Email) {
  ExpectFound("escríbeme a juan.perez_88@gmail.com.", "juan.perez_88@gmail.com", IdentifierType::kEmail);
  ExpectFound("mail: marie-claire@orange.fr", "marie-claire@orange.fr", IdentifierType::kEmail);
  auto f = detector_->Find("a juan@correo.mx.", "es");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0].end, std::string("a juan@correo.mx").size());  // trailing dot left out
}

// The longest local part the e-mail rule takes (64 letters of two bytes):
// the scan for it starts kAtLead bytes before the '@', far enough.
TEST_F(RedactionPatternTest, EmailWithTheLongestLocalPart) {
  std::string local;
  for (int i = 0; i < 64; ++i) local += i % 2 ? "\xC3\xA9" : "\xC3\xB1";  // éñ...
  const std::string email = local + "@correo.mx";
  const std::string text = std::string(600, 'x') + " \xC3\xA0 " + email + " y 5 " + local.substr(0, 10) + "@b.co";
  auto findings = detector_->Find(text, "es");
  const Finding* f = Covering(findings, text, email, IdentifierType::kEmail);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->begin, text.find(email));
  EXPECT_NE(Covering(findings, text, local.substr(0, 10) + "@b.co", IdentifierType::kEmail), nullptr);
  // One letter more and no delimiter precedes a local part the rule takes.
  ExpectNothingOn("a \xC3\xB1" + email, email);
}

TEST_F(RedactionPatternTest, PhonesOfTheRoute) {
  const char* phones[] = {
      "+52 1 55 1234 5678", "55 1234 5678", "(55) 1234-5678", "5512345678", "044 55 1234 5678",
      "+502 2345 6789",     "+504 9876-5432", "9876-5432",     "+503 7123 4567", "+505 8888 1234",
      "+506 8312 3456",     "+507 6123-4567", "+58 414 123 4567", "0414-123-4567", "+57 300 123 4567",
      "+53 5 123 4567",     "+509 3412 3456", "00504 9876 5432", "670.97.10.26"};
  for (const char* phone : phones) {
    ExpectFound(std::string("Mi número es ") + phone + " gracias", phone, IdentifierType::kPhone);
    ExpectFound(std::string("llámale al ") + phone, phone, IdentifierType::kPhone);
  }
}

TEST_F(RedactionPatternTest, PhoneShapesOtherRulesRefuse) {
  // Starts like a date (01.84.17) and an IP address but is neither.
  ExpectFound("call me on 01.84.17.61.18? ok", "01.84.17.61.18", IdentifierType::kPhone);
  ExpectFound("llama al 670.97.10.26", "670.97.10.26", IdentifierType::kPhone);
  ExpectFound("Desk: +1-604-696-5272x565", "+1-604-696-5272x565", IdentifierType::kPhone);
  ExpectFound("Office,3660170548-Fax", "3660170548", IdentifierType::kPhone);
}

TEST_F(RedactionPatternTest, PaymentCardNeedsLuhn) {
  ExpectFound("tarjeta 4111 1111 1111 1111 ok", "4111 1111 1111 1111", IdentifierType::kPaymentCard);
  ExpectFound("card 5500-0000-0000-0004", "5500-0000-0000-0004", IdentifierType::kPaymentCard);
  // Fails Luhn: not a card, but still redacted as a number.
  auto f = detector_->Find("card 4111 1111 1111 1112", "en");
  ASSERT_FALSE(f.empty());
  for (const Finding& x : f) EXPECT_NE(x.type, IdentifierType::kPaymentCard);
}

TEST_F(RedactionPatternTest, IbanNeedsMod97) {
  ExpectFound("IBAN ES91 2100 0418 4502 0005 1332.", "ES91 2100 0418 4502 0005 1332", IdentifierType::kIban);
  ExpectFound("GB82WEST12345698765432", "GB82WEST12345698765432", IdentifierType::kIban);
  ExpectFound("my iban is gb82west12345698765432", "gb82west12345698765432", IdentifierType::kIban);
  for (const Finding& f : detector_->Find("IBAN ES92 2100 0418 4502 0005 1332.", "es")) {
    EXPECT_NE(f.type, IdentifierType::kIban);  // bad check digits
  }
}

TEST_F(RedactionPatternTest, CurpCheckDigitSetsConfidence) {
  // PEGJ850101HDFRRN08 carries the right RENAPO check digit; ...09 does not.
  std::string good = "CURP: PEGJ850101HDFRRN08";
  std::string bad = "CURP: PEGJ850101HDFRRN09";
  auto fg = detector_->Find(good, "es");
  auto fb = detector_->Find(bad, "es");
  const Finding* g = Covering(fg, good, "PEGJ850101HDFRRN08", IdentifierType::kIdNumber);
  const Finding* b = Covering(fb, bad, "PEGJ850101HDFRRN09", IdentifierType::kIdNumber);
  ASSERT_NE(b, nullptr);  // a mistyped CURP is still redacted
  ASSERT_NE(g, nullptr);
  float best_good = 0, best_bad = 0;
  for (auto& f : fg) {
    if (f.end - f.begin == 18) best_good = std::max(best_good, f.confidence);
  }
  for (auto& f : fb) {
    if (f.end - f.begin == 18) best_bad = std::max(best_bad, f.confidence);
  }
  EXPECT_GT(best_good, best_bad);
}

TEST_F(RedactionPatternTest, MexicanKeys) {
  ExpectFound("su RFC es GODE561231GR8 y", "GODE561231GR8", IdentifierType::kIdNumber);
  ExpectFound("clave de elector GMVLMR80070501M100", "GMVLMR80070501M100", IdentifierType::kIdNumber);
}

TEST_F(RedactionPatternTest, IdNumbersByContext) {
  ExpectFound("Pasaporte: G12345678", "G12345678", IdentifierType::kIdNumber);
  ExpectFound("mi DPI 2345 67890 0101 lo perdí", "2345 67890 0101", IdentifierType::kIdNumber);
  ExpectFound("cédula 8-123-456", "8-123-456", IdentifierType::kIdNumber);
  ExpectFound("DNI 12345678Z", "12345678Z", IdentifierType::kIdNumber);
  ExpectFound("NSS 12345678901", "12345678901", IdentifierType::kIdNumber);
  ExpectFound("expediente núm. 4521/2023", "4521/2023", IdentifierType::kIdNumber);
  ExpectFound("passport number X1234567", "X1234567", IdentifierType::kIdNumber);
}

TEST_F(RedactionPatternTest, InternetIdentifiers) {
  ExpectFound("ver https://facebook.com/juan.perez?id=3 ahora", "https://facebook.com/juan.perez?id=3",
              IdentifierType::kUrl);
  ExpectFound("en www.ejemplo.org.mx/perfil.", "www.ejemplo.org.mx/perfil", IdentifierType::kUrl);
  ExpectFound("sígueme @juanito_88 en tiktok", "@juanito_88", IdentifierType::kSocialHandle);
  ExpectFound("IP 192.168.1.20 y", "192.168.1.20", IdentifierType::kIpAddress);
  ExpectFound("v6 2001:db8::ff00:42:8329 ok", "2001:db8::ff00:42:8329", IdentifierType::kIpAddress);
  for (const Finding& f : detector_->Find("a las 10:30:45 y 999.1.1.1", "es")) {
    EXPECT_NE(f.type, IdentifierType::kIpAddress);
  }
}

TEST_F(RedactionPatternTest, Addresses) {
  ExpectFound("Vivía en Calle Carmen Romero, 23, 1D y", "Calle Carmen Romero, 23, 1D", IdentifierType::kAddress);
  ExpectFound("en Av. Insurgentes Sur 1234 int. 5, Col. Del Valle, C.P. 03100.",
              "Av. Insurgentes Sur 1234", IdentifierType::kAddress);
  ExpectFound("Col. Del Valle, C.P. 03100.", "C.P. 03100", IdentifierType::kAddress);
  ExpectFound("calle 5 de Mayo No. 23", "calle 5 de Mayo No. 23", IdentifierType::kAddress);
  ExpectFound("I lived at 1600 Pennsylvania Avenue NW, Apt. 5.", "1600 Pennsylvania Avenue",
              IdentifierType::kAddress);
  ExpectFound("J'habitais au 12 rue de la Paix.", "12 rue de la Paix", IdentifierType::kAddress);
  ExpectFound("en la Mz. 5 Lt. 12", "Mz. 5 Lt. 12", IdentifierType::kAddress);
  ExpectFound("Domicilio: Calle de finisterre 15, 2 B.", "Calle de finisterre 15, 2 B", IdentifierType::kAddress);
  ExpectFound("Domicilio: Teatinos 180.", "Teatinos 180", IdentifierType::kAddress);
  ExpectFound("C/ Sauceda 3. 1A y", "C/ Sauceda 3. 1A", IdentifierType::kAddress);
  ExpectFound("Av Reforma 222, Col. Juárez", "Av Reforma 222, Col. Juárez", IdentifierType::kAddress);
  ExpectNothingOn("un carro con placas viejas y 3 hombres", "carro con placas");
  ExpectNothingOn("caminamos por la calle principal hasta Tapachula", "calle principal");
  ExpectNothingOn("fuimos por el camino de La Bestia hasta Tapachula", "La Bestia");
}

TEST_F(RedactionPatternTest, AddressesStopBeforeTheirPlaces) {
  // The street, number, colonia and postal code go; the city stays.
  const std::string mx = "Vivo en Calle Guerrero 12, Col. Roma, 06700 Ciudad de México.";
  ExpectFound(mx, "Calle Guerrero 12, Col. Roma", IdentifierType::kAddress);
  ExpectFound(mx, "06700", IdentifierType::kAddress);
  ExpectNothingOn(mx, "Ciudad de México");
  const std::string borough = "en Av. Reforma 222, Cuauhtémoc, Ciudad de México";
  ExpectFound(borough, "Av. Reforma 222", IdentifierType::kAddress);
  ExpectNothingOn(borough, "Ciudad de México");
  ExpectNothingOn("Clínica C/. Pío XII, 36 Pamplona España", "Pamplona");
  ExpectNothingOn("Ixtaccihuatl 11 Col. Condesa México D.F.", "México");
  // A place that is the street's own name stays in the address.
  ExpectFound("en la Avenida Chiapas 34", "Avenida Chiapas 34", IdentifierType::kAddress);
  ExpectFound("C/ República Argentina, 8, 5 D.", "C/ República Argentina, 8", IdentifierType::kAddress);
  ExpectFound("en Col. Guerrero 12", "Col. Guerrero 12", IdentifierType::kAddress);
  // Central American forms: zones, blocks and houses go, the city stays.
  const std::string gt = "Av. Central 45, Zona 1, Ciudad de Guatemala";
  ExpectFound(gt, "Av. Central 45, Zona 1", IdentifierType::kAddress);
  ExpectNothingOn(gt, "Ciudad de Guatemala");
  const std::string hn = "Colonia Kennedy, Bloque 5, Casa 23, Tegucigalpa";
  ExpectFound(hn, "Colonia Kennedy, Bloque 5, Casa 23", IdentifierType::kAddress);
  ExpectNothingOn(hn, "Tegucigalpa");
  ExpectNothingOn("vivíamos en la colonia Kennedy, en la casa de mi tía", "casa de mi");
  // A lower-case word that only looks like a keyword, before a country.
  ExpectNothingOn("estudió en una universidad privada del Reino Unido y volvió", "Reino Unido");
  ExpectFound("vivía en la calle Guerrero, cerca del mercado", "calle Guerrero", IdentifierType::kAddress);
}

TEST_F(RedactionPatternTest, AddressFieldsOfAForm) {
  const std::string form = "Nombre: Ana.\nDomicilio: Ignacio L. Vallarta 24, Tabacal.\nLocalidad: Tapachula.\n";
  ExpectFound(form, "Ignacio L. Vallarta 24, Tabacal", IdentifierType::kAddress);
  ExpectNothingOn(form, "Tapachula");
  ExpectFound("Dirección: del centro de salud 2 cuadras al norte\n", "del centro de salud 2 cuadras al norte",
              IdentifierType::kAddress);
}

TEST_F(RedactionPatternTest, AddressesWithoutKeywordsAndPostalCodes) {
  ExpectFound("Dr. Ruiz. Acacias, 30. 33423 Soto de Llanera.", "Acacias, 30", IdentifierType::kAddress);
  ExpectFound("Dr. Ruiz. Acacias, 30. 33423 Soto de Llanera.", "33423", IdentifierType::kAddress);
  ExpectNothingOn("Dr. Ruiz. Acacias, 30. 33423 Soto de Llanera.", "Soto de Llanera");
  ExpectFound("Hospital General Hermanos Falcó, s/n - 02006 Albacete", "Hermanos Falcó, s/n",
              IdentifierType::kAddress);
  ExpectFound("Hospital General Hermanos Falcó, s/n - 02006 Albacete", "02006", IdentifierType::kAddress);
  ExpectFound("C/ Irunlarrea, 4 E-31008 Pamplona", "31008", IdentifierType::kAddress);
  ExpectNothingOn("C/ Irunlarrea, 4 E-31008 Pamplona", "Pamplona");
  ExpectFound("Carretera de Toledo km 12,500 28905 Getafe", "Carretera de Toledo km 12,500",
              IdentifierType::kAddress);
  ExpectFound("Paseo Vall d´Hebron, 119-129 08035 Barcelona", "Paseo Vall d´Hebron, 119-129",
              IdentifierType::kAddress);
  ExpectFound("Apartado de Correos 993 02080 Albacete", "Apartado de Correos 993", IdentifierType::kAddress);
  ExpectFound("Domicilio: M. Gonzalez 264 .", "M. Gonzalez 264", IdentifierType::kAddress);
  ExpectFound("Hospital Central. Av. V. Carranza No. 2395. CP. 78210.", "Av. V. Carranza No. 2395",
              IdentifierType::kAddress);
  ExpectFound("Dr. Ruiz. C/ Manuel Caballero Venzala, 12, 2.º A. 23009 Jaén.",
              "C/ Manuel Caballero Venzala, 12, 2.º A", IdentifierType::kAddress);
  // A place that names the street stays in it; the town after the postal code does not.
  const std::string named = "Fundació Puigvert. Cartagena 340-350. 08025 Barcelona.";
  ExpectFound(named, "Cartagena 340-350", IdentifierType::kAddress);
  ExpectNothingOn(named, "Barcelona");
  // A phone after a town is not taken for a street number.
  auto f = detector_->Find("C/ Irunlarrea, 3 31008 Pamplona Tfno. 848 422179", "es");
  EXPECT_NE(Covering(f, "C/ Irunlarrea, 3 31008 Pamplona Tfno. 848 422179", "848 422179",
                     IdentifierType::kPhone),
            nullptr);
  // Five digits alone are no postal code.
  ExpectNothingOn("recibió 25000 unidades de heparina", "25000");
}

TEST_F(RedactionPatternTest, EnglishAndInternationalAddresses) {
  ExpectFound("at 3369 24 Clarke Avenue", "3369 24 Clarke Avenue", IdentifierType::kAddress);
  ExpectFound("his address: 975 3968 Bay Street, Toronto", "975 3968 Bay Street", IdentifierType::kAddress);
  ExpectFound("Meet me at P.O. Box 149 tomorrow", "P.O. Box 149", IdentifierType::kAddress);
  ExpectFound("address is PSC 6293, Box 8158\nAPO AP 04336", "PSC 6293, Box 8158", IdentifierType::kAddress);
  ExpectFound("address is PSC 6293, Box 8158\nAPO AP 04336", "APO AP 04336", IdentifierType::kAddress);
  ExpectFound("The address of Persint is 6750 Koskikatu 25 Apt. 864", "6750 Koskikatu 25",
              IdentifierType::kAddress);
  const std::string lines = "28245 Puruntie 82\nLAPPEENRANTA\nSpringfield, IL 62704\nUruguay 64677\n";
  ExpectFound(lines, "28245 Puruntie 82", IdentifierType::kAddress);
  ExpectFound(lines, "62704", IdentifierType::kAddress);
  ExpectFound(lines, "64677", IdentifierType::kAddress);
  ExpectNothingOn(lines, "Uruguay");
  ExpectNothingOn(lines, "Springfield");
  ExpectFound("lives on Via dei Fiorentini 17 street", "Via dei Fiorentini 17", IdentifierType::kAddress);
  ExpectFound("Dexter lives on Ziegelgasse 19 street.", "Ziegelgasse 19", IdentifierType::kAddress);
  ExpectNothingOn("Railroad Earth Live On Stage at The Pageant - Jan 17", "The Pageant");
}

TEST_F(RedactionPatternTest, FrenchStreetsNamedByOrdinaryWords) {
  ExpectFound("il habite place des Lices, près de la gare", "place des Lices", IdentifierType::kAddress);
  ExpectFound("sur la route de Port-Louis hier", "route de Port-Louis", IdentifierType::kAddress);
  ExpectFound("au faubourg de Béré.", "faubourg de Béré", IdentifierType::kAddress);
  ExpectFound("demeurant 40, rue des Martyrs, à Paris", "40, rue des Martyrs", IdentifierType::kAddress);
  ExpectNothingOn("à la place de Marie il est venu", "Marie");
  ExpectNothingOn("the meeting took place Monday in Dallas", "Monday");
}

TEST_F(RedactionPatternTest, HaitianStreetsAndAccentedTowns) {
  const std::string ht = "mwen te rete nan Ri Kapwa 15, Pòtoprens";
  ExpectFound(ht, "Ri Kapwa 15", IdentifierType::kAddress);
  ExpectNothingOn(ht, "Pòtoprens");  // no half word taken after the number
  ExpectFound("li rete Avni Jan Pòl II 45 nan Tigwav", "Avni Jan Pòl II 45", IdentifierType::kAddress);
  ExpectNothingOn("Calle Mayor 3, Ávila", "Ávila");
}

TEST_F(RedactionPatternTest, StreetCorners) {
  ExpectFound("Ask the driver to stop at the corner of Nieuwe Baan 473 St. and Inna Loop St.",
              "the corner of Nieuwe Baan 473 St. and Inna Loop St", IdentifierType::kAddress);
  ExpectFound("please send it to the corner of 159 Eleftheriou Venizelou str and Rennie Union",
              "the corner of 159 Eleftheriou Venizelou str and Rennie Union", IdentifierType::kAddress);
  ExpectFound("nos vemos en la esquina de Madero y Bolívar mañana", "esquina de Madero y Bolívar",
              IdentifierType::kAddress);
  ExpectFound("au coin de la rue Oberkampf et de la rue Saint-Maur", "coin de la rue Oberkampf et de la rue Saint-Maur",
              IdentifierType::kAddress);
  ExpectNothingOn("I sat in the corner of the room and Maria cried.", "the room");
  ExpectNothingOn("se quedó en la esquina de la sala y lloró", "sala");
}

TEST_F(RedactionPatternTest, StreetsNamedWithTheirTypeLast) {
  ExpectFound("The title refers to Loorenstrasse 149 street in Cimadera", "Loorenstrasse 149",
              IdentifierType::kAddress);
  ExpectFound("The bus station is on Vesterskovvej 79", "Vesterskovvej 79", IdentifierType::kAddress);
  ExpectFound("It's in 0269 Stensås terrasse 38\nSuite 621\nARENDAL\nNorway", "0269 Stensås terrasse 38",
              IdentifierType::kAddress);
  ExpectFound("Address: 376 Rákóczi út 13. Suite 104", "376 Rákóczi út 13", IdentifierType::kAddress);
  ExpectFound("The bus drops you off at 518 Árpád fejedelem útja 62. St.", "518 Árpád fejedelem útja 62",
              IdentifierType::kAddress);
  ExpectFound("lives at 28919 136 Filadelfeos Str., Klirou", "28919 136 Filadelfeos Str",
              IdentifierType::kAddress);
  ExpectFound("Karin\nul. Miła 53\nWarszawa", "ul. Miła 53", IdentifierType::kAddress);
  ExpectNothingOn("plaquetas 100 U/ul. Bioquímica normal", "Bioquímica");
  ExpectNothingOn("Spring 2019 was cold", "Spring");
}

TEST_F(RedactionPatternTest, StreetsInOtherScriptsShipsAndBoxes) {
  ExpectFound("It's in Λεωφόρος Συγγρού 119 Nino Point", "Λεωφόρος Συγγρού 119", IdentifierType::kAddress);
  ExpectFound("sent to: 0605 πεντέλης 210 apt. 999", "0605 πεντέλης 210", IdentifierType::kAddress);
  ExpectNothingOn("plaquetas = 51 χ 103 µl", "51");
  ExpectFound("The address is USNV Botolen\nFPO AE 12382", "USNV Botolen\nFPO AE 12382", IdentifierType::kAddress);
  ExpectFound("Compendia\n77009 P.O. Box 255\nSuite 966", "77009 P.O. Box 255", IdentifierType::kAddress);
  ExpectFound("you at 25615 Tawastintie 72 Apt. 004\nKNIVSTA, nan 18237 after", "18237", IdentifierType::kAddress);
  ExpectFound("Pärna 33\nCite Sfaxi\n, 13\n 44939", "44939", IdentifierType::kAddress);
  ExpectNothingOn("KNIVSTA, nan 18237 after", "KNIVSTA");
  ExpectFound("at 903 83 Dora Creek Apt. 176", "903 83 Dora Creek Apt. 176", IdentifierType::kAddress);
  ExpectNothingOn("In 2019 Palm Springs was hot", "Palm Springs");
  ExpectFound("what is your address? it is 770 26 rue des lieutemants Thomazo", "770 26 rue des lieutemants",
              IdentifierType::kAddress);
}

TEST_F(RedactionPatternTest, SpanishStreetsWithNamedNumbersAndBuildings) {
  ExpectFound("Dra. Pía Hermosilla. San Martín número 1436, Concepción", "San Martín número 1436",
              IdentifierType::kAddress);
  ExpectNothingOn("Dra. Pía Hermosilla. San Martín número 1436, Concepción", "Concepción");
  ExpectFound("Dr. Daniel Ferranti. Jujuy Nº 491 2º piso. Buenos Aires", "Jujuy Nº 491 2º piso",
              IdentifierType::kAddress);
  ExpectFound("Hospital. Galeana Sur No. 465, Col. Obraje C.P. 20230, Aguascalientes",
              "Galeana Sur No. 465, Col. Obraje", IdentifierType::kAddress);
  ExpectFound("Hospital. Galeana Sur No. 465, Col. Obraje C.P. 20230, Aguascalientes", "C.P. 20230",
              IdentifierType::kAddress);
  ExpectNothingOn("según el Artículo número 27 de la Constitución", "27");
  ExpectNothingOn("bioprótesis Mitroflow n° 23 en marzo", "Mitroflow");
  ExpectFound("Remitido por: X. Plaza de las Américas, Edf. Argentina, esc 9, 6A. 06011 Badajoz.",
              "Plaza de las Américas, Edf. Argentina, esc 9, 6A", IdentifierType::kAddress);
  ExpectFound("Complejo Hospitalario C\\Irunlarrea, 4 31008 Pamplona", "C\\Irunlarrea, 4",
              IdentifierType::kAddress);
}

TEST_F(RedactionPatternTest, FrenchSquaresWithoutArticle) {
  auto covers = [&](const std::string& text, const std::string& needle, std::string_view language) {
    const size_t at = text.find(needle);
    for (const Finding& f : detector_->Find(text, language)) {
      if (f.type == IdentifierType::kAddress && f.begin <= at && f.end >= at + needle.size()) return true;
    }
    return false;
  };
  EXPECT_TRUE(covers("une foule stationnait place Gambetta et boulevard", "place Gambetta", "fr"));
  EXPECT_TRUE(covers("trouvé sur un banc, place Duclos. ACCIDENT", "place Duclos", "fr"));
  EXPECT_TRUE(covers("en traversant la place de la Trinité, hier", "place de la Trinité", "fr"));
  EXPECT_TRUE(covers("descend la place des Lices .", "place des Lices", "fr"));
  EXPECT_TRUE(covers("passaient rue du Faubourg-Saint-Martin , l'individu", "rue du Faubourg-Saint-Martin", "fr"));
  EXPECT_FALSE(covers("à la place de Marie il est venu", "place de Marie", "fr"));
  EXPECT_FALSE(covers("the meeting took place Monday in Dallas", "place Monday", "en"));
}

TEST_F(RedactionPatternTest, Plates) {
  ExpectFound("un carro con placas ABC-123-D", "ABC-123-D", IdentifierType::kVehiclePlate);
  ExpectFound("license plate 7ABC123", "7ABC123", IdentifierType::kVehiclePlate);
}

TEST_F(RedactionPatternTest, FullDates) {
  ExpectFound("Nací el 12 de marzo de 1983.", "12 de marzo de 1983", IdentifierType::kDateOfBirth);
  ExpectFound("born on March 12, 1983", "March 12, 1983", IdentifierType::kDateOfBirth);
  ExpectFound("né le 1er janvier 2001", "1er janvier 2001", IdentifierType::kDateOfBirth);
  ExpectFound("fecha 03/12/1983.", "03/12/1983", IdentifierType::kDateOfBirth);
  ExpectFound("el 2019-07-04 salí", "2019-07-04", IdentifierType::kDateOfBirth);
  ExpectFound("Fecha de nacimiento: 16/018/1961.", "16/018/1961", IdentifierType::kDateOfBirth);
  ExpectFound("llegó el 2000-04-16 11:34:35 al puerto", "2000-04-16 11:34:35", IdentifierType::kDateOfBirth);
  ExpectFound("Fecha de Ingreso: 26708/2017.", "26708/2017", IdentifierType::kDateOfBirth);
  // A day without a year names a day too ("en agosto" once generalized).
  ExpectFound("nos detuvieron el 25 de agosto.", "25 de agosto", IdentifierType::kDateOfBirth);
  ExpectFound("on the 3rd of June we left", "3rd of June", IdentifierType::kDateOfBirth);
  ExpectNothingOn("she scored 5 out of 10", "5 out");
  ExpectNothingOn("en marzo de 1983 salimos", "marzo de 1983");  // month precision is fine
  ExpectNothingOn("el 45/19/1983 no", "45/19/1983");  // impossible, no label
}

TEST_F(RedactionPatternTest, AgesButNotDurations) {
  ExpectFound("cuando tenía 42 años", "42", IdentifierType::kAge);
  ExpectFound("un hombre de 45 años", "45", IdentifierType::kAge);
  ExpectFound("a los 15 años me fui", "15", IdentifierType::kAge);
  ExpectFound("a 42-year-old woman", "42", IdentifierType::kAge);
  ExpectFound("she was 15 when", "15", IdentifierType::kAge);
  ExpectFound("My brother just turned 60", "60", IdentifierType::kAge);
  ExpectFound("âgé de 35 ans", "35", IdentifierType::kAge);
  ExpectFound("mwen te gen 17 an", "17", IdentifierType::kAge);
  ExpectNothingOn("hace 5 años salí", "5");
  ExpectNothingOn("después de 3 años volví", "3");
  ExpectNothingOn("una condena de 20 años", "20");
  ExpectNothingOn("il y a 6 ans", "6");
}

TEST_F(RedactionPatternTest, Gps) {
  ExpectFound("en 19.4326, -99.1332 nos", "19.4326, -99.1332", IdentifierType::kGpsCoordinates);
  ExpectFound("14°38'N 90°30'W", "14°38'N 90°30'W", IdentifierType::kGpsCoordinates);
}

TEST_F(RedactionPatternTest, KeepsAmountsYearsAndPlaces) {
  ExpectNothingOn("nos pidieron 50,000 pesos", "50,000");
  ExpectNothingOn("luego 1.500.000 de pesos", "1.500.000");
  ExpectNothingOn("pagamos $ 25 000 000 al coyote", "25 000 000");
  ExpectNothingOn("entre 2015-2018 viví en Honduras", "2015-2018");
  ExpectNothingOn("Llegamos a Tapachula, Chiapas y luego a Ciudad Juárez", "Tapachula");
  ExpectNothingOn("en 1998 éramos 12 en la casa", "1998");
}

TEST_F(RedactionPatternTest, OffsetsAreOnCodePointBoundaries) {
  std::string text = "Teléfono: 5512345678; correo: josé@ñandú.mx; dirección: Calle Ñuñoa 12";
  for (const Finding& f : detector_->Find(text, "es")) {
    ASSERT_LE(f.end, text.size());
    ASSERT_LT(f.begin, f.end);
    EXPECT_NE(static_cast<unsigned char>(text[f.begin]) & 0xC0, 0x80);
    if (f.end < text.size()) {
      EXPECT_NE(static_cast<unsigned char>(text[f.end]) & 0xC0, 0x80);
    }
  }
}

// Where a rule's match is refused, the other rules of its family are asked
// over the next bytes: one whose match holds an identifier starting inside
// the refused one claims it ("01.84.17" is no date, the phone number is
// kept; "6 03570" is no phone, the postal code is), and one whose match
// starts past it is left to the scan, which finds it there ("2019 Palm
// Springs" is a year before a town, then "P.O. Box 4521" and "12 Elm Road,
// Unit 5" are addresses). Every finding is pinned, spans and types.
std::string Rendered(const std::vector<Finding>& findings, const std::string& text) {
  std::string out;
  for (const Finding& f : findings) {
    out += std::string(IdentifierTypeName(f.type)) + " [" + text.substr(f.begin, f.end - f.begin) + "] ";
  }
  return out;
}

TEST_F(RedactionPatternTest, RefusedMatchLeavesWhatStartsAfterItToTheScan) {
  struct Case {
    const char* language;
    std::string text;
    std::string findings;
  };
  const Case cases[] = {
      {"en", "call me on 01.84.17.61.18? ok", "phone [01.84.17.61.18] "},
      {"es", "6 03570 Villajoyosa", "address [03570] "},
      {"en", "@kay_22 @bob", "social-handle [@kay_22 @bob] "},
      {"en", "In 2019 Palm Springs was hot. Write to P.O. Box 4521, Austin TX 78701.",
       "address [P.O. Box 4521] address [78701] "},
      {"en", "we met on Main Street in 2019 Palm Springs, at 12 Elm Road, Unit 5",
       "address [Main Street] address [12 Elm Road, Unit 5] address [Elm Road] "},
      {"en", "In 2019 Palm Springs Street was hot, apt 4B on 22 Oak Street.",
       "address [2019 Palm Springs Street] address [Palm Springs Street] address [apt 4B] "
       "address [22 Oak Street] address [Oak Street] "},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Rendered(detector_->Find(c.text, c.language), c.text), c.findings) << c.text;
  }
}

}  // namespace
}  // namespace amparo::redaction
