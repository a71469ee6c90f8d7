// STUB: filled by the engine work.
export async function run(): Promise<void> {
  console.log("dockerfile bench: not written yet")
}
