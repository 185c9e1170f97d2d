/**
 * A fluent test driver for drills, in the domain's words (after tldraw's `TestEditor`):
 *
 *   TestDrill.load('test/fixtures/tiny.yaml', { seed: 7 })
 *     .as('ana').ack().do('check-changes').jump()
 *     .page('infra').jump().do('fix-firewall').jump()
 *     .expectResolved().expectTime('55m');
 *
 * Every player step throws a readable error when the engine refuses it; `refuses()` asserts
 * the opposite. Durations are scenario durations (`30m`, `1h10m`) through `parseDuration`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import {
  createDrillSession,
  formatGameTime,
  formatProblem,
  loadScenario,
  parseDuration,
  replay,
  scoreDrill,
  toArray,
  type DrillContext,
  type DrillMachine,
  type DrillRecord,
  type DrillScore,
  type DrillSession,
  type JournalEvent,
  type ScenarioModel,
} from '../../src/engine/index.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every shipped scenario file (`scenarios/*.yaml`), sorted; found at test time so new files count. */
export const SHIPPED_SCENARIOS: readonly string[] = readdirSync(path.join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `scenarios/${f}`);

const loaded = new Map<string, { model: ScenarioModel; machine: DrillMachine }>();

/** Load a scenario file (relative to the repository root), once per test file. Throws on problems. */
export function loadModel(file: string): { model: ScenarioModel; machine: DrillMachine } {
  const cached = loaded.get(file);
  if (cached) return cached;
  const text = readFileSync(path.resolve(ROOT, file), 'utf8');
  const result = loadScenario(text, file);
  if (!result.ok)
    throw new Error(`${file} does not load:\n${result.problems.map(formatProblem).join('\n')}`);
  const entry = { model: result.model, machine: result.machine };
  loaded.set(file, entry);
  return entry;
}

/** Game milliseconds from `30m`-style text (numbers pass through). */
export const ms = (duration: string | number): number =>
  typeof duration === 'number' ? duration : parseDuration(duration);

export interface TestDrillOptions {
  seed?: number;
  /** Start at T+0 instead of at the detection alert. */
  atIncidentStart?: boolean;
}

export class TestDrill {
  readonly session: DrillSession;
  private who = 'responder';

  constructor(
    readonly model: ScenarioModel,
    options: TestDrillOptions & { machine?: DrillMachine } = {},
  ) {
    this.session = createDrillSession({
      scenario: model,
      seed: options.seed ?? 1,
      ...(options.machine ? { machine: options.machine } : {}),
      startAtDetection: !options.atIncidentStart,
    });
  }

  static load(file: string, options: TestDrillOptions = {}): TestDrill {
    const { model, machine } = loadModel(file);
    return new TestDrill(model, { ...options, machine });
  }

  static of(model: ScenarioModel, options: TestDrillOptions = {}): TestDrill {
    return new TestDrill(model, options);
  }

  // ── reading ──────────────────────────────────────────────────────────────────────
  get ctx(): DrillContext {
    return this.session.context();
  }
  get now(): number {
    return this.session.now();
  }
  get participant(): string {
    return this.who;
  }
  timeline(kind?: string) {
    const all = toArray(this.ctx.timeline);
    return kind ? all.filter((e) => e.kind === kind) : all;
  }
  score(par: number | null = null): DrillScore {
    return scoreDrill(this.model, this.ctx, { par, at: this.now });
  }
  record(): DrillRecord {
    return this.session.record();
  }
  replayed(): DrillSession {
    return replay(this.model, this.record());
  }

  // ── acting ───────────────────────────────────────────────────────────────────────
  /** Following player steps are taken by `participant`. */
  as(participant: string): this {
    this.who = participant;
    return this;
  }

  /** Send an event; throws a readable error when the engine refuses it. */
  send(event: JournalEvent): this {
    if (!this.session.send(event)) {
      const work = this.ctx.inFlight[this.who];
      const busy = work ? `; ${this.who} is busy with "${work.action}"` : '';
      throw new Error(
        `refused at ${formatGameTime(this.now)} (phase "${this.ctx.phase}"${busy}): ${JSON.stringify(event)}`,
      );
    }
    return this;
  }

  /** Assert the engine refuses `event` now (and that nothing is journaled). */
  refuses(event: JournalEvent): this {
    const before = this.session.journal.length;
    expect(this.session.send(event), `expected refusal of ${JSON.stringify(event)}`).toBe(false);
    expect(this.session.journal.length).toBe(before);
    return this;
  }

  ack(): this {
    return this.send({ type: 'player.acknowledge', participant: this.who });
  }
  do(action: string): this {
    return this.send({ type: 'player.start', participant: this.who, action });
  }
  cancel(): this {
    return this.send({ type: 'player.cancel', participant: this.who });
  }
  page(level: string): this {
    return this.send({ type: 'player.page', participant: this.who, level });
  }
  declare(hypothesis: string): this {
    return this.send({ type: 'player.declare', participant: this.who, hypothesis });
  }
  status(text: string): this {
    return this.send({ type: 'player.status', participant: this.who, text });
  }
  note(text: string): this {
    return this.send({ type: 'player.note', participant: this.who, text });
  }
  hint(): this {
    return this.send({ type: 'player.hint', participant: this.who });
  }
  inject(id: string): this {
    return this.send({ type: 'facilitator.inject', inject: id });
  }
  end(reason?: string): this {
    return this.send({ type: 'facilitator.end', ...(reason ? { reason } : {}) });
  }
  /** Facilitator skip (journaled). */
  skip(duration: string | number): this {
    this.session.skip(ms(duration));
    return this;
  }

  // ── time ─────────────────────────────────────────────────────────────────────────
  advance(duration: string | number): this {
    this.session.advanceBy(ms(duration));
    return this;
  }
  /** Move to game time `t` since incident start. */
  at(t: string | number): this {
    this.session.advanceTo(ms(t));
    return this;
  }
  /** Jump to the next scheduled completion, join or inject. Throws when nothing is scheduled. */
  jump(): this {
    if (!this.session.jumpToNext())
      throw new Error(`nothing is scheduled at ${formatGameTime(this.now)}`);
    return this;
  }
  /** Jump until the current participant's work is done. */
  finish(): this {
    while (this.ctx.inFlight[this.who] && !this.session.isOver()) this.jump();
    return this;
  }

  // ── expectations ─────────────────────────────────────────────────────────────────
  expectPhase(phase: string): this {
    expect(this.ctx.phase).toBe(phase);
    return this;
  }
  expectClue(clue: string): this {
    expect(Object.keys(this.ctx.clues)).toContain(clue);
    return this;
  }
  expectNoClue(clue: string): this {
    expect(Object.keys(this.ctx.clues)).not.toContain(clue);
    return this;
  }
  expectResolved(): this {
    expect(this.ctx.resolvedAt, 'resolvedAt').not.toBeNull();
    expect(this.session.snapshot().status).toBe('done');
    return this;
  }
  expectEnded(): this {
    expect(this.ctx.endedAt, 'endedAt').not.toBeNull();
    expect(this.session.snapshot().status).toBe('done');
    return this;
  }
  expectActive(): this {
    expect(this.session.isOver()).toBe(false);
    return this;
  }
  /** Game time now (since incident start). */
  expectTime(t: string | number): this {
    expect(formatGameTime(this.now)).toBe(formatGameTime(ms(t)));
    return this;
  }
  expectBusy(action: string | null): this {
    expect(this.ctx.inFlight[this.who]?.action ?? null).toBe(action);
    return this;
  }
}
