import { useQuery } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { toolQueries } from '@/api/queries/tools';
import type { Movie } from '@/api/types';
import { cardClass } from '../ui/class-names';
import { LoadingState, NotSet } from '../ui/empty-state';
import { ErrorPanel } from '../ui/error-panel';
import { ExplorerLink } from '../ui/explorer-link';
import { LookupForm, type LookupParse, useLookup } from '../ui/lookup-form';
import { PageHeader } from '../ui/page-header';
import { TOOLS_CRUMB, ToolsSectionNav } from './section-nav';

const parseTitle: LookupParse = (typed) =>
  typed.trim() ? { value: typed.trim() } : { error: 'Enter a movie title' };

/** GET /v1/tools/media/movie/{name} and its poster (#43); the name lives in the URL. */
export function MoviePage({ name, onNameChange }: { name: string; onNameChange: (name: string) => void }) {
  const lookup = useLookup(name, parseTitle, onNameChange);
  return (
    <>
      <PageHeader
        title="Movie lookup"
        description="A film’s record and poster, by its title."
        crumbs={[TOOLS_CRUMB]}
        explorer={<ExplorerLink endpoint={endpoint('movie.get')} />}
      />
      <ToolsSectionNav />
      <LookupForm
        {...lookup}
        formLabel="Movie lookup"
        submitLabel="Look up"
        label="Title"
        hint="The title as released, e.g. Avatar or Heidi"
      />
      {name && <MovieResult key={name} name={name} />}
    </>
  );
}

function MovieResult({ name }: { name: string }) {
  const movie = useQuery(toolQueries.movie(name));
  if (movie.isPending) return <LoadingState label={`Looking up “${name}”…`} />;
  if (movie.isError) {
    const notFound = isApiError(movie.error) && movie.error.status === 404;
    return (
      <ErrorPanel
        error={movie.error}
        title={notFound ? `No movie called “${name}”` : 'The lookup failed'}
        onRetry={notFound ? undefined : () => void movie.refetch()}
      >
        {notFound && (
          <p className="mt-2">
            The API looks the title up as written (letter case aside), not by keywords: try the title as
            released, or its original title.
          </p>
        )}
      </ErrorPanel>
    );
  }
  return <MovieCard name={name} movie={movie.data} />;
}

function MovieCard({ name, movie }: { name: string; movie: Movie }) {
  const poster = useQuery(toolQueries.poster(name));
  const year = movie.release_date?.slice(0, 4);
  return (
    <article className={`${cardClass} flex max-w-3xl flex-col gap-4 p-4 sm:flex-row`}>
      <div className="w-40 shrink-0">
        {poster.isPending ? (
          <LoadingState label="Loading poster…" />
        ) : poster.isError ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No poster ({isApiError(poster.error) ? poster.error.status : 'error'}).
          </p>
        ) : (
          <img src={poster.data} alt={`Poster of ${movie.title}`} className="w-40 rounded-md" />
        )}
        <p className="mt-1 text-xs">
          <ExplorerLink endpoint={endpoint('movie.poster')} />
        </p>
      </div>
      <div className="min-w-0 space-y-2">
        <h2 className="text-xl font-semibold text-slate-900 dark:text-slate-50">
          {movie.title}{' '}
          {year && <span className="font-normal text-slate-600 dark:text-slate-400">({year})</span>}
        </h2>
        {movie.original_title && movie.original_title !== movie.title && (
          <p className="text-sm text-slate-600 dark:text-slate-400">Original title: {movie.original_title}</p>
        )}
        <p className="text-sm text-slate-800 dark:text-slate-200">
          {movie.overview || <NotSet>No overview</NotSet>}
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Rating:{' '}
          {movie.vote_average != null ? (
            <>
              <strong>{Number(movie.vote_average).toFixed(1)}</strong> / 10
              {movie.vote_count != null && ` from ${new Intl.NumberFormat().format(movie.vote_count)} votes`}
            </>
          ) : (
            <NotSet />
          )}
        </p>
      </div>
    </article>
  );
}
