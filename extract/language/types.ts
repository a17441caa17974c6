// Types of the language stage.

/** Letters counted per script in a text. */
export interface ScriptCounts {
  arabic: number;
  latin: number;
}
