/** A problem in the user's configuration or input: reported in one line, exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
