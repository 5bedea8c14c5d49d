/** What the pickers read from the scaffolder's form context. */
export interface PickerFormContext {
  /** The data of the whole form, every step included. */
  formData?: Record<string, unknown>;
}
