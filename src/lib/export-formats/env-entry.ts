/** One NAME=value pair of an export, in output order. */
export interface EnvEntry {
  name: string;
  /** Words for error messages ("the session token"). */
  label: string;
  value: string;
}
