import { useQuery } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { toolQueries } from '@/api/queries/tools';
import type { Movie } from '@/api/types';
import { cardClass } from '@/features/ui/class-names';
import { LoadingState, NotSet } from '@/features/ui/empty-state';
import { ErrorPanel } from '@/features/ui/error-panel';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { LookupForm, type LookupParse, useAskAgainIfFailed, useLookup } from '@/features/ui/lookup-form';
import { PageHeader } from '@/features/ui/page-header';
import { formatNumber, i18n, params, useMessages } from '@/i18n';
import { ToolsSectionNav, useToolsCrumb } from './section-nav';

const messages = i18n('tools/movie-page', {
  enterTitle: 'Enter a movie title',
  title: 'Movie lookup',
  description: 'A film’s record and poster, by its title.',
  submit: 'Look up',
  titleField: 'Title',
  hint: 'The title as released, e.g. Avatar or Heidi',
  lookingUp: params<{ name: string }>('Looking up “{name}”…'),
  notFound: params<{ name: string }>('No movie called “{name}”'),
  failed: 'The lookup failed',
  notFoundText:
    'The API looks the title up as written (letter case aside), not by keywords: try the title as released, or its original title.',
  loadingPoster: 'Loading poster…',
  noPoster: params<{ status: string }>('No poster ({status}).'),
  posterError: 'error',
  poster: params<{ title: string }>('Poster of {title}'),
  originalTitle: params<{ title: string }>('Original title: {title}'),
  noOverview: 'No overview',
  rating: 'Rating:',
  votes: params<{ votes: string }>('from {votes} votes'),
});

// Read when the lookup is checked, so the refusal is in the current language.
const parseTitle: LookupParse = (typed) =>
  typed.trim() ? { value: typed.trim() } : { error: messages.get().enterTitle };

/** GET /v1/tools/media/movie/{name} and its poster (#43); the name lives in the URL. */
export function MoviePage({ name, onNameChange }: { name: string; onNameChange: (name: string) => void }) {
  const t = useMessages(messages);
  const crumb = useToolsCrumb();
  const again = useAskAgainIfFailed(name ? toolQueries.movie(name).queryKey : null);
  const lookup = useLookup(name, parseTitle, onNameChange, { again });
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        crumbs={[crumb]}
        explorer={<ExplorerLink endpoint={endpoint('movie.get')} params={name ? { name } : undefined} />}
      />
      <ToolsSectionNav />
      <LookupForm {...lookup} formLabel={t.title} submitLabel={t.submit} label={t.titleField} hint={t.hint} />
      {name && <MovieResult key={name} name={name} />}
    </>
  );
}

function MovieResult({ name }: { name: string }) {
  const t = useMessages(messages);
  const movie = useQuery(toolQueries.movie(name));
  if (movie.isPending) return <LoadingState label={t.lookingUp({ name })} />;
  if (movie.isError) {
    const notFound = isApiError(movie.error) && movie.error.status === 404;
    return (
      <ErrorPanel
        error={movie.error}
        title={notFound ? t.notFound({ name }) : t.failed}
        onRetry={notFound ? undefined : () => void movie.refetch()}
      >
        {notFound && <p className="mt-2">{t.notFoundText}</p>}
      </ErrorPanel>
    );
  }
  return <MovieCard name={name} movie={movie.data} />;
}

function MovieCard({ name, movie }: { name: string; movie: Movie }) {
  const t = useMessages(messages);
  const poster = useQuery(toolQueries.poster(name));
  const year = movie.release_date?.slice(0, 4);
  return (
    <article className={`${cardClass} flex max-w-3xl flex-col gap-4 p-4 sm:flex-row`}>
      <div className="w-40 shrink-0">
        {poster.isPending ? (
          <LoadingState label={t.loadingPoster} />
        ) : poster.isError ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t.noPoster({ status: isApiError(poster.error) ? String(poster.error.status) : t.posterError })}
          </p>
        ) : (
          <img src={poster.data} alt={t.poster({ title: movie.title })} className="w-40 rounded-md" />
        )}
        <p className="mt-1 text-xs">
          <ExplorerLink endpoint={endpoint('movie.poster')} params={{ name }} />
        </p>
      </div>
      <div className="min-w-0 space-y-2">
        <h2 className="text-xl font-semibold text-slate-900 dark:text-slate-50">
          {movie.title}{' '}
          {year && <span className="font-normal text-slate-600 dark:text-slate-400">({year})</span>}
        </h2>
        {movie.original_title && movie.original_title !== movie.title && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t.originalTitle({ title: movie.original_title })}
          </p>
        )}
        <p className="text-sm text-slate-800 dark:text-slate-200">
          {movie.overview || <NotSet>{t.noOverview}</NotSet>}
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t.rating}{' '}
          {movie.vote_average != null ? (
            <>
              <strong>
                {formatNumber(Number(movie.vote_average), {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 1,
                })}
              </strong>{' '}
              / 10
              {movie.vote_count != null && ` ${t.votes({ votes: formatNumber(movie.vote_count) })}`}
            </>
          ) : (
            <NotSet />
          )}
        </p>
      </div>
    </article>
  );
}
