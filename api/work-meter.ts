/**
 * The work of one request, metered while its answer is built, so that no estimate error, slow
 * query text or vanished client can hold the process:
 * - every object and list item a resolver hands back is counted, with the characters of its
 *   strings; past the ceiling the request stops with ANSWER_TOO_LARGE (a 300 MB answer cannot be built);
 * - execution yields to the event loop every few milliseconds, so other requests, the time limit's
 *   timer and a client's disconnect are seen while a heavy query runs, compiled or not;
 * - once stopped (ceiling, time limit, client gone, heap near its limit), every resolver the
 *   request still calls throws at once instead of working, and the answer is that one error.
 * - an answer that grows past `heavyNodes` makes its request heavy: it waits for a place at the
 *   heavy gate (api/heavy-gate.ts) before it goes on, as a query estimated heavy waits before it runs.
 * The meter wraps the resolvers of the fields that return objects or lists (`meterSchema`); scalar
 * fields are read off objects already counted, so they cost nothing extra.
 */
import { getHeapStatistics } from 'node:v8';
import type { HeavyGate } from './heavy-gate.ts';
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';

export interface AnswerLimits {
  /** Objects and list items one answer may hold */
  maxNodes: number;
  /** Characters in the strings of those objects (their text, headings, ids…) */
  maxStringBytes: number;
  /** Longest stretch a request runs without letting the event loop turn, ms */
  yieldEveryMs: number;
  /** Heap used / heap limit above which a running request is stopped with OVERLOADED */
  heapStopRatio: number;
  /** Objects an answer may grow to before its request counts as heavy and waits for a place at the gate */
  heavyNodes: number;
}

/** Waiting resolvers of one request woken per turn of the event loop */
const WAKE_PER_TURN = 64;
/** Nodes counted between two looks at the heap */
const HEAP_CHECK_EVERY = 2000;

/**
 * How long one look at the heap serves, ms: reading the statistics costs microseconds, every request
 * estimated above the cheap cost asks (api/limits.ts), and the heap moves little in a millisecond.
 */
const HEAP_LOOK_MS = 1;
let heapLook = { at: -Infinity, ratio: 0 };

/** Heap used / heap limit, as of at most HEAP_LOOK_MS ago. */
export function heapRatio(): number {
  const now = performance.now();
  if (now - heapLook.at >= HEAP_LOOK_MS) {
    const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
    heapLook = { at: now, ratio: used / limit };
  }
  return heapLook.ratio;
}

export function overloaded(what: string): GraphQLError {
  return new GraphQLError(`The server is short of memory (${what}); try again shortly or ask for less`, {
    extensions: { code: 'OVERLOADED', http: { status: 503, headers: { 'retry-after': '1' } } },
  });
}

export class WorkMeter {
  nodes = 0;
  stringBytes = 0;
  /** Why the request was stopped; null while it may go on */
  stopped: GraphQLError | null = null;
  /** Whether the request is heavy: by its estimate (api/limits.ts) or by what it has built */
  heavy = false;
  /** The request's place at the heavy gate: asked for, or held */
  private gatePlace: Promise<void> | null = null;
  private holdsPlace = false;
  private finished = false;
  /** When the request's current slice began: its creation, or its last turn of the event loop */
  private sliceStart = performance.now();
  /** Resolvers waiting for the request's next turn, in order */
  private readonly waiting: (() => void)[] = [];
  private turnScheduled = false;
  private nextHeapCheck = HEAP_CHECK_EVERY;

  constructor(
    private readonly limits: AnswerLimits,
    private readonly gate: HeavyGate | null = null,
    signal?: AbortSignal,
  ) {
    if (signal?.aborted) this.stop(clientGone());
    else signal?.addEventListener('abort', () => this.stop(clientGone()), { once: true });
  }

  /** Stop the request: the first reason given is the one answered. */
  stop(reason: GraphQLError): void {
    this.stopped ??= reason;
  }

  /** Throws the reason the request was stopped, if it was. */
  check(): void {
    if (this.stopped) throw this.stopped;
  }

  /** Whether the request has used up its slice: time to let the event loop turn. */
  dueToYield(): boolean {
    return performance.now() - this.sliceStart >= this.limits.yieldEveryMs;
  }

