import { z } from 'zod';
import { Id } from '../domain/annotation';
import { patchOf } from '../domain/patch';
import { type RegistrySpeaker, SpeakerFields } from '../domain/speaker';
import { op, returns } from './define';

export interface SpeakerStats {
  speaker: RegistrySpeaker;
  /** Speaker annotations linked to this entry. */
  mentions: number;
  quotes: number;
  /** Figures inside this speaker's quotes. */
  figures: number;
  documents: Array<{ id: string; title: string }>;
  /** Spellings the documents use for this speaker, most frequent first. */
  spellings: string[];
}

/** Speaker annotations not linked to the registry, grouped by how the name is spelled once folded. */
export interface UnlinkedName {
  key: string;
  name: string;
  mentions: number;
  quotes: number;
  documents: number;
  /** A registry entry whose name or alias folds to the same words. */
  suggestedId: string | null;
}

export interface SpeakerOverview {
  speakers: SpeakerStats[];
  unlinked: UnlinkedName[];
  /** What Undo/Redo would revert or repeat, or null. */
  undo: string | null;
  redo: string | null;
}

export interface SpeakerChangeResult {
  label: string;
  /** Annotations whose registry link changed. */
  relinked: number;
  speaker?: RegistrySpeaker;
}

/** Only the fields sent change: a rename keeps role, affiliation and aliases. */
const Patch = patchOf(SpeakerFields);

export const speakerOperations = {
  getSpeakers: op('The speaker registry with quote counts, documents and unlinked names.', z.object({}), returns<SpeakerOverview>()),
  createSpeaker: op(
    'Add a speaker to the registry; speaker annotations spelled like its name or aliases are linked to it.',
    SpeakerFields.extend({ linkMatching: z.boolean().default(true) }),
    returns<SpeakerChangeResult>(),
  ),
  updateSpeaker: op('Rename a speaker or change role, affiliation or aliases.', Patch.extend({ id: Id }), returns<SpeakerChangeResult>()),
  deleteSpeaker: op('Remove a speaker from the registry, unlinking its annotations.', z.object({ id: Id }), returns<SpeakerChangeResult>()),
  mergeSpeakers: op(
    'Merge speakers into one: their names become aliases and their annotations link to it.',
    z.object({ targetId: Id, sourceIds: z.array(Id).min(1, 'choose at least one speaker to merge').max(100) }),
    returns<SpeakerChangeResult>(),
  ),
  splitSpeaker: op(
    'Split some spellings off a speaker into a new entry; annotations with those spellings move to it.',
    SpeakerFields.extend({ id: Id }),
    returns<SpeakerChangeResult>(),
  ),
  linkSpeakerName: op(
    'Link every unlinked speaker annotation with this (folded) name to a registry entry, adding the spelling as an alias.',
    z.object({ key: z.string().min(1).max(300), registryId: Id }),
    returns<SpeakerChangeResult>(),
  ),
  undoSpeakerChange: op('Undo the last registry change (merge, split, rename, link…).', z.object({}), returns<SpeakerChangeResult>()),
  redoSpeakerChange: op('Redo the last undone registry change.', z.object({}), returns<SpeakerChangeResult>()),
};
