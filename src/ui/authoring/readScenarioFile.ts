/** Reading a picked or dropped file, refusing what is clearly not a scenario before reading it. */
import { MAX_SCENARIO_CHARS } from '../../engine/index.ts';

/** A UTF-8 character takes 1–4 bytes: anything bigger than this has too many characters. */
export const MAX_FILE_BYTES = MAX_SCENARIO_CHARS * 4;

export type FileRead =
  { ok: true; fileName: string; text: string } | { ok: false; fileName: string; message: string };

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;

/**
 * Reads a file as text. Files too large for a scenario are refused without loading them into
 * the editor (a multi-megabyte textarea freezes the page); everything else goes to the engine,
 * which explains binary, empty or malformed content with positions.
 */
export async function readScenarioFile(file: File): Promise<FileRead> {
  const fileName = file.name || 'dropped.yaml';
  const tooLarge = (size: string): FileRead => ({
    ok: false,
    fileName,
    message:
      `${fileName} is too large for a scenario (${size}; the limit is ` +
      `${MAX_SCENARIO_CHARS.toLocaleString('en')} characters). Nothing was opened.`,
  });
  if (file.size > MAX_FILE_BYTES) return tooLarge(kb(file.size));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, fileName, message: `${fileName} could not be read.` };
  }
  if (text.length > MAX_SCENARIO_CHARS)
    return tooLarge(`${text.length.toLocaleString('en')} characters`);
  return { ok: true, fileName, text };
}
