/**
 * Names for generated users: Swiss, German, French, Italian and a few from elsewhere, with the
 * umlauts, accents, apostrophes and hyphens a directory has to get right in DNs.
 */
// Packed ten a line, split once at load: keeps the list easy to read and audit.
const unpack = (packed: string): string[] => packed.split(/\s*[,\n]\s*/).filter((name) => name !== '');

export const LAST_NAMES: readonly string[] = unpack(`
Müller, Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer
Gerber, Brunner, Baumann, Frei, Zimmermann, Moser, Widmer, Wyss, Graf, Roth
Suter, Baumgartner, Bachmann, Studer, Bühler, Kälin, Lüthi, Hofmann, Zürcher, Hürlimann
Frey, Marti, Sutter, Kunz, Wenger, Bühl, Rüegg, Märki, Stöckli, Würgler
Favre, Rochat, Dufour, Bonvin, Perrin, Chevalley, Morand, Girard, Mercier, Rey
Bernasconi, Rossi, Bianchi, Ferrari, Pedrazzini, Galli, Colombo, Lombardi, Fontana, Bottani
Nguyen, Çelik, Yılmaz, Kovačević, Novak, da Silva, Pereira, Haddad, Okafor, Andersson
d’Arcy, O’Neill, Meier-Schäfer, von Gunten, de Montmollin, Ammann, Aebischer, Jäggi, Schürch, Zbinden
Gasser, Imhof, Bieri, Egli, Vogt, Hess, Schäfer, Lehmann, Koch, Ott
Walther, Berger, Vonlanthen, Tschanz, Gygax, Flückiger, Blaser, Röthlisberger, Nussbaum, Kühne
`);

export const FIRST_NAMES: readonly string[] = unpack(`
Kevin, Jürg, Zoë, Anna-Lena, Jean-Luc, Chiara, Beat, Thi Mai, Siobhán, Lea
Noah, Mia, Liam, Emma, Luca, Sofia, Matteo, Lina, Elias, Lara
Léon, Chloé, Gabriel, Amélie, Louis, Léa, Noé, Manon, Théo, Inès
Ursula, Hansruedi, Regula, Urs, Priska, Reto, Ruth, Köbi, Verena, Ueli
François, Hélène, Jérôme, Mathilde, Loïc, Aurélie, Cédric, Océane, Raphaël, Zoé
Giulia, Alessandro, Francesca, Lorenzo, Martina, Federico, Giorgia, Davide, Sara, Nicolò
Emre, Ayşe, Dragan, Mirela, João, Ana, Omar, Yasmin, Chidi, Sven
Maximilian, Theresia, Jörg, Katrin, Dominik, Sabine, Stefan, Monika, Andreas, Claudia
Marco, Nadia, Patrick, Simone, Fabian, Corinne, Adrian, Tamara, Dario, Jasmin
Pascal, Daniela, Roman, Nicole, Samuel, Melanie, Florian, Seraina, Gian-Andrea, Flurina
`);

const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ç: 'c',
  ı: 'i',
  ş: 's',
};

/** `Jürg Müller` → `juerg.mueller`, the local part companies give their mail addresses. */
export function mailLocalPart(firstname: string, lastname: string): string {
  const clean = (s: string) =>
    s
      .toLowerCase()
      .replace(/[äöüßçış]/g, (ch) => TRANSLITERATION[ch] ?? ch)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9-]+/g, '');
  return `${clean(firstname)}.${clean(lastname)}`;
}
