// Shows whichever evidence dialog the state asks for: the source reader, the page about
// the sources, or the list of disputed events.
import { useAtlasState } from '../state/store-context';
import { AboutSources } from './AboutSources';
import { DisputedView } from './DisputedView';
import { SourceReader } from './SourceReader';

export function EvidenceDialogs() {
  const reader = useAtlasState((state) => state.reader);
  const page = useAtlasState((state) => state.page);
  if (reader)
    return <SourceReader key={`${reader.sourceId}/${reader.passageId}`} target={reader} />;
  if (page === 'about') return <AboutSources />;
  if (page === 'disputed') return <DisputedView />;
  return null;
}
