/** Closes the server (finishing in-flight writes) when the process is asked to stop, then exits. */
export function stopOnSignal(server: { close(): Promise<void> }): void {
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
