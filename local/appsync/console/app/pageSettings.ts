/** What `index.html` tells the console script: where the twin's config is, and the editor workers' URLs. */
export interface PageSettings {
  /** `/config.json` of the twin (graphqlUrl, apiKey, userPoolEndpoint, ...). */
  readonly configUrl: string;
  /** Monaco's web workers, by the label Monaco asks for (`editorWorkerService`, `json`, `graphql`). */
  readonly workers: { readonly editor: string; readonly json: string; readonly graphql: string };
}

/** The id of the `<script type="application/json">` element that holds the `PageSettings`. */
export const PAGE_SETTINGS_ID = 'console-settings';

/** The settings element's source; `<` is escaped so no value can close the script element. */
export function pageSettingsScript(settings: PageSettings): string {
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PAGE_SETTINGS_ID}">${json}</script>`;
}

/** Reads the settings the page was served with; throws when the element is missing (a broken build). */
export function readPageSettings(document: {
  getElementById(id: string): { readonly textContent: string | null } | null;
}): PageSettings {
  const element = document.getElementById(PAGE_SETTINGS_ID);
  if (!element?.textContent) throw new Error(`index.html has no #${PAGE_SETTINGS_ID} element`);
  return JSON.parse(element.textContent) as PageSettings;
}
