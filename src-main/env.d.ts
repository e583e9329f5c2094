// What the bundler tells the main process about the build: DEV is true only in `electron-vite dev`.
type ImportMetaEnvFlags = { readonly DEV: boolean };

// Declaration merging with the global ImportMeta needs an interface.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
interface ImportMeta {
  readonly env: ImportMetaEnvFlags;
}
