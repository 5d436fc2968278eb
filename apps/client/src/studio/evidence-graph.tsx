import type { ChainNode, Chains } from './outline.js';
import { t } from './words.js';

/** The graph's measures, in its own units (the drawing scales to the panel's width). */
const BOX = { width: 180, height: 40, column: 230, row: 56, margin: 8 } as const;
/** How many letters of a name a box shows; the whole name is the box's title, and in the list below. */
const SHOWN = 24;

const shorten = (name: string) => (name.length > SHOWN ? `${name.slice(0, SHOWN - 1)}…` : name);

/** Each box's place: its column by depth, its row in order of the draft within the column. */
function layout(nodes: readonly ChainNode[]) {
  const rows = new Map<number, number>();
  const places = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const row = rows.get(node.depth) ?? 0;
    rows.set(node.depth, row + 1);
    places.set(node.key, { x: BOX.margin + node.depth * BOX.column, y: BOX.margin + row * BOX.row });
  }
  const columns = Math.max(0, ...nodes.map((node) => node.depth)) + 1;
  const height = Math.max(1, ...rows.values());
  return {
    places,
    width: BOX.margin * 2 + (columns - 1) * BOX.column + BOX.width,
    height: BOX.margin * 2 + (height - 1) * BOX.row + BOX.height,
    columns,
  };
}

/**
 * The evidence chains drawn as a graph: columns from what the teams can start from to what
 * obtaining it reveals, an arrow from each item to what it reveals; evidence items in square
 * boxes, facts in rounded dashed ones (the legend says so: the outline, not a colour, tells
 * them apart). Each box is a button that goes to its line; the arrows are drawn beneath, for the
 * eye only (the list beside says in words what each item reveals). Drawn left to right in every
 * language, as a timeline is; the names inside keep their own direction.
 */
export function EvidenceGraph({ chains, onGo }: { chains: Chains; onGo: (line: number) => void }) {
  if (chains.nodes.length === 0) return null;
  const { places, width, height, columns } = layout(chains.nodes);
  const facts = chains.nodes.filter((node) => node.kind === 'fact').length;
  return (
    <figure class="studio-graph">
      <figcaption class="hint">
        {t('ui.studio.graph.label', { items: chains.nodes.length - facts, facts, steps: columns })}{' '}
        {t('ui.studio.graph.legend')}
      </figcaption>
      <div class="studio-graph-area" dir="ltr" style={{ width: `${width}px`, height: `${height}px` }}>
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
          <defs>
            <marker
              id="studio-arrow"
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="8"
              markerHeight="8"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" class="studio-graph-arrowhead" />
            </marker>
          </defs>
          {chains.edges.map(({ from, to }) => {
            const start = places.get(from);
            const end = places.get(to);
            if (!start || !end) return null;
            const x1 = start.x + BOX.width;
            const y1 = start.y + BOX.height / 2;
            const x2 = end.x;
            const y2 = end.y + BOX.height / 2;
            const bend = Math.max(20, (x2 - x1) / 2);
            return (
              <path
                key={`${from}>${to}`}
                class="studio-graph-edge"
                d={`M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`}
                marker-end="url(#studio-arrow)"
              />
            );
          })}
        </svg>
        {chains.nodes.map((node) => {
          const place = places.get(node.key);
          if (!place) return null;
          return (
            <button
              key={node.key}
              type="button"
              dir="auto"
              class={`studio-graph-node ${node.kind}`}
              style={{
                left: `${place.x}px`,
                top: `${place.y}px`,
                width: `${BOX.width}px`,
                height: `${BOX.height}px`,
              }}
              title={node.name}
              aria-label={t(node.kind === 'fact' ? 'ui.studio.graph.fact' : 'ui.studio.graph.item', {
                name: node.name,
              })}
              onClick={() => onGo(node.line)}
            >
              {shorten(node.name)}
            </button>
          );
        })}
      </div>
    </figure>
  );
}
