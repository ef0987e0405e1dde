// Words that look like names but name something else: institutions named
// after someone, drugs and products, eponyms of clinical text. And names
// these rules must not lose.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

using Strings = std::vector<std::string>;

class NamesPrecisionTest : public NameDetectorFixture {};

// The words after "Hospital", "Fundación", "Escuela"... name the
// institution, not a person of the text; the words before it are judged as
// usual.
TEST_F(NamesPrecisionTest, InstitutionNamedAfterSomeone) {
  EXPECT_TRUE(Names("Me atendieron en el Hospital Gregorio Marañón y luego me fui.").empty());
  EXPECT_TRUE(Names("Estudié en la Escuela Benito Juárez de mi pueblo.").empty());
  EXPECT_TRUE(Names("Trabaja en la Fundación Jiménez Díaz desde enero.").empty());
  EXPECT_EQ(Names("Dr. Quorvaz Beltrán Hospital General Universitario Gregorio Marañón. Madrid."),
            Strings{"Quorvaz Beltrán"});
  // Joined by quotes, a particle or a title's period.
  EXPECT_TRUE(Names("Hospital Provincial Universitario 'Saturnino Lara Torres' de Cuba.").empty());
  EXPECT_TRUE(Names("Centro de Salud Las Calesas, consulta 3.").empty());
  EXPECT_TRUE(Names("Fue trasladado al Hospital Central Dr. Ignacio Morones Prieto ayer.").empty());
  EXPECT_TRUE(Names("Ingresó en el Hospital Ramón y Cajal de Madrid.").empty());
  // A person named next to the institution is still a person.
  EXPECT_EQ(Names("En el Hospital General me atendió Xiomara Quispe."), Strings{"Xiomara Quispe"});
}

TEST_F(NamesPrecisionTest, InstitutionRuleKeepsSurnamesAndStreets) {
  // "Iglesia" after a particle is a surname, and the name goes on.
  EXPECT_EQ(Names("Firmó el Dr. Juan de la Iglesia Pérez."), Strings{"Juan de la Iglesia Pérez"});
  // A number after the run: the last words are a street, judged as usual.
  EXPECT_FALSE(Names("Hospital Dr. Luis Sánchez Bulnes Vicente García Torres, 46. México").empty());
}

// Clinical text: a capitalized disease or test noun with its particle inside
// the run, more eponym nouns, products marked ® or ™ and the makers in their
// parentheses, drug and germ names by their endings.
TEST_F(NamesPrecisionTest, CapitalizedEponymNounInsideTheRun) {
  EXPECT_TRUE(Names("Se hizo cribado de Síndrome de Marfan a la hermana.").empty());
  EXPECT_TRUE(Names("Diagnóstico: Enfermedad de Castleman, variante hialina.").empty());
  EXPECT_TRUE(Names("Se confirmó con el Test de Hess-Lancaster ayer.").empty());
  EXPECT_TRUE(Names("Tenía un linfoma de Hodgkin y manchas de Bitot.").empty());
  EXPECT_TRUE(Names("Presentaba respiración de Kussmaul y un delirio de Capgras.").empty());
  // A person after such a noun with a title is a person.
  EXPECT_EQ(Names("La Escala de valoración la firmó el Dr. Quorvaz."), Strings{"Quorvaz"});
}

TEST_F(NamesPrecisionTest, TradeMarkedProductsAndMakers) {
  EXPECT_TRUE(Names("Inició tratamiento con adalimumab (Humira®) cada 15 días.").empty());
  EXPECT_TRUE(Names("Aciclovir tópico (Zovirax®, Glaxo Smith Kline) y oral.").empty());
  EXPECT_TRUE(Names("Implantes de titanio (Mozo-Grau®) de 3,75 mm.").empty());
  EXPECT_TRUE(Names("Prótesis (Mentor™, Johnson & Johnson, New Jersey) de 350 cc.").empty());
  // A name outside the parentheses is still found.
  EXPECT_EQ(Names("Xiomara Quispe recibió Humira® (adalimumab)."), Strings{"Xiomara Quispe"});
}

TEST_F(NamesPrecisionTest, DrugAndGermNamesByTheirEndings) {
  EXPECT_TRUE(Names("Se trató con Midazolam, Nalbufina y Talidomida.").empty());
  EXPECT_TRUE(Names("Recibió Bendamustina y Metilprednisolona; se aisló Enterobacter.").empty());
  EXPECT_TRUE(Names("Se pautó Enalapril, Trimetoprim y Clonacepam por la noche.").empty());
  // Given names with those endings are listed and stay names.
  EXPECT_EQ(Names("Se habló con Valentina y con Guillermina ayer."),
            (Strings{"Valentina", "Guillermina"}));
}

// English text: a language or nationality is no name though a surname list
// has it ("English", "French"), except after a given name or a title.
TEST_F(NamesPrecisionTest, LanguagesAndNationalitiesInEnglish) {
  EXPECT_TRUE(Names("He was studying English and journalism in Nice.", "en").empty());
  EXPECT_TRUE(Names("There's this nice new English place downtown.", "en").empty());
  EXPECT_EQ(Names("We watched Dawn French on TV.", "en"), Strings{"Dawn French"});
  EXPECT_EQ(Names("Ms. English called me.", "en"), Strings{"English"});
}

