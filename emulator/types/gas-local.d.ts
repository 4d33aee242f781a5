/* gas-local ships no typings; this is the one function Confer's emulator uses. */
declare module "gas-local" {
  const gas: {
    require(
      folderPath: string,
      globalObject?: object,
      options?: { filter?: (file: string) => boolean },
    ): object;
  };
  export default gas;
}
