// Packages kept out of the bundle (pdf.js, iconv-lite) are imported through the
// entry point when it offers to: the CLI runs its bundle as a vm.Script so that
// V8's code cache can be used on Node 20, and a vm.Script cannot `import()` on
// its own there. Everywhere else (tests, the library) this is a plain import().
type Importer = (specifier: string) => Promise<unknown>;

export function importExternal<T>(specifier: string): Promise<T> {
  const hook = (globalThis as { __cchcImport?: Importer }).__cchcImport;
  return (hook ? hook(specifier) : import(specifier)) as Promise<T>;
}
