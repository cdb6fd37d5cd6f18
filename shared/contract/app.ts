import { z } from 'zod';
import { Id } from '../domain/annotation';
import type { ErrorValues } from '../errors';
import { op, returns } from './define';

export type AppMode = 'desktop' | 'browser';

export interface AppInfo {
  mode: AppMode;
  version: string;
  corpusPath: string;
  documentCount: number;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** Progress of long work (import, export) that the renderer polls and may cancel. */
export interface JobStatus {
  id: string;
  kind: string;
  state: JobState;
  done: number;
  total: number;
  /** What is being worked on now, e.g. a file name. */
  current: string;
  /** `current` as a catalog message (a sync's step), so each reader sees it in their language; `current` holds the English. */
  currentId?: string;
  currentValues?: ErrorValues;
  error?: string;
  /** The failure's catalog id and values (a coded error), so the reader sees it in their language; `error` holds the English. */
  errorId?: string;
  errorValues?: ErrorValues;
  result?: unknown;
}

export const appOperations = {
  getAppInfo: op('Describe the running app and its corpus.', z.object({}), returns<AppInfo>()),
  getJob: op('Read the progress of a long-running job.', z.object({ jobId: Id }), returns<JobStatus>()),
  cancelJob: op('Ask a long-running job to stop; it cleans up after itself.', z.object({ jobId: Id }), returns<JobStatus>()),
};
