// The benchmark text of redaction_bench and redaction_diff: testimony-like
// paragraphs (invented) in Spanish, English, French and Haitian Creole,
// repeated up to a size, with the identifiers such text carries now and then.
// Header-only: each bench/*.cc is its own program.
#ifndef AMPARO_BENCH_TESTIMONY_TEXT_H_
#define AMPARO_BENCH_TESTIMONY_TEXT_H_

#include <cstddef>
#include <string>

#include "redaction/redactor.h"

namespace amparo::bench {

// What intake would list for the survivor of the benchmark text: the names,
// phone and case code planted in kParagraphs.
inline redaction::KnownIdentifiers TestimonyKnownIdentifiers() {
  redaction::KnownIdentifiers k;
  k.survivor_names = {"Yahir Mejía"};
  k.other_names = {"María Mejía", "Jesús Ramírez"};
  k.phones = {"+504 9876 5432"};
  k.case_codes = {"CAI-2025-0110"};
  return k;
}

// Testimony-like paragraphs (invented), Spanish, English, French and
// Haitian Creole, with the identifiers such text carries now and then.
inline const char* const kParagraphs[] = {
    "Me llamo Yahir Mejía y salí de San Pedro Sula con mi mamá porque la pandilla nos cobraba "
    "la renta del negocio. Cuando dejamos de pagar mataron a mi tío. Cruzamos Guatemala en bus y "
    "llegamos a Tapachula, donde pedimos refugio. Ahí esperamos meses sin trabajo.\n",
    "En Palenque nos subimos al tren. Un hombre que decía llamarse Chuy nos pidió 5,000 pesos por "
    "persona para seguir. Mi hermana tenía 15 años. Nos bajaron cerca de Coatzacoalcos y nos "
    "encerraron en una casa en la Calle Hidalgo 23, Col. Centro. Llamaban a mi prima al "
    "+504 9876-5432 para pedir más dinero.\n",
    "My name is Marie and I left Port-au-Prince after my husband was killed. We crossed ten "
    "countries. In the jungle of Darién a man took our passports. I was 32 when we arrived in "
    "Tijuana on March 12, 2021. My cousin wrote to me at marie.j@example.com every week.\n",
    "Je m'appelle Jean-Baptiste. J'ai quitté Haïti avec ma fille âgée de 7 ans. À Reynosa, des "
    "hommes armés nous ont enlevés et ont demandé une rançon à ma sœur. Ils l'appelaient chaque "
    "jour. Nous avons été libérés après trois semaines, sans nos papiers.\n",
    "Mwen te gen 17 an lè mwen kite lakay. Nou te mache anpil, nou pa t gen manje. Nan Tapachula "
    "yo te fè nou tann twa mwa pou papye yo. Kounye a m ap viv nan Meksik ak pitit mwen.\n",
    "Después de dos años en Ciudad de México encontré trabajo en una cocina. Todavía tengo miedo "
    "de que me encuentren; por eso no uso Facebook ni doy mi número. Mi expediente es el "
    "CAI-2025-0110 y mi CURP la tramité en marzo de 2024.\n",
};

inline std::string Testimony(size_t bytes) {
  std::string text;
  text.reserve(bytes + 1024);
  for (size_t i = 0; text.size() < bytes; ++i) {
    text += kParagraphs[i % (sizeof(kParagraphs) / sizeof(kParagraphs[0]))];
  }
  return text;
}

}  // namespace amparo::bench

#endif  // AMPARO_BENCH_TESTIMONY_TEXT_H_