  /**
   * Resolves on a later turn of the event loop, after pending I/O, timers and other requests'
   * slices. A turn wakes at most WAKE_PER_TURN of the request's waiting resolvers, in order: those
   * that find the new slice used up by the ones before them wait again, at the back, so a request
   * with thousands of pending resolvers costs each turn a bounded number of checks.
   */
  nextTurn(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      this.scheduleTurn();
    }).then(() => {
      this.check();
      if (this.dueToYield()) return this.nextTurn();
    });
  }

  private scheduleTurn(): void {
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      this.sliceStart = performance.now();
      // a stopped request's waiters only throw: wake them all
      for (const wake of this.waiting.splice(0, this.stopped ? this.waiting.length : WAKE_PER_TURN)) wake();
      if (this.waiting.length > 0) this.scheduleTurn();
    });
  }

  /** Resolves once the request holds a place at the heavy gate (at once without a gate). */
  enterGate(): Promise<void> {
    const gate = this.gate;
    if (!gate) return Promise.resolve();
    this.gatePlace ??= gate.acquire().then(() => {
      // the request may have ended while it waited: the place goes straight back
      if (this.finished) gate.release();
      else this.holdsPlace = true;
    });
    return this.gatePlace;
  }

  /** The request is over: its place at the gate, if it holds one, goes to the next. */
  leaveGate(): void {
    this.finished = true;
    if (this.holdsPlace) this.gate?.release();
    this.holdsPlace = false;
  }

  /** Whether the request has grown heavy and must wait for a place before it goes on. */
  mustEnterGate(): boolean {
    return this.gate !== null && !this.holdsPlace && this.nodes > this.limits.heavyNodes;
  }

  /** Count what a resolver handed back; throws once over the ceiling. */
  count(value: unknown): void {
    this.check();
    if (Array.isArray(value)) {
      this.nodes += value.length;
      for (const item of value) this.stringBytes += stringsIn(item);
    } else if (value !== null && value !== undefined) {
      this.nodes += 1;
      this.stringBytes += stringsIn(value);
    }
    if (this.nodes > this.limits.maxNodes || this.stringBytes > this.limits.maxStringBytes) this.stop(tooLarge(this.limits));
    else if (this.nodes >= this.nextHeapCheck) {
      this.nextHeapCheck = this.nodes + HEAP_CHECK_EVERY;
      if (heapRatio() > this.limits.heapStopRatio) this.stop(overloaded('the heap is near its limit'));
    }
    this.check();
  }
}

/**
 * Characters of a value's own strings (one level: nested objects are counted when resolved). Read with
 * for…in rather than Object.values, which makes an array for every object counted: the values are
 * plain objects of the model, with nothing enumerable inherited.
 */
function stringsIn(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  const fields = value as Record<string, unknown>;
  let total = 0;
  for (const key in fields) {
    const field = fields[key];
    if (typeof field === 'string') total += field.length;
  }
  return total;
}

function tooLarge(limits: AnswerLimits): GraphQLError {
  return new GraphQLError(
    `The answer grew past the server's ceiling of ${limits.maxNodes} objects or ${limits.maxStringBytes} characters of text; ask for less (fewer nested lists, a smaller page)`,
    { extensions: { code: 'ANSWER_TOO_LARGE', maxNodes: limits.maxNodes, maxStringBytes: limits.maxStringBytes } },
  );
}

function clientGone(): GraphQLError {
  return new GraphQLError('The client closed the connection', { extensions: { code: 'CLIENT_CLOSED_REQUEST' } });
}

/** What the metered resolvers need of the context. */
export interface MeteredContext {
  meter: WorkMeter;
}

/**
 * A value counted, and handed on after a turn of the event loop whenever the request's time slice
 * is used up, before counting it and after: many resolved values wait at once (a list of documents'
 * provision lists), and the executor completes a resolved list (its items' scalar fields) without
 * calling any metered resolver, so the turns must come between them.
 */
function settled(value: unknown, meter: WorkMeter): unknown {
  if (meter.dueToYield()) return meter.nextTurn().then(() => settled(value, meter));
  meter.count(value);
  if (meter.mustEnterGate()) {
    meter.heavy = true;
    return meter.enterGate().then(() => {
      meter.check();
      return value;
    });
  }
  return meter.dueToYield() ? meter.nextTurn().then(() => value) : value;
}

function metered(resolve: GraphQLFieldResolver<unknown, MeteredContext>): GraphQLFieldResolver<unknown, MeteredContext> {
  const settle = (value: unknown, meter: WorkMeter): unknown =>
    value instanceof Promise ? value.then((v: unknown) => settled(v, meter)) : settled(value, meter);
  return (source, args, context, info) => {
    const { meter } = context;
    meter.check();
    if (meter.dueToYield()) return meter.nextTurn().then(() => settle(resolve(source, args, context, info), meter));
    return settle(resolve(source, args, context, info), meter);
  };
}

/**
 * The schema with every field returning objects or lists metered, introspection aside and the
 * mutations themselves too: a write the token allowed runs to its end (what it answers is metered).
 * Changes the schema given.
 */
export function meterSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (isCompositeType(getNamedType(field.type)) || isListType(getNullableType(field.type))) {
        field.resolve = metered((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, MeteredContext>);
      }
    }
  }
  return schema;
}
