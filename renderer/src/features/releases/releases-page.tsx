import { useCallback, useState } from 'react';
import { navigate, useRoute } from '../../app/navigation';
import { NewRelease } from './new-release';
import { ReleaseEditor } from './release-editor';
import { ReleaseList } from './release-list';

/** `#/releases` lists, `#/releases/new` asks for a title and language, `#/releases/<id>` edits. */
export function ReleasesPage() {
  const route = useRoute();
  // The release just created gets the caret in its body, ready for typing.
  const [justCreated, setJustCreated] = useState<number | null>(null);
  const openNew = useCallback(() => void navigate({ page: 'releases', record: 'new' }), []);
  if (route.record === 'new') return <NewRelease onCreated={setJustCreated} />;
  if (typeof route.record === 'number')
    return <ReleaseEditor key={route.record} id={route.record} focusBody={justCreated === route.record} />;
  return <ReleaseList onNew={openNew} />;
}
