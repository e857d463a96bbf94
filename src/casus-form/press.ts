/**
 * Work held while a pointer is down in the form or above it. A field's message that comes or goes
 * when the field is left moves everything below it, and changes the error summary above: pressed
 * with a mouse or a finger, the submit button (or a summary link) would move away before it is
 * released, and the click be lost or land on another. So that check waits for the press.
 */
export function afterPress() {
  let pressing = false;
  let held: (() => void) | undefined;
  return {
    /**
     * A pointer went down in the form, or in the summary or notices above it. (Not a right-button press: it
     * clicks nothing, and the context menu it opens on macOS and Linux takes its release, which would hold
     * every check until some later press ended.)
     */
    press(event?: { button: number }): void {
      if (event?.button) return;
      pressing = true;
      const release = () => {
        removeEventListener('pointerup', release, true);
        removeEventListener('pointercancel', release, true);
        // After the click that ends the press (a submit, which checks everything itself, drops the check).
        setTimeout(() => {
          pressing = false;
          const work = held;
          held = undefined;
          work?.();
        });
      };
      addEventListener('pointerup', release, true);
      addEventListener('pointercancel', release, true);
    },
    /** Does `work` now, or when the press ends (the last work given, only). */
    run(work: () => void): void {
      if (pressing) held = work;
      else work();
    },
    /** Drops the work held. */
    drop(): void {
      held = undefined;
    },
  };
}
