// Labels on the map's frame for places of the visible moves that lie outside it: an arrow
// pointing toward the place and its name. Hidden while the map moves (see movement.css);
// the list under the map names every move, so these are not read out. Where an edge cannot
// hold every name, one small label ("9 places", the names in its tooltip) stands for them:
// a box of every name covered the sites near that edge on a phone.
import { movementStrings } from '../i18n/movement-strings';
import type { EdgeLabel } from './use-move-arcs';

export function MoveEdgeLabels({ labels }: { labels: readonly EdgeLabel[] }) {
  return (
    <div className="move-edge-labels" aria-hidden="true" data-testid="move-edge-labels">
      {labels.map((label) => (
        <span
          key={label.siteId}
          className="move-edge-label"
          data-site-id={label.siteId}
          style={{ insetInlineStart: `${label.x}px`, insetBlockStart: `${label.y}px` }}
          title={movementStrings.edgeArrow(label.name)}
        >
          <span className="move-edge-arrow" style={{ rotate: `${label.angle}deg` }}>
            ↑
          </span>
          {label.mergedNames ? movementStrings.edgeMerged(label.mergedNames.length) : label.name}
        </span>
      ))}
    </div>
  );
}
