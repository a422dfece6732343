import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { skpEditPath } from './routes.js';

/** An employee's name in the SKP list, opening their SKP to edit and rate it. */
export const SkpEditLink = ({ id, name }: { id: string; name: string }) => (
  <Anchor component={Link} to={skpEditPath(id)}>
    {name}
  </Anchor>
);
