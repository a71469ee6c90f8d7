// STUB: filled by the engine work.
export async function run(): Promise<void> {
  console.log("context bench: not written yet")
}
