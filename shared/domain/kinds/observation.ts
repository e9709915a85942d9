import { z } from 'zod';
import { commonInputShape, storedShape } from './common';

/**
 * A civic-space observation: what the officer saw, read or was told, filed under the
 * monitoring topics (a law passed, a protest dispersed, an NGO's accounts frozen). Nothing
 * beyond what every entry carries: its topics, outlets and country are what make it useful.
 */
export const observationInputSchema = z.strictObject({ kind: z.literal('observation'), ...commonInputShape });
export type ObservationInput = z.output<typeof observationInputSchema>;

export const observationSchema = observationInputSchema.extend(storedShape);
export type Observation = z.output<typeof observationSchema>;
