import Phaser from 'phaser';
import type { BoardModel, BoardToken, TokenShape } from './model.js';

/**
 * The board: countries as coloured regions with their name and local time, requests as tokens
 * (shaped by kind) flying from sender to recipient, evidence as dots with a ring that empties
 * as its deletion nears, suspects as a marker once located. It draws whatever `model()` returns
 * each frame; everything it shows is also in the panels, in words.
 *
 * It draws again only when `model()` hands it another object (or the board is resized): a screen
 * that returns the same model while nothing moves leaves the page still.
 *
 * For tests and tools, the host element carries `data-board-ready`, `data-board-frames` (frames
 * drawn), `data-board-tokens` and `data-board-smallest-text` (px), and `window.crossborderBoard`
 * is a read-only handle on the last model.
 */
interface BoardHandle {
  readonly ready: boolean;
  readonly frames: number;
  readonly model: BoardModel | null;
}

declare global {
  interface Window {
    crossborderBoard?: BoardHandle;
  }
}

const SHAPE_SIZE = 9;

function colour(hex: string): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return Number.isFinite(value) ? value : 0x555555;
}

class BoardScene extends Phaser.Scene {
  private graphics!: Phaser.GameObjects.Graphics;
  private labels = new Map<string, Phaser.GameObjects.Text>();
  private frames = 0;
  private last: BoardModel | null = null;
  /** The size the picture was last drawn at. */
  private drawnAt = '';

  constructor(
    private readonly host: HTMLElement,
    private readonly model: () => BoardModel | null,
  ) {
    super({ key: 'board' });
  }

  create(): void {
    this.graphics = this.add.graphics();
    const frames = () => this.frames;
    const last = () => this.last;
    window.crossborderBoard = Object.freeze({
      get ready() {
        return frames() > 0;
      },
      get frames() {
        return frames();
      },
      get model() {
        return last();
      },
    } satisfies BoardHandle);
  }

  override update(): void {
    const model = this.model();
    // The same model as last frame (a screen that hands out one while nothing moves, such as the
    // team screen with the clock paused) and the same size: the picture stands, nothing to redraw.
    // Phaser also announces a "resize" twice a second when the host's size is fractional, so the
    // size itself is compared, not the event.
    const size = `${this.scale.width}x${this.scale.height}`;
    if (this.frames > 0 && model === this.last && size === this.drawnAt) return;
    this.drawnAt = size;
    this.last = model;
    this.graphics.clear();
    if (model) this.draw(model);
    this.frames += 1;
    if (this.frames === 1) {
      this.host.dataset.boardReady = 'true';
      // Milliseconds from the page's navigation to the first board frame (bench:client reads it).
      this.host.dataset.boardFirstFrameMs = String(Math.round(performance.now()));
    }
    if (this.frames % 10 === 1) {
      this.host.dataset.boardFrames = String(this.frames);
      this.host.dataset.boardTokens = String(model?.tokens.length ?? 0);
    }
  }

  private draw(model: BoardModel): void {
    const { width, height } = this.scale;
    const size = Math.min(width, height);
    // Text grows with the board; a team's smaller board keeps 15 and 12 px. On the projector
    // (the big board) names and times are read from the back of the room: 24 px and more.
    const text = Math.max(this.host.classList.contains('big') ? 2 : 1, size / 420);
    // Positions are inset so that circles and their labels stay on the board; the radius fits
    // the closest pair of countries, so that six countries never overlap.
    const LABEL = 24 * text;
    // The smallest text drawn (the local times), for tests: a canvas has no computed font size.
    const smallest = String(Math.round(12 * text));
    if (this.host.dataset.boardSmallestText !== smallest) this.host.dataset.boardSmallestText = smallest;
    const place = (pad: number) =>
      new Map(
        model.countries.map((country) => [
          country.id,
          { x: pad + country.x * (width - 2 * pad), y: pad + country.y * (height - 2 * pad) },
        ]),
      );
    const closestPair = (points: { x: number; y: number }[]) => {
      let closest = Number.POSITIVE_INFINITY;
      for (const [index, a] of points.entries())
        for (const b of points.slice(index + 1))
          closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
      return closest;
    };
    const largest = size * 0.11;
    const first = place(largest + LABEL);
    const radius = Math.max(16, Math.min(largest, closestPair([...first.values()]) * 0.42));
    const where = place(radius + LABEL);
    const seen = new Set<string>();
    const g = this.graphics;

    for (const country of model.countries) {
      const point = where.get(country.id);
      if (!point) continue;
      g.fillStyle(colour(country.color), 0.22);
      g.fillCircle(point.x, point.y, radius);
      g.lineStyle(3, colour(country.color), 1);
      g.strokeCircle(point.x, point.y, radius);
      const name = Math.round(15 * text);
      this.label(
        `country:${country.id}`,
        point.x,
        point.y - radius - name - 3,
        country.name,
        name,
        seen,
        '#1a202c',
      );
      this.label(
        `time:${country.id}`,
        point.x,
        point.y + radius + 4,
        country.localTime,
        Math.round(12 * text),
        seen,
        '#4a5568',
      );
    }

    // Evidence: a dot in its country, its ring the share of life left (a preserved item has a square).
    const perCountry = new Map<string, number>();
    for (const item of model.evidence) {
      const point = where.get(item.country);
      if (!point) continue;
      const index = perCountry.get(item.country) ?? 0;
      perCountry.set(item.country, index + 1);
      const angle = (index * Math.PI) / 3;
      const x = point.x + Math.cos(angle) * radius * 0.55;
      const y = point.y + Math.sin(angle) * radius * 0.55;
      g.fillStyle(item.lost ? 0x9b2c2c : 0x2d3748, 1);
      if (item.preserved) g.fillRect(x - 4, y - 4, 8, 8);
      else g.fillCircle(x, y, 4);
      if (item.left !== null) {
        g.lineStyle(3, item.left < 0.2 ? 0xc53030 : 0x2f855a, 1);
        g.beginPath();
        g.arc(x, y, 9, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * item.left, false);
        g.strokePath();
      }
    }

    for (const suspect of model.suspects) {
      const point = where.get(suspect.country);
      if (!point) continue;
      const x = point.x;
      const y = point.y - radius * 0.45;
      g.fillStyle(suspect.inCustody ? 0x553c9a : 0x1a202c, 1);
      g.fillTriangle(x, y - 8, x - 7, y + 6, x + 7, y + 6);
      this.label(`suspect:${suspect.id}`, x, y + 8, suspect.alias, 11, seen, '#1a202c');
    }

    for (const token of model.tokens) this.token(token, where, radius);

    for (const [key, text] of this.labels) {
      if (!seen.has(key)) {
        text.destroy();
        this.labels.delete(key);
      }
    }
  }

