import { InterfaceSettings } from '../../shared/i18n/locale';
import { DurableJSONFile } from './corpus/durable-file';
import { CorpusPaths } from './corpus/paths';

/**
 * The interface language and digits, kept in the corpus's machine-local folder (`.isnad/`,
 * never synced: a colleague's copy keeps its own) beside who "me" is. Kept on disk rather
 * than in the page's storage so browser mode remembers it across a server restart, whose
 * new port is a new origin. The CLI, the menus and reports read it from here too.
 */
export function readInterfaceSettings(corpusDir: string): InterfaceSettings | null {
  let raw: unknown;
  try {
    raw = new DurableJSONFile<unknown>(new CorpusPaths(corpusDir).interfaceSettings).readNow();
  } catch {
    return null; // unreadable: the app follows the system language, as on a first start
  }
  const parsed = InterfaceSettings.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function writeInterfaceSettings(corpusDir: string, settings: InterfaceSettings): Promise<InterfaceSettings> {
  const valid = InterfaceSettings.parse(settings);
  await new DurableJSONFile<InterfaceSettings>(new CorpusPaths(corpusDir).interfaceSettings).write(valid);
  return valid;
}
