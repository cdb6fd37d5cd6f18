import { z } from 'zod';
import { Id } from './annotation';

const Name = z.string().trim().min(1, 'name is empty').max(300);

/** What a user edits about a registry speaker. */
export const SpeakerFields = z.object({
  name: Name,
  role: z.string().trim().max(300).default(''),
  affiliation: z.string().trim().max(300).default(''),
  aliases: z.array(Name).max(200).default([]),
});

/**
 * A person in the corpus-wide speaker registry. Speaker annotations in any document link
 * to an entry through `attributes.registryId`; aliases hold spelling variants and other
 * scripts ("سامويل وربيرج", "وربيرج", "Samuel Werberg").
 */
export const RegistrySpeaker = z.object({
  id: Id,
  ...SpeakerFields.shape,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RegistrySpeaker = z.infer<typeof RegistrySpeaker>;
