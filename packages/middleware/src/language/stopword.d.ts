/** The stop-word lists of `stopword` (ISO 639-3 names), which ships no types of its own. */
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const ita: string[];
  export const por: string[];
  export const nld: string[];
  export const pol: string[];
  export const tur: string[];
}
