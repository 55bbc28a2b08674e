/** The text of an error for the user (an ApiError's message is written for them). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
