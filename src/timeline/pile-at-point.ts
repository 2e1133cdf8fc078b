// Marks on a crowded strip can lie on top of one another, so that a pointer reaches some of
// them nowhere. A click on such a pile lists every event under the pointer (the chooser in
// TimelinePileMenu.tsx); a click where each event under the pointer can also be reached on
// its own selects the top one, as any click does.

/**
 * The events whose pile a click should open, top first, given the events under the pointer
 * (top first) and whether a pointer can reach each of them on a spot of its own; null when
 * the click should simply choose the top one.
 */
export function pileToOpen(
  idsAtPoint: readonly string[],
  reachableAlone: (eventId: string) => boolean,
): readonly string[] | null {
  if (idsAtPoint.length < 2) return null;
  return idsAtPoint.slice(1).some((id) => !reachableAlone(id)) ? idsAtPoint : null;
}

/** The item drawn for an event (its content carries `data-event-id`), if any. */
function itemOf(root: HTMLElement, eventId: string): HTMLElement | null {
  for (const content of root.querySelectorAll<HTMLElement>('.vis-item [data-event-id]'))
    if (content.dataset.eventId === eventId) return content.closest<HTMLElement>('.vis-item');
  return null;
}

/** The events drawn at a point of the page inside `root`, top first, each once. */
export function eventsAtPoint(root: HTMLElement, x: number, y: number): string[] {
  const ids: string[] = [];
  for (const element of document.elementsFromPoint(x, y)) {
    const item = element.closest<HTMLElement>('.vis-item');
    if (!item || !root.contains(item)) continue;
    const id = item.querySelector<HTMLElement>('[data-event-id]')?.dataset.eventId;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Whether some spot of the event's item, inside the visible items' area, is on top. */
export function reachableAlone(root: HTMLElement, eventId: string): boolean {
  const item = itemOf(root, eventId);
  const area = root.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!item || !area) return false;
  const box = item.getBoundingClientRect();
  const y = box.top + box.height / 2;
  for (let x = Math.max(box.left, area.left) + 1; x < Math.min(box.right, area.right) - 1; x += 2) {
    const hit = document.elementFromPoint(x, y);
    if (hit && item.contains(hit)) return true;
  }
  return false;
}

/** The pile a click at (x, y) should open, or null (see `pileToOpen`). */
export function pileAtPoint(root: HTMLElement, x: number, y: number): readonly string[] | null {
  return pileToOpen(eventsAtPoint(root, x, y), (id) => reachableAlone(root, id));
}