  private token(token: BoardToken, where: Map<string, { x: number; y: number }>, radius: number): void {
    const from = where.get(token.from);
    const to = where.get(token.to);
    if (!from || !to) return;
    const g = this.graphics;
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    // Tokens travel between the rims; arrived ones wait just inside the recipient's rim.
    const start = { x: from.x + (dx / length) * radius, y: from.y + (dy / length) * radius };
    const end = { x: to.x - (dx / length) * radius * 0.8, y: to.y - (dy / length) * radius * 0.8 };
    if (token.progress < 1) {
      g.lineStyle(1, 0xa0aec0, 0.8);
      g.lineBetween(start.x, start.y, end.x, end.y);
    }
    const x = start.x + (end.x - start.x) * token.progress;
    const y = start.y + (end.y - start.y) * token.progress;
    const done = ['executed', 'partially-executed', 'refused', 'withdrawn', 'no-longer-needed'].includes(
      token.status,
    );
    g.fillStyle(done ? 0xa0aec0 : 0x2b6cb0, 1);
    drawShape(g, token.shape, x, y, SHAPE_SIZE);
  }

  private label(
    key: string,
    x: number,
    y: number,
    text: string,
    size: number,
    seen: Set<string>,
    color: string,
  ): void {
    seen.add(key);
    let label = this.labels.get(key);
    if (!label) {
      label = this.add.text(x, y, text, {
        fontFamily: 'system-ui, sans-serif',
        fontSize: `${size}px`,
        color,
        // The labels are in the seat's language (kind names, local times): Arabic's are drawn right to left.
        rtl: document.documentElement.dir === 'rtl',
      });
      label.setOrigin(0.5, 0);
      this.labels.set(key, label);
    }
    if (label.text !== text) label.setText(text);
    // The board was resized: the text with it.
    if (label.style.fontSize !== `${size}px`) label.setFontSize(size);
    label.setPosition(x, y);
  }
}

function drawShape(g: Phaser.GameObjects.Graphics, shape: TokenShape, x: number, y: number, s: number): void {
  if (shape === 'circle') g.fillCircle(x, y, s * 0.8);
  else if (shape === 'square') g.fillRect(x - s * 0.7, y - s * 0.7, s * 1.4, s * 1.4);
  else if (shape === 'triangle') g.fillTriangle(x, y - s, x - s, y + s * 0.8, x + s, y + s * 0.8);
  else {
    g.fillTriangle(x, y - s, x - s, y, x + s, y);
    g.fillTriangle(x, y + s, x - s, y, x + s, y);
  }
}

/**
 * Starts the board in `host`; it redraws from `model()` every frame and resizes with its host.
 * The resizing is ours, not Phaser's RESIZE mode: that mode compares the host's fractional size
 * (a 4:3 box 605 px wide is 453.75 px high) with the whole-pixel canvas twice a second, finds them
 * different every time and writes the canvas's size again, a DOM mutation on an idle page. Here the
 * canvas follows the host's whole-pixel size, and only when that changes.
 */
export function startBoard(host: HTMLElement, model: () => BoardModel | null): Phaser.Game {
  const size = () => ({
    width: Math.floor(host.clientWidth) || 640,
    height: Math.floor(host.clientHeight) || 400,
  });
  const first = size();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: host,
    backgroundColor: '#f7fafc',
    scale: { mode: Phaser.Scale.NONE, width: first.width, height: first.height },
    fps: { target: 30 },
    banner: false,
    scene: new BoardScene(host, model),
  });
  const observer = new ResizeObserver(() => {
    const next = size();
    if (next.width !== game.scale.width || next.height !== game.scale.height)
      game.scale.resize(next.width, next.height);
  });
  observer.observe(host);
  game.events.once(Phaser.Core.Events.DESTROY, () => observer.disconnect());
  return game;
}
