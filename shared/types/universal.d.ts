/**
 * The few runtime globals that shared/ may use because Node ≥ 20, Electron and every browser
 * we support all have them. tsconfig.core.json has no DOM and no Node types, so anything
 * not declared here (document, Buffer, process, setTimeout…) is a compile error in shared/.
 * Only the core project reads this file; the node and web projects take these from their libs.
 */
declare function structuredClone<T>(value: T): T;

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};

/** For reporting a broken message (shared/i18n) where no caller could handle it. */
declare var console: {
  error(...data: unknown[]): void;
};
