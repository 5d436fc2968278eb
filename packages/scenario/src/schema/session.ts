import { z } from 'zod';
import { Duration, obj, oneOf } from './primitives.js';

export const SessionDefaults = obj(
  {
    clock: oneOf(
      ['realtime', 'rounds'],
      'realtime: game time runs with the wall clock; rounds: the instructor advances it.',
    ),
    speed: z.number().int().min(1).max(100_000).meta({
      description: 'Game minutes per wall-clock minute in realtime mode (480 turns 90 minutes into 30 days).',
    }),
    startPaused: z.boolean().default(true).meta({
      description:
        'Whether a new session waits, paused on its briefing, until the instructor starts the clock (true, the default: teams read first); false starts a realtime clock as the session is created.',
    }),
    roundLength: Duration.prefault('1d').meta({
      description: 'How far one round advances the clock in rounds mode.',
    }),
    expectedDuration: Duration.meta({
      description: 'How long a session is expected to take in wall-clock time.',
    }),
    endsAfter: Duration.meta({
      description: 'Game time at which the scenario ends; every deadline falls before it.',
    }),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1)
      .meta({
        description: 'Seed for anything the engine draws at random, so that a session can be replayed.',
      }),
  },
  'Defaults an instructor can change when creating a session.',
);
