/**
 * The movie tool's records: the docs' Avatar record verbatim, plus a few more in the same shape
 * (TMDB's fields). Poster URLs are built from `poster_path` like the docs' example.
 */
export interface MovieRecord {
  adult: boolean;
  backdrop_path: string;
  genre_ids: number[];
  id: number;
  original_language: string;
  original_title: string;
  overview: string;
  popularity: number;
  poster_path: string;
  release_date: string;
  title: string;
  video: boolean;
  vote_average: number;
  vote_count: number;
}

/**
 * The real API answers with TMDB image URLs; the demo answers with a poster of its own (in
 * public/) so that a demo never makes the browser contact an outside host.
 */
export function demoPosterUrl(movie: Pick<MovieRecord, 'title'>): string {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  return `${origin}/demo-poster.svg?movie=${encodeURIComponent(movie.title)}`;
}

export const MOVIES: readonly MovieRecord[] = [
  {
    adult: false,
    backdrop_path: '/vL5LR6WdxWPjLPFRLe133jXWsh5.jpg',
    genre_ids: [28, 12, 14, 878],
    id: 19995,
    original_language: 'en',
    original_title: 'Avatar',
    overview:
      'In the 22nd century, a paraplegic Marine is dispatched to the moon Pandora on a unique mission, ' +
      'but becomes torn between following orders and protecting an alien civilization.',
    popularity: 124.836,
    poster_path: '/kyeqWdyUXW608qlYkRqosgbbJyK.jpg',
    release_date: '2009-12-15',
    title: 'Avatar',
    video: false,
    vote_average: 7.581,
    vote_count: 30747,
  },
  {
    adult: false,
    backdrop_path: '/hWcfnP8PvWsNxd7M3eDZzlmB0Gm.jpg',
    genre_ids: [10751, 18],
    id: 343674,
    original_language: 'de',
    original_title: 'Heidi',
    overview:
      'Orphaned Heidi is sent to live with her gruff grandfather in the Swiss Alps, then taken to ' +
      'Frankfurt as a companion for a girl who cannot walk.',
    popularity: 18.412,
    poster_path: '/4BFz4Bn6vlSS9Y5G7C3rzi2g5UM.jpg',
    release_date: '2015-12-10',
    title: 'Heidi',
    video: false,
    vote_average: 7.3,
    vote_count: 612,
  },
  {
    adult: false,
    backdrop_path: '/fNG7i7RqMErkcqhohV2a6cV1Ehy.jpg',
    genre_ids: [28, 878],
    id: 603,
    original_language: 'en',
    original_title: 'The Matrix',
    overview:
      'Set in the 22nd century, The Matrix tells the story of a computer hacker who joins a group of ' +
      'underground insurgents fighting the vast and powerful computers who now rule the earth.',
    popularity: 88.224,
    poster_path: '/f89U3ADr1oiB1s9GkdPOEpXUk5H.jpg',
    release_date: '1999-03-31',
    title: 'The Matrix',
    video: false,
    vote_average: 8.2,
    vote_count: 25512,
  },
  {
    adult: false,
    backdrop_path: '/9X7YweCJw3q8Mcf6GadxReFEksM.jpg',
    genre_ids: [35, 10749],
    id: 194,
    original_language: 'fr',
    original_title: 'Le Fabuleux Destin d’Amélie Poulain',
    overview:
      'At a tiny Parisian café, the adorable yet painfully shy Amélie accidentally discovers a ' +
      'gift for helping others.',
    popularity: 35.908,
    poster_path: '/nSxDa3M9aMvGVLoItzWTepQ5h5d.jpg',
    release_date: '2001-04-25',
    title: 'Amélie',
    video: false,
    vote_average: 7.9,
    vote_count: 11403,
  },
  {
    adult: false,
    backdrop_path: '/Ab8mkHmkYADjU7wQiOkia9BzGvS.jpg',
    genre_ids: [16, 10751, 14],
    id: 129,
    original_language: 'ja',
    original_title: '千と千尋の神隠し',
    overview:
      'A young girl, Chihiro, becomes trapped in a strange new world of spirits and must find a ' +
      'way to free her parents and return to the human world.',
    popularity: 92.507,
    poster_path: '/39wmItIWsg5sZMyRUHLkWBcuVCM.jpg',
    release_date: '2001-07-20',
    title: 'Spirited Away',
    video: false,
    vote_average: 8.5,
    vote_count: 16598,
  },
];

// Titles are looked up the way people type them: any case, with or without accents.
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .trim()
    .toLowerCase();

export function findMovie(name: string): MovieRecord | undefined {
  const wanted = fold(name);
  return MOVIES.find((m) => fold(m.title) === wanted || fold(m.original_title) === wanted);
}
