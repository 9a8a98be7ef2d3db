import { createFileRoute } from '@tanstack/react-router';
import { MoviePage } from '@/features/tools/movie-page';
import { searchRoute, textWithDefault } from '@/routes/-search';

export const Route = createFileRoute('/_app/tools/movie')({
  ...searchRoute({ name: textWithDefault('') }),
  component: function MovieRoute() {
    const { name } = Route.useSearch();
    const navigate = Route.useNavigate();
    return <MoviePage name={name} onNameChange={(next) => navigate({ search: { name: next } })} />;
  },
});