// The partners named before a company suffix, after an article too, and the
// model may not add them back.
TEST_F(NamesPrecisionTest, CompanyPartnersAfterAnArticle) {
  EXPECT_TRUE(Names("The Clark, Romero and Hall Orchestra was founded in 1990.", "en").empty());
  EXPECT_TRUE(Names("The Jones, Smith and Davis Orchestra was founded in 1990.", "en").empty());
  EXPECT_EQ(Names("The band of Xiomara Quispe was founded in 1990.", "en"),
            Strings{"Xiomara Quispe"});
}

// An ordinary word opening a "de" phrase after two words of a name is a
// post or a department ("Jefe de", "Sección de"); names with particles stay.
TEST_F(NamesPrecisionTest, PostOrDepartmentAfterAName) {
  EXPECT_EQ(Names("Dr. Juan Ramón Delgado Pérez Jefe de la Unidad de Oncología Médica"),
            Strings{"Juan Ramón Delgado Pérez"});
  EXPECT_EQ(Names("Remitido por: Dra. Aida Rico Arrastia Sección de Cirugía General"),
            Strings{"Aida Rico Arrastia"});
  EXPECT_EQ(Names("Médico: Victoria Fuentelsaz del Barrio. Consulta 3."),
            Strings{"Victoria Fuentelsaz del Barrio"});
  EXPECT_EQ(Names("Firmó la Sra. María Blanco de la Fuente ayer."),
            Strings{"María Blanco de la Fuente"});
}

// French local news: the town before an item's headline in capitals is a
// place, saint's compound or not; a name in the headline is still read.
TEST_F(NamesPrecisionTest, SaintTownBeforeAHeadline) {
  const Strings found =
      Names("Il s'est enfoncé deux côtes . Saint-Broladre TOMBE D' UN CERISIER . Hier", "fr");
  for (const std::string& name : found) {
    EXPECT_EQ(name.find("Saint"), std::string::npos) << name;
    EXPECT_EQ(name.find("Broladre"), std::string::npos) << name;
  }
}

// A particle flagged inside a name ("M. De Souza") is not flagged alone at
// its other capitalized mentions.
TEST_F(NamesPrecisionTest, ParticlesAreNotPropagated) {
  const Strings found =
      Names("Muni des sacrements de l' Egiisa De la part de Moniiaar. M. De Souza est venu.", "fr");
  EXPECT_NE(std::find(found.begin(), found.end(), "De Souza"), found.end());
  for (const std::string& name : found) EXPECT_NE(name, "Egiisa De");
  for (const std::string& name : found) EXPECT_NE(name, "De");
}

// The ordinary words taken as surnames after a two-word name are never
// function words ("Miley Cyrus Has A Stalker").
TEST_F(NamesPrecisionTest, NoFunctionWordAsSurname) {
  EXPECT_EQ(Names("OMG ! Miley Cyrus Has A 14-Year-Old Stalker !", "en"), Strings{"Miley Cyrus"});
  EXPECT_EQ(Names("Henar Heras Mulero llegó ayer.", "es"), Strings{"Henar Heras Mulero"});
}

// Clinical eponyms used as words (data/medical_eponyms.txt), outside English
// text; a title or a given name before one still makes it a name.
TEST_F(NamesPrecisionTest, ClinicalEponymsUsedAsWords) {
  EXPECT_TRUE(Names("Se realizó una ecografía Doppler; Romberg negativo, Gleason 7.").empty());
  EXPECT_TRUE(Names("Paciente con Alzheimer moderado y linfoma no Hodgkin.").empty());
  EXPECT_EQ(Names("Lo atendió el Dr. Doppler en la consulta."), Strings{"Doppler"});
  EXPECT_EQ(Names("Firmó Ana Gleason ayer."), Strings{"Ana Gleason"});
}

// A range or a score after a comma is no age ("(EVA, 7-8)"); an age still is.
TEST_F(NamesPrecisionTest, ScoreIsNoAge) {
  EXPECT_TRUE(Names("Con regular control de dolor (EVA, 7-8) tras el estudio.").empty());
  EXPECT_EQ(Names("Llegó EVA, 42 años, desde Honduras."), Strings{"EVA"});
}

// French lists of births and deaths whose commas OCR lost: after a place
// preposition, a word of no given-name list before a given name is the
// person's town; the name starts at the given name.
TEST_F(NamesPrecisionTest, TownBeforeAGivenNameAfterAPreposition) {
  EXPECT_EQ(Names("Décès . Jean Martin , 40 ans , à Cocanquis Yvonne Perrot , 21 ans .", "fr"),
            (Strings{"Jean Martin", "Yvonne Perrot"}));
  // A given name first is all name.
  EXPECT_EQ(Names("Il parla à Yvonne Perrot hier .", "fr"), Strings{"Yvonne Perrot"});
  // Spanish writes surnames first after a preposition: no town there.
  EXPECT_EQ(Names("Fue atendido por Blanco María en la consulta.", "es"),
            Strings{"Blanco María"});
}

// English: a place or venue word ending a run ("Fayette County", "Luna
// Lounge") names a place, not a person; a word that is a surname too, or a
// street's suffix, does not count.
TEST_F(NamesPrecisionTest, EnglishPlaceAndVenueSuffixes) {
  EXPECT_TRUE(Names("Gotta love the bumper stickers of Fayette County : ever wonder", "en").empty());
  EXPECT_TRUE(Names("Every Saturday night Casitas presents Luna Lounge , the best", "en").empty());
  EXPECT_TRUE(Names("We landed at Long Island Mac Arthur Airport , NY", "en").empty());
  EXPECT_EQ(Names("We waited for Xiomara Quispe at the museum", "en"), Strings{"Xiomara Quispe"});
}

}  // namespace
}  // namespace amparo::redaction
