/** What `npm start`'s build process (`build.ts`) tells the twin's process (`runBuild`) before it exits. */
export type BuildMessage =
  /** Every build is written; `checkedCode` holds the `codeDigest` of each resolver bundle checked clean. */
  | { readonly kind: 'built'; readonly checkedCode: readonly string[] }
  /** A build failed; `message` says what to fix (the lint report, AppSync's code errors, Vite's error). */
  | { readonly kind: 'failed'; readonly message: string };
